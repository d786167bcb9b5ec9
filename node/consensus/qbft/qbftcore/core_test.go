package qbftcore

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// signed signs m with key and passes it through the wire codec.
func signed(t *testing.T, key *ecdsa.PrivateKey, m *Message) *Message {
	t.Helper()
	if err := m.sign(qbft.KeyFromECDSA(key), testChainID, testGenesis); err != nil {
		t.Fatal(err)
	}
	code, payload := m.Encode()
	out, err := Decode(code, payload)
	if err != nil {
		t.Fatalf("decoding %v: %v", m, err)
	}
	return out
}

func prepareMsg(t *testing.T, key *ecdsa.PrivateKey, h, r uint64, d common.Hash) *Message {
	return signed(t, key, &Message{Code: CodePrepare, Height: h, Round: r, Digest: d})
}

func commitMsg(t *testing.T, key *ecdsa.PrivateKey, h, r uint64, d common.Hash) *Message {
	seal, err := qbft.KeyFromECDSA(key).SignCommitSeal(testChainID, d, r)
	if err != nil {
		t.Fatal(err)
	}
	return signed(t, key, &Message{Code: CodeCommit, Height: h, Round: r, Digest: d, CommitSeal: seal})
}

func proposalMsg(t *testing.T, key *ecdsa.PrivateKey, r uint64, b *types.Block, rcs, prepares []*Message) *Message {
	return signed(t, key, &Message{Code: CodeProposal, Height: b.NumberU64(), Round: r, Block: b, RoundChanges: rcs, Prepares: prepares})
}

// unitCore is one core of a 4-validator set, driven by hand.
type unitCore struct {
	t     *testing.T
	keys  []*ecdsa.PrivateKey
	vals  []common.Address
	now   time.Time
	core  *Core
	me    int
	ready []Ready
}

func newUnitCore(t *testing.T, me int) *unitCore {
	keys := testKeys(4)
	u := &unitCore{t: t, keys: keys, vals: addresses(keys), now: simStart, me: me}
	var key *ecdsa.PrivateKey
	if me >= 0 {
		key = keys[me]
	}
	u.core = New(testConfig(key, func() time.Time { return u.now }))
	return u
}

// drain collects the core's outputs.
func (u *unitCore) drain() Ready {
	var all Ready
	for {
		rd := u.core.Ready()
		if rd.Empty() {
			return all
		}
		all.Broadcast = append(all.Broadcast, rd.Broadcast...)
		all.Persist = append(all.Persist, rd.Persist...)
		all.Validate = append(all.Validate, rd.Validate...)
		if rd.BuildBlock != nil {
			all.BuildBlock = rd.BuildBlock
		}
		if rd.BlockTimer != nil {
			all.BlockTimer = rd.BlockTimer
		}
		if rd.RoundTimer != nil {
			all.RoundTimer = rd.RoundTimer
		}
		if rd.Committed != nil {
			all.Committed = rd.Committed
		}
	}
}

func find(msgs []*Message, code uint64) []*Message {
	var out []*Message
	for _, m := range msgs {
		if m.Code == code {
			out = append(out, m)
		}
	}
	return out
}

func TestProposer(t *testing.T) {
	v := []common.Address{common.HexToAddress("0x10"), common.HexToAddress("0x20"), common.HexToAddress("0x30"), common.HexToAddress("0x40")}
	tests := []struct {
		name  string
		last  common.Address
		round uint64
		want  common.Address
	}{
		{"genesis coinbase 0, round 0", common.Address{}, 0, v[0]},
		{"genesis coinbase 0, round 2", common.Address{}, 2, v[2]},
		{"genesis coinbase 0, round wraps", common.Address{}, 5, v[1]},
		{"member rotates to next", v[1], 0, v[2]},
		{"member plus round", v[1], 1, v[3]},
		{"last member wraps", v[3], 0, v[0]},
		{"removed, successor in set", common.HexToAddress("0x25"), 0, v[2]},
		{"removed, successor plus round", common.HexToAddress("0x25"), 3, v[1]},
		{"removed above all wraps to first", common.HexToAddress("0x50"), 0, v[0]},
		{"huge round", v[0], 1<<64 - 1, v[(1+int((1<<64-1)%4))%4]},
	}
	for _, tc := range tests {
		if got := proposer(v, tc.last, tc.round); got != tc.want {
			t.Errorf("%s: proposer = %x, want %x", tc.name, got, tc.want)
		}
	}
	if got := proposer(nil, common.Address{}, 0); got != (common.Address{}) {
		t.Errorf("empty set: proposer = %x, want zero", got)
	}
}

