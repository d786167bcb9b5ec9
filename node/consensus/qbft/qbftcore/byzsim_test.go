package qbftcore

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// This file holds a Byzantine simulator in the style of etcd raft's tests: no
// sockets, no goroutines, no sleeps. Honest validators are real Cores behind a
// fake node that builds blocks with real extraData (parentCommit, mixDigest)
// and validates them the way the engine's header rules would; Byzantine
// validators are adversary strategies that craft signed messages with their
// own keys. A seeded random source drives everything, and a logical clock
// only moves when a timer fires, so a run is a pure function of its scenario.
//
// A run has two phases. During the chaos phase the network drops, duplicates,
// reorders and delays messages, may partition the honest nodes and may crash
// and restart one of them, and the adversaries act. Then the network heals:
// every queued message is delivered before any timer fires (synchrony), no
// message is lost, and the adversaries either stop or keep acting.
//
// Safety is checked after every event: honest nodes never sign two values for
// one (height, round, code), never prepare a block that is not the round
// proposer's valid proposal, never prepare a block the adversary poisoned
// (forged coinbase, bad parentCommit, bad justification, replay from another
// chain), never commit two blocks at a height, and every commit carries a
// certificate of exactly Q valid seals that verifies on this chain; rounds
// never go back (not even across a restart) and every round timer is
// RequestTimeout × 2^min(r, 6), capped. Liveness is checked after the heal:
// every honest node commits livenessHeights more heights, each within K
// rounds (see livenessBound). Schedules crash at most one honest node: with
// the capped timer, a lone honest node left rounds ahead of the others it
// needs for a quorum is a stall the design does not recover from (see
// TestKnownStallMinorityAhead).

// strategy is a set of adversary behaviours.
type strategy uint

const (
	// stratEquivocateProposal: as the round's proposer, send two different
	// proposals (both valid when the round-change set allows it) to two halves
	// of the honest nodes.
	stratEquivocateProposal strategy = 1 << iota
	// stratEquivocateVotes: PREPARE and COMMIT every proposal seen, for every
	// digest, in its round and in nearby rounds.
	stratEquivocateVotes
	// stratBadJustification: round-r proposals whose round changes or prepares
	// cannot justify them.
	stratBadJustification
	// stratForgedCoinbase: fresh proposals whose coinbase is another validator.
	stratForgedCoinbase
	// stratBadParentCommit: fresh proposals whose parentCommit is not a valid
	// certificate of the parent.
	stratBadParentCommit
	// stratForgedRoundChange: ROUND_CHANGEs with forged or stale prepared
	// certificates and for far rounds.
	stratForgedRoundChange
	// stratReplay: re-send old messages of any node to random honest nodes.
	stratReplay
	// stratForeignChain: messages signed by every validator key for another
	// chain id or genesis hash (the same keys run another network).
	stratForeignChain

	allStrategies = 1<<iota - 1
)

var strategyNames = []string{"equivocate-proposal", "equivocate-votes", "bad-justification", "forged-coinbase",
	"bad-parent-commit", "forged-round-change", "replay", "foreign-chain"}

