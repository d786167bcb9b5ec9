package ethsync

import (
	"bytes"
	"crypto/ecdsa"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/protocols/eth"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
)

// signedTx is a zero-priced transfer from key with data bytes of payload.
func signedTx(t *testing.T, n *testNode, key *ecdsa.PrivateKey, nonce uint64, data int) *types.Transaction {
	t.Helper()
	gas := uint64(21000)
	if data > 0 {
		gas = 400_000 // covers calldata (and its EIP-7623 floor)
	}
	tx, err := types.SignNewTx(key, types.LatestSigner(n.chain.Config()), &types.LegacyTx{
		Nonce: nonce, To: &recipient, Value: common.Big1, Gas: gas, GasPrice: common.Big0,
		Data: bytes.Repeat([]byte{0x5a}, data),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestTransactionRelay: transactions entering one node's pool reach the
// other's, both ways — small ones sent whole, large ones announced and
// fetched by the transaction fetcher, and those pending before the peers
// met announced when they connect.
func TestTransactionRelay(t *testing.T) {
	spec := testGenesis(t, testChainID)
	a := newTestNode(t, spec, testChainID, nil)
	b := newTestNode(t, spec, testChainID, nil)
	a.start(t)
	b.start(t)

	early := signedTx(t, a, senderKeys[2], 0, 0)
	if errs := a.pool.Add([]*types.Transaction{early}, true); errs[0] != nil {
		t.Fatal(errs[0])
	}
	b.connect(t, a)
	waitFor(t, 10*time.Second, "the transaction pending before connecting", func() bool { return b.pool.Has(early.Hash()) })

	tests := []struct {
		name     string
		from, to *testNode
		key      *ecdsa.PrivateKey
		nonce    uint64
		data     int
	}{
		{"small, A to B", a, b, senderKeys[0], 0, 0},
		{"large (announced only), A to B", a, b, senderKeys[0], 1, 2 * txMaxBroadcastSize},
		{"small, B to A", b, a, senderKeys[1], 0, 0},
		{"large (announced only), B to A", b, a, senderKeys[1], 1, 2 * txMaxBroadcastSize},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := signedTx(t, tt.from, tt.key, tt.nonce, tt.data)
			if large := tx.Size() > txMaxBroadcastSize; large != (tt.data > 0) {
				t.Fatalf("transaction of %d bytes: large = %v", tx.Size(), large)
			}
			if errs := tt.from.pool.Add([]*types.Transaction{tx}, true); errs[0] != nil {
				t.Fatal(errs[0])
			}
			waitFor(t, 10*time.Second, "the transaction at the other node", func() bool { return tt.to.pool.Has(tx.Hash()) })
			got := tt.to.pool.Get(tx.Hash())
			if got == nil || !bytes.Equal(got.Data(), tx.Data()) {
				t.Fatal("relayed transaction differs")
			}
		})
	}
}

// TestTransactionsRefusedWhileSyncing: a node below its sync target drops
// transactions peers send (go-ethereum's protocol consults AcceptTxs).
func TestTransactionsRefusedWhileSyncing(t *testing.T) {
	// A holds blocks 1..41; B's target is block 42, which carries a
	// transaction, so its body must come from a peer (empty bodies need not).
	const held = 41
	spec, gen := testCertifiedChain(t)
	if gen.Blocks[held].Transactions().Len() == 0 {
		t.Fatal("target block carries no transaction")
	}
	a := newTestNode(t, spec, testChainID, gen.Blocks[:held])
	b := newTestNode(t, spec, testChainID, nil)
	a.start(t)
	b.start(t)
	b.connect(t, a)
	// B catches up on A's blocks but no peer has the target's body, so it
	// stays below the target.
	if err := b.handler.SyncTo(gen.Blocks[held].Header()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "B to import A's blocks", func() bool {
		return b.chain.CurrentBlock().Number.Uint64() == held
	})
	if !b.handler.Syncing() || a.handler.PeerCount() != 1 {
		t.Fatalf("B syncing %v at %d, A's peers %d", b.handler.Syncing(), b.chain.CurrentBlock().Number, a.handler.PeerCount())
	}

	refused := signedTx(t, a, senderKeys[1], 0, 0)
	if errs := a.pool.Add([]*types.Transaction{refused}, true); errs[0] != nil {
		t.Fatal(errs[0])
	}
	// A sent it (it marks a transaction known to a peer once sent); B had
	// ample time to take it.
	waitFor(t, 10*time.Second, "A to send the transaction", func() bool {
		peers := a.handler.peers.all()
		return len(peers) == 1 && peers[0].KnownTransaction(refused.Hash())
	})
	time.Sleep(500 * time.Millisecond)
	if b.pool.Has(refused.Hash()) {
		t.Fatal("transaction accepted while syncing")
	}
	// And B still relays its own transactions to A.
	own := signedTx(t, b, senderKeys[2], 0, 0)
	if errs := b.pool.Add([]*types.Transaction{own}, true); errs[0] != nil {
		t.Fatal(errs[0])
	}
	waitFor(t, 10*time.Second, "B's transaction at A", func() bool { return a.pool.Has(own.Hash()) })
}

// TestHandshakeRefusesOtherNetworks: peers on another genesis or network id
// are dropped at the eth handshake; the control case connects.
func TestHandshakeRefusesOtherNetworks(t *testing.T) {
	spec := testGenesis(t, testChainID)
	other := testGenesis(t, testChainID)
	other.Core.Timestamp++ // same settings, another genesis block
	if spec.Core.ToBlock().Hash() == other.Core.ToBlock().Hash() {
		t.Fatal("test genesis blocks do not differ")
	}
	tests := []struct {
		name      string
		genesis   *genesis.Genesis // of node B; node A runs spec
		networkID uint64           // of node B
		wantPeers bool
	}{
		{"same network", spec, testChainID, true},
		{"other genesis, same network id", other, testChainID, false},
		{"same genesis, other network id", spec, testChainID + 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newTestNode(t, spec, testChainID, nil)
			b := newTestNode(t, tt.genesis, tt.networkID, nil)
			a.start(t)
			b.start(t)
			events := make(chan *p2p.PeerEvent, 16)
			sub := b.server.SubscribeEvents(events)
			defer sub.Unsubscribe()

			if tt.wantPeers {
				b.connect(t, a)
				return
			}
			b.server.AddPeer(a.server.Self())
			timeout := time.After(10 * time.Second)
			for dropped := false; !dropped; {
				select {
				case ev := <-events:
					dropped = ev.Type == p2p.PeerEventTypeDrop
				case <-timeout:
					t.Fatal("peer on another network was not dropped")
				}
			}
			if a.handler.PeerCount() != 0 || b.handler.PeerCount() != 0 {
				t.Fatalf("eth peers %d and %d after a refused handshake", a.handler.PeerCount(), b.handler.PeerCount())
			}
		})
	}
}

