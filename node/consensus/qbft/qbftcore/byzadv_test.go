package qbftcore

import (
	"cmp"
	"crypto/ecdsa"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// This file holds the adversary strategies of the Byzantine simulator. An
// adversary signs with its own key on this chain; it may sign with any key,
// honest ones included, only for another chain id or genesis hash (modelling
// validators that also run another network). Everything it learns comes from
// the messages it receives, plus the public chain (heads and certificates).

const advSeenLimit = 256

// observe records a message delivered to an adversary and reacts to it.
func (s *byzSim) observe(a *adversary, e envelope, m *Message) {
	a.seen = append(a.seen, e)
	if len(a.seen) > advSeenLimit {
		a.seen = a.seen[len(a.seen)-advSeenLimit:]
	}
	switch m.Code {
	case CodePrepare:
		k := hrKey{m.Height, m.Round}
		if a.prepares[k] == nil {
			a.prepares[k] = make(map[common.Hash]map[common.Address]*Message)
		}
		if a.prepares[k][m.Digest] == nil {
			a.prepares[k][m.Digest] = make(map[common.Address]*Message)
		}
		if author, err := m.author(testChainID, testGenesis); err == nil {
			a.prepares[k][m.Digest][author] = m
		}
	case CodeRoundChange:
		k := hrKey{m.Height, m.Round}
		if a.rcs[k] == nil {
			a.rcs[k] = make(map[common.Address]*Message)
		}
		if author, err := m.author(testChainID, testGenesis); err == nil {
			a.rcs[k][author] = m
		}
	case CodeProposal:
		a.proposals = append(a.proposals, m)
		if len(a.proposals) > 32 {
			a.proposals = a.proposals[1:]
		}
		if s.sc.strategies&stratEquivocateVotes != 0 {
			s.voteFor(a, m.Height, m.Round, m.digest())
		}
	}
}

// prepareKeys returns the (height, round) pairs the adversary saw PREPAREs
// for, sorted, so that runs do not depend on map order.
func (a *adversary) prepareKeys() []hrKey {
	return slices.SortedFunc(maps.Keys(a.prepares), func(x, y hrKey) int {
		if x.height != y.height {
			return cmp.Compare(x.height, y.height)
		}
		return cmp.Compare(x.round, y.round)
	})
}

// inValidatorOrder lists messages keyed by author in validator order.
func (s *byzSim) inValidatorOrder(by map[common.Address]*Message) []*Message {
	var out []*Message
	for _, v := range s.vals {
		if m, ok := by[v]; ok {
			out = append(out, m)
		}
	}
	return out
}

// honestTargets returns the honest validators, shuffled.
func (s *byzSim) honestTargets() []int {
	var out []int
	for _, i := range s.rng.Perm(len(s.vals)) {
		if s.honest[i] != nil {
			out = append(out, i)
		}
	}
	return out
}

// split returns two non-empty (when possible) halves of the honest nodes.
func (s *byzSim) split() ([]int, []int) {
	t := s.honestTargets()
	cut := 1 + s.rng.Intn(max(1, len(t)-1))
	cut = min(cut, len(t))
	return t[:cut], t[cut:]
}

func (s *byzSim) sign(key *ecdsa.PrivateKey, m *Message, chainID *big.Int, genesis common.Hash) *Message {
	if err := m.sign(qbft.KeyFromECDSA(key), chainID, genesis); err != nil {
		s.fatalf("adversary signing: %v", err)
	}
	return m
}

func (s *byzSim) seal(key *ecdsa.PrivateKey, chainID *big.Int, digest common.Hash, round uint64) []byte {
	seal, err := qbft.KeyFromECDSA(key).SignCommitSeal(chainID, digest, round)
	if err != nil {
		s.fatalf("adversary sealing: %v", err)
	}
	return seal
}

// voteFor sends a PREPARE and a COMMIT for digest at (height, round) to a
// random part of the honest nodes.
func (s *byzSim) voteFor(a *adversary, height, round uint64, digest common.Hash) {
	p := s.sign(a.key, &Message{Code: CodePrepare, Height: height, Round: round, Digest: digest}, testChainID, testGenesis)
	c := s.sign(a.key, &Message{Code: CodeCommit, Height: height, Round: round, Digest: digest,
		CommitSeal: s.seal(a.key, testChainID, digest, round)}, testChainID, testGenesis)
	part, _ := s.split()
	s.send(a.idx, p, part)
	s.send(a.idx, c, s.honestTargets()[:len(part)])
	s.advMessages[stratEquivocateVotes] += 2
}

// frontier picks what the adversary attacks: the first undecided height, a
// parent an honest node holds with its certificate, and a round near the
// honest nodes' rounds.
func (s *byzSim) frontier() (parent *types.Header, cert *qbft.CommitCertificate, round uint64) {
	var top uint64
	for _, n := range s.honest {
		if n != nil {
			top = max(top, n.head.Number.Uint64())
		}
	}
	var at []*byzNode
	for _, n := range s.honest {
		if n != nil && n.head.Number.Uint64() == top {
			at = append(at, n)
		}
	}
	n := at[s.rng.Intn(len(at))]
	_, r := n.core.Height()
	return n.head, n.headCert, r + uint64(s.rng.Intn(2))
}

// roundChangesFor returns the adversary's own round change for (height,
// round) and those it observed, the unprepared ones first.
func (s *byzSim) roundChangesFor(a *adversary, height, round uint64) (unprepared, prepared []*Message) {
	own := s.sign(a.key, &Message{Code: CodeRoundChange, Height: height, Round: round}, testChainID, testGenesis)
	unprepared = append(unprepared, own)
	for _, addr := range s.vals {
		rc, ok := a.rcs[hrKey{height, round}][addr]
		if !ok || addr == a.addr {
			continue
		}
		if rc.Prepared == nil {
			unprepared = append(unprepared, rc)
		} else {
			prepared = append(prepared, rc)
		}
	}
	return unprepared, prepared
}

func stripped(rcs []*Message) []*Message {
	out := make([]*Message, len(rcs))
	for i, rc := range rcs {
		out[i] = rc.withoutAttachments()
	}
	return out
}

// validProposal builds a proposal for (height, round) as the rules allow
// from a set of round changes: the re-proposal of the highest prepared block,
// or a fresh block. It returns nil when the set is short of a quorum.
func (s *byzSim) validProposal(a *adversary, parent *types.Header, cert *qbft.CommitCertificate, round uint64, rcs []*Message) *Message {
	m := &Message{Code: CodeProposal, Height: parent.Number.Uint64() + 1, Round: round}
	if round > 0 {
		if len(rcs) < s.q {
			return nil
		}
		rcs = rcs[:s.q]
		var highest *Message
		for _, rc := range rcs {
			if rc.Prepared != nil && (highest == nil || rc.Prepared.Round > highest.Prepared.Round) {
				highest = rc
			}
		}
		m.RoundChanges = stripped(rcs)
		if highest != nil {
			m.Block, m.Prepares = highest.Block, highest.Prepares
			return s.sign(a.key, m, testChainID, testGenesis)
		}
	}
	m.Block = s.makeBlock(parent, cert, a.addr, vanityGood)
	return s.sign(a.key, m, testChainID, testGenesis)
}

// poison marks a block no honest node may ever prepare or commit.
func (s *byzSim) poison(b *types.Block, why string) {
	s.poisoned[b.Hash()] = why
}

// act performs one random enabled strategy of the adversary.
func (s *byzSim) act(a *adversary) {
	var enabled []strategy
	for st := strategy(1); st <= allStrategies; st <<= 1 {
		if s.sc.strategies&st != 0 {
			enabled = append(enabled, st)
		}
	}
	if len(enabled) == 0 {
		return // silent, like a crashed validator
	}
	st := enabled[s.rng.Intn(len(enabled))]
	s.tracef("adversary %d acts: %v", a.idx, st)
	parent, cert, round := s.frontier()
	height := parent.Number.Uint64() + 1
	switch st {
	case stratEquivocateProposal:
		s.equivocateProposal(a, parent, cert, round)
	case stratEquivocateVotes:
		if len(a.proposals) > 0 {
			p := a.proposals[s.rng.Intn(len(a.proposals))]
			s.voteFor(a, p.Height, p.Round+uint64(s.rng.Intn(3)), p.digest())
		}
	case stratBadJustification:
		s.badJustification(a, parent, cert, max(round, 1))
	case stratForgedCoinbase:
		others := slicesWithout(s.vals, a.addr)
		b := s.makeBlock(parent, cert, others[s.rng.Intn(len(others))], vanityGood)
		s.poison(b, "forged coinbase")
		s.proposeFresh(a, b, round, st)
	case stratBadParentCommit:
		b := s.makeBlock(parent, s.corruptCertificate(a, parent, cert), a.addr, vanityGood)
		s.poison(b, "bad parentCommit")
		s.proposeFresh(a, b, round, st)
	case stratForgedRoundChange:
		s.forgedRoundChange(a, height, round)
	case stratReplay:
		if len(a.seen) > 0 {
			e := a.seen[s.rng.Intn(len(a.seen))]
			targets := s.honestTargets()
			for _, to := range targets[:1+s.rng.Intn(len(targets))] {
				if to != e.from {
					s.queue = append(s.queue, envelope{from: a.idx, to: to, code: e.code, payload: e.payload})
					s.advMessages[st]++
				}
			}
		}
	case stratForeignChain:
		s.foreignChain(a, parent, cert, round)
	}
}

func slicesWithout(addrs []common.Address, x common.Address) []common.Address {
	var out []common.Address
	for _, a := range addrs {
		if a != x {
			out = append(out, a)
		}
	}
	return out
}

// proposeFresh sends a proposal of a fresh block with the best justification
// the adversary has (it may still be invalid).
func (s *byzSim) proposeFresh(a *adversary, b *types.Block, round uint64, st strategy) {
	m := &Message{Code: CodeProposal, Height: b.NumberU64(), Round: round, Block: b}
	if round > 0 {
		unprepared, _ := s.roundChangesFor(a, m.Height, round)
		m.RoundChanges = stripped(unprepared[:min(len(unprepared), s.q)])
	}
	s.send(a.idx, s.sign(a.key, m, testChainID, testGenesis), s.honestTargets())
	s.advMessages[st]++
}

// equivocateProposal sends two different proposals for one round to two
// halves of the honest nodes. Both are valid when the adversary is the round's
// proposer and (at round > 0) it holds Q unprepared round changes; otherwise
// the second is whatever it can build.
func (s *byzSim) equivocateProposal(a *adversary, parent *types.Header, cert *qbft.CommitCertificate, round uint64) {
	height := parent.Number.Uint64() + 1
	unprepared, prepared := s.roundChangesFor(a, height, round)
	// Any Q of the round changes justify a proposal: take a random set, so
	// that the highest prepared round among them is not always the highest
	// the adversary knows of.
	all := append(append([]*Message(nil), prepared...), unprepared...)
	s.rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	first := s.validProposal(a, parent, cert, round, all)
	if first == nil {
		return
	}
	second := s.validProposal(a, parent, cert, round, unprepared)
	if second == nil {
		// Short of Q unprepared round changes: the only other block it can
		// send is a fresh one the prepared round changes do not justify.
		b := s.makeBlock(parent, cert, a.addr, vanityGood)
		s.poison(b, "fresh block against a prepared round change")
		second = s.sign(a.key, &Message{Code: CodeProposal, Height: height, Round: round, Block: b, RoundChanges: first.RoundChanges, Prepares: first.Prepares}, testChainID, testGenesis)
	}
	x, y := s.split()
	s.send(a.idx, first, x)
	s.send(a.idx, second, y)
	s.advMessages[stratEquivocateProposal] += 2
}

// badJustification sends round > 0 proposals of fresh (poisoned) blocks whose
// justification cannot be valid.
func (s *byzSim) badJustification(a *adversary, parent *types.Header, cert *qbft.CommitCertificate, round uint64) {
	height := parent.Number.Uint64() + 1
	b := s.makeBlock(parent, cert, a.addr, vanityGood)
	m := &Message{Code: CodeProposal, Height: height, Round: round, Block: b}
	unprepared, prepared := s.roundChangesFor(a, height, round)
	all := append(append([]*Message(nil), unprepared...), prepared...)
	switch s.rng.Intn(5) {
	case 0: // fewer than Q distinct authors, padded with duplicates
		rcs := all[:min(len(all), s.q-1)]
		for len(rcs) < s.q {
			rcs = append(rcs, rcs[0])
		}
		m.RoundChanges = stripped(rcs)
		s.poison(b, "justification short of a quorum")
	case 1: // a round change for another round
		wrong := s.sign(a.key, &Message{Code: CodeRoundChange, Height: height, Round: round + 1}, testChainID, testGenesis)
		m.RoundChanges = stripped(append(all[:min(len(all), s.q)], wrong))
		s.poison(b, "justification for another round")
	case 2: // prepares although no round change is prepared
		m.RoundChanges = stripped(unprepared[:min(len(unprepared), s.q)])
		if keys := a.prepareKeys(); len(keys) > 0 {
			byDigest := a.prepares[keys[0]]
			digests := slices.SortedFunc(maps.Keys(byDigest), func(x, y common.Hash) int { return x.Cmp(y) })
			m.Prepares = s.inValidatorOrder(byDigest[digests[0]])
		}
		if len(m.Prepares) == 0 {
			m.Prepares = []*Message{s.sign(a.key, &Message{Code: CodePrepare, Height: height, Round: round - 1, Digest: b.Hash()}, testChainID, testGenesis)}
		}
		s.poison(b, "prepares without a prepared round change")
	case 3: // claims its own fresh block was prepared, with too few prepares
		own := s.sign(a.key, &Message{Code: CodeRoundChange, Height: height, Round: round, Prepared: &Prepared{Round: round - 1, Digest: b.Hash()}}, testChainID, testGenesis)
		rcs := append([]*Message{own}, all[1:min(len(all), s.q)]...)
		m.RoundChanges = stripped(rcs)
		m.Prepares = []*Message{s.sign(a.key, &Message{Code: CodePrepare, Height: height, Round: round - 1, Digest: b.Hash()}, testChainID, testGenesis)}
		s.poison(b, "forged prepared round change")
	case 4: // justification at round 0: the codec refuses it
		m.Round = 0
		m.RoundChanges = stripped(all[:min(len(all), s.q)])
		s.poison(b, "justified round-0 proposal")
	}
	s.send(a.idx, s.sign(a.key, m, testChainID, testGenesis), s.honestTargets())
	s.advMessages[stratBadJustification]++
}

// corruptCertificate returns a parentCommit that is not a valid certificate
// of parent.
func (s *byzSim) corruptCertificate(a *adversary, parent *types.Header, cert *qbft.CommitCertificate) *qbft.CommitCertificate {
	own := s.seal(a.key, testChainID, parent.Hash(), 0)
	if cert == nil { // block 1 must carry none
		return &qbft.CommitCertificate{Seals: [][]byte{own}}
	}
	bad := &qbft.CommitCertificate{Round: cert.Round, Seals: append([][]byte(nil), cert.Seals...)}
	switch s.rng.Intn(5) {
	case 0:
		return nil
	case 1: // one seal short
		bad.Seals = bad.Seals[:len(bad.Seals)-1]
	case 2: // seals of another round
		bad.Round++
	case 3: // a duplicated seal
		bad.Seals[len(bad.Seals)-1] = bad.Seals[0]
	case 4: // a seal by a key outside the validator set
		outsider, _ := crypto.ToECDSA(crypto.Keccak256([]byte("outsider")))
		bad.Seals[0] = s.seal(outsider, testChainID, parent.Hash(), cert.Round)
	}
	return bad
}

// forgedRoundChange sends ROUND_CHANGEs with forged or stale certificates,
// or for far rounds.
func (s *byzSim) forgedRoundChange(a *adversary, height, round uint64) {
	target := round + 1 + uint64(s.rng.Intn(FutureRoundLimit+2))
	m := &Message{Code: CodeRoundChange, Height: height, Round: target}
	var proposal *Message
	for _, p := range a.proposals {
		if p.Height == height {
			proposal = p
		}
	}
	if proposal != nil {
		d := proposal.digest()
		var ps []*Message
		for _, k := range a.prepareKeys() {
			if k.height == height && a.prepares[k][d] != nil {
				ps = s.inValidatorOrder(a.prepares[k][d])
				m.Prepared = &Prepared{Round: k.round, Digest: d}
				break
			}
		}
		m.Block, m.Prepares = proposal.Block, ps
		if m.Prepared == nil {
			m.Prepared = &Prepared{Round: proposal.Round, Digest: d}
		}
		switch s.rng.Intn(4) {
		case 0: // as observed: valid if Q prepares were seen, else short
		case 1: // prepared round not below the target
			m.Prepared.Round = target
		case 2: // digest that is not the block
			m.Prepared.Digest = common.Hash{0xde, 0xad}
		case 3: // prepares relabelled to another round (signatures break)
			m.Prepared.Round++
		}
		if m.Prepared.Round >= target {
			m.Prepared.Round = target
		}
	}
	s.send(a.idx, s.sign(a.key, m, testChainID, testGenesis), s.honestTargets())
	s.advMessages[stratForgedRoundChange]++
}

// foreignChain builds a fresh (poisoned) block on the real parent and sends a
// complete round for it, signed by every validator key, proposer included,
// but for another chain id or genesis hash: a proposal, round changes,
// PREPAREs and COMMITs with seals. If the core did not bind signatures to the
// network, honest nodes would prepare and commit it.
func (s *byzSim) foreignChain(a *adversary, parent *types.Header, cert *qbft.CommitCertificate, round uint64) {
	chainID, genesis := foreignChainID, testGenesis
	if s.rng.Intn(2) == 0 {
		chainID, genesis = testChainID, foreignGenesis
	}
	height := parent.Number.Uint64() + 1
	author := proposer(s.vals, parent.Coinbase, round)
	var authorKey *ecdsa.PrivateKey
	for i, v := range s.vals {
		if v == author {
			authorKey = s.keys[i]
		}
	}
	b := s.makeBlock(parent, cert, author, vanityGood)
	s.poison(b, "replayed from another chain")
	p := &Message{Code: CodeProposal, Height: height, Round: round, Block: b}
	var msgs []*Message
	for _, k := range s.keys {
		if round > 0 {
			p.RoundChanges = append(p.RoundChanges, s.sign(k, &Message{Code: CodeRoundChange, Height: height, Round: round}, chainID, genesis))
		}
		msgs = append(msgs,
			s.sign(k, &Message{Code: CodePrepare, Height: height, Round: round, Digest: b.Hash()}, chainID, genesis),
			s.sign(k, &Message{Code: CodeCommit, Height: height, Round: round, Digest: b.Hash(), CommitSeal: s.seal(k, chainID, b.Hash(), round)}, chainID, genesis))
	}
	msgs = append([]*Message{s.sign(authorKey, p, chainID, genesis)}, msgs...)
	for _, m := range msgs {
		s.send(a.idx, m, s.honestTargets())
		s.advMessages[stratForeignChain]++
	}
}
