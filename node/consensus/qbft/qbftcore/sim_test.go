package qbftcore

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// This file holds a simulated network: n cores with real keys, each behind a
// fake node that builds and validates blocks without executing them, a
// message queue the test delivers, drops, duplicates and reorders, and a fake
// clock that only moves when a timer is fired.

var (
	testChainID = big.NewInt(1337)
	testGenesis = common.HexToHash("0x6a656e65736973")
	simStart    = time.Unix(1_000_000, 0)
)

const (
	simPeriod  = time.Second
	simTimeout = 2 * time.Second
)

// testKeys returns n deterministic keys sorted by address.
func testKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		var seed [8]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i+1))
		k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	return keys
}

func addresses(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

func genesisHeader() *types.Header {
	return &types.Header{Number: big.NewInt(0), Time: uint64(simStart.Unix()), Difficulty: new(big.Int), GasLimit: 30_000_000, Extra: []byte("genesis")}
}

// buildBlock makes a block on parent the way a node's miner would (without
// transactions); salt makes every build distinct and bad marks a block the
// fake nodes reject.
func buildBlock(parent *types.Header, coinbase common.Address, at time.Time, salt uint64, bad bool) *types.Block {
	extra := []byte("good")
	if bad {
		extra = []byte("bad")
	}
	var mix common.Hash
	binary.BigEndian.PutUint64(mix[24:], salt)
	h := &types.Header{
		ParentHash: parent.Hash(),
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		Coinbase:   coinbase,
		Time:       uint64(at.Unix()),
		Difficulty: new(big.Int),
		GasLimit:   parent.GasLimit,
		Extra:      extra,
		MixDigest:  mix,
	}
	return types.NewBlock(h, nil, nil, nil)
}

func testConfig(key *ecdsa.PrivateKey, now func() time.Time) Config {
	cfg := Config{
		ChainID:        testChainID,
		Genesis:        testGenesis,
		BlockPeriod:    func(uint64) time.Duration { return simPeriod },
		RequestTimeout: simTimeout,
		Now:            now,
	}
	if key != nil {
		cfg.Key = qbft.KeyFromECDSA(key)
	}
	return cfg
}

// verifyCertificate checks a commit certificate the way block N+1's verifier
// will: exactly Q seals of one round over the block hash, by distinct
// validators, sorted by signer address.
func verifyCertificate(block *types.Block, cert *qbft.CommitCertificate, validators []common.Address) error {
	if len(cert.Seals) != qbft.Quorum(len(validators)) {
		return fmt.Errorf("%d seals, want %d", len(cert.Seals), qbft.Quorum(len(validators)))
	}
	var prev common.Address
	for i, seal := range cert.Seals {
		signer, err := qbft.RecoverSigner(qbft.CommitSealHash(testChainID, block.Hash(), cert.Round), seal)
		if err != nil {
			return fmt.Errorf("seal %d: %w", i, err)
		}
		if !slices.Contains(validators, signer) {
			return fmt.Errorf("seal %d by non-validator %x", i, signer)
		}
		if i > 0 && bytes.Compare(prev[:], signer[:]) >= 0 {
			return fmt.Errorf("seal %d by %x not above %x: unsorted or duplicate", i, signer, prev)
		}
		prev = signer
	}
	return nil
}

type envelope struct {
	from, to int
	code     uint64
	payload  []byte
}

type simTimer struct {
	armed         bool
	at            time.Time
	height, round uint64
}

type simNode struct {
	idx     int
	key     *ecdsa.PrivateKey
	addr    common.Address
	core    *Core
	head    *types.Header
	crashed bool
	// Faults of this node's miner.
	silent    bool // never answers BuildBlock
	badBlocks bool // builds blocks every fake node rejects
	clockSkew time.Duration

	persisted  []*Message
	sent       []*Message
	blockTimer simTimer
	roundTimer simTimer
	builds     []BuildRequest
	commits    map[uint64]*Commit
}

type simNet struct {
	t          *testing.T
	nodes      []*simNode
	validators []common.Address
	now        time.Time
	queue      []envelope
	rng        *rand.Rand
	salt       uint64

	blocks map[uint64]*types.Block // the agreed block per height
	certs  map[uint64]*qbft.CommitCertificate
	votes  map[signKey]map[common.Address]common.Hash // every value each node signed
	steps  int
	// futureBlocks counts validations answered with consensus.ErrFutureBlock.
	futureBlocks int

	// filter, if set, decides whether an envelope is delivered (false drops it).
	filter func(e envelope, m *Message) bool
}

func newSimNet(t *testing.T, n int, seed int64) *simNet {
	keys := testKeys(n)
	net := &simNet{
		t:          t,
		validators: addresses(keys),
		now:        simStart,
		rng:        rand.New(rand.NewSource(seed)),
		blocks:     make(map[uint64]*types.Block),
		certs:      make(map[uint64]*qbft.CommitCertificate),
		votes:      make(map[signKey]map[common.Address]common.Hash),
	}
	for i, k := range keys {
		node := &simNode{idx: i, key: k, addr: crypto.PubkeyToAddress(k.PublicKey), head: genesisHeader(), commits: make(map[uint64]*Commit)}
		net.nodes = append(net.nodes, node)
		node.core = New(testConfig(k, net.clock(node)))
	}
	for _, node := range net.nodes {
		node.core.NewHeight(node.head, net.validators)
		net.drain(node)
	}
	return net
}

func (net *simNet) clock(node *simNode) func() time.Time {
	return func() time.Time { return net.now.Add(node.clockSkew) }
}

// restart replaces a node's core by a fresh one that restores what the node
// persisted, as a node does after a crash.
func (net *simNet) restart(node *simNode) {
	node.crashed = false
	node.blockTimer, node.roundTimer = simTimer{}, simTimer{}
	node.core = New(testConfig(node.key, net.clock(node)))
	node.core.Restore(node.persisted)
	node.core.NewHeight(node.head, net.validators)
	net.drain(node)
}

// drain carries out everything a node's core asks for, until it asks for nothing.
func (net *simNet) drain(node *simNode) {
	for {
		rd := node.core.Ready()
		if rd.Empty() {
			return
		}
		node.persisted = append(node.persisted, rd.Persist...)
		for _, m := range rd.Broadcast {
			node.sent = append(node.sent, m)
			net.recordVote(node, m)
			code, payload := m.Encode()
			for _, to := range net.nodes {
				if to != node {
					net.queue = append(net.queue, envelope{from: node.idx, to: to.idx, code: code, payload: payload})
				}
			}
		}
		if t := rd.BlockTimer; t != nil {
			node.blockTimer = simTimer{armed: true, at: t.At, height: t.Height}
		}
		if t := rd.RoundTimer; t != nil {
			node.roundTimer = simTimer{armed: true, at: net.now.Add(t.After), height: t.Height, round: t.Round}
		}
		for _, b := range rd.Validate {
			node.core.BlockValidated(b.Hash(), net.validate(node, b))
		}
		if req := rd.BuildBlock; req != nil {
			node.builds = append(node.builds, *req)
			if !node.silent {
				net.salt++
				b := buildBlock(node.head, node.addr, net.now.Add(node.clockSkew), net.salt, node.badBlocks)
				node.core.BlockBuilt(req.Height, req.Round, b)
			}
		}
		if c := rd.Committed; c != nil {
			net.commit(node, c)
		}
	}
}

// validate is the fake node's block execution: it rejects blocks marked bad
// and blocks from the future.
func (net *simNet) validate(node *simNode, b *types.Block) error {
	if string(b.Extra()) == "bad" {
		return fmt.Errorf("bad block %x", b.Hash())
	}
	if time.Unix(int64(b.Time()), 0).After(net.now.Add(node.clockSkew).Add(MaxClockSkew)) {
		net.futureBlocks++
		return consensus.ErrFutureBlock
	}
	return nil
}

// recordVote checks that no node ever signs two values for one (h, r, code).
func (net *simNet) recordVote(node *simNode, m *Message) {
	k := signKey{m.Height, m.Round, m.Code}
	if net.votes[k] == nil {
		net.votes[k] = make(map[common.Address]common.Hash)
	}
	d := m.digest()
	if m.Code == CodeRoundChange {
		d = common.BytesToHash(m.signedPayload())
	}
	if prev, ok := net.votes[k][node.addr]; ok && prev != d {
		net.t.Fatalf("node %d signed two values for %v: %x and %x", node.idx, k, prev, d)
	}
	net.votes[k][node.addr] = d
}

// commit checks agreement and validity, then makes the block head.
func (net *simNet) commit(node *simNode, c *Commit) {
	h := c.Block.NumberU64()
	if h != node.head.Number.Uint64()+1 {
		net.t.Fatalf("node %d committed height %d on head %d", node.idx, h, node.head.Number)
	}
	if err := verifyCertificate(c.Block, c.Certificate, net.validators); err != nil {
		net.t.Fatalf("node %d committed block %d with an invalid certificate: %v", node.idx, h, err)
	}
	if agreed, ok := net.blocks[h]; ok && agreed.Hash() != c.Block.Hash() {
		net.t.Fatalf("agreement violated at height %d: node %d committed %x, others %x", h, node.idx, c.Block.Hash(), agreed.Hash())
	}
	if string(c.Block.Extra()) == "bad" {
		net.t.Fatalf("node %d committed a bad block at height %d", node.idx, h)
	}
	if _, ok := net.blocks[h]; !ok {
		net.blocks[h], net.certs[h] = c.Block, c.Certificate
	}
	node.commits[h] = c
	net.setHead(node, c.Block.Header())
}

func (net *simNet) setHead(node *simNode, head *types.Header) {
	node.head = head
	node.persisted = slices.DeleteFunc(node.persisted, func(m *Message) bool { return m.Height <= head.Number.Uint64() })
	node.core.NewHeight(head, net.validators)
}

// syncTo imports the agreed blocks up to height into a lagging node, as the
// node's synchroniser does when it sees messages from a later height.
func (net *simNet) syncTo(node *simNode, height uint64) {
	for node.head.Number.Uint64() < height {
		b, ok := net.blocks[node.head.Number.Uint64()+1]
		if !ok {
			return
		}
		net.setHead(node, b.Header())
		net.drain(node)
	}
}

func (net *simNet) live() []*simNode {
	var out []*simNode
	for _, n := range net.nodes {
		if !n.crashed {
			out = append(out, n)
		}
	}
	return out
}

// deliver hands one envelope to its recipient.
func (net *simNet) deliver(e envelope) {
	to := net.nodes[e.to]
	if to.crashed || net.nodes[e.from].crashed {
		return
	}
	m, err := Decode(e.code, e.payload)
	if err != nil {
		net.t.Fatalf("decoding a message from node %d: %v", e.from, err)
	}
	if net.filter != nil && !net.filter(e, m) {
		return
	}
	if m.Height > to.head.Number.Uint64()+1 {
		net.syncTo(to, m.Height-1)
	}
	to.core.Step(m)
	net.drain(to)
}

// fireNextTimer advances the clock to the earliest armed timer of a live node
// and fires it. It returns false if no timer is armed.
func (net *simNet) fireNextTimer() bool {
	var (
		best  *simTimer
		owner *simNode
		block bool
	)
	for _, n := range net.live() {
		for _, t := range []*simTimer{&n.blockTimer, &n.roundTimer} {
			if t.armed && (best == nil || t.at.Before(best.at)) {
				best, owner, block = t, n, t == &n.blockTimer
			}
		}
	}
	if best == nil {
		return false
	}
	if best.at.After(net.now) {
		net.now = best.at
	}
	best.armed = false
	if block {
		owner.core.BlockTimerFired(best.height)
	} else {
		owner.core.RoundTimerFired(best.height, best.round)
	}
	net.drain(owner)
	return true
}

// step delivers the oldest message, or fires the next timer when none is queued.
func (net *simNet) step() bool {
	net.steps++
	if len(net.queue) > 0 {
		e := net.queue[0]
		net.queue = net.queue[1:]
		net.deliver(e)
		return true
	}
	return net.fireNextTimer()
}

// chaosStep delivers a random message (reordering), dropping or duplicating
// it with the given probabilities, or fires a timer.
func (net *simNet) chaosStep(drop, dup float64) {
	net.steps++
	if len(net.queue) == 0 || net.rng.Float64() < 0.02 {
		net.fireNextTimer()
		return
	}
	i := net.rng.Intn(len(net.queue))
	e := net.queue[i]
	switch p := net.rng.Float64(); {
	case p < drop:
		net.queue = slices.Delete(net.queue, i, i+1)
	case p < drop+dup:
		net.deliver(e)
	default:
		net.queue = slices.Delete(net.queue, i, i+1)
		net.deliver(e)
	}
}

// minHeight is the lowest head among live nodes.
func (net *simNet) minHeight() uint64 {
	lowest := ^uint64(0)
	for _, n := range net.live() {
		lowest = min(lowest, n.head.Number.Uint64())
	}
	return lowest
}

// runUntil steps (FIFO) until every live node's head reaches height.
func (net *simNet) runUntil(height uint64, maxSteps int) {
	net.t.Helper()
	for i := 0; net.minHeight() < height; i++ {
		if i == maxSteps || !net.step() {
			net.t.Fatalf("no progress: live heads stuck at %d (want %d) after %d steps; %s", net.minHeight(), height, i, net.describe())
		}
	}
}

func (net *simNet) describe() string {
	var b bytes.Buffer
	for _, n := range net.nodes {
		h, r := n.core.Height()
		fmt.Fprintf(&b, "[node %d head %d at h=%d r=%d crashed=%v] ", n.idx, n.head.Number, h, r, n.crashed)
	}
	return b.String()
}

func TestSimFaultFree(t *testing.T) {
	for _, n := range []int{1, 4, 7} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			net := newSimNet(t, n, 1)
			net.runUntil(8, 100_000)
			for h := uint64(1); h <= 8; h++ {
				if r := net.certs[h].Round; r != 0 {
					t.Errorf("height %d committed at round %d, want 0 without faults", h, r)
				}
				// Proposers rotate from the committed block's coinbase (Besu rule).
				parent := genesisHeader()
				if h > 1 {
					parent = net.blocks[h-1].Header()
				}
				if got, want := net.blocks[h].Coinbase(), proposer(net.validators, parent.Coinbase, 0); got != want {
					t.Errorf("height %d proposed by %x, want %x", h, got, want)
				}
				if got := net.blocks[h].Time(); got < parent.Time+uint64(simPeriod/time.Second) {
					t.Errorf("height %d time %d is less than a period after its parent (%d)", h, got, parent.Time)
				}
			}
			for _, node := range net.nodes {
				for h := uint64(1); h <= 8; h++ {
					if node.commits[h] == nil {
						t.Errorf("node %d did not commit height %d itself", node.idx, h)
					}
				}
			}
		})
	}
}

