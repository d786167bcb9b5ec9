package node

import (
	"crypto/ecdsa"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// syncChainLength is how many certified blocks the joining node catches up on.
const syncChainLength = 5000

// TestFollowerSyncsCertifiedChain: four validators hold a certified chain of
// 5,000 blocks (generated deterministically from a genesis dated in the
// past, since live production makes one block per second) and keep
// producing on it; a fifth node joins from genesis, catches up with
// go-ethereum's downloader over the eth protocol — every header's
// parentCommit verified — and then follows the live chain with the same
// finality.
func TestFollowerSyncsCertifiedChain(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and syncs 5,000 blocks")
	}
	keys := make([]*ecdsa.PrivateKey, 4)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("sync-test-validator-%d", i))))
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	// Dated so that block 5,000 is a minute old: live blocks follow at once.
	start := uint64(time.Now().Unix()) - syncChainLength - 60
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4244,
		Validators: addrs,
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2},
		FeeProfile: genesis.FeesFree,
		Timestamp:  start,
	})
	if err != nil {
		t.Fatal(err)
	}
	generated, err := qbftgen.Generate(g, keys, syncChainLength, qbftgen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	export := filepath.Join(t.TempDir(), "chain.rlp")
	if err := qbftgen.WriteExport(export, generated.Blocks, generated.Certificate); err != nil {
		t.Fatal(err)
	}

	c := &cluster{t: t, gen: g, keys: keys}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	for i := range keys {
		dir := t.TempDir()
		n, err := New(Config{DataDir: dir, Genesis: g})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := n.ImportBlocks(export, nil); err != nil {
			t.Fatalf("validator %d import: %v", i, err)
		}
		if f := n.finalHeader(); f == nil || f.Number.Uint64() != syncChainLength {
			t.Fatalf("validator %d: imported chain not final at %d", i, syncChainLength)
		}
		n.Close()
		c.dirs = append(c.dirs, dir)
		c.nodes = append(c.nodes, nil)
	}
	for i := range keys {
		c.start(i)
	}
	c.waitAll(syncChainLength + 2) // live production continues on the generated chain

	c.dirs = append(c.dirs, t.TempDir())
	c.nodes = append(c.nodes, nil)
	joined := time.Now()
	c.start(len(keys))
	follower := c.nodes[len(keys)]
	target := c.nodes[0].Chain().CurrentBlock().Number.Uint64()
	deadline := time.Now().Add(120 * time.Second)
	sawProgress := false
	for follower.Chain().CurrentBlock().Number.Uint64() < target {
		if time.Now().After(deadline) {
			t.Fatalf("follower stuck at %d of %d", follower.Chain().CurrentBlock().Number, target)
		}
		if p, syncing := (rpcBackend{follower}).SyncProgress(); syncing && p.HighestBlock >= syncChainLength {
			sawProgress = true // what eth_syncing reports
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !sawProgress {
		t.Error("eth_syncing never reported the catch-up")
	}
	t.Logf("follower caught up on %d blocks in %v", target, time.Since(joined).Round(time.Millisecond))
	c.waitAll(target + 3) // and follows live blocks
	c.checkAgreement(target + 3)
	if f := follower.finalHeader(); f == nil || f.Number.Uint64() < target+3 {
		t.Fatalf("follower's finalized block %v, want ≥ %d", f, target+3)
	}
	for num := uint64(1); num <= target+3; num += 997 {
		hash := follower.Chain().GetCanonicalHash(num)
		if num <= syncChainLength && hash != generated.Blocks[num-1].Hash() {
			t.Fatalf("block %d differs from the generated chain", num)
		}
	}
}