func TestRoundTimeout(t *testing.T) {
	tests := []struct {
		base, max time.Duration
		round     uint64
		want      time.Duration
	}{
		{4 * time.Second, 60 * time.Second, 0, 4 * time.Second},
		{4 * time.Second, 60 * time.Second, 1, 8 * time.Second},
		{4 * time.Second, 60 * time.Second, 3, 32 * time.Second},
		{4 * time.Second, 60 * time.Second, 4, 60 * time.Second},
		{time.Second, 0, 6, 64 * time.Second},
		{time.Second, 0, 7, 64 * time.Second},
		{time.Second, 0, 1 << 63, 64 * time.Second},
		{time.Second, 1000 * time.Second, 100, 64 * time.Second},
	}
	for _, tc := range tests {
		if got := roundTimeout(tc.base, tc.max, tc.round); got != tc.want {
			t.Errorf("roundTimeout(%v, %v, %d) = %v, want %v", tc.base, tc.max, tc.round, got, tc.want)
		}
	}
}

// TestTimers checks the block timer (parent time + period) and the round
// timer, which starts only once round 0 starts.
func TestTimers(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	rd := u.drain()
	if rd.BlockTimer == nil || rd.BlockTimer.Height != 1 || !rd.BlockTimer.At.Equal(time.Unix(int64(head.Time), 0).Add(simPeriod)) {
		t.Fatalf("block timer = %+v, want height 1 at parent time + period", rd.BlockTimer)
	}
	if rd.RoundTimer != nil {
		t.Fatalf("round timer armed before round 0 started: %+v", rd.RoundTimer)
	}
	u.core.RoundTimerFired(1, 0) // not armed: ignored
	if rd := u.drain(); len(rd.Broadcast) != 0 {
		t.Fatalf("round change sent before round 0 started: %v", rd.Broadcast)
	}
	u.core.BlockTimerFired(1)
	rd = u.drain()
	if rd.RoundTimer == nil || *rd.RoundTimer != (Timer{Height: 1, Round: 0, After: simTimeout}) {
		t.Fatalf("round timer = %+v, want round 0 after %v", rd.RoundTimer, simTimeout)
	}
	if rd.BuildBlock != nil {
		t.Fatalf("non-proposer asked to build: %+v", rd.BuildBlock)
	}
	u.core.RoundTimerFired(1, 0)
	rd = u.drain()
	if rd.RoundTimer == nil || *rd.RoundTimer != (Timer{Height: 1, Round: 1, After: 2 * simTimeout}) {
		t.Fatalf("round timer = %+v, want round 1 after %v", rd.RoundTimer, 2*simTimeout)
	}
	rcs := find(rd.Broadcast, CodeRoundChange)
	if len(rcs) != 1 || rcs[0].Round != 1 || rcs[0].Prepared != nil || len(rd.Persist) != 1 {
		t.Fatalf("want one persisted unprepared ROUND_CHANGE for round 1, got %v (persist %v)", rd.Broadcast, rd.Persist)
	}
	u.core.RoundTimerFired(1, 0) // stale
	if rd := u.drain(); !rd.Empty() {
		t.Fatalf("stale round timer acted: %+v", rd)
	}
}