func TestSimCrashedValidators(t *testing.T) {
	for _, tc := range []struct{ n, crashed int }{{4, 1}, {7, 2}} {
		t.Run(fmt.Sprintf("n=%d,f=%d", tc.n, tc.crashed), func(t *testing.T) {
			net := newSimNet(t, tc.n, 2)
			// Crash the first proposers so that heights need round changes.
			for i := 0; i < tc.crashed; i++ {
				net.nodes[i].crashed = true
			}
			net.runUntil(2*uint64(tc.n), 200_000)
			if net.certs[1].Round == 0 {
				t.Errorf("height 1 committed at round 0 although its proposer is down")
			}
		})
	}
}

func TestSimFaultyProposer(t *testing.T) {
	for _, fault := range []string{"silent", "bad block"} {
		t.Run(fault, func(t *testing.T) {
			net := newSimNet(t, 4, 3)
			switch fault {
			case "silent":
				net.nodes[0].silent = true
			case "bad block":
				net.nodes[0].badBlocks = true
			}
			net.runUntil(9, 200_000)
			if net.certs[1].Round == 0 {
				t.Errorf("height 1 committed at round 0 although its proposer is faulty")
			}
			if len(net.nodes[0].builds) == 0 {
				t.Errorf("faulty proposer was never asked to build")
			}
			for h, b := range net.blocks {
				if b.Coinbase() == net.nodes[0].addr {
					t.Errorf("height %d committed a block of the faulty proposer", h)
				}
			}
		})
	}
}

