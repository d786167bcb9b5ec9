package qbftcore

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// byzantineSeeds is how many seeds each scenario family runs in
// TestByzantineSchedules (one with -short).
const byzantineSeeds = 6

// TestByzantineSchedules runs the Byzantine simulator over scenario families
// (every strategy alone and together, n = 4, 5, 7 and 10 with F(n) adversaries,
// with loss, duplication, partitions, crashes and capped timers), each with
// several seeds, checking safety on every event and liveness after the heal.
func TestByzantineSchedules(t *testing.T) {
	type family struct {
		name string
		sc   byzScenario
	}
	var families []family
	for st := strategy(1); st <= allStrategies; st <<= 1 {
		families = append(families, family{st.String(), byzScenario{n: 4, byz: 1, strategies: st, drop: 0.1, dup: 0.1, chaosSteps: 600}})
	}
	families = append(families,
		family{"silent", byzScenario{n: 4, byz: 1, drop: 0.2, dup: 0.1, chaosSteps: 600}},
		family{"all n=4", byzScenario{n: 4, byz: 1, strategies: allStrategies, drop: 0.2, dup: 0.1, partition: true, crash: true, chaosSteps: 800}},
		family{"all n=7", byzScenario{n: 7, byz: 2, strategies: allStrategies, drop: 0.15, dup: 0.1, partition: true, chaosSteps: 800, maxTimeout: 20 * time.Second}},
		family{"all n=7 active after heal", byzScenario{n: 7, byz: 2, strategies: allStrategies &^ stratForeignChain, drop: 0.1, dup: 0.05, crash: true, chaosSteps: 600, advAfterHeal: true}},
		family{"all n=10", byzScenario{n: 10, byz: 3, strategies: allStrategies &^ stratForeignChain, drop: 0.1, dup: 0.1, partition: true, crash: true, chaosSteps: 600}},
		family{"equivocation n=5", byzScenario{n: 5, byz: 1, strategies: stratEquivocateProposal | stratEquivocateVotes | stratForgedRoundChange, drop: 0.3, dup: 0.2, partition: true, chaosSteps: 800}},
	)
	for _, fam := range families {
		seeds := int64(byzantineSeeds)
		if testing.Short() {
			seeds = 1
		}
		sent := make(map[strategy]int)
		splits := 0
		for seed := int64(1); seed <= seeds; seed++ {
			sc := fam.sc
			sc.seed = seed
			t.Run(fmt.Sprintf("%s/seed=%d", fam.name, seed), func(t *testing.T) {
				s := newByzSim(t, sc)
				s.run()
				t.Logf("heads %d, max round %d, %d steps, adversary messages %v, undecodable %d, split rounds %d, rounds after heal %d (K=%d)",
					len(s.decided), s.maxRound, s.steps, s.advMessages, s.rejectedDecode, s.splitRounds, s.healRounds, livenessBound(sc))
				for st, n := range s.advMessages {
					sent[st] += n
				}
				splits += s.splitRounds
			})
		}
		// The family must have exercised what it names.
		for st := strategy(1); st <= allStrategies; st <<= 1 {
			if fam.sc.strategies&st != 0 && sent[st] == 0 {
				t.Errorf("%s: no %v message was ever sent", fam.name, st)
			}
		}
		if fam.sc.strategies == stratEquivocateProposal && !testing.Short() && splits == 0 {
			t.Errorf("%s: no equivocation ever split the honest nodes' prepares", fam.name)
		}
	}
}

// TestByzantineDeterministic: a scenario is a pure function of its seed, so
// that any failure found by a seed or the fuzzer replays exactly.
func TestByzantineDeterministic(t *testing.T) {
	sc := byzScenario{n: 7, byz: 2, strategies: allStrategies, drop: 0.2, dup: 0.1, partition: true, crash: true, chaosSteps: 500, advAfterHeal: true, seed: 42}
	fingerprint := func() string {
		s := newByzSim(t, sc)
		s.run()
		var b strings.Builder
		fmt.Fprintf(&b, "%d %v %d %d|", s.steps, s.now, s.maxRound, s.rejectedDecode)
		for h := uint64(1); s.decided[h] != nil; h++ {
			fmt.Fprintf(&b, "%x/%d ", s.decided[h].Hash(), s.certs[h].Round)
		}
		return b.String()
	}
	if a, b := fingerprint(), fingerprint(); a != b {
		t.Fatalf("two runs of one scenario differ:\n%s\n%s", a, b)
	}
}