// TestStepRejects drives one validator (index 3, never the round-0 proposer
// of height 1) with invalid messages and checks each is refused for the
// right reason.
func TestStepRejects(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.drain()
	k := u.keys
	outsider, _ := crypto.GenerateKey()
	good := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
	d := good.Hash()
	other := &types.Header{Number: big.NewInt(0), Time: 5, Difficulty: new(big.Int)}

	rc := func(key *ecdsa.PrivateKey, r uint64, p *Prepared, b *types.Block, ps []*Message) *Message {
		return signed(t, key, &Message{Code: CodeRoundChange, Height: 1, Round: r, Prepared: p, Block: b, Prepares: ps})
	}
	// rcp is a piggy-backed round-change payload, as carried in a proposal.
	rcp := func(key *ecdsa.PrivateKey, r uint64, p *Prepared) *Message {
		m := &Message{Code: CodeRoundChange, Height: 1, Round: r, Prepared: p}
		if err := m.sign(qbft.KeyFromECDSA(key), testChainID, testGenesis); err != nil {
			t.Fatal(err)
		}
		return m
	}
	prepares := func(r uint64, d common.Hash, keys ...*ecdsa.PrivateKey) []*Message {
		var out []*Message
		for _, key := range keys {
			out = append(out, prepareMsg(t, key, 1, r, d))
		}
		return out
	}
	badSeal := commitMsg(t, k[1], 1, 0, d)
	badSeal.CommitSeal = commitMsg(t, k[2], 1, 0, d).CommitSeal
	badSeal = signed(t, k[1], badSeal)
	// The same signature with s' = n - s (and the recovery id flipped) is
	// valid ECDSA but breaks the low-S rule.
	malleated := prepareMsg(t, k[1], 1, 0, d)
	sig := append([]byte(nil), malleated.Signature...)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
	malleated.Signature = sig
	nilRCs := []*Message{rcp(k[0], 1, nil), rcp(k[1], 1, nil), rcp(k[2], 1, nil)}
	fresh1 := buildBlock(head, u.vals[1], simStart.Add(simPeriod), 2, false)

	tests := []struct {
		name string
		msg  *Message
		want error
	}{
		{"past height", prepareMsg(t, k[1], 0, 0, d), errOldHeight},
		{"height beyond buffer", prepareMsg(t, k[1], 1+FutureHeightLimit+1, 0, d), errFarHeight},
		{"round beyond limit", prepareMsg(t, k[1], 1, FutureRoundLimit+1, d), errFarRound},
		{"not a validator", prepareMsg(t, outsider, 1, 0, d), errNotValidator},
		{"high-S signature", malleated, errBadSignature},
		{"seal of another validator", badSeal, errBadSeal},
		{"proposal from non-proposer", proposalMsg(t, k[1], 0, buildBlock(head, u.vals[1], simStart, 1, false), nil, nil), errWrongProposer},
		{"proposal for wrong parent", proposalMsg(t, k[0], 0, buildBlock(other, u.vals[0], simStart, 1, false), nil, nil), errBlockParent},
		{"proposal coinbase not author", proposalMsg(t, k[0], 0, buildBlock(head, u.vals[2], simStart, 1, false), nil, nil), errCoinbase},
		{"round change to round 0", rc(k[1], 0, nil, nil, nil), errRoundZeroChange},
		{"prepared round not below target", rc(k[1], 1, &Prepared{1, d}, good, prepares(1, d, k[0], k[1], k[2])), errPreparedNotBelow},
		{"prepared block differs from digest", rc(k[1], 1, &Prepared{0, common.Hash{1}}, good, prepares(0, common.Hash{1}, k[0], k[1], k[2])), errPreparedDigest},
		{"prepared without quorum", rc(k[1], 1, &Prepared{0, d}, good, prepares(0, d, k[0], k[1])), errPrepareQuorum},
		{"prepared with duplicate preparer", rc(k[1], 1, &Prepared{0, d}, good, prepares(0, d, k[0], k[1], k[1])), errPrepareQuorum},
		{"round-1 proposal without quorum of round changes", proposalMsg(t, k[1], 1, fresh1, nilRCs[:2], nil), errRoundChangeQuorum},
		{"round-1 proposal with round changes for round 2", proposalMsg(t, k[1], 1, fresh1, []*Message{rcp(k[0], 2, nil)}, nil), errJustificationRound},
		{"round-1 proposal with prepares but no prepared round change", proposalMsg(t, k[1], 1, fresh1, nilRCs, prepares(0, d, k[0], k[1], k[2])), errUnexpectedPrepares},
		{"round-1 re-proposal of another block", proposalMsg(t, k[1], 1, fresh1, append(nilRCs[:2:2], rcp(k[2], 1, &Prepared{0, d})), prepares(0, d, k[0], k[1], k[2])), errReproposalDigest},
		{"round-1 re-proposal without prepares", proposalMsg(t, k[1], 1, good, append(nilRCs[:2:2], rcp(k[2], 1, &Prepared{0, d})), nil), errPrepareQuorum},
		{"round-1 conflicting prepared digests", proposalMsg(t, k[1], 1, good, []*Message{nilRCs[0], rcp(k[1], 1, &Prepared{0, common.Hash{9}}), rcp(k[2], 1, &Prepared{0, d})}, prepares(0, d, k[0], k[1], k[2])), errConflictingPrepare},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := u.core.step(tc.msg); !errors.Is(err, tc.want) {
				t.Errorf("step = %v, want %v", err, tc.want)
			}
		})
	}

	// Accepted once, then duplicate; a second proposal for the round is refused.
	p := proposalMsg(t, k[0], 0, good, nil, nil)
	if err := u.core.step(p); err != nil {
		t.Fatalf("valid proposal refused: %v", err)
	}
	if err := u.core.step(p); !errors.Is(err, errDuplicate) {
		t.Errorf("duplicate proposal: %v, want %v", err, errDuplicate)
	}
	if err := u.core.step(proposalMsg(t, k[0], 0, buildBlock(head, u.vals[0], simStart, 7, false), nil, nil)); !errors.Is(err, errSecondProposal) {
		t.Errorf("second proposal: %v, want %v", err, errSecondProposal)
	}
	pr := prepareMsg(t, k[1], 1, 0, d)
	if err := u.core.step(pr); err != nil {
		t.Fatalf("valid prepare refused: %v", err)
	}
	if err := u.core.step(pr); !errors.Is(err, errDuplicate) {
		t.Errorf("duplicate prepare: %v, want %v", err, errDuplicate)
	}
	// A valid re-proposal justification is accepted.
	reprop := proposalMsg(t, k[1], 1, good, append(nilRCs[:2:2], rcp(k[2], 1, &Prepared{0, d})), prepares(0, d, k[0], k[1], k[2]))
	if err := u.core.step(reprop); err != nil {
		t.Errorf("valid round-1 re-proposal refused: %v", err)
	}
	fresh2 := buildBlock(head, u.vals[2], simStart.Add(simPeriod), 3, false)
	var rcs2 []*Message
	for _, key := range k[:3] {
		rcs2 = append(rcs2, rcp(key, 2, nil))
	}
	if err := u.core.step(proposalMsg(t, k[2], 2, fresh2, rcs2, nil)); err != nil {
		t.Errorf("valid round-2 fresh proposal refused: %v", err)
	}
}

