package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// cluster is a network of in-process nodes talking devp2p over loopback.
type cluster struct {
	t     *testing.T
	gen   *genesis.Genesis
	keys  []*ecdsa.PrivateKey // validator keys; nodes beyond are followers
	dirs  []string
	nodes []*Node
}

func newCluster(t *testing.T, validators, followers int) *cluster {
	c := &cluster{t: t}
	var addrs []common.Address
	for i := 0; i < validators; i++ {
		key, _ := crypto.GenerateKey()
		c.keys = append(c.keys, key)
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	accounts, _ := genesis.DevAccounts(1)
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4242,
		Validators: addrs,
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2},
		FeeProfile: genesis.FeesFree,
		Alloc:      types.GenesisAlloc{accounts[0].Address: {Balance: big.NewInt(params.Ether)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	c.gen = g
	for i := 0; i < validators+followers; i++ {
		c.dirs = append(c.dirs, t.TempDir())
		c.nodes = append(c.nodes, nil)
		c.start(i)
	}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	return c
}

// start (re)starts node i and connects it to every running node.
func (c *cluster) start(i int) {
	cfg := Config{DataDir: c.dirs[i], Genesis: c.gen, P2PListenAddr: "127.0.0.1:0", MaxPeers: 10}
	if i < len(c.keys) {
		cfg.Key = qbft.KeyFromECDSA(c.keys[i])
	}
	n, err := New(cfg)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		c.t.Fatal(err)
	}
	c.nodes[i] = n
	for j, other := range c.nodes {
		if j != i && other != nil {
			n.stack.Server().AddPeer(other.stack.Server().Self())
		}
	}
}

func (c *cluster) stop(i int) {
	c.nodes[i].Close()
	c.nodes[i] = nil
}

// waitAll waits until every running node's head is at least number.
func (c *cluster) waitAll(number uint64) {
	c.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for _, n := range c.nodes {
		if n == nil {
			continue
		}
		for n.Chain().CurrentBlock().Number.Uint64() < number {
			if time.Now().After(deadline) {
				c.t.Fatalf("node stuck at %d waiting for %d", n.Chain().CurrentBlock().Number, number)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// checkAgreement asserts all running nodes have identical blocks up to number.
func (c *cluster) checkAgreement(number uint64) {
	c.t.Helper()
	var ref *Node
	for _, n := range c.nodes {
		if n == nil {
			continue
		}
		if ref == nil {
			ref = n
			continue
		}
		for num := uint64(1); num <= number; num++ {
			if a, b := ref.Chain().GetCanonicalHash(num), n.Chain().GetCanonicalHash(num); a != b {
				c.t.Fatalf("nodes disagree at block %d: %x vs %x", num, a, b)
			}
		}
	}
}

func TestFourValidatorNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts five nodes")
	}
	c := newCluster(t, 4, 1) // four validators and one follower
	c.waitAll(3)
	c.checkAgreement(3)

	// A transaction sent to the follower reaches the proposers and is committed everywhere.
	txs := sendTransfers(t, c.nodes[4], 2, new(big.Int))
	for _, n := range c.nodes {
		waitForReceipts(t, n, txs)
	}

	// Proposers rotate: blocks come from more than one validator.
	head := c.nodes[0].Chain().CurrentBlock().Number.Uint64()
	authors := map[common.Address]bool{}
	for num := uint64(1); num <= head; num++ {
		authors[c.nodes[0].Chain().GetHeaderByNumber(num).Coinbase] = true
	}
	if len(authors) < 2 {
		t.Errorf("only %d proposer(s) in %d blocks", len(authors), head)
	}

	// One validator down (f = 1): the other three keep committing.
	c.stop(3)
	c.waitAll(head + 3)
	// It comes back and catches up from its peers.
	c.start(3)
	target := c.nodes[0].Chain().CurrentBlock().Number.Uint64() + 1
	c.waitAll(target)
	c.checkAgreement(target)
	for _, n := range c.nodes {
		if f := n.finalHeader(); f == nil || f.Number.Uint64() < target-1 {
			t.Errorf("finalized block %v lags", f)
		}
	}
}

func TestValidatorDroppedByVote(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four nodes")
	}
	c := newCluster(t, 4, 0)
	c.waitAll(1)
	drop := crypto.PubkeyToAddress(c.keys[3].PublicKey)
	for i := 0; i < 3; i++ {
		api := &qbftAPI{n: c.nodes[i]}
		if ok, err := api.ProposeValidatorVote(drop, false); !ok || err != nil {
			t.Fatalf("vote on node %d: %v", i, err)
		}
		if v := api.GetPendingVotes(); len(v) != 1 || v[drop] {
			t.Fatalf("pending votes on node %d: %+v", i, v)
		}
	}
	// Wait until a head lists three validators.
	deadline := time.Now().Add(60 * time.Second)
	for {
		vals, err := qbft.ValidatorsOf(c.nodes[0].Chain().CurrentBlock())
		if err != nil {
			t.Fatal(err)
		}
		if len(vals) == 3 {
			for _, v := range vals {
				if v == drop {
					t.Fatalf("dropped validator still listed: %v", vals)
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("vote never passed; validators %v", vals)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Without the dropped validator the other three keep committing.
	c.stop(3)
	head := c.nodes[0].Chain().CurrentBlock().Number.Uint64()
	c.waitAll(head + 3)
	c.checkAgreement(head + 3)

	// Health: the three remaining validators are seen online, and every
	// committed block is attributed to a proposer.
	api := &qbftAPI{n: c.nodes[0]}
	st, err := api.Status()
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Validators) != 3 || len(st.ValidatorsOnline) != 3 || st.Quorum != 2 || st.Peers < 2 || st.MessagesIn == 0 || st.MessagesOut == 0 {
		t.Fatalf("status %+v", st)
	}
	if st.Validator == nil || *st.Validator != crypto.PubkeyToAddress(c.keys[0].PublicKey) {
		t.Fatalf("status validator %v", st.Validator)
	}
	last := rpc.BlockNumber(st.Head)
	first := rpc.BlockNumber(1)
	metrics, err := api.GetSignerMetrics(context.Background(), &first, &last)
	if err != nil {
		t.Fatal(err)
	}
	var proposed uint64
	for _, m := range metrics {
		proposed += uint64(m.ProposedBlockCount)
	}
	if proposed != uint64(st.Head) {
		t.Fatalf("signer metrics count %d proposals, want %d: %+v", proposed, st.Head, metrics)
	}
	if ok := api.DiscardValidatorVote(drop); !ok || len(api.GetPendingVotes()) != 0 {
		t.Fatal("discarding the vote failed")
	}
}

// TestGossipLineTopology connects four validators in a line (0–1–2–3): no
// validator hears the others' messages directly, yet consensus messages are
// passed on hop by hop and every node commits the same blocks.
func TestGossipLineTopology(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four nodes")
	}
	c := &cluster{t: t}
	var addrs []common.Address
	for range 4 {
		key, _ := crypto.GenerateKey()
		c.keys = append(c.keys, key)
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4247,
		Validators: addrs,
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2},
		FeeProfile: genesis.FeesFree,
	})
	if err != nil {
		t.Fatal(err)
	}
	c.gen = g
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	for i := range c.keys {
		n, err := New(Config{DataDir: t.TempDir(), Genesis: g, Key: qbft.KeyFromECDSA(c.keys[i]), P2PListenAddr: "127.0.0.1:0", MaxPeers: 10})
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Run(); err != nil {
			t.Fatal(err)
		}
		c.nodes = append(c.nodes, n)
		if i > 0 {
			n.stack.Server().AddPeer(c.nodes[i-1].stack.Server().Self())
		}
	}
	c.waitAll(4)
	c.checkAgreement(4)
	for i, n := range c.nodes {
		want := 2
		if i == 0 || i == 3 {
			want = 1
		}
		if got := n.stack.Server().PeerCount(); got != want {
			t.Fatalf("node %d has %d peers, want %d (a line)", i, got, want)
		}
	}
}