// coreOf returns a core for validator me of keys, started at height 1 with
// its block timer fired (round 0 running).
func coreOf(t *testing.T, keys []*ecdsa.PrivateKey, me int, maxTimeout time.Duration) *Core {
	t.Helper()
	cfg := testConfig(keys[me], func() time.Time { return simStart })
	cfg.MaxRequestTimeout = maxTimeout
	c := New(cfg)
	c.NewHeight(genesisHeader(), addresses(keys))
	c.BlockTimerFired(1)
	c.Ready()
	return c
}

func roundChange(t *testing.T, key *ecdsa.PrivateKey, h, r uint64) *Message {
	return signed(t, key, &Message{Code: CodeRoundChange, Height: h, Round: r})
}

// TestQuorumThresholds checks, for n = 2..10, that the core acts on exactly
// ceil(2n/3) messages (computed here independently of qbft.Quorum):
// PREPAREs before it commits, COMMITs before it decides, ROUND_CHANGEs before
// the round's proposer proposes. The node's own message always counts.
func TestQuorumThresholds(t *testing.T) {
	for n := 2; n <= 10; n++ {
		q := int(math.Ceil(2 * float64(n) / 3))
		keys := testKeys(n)
		vals := addresses(keys)
		const me = 1 // round-0 proposer of height 1 is vals[0], round 1's is vals[1]
		others := []int{0}
		for i := 2; i < n; i++ {
			others = append(others, i)
		}
		t.Run(fmt.Sprintf("n=%d,q=%d", n, q), func(t *testing.T) {
			c := coreOf(t, keys, me, 0)
			b := buildBlock(genesisHeader(), vals[0], simStart.Add(simPeriod), 1, false)
			c.Step(proposalMsg(t, keys[0], 0, b, nil, nil))
			c.BlockValidated(b.Hash(), nil)
			if rd := c.Ready(); len(find(rd.Broadcast, CodePrepare)) != 1 {
				t.Fatalf("no PREPARE for a valid proposal: %v", rd.Broadcast)
			}
			for i, o := range others[:q-1] {
				if got := len(find(c.Ready().Broadcast, CodeCommit)); got != 0 {
					t.Fatalf("COMMIT sent with %d of %d prepares", i+1, q)
				}
				c.Step(prepareMsg(t, keys[o], 1, 0, b.Hash()))
			}
			if got := len(find(c.Ready().Broadcast, CodeCommit)); got != 1 {
				t.Fatalf("no COMMIT with %d prepares", q)
			}
			for i, o := range others[:q-1] {
				if rd := c.Ready(); rd.Committed != nil {
					t.Fatalf("decided with %d of %d commits", i+1, q)
				}
				c.Step(commitMsg(t, keys[o], 1, 0, b.Hash()))
			}
			rd := c.Ready()
			if rd.Committed == nil || len(rd.Committed.Certificate.Seals) != q {
				t.Fatalf("want a decision with %d seals, got %+v", q, rd.Committed)
			}

			// Round changes: the round-1 proposer proposes on the q-th.
			c = coreOf(t, keys, me, 0)
			c.RoundTimerFired(1, 0)
			c.Ready()
			for i, o := range others[:q-1] {
				if rd := c.Ready(); rd.BuildBlock != nil {
					t.Fatalf("asked to build with %d of %d round changes", i+1, q)
				}
				c.Step(roundChange(t, keys[o], 1, 1))
			}
			if rd := c.Ready(); rd.BuildBlock == nil || *rd.BuildBlock != (BuildRequest{Height: 1, Round: 1}) {
				t.Fatalf("want a round-1 build request with %d round changes, got %+v", q, rd.BuildBlock)
			}
		})
	}
}

// TestEarlyRoundChangeNeedsFPlusOne: f Byzantine validators sending round
// changes for any rounds, near or beyond FutureRoundLimit, never move an
// honest node; one more validator's round change moves it to the highest
// round f+1 validators reached, which is the honest one's round here since
// every Byzantine validator claims a higher one (up to 2^40): Byzantine
// validators cannot drag an honest node above an honest round.
func TestEarlyRoundChangeNeedsFPlusOne(t *testing.T) {
	for _, n := range []int{4, 7, 10} {
		f := (n - 1) / 3
		keys := testKeys(n)
		t.Run(fmt.Sprintf("n=%d,f=%d", n, f), func(t *testing.T) {
			for _, honestRound := range []uint64{2, FutureRoundLimit, FutureRoundLimit + 1, 40} {
				c := coreOf(t, keys, 0, 0)
				for i := 1; i <= f; i++ {
					for _, r := range []uint64{1, 5, FutureRoundLimit + 5, 1000, 1 << 40} {
						c.Step(roundChange(t, keys[i], 1, r))
					}
				}
				if _, r := c.Height(); r != 0 {
					t.Fatalf("f validators moved the node to round %d", r)
				}
				c.Step(roundChange(t, keys[f+1], 1, honestRound))
				if _, r := c.Height(); r != honestRound {
					t.Fatalf("f+1-th round change for %d moved the node to round %d", honestRound, r)
				}
				rcs := find(c.Ready().Broadcast, CodeRoundChange)
				if len(rcs) != 1 || rcs[0].Round != honestRound {
					t.Fatalf("want own ROUND_CHANGE for round %d, got %v", honestRound, rcs)
				}
			}
		})
	}
}

