package ethsync

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/downloader"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestSyncToCertifiedHead: node B, at genesis, catches up on node A's
// certified chain of 500 blocks over devp2p, executing every block, and
// reports every inserted block so their parent certificates can be stored.
func TestSyncToCertifiedHead(t *testing.T) {
	spec, gen := testCertifiedChain(t)
	a := newTestNode(t, spec, testChainID, gen.Blocks)
	b := newTestNode(t, spec, testChainID, nil)
	a.start(t)
	b.start(t)
	b.connect(t, a)

	head := gen.Head().Header()
	if err := b.handler.SyncTo(head); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	waitFor(t, 30*time.Second, "B to reach A's head", func() bool {
		return b.chain.CurrentBlock().Hash() == head.Hash()
	})
	t.Logf("synced %d blocks in %v", testChainLength, time.Since(start).Round(time.Millisecond))

	for i, want := range gen.Blocks {
		num := uint64(i + 1)
		got := b.chain.GetBlockByNumber(num)
		if got == nil || got.Hash() != want.Hash() {
			t.Fatalf("block %d: have %v, want %x", num, got, want.Hash())
		}
		if len(want.Transactions()) > 0 && len(b.chain.GetReceiptsByHash(want.Hash())) != len(want.Transactions()) {
			t.Fatalf("block %d: receipts missing", num)
		}
	}
	state, err := b.chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if have, want := state.GetBalance(recipient).ToBig(), expectedRecipientBalance(testChainLength); have.Cmp(want) != 0 {
		t.Fatalf("recipient balance after sync %v, want %v (blocks not executed?)", have, want)
	}
	if b.handler.Syncing() {
		t.Fatal("still syncing at the target")
	}
	if p := b.handler.Progress(); p.CurrentBlock != testChainLength || p.HighestBlock != testChainLength {
		t.Fatalf("progress %+v, want current = highest = %d", p, testChainLength)
	}

	// Every block was reported, once, in order; together they carry the
	// certificates of blocks 1..499, the ones the generator signed.
	inserted := b.insertedBlocks()
	if len(inserted) != testChainLength {
		t.Fatalf("OnInserted reported %d blocks, want %d", len(inserted), testChainLength)
	}
	headers := make([]*types.Header, len(inserted))
	for i, blk := range inserted {
		if blk.Hash() != gen.Blocks[i].Hash() {
			t.Fatalf("reported block %d is %d (%x)", i, blk.NumberU64(), blk.Hash())
		}
		headers[i] = blk.Header()
	}
	certs, err := ParentCertificates(headers)
	if err != nil {
		t.Fatal(err)
	}
	if len(certs) != testChainLength-1 {
		t.Fatalf("%d parent certificates, want %d", len(certs), testChainLength-1)
	}
	for i, c := range certs {
		num := uint64(i + 1)
		if c.Number != num || c.Hash != gen.Blocks[i].Hash() {
			t.Fatalf("certificate %d is for block %d (%x)", i, c.Number, c.Hash)
		}
		if !bytes.Equal(qbft.EncodeCommit(c.Cert), qbft.EncodeCommit(gen.CertificateOf(num))) {
			t.Fatalf("certificate of block %d differs from the generated one", num)
		}
	}
}

// TestSyncRefusesUncertifiedBlock: a peer serves a chain whose last block
// carries a parent certificate without a quorum of seals. The downloader
// inserts everything below it and the engine refuses that block.
func TestSyncRefusesUncertifiedBlock(t *testing.T) {
	const good = 40 // blocks served honestly; block good+1 is forged
	spec, gen := testCertifiedChain(t)
	a := newTestNode(t, spec, testChainID, gen.Blocks[:good])

	// Forge block good+1: same contents, but its certificate of block good
	// keeps one seal of the three a quorum of four needs.
	honest := gen.Blocks[good]
	extra, err := qbft.DecodeExtra(honest.Extra())
	if err != nil {
		t.Fatal(err)
	}
	extra.ParentCommit = &qbft.CommitCertificate{Round: extra.ParentCommit.Round, Seals: extra.ParentCommit.Seals[:1]}
	forgedHeader := honest.Header()
	forgedHeader.Extra = extra.Encode()
	forgedHeader.MixDigest = qbft.MixDigest(gen.Blocks[good-1].MixDigest(), extra.ParentCommit)
	forged := types.NewBlockWithHeader(forgedHeader).WithBody(*honest.Body())
	rawdb.WriteBody(a.db, forged.Hash(), forged.NumberU64(), forged.Body()) // A serves its body

	b := newTestNode(t, spec, testChainID, nil)
	events := make(chan downloader.SyncEvent, 16)
	sub := b.handler.downloader.SubscribeSyncEvents(events)
	defer sub.Unsubscribe()
	a.start(t)
	b.start(t)
	b.connect(t, a)

	if err := b.handler.SyncTo(forged.Header()); err != nil {
		t.Fatal(err)
	}
	timeout := time.After(30 * time.Second)
	for failed := false; !failed; {
		select {
		case ev := <-events:
			switch ev.Type {
			case downloader.SyncCompleted:
				t.Fatal("sync to a block without a valid parent certificate completed")
			case downloader.SyncFailed:
				if ev.Err == nil || !strings.Contains(ev.Err.Error(), qbft.ErrInsufficientSeals.Error()) {
					t.Fatalf("sync failed with %v, want %v", ev.Err, qbft.ErrInsufficientSeals)
				}
				failed = true
			}
		case <-timeout:
			t.Fatalf("no sync failure; head at %d", b.chain.CurrentBlock().Number)
		}
	}
	if head := b.chain.CurrentBlock(); head.Hash() != gen.Blocks[good-1].Hash() {
		t.Fatalf("head %d (%x), want the last honest block %d", head.Number, head.Hash(), good)
	}
	if b.chain.HasBlock(forged.Hash(), forged.NumberU64()) {
		t.Fatal("forged block stored")
	}
	if n := len(b.insertedBlocks()); n != good {
		t.Fatalf("OnInserted reported %d blocks, want %d", n, good)
	}
	if !b.handler.Syncing() {
		t.Fatal("not syncing while below the target")
	}
}

