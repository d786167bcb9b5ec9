package main

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/ethapi/internal/rpcfixtures/rpccase"
)

// caseList accumulates cases; names must be unique.
type caseList struct {
	cases []*rpccase.Case
	names map[string]bool
}

// entry is a case being built.
type entry struct{ *rpccase.Case }

func (l *caseList) add(name, method string, params ...any) entry {
	if l.names[name] {
		panic("duplicate case " + name)
	}
	l.names[name] = true
	if params == nil {
		params = []any{}
	}
	c := &rpccase.Case{Name: name, Method: method, Params: params}
	l.cases = append(l.cases, c)
	return entry{c}
}

// ignore excludes a response path from the comparison.
func (e entry) ignore(path, reason string) entry {
	e.Ignore = append(e.Ignore, rpccase.Ignore{Path: path, Reason: reason})
	return e
}

// skip records the case without comparing it, for a deliberate difference.
func (e entry) skip(reason string) entry {
	e.Skip = reason
	return e
}

// setup adds a call made before the request; bind names its result.
func (e entry) setup(bind, method string, params ...any) entry {
	if params == nil {
		params = []any{}
	}
	e.Setup = append(e.Setup, rpccase.Call{Method: method, Params: params, Bind: bind})
	return e
}

// obj is a JSON object parameter.
type obj = map[string]any

func num(n uint64) string { return hexutil.EncodeUint64(n) }