// TestFarRoundChangeRejoin is the regression test for a liveness bug: a node
// more than FutureRoundLimit rounds behind the others (after a restart, or
// after syncing to the height late) dropped their ROUND_CHANGEs, and since
// round timers are capped at 2^6 it advanced no faster than they did, so it
// never rejoined them; when the others needed it for a quorum, the chain
// stalled for good. Far ROUND_CHANGEs now count for the f+1 rule (the
// highest per validator) and join the round's state once it is reached.
func TestFarRoundChangeRejoin(t *testing.T) {
	keys := testKeys(4)
	const me = 3
	const target = 27 // proposer(V, 0x0, 27) = V[27 mod 4] = V[3], this node
	if proposer(addresses(keys), common.Address{}, target) != addresses(keys)[me] {
		t.Fatal("test setup: node is not the target round's proposer")
	}
	c := coreOf(t, keys, me, 0)
	if err := c.step(roundChange(t, keys[0], 1, target)); err != nil {
		t.Fatalf("far round change: %v", err)
	}
	if err := c.step(roundChange(t, keys[0], 1, target-1)); !errors.Is(err, errDuplicate) {
		t.Fatalf("lower far round change from the same validator: %v, want %v", err, errDuplicate)
	}
	if err := c.step(prepareMsg(t, keys[0], 1, target, common.Hash{1})); !errors.Is(err, errFarRound) {
		t.Fatalf("far prepare: %v, want %v", err, errFarRound)
	}
	if _, r := c.Height(); r != 0 {
		t.Fatalf("one far round change moved the node to round %d", r)
	}
	c.Step(roundChange(t, keys[1], 1, target))
	if _, r := c.Height(); r != target {
		t.Fatalf("at round %d, want %d after f+1 far round changes", r, target)
	}
	rd := c.Ready()
	if rcs := find(rd.Broadcast, CodeRoundChange); len(rcs) != 1 || rcs[0].Round != target {
		t.Fatalf("want own ROUND_CHANGE for round %d, got %v", target, rd.Broadcast)
	}
	// The two far round changes and its own make a quorum: it proposes.
	if rd.BuildBlock == nil || *rd.BuildBlock != (BuildRequest{Height: 1, Round: target}) {
		t.Fatalf("want a build request for round %d, got %+v", target, rd.BuildBlock)
	}
}

// TestSimRejoinAfterLongCrash plays the bug above end to end: n = 4 with one
// silent validator, one honest node crashed while the other two time out
// for many rounds; after its restart all three must commit within K rounds.
func TestSimRejoinAfterLongCrash(t *testing.T) {
	s := newByzSim(t, byzScenario{n: 4, byz: 1, seed: 7})
	victim := s.liveHonest()[0]
	s.crash(victim)
	for i := 0; i < 200; i++ {
		s.chaosStep()
	}
	_, behind := victim.core.Height()
	for _, n := range s.liveHonest() {
		if _, r := n.core.Height(); r <= behind+FutureRoundLimit {
			t.Fatalf("setup: node %d at round %d is not more than %d rounds ahead of %d", n.idx, r, FutureRoundLimit, behind)
		}
	}
	s.restart(victim)
	s.heal()
}