// TestRoundZeroFlow follows one validator through a round: a proposal is
// validated before the PREPARE, Q PREPAREs give a COMMIT with a valid seal,
// Q COMMITs give a decision whose certificate has exactly Q sorted seals.
func TestRoundZeroFlow(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.drain()
	b := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
	u.core.Step(proposalMsg(t, u.keys[0], 0, b, nil, nil))
	rd := u.drain()
	if len(rd.Validate) != 1 || rd.Validate[0].Hash() != b.Hash() || len(rd.Broadcast) != 0 {
		t.Fatalf("want a validation request and no message, got %+v", rd)
	}
	if rd.RoundTimer != nil {
		t.Fatalf("round timer started before the proposal was validated")
	}
	u.core.BlockValidated(b.Hash(), nil)
	rd = u.drain()
	if rd.RoundTimer == nil || rd.RoundTimer.Round != 0 {
		t.Fatalf("a valid round-0 proposal must start round 0: %+v", rd.RoundTimer)
	}
	if ps := find(rd.Broadcast, CodePrepare); len(ps) != 1 || ps[0].Digest != b.Hash() {
		t.Fatalf("want PREPARE for %x, got %v", b.Hash(), rd.Broadcast)
	}
	u.core.Step(prepareMsg(t, u.keys[0], 1, 0, b.Hash()))
	if rd := u.drain(); len(rd.Broadcast) != 0 {
		t.Fatalf("committed with 2 of 3 prepares: %v", rd.Broadcast)
	}
	u.core.Step(prepareMsg(t, u.keys[2], 1, 0, b.Hash()))
	rd = u.drain()
	cs := find(rd.Broadcast, CodeCommit)
	if len(cs) != 1 {
		t.Fatalf("want one COMMIT, got %v", rd.Broadcast)
	}
	if s, err := qbft.RecoverSigner(qbft.CommitSealHash(testChainID, b.Hash(), 0), cs[0].CommitSeal); err != nil || s != u.vals[3] {
		t.Fatalf("commit seal recovers to %x, %v", s, err)
	}
	if got := len(find(rd.Persist, CodePrepare)); got != 3 || len(find(rd.Persist, CodeProposal)) != 1 {
		t.Fatalf("prepared certificate not persisted: %v", rd.Persist)
	}
	for _, i := range []int{2, 1, 0} {
		u.core.Step(commitMsg(t, u.keys[i], 1, 0, b.Hash()))
	}
	rd = u.drain()
	if rd.Committed == nil || rd.Committed.Block.Hash() != b.Hash() {
		t.Fatalf("no decision after 4 commits: %+v", rd)
	}
	if err := verifyCertificate(b, rd.Committed.Certificate, u.vals); err != nil {
		t.Fatal(err)
	}
	// Decided on the third COMMIT: own seal (3) and those of 2 and 1.
	for i, seal := range rd.Committed.Certificate.Seals {
		if s, _ := qbft.RecoverSigner(qbft.CommitSealHash(testChainID, b.Hash(), 0), seal); s != u.vals[i+1] {
			t.Errorf("seal %d by %x, want %x", i, s, u.vals[i+1])
		}
	}
	if err := u.core.step(prepareMsg(t, u.keys[1], 1, 0, b.Hash())); !errors.Is(err, errCommitted) {
		t.Errorf("message after decision: %v, want %v", err, errCommitted)
	}
}

// TestCommitFromPastRound: Q COMMITs of an earlier round still decide the
// height once the block is validated.
func TestCommitFromPastRound(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.core.BlockTimerFired(1)
	b := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
	u.core.Step(proposalMsg(t, u.keys[0], 0, b, nil, nil))
	u.core.RoundTimerFired(1, 0) // moves to round 1 before validating
	u.drain()
	for _, i := range []int{3, 1, 2, 0} {
		u.core.Step(commitMsg(t, u.keys[i], 1, 0, b.Hash()))
	}
	if rd := u.drain(); rd.Committed != nil {
		t.Fatal("decided on a block not yet validated")
	}
	u.core.BlockValidated(b.Hash(), nil)
	rd := u.drain()
	if rd.Committed == nil || rd.Committed.Certificate.Round != 0 {
		t.Fatalf("want decision at round 0, got %+v", rd.Committed)
	}
	// Four seals held: the certificate takes the first Q by signer address.
	for i, seal := range rd.Committed.Certificate.Seals {
		if s, _ := qbft.RecoverSigner(qbft.CommitSealHash(testChainID, b.Hash(), 0), seal); s != u.vals[i] {
			t.Errorf("seal %d by %x, want %x", i, s, u.vals[i])
		}
	}
	if len(rd.Broadcast) != 0 {
		t.Errorf("sent %v for a past round", rd.Broadcast)
	}
}