// cases is the suite. Read-only cases come first; the cases that add
// transactions to the pool come last, and each repeats the sends it depends
// on as setup so that it also runs alone.
func cases(tc *testChain) []*rpccase.Case {
	l := &caseList{names: make(map[string]bool)}
	head := uint64(len(tc.blocks))
	hash := func(n uint64) string { return tc.blocks[n-1].Hash().Hex() }
	txh := func(name string) string { return tc.txs[name].Hash().Hex() }
	raw := func(name string) string {
		tx, ok := tc.txs[name]
		if !ok {
			tx = tc.pending[name]
		}
		b, err := tx.MarshalBinary()
		if err != nil {
			panic(err)
		}
		return hexutil.Encode(b)
	}
	addr := func(a common.Address) string { return a.Hex() }
	unknownHash := crypto.Keccak256Hash([]byte("unknown")).Hex()
	busy := num(busyBlock)
	busyHash := hash(busyBlock)
	store, info := addr(tc.store), addr(tc.info)
	storeData := func(value, key uint64) string { return hexutil.Encode(storeCall(value, key)) }

	// Chain and node.
	l.add("eth_chainId", "eth_chainId")
	l.add("eth_blockNumber", "eth_blockNumber")
	l.add("eth_syncing", "eth_syncing")
	l.add("eth_gasPrice", "eth_gasPrice")
	l.add("eth_maxPriorityFeePerGas", "eth_maxPriorityFeePerGas")
	l.add("eth_accounts", "eth_accounts")
	l.add("net_version", "net_version")
	l.add("net_listening", "net_listening")
	l.add("net_peerCount", "net_peerCount")
	l.add("web3_clientVersion", "web3_clientVersion").ignore("result", "each client names itself")
	l.add("eth_coinbase", "eth_coinbase")
	l.add("eth_config", "eth_config")
	l.add("web3_sha3", "web3_sha3", "0x68656c6c6f")
	l.add("web3_sha3-empty", "web3_sha3", "0x")

	// Blocks and headers.
	l.add("eth_getBlockByNumber-genesis", "eth_getBlockByNumber", "0x0", false)
	l.add("eth_getBlockByNumber-earliest", "eth_getBlockByNumber", "earliest", true)
	l.add("eth_getBlockByNumber-1-full", "eth_getBlockByNumber", "0x1", true)
	l.add("eth_getBlockByNumber-busy-hashes", "eth_getBlockByNumber", busy, false)
	l.add("eth_getBlockByNumber-busy-full", "eth_getBlockByNumber", busy, true)
	l.add("eth_getBlockByNumber-empty-block", "eth_getBlockByNumber", num(8), true)
	l.add("eth_getBlockByNumber-latest", "eth_getBlockByNumber", "latest", true)
	// geth has no finalized block until a consensus client names one; a
	// test-chain node treats the imported head as final (node.Config.TestChain).
	headFinal := "a test-chain node treats the imported head as final; geth knows no final block without a consensus client"
	l.add("eth_getBlockByNumber-safe", "eth_getBlockByNumber", "safe", false).skip(headFinal)
	l.add("eth_getBlockByNumber-finalized", "eth_getBlockByNumber", "finalized", false).skip(headFinal)
	l.add("eth_getBlockByNumber-unknown", "eth_getBlockByNumber", num(head+100), false)
	l.add("eth_getBlockByHash-busy-full", "eth_getBlockByHash", busyHash, true)
	l.add("eth_getBlockByHash-set-code", "eth_getBlockByHash", hash(tc.txBlock["set-code-sponsored"]), true)
	l.add("eth_getBlockByHash-unknown", "eth_getBlockByHash", unknownHash, false)
	l.add("eth_getHeaderByNumber-busy", "eth_getHeaderByNumber", busy)
	l.add("eth_getHeaderByNumber-latest", "eth_getHeaderByNumber", "latest")
	l.add("eth_getHeaderByHash-busy", "eth_getHeaderByHash", busyHash)
	l.add("eth_getBlockTransactionCountByNumber-busy", "eth_getBlockTransactionCountByNumber", busy)
	l.add("eth_getBlockTransactionCountByNumber-unknown", "eth_getBlockTransactionCountByNumber", num(head+100))
	l.add("eth_getBlockTransactionCountByHash-busy", "eth_getBlockTransactionCountByHash", busyHash)
	l.add("eth_getBlockTransactionCountByHash-unknown", "eth_getBlockTransactionCountByHash", unknownHash)
	l.add("eth_getUncleCountByBlockNumber", "eth_getUncleCountByBlockNumber", busy)
	l.add("eth_getUncleCountByBlockHash", "eth_getUncleCountByBlockHash", busyHash)
	l.add("eth_getUncleByBlockNumberAndIndex", "eth_getUncleByBlockNumberAndIndex", busy, "0x0")
	l.add("eth_getUncleByBlockHashAndIndex", "eth_getUncleByBlockHashAndIndex", busyHash, "0x0")

	// Transactions and receipts.
	for _, name := range []string{"transfer-legacy", "transfer-dynamic", "deploy-store", "deploy-forwarder",
		"store-access-list", "revert", "deploy-failing", "out-of-gas", "set-code-sponsored", "set-code-self",
		"transfer-unprotected", "forward", "set-code-clear"} {
		l.add("eth_getTransactionByHash-"+name, "eth_getTransactionByHash", txh(name))
		l.add("eth_getTransactionReceipt-"+name, "eth_getTransactionReceipt", txh(name))
	}
	l.add("eth_getTransactionByHash-unknown", "eth_getTransactionByHash", unknownHash)
	l.add("eth_getTransactionReceipt-unknown", "eth_getTransactionReceipt", unknownHash)
	l.add("eth_getTransactionByBlockNumberAndIndex-busy-3", "eth_getTransactionByBlockNumberAndIndex", busy, "0x3")
	l.add("eth_getTransactionByBlockNumberAndIndex-latest-0", "eth_getTransactionByBlockNumberAndIndex", "latest", "0x0")
	l.add("eth_getTransactionByBlockNumberAndIndex-out-of-range", "eth_getTransactionByBlockNumberAndIndex", busy, "0x20")
	l.add("eth_getTransactionByBlockHashAndIndex-busy-8", "eth_getTransactionByBlockHashAndIndex", busyHash, "0x8")
	l.add("eth_getTransactionByBlockHashAndIndex-unknown", "eth_getTransactionByBlockHashAndIndex", unknownHash, "0x0")
	l.add("eth_getRawTransactionByHash-set-code", "eth_getRawTransactionByHash", txh("set-code-sponsored"))
	l.add("eth_getRawTransactionByBlockNumberAndIndex-busy-1", "eth_getRawTransactionByBlockNumberAndIndex", busy, "0x1")
	l.add("eth_getRawTransactionByBlockHashAndIndex-busy-2", "eth_getRawTransactionByBlockHashAndIndex", busyHash, "0x2")
	l.add("eth_getBlockReceipts-busy", "eth_getBlockReceipts", busy)
	l.add("eth_getBlockReceipts-by-hash", "eth_getBlockReceipts", busyHash)
	l.add("eth_getBlockReceipts-latest", "eth_getBlockReceipts", "latest")
	l.add("eth_getBlockReceipts-genesis", "eth_getBlockReceipts", "0x0")
	l.add("eth_getBlockReceipts-unknown", "eth_getBlockReceipts", num(head+100))

	// Account state.
	l.add("eth_getBalance-latest", "eth_getBalance", addr(tc.faucet.addr), "latest")
	l.add("eth_getBalance-genesis", "eth_getBalance", addr(tc.faucet.addr), "0x0")
	l.add("eth_getBalance-block-hash", "eth_getBalance", addr(tc.bob.addr), obj{"blockHash": hash(10)})
	l.add("eth_getBalance-block-hash-canonical", "eth_getBalance", addr(tc.bob.addr), obj{"blockHash": hash(10), "requireCanonical": true})
	l.add("eth_getBalance-block-number-object", "eth_getBalance", addr(tc.bob.addr), obj{"blockNumber": num(10)})
	l.add("eth_getBalance-sponsored-delegator", "eth_getBalance", addr(tc.delegator.addr), "latest")
	l.add("eth_getBalance-never-used", "eth_getBalance", addr(tc.empty.addr), "latest")
	l.add("eth_getBalance-unknown-block", "eth_getBalance", addr(tc.faucet.addr), num(head+100))
	l.add("eth_getBalance-unknown-block-hash", "eth_getBalance", addr(tc.faucet.addr), obj{"blockHash": unknownHash})
	l.add("eth_getCode-store", "eth_getCode", store, "latest")
	l.add("eth_getCode-genesis-contract", "eth_getCode", info, "0x0")
	l.add("eth_getCode-before-deploy", "eth_getCode", store, "0x0")
	l.add("eth_getCode-delegated", "eth_getCode", addr(tc.delegator.addr), num(clearBlock-1))
	l.add("eth_getCode-delegation-cleared", "eth_getCode", addr(tc.delegator.addr), "latest")
	l.add("eth_getCode-self-delegated", "eth_getCode", addr(tc.selfDelegator.addr), "latest")
	l.add("eth_getCode-failed-deploy", "eth_getCode", addr(tc.failedCreate), "latest")
	l.add("eth_getStorageAt-latest", "eth_getStorageAt", store, "0x1", "latest")
	l.add("eth_getStorageAt-historic", "eth_getStorageAt", store, "0x1", num(3))
	l.add("eth_getStorageAt-long-key", "eth_getStorageAt", store, common.BigToHash(big.NewInt(0xdeadbeef)).Hex(), "latest")
	l.add("eth_getStorageAt-delegated-account", "eth_getStorageAt", addr(tc.delegator.addr), "0x7", "latest")
	l.add("eth_getStorageAt-genesis-storage", "eth_getStorageAt", info, "0x0", "0x0")
	l.add("eth_getStorageAt-unset", "eth_getStorageAt", store, "0x99", "latest")
	l.add("eth_getStorageAt-key-too-long", "eth_getStorageAt", store, "0x"+fmt.Sprintf("%066x", 1), "latest")
	l.add("eth_getTransactionCount-latest", "eth_getTransactionCount", addr(tc.faucet.addr), "latest")
	l.add("eth_getTransactionCount-historic", "eth_getTransactionCount", addr(tc.faucet.addr), "0x1")
	l.add("eth_getTransactionCount-delegator", "eth_getTransactionCount", addr(tc.delegator.addr), "latest")
	l.add("eth_getTransactionCount-never-used", "eth_getTransactionCount", addr(tc.empty.addr), "latest")
	l.add("eth_getTransactionCount-pending-empty-pool", "eth_getTransactionCount", addr(tc.alice.addr), "pending")

	// eth_call.
	caller := addr(tc.alice.addr)
	l.add("eth_call-info", "eth_call", obj{"from": caller, "to": info}, "latest")
	l.add("eth_call-info-historic", "eth_call", obj{"from": caller, "to": info}, num(5))
	l.add("eth_call-info-block-hash", "eth_call", obj{"from": caller, "to": info}, obj{"blockHash": hash(12)})
	l.add("eth_call-block-overrides", "eth_call", obj{"from": caller, "to": info}, "latest", nil, obj{
		"number": "0x1000", "time": "0x70000000", "gasLimit": "0x2000000", "feeRecipient": addr(tc.bob.addr),
		"prevRandao": common.HexToHash("0x1234").Hex(), "baseFeePerGas": "0x7",
	})
	l.add("eth_call-state-overrides", "eth_call", obj{"from": caller, "to": info}, "latest", obj{
		caller: obj{"balance": "0x1234"},
		info:   obj{"stateDiff": obj{common.Hash{}.Hex(): common.BigToHash(big.NewInt(7)).Hex()}},
	})
	l.add("eth_call-code-override", "eth_call", obj{"from": caller, "to": addr(tc.empty.addr)}, "latest", obj{
		addr(tc.empty.addr): obj{"code": hexutil.Encode(infoCode()), "state": obj{common.Hash{}.Hex(): common.BigToHash(big.NewInt(9)).Hex()}},
	})
	l.add("eth_call-store", "eth_call", obj{"from": caller, "to": store, "data": storeData(5, 5)}, "latest")
	l.add("eth_call-forwarder", "eth_call", obj{"from": caller, "to": addr(tc.forwarder), "data": storeData(5, 5)}, "latest")
	l.add("eth_call-delegated-account", "eth_call", obj{"from": caller, "to": addr(tc.selfDelegator.addr)}, "latest")
	l.add("eth_call-revert", "eth_call", obj{"from": caller, "to": addr(tc.reverter)}, "latest")
	l.add("eth_call-insufficient-funds", "eth_call", obj{"from": addr(tc.empty.addr), "to": caller, "value": "0x1"}, "latest")
	l.add("eth_call-unknown-block", "eth_call", obj{"to": info}, num(head+100))
	l.add("eth_call-both-input-and-data", "eth_call", obj{"to": store, "input": storeData(1, 1), "data": storeData(2, 2)}, "latest")
	l.add("eth_call-fee-cap-below-tip", "eth_call", obj{"from": caller, "to": info, "maxFeePerGas": "0x1", "maxPriorityFeePerGas": "0x2"}, "latest")

	// eth_estimateGas.
	l.add("eth_estimateGas-transfer", "eth_estimateGas", obj{"from": caller, "to": addr(tc.bob.addr), "value": "0x1"})
	l.add("eth_estimateGas-store", "eth_estimateGas", obj{"from": caller, "to": store, "data": storeData(0x77, 0x77)})
	l.add("eth_estimateGas-forwarder", "eth_estimateGas", obj{"from": caller, "to": addr(tc.forwarder), "data": storeData(0x77, 0x77)}, "latest")
	l.add("eth_estimateGas-deploy", "eth_estimateGas", obj{"from": caller, "data": hexutil.Encode(deployCode(storeCode()))})
	l.add("eth_estimateGas-historic", "eth_estimateGas", obj{"from": caller, "to": store, "data": storeData(1, 1)}, num(3))
	l.add("eth_estimateGas-revert", "eth_estimateGas", obj{"from": caller, "to": addr(tc.reverter)})
	l.add("eth_estimateGas-state-override", "eth_estimateGas", obj{"from": addr(tc.empty.addr), "to": caller, "value": "0x1000"}, "latest",
		obj{addr(tc.empty.addr): obj{"balance": "0xffffffffffffffff"}})
	l.add("eth_estimateGas-block-override", "eth_estimateGas", obj{"from": caller, "to": info}, "latest", nil, obj{"number": "0x1000"})
	l.add("eth_estimateGas-insufficient-funds", "eth_estimateGas", obj{"from": addr(tc.empty.addr), "to": caller, "value": "0x1"})

	// eth_createAccessList.
	l.add("eth_createAccessList-store", "eth_createAccessList", obj{"from": caller, "to": store, "data": storeData(0x77, 0x77)}, "latest")
	l.add("eth_createAccessList-forwarder", "eth_createAccessList", obj{"from": caller, "to": addr(tc.forwarder), "data": storeData(0x77, 0x77)}, "latest")
	l.add("eth_createAccessList-historic", "eth_createAccessList", obj{"from": caller, "to": store, "data": storeData(1, 1)}, num(3))
	l.add("eth_createAccessList-revert", "eth_createAccessList", obj{"from": caller, "to": addr(tc.reverter)}, "latest")

	// eth_getProof.
	l.add("eth_getProof-store", "eth_getProof", store, []string{"0x1", "0x2", common.BigToHash(big.NewInt(0xdeadbeef)).Hex()}, "latest")
	l.add("eth_getProof-store-historic", "eth_getProof", store, []string{"0x1"}, num(3))
	l.add("eth_getProof-genesis-storage", "eth_getProof", info, []string{"0x0", "0x1", "0x2"}, "0x0")
	l.add("eth_getProof-eoa", "eth_getProof", addr(tc.faucet.addr), []string{}, "latest")
	l.add("eth_getProof-absent-account", "eth_getProof", addr(tc.empty.addr), []string{"0x0"}, "latest")
	l.add("eth_getProof-delegated", "eth_getProof", addr(tc.delegator.addr), []string{"0x7"}, num(clearBlock-1))
	l.add("eth_getProof-unknown-block", "eth_getProof", store, []string{}, num(head+100))

	// eth_simulateV1.
	l.add("eth_simulateV1-calls", "eth_simulateV1", obj{
		"blockStateCalls": []any{obj{"calls": []any{
			obj{"from": caller, "to": addr(tc.bob.addr), "value": "0x1000"},
			obj{"from": caller, "to": store, "data": storeData(0x55, 0x55)},
			obj{"from": caller, "to": addr(tc.reverter)},
		}}},
	}, "latest")
	l.add("eth_simulateV1-overrides", "eth_simulateV1", obj{
		"blockStateCalls": []any{
			obj{
				"blockOverrides": obj{"number": num(head + 10), "time": "0x70000000", "feeRecipient": addr(tc.bob.addr)},
				"stateOverrides": obj{addr(tc.empty.addr): obj{"balance": "0xde0b6b3a7640000"}},
				"calls":          []any{obj{"from": addr(tc.empty.addr), "to": info}},
			},
			obj{"calls": []any{obj{"from": caller, "to": info}}},
		},
	}, "latest")
	l.add("eth_simulateV1-trace-transfers", "eth_simulateV1", obj{
		"blockStateCalls": []any{obj{"calls": []any{
			obj{"from": caller, "to": addr(tc.bob.addr), "value": "0x1000"},
			obj{"from": caller, "to": addr(tc.forwarder), "data": storeData(1, 2), "value": "0x0"},
		}}},
		"traceTransfers": true,
	}, "latest")
	l.add("eth_simulateV1-validation", "eth_simulateV1", obj{
		"blockStateCalls": []any{obj{
			"blockOverrides": obj{"baseFeePerGas": "0x3b9aca00"},
			"calls": []any{obj{"from": caller, "to": addr(tc.bob.addr), "value": "0x1",
				"maxFeePerGas": "0x77359400", "maxPriorityFeePerGas": "0x1", "nonce": num(tc.pending["next"].Nonce())}},
		}},
		"validation": true,
	}, "latest")
	l.add("eth_simulateV1-validation-nonce-too-low", "eth_simulateV1", obj{
		"blockStateCalls": []any{obj{"calls": []any{obj{"from": caller, "to": addr(tc.bob.addr), "nonce": "0x0", "maxFeePerGas": "0x77359400"}}}},
		"validation":      true,
	}, "latest")
	l.add("eth_simulateV1-full-transactions", "eth_simulateV1", obj{
		"blockStateCalls":        []any{obj{"calls": []any{obj{"from": caller, "to": store, "data": storeData(0x56, 0x56)}}}},
		"returnFullTransactions": true,
	}, num(20))

	// Logs.
	stored, forwarded := topicStored.Hex(), topicForwarded.Hex()
	l.add("eth_getLogs-all", "eth_getLogs", obj{"fromBlock": "earliest", "toBlock": "latest"})
	l.add("eth_getLogs-range", "eth_getLogs", obj{"fromBlock": num(3), "toBlock": num(7)})
	l.add("eth_getLogs-address", "eth_getLogs", obj{"fromBlock": "0x0", "toBlock": "latest", "address": store})
	l.add("eth_getLogs-addresses", "eth_getLogs", obj{"fromBlock": "0x0", "address": []string{addr(tc.forwarder), addr(tc.delegator.addr)}})
	l.add("eth_getLogs-topic", "eth_getLogs", obj{"fromBlock": "0x0", "topics": []any{forwarded}})
	l.add("eth_getLogs-topic-or", "eth_getLogs", obj{"fromBlock": num(20), "toBlock": num(40), "topics": []any{[]string{stored, forwarded}}})
	l.add("eth_getLogs-topic-wildcard", "eth_getLogs", obj{"fromBlock": "0x0", "topics": []any{nil, common.BytesToHash(tc.alice.addr.Bytes()).Hex()}})
	l.add("eth_getLogs-topic-position-2", "eth_getLogs", obj{"fromBlock": "0x0", "topics": []any{stored, nil, common.BigToHash(big.NewInt(1)).Hex()}})
	l.add("eth_getLogs-block-hash", "eth_getLogs", obj{"blockHash": busyHash})
	l.add("eth_getLogs-no-match", "eth_getLogs", obj{"fromBlock": "0x0", "topics": []any{unknownHash}})
	l.add("eth_getLogs-default-range", "eth_getLogs", obj{})
	l.add("eth_getLogs-reversed-range", "eth_getLogs", obj{"fromBlock": num(10), "toBlock": num(5)})
	l.add("eth_getLogs-unknown-block-hash", "eth_getLogs", obj{"blockHash": unknownHash})
	l.add("eth_getLogs-block-hash-and-range", "eth_getLogs", obj{"blockHash": busyHash, "fromBlock": "0x1"})
	l.add("eth_getLogs-beyond-head", "eth_getLogs", obj{"fromBlock": num(head + 5), "toBlock": num(head + 10)})

	// Filters. Filter ids are random, so results that are ids are ignored.
	logFilter := obj{"fromBlock": num(3), "toBlock": num(12), "address": store}
	randomID := "filter ids are random"
	l.add("eth_newFilter", "eth_newFilter", logFilter).ignore("result", randomID)
	l.add("eth_newBlockFilter", "eth_newBlockFilter").ignore("result", randomID)
	l.add("eth_newPendingTransactionFilter", "eth_newPendingTransactionFilter").ignore("result", randomID)
	l.add("eth_getFilterLogs", "eth_getFilterLogs", "${filter}").setup("filter", "eth_newFilter", logFilter)
	l.add("eth_getFilterChanges-log-filter", "eth_getFilterChanges", "${filter}").setup("filter", "eth_newFilter", obj{"address": store})
	l.add("eth_getFilterChanges-block-filter", "eth_getFilterChanges", "${filter}").setup("filter", "eth_newBlockFilter")
	l.add("eth_getFilterChanges-pending-filter", "eth_getFilterChanges", "${filter}").setup("filter", "eth_newPendingTransactionFilter")
	l.add("eth_uninstallFilter", "eth_uninstallFilter", "${filter}").setup("filter", "eth_newBlockFilter")
	l.add("eth_uninstallFilter-unknown", "eth_uninstallFilter", "0x1234")
	l.add("eth_getFilterChanges-unknown", "eth_getFilterChanges", "0x1234")
	l.add("eth_getFilterLogs-unknown", "eth_getFilterLogs", "0x1234")

	// Fees.
	l.add("eth_feeHistory-latest", "eth_feeHistory", "0x4", "latest", []float64{25, 50, 75})
	l.add("eth_feeHistory-busy", "eth_feeHistory", "0x3", busy, []float64{0, 10, 50, 90, 100})
	l.add("eth_feeHistory-decimal-count", "eth_feeHistory", 10, num(20), []float64{})
	l.add("eth_feeHistory-from-genesis", "eth_feeHistory", "0x5", "0x2", []float64{50})
	l.add("eth_feeHistory-no-percentiles", "eth_feeHistory", "0x2", "latest")
	l.add("eth_feeHistory-bad-percentiles", "eth_feeHistory", "0x2", "latest", []float64{60, 40})
	l.add("eth_feeHistory-zero-count", "eth_feeHistory", "0x0", "latest", []float64{})

	// Transaction pool, before anything is sent.
	l.add("txpool_status-empty", "txpool_status")
	l.add("txpool_content-empty", "txpool_content")
	l.add("txpool_inspect-empty", "txpool_inspect")
	l.add("txpool_contentFrom-empty", "txpool_contentFrom", caller)

	// Tracing.
	callTracer := obj{"tracer": "callTracer"}
	prestate := obj{"tracer": "prestateTracer"}
	l.add("debug_traceTransaction-struct-logs", "debug_traceTransaction", txh("store-dynamic"))
	l.add("debug_traceTransaction-struct-logs-memory", "debug_traceTransaction", txh("revert"), obj{"enableMemory": true, "enableReturnData": true})
	l.add("debug_traceTransaction-struct-logs-no-stack", "debug_traceTransaction", txh("forward"), obj{"disableStack": true, "disableStorage": true})
	l.add("debug_traceTransaction-transfer", "debug_traceTransaction", txh("transfer-legacy"))
	l.add("debug_traceTransaction-call-tracer", "debug_traceTransaction", txh("forward"), callTracer)
	l.add("debug_traceTransaction-call-tracer-logs", "debug_traceTransaction", txh("forward"), obj{"tracer": "callTracer", "tracerConfig": obj{"withLog": true}})
	l.add("debug_traceTransaction-call-tracer-top-only", "debug_traceTransaction", txh("forward"), obj{"tracer": "callTracer", "tracerConfig": obj{"onlyTopCall": true}})
	l.add("debug_traceTransaction-call-tracer-revert", "debug_traceTransaction", txh("revert"), callTracer)
	l.add("debug_traceTransaction-call-tracer-create", "debug_traceTransaction", txh("deploy-store"), callTracer)
	l.add("debug_traceTransaction-call-tracer-failed-create", "debug_traceTransaction", txh("deploy-failing"), callTracer)
	l.add("debug_traceTransaction-call-tracer-set-code", "debug_traceTransaction", txh("set-code-sponsored"), callTracer)
	l.add("debug_traceTransaction-prestate", "debug_traceTransaction", txh("set-code-sponsored"), prestate)
	l.add("debug_traceTransaction-prestate-diff", "debug_traceTransaction", txh("forward"), obj{"tracer": "prestateTracer", "tracerConfig": obj{"diffMode": true}})
	l.add("debug_traceTransaction-unknown", "debug_traceTransaction", unknownHash)
	l.add("debug_traceTransaction-unknown-tracer", "debug_traceTransaction", txh("forward"), obj{"tracer": "noSuchTracer"}).
		ignore("error.message", "geth compiles unknown tracer names as JavaScript, so its message is a JS engine error")
	l.add("debug_traceCall-call-tracer", "debug_traceCall", obj{"from": caller, "to": addr(tc.forwarder), "data": storeData(0x66, 0x66)}, "latest", callTracer)
	l.add("debug_traceCall-struct-logs", "debug_traceCall", obj{"from": caller, "to": store, "data": storeData(0x66, 0x66)}, "latest")
	l.add("debug_traceCall-prestate-historic", "debug_traceCall", obj{"from": caller, "to": store, "data": storeData(0x66, 1)}, num(3), prestate)
	l.add("debug_traceCall-overrides", "debug_traceCall", obj{"from": caller, "to": info}, "latest", obj{
		"tracer":         "callTracer",
		"stateOverrides": obj{info: obj{"stateDiff": obj{common.Hash{}.Hex(): common.BigToHash(big.NewInt(5)).Hex()}}},
		"blockOverrides": obj{"number": "0x1000"},
	})
	l.add("debug_traceBlockByNumber-busy-call-tracer", "debug_traceBlockByNumber", busy, callTracer)
	l.add("debug_traceBlockByNumber-struct-logs", "debug_traceBlockByNumber", num(3))
	l.add("debug_traceBlockByNumber-empty", "debug_traceBlockByNumber", num(8), callTracer)
	l.add("debug_traceBlockByNumber-unknown", "debug_traceBlockByNumber", num(head+100), callTracer)
	l.add("debug_traceBlockByHash-busy-prestate", "debug_traceBlockByHash", busyHash, prestate)
	l.add("debug_traceBlockByHash-unknown", "debug_traceBlockByHash", unknownHash, callTracer)

	// Raw data.
	l.add("debug_getRawBlock-busy", "debug_getRawBlock", busy)
	l.add("debug_getRawBlock-genesis", "debug_getRawBlock", "0x0")
	l.add("debug_getRawBlock-by-hash", "debug_getRawBlock", hash(tc.txBlock["set-code-sponsored"]))
	l.add("debug_getRawHeader-busy", "debug_getRawHeader", busy)
	l.add("debug_getRawHeader-latest", "debug_getRawHeader", "latest")
	l.add("debug_getRawReceipts-busy", "debug_getRawReceipts", busy)
	l.add("debug_getRawTransaction-set-code", "debug_getRawTransaction", txh("set-code-sponsored"))
	l.add("debug_getRawTransaction-unknown", "debug_getRawTransaction", unknownHash)
	l.add("debug_getRawBlock-unknown", "debug_getRawBlock", num(head+100))

	// Malformed requests.
	l.add("error-unknown-method", "eth_noSuchMethod")
	l.add("error-missing-params", "eth_getBlockByNumber")
	l.add("error-malformed-hex-number", "eth_getBlockByNumber", "0xZZ", false)
	l.add("error-hex-without-prefix", "eth_getBlockByNumber", "10", false)
	l.add("error-hex-leading-zero", "eth_getBlockByNumber", "0x01", false)
	l.add("error-malformed-address", "eth_getBalance", "0x1234", "latest")
	l.add("error-malformed-hash", "eth_getBlockByHash", "0x1234", false)
	l.add("error-wrong-param-type", "eth_getBlockByNumber", "latest", "yes")
	l.add("error-too-many-params", "eth_blockNumber", "0x1")
	l.add("error-odd-length-data", "eth_call", obj{"to": info, "data": "0x123"}, "latest").
		ignore("error.message", "the message names the server's Go argument type")
	l.add("error-malformed-raw-tx", "eth_sendRawTransaction", "0x1234")
	l.add("error-raw-tx-not-hex", "eth_sendRawTransaction", "hello")

	// Signing needs an account the node holds; a test-chain node holds none.
	l.add("eth_sign-unknown-account", "eth_sign", addr(tc.alice.addr), "0x68656c6c6f")
	l.add("eth_signTransaction-unknown-account", "eth_signTransaction", obj{"from": caller, "to": addr(tc.bob.addr), "gas": "0x5208", "gasPrice": "0x77359400", "nonce": "0x0"})
	l.add("eth_sendTransaction-unknown-account", "eth_sendTransaction", obj{"from": caller, "to": addr(tc.bob.addr), "value": "0x1"})

	// Sending: these change the pool and come last.
	l.add("eth_sendRawTransaction-nonce-too-low", "eth_sendRawTransaction", raw("transfer-legacy"))
	l.add("eth_sendRawTransaction-insufficient-funds", "eth_sendRawTransaction", raw("unfunded"))
	l.add("eth_sendRawTransaction-pending", "eth_sendRawTransaction", raw("next"))
	l.add("eth_sendRawTransaction-queued", "eth_sendRawTransaction", raw("gapped"))
	l.add("eth_sendRawTransaction-already-known", "eth_sendRawTransaction", raw("next")).
		setup("", "eth_sendRawTransaction", raw("next"))
	withSends := func(c entry) entry {
		return c.setup("", "eth_sendRawTransaction", raw("next")).setup("", "eth_sendRawTransaction", raw("gapped"))
	}
	withSends(l.add("txpool_status", "txpool_status"))
	withSends(l.add("txpool_content", "txpool_content"))
	withSends(l.add("txpool_inspect", "txpool_inspect"))
	withSends(l.add("txpool_contentFrom", "txpool_contentFrom", caller))
	withSends(l.add("eth_getTransactionByHash-pending", "eth_getTransactionByHash", tc.pending["next"].Hash().Hex()))
	withSends(l.add("eth_getTransactionReceipt-pending", "eth_getTransactionReceipt", tc.pending["next"].Hash().Hex()))
	withSends(l.add("eth_getTransactionCount-pending", "eth_getTransactionCount", caller, "pending"))
	return l.cases
}
