package ethapi

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
)

// Runtime code used by the simulation tests.
var (
	// storeCode stores the first calldata word in slot 0.
	storeCode = hexutil.Bytes{0x60, 0x00, 0x35, 0x60, 0x00, 0x55, 0x00}
	// loadCode returns slot 0.
	loadCode = hexutil.Bytes{0x60, 0x00, 0x54, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	// parentHashCode returns BLOCKHASH(NUMBER - 1).
	parentHashCode = hexutil.Bytes{0x43, 0x60, 0x01, 0x90, 0x03, 0x40, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	// loopCode spins until it runs out of gas.
	loopCode = hexutil.Bytes{0x5b, 0x60, 0x00, 0x56}
)

// simBlockJSON is the part of a simulated block the tests look at.
type simBlockJSON struct {
	Number       hexutil.Uint64  `json:"number"`
	Hash         common.Hash     `json:"hash"`
	ParentHash   common.Hash     `json:"parentHash"`
	Timestamp    hexutil.Uint64  `json:"timestamp"`
	GasUsed      hexutil.Uint64  `json:"gasUsed"`
	Miner        common.Address  `json:"miner"`
	BaseFee      *hexutil.Big    `json:"baseFeePerGas"`
	Transactions json.RawMessage `json:"transactions"`
	Calls        []struct {
		ReturnData hexutil.Bytes  `json:"returnData"`
		Logs       []*types.Log   `json:"logs"`
		GasUsed    hexutil.Uint64 `json:"gasUsed"`
		Status     hexutil.Uint64 `json:"status"`
		Error      *CallError     `json:"error"`
	} `json:"calls"`
}

// simulate runs eth_simulateV1 on latest and decodes the blocks.
func (n *testNode) simulate(opts map[string]any) []simBlockJSON {
	n.t.Helper()
	var out []simBlockJSON
	if err := json.Unmarshal(n.call("eth_simulateV1", opts, "latest"), &out); err != nil {
		n.t.Fatalf("decoding eth_simulateV1: %v", err)
	}
	return out
}

func word(v int64) hexutil.Bytes { return common.BigToHash(big.NewInt(v)).Bytes() }

func TestSimulateChain(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	head := n.backend.chain.CurrentBlock()
	base := head.Number.Uint64()
	store := common.HexToAddress("0x5100")
	parentHash := common.HexToAddress("0x5200")
	feeRecipient := common.HexToAddress("0xfee")

	blocks := n.simulate(map[string]any{"blockStateCalls": []any{
		map[string]any{
			"stateOverrides": map[common.Address]any{store: map[string]any{"code": storeCode}},
			"calls": []any{
				map[string]any{"from": richAddr, "to": store, "input": word(42)},
				map[string]any{"from": richAddr, "to": poorAddr, "value": "0x5"},
			},
		},
		map[string]any{
			// Two blocks skipped; the code changes but the storage stays.
			"blockOverrides": map[string]any{"number": hexutil.Uint64(base + 4), "feeRecipient": feeRecipient},
			"stateOverrides": map[common.Address]any{
				store:      map[string]any{"code": loadCode},
				parentHash: map[string]any{"code": parentHashCode},
			},
			"calls": []any{
				map[string]any{"to": store},
				map[string]any{"to": parentHash},
			},
		},
	}})
	if len(blocks) != 4 {
		t.Fatalf("%d blocks, want 4 (two of them gap fillers)", len(blocks))
	}
	parent := head.Hash()
	for i, b := range blocks {
		if uint64(b.Number) != base+uint64(i)+1 || uint64(b.Timestamp) != head.Time+12*uint64(i+1) {
			t.Errorf("block %d: number %d time %d", i, b.Number, b.Timestamp)
		}
		if b.ParentHash != parent {
			t.Errorf("block %d: parent %s, want %s", i, b.ParentHash, parent)
		}
		if b.BaseFee == nil || b.BaseFee.ToInt().Sign() != 0 {
			t.Errorf("block %d: base fee %v, want 0", i, b.BaseFee)
		}
		parent = b.Hash
	}
	for _, gap := range blocks[1:3] {
		if len(gap.Calls) != 0 || string(gap.Transactions) != "[]" || gap.GasUsed != 0 {
			t.Errorf("gap block %d: calls %v txs %s gas %d", gap.Number, gap.Calls, gap.Transactions, gap.GasUsed)
		}
	}
	first, last := blocks[0], blocks[3]
	if len(first.Calls) != 2 || first.Calls[0].Status != 1 || first.Calls[1].Status != 1 {
		t.Fatalf("first block calls: %+v", first.Calls)
	}
	if first.Calls[1].GasUsed != hexutil.Uint64(params.TxGas) || first.GasUsed != first.Calls[0].GasUsed+first.Calls[1].GasUsed {
		t.Errorf("gas: calls %d+%d, block %d", first.Calls[0].GasUsed, first.Calls[1].GasUsed, first.GasUsed)
	}
	var hashes []common.Hash
	if err := json.Unmarshal(first.Transactions, &hashes); err != nil || len(hashes) != 2 {
		t.Errorf("transactions %s (%v), want two hashes", first.Transactions, err)
	}
	if first.Miner != head.Coinbase || last.Miner != feeRecipient {
		t.Errorf("miners %s, %s; want %s, %s", first.Miner, last.Miner, head.Coinbase, feeRecipient)
	}
	if got := last.Calls[0].ReturnData; string(got) != string(word(42)) {
		t.Errorf("slot written in block 1, read in block 4: %x", got)
	}
	if got := common.BytesToHash(last.Calls[1].ReturnData); got != blocks[2].Hash {
		t.Errorf("BLOCKHASH(parent) = %s, want the gap block's %s", got, blocks[2].Hash)
	}
	// Nothing was written to the chain.
	if n.backend.chain.CurrentBlock().Hash() != head.Hash() {
		t.Error("eth_simulateV1 moved the head")
	}
}

func TestSimulateTraceTransfers(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	logger := common.HexToAddress("0x1099")
	for _, trace := range []bool{true, false} {
		t.Run(fmt.Sprintf("trace=%v", trace), func(t *testing.T) {
			sub := *n
			sub.t = t
			blocks := sub.simulate(map[string]any{
				"traceTransfers": trace,
				"blockStateCalls": []any{map[string]any{
					"stateOverrides": map[common.Address]any{logger: map[string]any{"code": hexutil.Bytes(loggerRuntime())}},
					"calls": []any{
						map[string]any{"from": richAddr, "to": poorAddr, "value": "0x7"},
						map[string]any{"from": richAddr, "to": logger, "value": "0x3", "input": "0xbeef"},
						map[string]any{"from": richAddr, "to": reverter, "value": "0x1"},
					},
				}},
			})
			b := blocks[0]
			var txs []common.Hash
			if err := json.Unmarshal(b.Transactions, &txs); err != nil {
				t.Fatal(err)
			}
			type want struct {
				address common.Address
				topics  []common.Hash
				data    []byte
			}
			transfer := func(from, to common.Address, v int64) want {
				return want{transferAddress, []common.Hash{transferTopic, common.BytesToHash(from[:]), common.BytesToHash(to[:])}, word(v)}
			}
			emitted := want{logger, []common.Hash{logTopic}, []byte{0xbe, 0xef}}
			wants := [][]want{{transfer(richAddr, poorAddr, 7)}, {transfer(richAddr, logger, 3), emitted}, nil}
			if !trace {
				wants = [][]want{nil, {emitted}, nil}
			}
			index := uint(0)
			for i, call := range b.Calls {
				if len(call.Logs) != len(wants[i]) {
					t.Fatalf("call %d: %d logs, want %d", i, len(call.Logs), len(wants[i]))
				}
				for j, l := range call.Logs {
					w := wants[i][j]
					if l.Address != w.address || fmt.Sprint(l.Topics) != fmt.Sprint(w.topics) || string(l.Data) != string(w.data) {
						t.Errorf("call %d log %d: %s %v %x", i, j, l.Address, l.Topics, l.Data)
					}
					if l.BlockHash != b.Hash || l.TxHash != txs[i] || l.TxIndex != uint(i) || l.Index != index || l.BlockNumber != uint64(b.Number) {
						t.Errorf("call %d log %d location: %+v", i, j, l)
					}
					index++
				}
			}
			if b.Calls[2].Status != 0 {
				t.Errorf("reverting call status %d", b.Calls[2].Status)
			}
		})
	}
}

func TestSimulateFailures(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	loop := common.HexToAddress("0x1009")
	blocks := n.simulate(map[string]any{"blockStateCalls": []any{map[string]any{
		"stateOverrides": map[common.Address]any{loop: map[string]any{"code": loopCode}},
		"calls": []any{
			map[string]any{"from": poorAddr, "to": reverter},
			map[string]any{"from": poorAddr, "to": loop, "gas": "0x7530"},
			map[string]any{"from": poorAddr, "to": proxy},
		},
	}}})
	calls := blocks[0].Calls
	if len(calls) != 3 {
		t.Fatalf("%d calls", len(calls))
	}
	revert := calls[0]
	if revert.Status != 0 || len(revert.ReturnData) != 0 || revert.Error == nil ||
		*revert.Error != (CallError{Message: "execution reverted: boom", Code: 3, Data: hexutil.Encode(revertData)}) {
		t.Errorf("revert: %+v %+v", revert, revert.Error)
	}
	oog := calls[1]
	if oog.Status != 0 || oog.GasUsed != 0x7530 || oog.Error == nil || *oog.Error != (CallError{Message: "out of gas", Code: simCodeVMError}) {
		t.Errorf("out of gas: %+v %+v", oog, oog.Error)
	}
	if calls[2].Status != 1 || calls[2].Error != nil {
		t.Errorf("call after failures: %+v", calls[2])
	}
	// The raw shape: logs is [] and error is omitted on success.
	raw := string(n.call("eth_simulateV1", map[string]any{"blockStateCalls": []any{map[string]any{
		"calls": []any{map[string]any{"from": poorAddr, "to": proxy}}}}}, "latest"))
	if !strings.Contains(raw, `"calls":[{"returnData":"0x","logs":[],"gasUsed":"0x`) || strings.Contains(raw, `"error"`) {
		t.Errorf("raw answer: %s", raw)
	}
}

func TestSimulateValidation(t *testing.T) {
	n := newTestNode(t, false) // market fees: the base fee is not 0
	n.mine()
	head := n.backend.chain.CurrentBlock()
	baseFee := eip1559.CalcBaseFee(n.backend.ChainConfig(), head)
	fee := (*hexutil.Big)(new(big.Int).Mul(baseFee, big.NewInt(2)))
	tests := []struct {
		name string
		call map[string]any
		code int
		msg  string
	}{
		{"nonce too high", map[string]any{"from": richAddr, "to": poorAddr, "nonce": "0x5", "maxFeePerGas": fee}, simCodeNonceTooHigh, "nonce too high"},
		{"right nonce", map[string]any{"from": richAddr, "to": poorAddr, "nonce": "0x0", "maxFeePerGas": fee}, -1, ""},
		{"fee below base fee", map[string]any{"from": richAddr, "to": poorAddr}, simCodeBaseFeeTooLow, "max fee per gas less than block base fee"},
		{"no funds", map[string]any{"from": poorAddr, "to": richAddr, "maxFeePerGas": fee}, simCodeInsufficientFunds, "insufficient funds"},
		{"intrinsic gas", map[string]any{"from": richAddr, "to": poorAddr, "gas": "0x5208", "input": "0x01", "maxFeePerGas": fee}, simCodeIntrinsicGas, "intrinsic gas too low"},
		{"block gas limit", map[string]any{"from": richAddr, "to": poorAddr, "gas": hexutil.Uint64(head.GasLimit + 1)}, simCodeBlockGasLimitReached, "block gas limit reached"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			opts := map[string]any{"validation": true, "blockStateCalls": []any{map[string]any{"calls": []any{tt.call}}}}
			if tt.code == -1 {
				// Nonce 0 is right for richAddr on this chain: it must pass.
				b := sub.simulate(opts)[0]
				if b.Calls[0].Status != 1 || b.BaseFee.ToInt().Cmp(baseFee) != 0 {
					t.Errorf("valid call: status %d base fee %v, want 1, %v", b.Calls[0].Status, b.BaseFee, baseFee)
				}
				return
			}
			e := sub.callError("eth_simulateV1", opts, "latest")
			if e.ErrorCode() != tt.code || !strings.Contains(e.Error(), tt.msg) {
				t.Errorf("error %d %q, want %d containing %q", e.ErrorCode(), e.Error(), tt.code, tt.msg)
			}
		})
	}
	// State carries over: the second block reuses nonce 0.
	call := map[string]any{"from": richAddr, "to": poorAddr, "nonce": "0x0", "maxFeePerGas": fee}
	e := n.callError("eth_simulateV1", map[string]any{"validation": true, "blockStateCalls": []any{
		map[string]any{"calls": []any{call}}, map[string]any{"calls": []any{call}}}}, "latest")
	if e.ErrorCode() != simCodeNonceTooLow || !strings.Contains(e.Error(), "nonce too low") {
		t.Errorf("reused nonce: %d %q", e.ErrorCode(), e.Error())
	}
	// Without validation the same zero-priced call from an empty account
	// runs, at base fee 0.
	b := n.simulate(map[string]any{"blockStateCalls": []any{map[string]any{"calls": []any{
		map[string]any{"from": poorAddr, "to": proxy, "nonce": "0x9"}}}}})[0]
	if b.Calls[0].Status != 1 || b.BaseFee.ToInt().Sign() != 0 {
		t.Errorf("unvalidated call: status %d base fee %v", b.Calls[0].Status, b.BaseFee)
	}
}

func TestSimulateInputErrors(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	head := n.backend.chain.CurrentBlock()
	base := head.Number.Uint64()
	block := func(overrides map[string]any) map[string]any {
		return map[string]any{"blockOverrides": overrides}
	}
	tests := []struct {
		name   string
		blocks []any
		code   int
		msg    string
	}{
		{"empty", []any{}, errCodeInvalidParams, "empty input"},
		{"numbers out of order", []any{block(map[string]any{"number": hexutil.Uint64(base + 2)}), block(map[string]any{"number": hexutil.Uint64(base + 2)})},
			simCodeBlockNumberInvalid, fmt.Sprintf("block numbers must be in order: %d <= %d", base+2, base+2)},
		{"number at base", []any{block(map[string]any{"number": hexutil.Uint64(base)})},
			simCodeBlockNumberInvalid, fmt.Sprintf("block numbers must be in order: %d <= %d", base, base)},
		{"timestamps out of order", []any{block(map[string]any{"time": hexutil.Uint64(head.Time)})},
			simCodeBlockTimestampInvalid, fmt.Sprintf("block timestamps must be in order: %d <= %d", head.Time, head.Time)},
		{"too far", []any{block(map[string]any{"number": hexutil.Uint64(base + maxSimulateBlocks + 1)})}, simCodeClientLimitExceeded, "too many blocks"},
		{"difficulty", []any{block(map[string]any{"difficulty": "0x1"})},
			errCodeInvalidParams, fmt.Sprintf("block %d: difficulty override is not allowed after the merge", base+1)},
		{"unknown block override", []any{block(map[string]any{"nmber": "0x1"})},
			errCodeInvalidParams, `invalid argument 0: unknown field "nmber" in block override`},
		{"duplicate block override", []any{block(map[string]any{"time": "0x1", "Time": "0x2"})},
			errCodeInvalidParams, `invalid argument 0: keys "Time" and "time" in block override name the same field`},
		{"unknown state override", []any{map[string]any{"stateOverrides": map[common.Address]any{proxy: map[string]any{"codes": "0x"}}}},
			errCodeInvalidParams, `invalid argument 0: unknown field "codes" in state override for ` + proxy.Hex()},
		{"move a non-precompile", []any{map[string]any{"stateOverrides": map[common.Address]any{proxy: map[string]any{"movePrecompileToAddress": reverter}}}},
			-32000, "account " + proxy.Hex() + " is not a precompile"},
	}
	tooMany := make([]any, maxSimulateBlocks+1)
	for i := range tooMany {
		tooMany[i] = map[string]any{}
	}
	tests = append(tests, struct {
		name   string
		blocks []any
		code   int
		msg    string
	}{"too many blocks", tooMany, simCodeClientLimitExceeded, "too many blocks"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			e := sub.callError("eth_simulateV1", map[string]any{"blockStateCalls": tt.blocks}, "latest")
			if e.ErrorCode() != tt.code || e.Error() != tt.msg {
				t.Errorf("error %d %q, want %d %q", e.ErrorCode(), e.Error(), tt.code, tt.msg)
			}
		})
	}
}