// TestFutureBlockRetried: a block too far ahead of the clock is not rejected;
// validation is requested again once the clock catches up.
func TestFutureBlockRetried(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.drain()
	b := buildBlock(head, u.vals[0], simStart.Add(10*time.Second), 1, false)
	u.core.Step(proposalMsg(t, u.keys[0], 0, b, nil, nil))
	u.drain()
	u.core.BlockValidated(b.Hash(), fmt.Errorf("verifying header: %w", consensus.ErrFutureBlock))
	if rd := u.drain(); len(rd.Validate) != 0 || len(rd.Broadcast) != 0 {
		t.Fatalf("retried too early or prepared: %+v", rd)
	}
	u.now = simStart.Add(5 * time.Second)
	u.core.Step(prepareMsg(t, u.keys[1], 1, 0, b.Hash()))
	if rd := u.drain(); len(rd.Validate) != 0 {
		t.Fatalf("retried while still 5 s ahead")
	}
	u.now = simStart.Add(9 * time.Second)
	u.core.Step(prepareMsg(t, u.keys[2], 1, 0, b.Hash()))
	rd := u.drain()
	if len(rd.Validate) != 1 || rd.Validate[0].Hash() != b.Hash() {
		t.Fatalf("want validation retried within the 1 s skew, got %+v", rd.Validate)
	}
	u.core.BlockValidated(b.Hash(), nil)
	if ps := find(u.drain().Broadcast, CodePrepare); len(ps) != 1 {
		t.Fatalf("want PREPARE after the retried validation, got %v", ps)
	}
	// A rejected block stays rejected.
	u2 := newUnitCore(t, 3)
	u2.core.NewHeight(head, u2.vals)
	u2.core.Step(proposalMsg(t, u2.keys[0], 0, b, nil, nil))
	u2.core.BlockValidated(b.Hash(), errors.New("bad state root"))
	u2.core.BlockTimerFired(1)
	u2.core.RoundTimerFired(1, 0)
	if rd := u2.drain(); len(rd.Validate) != 1 || len(find(rd.Broadcast, CodePrepare)) != 0 {
		t.Fatalf("rejected block retried or prepared: %+v", rd)
	}
}

// TestFutureMessages: later heights are buffered and replayed by NewHeight,
// later rounds are kept and adopted when the round starts.
func TestFutureMessages(t *testing.T) {
	u := newUnitCore(t, 3)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.drain()
	b1 := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
	// Height 2: proposer rotates from b1's coinbase (vals[0]) to vals[1].
	b2 := buildBlock(b1.Header(), u.vals[1], simStart.Add(2*simPeriod), 2, false)
	if err := u.core.step(proposalMsg(t, u.keys[1], 0, b2, nil, nil)); err != nil {
		t.Fatalf("buffering a height-2 proposal: %v", err)
	}
	for _, i := range []int{0, 2} {
		if err := u.core.step(prepareMsg(t, u.keys[i], 2, 0, b2.Hash())); err != nil {
			t.Fatalf("buffering a height-2 prepare: %v", err)
		}
	}
	if err := u.core.step(prepareMsg(t, u.keys[0], 2, 0, b2.Hash())); !errors.Is(err, errDuplicate) {
		t.Errorf("duplicate buffered message: %v, want %v", err, errDuplicate)
	}
	if rd := u.drain(); len(rd.Validate) != 0 || len(rd.Broadcast) != 0 {
		t.Fatalf("acted on a future height: %+v", rd)
	}
	u.core.NewHeight(b1.Header(), u.vals)
	rd := u.drain()
	if len(rd.Validate) != 1 || rd.Validate[0].Hash() != b2.Hash() {
		t.Fatalf("buffered proposal not replayed: %+v", rd.Validate)
	}
	u.core.BlockValidated(b2.Hash(), nil)
	rd = u.drain()
	if len(find(rd.Broadcast, CodePrepare)) != 1 || len(find(rd.Broadcast, CodeCommit)) != 1 {
		t.Fatalf("replayed prepares should make the node prepared: %v", rd.Broadcast)
	}
	// Future round within the limit: a valid proposal moves the node there.
	u.core.NewHeight(b2.Header(), u.vals)
	u.drain()
	var rcs []*Message
	for _, key := range u.keys[:3] {
		rcs = append(rcs, signed(t, key, &Message{Code: CodeRoundChange, Height: 3, Round: 4}))
	}
	author := proposer(u.vals, b2.Coinbase(), 4)
	var key *ecdsa.PrivateKey
	for i, v := range u.vals {
		if v == author {
			key = u.keys[i]
		}
	}
	b3 := buildBlock(b2.Header(), author, simStart.Add(3*simPeriod), 4, false)
	if err := u.core.step(proposalMsg(t, key, 4, b3, rcs, nil)); err != nil {
		t.Fatalf("round-4 proposal: %v", err)
	}
	if h, r := u.core.Height(); h != 3 || r != 0 {
		t.Fatalf("at (%d, %d) before validation, want (3, 0)", h, r)
	}
	u.core.BlockValidated(b3.Hash(), nil)
	if h, r := u.core.Height(); h != 3 || r != 4 {
		t.Fatalf("at (%d, %d), want (3, 4) after a valid round-4 proposal", h, r)
	}
	rd = u.drain()
	if ps := find(rd.Broadcast, CodePrepare); len(ps) != 1 || ps[0].Round != 4 {
		t.Fatalf("want a round-4 PREPARE, got %v", ps)
	}
	if rd.RoundTimer == nil || rd.RoundTimer.Round != 4 {
		t.Fatalf("want the round-4 timer, got %+v", rd.RoundTimer)
	}
}

