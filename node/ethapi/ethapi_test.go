package ethapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// call makes a raw JSON-RPC call and returns the undecoded result.
func (n *testNode) call(method string, args ...any) json.RawMessage {
	n.t.Helper()
	var raw json.RawMessage
	if err := n.rpc.CallContext(context.Background(), &raw, method, args...); err != nil {
		n.t.Fatalf("%s: %v", method, err)
	}
	return raw
}

// callObject makes a raw call whose result is a JSON object.
func (n *testNode) callObject(method string, args ...any) map[string]json.RawMessage {
	n.t.Helper()
	var out map[string]json.RawMessage
	if err := json.Unmarshal(n.call(method, args...), &out); err != nil {
		n.t.Fatalf("%s: decoding: %v", method, err)
	}
	return out
}

// callError makes a call that must fail and returns its JSON-RPC error.
func (n *testNode) callError(method string, args ...any) rpc.Error {
	n.t.Helper()
	var raw json.RawMessage
	err := n.rpc.CallContext(context.Background(), &raw, method, args...)
	if err == nil {
		n.t.Fatalf("%s: succeeded with %s, want an error", method, raw)
	}
	var rerr rpc.Error
	if !errors.As(err, &rerr) {
		n.t.Fatalf("%s: error %v is not a JSON-RPC error", method, err)
	}
	return rerr
}

func unquote(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("%s is not a JSON string: %v", raw, err)
	}
	return s
}

// deployLogger deploys the logger contract from richKey and mines it.
func (n *testNode) deployLogger(feeCap, tip *big.Int) (common.Address, *types.Transaction) {
	n.t.Helper()
	nonce, err := n.client.PendingNonceAt(context.Background(), richAddr)
	if err != nil {
		n.t.Fatal(err)
	}
	tx := n.signTx(richKey, nonce, nil, new(big.Int), 200_000, feeCap, tip, loggerInitCode())
	if err := n.client.SendTransaction(context.Background(), tx); err != nil {
		n.t.Fatalf("deploying: %v", err)
	}
	n.mine()
	return crypto.CreateAddress(richAddr, nonce), tx
}

func TestNodeInfo(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	n.mine()

	id, err := n.client.ChainID(ctx)
	if err != nil || id.Uint64() != 1337 {
		t.Fatalf("eth_chainId = %v, %v; want 1337", id, err)
	}
	num, err := n.client.BlockNumber(ctx)
	if err != nil || num != 1 {
		t.Fatalf("eth_blockNumber = %d, %v; want 1", num, err)
	}
	sha := hexutil.Encode(crypto.Keccak256([]byte("xiang")))
	tests := []struct {
		method string
		args   []any
		want   string
	}{
		{"net_version", nil, `"1337"`},
		{"net_listening", nil, `true`},
		{"net_peerCount", nil, `"0x3"`},
		{"web3_clientVersion", nil, `"xiang/v0.1.0-test/linux-amd64/go1.26.8"`},
		{"web3_sha3", []any{hexutil.Bytes("xiang")}, `"` + sha + `"`},
		{"eth_syncing", nil, `false`},
		{"eth_accounts", nil, `[]`},
		{"eth_chainId", nil, `"0x539"`},
		{"eth_getUncleCountByBlockNumber", []any{"latest"}, `"0x0"`},
		{"eth_getUncleCountByBlockNumber", []any{"0x63"}, `null`},
		{"eth_getBlockTransactionCountByNumber", []any{"0x1"}, `"0x0"`},
		{"eth_getBlockByNumber", []any{"0x63", false}, `null`},
		{"eth_getBlockByHash", []any{common.Hash{1}, false}, `null`},
		{"eth_getTransactionByHash", []any{common.Hash{1}}, `null`},
		{"eth_getTransactionReceipt", []any{common.Hash{1}}, `null`},
		{"eth_getTransactionByBlockNumberAndIndex", []any{"0x1", "0x5"}, `null`},
	}
	for _, tt := range tests {
		if got := string(n.call(tt.method, tt.args...)); got != tt.want {
			t.Errorf("%s%v = %s, want %s", tt.method, tt.args, got, tt.want)
		}
	}
	// Blob base fee: the minimum for a chain without blobs.
	if got := unquote(t, n.call("eth_blobBaseFee")); got != "0x1" {
		t.Errorf("eth_blobBaseFee = %s, want 0x1", got)
	}
}