func TestSimulateFullTransactionsAndPrecompileMove(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	identity := common.BytesToAddress([]byte{0x04})
	moved := common.HexToAddress("0x1d00")
	var out []json.RawMessage
	raw := n.call("eth_simulateV1", map[string]any{
		"returnFullTransactions": true,
		"blockStateCalls": []any{map[string]any{
			"stateOverrides": map[common.Address]any{identity: map[string]any{"movePrecompileToAddress": moved}},
			"calls": []any{
				map[string]any{"from": richAddr, "to": moved, "input": "0xdeadbeef"},
				map[string]any{"from": poorAddr, "to": identity, "input": "0xdeadbeef", "gasPrice": "0x0"},
			},
		}},
	}, "latest")
	if err := json.Unmarshal(raw, &out); err != nil || len(out) != 1 {
		t.Fatalf("answer %s: %v", raw, err)
	}
	var b struct {
		simBlockJSON
		Transactions []*RPCTransaction `json:"transactions"`
	}
	if err := json.Unmarshal(out[0], &b); err != nil {
		t.Fatal(err)
	}
	if got := b.Calls[0].ReturnData; got.String() != "0xdeadbeef" {
		t.Errorf("moved identity precompile returned %s", got)
	}
	if got := b.Calls[1].ReturnData; len(got) != 0 || b.Calls[1].Status != 1 {
		t.Errorf("identity's old address returned %s (status %d), want nothing", got, b.Calls[1].Status)
	}
	if len(b.Transactions) != 2 {
		t.Fatalf("%d transactions", len(b.Transactions))
	}
	wantTypes := []uint64{types.DynamicFeeTxType, types.LegacyTxType}
	for i, tx := range b.Transactions {
		from := []common.Address{richAddr, poorAddr}[i]
		if tx.From != from || uint64(tx.Type) != wantTypes[i] || tx.BlockHash == nil || *tx.BlockHash != b.Hash ||
			tx.TransactionIndex == nil || uint64(*tx.TransactionIndex) != uint64(i) || tx.Nonce != 0 {
			t.Errorf("tx %d: %+v", i, tx)
		}
		// A typed transaction carries the chain's id. (An unsigned legacy
		// one reports the id its zero V implies, as in go-ethereum.)
		if tx.Type != types.LegacyTxType && (tx.ChainID == nil || tx.ChainID.ToInt().Uint64() != genesis.DevChainID) {
			t.Errorf("tx %d: %+v", i, tx)
		}
	}
}