// TestFutureRoundWindow: at round r, messages up to round r+FutureRoundLimit
// are kept and adopted when their round starts, later ones dropped, PREPAREs
// of past rounds dropped, COMMITs of past rounds kept.
func TestFutureRoundWindow(t *testing.T) {
	keys := testKeys(4)
	vals := addresses(keys)
	c := coreOf(t, keys, 3, 0)
	for r := uint64(0); r < 3; r++ {
		c.RoundTimerFired(1, r)
	}
	if _, r := c.Height(); r != 3 {
		t.Fatalf("at round %d, want 3", r)
	}
	d := common.Hash{7}
	tests := []struct {
		name string
		msg  *Message
		want error
	}{
		{"prepare at the window's edge", prepareMsg(t, keys[0], 1, 3+FutureRoundLimit, d), nil},
		{"prepare beyond the window", prepareMsg(t, keys[0], 1, 4+FutureRoundLimit, d), errFarRound},
		{"commit beyond the window", commitMsg(t, keys[0], 1, 4+FutureRoundLimit, d), errFarRound},
		{"prepare of a past round", prepareMsg(t, keys[0], 1, 2, d), errOldRound},
		{"commit of a past round", commitMsg(t, keys[0], 1, 2, d), nil},
		{"duplicate commit of a past round", commitMsg(t, keys[0], 1, 2, d), errDuplicate},
	}
	for _, tc := range tests {
		if err := c.step(tc.msg); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	// PREPAREs for round 5 arrive first; the round-5 proposal then makes the
	// node prepared at once.
	const r5 = 5
	b := buildBlock(genesisHeader(), proposer(vals, common.Address{}, r5), simStart.Add(simPeriod), 5, false)
	for _, i := range []int{0, 2} {
		if err := c.step(prepareMsg(t, keys[i], 1, r5, b.Hash())); err != nil {
			t.Fatalf("future prepare: %v", err)
		}
	}
	var rcs []*Message
	for _, k := range keys[:3] {
		m := &Message{Code: CodeRoundChange, Height: 1, Round: r5}
		if err := m.sign(qbft.KeyFromECDSA(k), testChainID, testGenesis); err != nil {
			t.Fatal(err)
		}
		rcs = append(rcs, m)
	}
	author := slices.Index(vals, proposer(vals, common.Address{}, r5))
	c.Step(proposalMsg(t, keys[author], r5, b, rcs, nil))
	c.BlockValidated(b.Hash(), nil)
	rd := c.Ready()
	if _, r := c.Height(); r != r5 {
		t.Fatalf("at round %d, want %d after its valid proposal", r, r5)
	}
	if len(find(rd.Broadcast, CodePrepare)) != 1 || len(find(rd.Broadcast, CodeCommit)) != 1 {
		t.Fatalf("buffered prepares not adopted: %v", rd.Broadcast)
	}
}

// TestRoundTimerBackoff drives a core through rounds by its own timer and
// checks every armed round timer: RequestTimeout × 2^min(r, 6), capped by
// MaxRequestTimeout, with rounds strictly increasing.
func TestRoundTimerBackoff(t *testing.T) {
	keys := testKeys(4)
	for _, maxTimeout := range []time.Duration{0, 40 * time.Second, 3 * time.Second} {
		t.Run(fmt.Sprintf("max=%v", maxTimeout), func(t *testing.T) {
			cfg := testConfig(keys[3], func() time.Time { return simStart })
			cfg.MaxRequestTimeout = maxTimeout
			c := New(cfg)
			c.NewHeight(genesisHeader(), addresses(keys))
			c.BlockTimerFired(1)
			last := int64(-1)
			for i := 0; i < 12; i++ {
				rd := c.Ready()
				tm := rd.RoundTimer
				if tm == nil || int64(tm.Round) <= last {
					t.Fatalf("step %d: round timer %+v after round %d", i, tm, last)
				}
				want := simTimeout << min(tm.Round, 6)
				if maxTimeout > 0 && want > maxTimeout {
					want = maxTimeout
				}
				if tm.After != want {
					t.Fatalf("round %d lasts %v, want %v", tm.Round, tm.After, want)
				}
				last = int64(tm.Round)
				c.RoundTimerFired(1, tm.Round)
			}
		})
	}
}

// TestMinorityAheadRejoins: n = 4 with one validator down; two honest ones
// are down while the third times out through several rounds alone. When
// they return it is the only validator above their round — fewer than f+1,
// so they do not jump to it — and with capped timers every round lasts as
// long as its own. Before rounds followed the clock's schedule
// (Core.clockRound) the three never shared a round again and the chain
// stopped for good; now the returning nodes rejoin the schedule at their
// first timeout and the height is decided.
func TestMinorityAheadRejoins(t *testing.T) {
	s := newByzSim(t, byzScenario{n: 4, byz: 1, seed: 3})
	live := s.liveHonest()
	s.crash(live[1])
	s.crash(live[2])
	for i := 0; i < 80; i++ {
		s.chaosStep()
	}
	s.restart(live[1])
	s.restart(live[2])
	s.healed = true
	for i := 0; i < 20_000 && s.decided[1] == nil; i++ {
		s.healStep()
	}
	if s.decided[1] == nil {
		t.Fatalf("height 1 undecided after %v of logical time: %s", s.now.Sub(simStart), s.describe())
	}
}