func TestBlockShapeAndTags(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	tx := n.signTx(richKey, 0, &poorAddr, big.NewInt(7), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	b1 := n.mine()
	n.mine()

	// ethclient decodes the block and checks tx and uncle hashes against the header.
	block, err := n.client.BlockByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatalf("eth_getBlockByNumber(1, full): %v", err)
	}
	if block.Hash() != b1.Hash() || len(block.Transactions()) != 1 || block.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("block 1 = %s with %d txs, want %s with tx %s", block.Hash(), len(block.Transactions()), b1.Hash(), tx.Hash())
	}

	fields := n.callObject("eth_getBlockByNumber", "0x1", false)
	required := []string{"number", "hash", "parentHash", "nonce", "mixHash", "sha3Uncles", "logsBloom", "stateRoot",
		"miner", "difficulty", "extraData", "gasLimit", "gasUsed", "timestamp", "transactionsRoot", "receiptsRoot",
		"baseFeePerGas", "withdrawalsRoot", "withdrawals", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot",
		"requestsHash", "size", "uncles", "transactions"}
	for _, k := range required {
		if _, ok := fields[k]; !ok {
			t.Errorf("block JSON lacks %q", k)
		}
	}
	if _, ok := fields["totalDifficulty"]; ok {
		t.Error("block JSON has totalDifficulty; current go-ethereum omits it")
	}
	checks := map[string]string{
		"difficulty":            `"0x0"`,
		"withdrawals":           `[]`,
		"uncles":                `[]`,
		"baseFeePerGas":         `"0x0"`,
		"parentBeaconBlockRoot": `"` + common.Hash{}.Hex() + `"`,
		"hash":                  `"` + b1.Hash().Hex() + `"`,
		"size":                  `"` + hexutil.EncodeUint64(b1.Size()) + `"`,
		"transactions":          `["` + tx.Hash().Hex() + `"]`,
		"miner":                 `"` + strings.ToLower(coinbase.Hex()) + `"`,
	}
	for k, want := range checks {
		if got := string(fields[k]); got != want {
			t.Errorf("block field %s = %s, want %s", k, got, want)
		}
	}
	byHash := n.callObject("eth_getBlockByHash", b1.Hash(), false)
	if string(byHash["stateRoot"]) != string(fields["stateRoot"]) || string(byHash["number"]) != `"0x1"` {
		t.Errorf("eth_getBlockByHash differs from eth_getBlockByNumber")
	}
	// Hash-keyed counters.
	if got := string(n.call("eth_getBlockTransactionCountByHash", b1.Hash())); got != `"0x1"` {
		t.Errorf("eth_getBlockTransactionCountByHash = %s, want 0x1", got)
	}
	if got := string(n.call("eth_getUncleCountByBlockHash", b1.Hash())); got != `"0x0"` {
		t.Errorf("eth_getUncleCountByBlockHash = %s, want 0x0", got)
	}

	// Tags.
	if e := n.callError("eth_getBlockByNumber", "finalized", false); !strings.Contains(e.Error(), "finalized") {
		t.Errorf("finalized before any finality: error %q", e.Error())
	}
	n.backend.chain.SetFinalized(b1.Header())
	n.backend.chain.SetSafe(b1.Header())
	head := n.backend.chain.CurrentBlock()
	tags := []struct {
		tag  string
		want uint64
	}{
		{"latest", head.Number.Uint64()},
		{"earliest", 0},
		{"finalized", 1},
		{"safe", 1},
		{"pending", head.Number.Uint64() + 1},
		{"0x1", 1},
	}
	for _, tt := range tags {
		f := n.callObject("eth_getBlockByNumber", tt.tag, true)
		if got := string(f["number"]); got != `"`+hexutil.EncodeUint64(tt.want)+`"` {
			t.Errorf("eth_getBlockByNumber(%s).number = %s, want %d", tt.tag, got, tt.want)
		}
		if tt.tag == "pending" {
			for _, k := range []string{"hash", "nonce", "miner"} {
				if string(f[k]) != "null" {
					t.Errorf("pending block %s = %s, want null", k, f[k])
				}
			}
		}
	}

	// Full transactions carry their location.
	full := n.callObject("eth_getBlockByNumber", "0x1", true)
	var txs []map[string]json.RawMessage
	if err := json.Unmarshal(full["transactions"], &txs); err != nil || len(txs) != 1 {
		t.Fatalf("full transactions: %v, %d", err, len(txs))
	}
	if string(txs[0]["blockHash"]) != `"`+b1.Hash().Hex()+`"` || string(txs[0]["transactionIndex"]) != `"0x0"` ||
		string(txs[0]["from"]) != `"`+strings.ToLower(richAddr.Hex())+`"` || string(txs[0]["type"]) != `"0x2"` {
		t.Errorf("full tx = %v", txs[0])
	}
	byIndex, err := n.client.TransactionInBlock(ctx, b1.Hash(), 0)
	if err != nil || byIndex.Hash() != tx.Hash() {
		t.Errorf("eth_getTransactionByBlockHashAndIndex = %v, %v", byIndex, err)
	}
	f := n.callObject("eth_getTransactionByBlockNumberAndIndex", "0x1", "0x0")
	if string(f["hash"]) != `"`+tx.Hash().Hex()+`"` {
		t.Errorf("eth_getTransactionByBlockNumberAndIndex hash = %s", f["hash"])
	}
	// Header methods.
	h, err := n.client.HeaderByNumber(ctx, big.NewInt(1))
	if err != nil || h.Hash() != b1.Hash() {
		t.Errorf("eth_getHeaderByNumber: %v, %v", h, err)
	}
}