// TestEarlyRoundChange: f+1 round changes for higher rounds pull the node to
// the highest round f+1 of them reached; f of them do not.
func TestEarlyRoundChange(t *testing.T) {
	u := newUnitCore(t, 3)
	u.core.NewHeight(genesisHeader(), u.vals)
	u.core.Step(signed(t, u.keys[0], &Message{Code: CodeRoundChange, Height: 1, Round: 5}))
	if _, r := u.core.Height(); r != 0 {
		t.Fatalf("moved to round %d on f round changes", r)
	}
	u.core.Step(signed(t, u.keys[1], &Message{Code: CodeRoundChange, Height: 1, Round: 3}))
	if _, r := u.core.Height(); r != 3 {
		t.Fatalf("at round %d, want 3", r)
	}
	rcs := find(u.drain().Broadcast, CodeRoundChange)
	if len(rcs) != 1 || rcs[0].Round != 3 {
		t.Fatalf("want own ROUND_CHANGE for round 3, got %v", rcs)
	}
}

// TestSingleValidator: with one validator, quorum is 1 and the node commits
// its own proposals through the full path, after its block timer.
func TestSingleValidator(t *testing.T) {
	keys := testKeys(1)
	now := simStart
	c := New(testConfig(keys[0], func() time.Time { return now }))
	head := genesisHeader()
	for h := uint64(1); h <= 3; h++ {
		c.NewHeight(head, addresses(keys))
		rd := c.Ready()
		if rd.BuildBlock != nil || rd.BlockTimer == nil {
			t.Fatalf("want only a block timer before it fires, got %+v", rd)
		}
		at := rd.BlockTimer.At
		c.BlockTimerFired(h)
		rd = c.Ready()
		if rd.BuildBlock == nil || *rd.BuildBlock != (BuildRequest{Height: h}) {
			t.Fatalf("want a build request for height %d, got %+v", h, rd.BuildBlock)
		}
		b := buildBlock(head, addresses(keys)[0], at, h, false)
		c.BlockBuilt(h, 0, b)
		rd = c.Ready()
		if len(rd.Validate) != 1 || len(find(rd.Broadcast, CodeProposal)) != 1 || rd.Committed != nil {
			t.Fatalf("want the proposal sent and validation requested, got %+v", rd)
		}
		c.BlockValidated(b.Hash(), nil)
		rd = c.Ready()
		if len(find(rd.Broadcast, CodePrepare)) != 1 || len(find(rd.Broadcast, CodeCommit)) != 1 || rd.Committed == nil {
			t.Fatalf("want PREPARE, COMMIT and a decision, got %+v", rd)
		}
		if err := verifyCertificate(b, rd.Committed.Certificate, addresses(keys)); err != nil {
			t.Fatal(err)
		}
		head = b.Header()
	}
}

// TestObserver: a core without a key follows the protocol and decides from
// COMMITs but never signs.
func TestObserver(t *testing.T) {
	u := newUnitCore(t, -1)
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.core.BlockTimerFired(1)
	b := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
	u.core.Step(proposalMsg(t, u.keys[0], 0, b, nil, nil))
	u.core.BlockValidated(b.Hash(), nil)
	for i := 0; i < 3; i++ {
		u.core.Step(prepareMsg(t, u.keys[i], 1, 0, b.Hash()))
		u.core.Step(commitMsg(t, u.keys[i], 1, 0, b.Hash()))
	}
	u.core.RoundTimerFired(1, 0)
	rd := u.drain()
	if len(rd.Broadcast) != 0 || len(rd.Persist) != 0 {
		t.Fatalf("observer signed: %v %v", rd.Broadcast, rd.Persist)
	}
	if rd.Committed == nil || rd.Committed.Block.Hash() != b.Hash() {
		t.Fatalf("observer did not decide: %+v", rd.Committed)
	}
}