// TestSyncToTargets covers what SyncTo does before any download.
func TestSyncToTargets(t *testing.T) {
	spec, gen := testCertifiedChain(t)
	n := newTestNode(t, spec, testChainID, gen.Blocks[:10])
	n.start(t)

	if err := n.handler.SyncTo(nil); !errors.Is(err, ErrNilTarget) {
		t.Fatalf("SyncTo(nil): %v, want %v", err, ErrNilTarget)
	}
	// At or below the head: nothing to do, transactions still accepted.
	for _, num := range []int{0, 5, 10} {
		header := gen.Genesis.Header()
		if num > 0 {
			header = gen.Blocks[num-1].Header()
		}
		if err := n.handler.SyncTo(header); err != nil {
			t.Fatalf("SyncTo(block %d): %v", num, err)
		}
		if n.handler.Syncing() {
			t.Fatalf("syncing after SyncTo(block %d) at head 10", num)
		}
	}
	// Above the head with no peer: the target holds, transactions are
	// refused, a lower target does not lower it.
	if err := n.handler.SyncTo(gen.Blocks[29].Header()); err != nil {
		t.Fatal(err)
	}
	if err := n.handler.SyncTo(gen.Blocks[19].Header()); err != nil {
		t.Fatal(err)
	}
	if !n.handler.Syncing() || (*ethBackend)(n.handler).AcceptTxs() {
		t.Fatal("transactions accepted below the sync target")
	}
	if p := n.handler.Progress(); p.CurrentBlock != 10 || p.HighestBlock != 30 {
		t.Fatalf("progress %+v, want current 10, highest 30", p)
	}
	n.handler.Stop()
	if err := n.handler.SyncTo(gen.Blocks[30].Header()); !errors.Is(err, ErrStopped) {
		t.Fatalf("SyncTo after Stop: %v, want %v", err, ErrStopped)
	}
}

func TestNewRequiresParts(t *testing.T) {
	spec, _ := testCertifiedChain(t)
	n := newTestNode(t, spec, testChainID, nil)
	tests := []struct {
		name string
		cfg  Config
		want error
	}{
		{"no chain", Config{TxPool: n.pool, Database: n.db}, ErrNoChain},
		{"no pool", Config{Chain: n.chain, Database: n.db}, ErrNoTxPool},
		{"no database", Config{Chain: n.chain, TxPool: n.pool}, ErrNoDatabase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); !errors.Is(err, tt.want) {
				t.Fatalf("New: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParentCertificates(t *testing.T) {
	_, gen := testCertifiedChain(t)
	noCommit, err := qbft.DecodeExtra(gen.Blocks[5].Extra())
	if err != nil {
		t.Fatal(err)
	}
	noCommit.ParentCommit = nil
	withoutCert := gen.Blocks[5].Header()
	withoutCert.Extra = noCommit.Encode()
	garbled := gen.Blocks[5].Header()
	garbled.Extra = []byte{0x01, 0x02}

	tests := []struct {
		name    string
		headers []*types.Header
		want    []uint64 // certified parents
		wantErr error
	}{
		{"empty", nil, nil, nil},
		{"block 1 carries none", []*types.Header{gen.Blocks[0].Header()}, nil, nil},
		{"blocks 1 to 4", []*types.Header{gen.Blocks[0].Header(), gen.Blocks[1].Header(), gen.Blocks[2].Header(), gen.Blocks[3].Header()}, []uint64{1, 2, 3}, nil},
		{"out of order kept", []*types.Header{gen.Blocks[9].Header(), gen.Blocks[4].Header()}, []uint64{9, 4}, nil},
		{"missing certificate", []*types.Header{gen.Blocks[1].Header(), withoutCert}, nil, ErrNoParentCertificate},
		{"undecodable extra", []*types.Header{garbled}, nil, errors.New("qbft extraData")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			certs, err := ParentCertificates(tt.headers)
			switch {
			case tt.wantErr != nil && err == nil:
				t.Fatalf("no error, want %v", tt.wantErr)
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) && !strings.Contains(err.Error(), tt.wantErr.Error()) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			if len(certs) != len(tt.want) {
				t.Fatalf("%d certificates, want %d", len(certs), len(tt.want))
			}
			for i, num := range tt.want {
				c := certs[i]
				if c.Number != num || c.Hash != gen.Blocks[num-1].Hash() {
					t.Fatalf("certificate %d for block %d (%x), want %d", i, c.Number, c.Hash, num)
				}
				if !bytes.Equal(qbft.EncodeCommit(c.Cert), qbft.EncodeCommit(gen.CertificateOf(num))) {
					t.Fatalf("certificate of block %d differs from the generated one", num)
				}
			}
		})
	}
}
