package main

import (
	"bytes"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestChainImportsWithContent inserts the generated chain into a fresh
// go-ethereum chain (as `geth import` and our node do) and checks that it
// holds what the request cases rely on.
func TestChainImportsWithContent(t *testing.T) {
	tc, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if len(tc.blocks) < 50 {
		t.Fatalf("%d blocks, want at least 50", len(tc.blocks))
	}
	chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), tc.genesis, beacon.New(ethash.NewFaker()), core.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	if n, err := chain.InsertChain(tc.blocks); err != nil {
		t.Fatalf("insert block %d: %v", n+1, err)
	}

	// Outcome of each named transaction.
	failing := map[string]bool{"revert": true, "deploy-failing": true, "out-of-gas": true, "busy-revert": true}
	kinds := make(map[uint8]bool)
	for name, tx := range tc.txs {
		var receipt *types.Receipt
		block := chain.GetBlockByNumber(tc.txBlock[name])
		for _, r := range chain.GetReceiptsByHash(block.Hash()) {
			if r.TxHash == tx.Hash() {
				receipt = r
			}
		}
		if receipt == nil {
			t.Errorf("%s: no receipt", name)
			continue
		}
		want := types.ReceiptStatusSuccessful
		if failing[name] {
			want = types.ReceiptStatusFailed
		}
		if receipt.Status != want {
			t.Errorf("%s: status %d, want %d", name, receipt.Status, want)
		}
		kinds[tx.Type()] = true
	}
	for _, kind := range []uint8{types.LegacyTxType, types.AccessListTxType, types.DynamicFeeTxType, types.SetCodeTxType} {
		if !kinds[kind] {
			t.Errorf("no transaction of type %d", kind)
		}
	}
	if tc.txs["transfer-unprotected"].Protected() {
		t.Error("transfer-unprotected is replay-protected")
	}

	// Logs with indexed topics, from the store contract and the delegated
	// account alike.
	logsFrom := make(map[common.Address]int)
	for _, rs := range tc.receipts {
		for _, r := range rs {
			for _, l := range r.Logs {
				if len(l.Topics) >= 2 {
					logsFrom[l.Address]++
				}
			}
		}
	}
	for _, a := range []common.Address{tc.store, tc.forwarder, tc.delegator.addr} {
		if logsFrom[a] == 0 {
			t.Errorf("no indexed logs from %s", a)
		}
	}

	// State the cases query.
	head, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if code := head.GetCode(tc.delegator.addr); len(code) != 0 {
		t.Errorf("delegator code %x at head, want none (cleared in block %d)", code, clearBlock)
	}
	if target, ok := types.ParseDelegation(head.GetCode(tc.selfDelegator.addr)); !ok || target != tc.info {
		t.Errorf("self-delegator delegates to %s (%v), want info", target, ok)
	}
	parent := tc.blocks[clearBlock-2].Header()
	before, err := chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		t.Fatal(err)
	}
	if target, ok := types.ParseDelegation(before.GetCode(tc.delegator.addr)); !ok || target != tc.store {
		t.Errorf("delegator delegates to %s (%v) before block %d, want store", target, ok, clearBlock)
	}
	if got := head.GetState(tc.store, common.BigToHash(big.NewInt(1))); got != common.BigToHash(big.NewInt(chainLength)) {
		t.Errorf("store slot 1 = %x, want %d", got, chainLength)
	}
	if len(head.GetCode(tc.failedCreate)) != 0 {
		t.Error("failed deployment left code")
	}
}

// TestGenerateIsDeterministic guards the checked-in fixtures: two runs give
// the same chain.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if a.blocks[len(a.blocks)-1].Hash() != b.blocks[len(b.blocks)-1].Hash() {
		t.Fatal("two runs generated different chains")
	}
}

// TestCheckedInTestdataCurrent fails when the generator changed but
// testdata was not regenerated (`make rpc-fixtures`).
func TestCheckedInTestdataCurrent(t *testing.T) {
	out := t.TempDir()
	if err := run(out); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"chain/genesis.json", "chain/chain.rlp", "requests.json"} {
		want, err := os.ReadFile(filepath.Join(out, file))
		if err != nil {
			t.Fatal(err)
		}
		have, err := os.ReadFile(filepath.Join("..", "..", "testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, have) {
			t.Errorf("testdata/%s is stale: run `make rpc-fixtures`", file)
		}
	}
}