func TestStateMethods(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	genesisHash := n.backend.chain.Genesis().Hash()
	logger, _ := n.deployLogger(new(big.Int), new(big.Int)) // block 1
	send := n.signTx(richKey, 1, &poorAddr, big.NewInt(1000), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, send); err != nil {
		t.Fatal(err)
	}
	n.mine() // block 2
	queued := n.signTx(richKey, 2, &poorAddr, big.NewInt(1), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, queued); err != nil {
		t.Fatal(err)
	}

	byHash := rpc.BlockNumberOrHashWithHash(genesisHash, true)
	tests := []struct {
		name   string
		method string
		args   []any
		want   string
	}{
		{"balance latest", "eth_getBalance", []any{poorAddr, "latest"}, "0x3e8"},
		{"balance at 1", "eth_getBalance", []any{poorAddr, "0x1"}, "0x0"},
		{"balance default", "eth_getBalance", []any{poorAddr}, "0x3e8"},
		{"balance by hash", "eth_getBalance", []any{richAddr, byHash}, hexutil.EncodeBig(richBalance)},
		{"balance pending", "eth_getBalance", []any{poorAddr, "pending"}, "0x3e9"},
		{"nonce latest", "eth_getTransactionCount", []any{richAddr, "latest"}, "0x2"},
		{"nonce earliest", "eth_getTransactionCount", []any{richAddr, "earliest"}, "0x0"},
		{"nonce pending", "eth_getTransactionCount", []any{richAddr, "pending"}, "0x3"},
		{"code", "eth_getCode", []any{logger, "latest"}, hexutil.Encode(loggerRuntime())},
		{"code before deploy", "eth_getCode", []any{logger, "0x0"}, "0x"},
		{"storage", "eth_getStorageAt", []any{logger, "0x1", "latest"}, common.BigToHash(big.NewInt(42)).Hex()},
		{"storage padded key", "eth_getStorageAt", []any{logger, common.BigToHash(big.NewInt(1)).Hex(), "latest"}, common.BigToHash(big.NewInt(42)).Hex()},
		{"storage empty", "eth_getStorageAt", []any{logger, "0x2", "latest"}, common.Hash{}.Hex()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			if got := unquote(t, sub.call(tt.method, tt.args...)); got != tt.want {
				t.Errorf("%s%v = %s, want %s", tt.method, tt.args, got, tt.want)
			}
		})
	}
	// Missing blocks and non-canonical hashes are errors, as in go-ethereum.
	if e := n.callError("eth_getBalance", poorAddr, "0x99"); e.Error() != errHeaderNotFound.Error() {
		t.Errorf("future block: %q", e.Error())
	}
	if e := n.callError("eth_getBalance", poorAddr, rpc.BlockNumberOrHashWithHash(common.Hash{9}, false)); e.Error() != errHashNotFound.Error() {
		t.Errorf("unknown hash: %q", e.Error())
	}
	if e := n.callError("eth_getStorageAt", logger, "0x"+strings.Repeat("11", 33), "latest"); e.ErrorCode() != errCodeInvalidParams {
		t.Errorf("33-byte slot: code %d (%q), want %d", e.ErrorCode(), e.Error(), errCodeInvalidParams)
	}
}