// TestLockedBlockReproposed: a node prepared at round 0 whose COMMITs were
// lost carries its certificate into the round change, and the round-1
// proposer re-proposes the identical block instead of building a new one.
func TestLockedBlockReproposed(t *testing.T) {
	net := newSimNet(t, 4, 5)
	locked := net.nodes[2]
	net.filter = func(e envelope, m *Message) bool {
		switch m.Code {
		case CodePrepare:
			return e.to == locked.idx
		case CodeCommit:
			return false
		}
		return true
	}
	for _, n := range net.nodes {
		n.core.BlockTimerFired(1)
		net.drain(n)
	}
	for len(net.queue) > 0 {
		net.step()
	}
	proposal := find(net.nodes[0].sent, CodeProposal)
	if len(proposal) != 1 {
		t.Fatalf("round-0 proposer sent %d proposals", len(proposal))
	}
	b := proposal[0].Block
	if len(find(locked.persisted, CodeCommit)) != 1 {
		t.Fatalf("node %d did not become prepared", locked.idx)
	}
	for _, n := range net.nodes {
		if n != locked && len(find(n.persisted, CodeCommit)) != 0 {
			t.Fatalf("node %d prepared although its prepares were dropped", n.idx)
		}
	}
	// Round 0 expires everywhere; the round-1 proposer (node 1) hears the
	// locked node's round change first.
	net.filter = nil
	for _, i := range []int{1, 2, 0, 3} {
		net.nodes[i].core.RoundTimerFired(1, 0)
		net.drain(net.nodes[i])
	}
	net.runUntil(1, 10_000)
	if got := net.blocks[1].Hash(); got != b.Hash() {
		t.Fatalf("height 1 committed %x, want the locked block %x", got, b.Hash())
	}
	if net.certs[1].Round != 1 {
		t.Fatalf("committed at round %d, want 1", net.certs[1].Round)
	}
	for _, req := range net.nodes[1].builds {
		if req.Round == 1 {
			t.Fatalf("round-1 proposer built a fresh block instead of re-proposing")
		}
	}
	reprop := find(net.nodes[1].sent, CodeProposal)
	if len(reprop) != 1 || reprop[0].Round != 1 || len(reprop[0].Prepares) < 3 || len(reprop[0].RoundChanges) < 3 {
		t.Fatalf("want one justified round-1 re-proposal, got %v", reprop)
	}
	if !bytes.Equal(mustEncode(reprop[0].Block), mustEncode(proposal[0].Block)) {
		t.Fatalf("re-proposed block is not byte-identical")
	}
}

// TestRestoreNoConflict: after a restart, a node that restored its persisted
// messages re-sends what it signed and refuses to sign a conflicting PREPARE
// or COMMIT for the same (height, round), even when Q others prepared it.
func TestRestoreNoConflict(t *testing.T) {
	head := genesisHeader()
	const me = 3
	setup := func(t *testing.T) (*unitCore, *types.Block, *types.Block) {
		u := newUnitCore(t, me)
		u.core.NewHeight(head, u.vals)
		u.core.BlockTimerFired(1)
		b1 := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 1, false)
		b2 := buildBlock(head, u.vals[0], simStart.Add(simPeriod), 2, false) // the proposer equivocates
		return u, b1, b2
	}
	restart := func(u *unitCore, persisted []*Message) (*unitCore, Ready) {
		u2 := &unitCore{t: u.t, keys: u.keys, vals: u.vals, now: u.now, me: me}
		u2.core = New(testConfig(u.keys[me], func() time.Time { return u2.now }))
		u2.core.Restore(persisted)
		u2.core.NewHeight(head, u.vals)
		u2.core.BlockTimerFired(1)
		return u2, u2.drain()
	}
	noneFor := func(t *testing.T, msgs []*Message, d common.Hash) {
		t.Helper()
		for _, m := range msgs {
			a, _ := m.author(testChainID, testGenesis)
			if a == addresses(testKeys(4))[me] && (m.Code == CodePrepare || m.Code == CodeCommit) && m.Digest == d {
				t.Fatalf("signed conflicting %v", m)
			}
		}
	}

	t.Run("prepare", func(t *testing.T) {
		u, b1, b2 := setup(t)
		u.core.Step(proposalMsg(t, u.keys[0], 0, b1, nil, nil))
		u.core.BlockValidated(b1.Hash(), nil)
		rd := u.drain()
		prep := find(rd.Persist, CodePrepare)
		if len(prep) != 1 {
			t.Fatalf("want one persisted PREPARE, got %v", rd.Persist)
		}
		u2, rd := restart(u, rd.Persist)
		if re := find(rd.Broadcast, CodePrepare); len(re) != 1 || !bytes.Equal(re[0].Signature, prep[0].Signature) {
			t.Fatalf("restored PREPARE not re-sent identically: %v", rd.Broadcast)
		}
		u2.core.Step(proposalMsg(t, u.keys[0], 0, b2, nil, nil))
		u2.core.BlockValidated(b2.Hash(), nil)
		for _, i := range []int{0, 1, 2} {
			u2.core.Step(prepareMsg(t, u.keys[i], 1, 0, b2.Hash()))
		}
		rd = u2.drain()
		noneFor(t, rd.Broadcast, b2.Hash())
		noneFor(t, rd.Persist, b2.Hash())
		// A fresh core without the restored messages would have signed.
		u3, _ := restart(u, nil)
		u3.core.Step(proposalMsg(t, u.keys[0], 0, b2, nil, nil))
		u3.core.BlockValidated(b2.Hash(), nil)
		if len(find(u3.drain().Broadcast, CodePrepare)) != 1 {
			t.Fatal("control: a core without restored state should prepare b2")
		}
	})

	t.Run("commit", func(t *testing.T) {
		u, b1, b2 := setup(t)
		u.core.Step(proposalMsg(t, u.keys[0], 0, b1, nil, nil))
		u.core.BlockValidated(b1.Hash(), nil)
		for _, i := range []int{0, 1} {
			u.core.Step(prepareMsg(t, u.keys[i], 1, 0, b1.Hash()))
		}
		persisted := u.drain().Persist
		if len(find(persisted, CodeCommit)) != 1 {
			t.Fatalf("not prepared: %v", persisted)
		}
		// Restore only what this node signed: the equivocating proposal can
		// then become the round's proposal, and only the sign guard stops it.
		var own []*Message
		for _, m := range persisted {
			if a, _ := m.author(testChainID, testGenesis); a == u.vals[me] {
				own = append(own, m)
			}
		}
		u2, _ := restart(u, own)
		u2.core.Step(proposalMsg(t, u.keys[0], 0, b2, nil, nil))
		u2.core.BlockValidated(b2.Hash(), nil)
		for _, i := range []int{0, 1, 2} {
			u2.core.Step(prepareMsg(t, u.keys[i], 1, 0, b2.Hash()))
		}
		rd := u2.drain()
		noneFor(t, rd.Broadcast, b2.Hash())
		noneFor(t, rd.Persist, b2.Hash())

		// With everything restored, the prepared certificate survives the
		// restart and travels in the next round change.
		u4, _ := restart(u, persisted)
		u4.core.RoundTimerFired(1, 0)
		rcs := find(u4.drain().Broadcast, CodeRoundChange)
		if len(rcs) != 1 || rcs[0].Prepared == nil || rcs[0].Prepared.Digest != b1.Hash() || len(rcs[0].Prepares) != 3 || rcs[0].Block.Hash() != b1.Hash() {
			t.Fatalf("round change after restart lost the prepared certificate: %v", rcs)
		}
	})

	t.Run("round", func(t *testing.T) {
		u, _, _ := setup(t)
		u.core.RoundTimerFired(1, 0)
		u.core.RoundTimerFired(1, 1)
		persisted := u.drain().Persist
		u2, rd := restart(u, persisted)
		if _, r := u2.core.Height(); r != 2 {
			t.Fatalf("resumed at round %d, want 2", r)
		}
		if rd.RoundTimer == nil || rd.RoundTimer.Round != 2 {
			t.Fatalf("round timer after restart: %+v", rd.RoundTimer)
		}
		if rcs := find(rd.Broadcast, CodeRoundChange); len(rcs) != 1 || rcs[0].Round != 2 {
			t.Fatalf("want the round-2 ROUND_CHANGE re-sent, got %v", rd.Broadcast)
		}
	})
}