func (s strategy) String() string {
	var names []string
	for i, name := range strategyNames {
		if s&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	return strings.Join(names, "+")
}

// byzScenario is one simulated run.
type byzScenario struct {
	n          int      // validators
	byz        int      // Byzantine validators, at most F(n)
	strategies strategy // what the Byzantine validators do
	drop, dup  float64  // chaos-phase message loss and duplication
	partition  bool     // split the honest nodes in two during the chaos phase
	crash      bool     // crash and restart one honest node during the chaos phase
	chaosSteps int
	// advAfterHeal keeps the adversaries acting after the heal.
	advAfterHeal bool
	// maxTimeout is Config.MaxRequestTimeout (0: no cap beyond 2^6).
	maxTimeout time.Duration
	seed       int64
}

func (sc byzScenario) String() string {
	return fmt.Sprintf("n=%d byz=%d [%v] drop=%.2f dup=%.2f part=%v crash=%v chaos=%d advAfterHeal=%v max=%v seed=%d",
		sc.n, sc.byz, sc.strategies, sc.drop, sc.dup, sc.partition, sc.crash, sc.chaosSteps, sc.advAfterHeal, sc.maxTimeout, sc.seed)
}

// scenarioFromBytes derives a scenario from fuzz input: the first bytes pick
// the parameters, and the hash of all of them seeds the random source.
func scenarioFromBytes(data []byte) byzScenario {
	at := func(i int) byte {
		if i < len(data) {
			return data[i]
		}
		return 0
	}
	n := 4 + int(at(0))%4
	sc := byzScenario{
		n:            n,
		byz:          int(at(1)) % (qbft.FaultTolerance(n) + 1),
		strategies:   strategy(uint(at(2))|uint(at(3))<<8) & allStrategies,
		drop:         float64(at(4)%40) / 100,
		dup:          float64(at(5)%30) / 100,
		partition:    at(6)&1 != 0,
		crash:        at(6)&2 != 0,
		advAfterHeal: at(6)&4 != 0,
		chaosSteps:   100 + 4*int(at(7)),
		seed:         int64(binary.BigEndian.Uint64(crypto.Keccak256(data)[:8])),
	}
	if at(6)&8 != 0 {
		sc.maxTimeout = 20 * time.Second
	}
	return sc
}

// Liveness bounds.
const (
	// livenessHeights is how many heights every honest node must commit
	// after the heal.
	livenessHeights = 3
	// healStepLimit bounds the events of the heal phase.
	healStepLimit = 100_000
)

// livenessBound is K: after the heal, the first height is committed within
// K rounds of the highest round an honest node had reached at it, and every
// later height within K rounds of round 0. One round is lost at most to
// bring the honest nodes into one round (f+1 early round change and the
// capped timer), and up to byz consecutive rounds to Byzantine proposers
// (Besu rotation visits every validator once per n rounds), plus the round
// whose proposal the heal may have cut off.
func livenessBound(sc byzScenario) uint64 { return uint64(sc.byz) + 2 }

// foreign domains the same validator keys also sign for.
var (
	foreignChainID = big.NewInt(1338)
	foreignGenesis = common.HexToHash("0x0f07e16e")
)

type propKey struct {
	height, round uint64
	digest        common.Hash
}

type hrKey struct{ height, round uint64 }

// byzNode is an honest validator: a real Core and a fake node around it.
type byzNode struct {
	idx       int
	key       *ecdsa.PrivateKey
	addr      common.Address
	core      *Core
	head      *types.Header
	headCert  *qbft.CommitCertificate
	crashed   bool
	persisted []*Message

	blockTimer, roundTimer simTimer
	height, round          uint64            // last seen position, to check rounds only increase
	entered                map[uint64]uint64 // height → round scheduled when first seen there (entryRound)
	valid                  map[common.Hash]bool
	proposals              map[propKey][]*Message // proposals this node was handed (received or its own)
	commits                map[uint64]common.Hash
}

// adversary is a Byzantine validator: it sees every message sent to it and
// crafts its own with its key.
type adversary struct {
	idx  int
	key  *ecdsa.PrivateKey
	addr common.Address

	seen      []envelope
	prepares  map[hrKey]map[common.Hash]map[common.Address]*Message
	rcs       map[hrKey]map[common.Address]*Message
	proposals []*Message
}

type byzSim struct {
	t    testing.TB
	sc   byzScenario
	rng  *rand.Rand
	keys []*ecdsa.PrivateKey
	vals []common.Address
	q, f int

	honest []*byzNode   // by validator index, nil for an adversary
	advs   []*adversary // by validator index, nil for an honest node
	now    time.Time
	queue  []envelope
	healed bool
	side   map[int]bool // partition side of each honest node, nil when not partitioned
	salt   uint64

	headers  map[common.Hash]*types.Header // every block built, by hash
	decided  map[uint64]*types.Block
	certs    map[uint64]*qbft.CommitCertificate
	poisoned map[common.Hash]string
	votes    map[signKey]map[common.Address]common.Hash
	steps    int

	// trace logs every event (-byz.trace), to debug a failing scenario.
	trace bool

	// Statistics, to check that the scenarios exercise what they claim.
	rejectedDecode int
	// splitRounds counts (height, round)s at which honest nodes prepared
	// different blocks: an equivocation that landed.
	splitRounds int
	// healRounds is the most rounds a height took after the heal, counted
	// from its start round (see livenessBound).
	healRounds     uint64
	honestPrepared map[hrKey]common.Hash
	advMessages    map[strategy]int
	maxRound       uint64
}

func newByzSim(t testing.TB, sc byzScenario) *byzSim {
	keys := testKeys(sc.n)
	s := &byzSim{
		t: t, sc: sc, rng: rand.New(rand.NewSource(sc.seed)), keys: keys, vals: addresses(keys),
		q: qbft.Quorum(sc.n), f: qbft.FaultTolerance(sc.n),
		honest: make([]*byzNode, sc.n), advs: make([]*adversary, sc.n), now: simStart,
		headers: make(map[common.Hash]*types.Header),
		decided: make(map[uint64]*types.Block), certs: make(map[uint64]*qbft.CommitCertificate),
		poisoned: make(map[common.Hash]string), votes: make(map[signKey]map[common.Address]common.Hash),
		advMessages: make(map[strategy]int), honestPrepared: make(map[hrKey]common.Hash),
	}
	genesis := genesisHeader()
	s.headers[genesis.Hash()] = genesis
	for _, i := range s.rng.Perm(sc.n)[:sc.byz] {
		s.advs[i] = &adversary{idx: i, key: keys[i], addr: s.vals[i],
			prepares: make(map[hrKey]map[common.Hash]map[common.Address]*Message), rcs: make(map[hrKey]map[common.Address]*Message)}
	}
	for i, k := range keys {
		if s.advs[i] != nil {
			continue
		}
		s.honest[i] = &byzNode{idx: i, key: k, addr: s.vals[i], head: genesis, valid: make(map[common.Hash]bool),
			proposals: make(map[propKey][]*Message), commits: make(map[uint64]common.Hash)}
		s.honest[i].core = New(s.config(s.honest[i]))
	}
	for _, node := range s.liveHonest() {
		node.core.NewHeight(node.head, s.vals)
		s.drain(node)
	}
	return s
}

func (s *byzSim) config(node *byzNode) Config {
	cfg := testConfig(node.key, func() time.Time { return s.now })
	cfg.MaxRequestTimeout = s.sc.maxTimeout
	return cfg
}

func (s *byzSim) tracef(format string, args ...any) {
	if s.trace {
		s.t.Logf("%d %s: %s", s.steps, s.now.Sub(simStart), fmt.Sprintf(format, args...))
	}
}

func (s *byzSim) fatalf(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("%v, step %d: %s\n%s", s.sc, s.steps, fmt.Sprintf(format, args...), s.describe())
}

func (s *byzSim) describe() string {
	var b strings.Builder
	for i := range s.vals {
		if node := s.honest[i]; node != nil {
			h, r := node.core.Height()
			fmt.Fprintf(&b, "[%d honest head=%d at h=%d r=%d crashed=%v] ", i, node.head.Number, h, r, node.crashed)
		} else {
			fmt.Fprintf(&b, "[%d byzantine] ", i)
		}
	}
	return b.String()
}

func (s *byzSim) liveHonest() []*byzNode {
	var out []*byzNode
	for _, n := range s.honest {
		if n != nil && !n.crashed {
			out = append(out, n)
		}
	}
	return out
}

func (s *byzSim) activeAdversaries() []*adversary {
	if s.healed && !s.sc.advAfterHeal {
		return nil
	}
	var out []*adversary
	for _, a := range s.advs {
		if a != nil {
			out = append(out, a)
		}
	}
	return out
}

// ---- blocks ----

// Markers in the first vanity byte.
const (
	vanityGood = 0x00
	vanityBad  = 0xba // the fake execution rejects the block
)

// makeBlock builds a block on parent the way a proposer's miner does:
// extraData lists the validators and carries the parent's certificate,
// mixDigest chains the certificates, and the vanity holds a unique salt.
func (s *byzSim) makeBlock(parent *types.Header, cert *qbft.CommitCertificate, coinbase common.Address, mark byte) *types.Block {
	s.salt++
	extra := &qbft.Extra{Validators: s.vals, ParentCommit: cert}
	extra.Vanity[0] = mark
	binary.BigEndian.PutUint64(extra.Vanity[1:9], s.salt)
	h := &types.Header{
		ParentHash: parent.Hash(),
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		Coinbase:   coinbase,
		Time:       max(uint64(s.now.Unix()), parent.Time+1),
		Difficulty: new(big.Int),
		GasLimit:   parent.GasLimit,
		Extra:      extra.Encode(),
		MixDigest:  qbft.MixDigest(parent.MixDigest, cert),
	}
	b := types.NewBlock(h, nil, nil, nil)
	s.headers[b.Hash()] = b.Header()
	return b
}

// Errors of the fake node's block validation (the engine's header rules
// that the core leaves to the node).
var (
	errSimExtra        = errors.New("undecodable extraData")
	errSimCoinbase     = errors.New("coinbase is not a validator")
	errSimParentCommit = errors.New("invalid parentCommit")
	errSimMixDigest    = errors.New("mixDigest does not chain the parent certificate")
	errSimExecution    = errors.New("block fails execution")
	errSimParent       = errors.New("block does not extend its parent")
)

// checkBlock validates b on parent as the node's block importer would.
func (s *byzSim) checkBlock(parent *types.Header, b *types.Block) error {
	if b.ParentHash() != parent.Hash() || b.NumberU64() != parent.Number.Uint64()+1 {
		return errSimParent
	}
	extra, err := qbft.DecodeExtra(b.Extra())
	if err != nil {
		return fmt.Errorf("%w: %w", errSimExtra, err)
	}
	if !slices.Contains(s.vals, b.Coinbase()) {
		return errSimCoinbase
	}
	if b.NumberU64() == 1 {
		if extra.ParentCommit != nil {
			return fmt.Errorf("%w: block 1 carries one", errSimParentCommit)
		}
	} else if err := checkCertificate(parent.Hash(), extra.ParentCommit, s.vals, false); err != nil {
		return fmt.Errorf("%w: %w", errSimParentCommit, err)
	}
	if b.MixDigest() != qbft.MixDigest(parent.MixDigest, extra.ParentCommit) {
		return errSimMixDigest
	}
	if extra.Vanity[0] == vanityBad {
		return errSimExecution
	}
	return nil
}

// checkCertificate verifies a commit certificate on this chain: at least Q
// (exactly Q if exact) seals of one round over hash, by distinct validators,
// sorted by signer address.
func checkCertificate(hash common.Hash, cert *qbft.CommitCertificate, validators []common.Address, exact bool) error {
	q := qbft.Quorum(len(validators))
	switch {
	case cert == nil:
		return errors.New("missing certificate")
	case len(cert.Seals) < q || exact && len(cert.Seals) != q:
		return fmt.Errorf("%d seals, want %d", len(cert.Seals), q)
	}
	var prev common.Address
	for i, seal := range cert.Seals {
		signer, err := qbft.RecoverSigner(qbft.CommitSealHash(testChainID, hash, cert.Round), seal)
		if err != nil {
			return fmt.Errorf("seal %d: %w", i, err)
		}
		if !slices.Contains(validators, signer) {
			return fmt.Errorf("seal %d by non-validator %x", i, signer)
		}
		if i > 0 && bytes.Compare(prev[:], signer[:]) >= 0 {
			return fmt.Errorf("seal %d by %x not above %x", i, signer, prev)
		}
		prev = signer
	}
	return nil
}

// ---- honest nodes ----

// drain carries out what an honest core asks for and checks its outputs.
func (s *byzSim) drain(node *byzNode) {
	for {
		rd := node.core.Ready()
		if rd.Empty() {
			break
		}
		node.persisted = append(node.persisted, rd.Persist...)
		for _, m := range rd.Broadcast {
			s.tracef("node %d sends %v", node.idx, m)
			s.checkHonestMessage(node, m)
			code, payload := m.Encode()
			for to := range s.vals {
				if to != node.idx {
					s.queue = append(s.queue, envelope{from: node.idx, to: to, code: code, payload: payload})
				}
			}
		}
		if t := rd.BlockTimer; t != nil {
			node.blockTimer = simTimer{armed: true, at: t.At, height: t.Height}
		}
		if t := rd.RoundTimer; t != nil {
			s.checkTimer(node, t)
			node.roundTimer = simTimer{armed: true, at: s.now.Add(t.After), height: t.Height, round: t.Round}
		}
		for _, b := range rd.Validate {
			err := s.validate(node, b)
			if err == nil {
				node.valid[b.Hash()] = true
			}
			node.core.BlockValidated(b.Hash(), err)
		}
		if req := rd.BuildBlock; req != nil {
			b := s.makeBlock(node.head, node.headCert, node.addr, vanityGood)
			node.core.BlockBuilt(req.Height, req.Round, b)
		}
		if c := rd.Committed; c != nil {
			s.tracef("node %d commits %d %x round %d", node.idx, c.Block.NumberU64(), c.Block.Hash().Bytes()[:4], c.Certificate.Round)
			s.commit(node, c)
		}
	}
	s.checkRound(node)
}

func (s *byzSim) validate(node *byzNode, b *types.Block) error {
	if err := s.checkBlock(node.head, b); err != nil {
		return err
	}
	if time.Unix(int64(b.Time()), 0).After(s.now.Add(MaxClockSkew)) {
		return consensus.ErrFutureBlock
	}
	return nil
}

// checkRound: within a height, rounds only increase.
func (s *byzSim) checkRound(node *byzNode) {
	h, r := node.core.Height()
	if h == node.height && r < node.round {
		s.fatalf("node %d went back from round %d to %d at height %d", node.idx, node.round, r, h)
	}
	if h < node.height {
		s.fatalf("node %d went back from height %d to %d", node.idx, node.height, h)
	}
	node.height, node.round = h, r
	s.maxRound = max(s.maxRound, r)
}

// checkTimer: the round timer is RequestTimeout × 2^min(r,6), capped.
func (s *byzSim) checkTimer(node *byzNode, t *Timer) {
	want := simTimeout
	for i := uint64(0); i < t.Round && i < 6; i++ {
		want *= 2
	}
	if s.sc.maxTimeout > 0 && want > s.sc.maxTimeout {
		want = s.sc.maxTimeout
	}
	if t.After != want {
		s.fatalf("node %d armed round %d for %v, want %v", node.idx, t.Round, t.After, want)
	}
	if h, r := node.core.Height(); t.Height != h || t.Round != r {
		s.fatalf("node %d at (%d, %d) armed a timer for (%d, %d)", node.idx, h, r, t.Height, t.Round)
	}
}

// checkHonestMessage checks what an honest node signs: never two values for
// one (height, round, code), and a PREPARE only for the valid proposal of
// the round's proposer, never for a poisoned block.
func (s *byzSim) checkHonestMessage(node *byzNode, m *Message) {
	if a, err := m.author(testChainID, testGenesis); err != nil || a != node.addr {
		s.fatalf("node %d sent %v signed by %x (%v)", node.idx, m, a, err)
	}
	if m.Code == CodeProposal {
		node.recordProposal(m)
	}
	k := signKey{m.Height, m.Round, m.Code}
	if s.votes[k] == nil {
		s.votes[k] = make(map[common.Address]common.Hash)
	}
	d := m.digest()
	if m.Code == CodeRoundChange {
		d = crypto.Keccak256Hash(m.signedPayload())
	}
	if prev, ok := s.votes[k][node.addr]; ok && prev != d {
		s.fatalf("node %d signed two values for %+v: %x and %x", node.idx, k, prev, d)
	}
	s.votes[k][node.addr] = d
	if m.Code != CodePrepare && m.Code != CodeCommit {
		return
	}
	if why, ok := s.poisoned[m.Digest]; ok {
		s.fatalf("node %d signed %v for a poisoned block (%s)", node.idx, m, why)
	}
	if m.Code == CodeCommit {
		return
	}
	if !node.valid[m.Digest] {
		s.fatalf("node %d prepared %v, a block its validation did not accept", node.idx, m)
	}
	if d, ok := s.honestPrepared[hrKey{m.Height, m.Round}]; !ok {
		s.honestPrepared[hrKey{m.Height, m.Round}] = m.Digest
	} else if d != m.Digest {
		s.splitRounds++
		s.honestPrepared[hrKey{m.Height, m.Round}] = m.Digest
	}
	var why []string
	for _, p := range node.proposals[propKey{m.Height, m.Round, m.Digest}] {
		if err := s.checkProposal(p); err != nil {
			why = append(why, err.Error())
			continue
		}
		return
	}
	s.fatalf("node %d prepared %v without a proposal that allows it: %v", node.idx, m, why)
}

// checkProposal is the test's own, independent account of what an honest
// node may prepare: a proposal signed on this chain by the round's proposer,
// whose block's coinbase is that proposer, or which re-proposes a block with
// Q prepares from an earlier round.
func (s *byzSim) checkProposal(p *Message) error {
	parent := s.headers[p.Block.ParentHash()]
	if parent == nil {
		return errors.New("unknown parent")
	}
	want := proposer(s.vals, parent.Coinbase, p.Round)
	if a, err := p.author(testChainID, testGenesis); err != nil || a != want {
		return fmt.Errorf("signed by %x, not the proposer %x", a, want)
	}
	if p.Block.Coinbase() == want {
		return nil
	}
	if err := s.checkPrepared(p.Prepares, p.Height, p.Round, p.Block.Hash()); err != nil {
		return fmt.Errorf("block of %x re-proposed without proof: %w", p.Block.Coinbase(), err)
	}
	return nil
}

func (n *byzNode) recordProposal(m *Message) {
	k := propKey{m.Height, m.Round, m.digest()}
	for _, p := range n.proposals[k] {
		if bytes.Equal(p.Signature, m.Signature) && len(p.Prepares) == len(m.Prepares) && len(p.RoundChanges) == len(m.RoundChanges) {
			return
		}
	}
	n.proposals[k] = append(n.proposals[k], m)
}

// checkPrepared requires Q prepares by distinct validators for (height, pr,
// digest) with pr < round, all of one round.
func (s *byzSim) checkPrepared(prepares []*Message, height, round uint64, digest common.Hash) error {
	by := make(map[uint64]map[common.Address]bool)
	for _, p := range prepares {
		a, err := p.author(testChainID, testGenesis)
		if err != nil || !slices.Contains(s.vals, a) || p.Code != CodePrepare || p.Height != height || p.Round >= round || p.Digest != digest {
			continue
		}
		if by[p.Round] == nil {
			by[p.Round] = make(map[common.Address]bool)
		}
		by[p.Round][a] = true
	}
	for _, authors := range by {
		if len(authors) >= s.q {
			return nil
		}
	}
	return errors.New("no round with a quorum of prepares")
}

// commit checks a decision and makes the block head.
func (s *byzSim) commit(node *byzNode, c *Commit) {
	h := c.Block.NumberU64()
	if h != node.head.Number.Uint64()+1 {
		s.fatalf("node %d committed height %d on head %d", node.idx, h, node.head.Number)
	}
	if err := checkCertificate(c.Block.Hash(), c.Certificate, s.vals, true); err != nil {
		s.fatalf("node %d committed height %d with an invalid certificate: %v", node.idx, h, err)
	}
	if err := s.checkBlock(node.head, c.Block); err != nil {
		s.fatalf("node %d committed an invalid block at height %d: %v", node.idx, h, err)
	}
	if why, ok := s.poisoned[c.Block.Hash()]; ok {
		s.fatalf("node %d committed a poisoned block at height %d (%s)", node.idx, h, why)
	}
	if agreed, ok := s.decided[h]; ok && agreed.Hash() != c.Block.Hash() {
		s.fatalf("SAFETY: height %d: node %d committed %x, another honest node %x", h, node.idx, c.Block.Hash(), agreed.Hash())
	}
	if _, ok := s.decided[h]; !ok {
		s.decided[h], s.certs[h] = c.Block, c.Certificate
	}
	node.commits[h] = c.Block.Hash()
	s.setHead(node, c.Block.Header(), c.Certificate)
}

func (s *byzSim) setHead(node *byzNode, head *types.Header, cert *qbft.CommitCertificate) {
	node.head, node.headCert = head, cert
	node.persisted = slices.DeleteFunc(node.persisted, func(m *Message) bool { return m.Height <= head.Number.Uint64() })
	node.core.NewHeight(head, s.vals)
}

// syncTo imports decided blocks (with their certificates) up to height, as
// the node's synchroniser does when it sees messages from later heights.
func (s *byzSim) syncTo(node *byzNode, height uint64) {
	for node.head.Number.Uint64() < height {
		next := node.head.Number.Uint64() + 1
		b, ok := s.decided[next]
		if !ok {
			return
		}
		s.setHead(node, b.Header(), s.certs[next])
		s.drain(node)
	}
}

func (s *byzSim) crash(node *byzNode) {
	node.crashed = true
	node.blockTimer, node.roundTimer = simTimer{}, simTimer{}
}

// restart replaces the core by a fresh one that restores what the node
// persisted.
func (s *byzSim) restart(node *byzNode) {
	node.crashed = false
	node.core = New(s.config(node))
	node.core.Restore(node.persisted)
	node.core.NewHeight(node.head, s.vals)
	s.drain(node)
}

// ---- network ----

// send queues a message from validator from to the given validators.
func (s *byzSim) send(from int, m *Message, to []int) {
	code, payload := m.Encode()
	for _, i := range to {
		if i != from {
			s.queue = append(s.queue, envelope{from: from, to: i, code: code, payload: payload})
		}
	}
}

func (s *byzSim) blocked(e envelope) bool {
	if s.side == nil || s.honest[e.from] == nil || s.honest[e.to] == nil {
		return false // adversaries reach everyone
	}
	return s.side[e.from] != s.side[e.to]
}

func (s *byzSim) deliver(e envelope) {
	if s.blocked(e) {
		return
	}
	m, err := Decode(e.code, e.payload)
	if err != nil {
		if s.honest[e.from] != nil {
			s.fatalf("decoding a message of honest node %d: %v", e.from, err)
		}
		s.rejectedDecode++
		return
	}
	if a := s.advs[e.to]; a != nil {
		if !s.healed || s.sc.advAfterHeal {
			s.observe(a, e, m)
		}
		return
	}
	node := s.honest[e.to]
	if node.crashed {
		return
	}
	if m.Height > node.head.Number.Uint64()+1 {
		s.syncTo(node, m.Height-1)
	}
	if m.Code == CodeProposal && m.Block != nil {
		node.recordProposal(m)
	}
	s.tracef("node %d <- %d %v", node.idx, e.from, m)
	node.core.Step(m)
	s.drain(node)
}

// fireNextTimer advances the clock to the earliest armed timer of a live
// honest node and fires it.
func (s *byzSim) fireNextTimer() bool {
	var (
		best  *simTimer
		owner *byzNode
		block bool
	)
	for _, n := range s.liveHonest() {
		for _, t := range []*simTimer{&n.blockTimer, &n.roundTimer} {
			if t.armed && (best == nil || t.at.Before(best.at)) {
				best, owner, block = t, n, t == &n.blockTimer
			}
		}
	}
	if best == nil {
		return false
	}
	if best.at.After(s.now) {
		s.now = best.at
	}
	best.armed = false
	s.tracef("node %d timer block=%v h=%d r=%d", owner.idx, block, best.height, best.round)
	if block {
		owner.core.BlockTimerFired(best.height)
	} else {
		owner.core.RoundTimerFired(best.height, best.round)
	}
	s.drain(owner)
	return true
}

// chaosStep is one event of the chaos phase.
func (s *byzSim) chaosStep() {
	s.steps++
	if advs := s.activeAdversaries(); len(advs) > 0 && s.rng.Float64() < 0.08 {
		s.act(advs[s.rng.Intn(len(advs))])
		return
	}
	if len(s.queue) == 0 || s.rng.Float64() < 0.03 {
		s.fireNextTimer()
		return
	}
	// Prefer older messages, but deliver any (reorder, delay).
	i := s.rng.Intn(len(s.queue))
	if s.rng.Intn(2) == 0 {
		i = s.rng.Intn(min(len(s.queue), 8))
	}
	e := s.queue[i]
	switch p := s.rng.Float64(); {
	case p < s.sc.drop:
		s.queue = slices.Delete(s.queue, i, i+1)
	case p < s.sc.drop+s.sc.dup:
		s.deliver(e) // stays queued: delivered again later
	default:
		s.queue = slices.Delete(s.queue, i, i+1)
		s.deliver(e)
	}
}

// healStep delivers every queued message in order before firing a timer.
func (s *byzSim) healStep() bool {
	s.steps++
	if len(s.queue) > 0 {
		e := s.queue[0]
		s.queue = s.queue[1:]
		s.deliver(e)
		return true
	}
	if advs := s.activeAdversaries(); len(advs) > 0 && s.rng.Float64() < 0.5 {
		s.act(advs[s.rng.Intn(len(advs))])
		if len(s.queue) > 0 {
			return true
		}
	}
	return s.fireNextTimer()
}

// run plays the scenario and checks liveness after the heal; safety is
// checked on every event.
func (s *byzSim) run() {
	crashAt, restartAt := -1, -1
	var victim *byzNode
	if s.sc.crash {
		live := s.liveHonest()
		victim = live[s.rng.Intn(len(live))]
		crashAt = s.rng.Intn(s.sc.chaosSteps / 2)
		restartAt = crashAt + 1 + s.rng.Intn(s.sc.chaosSteps/2)
	}
	partAt, partEnd := -1, -1
	if s.sc.partition {
		partAt = s.rng.Intn(s.sc.chaosSteps / 2)
		partEnd = partAt + s.rng.Intn(s.sc.chaosSteps-partAt)
	}
	for i := 0; i < s.sc.chaosSteps; i++ {
		switch i {
		case crashAt:
			s.crash(victim)
		case restartAt:
			s.restart(victim)
		}
		switch i {
		case partAt:
			s.side = make(map[int]bool)
			for _, n := range s.honest {
				if n != nil {
					s.side[n.idx] = s.rng.Intn(2) == 0
				}
			}
		case partEnd:
			s.side = nil
		}
		s.chaosStep()
	}
	if victim != nil && victim.crashed {
		s.restart(victim)
	}
	s.heal()
}

func (s *byzSim) heal() {
	s.healed, s.side = true, nil
	s.tracef("HEAL %s", s.describe())
	var top uint64
	for _, n := range s.liveHonest() {
		top = max(top, n.head.Number.Uint64())
	}
	// The highest round an honest node reached at the first open height.
	var startRound uint64
	for _, n := range s.liveHonest() {
		if h, r := n.core.Height(); h == top+1 {
			startRound = max(startRound, r)
		}
	}
	target := top + livenessHeights
	for i := 0; ; i++ {
		lowest := target
		for _, n := range s.liveHonest() {
			lowest = min(lowest, n.head.Number.Uint64())
		}
		if lowest >= target {
			break
		}
		if i == healStepLimit || !s.healStep() {
			s.fatalf("LIVENESS: honest heads stuck at %d (want %d) after %d heal steps", lowest, target, i)
		}
		s.checkLivenessRounds(top, startRound)
	}
	s.checkLivenessRounds(top, startRound)
}

// entryRound is the round the clock scheduled for height h when node n was
// first seen at it.
func (s *byzSim) entryRound(n *byzNode, h uint64) uint64 {
	if n.entered == nil {
		n.entered = make(map[uint64]uint64)
	}
	if r, ok := n.entered[h]; ok {
		return r
	}
	cfg := s.config(n)
	start := time.Unix(int64(n.head.Time), 0).Add(cfg.BlockPeriod(h))
	r := scheduledRound(start, s.now, cfg.RequestTimeout, cfg.MaxRequestTimeout)
	n.entered[h] = r
	return r
}

// checkLivenessRounds fails as soon as an honest node goes past the K-round
// bound at a height opened after the heal.
func (s *byzSim) checkLivenessRounds(top, startRound uint64) {
	k := livenessBound(s.sc)
	for _, n := range s.liveHonest() {
		h, r := n.core.Height()
		if h <= top || h > top+livenessHeights {
			continue
		}
		limit := k
		if h == top+1 {
			limit += startRound
		}
		// A height whose parent is older than its round 0 (a re-proposed
		// block keeps its timestamp) starts on the clock's schedule
		// (Core.clockRound): the bound counts from the round scheduled when
		// the node entered the height, plus the one round it may move on
		// by at its first timeout.
		if base := s.entryRound(n, h); base > 0 && base+k+1 > limit {
			limit = base + k + 1
		}
		if r > limit {
			s.fatalf("LIVENESS: node %d reached round %d at height %d after the heal, bound %d (K=%d, start round %d)", n.idx, r, h, limit, k, startRound)
		}
	}
	for h := top + 1; h <= top+livenessHeights; h++ {
		if c := s.certs[h]; c != nil {
			limit := k
			if h == top+1 {
				limit += startRound
			}
			for _, n := range s.liveHonest() { // a height that began on the clock's schedule
				if base, ok := n.entered[h]; ok && base > 0 && base+k+1 > limit {
					limit = base + k + 1
				}
			}
			if c.Round > limit {
				s.fatalf("LIVENESS: height %d committed at round %d, bound %d", h, c.Round, limit)
			}
			if c.Round+k >= limit {
				s.healRounds = max(s.healRounds, c.Round+k-limit)
			}
		}
	}
}