func TestTransactionsAndReceipts(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	logger, deploy := n.deployLogger(new(big.Int), new(big.Int))

	payload := []byte("hello")
	call := n.signTx(richKey, 1, &logger, new(big.Int), 100_000, new(big.Int), new(big.Int), payload)
	if err := n.client.SendTransaction(ctx, call); err != nil {
		t.Fatal(err)
	}
	// Pending: found with null location, no receipt yet.
	pending := n.callObject("eth_getTransactionByHash", call.Hash())
	for _, k := range []string{"blockHash", "blockNumber", "transactionIndex"} {
		if string(pending[k]) != "null" {
			t.Errorf("pending tx %s = %s, want null", k, pending[k])
		}
	}
	if _, isPending, err := n.client.TransactionByHash(ctx, call.Hash()); err != nil || !isPending {
		t.Errorf("ethclient sees pending=%v, err %v", isPending, err)
	}
	if got := string(n.call("eth_getTransactionReceipt", call.Hash())); got != "null" {
		t.Errorf("receipt of pending tx = %s, want null", got)
	}
	raw, err := call.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if got := unquote(t, n.call("eth_getRawTransactionByHash", call.Hash())); got != hexutil.Encode(raw) {
		t.Errorf("eth_getRawTransactionByHash = %s", got)
	}
	block := n.mine()

	// Deployment receipt: contractAddress set, to null.
	dr := n.callObject("eth_getTransactionReceipt", deploy.Hash())
	if string(dr["contractAddress"]) != `"`+strings.ToLower(logger.Hex())+`"` || string(dr["to"]) != "null" {
		t.Errorf("deploy receipt contractAddress %s to %s", dr["contractAddress"], dr["to"])
	}

	r := n.callObject("eth_getTransactionReceipt", call.Hash())
	want := map[string]string{
		"blockHash":         `"` + block.Hash().Hex() + `"`,
		"blockNumber":       `"0x2"`,
		"transactionHash":   `"` + call.Hash().Hex() + `"`,
		"transactionIndex":  `"0x0"`,
		"from":              `"` + strings.ToLower(richAddr.Hex()) + `"`,
		"to":                `"` + strings.ToLower(logger.Hex()) + `"`,
		"contractAddress":   `null`,
		"type":              `"0x2"`,
		"status":            `"0x1"`,
		"effectiveGasPrice": `"0x0"`,
	}
	for k, v := range want {
		if got := string(r[k]); got != v {
			t.Errorf("receipt %s = %s, want %s", k, got, v)
		}
	}
	for _, k := range []string{"gasUsed", "cumulativeGasUsed", "logsBloom", "logs"} {
		if _, ok := r[k]; !ok {
			t.Errorf("receipt lacks %s", k)
		}
	}
	var logs []*types.Log
	if err := json.Unmarshal(r["logs"], &logs); err != nil || len(logs) != 1 {
		t.Fatalf("receipt logs: %v, %d", err, len(logs))
	}
	l := logs[0]
	if l.Address != logger || l.Topics[0] != logTopic || string(l.Data) != "hello" || l.BlockHash != block.Hash() ||
		l.BlockNumber != 2 || l.TxHash != call.Hash() || l.TxIndex != 0 || l.Index != 0 {
		t.Errorf("receipt log = %+v", l)
	}

	// ethclient's decoding of the same receipt.
	rc, err := n.client.TransactionReceipt(ctx, call.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful || rc.GasUsed <= params.TxGas {
		t.Errorf("ethclient receipt: %+v, %v", rc, err)
	}
	tx, isPending, err := n.client.TransactionByHash(ctx, call.Hash())
	if err != nil || isPending || tx.Hash() != call.Hash() {
		t.Errorf("mined tx: pending %v err %v", isPending, err)
	}

	// Block receipts.
	brs, err := n.client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(2))
	if err != nil || len(brs) != 1 || brs[0].TxHash != call.Hash() || len(brs[0].Logs) != 1 {
		t.Errorf("eth_getBlockReceipts: %v, %v", brs, err)
	}
	if got := string(n.call("eth_getBlockReceipts", "0x63")); got != "null" {
		t.Errorf("receipts of missing block = %s", got)
	}

	// eth_getLogs through eth/filters and our log index.
	found, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		ToBlock:   big.NewInt(2),
		Addresses: []common.Address{logger},
		Topics:    [][]common.Hash{{logTopic}},
	})
	if err != nil || len(found) != 1 || found[0].TxHash != call.Hash() {
		t.Errorf("eth_getLogs: %v, %v", found, err)
	}
	none, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{{common.Hash{1}}}})
	if err != nil || len(none) != 0 {
		t.Errorf("eth_getLogs (no match): %v, %v", none, err)
	}
}

