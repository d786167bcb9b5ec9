package ethapi

import (
	"context"
	"encoding/json"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// fillPool adds two pending transactions (a transfer from rich, a contract
// creation from poor) and one queued (rich's nonce 2, after a gap).
func fillPool(t *testing.T, n *testNode) (pending0, creation, queued2 *types.Transaction) {
	t.Helper()
	zero := new(big.Int)
	pending0 = n.signTx(richKey, 0, &poorAddr, big.NewInt(5), params.TxGas, zero, zero, nil)
	creation = n.signTx(poorKey, 0, nil, zero, 100_000, zero, zero, loggerInitCode())
	queued2 = n.signTx(richKey, 2, &coinbase, big.NewInt(7), 30_000, zero, zero, nil)
	for _, tx := range []*types.Transaction{pending0, creation, queued2} {
		if err := n.client.SendTransaction(context.Background(), tx); err != nil {
			t.Fatalf("adding %s: %v", tx.Hash(), err)
		}
	}
	return pending0, creation, queued2
}

func TestTxPoolStatusAndInspect(t *testing.T) {
	n := newTestNode(t, true)
	fillPool(t, n)
	if got, want := string(n.call("txpool_status")), `{"pending":"0x2","queued":"0x1"}`; got != want {
		t.Errorf("txpool_status = %s, want %s", got, want)
	}
	var inspect map[string]map[string]map[string]string
	if err := json.Unmarshal(n.call("txpool_inspect"), &inspect); err != nil {
		t.Fatal(err)
	}
	want := map[string]map[string]map[string]string{
		"pending": {
			richAddr.Hex(): {"0": poorAddr.Hex() + ": 5 wei + 21000 gas × 0 wei"},
			poorAddr.Hex(): {"0": "contract creation: 0 wei + 100000 gas × 0 wei"},
		},
		"queued": {
			richAddr.Hex(): {"2": coinbase.Hex() + ": 7 wei + 30000 gas × 0 wei"},
		},
	}
	if !reflect.DeepEqual(inspect, want) {
		t.Errorf("txpool_inspect = %v\nwant %v", inspect, want)
	}
}

// pooledTx is the part of a txpool_content entry the tests check.
type pooledTx struct {
	Hash        common.Hash     `json:"hash"`
	From        common.Address  `json:"from"`
	Nonce       string          `json:"nonce"`
	BlockHash   json.RawMessage `json:"blockHash"`
	BlockNumber json.RawMessage `json:"blockNumber"`
	GasPrice    string          `json:"gasPrice"`
}

func TestTxPoolContent(t *testing.T) {
	n := newTestNode(t, true)
	pending0, creation, queued2 := fillPool(t, n)
	var content map[string]map[string]map[string]pooledTx
	if err := json.Unmarshal(n.call("txpool_content"), &content); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		status string
		sender common.Address
		nonce  string
		tx     *types.Transaction
	}{
		{"pending", richAddr, "0", pending0},
		{"pending", poorAddr, "0", creation},
		{"queued", richAddr, "2", queued2},
	}
	for _, tt := range tests {
		got, ok := content[tt.status][tt.sender.Hex()][tt.nonce]
		if !ok {
			t.Errorf("%s %s nonce %s missing from %v", tt.status, tt.sender, tt.nonce, content)
			continue
		}
		if got.Hash != tt.tx.Hash() || got.From != tt.sender || string(got.BlockHash) != "null" || string(got.BlockNumber) != "null" || got.GasPrice != "0x0" {
			t.Errorf("%s %s nonce %s: %+v", tt.status, tt.sender, tt.nonce, got)
		}
	}
	if len(content["pending"]) != 2 || len(content["queued"]) != 1 || len(content["pending"][richAddr.Hex()]) != 1 {
		t.Errorf("content has extra entries: %v", content)
	}

	// contentFrom: one sender, both maps always present.
	var from map[string]map[string]pooledTx
	if err := json.Unmarshal(n.call("txpool_contentFrom", richAddr), &from); err != nil {
		t.Fatal(err)
	}
	if len(from) != 2 || len(from["pending"]) != 1 || from["pending"]["0"].Hash != pending0.Hash() ||
		len(from["queued"]) != 1 || from["queued"]["2"].Hash != queued2.Hash() {
		t.Errorf("txpool_contentFrom(rich) = %+v", from)
	}
	if got, want := string(n.call("txpool_contentFrom", coinbase)), `{"pending":{},"queued":{}}`; got != want {
		t.Errorf("txpool_contentFrom(unknown) = %s, want %s", got, want)
	}

	// Mining empties pending but keeps the gapped transaction queued.
	n.mine()
	if got, want := string(n.call("txpool_status")), `{"pending":"0x0","queued":"0x1"}`; got != want {
		t.Errorf("after mining txpool_status = %s, want %s", got, want)
	}
}
