package ethapi

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// TestLogQueryLimits: eth_getLogs and eth_getFilterLogs refuse a result over
// Options.MaxLogs with -32005, and a block range over the filters' range
// limit with -32602; queries within both limits answer normally.
func TestLogQueryLimits(t *testing.T) {
	n := newTestNodeWith(t, true, Options{MaxLogs: 2, LogRangeLimit: 5})
	ctx := context.Background()
	logger, _ := n.deployLogger(new(big.Int), new(big.Int))
	nonce, err := n.client.PendingNonceAt(ctx, richAddr)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 { // three logs, one per block (blocks 2..4)
		tx := n.signTx(richKey, nonce+uint64(i), &logger, new(big.Int), 100_000, new(big.Int), new(big.Int), []byte("log"))
		if err := n.client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		n.mine()
	}
	for range 4 {
		n.mine() // head at 8
	}
	query := func(from, to int64) map[string]any {
		return map[string]any{"fromBlock": hexBig(from), "toBlock": hexBig(to), "address": logger}
	}
	tests := []struct {
		name     string
		from, to int64
		logs     int
		code     int
		msg      string
	}{
		{"within limits", 2, 3, 2, 0, ""},
		{"too many results", 1, 5, 0, errCodeLimitExceeded, "query returned more than 2 results"},
		{"range too wide", 0, 8, 0, errCodeInvalidParams, "exceed maximum block range 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.code == 0 {
				logs, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(tt.from), ToBlock: big.NewInt(tt.to), Addresses: []common.Address{logger}})
				if err != nil || len(logs) != tt.logs {
					t.Fatalf("eth_getLogs = %d logs, %v; want %d", len(logs), err, tt.logs)
				}
				return
			}
			e := n.callError("eth_getLogs", query(tt.from, tt.to))
			if e.ErrorCode() != tt.code || !strings.Contains(e.Error(), tt.msg) {
				t.Fatalf("eth_getLogs error %d %q, want %d %q", e.ErrorCode(), e.Error(), tt.code, tt.msg)
			}
		})
	}
	// A range up to "latest" counts to the head: the head is 8, so from 4 is
	// within the limit, from 1 is not; without bounds it is the head alone.
	if _, err := n.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(4), Addresses: []common.Address{logger}}); err != nil {
		t.Errorf("eth_getLogs from 4 to latest: %v", err)
	}
	var logs []json.RawMessage
	if err := n.rpc.Call(&logs, "eth_getLogs", map[string]any{"address": logger}); err != nil {
		t.Errorf("eth_getLogs without bounds (the head alone): %v", err)
	}
	if e := n.callError("eth_getLogs", map[string]any{"fromBlock": "0x1", "toBlock": "latest"}); e.ErrorCode() != errCodeInvalidParams {
		t.Errorf("eth_getLogs from 1 to latest: %d %q, want the range error", e.ErrorCode(), e.Error())
	}
	if e := n.callError("eth_newFilter", query(0, 8)); e.ErrorCode() != errCodeInvalidParams {
		t.Errorf("eth_newFilter over 8 blocks: %d %q, want the range error", e.ErrorCode(), e.Error())
	}
	// The size limit applies to a filter's logs.
	var id string
	if err := n.rpc.Call(&id, "eth_newFilter", query(1, 5)); err != nil {
		t.Fatal(err)
	}
	if e := n.callError("eth_getFilterLogs", id); e.ErrorCode() != errCodeLimitExceeded {
		t.Fatalf("eth_getFilterLogs error %d %q", e.ErrorCode(), e.Error())
	}
}

func hexBig(n int64) string { return "0x" + big.NewInt(n).Text(16) }