func TestCallAndRevert(t *testing.T) {
	for _, free := range []bool{true, false} {
		name := map[bool]string{true: "free", false: "market"}[free]
		t.Run(name, func(t *testing.T) {
			n := newTestNode(t, free)
			ctx := context.Background()
			n.mine()

			// eth_call revert: code 3, reason in the message, data = raw revert bytes.
			e := n.callError("eth_call", map[string]any{"from": poorAddr, "to": reverter}, "latest")
			if e.ErrorCode() != 3 || e.Error() != "execution reverted: boom" {
				t.Errorf("eth_call revert: code %d message %q", e.ErrorCode(), e.Error())
			}
			de, ok := e.(rpc.DataError)
			if !ok || de.ErrorData() != hexutil.Encode(revertData) {
				t.Errorf("eth_call revert data = %v, want %s", de, hexutil.Encode(revertData))
			}
			// eth_estimateGas reports the same revert.
			e = n.callError("eth_estimateGas", map[string]any{"from": poorAddr, "to": reverter})
			if e.ErrorCode() != 3 || e.Error() != "execution reverted: boom" {
				t.Errorf("eth_estimateGas revert: code %d message %q", e.ErrorCode(), e.Error())
			}

			// A zero-balance account calls and estimates at zero price.
			gas, err := n.client.EstimateGas(ctx, ethereum.CallMsg{From: poorAddr, To: &proxy})
			if err != nil || gas <= params.TxGas {
				t.Errorf("estimate for zero-balance caller = %d, %v", gas, err)
			}
			transfer, err := n.client.EstimateGas(ctx, ethereum.CallMsg{From: richAddr, To: &poorAddr, Value: big.NewInt(1)})
			if err != nil || transfer != params.TxGas {
				t.Errorf("transfer estimate = %d, %v; want %d", transfer, err, params.TxGas)
			}
			if _, err := n.client.CallContract(ctx, ethereum.CallMsg{From: poorAddr, To: &proxy}, nil); err != nil {
				t.Errorf("eth_call from zero-balance account: %v", err)
			}
			// Paying for gas needs funds.
			e = n.callError("eth_call", map[string]any{"from": poorAddr, "to": proxy, "gasPrice": "0x2540be400", "gas": "0x10000"}, "latest")
			if !strings.Contains(e.Error(), core.ErrInsufficientFunds.Error()) {
				t.Errorf("priced call from empty account: %q", e.Error())
			}
			e = n.callError("eth_call", map[string]any{"to": proxy, "gasPrice": "0x1", "maxFeePerGas": "0x1"}, "latest")
			if e.Error() != errBothFeeStyles.Error() {
				t.Errorf("both fee styles: %q", e.Error())
			}
			// Calls use "input" when both are set, as go-ethereum's do.
			var viaInput, viaBoth hexutil.Bytes
			if err := n.rpc.Call(&viaInput, "eth_call", map[string]any{"to": proxy, "input": "0x02"}, "latest"); err != nil {
				t.Errorf("call with input: %v", err)
			}
			if err := n.rpc.Call(&viaBoth, "eth_call", map[string]any{"to": proxy, "data": "0x01", "input": "0x02"}, "latest"); err != nil || !bytes.Equal(viaBoth, viaInput) {
				t.Errorf("data and input differ: %x, %v; want the input's result %x", viaBoth, err, viaInput)
			}
			e = n.callError("eth_call", map[string]any{"to": proxy, "chainId": "0x1"}, "latest")
			if !strings.Contains(e.Error(), "chainId does not match") {
				t.Errorf("wrong chain id: %q", e.Error())
			}
		})
	}
}

