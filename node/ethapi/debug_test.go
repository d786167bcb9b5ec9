package ethapi

import (
	"context"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// callData is what the traced transaction sends to the logger contract.
var callData = hexutil.Bytes{0xde, 0xad, 0xbe, 0xef}

// loggedBlock deploys the logger contract, then mines a block with a call
// to it. It returns the contract, the call and its block.
func loggedBlock(t *testing.T, n *testNode) (common.Address, *types.Transaction, *types.Block) {
	t.Helper()
	zero := new(big.Int)
	logger, _ := n.deployLogger(zero, zero)
	tx := n.signTx(richKey, 1, &logger, big.NewInt(0), 100_000, zero, zero, callData)
	if err := n.client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	block := n.mine()
	if len(block.Transactions()) != 1 {
		t.Fatalf("block %d has %d transactions, want 1", block.NumberU64(), len(block.Transactions()))
	}
	return logger, tx, block
}

func TestRawGetters(t *testing.T) {
	n := newTestNode(t, true)
	_, tx, block := loggedBlock(t, n)
	byNumber := hexutil.EncodeUint64(block.NumberU64())
	byHash := block.Hash()

	for _, param := range []any{byNumber, byHash, "latest"} {
		var raw hexutil.Bytes
		if err := json.Unmarshal(n.call("debug_getRawBlock", param), &raw); err != nil {
			t.Fatal(err)
		}
		decoded := new(types.Block)
		if err := rlp.DecodeBytes(raw, decoded); err != nil {
			t.Fatalf("getRawBlock(%v): %v", param, err)
		}
		if decoded.Hash() != block.Hash() || decoded.Transactions()[0].Hash() != tx.Hash() {
			t.Errorf("getRawBlock(%v) decodes to block %s", param, decoded.Hash())
		}

		if err := json.Unmarshal(n.call("debug_getRawHeader", param), &raw); err != nil {
			t.Fatal(err)
		}
		header := new(types.Header)
		if err := rlp.DecodeBytes(raw, header); err != nil || header.Hash() != block.Hash() {
			t.Errorf("getRawHeader(%v) decodes to %v (%v)", param, header.Hash(), err)
		}

		var rawReceipts []hexutil.Bytes
		if err := json.Unmarshal(n.call("debug_getRawReceipts", param), &rawReceipts); err != nil {
			t.Fatal(err)
		}
		receipts := make(types.Receipts, len(rawReceipts))
		for i, r := range rawReceipts {
			receipts[i] = new(types.Receipt)
			if err := receipts[i].UnmarshalBinary(r); err != nil {
				t.Fatalf("receipt %d: %v", i, err)
			}
		}
		if len(receipts) != 1 || len(receipts[0].Logs) != 1 || !slices.Equal(receipts[0].Logs[0].Data, callData) {
			t.Errorf("getRawReceipts(%v) = %+v", param, receipts)
		}
		if root := types.DeriveSha(receipts, trie.NewStackTrie(nil)); root != block.ReceiptHash() {
			t.Errorf("getRawReceipts(%v): receipt root %s, header has %s", param, root, block.ReceiptHash())
		}
	}

	// Beyond the head: go-ethereum's empty answer "0x" (a nil
	// hexutil.Bytes), not null; unknown hash: an error.
	for _, method := range []string{"debug_getRawBlock", "debug_getRawHeader"} {
		if got := string(n.call(method, hexutil.EncodeUint64(block.NumberU64()+5))); got != `"0x"` {
			t.Errorf("%s(future) = %s, want \"0x\"", method, got)
		}
		if err := n.callError(method, common.Hash{1}); !strings.HasSuffix(err.Error(), " not found") {
			t.Errorf("%s(unknown hash) error %q", method, err.Error())
		}
	}
	if got := string(n.call("debug_getRawReceipts", common.Hash{1})); got != "[]" {
		t.Errorf("getRawReceipts(unknown hash) = %s, want []", got)
	}
}

func TestGetRawTransaction(t *testing.T) {
	n := newTestNode(t, true)
	_, mined, _ := loggedBlock(t, n)
	zero := new(big.Int)
	pooled := n.signTx(richKey, 2, &poorAddr, big.NewInt(1), 21_000, zero, zero, nil)
	if err := n.client.SendTransaction(context.Background(), pooled); err != nil {
		t.Fatal(err)
	}
	for _, want := range []*types.Transaction{mined, pooled} {
		var raw hexutil.Bytes
		if err := json.Unmarshal(n.call("debug_getRawTransaction", want.Hash()), &raw); err != nil {
			t.Fatal(err)
		}
		got := new(types.Transaction)
		if err := got.UnmarshalBinary(raw); err != nil || got.Hash() != want.Hash() {
			t.Errorf("getRawTransaction(%s) decodes to %s (%v)", want.Hash(), got.Hash(), err)
		}
	}
	if got := string(n.call("debug_getRawTransaction", common.Hash{1})); got != `"0x"` {
		t.Errorf("getRawTransaction(unknown) = %s, want \"0x\" as go-ethereum answers", got)
	}
}

// callFrame is the part of callTracer's output the tests check.
type callFrame struct {
	Type         string         `json:"type"`
	From         common.Address `json:"from"`
	To           common.Address `json:"to"`
	Input        hexutil.Bytes  `json:"input"`
	Output       hexutil.Bytes  `json:"output"`
	GasUsed      hexutil.Uint64 `json:"gasUsed"`
	Error        string         `json:"error"`
	RevertReason string         `json:"revertReason"`
	Logs         []struct {
		Address common.Address `json:"address"`
		Topics  []common.Hash  `json:"topics"`
		Data    hexutil.Bytes  `json:"data"`
	} `json:"logs"`
}

func TestTraceTransaction(t *testing.T) {
	n := newTestNode(t, true)
	logger, tx, block := loggedBlock(t, n)
	receipt, err := n.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		t.Fatal(err)
	}

	t.Run("callTracer", func(t *testing.T) {
		var frame callFrame
		cfg := map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}}
		if err := json.Unmarshal(n.call("debug_traceTransaction", tx.Hash(), cfg), &frame); err != nil {
			t.Fatal(err)
		}
		if frame.Type != "CALL" || frame.From != richAddr || frame.To != logger || !slices.Equal(frame.Input, callData) ||
			uint64(frame.GasUsed) != receipt.GasUsed || frame.Error != "" {
			t.Errorf("call frame %+v (receipt gas %d)", frame, receipt.GasUsed)
		}
		if len(frame.Logs) != 1 || frame.Logs[0].Address != logger || frame.Logs[0].Topics[0] != logTopic || !slices.Equal(frame.Logs[0].Data, callData) {
			t.Errorf("call frame logs %+v", frame.Logs)
		}
	})

	t.Run("prestateTracer", func(t *testing.T) {
		var pre map[common.Address]struct {
			Balance *hexutil.Big                `json:"balance"`
			Nonce   uint64                      `json:"nonce"`
			Code    hexutil.Bytes               `json:"code"`
			Storage map[common.Hash]common.Hash `json:"storage"`
		}
		cfg := map[string]any{"tracer": "prestateTracer"}
		if err := json.Unmarshal(n.call("debug_traceTransaction", tx.Hash(), cfg), &pre); err != nil {
			t.Fatal(err)
		}
		if acc, ok := pre[logger]; !ok || !slices.Equal(acc.Code, loggerRuntime()) || acc.Nonce != 1 {
			t.Errorf("prestate of the contract: %+v (present %v)", acc, ok)
		}
		if acc, ok := pre[richAddr]; !ok || acc.Nonce != 1 || acc.Balance.ToInt().Cmp(richBalance) != 0 {
			t.Errorf("prestate of the sender: %+v (present %v)", acc, ok)
		}
	})

	t.Run("struct logs", func(t *testing.T) {
		var res struct {
			Gas         uint64 `json:"gas"`
			Failed      bool   `json:"failed"`
			ReturnValue string `json:"returnValue"`
			StructLogs  []struct {
				Op string `json:"op"`
			} `json:"structLogs"`
		}
		if err := json.Unmarshal(n.call("debug_traceTransaction", tx.Hash(), map[string]any{}), &res); err != nil {
			t.Fatal(err)
		}
		ops := make([]string, len(res.StructLogs))
		for i, l := range res.StructLogs {
			ops[i] = l.Op
		}
		if res.Failed || res.Gas != receipt.GasUsed || !slices.Contains(ops, "LOG1") || ops[len(ops)-1] != "STOP" {
			t.Errorf("struct logs: gas %d failed %v ops %v", res.Gas, res.Failed, ops)
		}
	})

	t.Run("block", func(t *testing.T) {
		var results []struct {
			TxHash common.Hash `json:"txHash"`
			Result callFrame   `json:"result"`
		}
		cfg := map[string]any{"tracer": "callTracer"}
		for _, call := range []struct {
			method string
			param  any
		}{
			{"debug_traceBlockByNumber", hexutil.EncodeUint64(block.NumberU64())},
			{"debug_traceBlockByHash", block.Hash()},
		} {
			if err := json.Unmarshal(n.call(call.method, call.param, cfg), &results); err != nil {
				t.Fatal(err)
			}
			if len(results) != 1 || results[0].TxHash != tx.Hash() || results[0].Result.To != logger {
				t.Errorf("%s = %+v", call.method, results)
			}
		}
	})

	if err := n.callError("debug_traceTransaction", common.Hash{1}, nil); err.Error() != "transaction not found" {
		t.Errorf("unknown transaction: %q", err.Error())
	}
	// An unknown tracer name is evaluated as JavaScript, as in geth.
	rerr := n.callError("debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "noSuchTracer"})
	if rerr.ErrorCode() != -32000 || !strings.HasPrefix(rerr.Error(), "ReferenceError: noSuchTracer is not defined") {
		t.Errorf("unknown tracer: %d %q", rerr.ErrorCode(), rerr.Error())
	}
}

func TestTraceCall(t *testing.T) {
	n := newTestNode(t, true)
	logger, _, _ := loggedBlock(t, n)
	tests := []struct {
		name       string
		to         common.Address
		wantError  string
		wantReason string
		wantOutput []byte
		wantLogs   int
	}{
		{"logger", logger, "", "", nil, 1},
		{"reverter", reverter, "execution reverted", "boom", revertData, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var frame callFrame
			args := map[string]any{"from": poorAddr, "to": tt.to, "input": callData}
			cfg := map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}}
			latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
			if err := json.Unmarshal(n.call("debug_traceCall", args, latest, cfg), &frame); err != nil {
				t.Fatal(err)
			}
			if frame.From != poorAddr || frame.To != tt.to || frame.Error != tt.wantError || frame.RevertReason != tt.wantReason ||
				!slices.Equal(frame.Output, tt.wantOutput) || len(frame.Logs) != tt.wantLogs {
				t.Errorf("frame %+v", frame)
			}
		})
	}
}