// TestBroadcastSplit: with nine peers, a small transaction goes whole to
// three (ceil(sqrt(9))) and is announced to the other six; a large one is
// announced to all; a peer known to have a transaction gets nothing.
func TestBroadcastSplit(t *testing.T) {
	const peers = 9
	spec := testGenesis(t, testChainID)
	n := newTestNode(t, spec, testChainID, nil) // not started: no broadcast loop

	type seen struct{ whole, announced int }
	var (
		mu       sync.Mutex
		received = make(map[int]*seen)
		ethPeers = make([]*eth.Peer, peers)
	)
	for i := range ethPeers {
		ours, theirs := p2p.MsgPipe()
		p := eth.NewPeer(eth.ETH69, p2p.NewPeer(enode.ID{byte(i + 1)}, "test", nil), ours, n.pool, noBlobs{}, n.chain.Config())
		ethPeers[i] = p
		received[i] = new(seen)
		if err := n.handler.peers.register(p); err != nil {
			t.Fatal(err)
		}
		go func() {
			for {
				msg, err := theirs.ReadMsg()
				if err != nil {
					return
				}
				mu.Lock()
				switch msg.Code {
				case eth.TransactionsMsg:
					received[i].whole++
				case eth.NewPooledTransactionHashesMsg:
					received[i].announced++
				}
				mu.Unlock()
				msg.Discard()
			}
		}()
		t.Cleanup(func() { p.Close(); ours.Close() })
	}
	snapshot := func() map[int]seen {
		mu.Lock()
		defer mu.Unlock()
		out := make(map[int]seen, len(received))
		for i, s := range received {
			out[i] = *s
		}
		return out
	}
	// since returns what each peer received after before, and the totals.
	since := func(before map[int]seen) (perPeer map[int]seen, whole, announced int) {
		perPeer = make(map[int]seen)
		for i, s := range snapshot() {
			d := seen{s.whole - before[i].whole, s.announced - before[i].announced}
			perPeer[i] = d
			whole += d.whole
			announced += d.announced
		}
		return perPeer, whole, announced
	}

	tests := []struct {
		name             string
		data             int
		known            int // peers marked as having the transaction
		whole, announced int
	}{
		{"small", 0, 0, 3, 6},
		{"large", 2 * txMaxBroadcastSize, 0, 0, 9},
		{"small, known to all", 0, peers, 0, 0},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := signedTx(t, n, senderKeys[i], 0, tt.data)
			if errs := n.pool.Add([]*types.Transaction{tx}, true); errs[0] != nil {
				t.Fatal(errs[0])
			}
			for _, p := range ethPeers[:tt.known] {
				p.MarkTransaction(tx.Hash())
			}
			before := snapshot()
			n.handler.BroadcastTransactions(types.Transactions{tx})
			if tt.whole+tt.announced == 0 {
				time.Sleep(200 * time.Millisecond) // nothing must arrive
			} else {
				waitFor(t, 5*time.Second, "the broadcast", func() bool {
					_, w, a := since(before)
					return w+a >= tt.whole+tt.announced
				})
			}
			perPeer, whole, announced := since(before)
			if whole != tt.whole || announced != tt.announced {
				t.Fatalf("sent whole to %d peers and announced to %d, want %d and %d", whole, announced, tt.whole, tt.announced)
			}
			for k, s := range perPeer {
				if s.whole+s.announced > 1 {
					t.Fatalf("peer %d got the transaction %d times", k, s.whole+s.announced)
				}
			}
		})
	}
}

// TestAllowPeer: a handler whose AllowPeer refuses a peer never completes
// the eth handshake with it, and one it allows connects normally.
func TestAllowPeer(t *testing.T) {
	spec := testGenesis(t, testChainID)
	var allowed sync.Map // enode.ID → true
	a := newTestNodeWith(t, spec, testChainID, nil, func(c *Config) {
		c.AllowPeer = func(id enode.ID) bool { _, ok := allowed.Load(id); return ok }
	})
	b := newTestNode(t, spec, testChainID, nil)
	c := newTestNode(t, spec, testChainID, nil)
	a.start(t)
	b.start(t)
	c.start(t)

	b.server.AddPeer(a.server.Self())
	time.Sleep(time.Second) // the dial and the refusal take milliseconds on loopback
	if a.handler.PeerCount() != 0 || b.handler.PeerCount() != 0 {
		t.Fatalf("refused peer got through: a has %d eth peers, b %d", a.handler.PeerCount(), b.handler.PeerCount())
	}
	allowed.Store(c.server.Self().ID(), true)
	c.connect(t, a)
}