func TestCallOverrides(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	target := common.HexToAddress("0x1234")
	// SLOAD(0) → MSTORE → RETURN 32 bytes.
	sload := hexutil.Bytes{0x60, 0x00, 0x54, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	// NUMBER → MSTORE → RETURN 32 bytes.
	number := hexutil.Bytes{0x43, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	slot0 := common.Hash{}
	tests := []struct {
		name   string
		code   hexutil.Bytes
		state  map[string]any
		blocks map[string]any
		want   common.Hash
	}{
		{"stateDiff", sload, map[string]any{"stateDiff": map[common.Hash]common.Hash{slot0: common.BigToHash(big.NewInt(42))}}, nil, common.BigToHash(big.NewInt(42))},
		{"state", sload, map[string]any{"state": map[common.Hash]common.Hash{slot0: common.BigToHash(big.NewInt(7))}}, nil, common.BigToHash(big.NewInt(7))},
		{"block number", number, nil, map[string]any{"number": "0x3e8"}, common.BigToHash(big.NewInt(1000))},
		{"head number", number, nil, nil, common.BigToHash(big.NewInt(1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acct := map[string]any{"code": tt.code}
			for k, v := range tt.state {
				acct[k] = v
			}
			args := []any{map[string]any{"to": target}, "latest", map[common.Address]any{target: acct}}
			if tt.blocks != nil {
				args = append(args, tt.blocks)
			}
			sub := *n
			sub.t = t
			if got := unquote(t, sub.call("eth_call", args...)); got != hexutil.Encode(tt.want[:]) {
				t.Errorf("eth_call = %s, want %s", got, tt.want.Hex())
			}
		})
	}
	e := n.callError("eth_call", map[string]any{"to": target}, "latest", map[common.Address]any{target: map[string]any{
		"state": map[common.Hash]common.Hash{}, "stateDiff": map[common.Hash]common.Hash{}}})
	if e.ErrorCode() != -32000 || !strings.Contains(e.Error(), errStateAndStateDiff.Error()) {
		t.Errorf("state and stateDiff: %d %q", e.ErrorCode(), e.Error())
	}
}

// TestCallPrecompileOverrides: as in go-ethereum, an eth_call override of a
// precompile's account replaces the precompile, and movePrecompileToAddress
// makes it answer elsewhere.
func TestCallPrecompileOverrides(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	identity := common.BytesToAddress([]byte{4}) // returns its input
	moved := common.HexToAddress("0xbeef")
	number := hexutil.Bytes{0x43, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3} // NUMBER, return 32 bytes
	input := "0xdeadbeef"
	tests := []struct {
		name      string
		to        common.Address
		overrides map[common.Address]any
		want      string
	}{
		{"no override", identity, nil, input},
		{"moved: answers at the new address", moved, map[common.Address]any{identity: map[string]any{"movePrecompileToAddress": moved}}, input},
		{"moved: the old address is empty", identity, map[common.Address]any{identity: map[string]any{"movePrecompileToAddress": moved}}, "0x"},
		{"code replaces the precompile", identity, map[common.Address]any{identity: map[string]any{"code": number}},
			hexutil.Encode(common.BigToHash(big.NewInt(1)).Bytes())},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			args := []any{map[string]any{"to": tt.to, "input": input}, "latest"}
			if tt.overrides != nil {
				args = append(args, tt.overrides)
			}
			if got := unquote(t, sub.call("eth_call", args...)); got != tt.want {
				t.Errorf("eth_call = %s, want %s", got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		name      string
		overrides map[common.Address]any
		want      string
	}{
		{"move a non-precompile", map[common.Address]any{proxy: map[string]any{"movePrecompileToAddress": moved}}, "is not a precompile"},
		{"move onto an overridden account", map[common.Address]any{
			identity: map[string]any{"movePrecompileToAddress": moved},
			moved:    map[string]any{"balance": "0x1"},
		}, "is already overridden"},
	} {
		e := n.callError("eth_call", map[string]any{"to": identity, "input": input}, "latest", tt.overrides)
		if e.ErrorCode() != -32000 || !strings.Contains(e.Error(), tt.want) {
			t.Errorf("%s: %d %q, want -32000 %q", tt.name, e.ErrorCode(), e.Error(), tt.want)
		}
	}
}

func TestCreateAccessList(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	res := n.callObject("eth_createAccessList", map[string]any{"from": poorAddr, "to": proxy}, "latest")
	var al types.AccessList
	if err := json.Unmarshal(res["accessList"], &al); err != nil {
		t.Fatal(err)
	}
	if len(al) != 1 || al[0].Address != reverter || len(al[0].StorageKeys) != 0 {
		t.Errorf("access list = %+v, want [%s]", al, reverter)
	}
	var gasUsed hexutil.Uint64
	if err := json.Unmarshal(res["gasUsed"], &gasUsed); err != nil || uint64(gasUsed) <= params.TxGas {
		t.Errorf("gasUsed = %s (%v)", res["gasUsed"], err)
	}
	if _, ok := res["error"]; ok {
		t.Errorf("unexpected error field: %s", res["error"])
	}
}

func TestFreeFeeProfile(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	// A zero-balance account sends a zero-priced transaction.
	tx := n.signTx(poorKey, 0, &richAddr, new(big.Int), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("zero-priced tx from empty account: %v", err)
	}
	n.mine()
	n.mine()
	r, err := n.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful || r.EffectiveGasPrice.Sign() != 0 {
		t.Fatalf("receipt: %+v, %v", r, err)
	}
	for _, method := range []string{"eth_gasPrice", "eth_maxPriorityFeePerGas"} {
		if got := unquote(t, n.call(method)); got != "0x0" {
			t.Errorf("%s = %s, want 0x0", method, got)
		}
	}
	fh, err := n.client.FeeHistory(ctx, 2, nil, []float64{50})
	if err != nil {
		t.Fatal(err)
	}
	if len(fh.BaseFee) != 3 {
		t.Fatalf("feeHistory baseFee has %d entries, want 3 (2 blocks + next)", len(fh.BaseFee))
	}
	for i, f := range fh.BaseFee {
		if f.Sign() != 0 {
			t.Errorf("feeHistory baseFee[%d] = %v, want 0", i, f)
		}
	}
	if fh.OldestBlock.Uint64() != 1 || len(fh.Reward) != 2 {
		t.Errorf("feeHistory oldest %v rewards %d", fh.OldestBlock, len(fh.Reward))
	}
}

func TestMarketFeeProfile(t *testing.T) {
	n := newTestNode(t, false)
	ctx := context.Background()
	gwei := big.NewInt(params.GWei)
	feeCap := new(big.Int).Mul(gwei, big.NewInt(10))
	tx := n.signTx(richKey, 0, &poorAddr, big.NewInt(1), params.TxGas, feeCap, new(big.Int).Mul(gwei, big.NewInt(2)), nil)
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	n.mine()
	head := n.backend.chain.CurrentBlock()

	tip, err := n.client.SuggestGasTipCap(ctx)
	if err != nil || tip.Sign() <= 0 {
		t.Fatalf("eth_maxPriorityFeePerGas = %v, %v", tip, err)
	}
	price, err := n.client.SuggestGasPrice(ctx)
	if err != nil || price.Cmp(new(big.Int).Add(tip, head.BaseFee)) != 0 {
		t.Errorf("eth_gasPrice = %v, want tip %v + base fee %v", price, tip, head.BaseFee)
	}
	fh, err := n.client.FeeHistory(ctx, 1, nil, []float64{})
	if err != nil || len(fh.BaseFee) != 2 || fh.BaseFee[0].Cmp(head.BaseFee) != 0 || fh.BaseFee[1].Sign() <= 0 {
		t.Errorf("feeHistory = %+v, %v", fh, err)
	}
	// Receipt and mined tx report the paid price: base fee + tip.
	paid := new(big.Int).Add(head.BaseFee, tx.GasTipCap())
	r, err := n.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.EffectiveGasPrice.Cmp(paid) != 0 {
		t.Errorf("effectiveGasPrice = %v, want %v (%v)", r.EffectiveGasPrice, paid, err)
	}
	f := n.callObject("eth_getTransactionByHash", tx.Hash())
	if unquote(t, f["gasPrice"]) != hexutil.EncodeBig(paid) || unquote(t, f["maxFeePerGas"]) != hexutil.EncodeBig(feeCap) {
		t.Errorf("mined tx gasPrice %s maxFeePerGas %s", f["gasPrice"], f["maxFeePerGas"])
	}
	// The pool refuses zero-priced transactions here.
	free := n.signTx(richKey, 1, &poorAddr, big.NewInt(1), params.TxGas, new(big.Int), new(big.Int), nil)
	err = n.client.SendTransaction(ctx, free)
	if err == nil || !strings.Contains(err.Error(), txpool.ErrTxGasPriceTooLow.Error()) {
		t.Errorf("zero-priced tx under market profile: %v", err)
	}
}

func TestSendRawTransactionErrors(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	first := n.signTx(richKey, 0, &poorAddr, big.NewInt(1), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, first); err != nil {
		t.Fatal(err)
	}
	n.mine()

	unprotected, err := types.SignTx(types.NewTx(&types.LegacyTx{Nonce: 1, To: &poorAddr, Gas: params.TxGas, GasPrice: new(big.Int)}),
		types.HomesteadSigner{}, richKey)
	if err != nil {
		t.Fatal(err)
	}
	expensive := n.signTx(richKey, 1, &poorAddr, big.NewInt(1), params.TxGas, big.NewInt(100*params.GWei*1000), new(big.Int), nil)
	encode := func(tx *types.Transaction) hexutil.Bytes {
		b, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name  string
		input hexutil.Bytes
		want  string
	}{
		{"nonce too low", encode(first), core.ErrNonceTooLow.Error()},
		{"unprotected", encode(unprotected), errUnprotectedTx.Error()},
		{"fee cap", encode(expensive), "exceeds the configured cap"},
		{"garbage", hexutil.Bytes{0x02, 0x01}, "rlp"},
		{"insufficient funds", encode(n.signTx(poorKey, 0, &richAddr, big.NewInt(2), params.TxGas, new(big.Int), new(big.Int), nil)), core.ErrInsufficientFunds.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			e := sub.callError("eth_sendRawTransaction", tt.input)
			if !strings.Contains(e.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", e.Error(), tt.want)
			}
		})
	}
	// The same transactions are accepted by a node that allows them.
	n.backend.peers = 0
	api := newEthAPI(n.backend, Options{AllowUnprotectedTxs: true})
	if _, err := api.SendRawTransaction(ctx, encode(unprotected)); err != nil {
		t.Errorf("unprotected tx with AllowUnprotectedTxs: %v", err)
	}
}

func TestSubscriptions(t *testing.T) {
	n := newTestNode(t, true)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	logger, _ := n.deployLogger(new(big.Int), new(big.Int))

	heads := make(chan *types.Header, 4)
	headSub, err := n.client.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("eth_subscribe newHeads: %v", err)
	}
	defer headSub.Unsubscribe()
	logs := make(chan types.Log, 4)
	logSub, err := n.client.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{logger}}, logs)
	if err != nil {
		t.Fatalf("eth_subscribe logs: %v", err)
	}
	defer logSub.Unsubscribe()
	// A polling filter sees the same block.
	var filterID string
	if err := n.rpc.CallContext(ctx, &filterID, "eth_newBlockFilter"); err != nil {
		t.Fatal(err)
	}

	tx := n.signTx(richKey, 1, &logger, new(big.Int), 100_000, new(big.Int), new(big.Int), []byte{0xab})
	if err := n.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	block := n.mine()

	select {
	case h := <-heads:
		if h.Hash() != block.Hash() {
			t.Errorf("newHeads delivered %s, want %s", h.Hash(), block.Hash())
		}
	case err := <-headSub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no newHeads notification")
	}
	select {
	case l := <-logs:
		if l.TxHash != tx.Hash() || l.BlockHash != block.Hash() || !slices.Equal(l.Data, []byte{0xab}) {
			t.Errorf("logs delivered %+v", l)
		}
	case err := <-logSub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no logs notification")
	}
	// The filter system files the new block asynchronously: poll until it
	// shows up (changes accumulate between polls).
	var seen []common.Hash
	for !slices.Contains(seen, block.Hash()) {
		var changes []common.Hash
		if err := n.rpc.CallContext(ctx, &changes, "eth_getFilterChanges", filterID); err != nil {
			t.Fatal(err)
		}
		seen = append(seen, changes...)
		select {
		case <-ctx.Done():
			t.Fatalf("block filter changes %v lack %s", seen, block.Hash())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