// TestFutureBufferBounded: the future-height buffer holds at most
// FutureMessageLimit messages and evicts the highest height first.
func TestFutureBufferBounded(t *testing.T) {
	u := newUnitCore(t, 3)
	u.core.NewHeight(genesisHeader(), u.vals)
	n := 0
	for h := uint64(3); h <= 1+FutureHeightLimit && n < FutureMessageLimit; h++ {
		for r := uint64(0); r < 40 && n < FutureMessageLimit; r++ {
			for _, key := range u.keys {
				if n == FutureMessageLimit {
					break
				}
				if err := u.core.step(prepareMsg(t, key, h, r, common.Hash{1})); err != nil {
					t.Fatalf("buffering message %d: %v", n, err)
				}
				n++
			}
		}
	}
	highest := uint64(0)
	for _, f := range u.core.future {
		highest = max(highest, f.key.height)
	}
	if err := u.core.step(prepareMsg(t, u.keys[0], highest, 99, common.Hash{1})); !errors.Is(err, errFarHeight) {
		t.Fatalf("full buffer took a message at the highest height: %v", err)
	}
	if err := u.core.step(prepareMsg(t, u.keys[0], 2, 0, common.Hash{1})); err != nil {
		t.Fatalf("full buffer refused a lower height: %v", err)
	}
	if len(u.core.future) != FutureMessageLimit {
		t.Fatalf("buffer holds %d, want %d", len(u.core.future), FutureMessageLimit)
	}
	// Moving on drops the heights left behind.
	u.core.NewHeight(&types.Header{Number: big.NewInt(5), Time: uint64(simStart.Unix())}, u.vals)
	for _, f := range u.core.future {
		if f.key.height <= 6 {
			t.Fatalf("buffer kept a message for height %d at height 6", f.key.height)
		}
	}
}

// TestBlockBuiltMismatch: a built block that does not fit the request is not
// proposed.
func TestBlockBuiltMismatch(t *testing.T) {
	u := newUnitCore(t, 0) // proposer of height 1, round 0
	head := genesisHeader()
	u.core.NewHeight(head, u.vals)
	u.core.BlockTimerFired(1)
	if rd := u.drain(); rd.BuildBlock == nil {
		t.Fatal("proposer not asked to build")
	}
	u.core.BlockBuilt(1, 0, buildBlock(head, u.vals[1], simStart, 1, false)) // wrong coinbase
	u.core.BlockBuilt(1, 1, buildBlock(head, u.vals[0], simStart, 1, false)) // wrong round
	if rd := u.drain(); len(rd.Broadcast) != 0 {
		t.Fatalf("proposed a mismatched block: %v", rd.Broadcast)
	}
	u.core.BlockBuilt(1, 0, buildBlock(head, u.vals[0], simStart, 1, false))
	if ps := find(u.drain().Broadcast, CodeProposal); len(ps) != 1 {
		t.Fatalf("want the proposal, got %v", ps)
	}
}