// TestSimChaos drops, duplicates and reorders messages at random, with one
// crash and restart, then heals the network and requires progress.
func TestSimChaos(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed int64
	}{{4, 10}, {4, 11}, {4, 12}, {7, 13}, {7, 14}} {
		t.Run(fmt.Sprintf("n=%d,seed=%d", tc.n, tc.seed), func(t *testing.T) {
			net := newSimNet(t, tc.n, tc.seed)
			victim := net.nodes[net.rng.Intn(tc.n)]
			for i := 0; i < 600; i++ {
				switch i {
				case 200:
					victim.crashed = true
				case 400:
					net.restart(victim)
				}
				net.chaosStep(0.2, 0.1)
			}
			healed := uint64(0)
			for _, n := range net.nodes {
				healed = max(healed, n.head.Number.Uint64())
			}
			for _, n := range net.nodes {
				net.syncTo(n, healed)
			}
			t.Logf("at heal: %s", net.describe())
			net.runUntil(healed+3, 200_000)
			var rounds []uint64
			for h := uint64(1); h <= healed+3; h++ {
				rounds = append(rounds, net.certs[h].Round)
			}
			t.Logf("height %d at heal, certificate rounds %v, %d steps", healed, rounds, net.steps)
		})
	}
}

// TestSimClockSkew: a validator whose clock runs 3 s ahead proposes blocks
// the others see as future blocks; they hold them instead of rejecting them,
// and the chain keeps going.
func TestSimClockSkew(t *testing.T) {
	net := newSimNet(t, 4, 6)
	net.nodes[0].clockSkew = 3 * time.Second
	net.runUntil(8, 100_000)
	if net.futureBlocks == 0 {
		t.Fatal("no proposal was ever from the future; the test does not test anything")
	}
}
