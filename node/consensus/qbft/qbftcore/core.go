package qbftcore

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Protocol limits.
const (
	// FutureHeightLimit: messages for heights up to this far above the current
	// one are buffered and replayed by NewHeight; higher ones are dropped.
	FutureHeightLimit = 10
	// FutureMessageLimit bounds the future-height buffer; on overflow the
	// messages of the highest height go first (Besu futuremessageslimit).
	FutureMessageLimit = 1000
	// FutureRoundLimit: messages for rounds more than this above the current
	// round are dropped (DESIGN.md §4), except that each validator's highest
	// such ROUND_CHANGE is remembered for the f+1 early round change.
	FutureRoundLimit = qbft.FutureRoundLimit
	// MaxClockSkew: a proposed block may be this far ahead of the local clock.
	MaxClockSkew = qbft.MaxClockSkewSeconds * time.Second
)

// Errors explaining why Step ignored a message. Step itself returns nothing;
// they are logged at debug level and asserted by the tests.
var (
	errNoHeight           = errors.New("no height started")
	errOldHeight          = errors.New("message for a past height")
	errFarHeight          = errors.New("message for a height too far ahead")
	errOldRound           = errors.New("message for a past round")
	errFarRound           = errors.New("message for a round too far ahead")
	errNotValidator       = errors.New("author is not a validator")
	errBadSignature       = errors.New("invalid message signature")
	errBadSeal            = errors.New("commit seal does not recover to the author")
	errDuplicate          = errors.New("duplicate message")
	errCommitted          = errors.New("height already committed")
	errWrongProposer      = errors.New("proposal not from the round's proposer")
	errBlockNumber        = errors.New("proposed block number is not the height")
	errBlockParent        = errors.New("proposed block does not extend the head")
	errCoinbase           = errors.New("fresh proposal's coinbase is not its author")
	errSecondProposal     = errors.New("a proposal was already received for the round")
	errRoundZeroChange    = errors.New("round change to round 0")
	errPreparedNotBelow   = errors.New("prepared round is not below the target round")
	errPreparedDigest     = errors.New("prepared block hash differs from the prepared digest")
	errPrepareQuorum      = errors.New("fewer than a quorum of valid prepares")
	errRoundChangeQuorum  = errors.New("fewer than a quorum of valid round changes")
	errJustificationRound = errors.New("justifying round change is for another height or round")
	errConflictingPrepare = errors.New("justifying round changes disagree on a prepared round's digest")
	errReproposalDigest   = errors.New("re-proposed block differs from the highest prepared digest")
	errUnexpectedPrepares = errors.New("prepares in a proposal no round change was prepared for")
	errPreparedBlockless  = errors.New("prepared round change carries no block")
	errNoBlock            = errors.New("proposal carries no block")
)

// Config configures a Core.
type Config struct {
	ChainID *big.Int
	Genesis common.Hash
	// Key signs this node's messages; nil makes the core an observer that
	// never signs (it still follows proposals and can commit from COMMITs).
	Key qbft.ValidatorKey
	// BlockPeriod is the block period in force at a height. Nil means
	// qbft.DefaultBlockPeriodSeconds.
	BlockPeriod func(height uint64) time.Duration
	// RequestTimeout is the round-0 timeout; round r lasts
	// RequestTimeout × 2^min(r, 6), capped at MaxRequestTimeout if positive.
	RequestTimeout    time.Duration
	MaxRequestTimeout time.Duration
	// Now is the local clock; nil means time.Now.
	Now func() time.Time
	// Log receives debug output; nil means log.Root().
	Log log.Logger
}

// BuildRequest asks the node to build a fresh block on the head, with the
// node's validator address as coinbase, and to call BlockBuilt.
type BuildRequest struct {
	Height uint64
	Round  uint64
}

// Timer asks the node to arm (or replace) a timer. The block timer uses
// Height and At (an absolute time: parent.Time + block period; if it has
// passed, fire at once); the round timer uses Height, Round and After (a
// duration from now). Timers are never cancelled: a stale one is ignored.
type Timer struct {
	Height uint64
	Round  uint64
	At     time.Time
	After  time.Duration
}

// Commit is a commit decision: Certificate holds exactly Q seals of one round
// over Block's hash, sorted by signer address.
type Commit struct {
	Block       *types.Block
	Certificate *qbft.CommitCertificate
}

// Ready is what the core wants done, drained by Core.Ready.
type Ready struct {
	// Broadcast holds signed messages to send to every validator. The core has
	// already handled them itself.
	Broadcast []*Message
	// Persist holds messages to write durably before Broadcast is sent: every
	// message this node signs, and, when it becomes prepared, the PROPOSAL and
	// the PREPAREs of its prepared certificate (losing them in a crash would
	// let the node's ROUND_CHANGEs forget its lock). Replay them with Restore
	// after a restart; they may be dropped once their height is committed.
	Persist []*Message
	// BuildBlock asks for a fresh block; answer with BlockBuilt.
	BuildBlock *BuildRequest
	// Validate lists proposed blocks to execute and store (without making
	// them head); answer each with BlockValidated.
	Validate []*types.Block
	// BlockTimer and RoundTimer arm or replace the node's two timers; answer
	// with BlockTimerFired and RoundTimerFired.
	BlockTimer *Timer
	RoundTimer *Timer
	// Committed is the decision for the current height: persist the
	// certificate, make the block head, then call NewHeight.
	Committed *Commit
}

// Empty reports whether r asks for nothing.
func (r *Ready) Empty() bool {
	return len(r.Broadcast) == 0 && len(r.Persist) == 0 && r.BuildBlock == nil && len(r.Validate) == 0 &&
		r.BlockTimer == nil && r.RoundTimer == nil && r.Committed == nil
}

// validity is what the node said about a proposed block.
type validity int

const (
	validityPending validity = iota // validation requested, no answer yet
	validityValid
	validityInvalid
	validityFuture // timestamp too far ahead: retried later
)

type blockState struct {
	block  *types.Block
	status validity
}

// roundState is what the core knows about one round of the current height.
type roundState struct {
	proposal     *Message // the one proposal accepted for the round (maybe still validating)
	prepares     map[common.Address]*Message
	commits      map[common.Address]*Message
	roundChanges map[common.Address]*Message // ROUND_CHANGEs targeting this round

	proposing    bool       // this node asked for a block or proposed in this round
	buildRCs     []*Message // the round changes a requested fresh block will be justified by
	prepareSent  bool
	commitSent   bool
	certRecorded bool
}

func newRoundState() *roundState {
	return &roundState{
		prepares:     make(map[common.Address]*Message),
		commits:      make(map[common.Address]*Message),
		roundChanges: make(map[common.Address]*Message),
	}
}

// preparedCert is a prepared certificate: a proposal accepted at Round and Q
// PREPAREs for its block.
type preparedCert struct {
	round    uint64
	block    *types.Block
	prepares []*Message
}

type signKey struct {
	height, round, code uint64
}

type futureKey struct {
	code, height, round uint64
	author              common.Address
}

type futureMessage struct {
	key futureKey
	msg *Message
}

// Core is the QBFT state machine of one node. It is not safe for concurrent
// use: the node drives it from one goroutine.
type Core struct {
	cfg  Config
	self common.Address // zero for an observer
	log  log.Logger

	// The current height.
	height       uint64 // 0 until the first NewHeight
	parent       *types.Header
	validators   []common.Address
	member       map[common.Address]bool
	quorum       int
	faults       int
	lastCoinbase common.Address

	round           uint64
	roundStarted    bool // the round timer runs for round
	blockTimerFired bool
	committed       bool
	rounds          map[uint64]*roundState
	blocks          map[common.Hash]*blockState
	prepared        *preparedCert
	// farRoundChanges holds each validator's highest valid ROUND_CHANGE for
	// a round more than FutureRoundLimit above ours: too far to keep round
	// state for, but counted by the f+1 early round change. Without it a node
	// left more than FutureRoundLimit rounds behind (restarted, or synced to
	// the height late) could never rejoin the others, whose round timers run
	// at the same capped rate as its own.
	farRoundChanges map[common.Address]*Message

	future   []futureMessage
	signed   map[signKey]*Message
	restored []*Message

	ready Ready
}

// New returns a core that waits for its first NewHeight.
func New(cfg Config) *Core {
	if cfg.BlockPeriod == nil {
		cfg.BlockPeriod = func(uint64) time.Duration { return qbft.DefaultBlockPeriodSeconds * time.Second }
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = qbft.DefaultRequestTimeoutSeconds * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = log.Root()
	}
	c := &Core{cfg: cfg, log: cfg.Log, signed: make(map[signKey]*Message)}
	if cfg.Key != nil {
		c.self = cfg.Key.Address()
	}
	return c
}

// Ready drains the pending outputs.
func (c *Core) Ready() Ready {
	r := c.ready
	c.ready = Ready{}
	return r
}

// Height returns the height being decided and the current round.
func (c *Core) Height() (height, round uint64) { return c.height, c.round }

// NewHeight starts height head.Number+1 with the given validators
// (V(head+1); they are sorted here). head.Coinbase drives proposer rotation.
// Round state is reset, the block timer is armed at head.Time + block
// period, and buffered messages for the new height are replayed. A head at
// or below a height already started is ignored.
func (c *Core) NewHeight(head *types.Header, validators []common.Address) {
	h := head.Number.Uint64() + 1
	if c.height != 0 && h <= c.height {
		return
	}
	c.height, c.parent = h, head
	c.validators = slices.Clone(validators)
	qbft.SortAddresses(c.validators)
	c.validators = slices.Compact(c.validators)
	c.member = make(map[common.Address]bool, len(c.validators))
	for _, v := range c.validators {
		c.member[v] = true
	}
	c.quorum, c.faults = qbft.Quorum(len(c.validators)), qbft.FaultTolerance(len(c.validators))
	c.lastCoinbase = head.Coinbase
	c.round, c.roundStarted, c.blockTimerFired, c.committed = 0, false, false, false
	c.rounds = make(map[uint64]*roundState)
	c.blocks = make(map[common.Hash]*blockState)
	c.prepared = nil
	c.farRoundChanges = make(map[common.Address]*Message)
	c.ready.BuildBlock = nil
	c.ready.Validate = nil
	c.ready.RoundTimer = nil
	for k := range c.signed {
		if k.height < h {
			delete(c.signed, k)
		}
	}
	c.restored = slices.DeleteFunc(c.restored, func(m *Message) bool { return m.Height < h })
	c.applyRestored()

	at := time.Unix(int64(head.Time), 0).Add(c.cfg.BlockPeriod(h))
	c.ready.BlockTimer = &Timer{Height: h, At: at}

	buffered := c.future
	c.future = nil
	for _, f := range buffered {
		switch {
		case f.key.height == h:
			c.handle(f.msg)
		case f.key.height > h:
			c.future = append(c.future, f)
		}
	}
	c.progress()
}

// BlockTimerFired reports that the block timer for height expired: round 0
// may start and its proposer asks for a block.
func (c *Core) BlockTimerFired(height uint64) {
	if height != c.height || c.blockTimerFired {
		return
	}
	c.blockTimerFired = true
	c.retryFutureBlocks(true)
	c.progress()
}

// RoundTimerFired reports that the round timer for (height, round) expired:
// the node moves to round+1 — or, if other validators' ROUND_CHANGEs show
// them rounds ahead and the clock's schedule for the height (clockRound) is
// ahead too, to the scheduled round, no further than the others — and sends
// a ROUND_CHANGE. Stale timers are ignored. After a network-wide pause
// nobody is ahead and rounds restart from 0 with short timers.
func (c *Core) RoundTimerFired(height, round uint64) {
	if height != c.height || round != c.round || !c.roundStarted || c.committed {
		return
	}
	c.retryFutureBlocks(true)
	next := round + 1
	if ahead := c.highestOtherRound(); ahead > next {
		// Others are rounds ahead: rejoin them on the clock's schedule
		// (never beyond where any of them is).
		next = max(next, min(ahead, c.clockRound()))
	}
	c.changeRound(next)
	c.progress()
}

// highestOtherRound is the highest round of a valid ROUND_CHANGE another
// validator sent for the current height (0 if none).
func (c *Core) highestOtherRound() uint64 {
	var top uint64
	for r, rs := range c.rounds {
		if r <= top {
			continue
		}
		for author := range rs.roundChanges {
			if author != c.self {
				top = r
				break
			}
		}
	}
	for author, m := range c.farRoundChanges {
		if author != c.self && m.Round > top {
			top = m.Round
		}
	}
	return top
}

// clockRound is the round the local clock puts the current height in: round
// 0 starts at the parent's time plus the block period and every round runs
// its full timeout. Validators that time out together follow this schedule;
// one that fell behind it (it restarted, or learnt of the parent late)
// rejoins it at its next timeout. Without this, capped timers let a lone
// validator stay rounds ahead of the others it needs for a quorum for ever:
// it is fewer than f+1, so they never jump to it, and with equal round
// lengths they never catch up (Besu's uncapped timer makes lower rounds
// shorter instead).
func (c *Core) clockRound() uint64 {
	if c.parent == nil {
		return 0
	}
	start := time.Unix(int64(c.parent.Time), 0).Add(c.cfg.BlockPeriod(c.height))
	return scheduledRound(start, c.cfg.Now(), c.cfg.RequestTimeout, c.cfg.MaxRequestTimeout)
}

// BlockBuilt hands over the block asked for by Ready.BuildBlock. The core
// signs and broadcasts a PROPOSAL for it and then treats it like any received
// proposal (it must still pass BlockValidated before this node prepares).
// A block for a superseded request, or one whose number, parent or coinbase
// does not fit, is dropped.
func (c *Core) BlockBuilt(height, round uint64, block *types.Block) {
	if height != c.height || round != c.round || c.committed || block == nil {
		return
	}
	rs := c.roundState(round)
	if !rs.proposing || rs.proposal != nil {
		return
	}
	if block.NumberU64() != height || block.ParentHash() != c.parent.Hash() || block.Coinbase() != c.self {
		c.log.Error("QBFT built block does not fit the request", "height", height, "number", block.Number(),
			"parent", block.ParentHash(), "head", c.parent.Hash(), "coinbase", block.Coinbase())
		return
	}
	m := &Message{Code: CodeProposal, Height: height, Round: round, Block: block}
	if round > 0 {
		m.RoundChanges = rs.buildRCs
	}
	c.sendProposal(m)
	c.progress()
}

// BlockValidated reports the node's verdict on a block listed in
// Ready.Validate: nil if it executed and was stored. An error wrapping
// consensus.ErrFutureBlock is not a rejection: the proposal is kept and the
// core asks for validation again (in Ready.Validate) on the first input at
// which Now() ≥ block time − MaxClockSkew, and on every timer event.
func (c *Core) BlockValidated(hash common.Hash, err error) {
	bs := c.blocks[hash]
	if bs == nil || bs.status == validityValid || bs.status == validityInvalid {
		return
	}
	switch {
	case err == nil:
		bs.status = validityValid
	case errors.Is(err, consensus.ErrFutureBlock):
		bs.status = validityFuture
	default:
		bs.status = validityInvalid
		c.log.Debug("QBFT proposal rejected", "height", c.height, "hash", hash, "err", err)
	}
	c.retryFutureBlocks(false)
	c.progress()
}

// Step processes a decoded message from the network. Invalid, stale and
// duplicate messages are dropped; messages for later heights or rounds within
// the limits are kept for later.
func (c *Core) Step(m *Message) {
	c.retryFutureBlocks(false)
	if err := c.step(m); err != nil {
		c.log.Debug("QBFT message ignored", "msg", m, "err", err)
		return
	}
	c.progress()
}

// Restore hands the core the messages the node persisted (Ready.Persist)
// before a restart, so that it never signs a value conflicting with one it
// signed before: for a (height, round) it already signed, it re-sends the same
// message or signs nothing. It also restores the prepared certificate and
// resumes at the highest round it had reached. Call it before or after the
// first NewHeight; messages for other heights are ignored.
func (c *Core) Restore(msgs []*Message) {
	c.restored = append(c.restored, msgs...)
	if c.height != 0 {
		c.applyRestored()
		c.progress()
	}
}

// applyRestored applies the restored messages of the current height: it
// remembers what this node signed, resumes at the highest round it reached,
// rebuilds its prepared certificate, records the messages as if received and
// re-sends this node's own ones.
func (c *Core) applyRestored() {
	var (
		now       []*Message
		proposals []*Message
		prepares  = make(map[uint64]map[common.Address]*Message) // by round
	)
	c.restored = slices.DeleteFunc(c.restored, func(m *Message) bool {
		if m.Height == c.height {
			now = append(now, m)
		}
		return m.Height <= c.height
	})
	for _, m := range now {
		author, err := m.author(c.cfg.ChainID, c.cfg.Genesis)
		if err != nil {
			continue
		}
		if c.cfg.Key != nil && author == c.self {
			c.signed[signKey{m.Height, m.Round, m.Code}] = m
			if m.Round > c.round {
				c.round, c.roundStarted = m.Round, false
			}
		}
		switch {
		case m.Code == CodeProposal && m.Block != nil:
			proposals = append(proposals, m)
		case m.Code == CodePrepare && c.member[author]:
			if prepares[m.Round] == nil {
				prepares[m.Round] = make(map[common.Address]*Message)
			}
			if _, dup := prepares[m.Round][author]; !dup {
				prepares[m.Round][author] = m
			}
		}
	}
	for _, p := range proposals {
		if c.prepared != nil && c.prepared.round >= p.Round {
			continue
		}
		if ps := c.matching(prepares[p.Round], p.Block.Hash()); len(ps) >= c.quorum {
			c.prepared = &preparedCert{round: p.Round, block: p.Block, prepares: ps[:c.quorum]}
		}
	}
	for _, m := range now {
		c.handle(m)
		if author, _ := m.author(c.cfg.ChainID, c.cfg.Genesis); c.cfg.Key != nil && author == c.self && m.Round >= c.round {
			c.ready.Broadcast = append(c.ready.Broadcast, m)
		}
	}
}

// step validates m and records it; the returned error says why it was dropped.
func (c *Core) step(m *Message) error {
	if c.height == 0 {
		return errNoHeight
	}
	switch {
	case m.Height < c.height:
		return errOldHeight
	case m.Height > c.height+FutureHeightLimit:
		return errFarHeight
	case m.Height > c.height:
		return c.buffer(m)
	}
	return c.handle(m)
}

// buffer keeps a correctly signed message for a later height.
func (c *Core) buffer(m *Message) error {
	author, err := m.author(c.cfg.ChainID, c.cfg.Genesis)
	if err != nil {
		return fmt.Errorf("%w: %w", errBadSignature, err)
	}
	key := futureKey{m.Code, m.Height, m.Round, author}
	for _, f := range c.future {
		if f.key == key {
			return errDuplicate
		}
	}
	if len(c.future) >= FutureMessageLimit {
		hi := 0
		for i, f := range c.future {
			if f.key.height > c.future[hi].key.height {
				hi = i
			}
		}
		if c.future[hi].key.height <= m.Height {
			return errFarHeight
		}
		c.future = slices.Delete(c.future, hi, hi+1)
	}
	c.future = append(c.future, futureMessage{key, m})
	return nil
}

// handle validates and records a message for the current height.
func (c *Core) handle(m *Message) error {
	if c.committed {
		return errCommitted
	}
	far := m.Round > c.round+FutureRoundLimit
	if far && m.Code != CodeRoundChange {
		return errFarRound
	}
	author, err := m.author(c.cfg.ChainID, c.cfg.Genesis)
	if err != nil {
		return fmt.Errorf("%w: %w", errBadSignature, err)
	}
	if !c.member[author] {
		return errNotValidator
	}
	switch m.Code {
	case CodeProposal:
		if m.Block == nil {
			return errNoBlock
		}
		return c.handleProposal(m, author)
	case CodePrepare:
		if m.Round < c.round {
			return errOldRound
		}
		return record(c.roundState(m.Round).prepares, author, m)
	case CodeCommit:
		// Commits of past rounds are kept: Q of them decide the height even
		// if this node has moved on.
		if seal, err := qbft.RecoverSigner(qbft.CommitSealHash(c.cfg.ChainID, m.Digest, m.Round), m.CommitSeal); err != nil || seal != author {
			return errBadSeal
		}
		return record(c.roundState(m.Round).commits, author, m)
	case CodeRoundChange:
		if m.Round < c.round {
			return errOldRound
		}
		if err := c.checkRoundChange(m, true); err != nil {
			return err
		}
		if far {
			if prev := c.farRoundChanges[author]; prev != nil && prev.Round >= m.Round {
				return errDuplicate
			}
			c.farRoundChanges[author] = m
			return nil
		}
		return record(c.roundState(m.Round).roundChanges, author, m)
	}
	return ErrUnknownCode
}

func record(set map[common.Address]*Message, author common.Address, m *Message) error {
	if _, ok := set[author]; ok {
		return errDuplicate
	}
	set[author] = m
	return nil
}

func (c *Core) roundState(r uint64) *roundState {
	rs := c.rounds[r]
	if rs == nil {
		rs = newRoundState()
		c.rounds[r] = rs
	}
	return rs
}

// checkRoundChange validates a ROUND_CHANGE for the current height whose
// author was already checked. With attachments, the prepared block and the
// prepares proving it are checked too (a piggy-backed payload has neither).
func (c *Core) checkRoundChange(m *Message, attachments bool) error {
	if m.Round == 0 {
		return errRoundZeroChange
	}
	if m.Prepared == nil {
		return nil
	}
	if m.Prepared.Round >= m.Round {
		return errPreparedNotBelow
	}
	if !attachments {
		return nil
	}
	if m.Block == nil {
		return errPreparedBlockless
	}
	if m.Block.Hash() != m.Prepared.Digest {
		return errPreparedDigest
	}
	if m.Block.NumberU64() != c.height {
		return errBlockNumber
	}
	return c.checkPrepares(m.Prepares, m.Prepared.Round, m.Prepared.Digest)
}

// checkPrepares requires at least Q validly signed PREPAREs by distinct
// validators for (height, round, digest).
func (c *Core) checkPrepares(prepares []*Message, round uint64, digest common.Hash) error {
	seen := make(map[common.Address]bool)
	for _, p := range prepares {
		if p.Code != CodePrepare || p.Height != c.height || p.Round != round || p.Digest != digest {
			continue
		}
		a, err := p.author(c.cfg.ChainID, c.cfg.Genesis)
		if err != nil || !c.member[a] {
			continue
		}
		seen[a] = true
	}
	if len(seen) < c.quorum {
		return fmt.Errorf("%w: %d of %d for round %d", errPrepareQuorum, len(seen), c.quorum, round)
	}
	return nil
}

// handleProposal validates a proposal (signature and membership already
// checked) and, if it is the first for its round, asks for its block to be
// validated.
func (c *Core) handleProposal(m *Message, author common.Address) error {
	if m.Round < c.round {
		return errOldRound
	}
	rs := c.roundState(m.Round)
	if rs.proposal != nil {
		if rs.proposal.digest() == m.digest() {
			return errDuplicate
		}
		return errSecondProposal
	}
	if author != proposer(c.validators, c.lastCoinbase, m.Round) {
		return errWrongProposer
	}
	block := m.Block
	if block.NumberU64() != c.height {
		return errBlockNumber
	}
	if block.ParentHash() != c.parent.Hash() {
		return errBlockParent
	}
	reproposal, err := c.checkJustification(m)
	if err != nil {
		return err
	}
	if !reproposal && block.Coinbase() != author {
		return errCoinbase
	}
	rs.proposal = m
	c.trackBlock(block)
	return nil
}

// checkJustification validates a proposal's piggy-backed round changes and
// prepares (research/consensus.md §2.7) and reports whether the proposal
// re-proposes a prepared block.
func (c *Core) checkJustification(m *Message) (bool, error) {
	if m.Round == 0 {
		if len(m.RoundChanges) > 0 || len(m.Prepares) > 0 {
			return false, ErrJustificationKind
		}
		return false, nil
	}
	var (
		authors = make(map[common.Address]bool)
		digests = make(map[uint64]common.Hash)
		highest *Prepared
	)
	for _, rc := range m.RoundChanges {
		if rc.Code != CodeRoundChange || rc.Height != c.height || rc.Round != m.Round {
			return false, errJustificationRound
		}
		a, err := rc.author(c.cfg.ChainID, c.cfg.Genesis)
		if err != nil || !c.member[a] || authors[a] {
			continue
		}
		if err := c.checkRoundChange(rc, false); err != nil {
			return false, err
		}
		authors[a] = true
		if p := rc.Prepared; p != nil {
			if d, ok := digests[p.Round]; ok && d != p.Digest {
				return false, errConflictingPrepare
			}
			digests[p.Round] = p.Digest
			if highest == nil || p.Round > highest.Round {
				highest = p
			}
		}
	}
	if len(authors) < c.quorum {
		return false, fmt.Errorf("%w: %d of %d", errRoundChangeQuorum, len(authors), c.quorum)
	}
	if highest == nil {
		if len(m.Prepares) > 0 {
			return false, errUnexpectedPrepares
		}
		return false, nil
	}
	if m.Block.Hash() != highest.Digest {
		return false, errReproposalDigest
	}
	return true, c.checkPrepares(m.Prepares, highest.Round, highest.Digest)
}

// trackBlock asks the node to validate a proposed block unless it already did.
func (c *Core) trackBlock(block *types.Block) {
	if _, ok := c.blocks[block.Hash()]; ok {
		return
	}
	c.blocks[block.Hash()] = &blockState{block: block, status: validityPending}
	c.ready.Validate = append(c.ready.Validate, block)
}

// retryFutureBlocks asks again for the validation of blocks that were too far
// in the future: always on timer events, otherwise once the clock caught up.
func (c *Core) retryFutureBlocks(force bool) {
	now := c.cfg.Now()
	for _, bs := range c.blocks {
		if bs.status != validityFuture {
			continue
		}
		if force || !time.Unix(int64(bs.block.Time()), 0).After(now.Add(MaxClockSkew)) {
			bs.status = validityPending
			c.ready.Validate = append(c.ready.Validate, bs.block)
		}
	}
}

func (c *Core) isValidator() bool {
	return c.cfg.Key != nil && c.member[c.self]
}

// progress takes every step the recorded state allows, in protocol order,
// until nothing changes.
func (c *Core) progress() {
	for c.height != 0 && !c.committed && c.progressOnce() {
	}
}

// progressOnce returns true if the round changed, so the caller goes again.
func (c *Core) progressOnce() bool {
	if c.tryCommit() {
		return false
	}
	// A valid proposal for a later round moves this node to that round.
	if r, ok := c.highestValidProposal(); ok && r > c.round {
		c.moveToRound(r)
		return true
	}
	// The f+1 early round change.
	if r, ok := c.earlyRoundChange(); ok {
		c.changeRound(r)
		return true
	}
	rs := c.roundState(c.round)
	if !c.roundStarted && (c.blockTimerFired || c.proposalValid(rs)) {
		c.startRoundTimer()
	}
	if c.proposalValid(rs) && !rs.prepareSent {
		rs.prepareSent = true
		c.sendVote(&Message{Code: CodePrepare, Height: c.height, Round: c.round, Digest: rs.proposal.digest()}, rs.prepares)
	}
	if c.proposalValid(rs) && !rs.certRecorded {
		if ps := c.matching(rs.prepares, rs.proposal.digest()); len(ps) >= c.quorum {
			rs.certRecorded = true
			c.prepared = &preparedCert{round: c.round, block: rs.proposal.Block, prepares: ps[:c.quorum]}
			if c.isValidator() {
				c.ready.Persist = append(c.ready.Persist, rs.proposal)
				c.ready.Persist = append(c.ready.Persist, ps[:c.quorum]...)
			}
		}
	}
	if rs.certRecorded && !rs.commitSent {
		rs.commitSent = true
		c.sendCommit(rs)
		if c.tryCommit() {
			return false
		}
	}
	if c.roundStarted {
		c.propose(rs)
	}
	return false
}

func (c *Core) proposalValid(rs *roundState) bool {
	if rs.proposal == nil {
		return false
	}
	bs := c.blocks[rs.proposal.digest()]
	return bs != nil && bs.status == validityValid
}

func (c *Core) highestValidProposal() (uint64, bool) {
	var (
		best  uint64
		found bool
	)
	for r, rs := range c.rounds {
		if r > c.round && c.proposalValid(rs) && (!found || r > best) {
			best, found = r, true
		}
	}
	return best, found
}

// earlyRoundChange returns the round to jump to when f+1 validators sent
// ROUND_CHANGEs for rounds above ours: the highest round that f+1 of them
// (so at least one honest node) have reached.
func (c *Core) earlyRoundChange() (uint64, bool) {
	highest := make(map[common.Address]uint64)
	for r, rs := range c.rounds {
		if r <= c.round {
			continue
		}
		for a := range rs.roundChanges {
			highest[a] = max(highest[a], r)
		}
	}
	for a, m := range c.farRoundChanges {
		if m.Round > c.round {
			highest[a] = max(highest[a], m.Round)
		}
	}
	if len(highest) < c.faults+1 {
		return 0, false
	}
	rounds := make([]uint64, 0, len(highest))
	for _, r := range highest {
		rounds = append(rounds, r)
	}
	slices.Sort(rounds)
	slices.Reverse(rounds)
	return rounds[c.faults], true
}

// matching returns the messages of set for digest, sorted by author.
func (c *Core) matching(set map[common.Address]*Message, digest common.Hash) []*Message {
	var (
		authors []common.Address
		out     []*Message
	)
	for a, m := range set {
		if m.Digest == digest {
			authors = append(authors, a)
		}
	}
	qbft.SortAddresses(authors)
	for _, a := range authors {
		out = append(out, set[a])
	}
	return out
}

// tryCommit decides the height once any round holds Q COMMITs for a block
// this node has validated. Rounds and digests are scanned in order so that the
// certificate is deterministic.
func (c *Core) tryCommit() bool {
	rounds := make([]uint64, 0, len(c.rounds))
	for r := range c.rounds {
		rounds = append(rounds, r)
	}
	slices.Sort(rounds)
	for _, r := range rounds {
		rs := c.rounds[r]
		count := make(map[common.Hash]int)
		for _, m := range rs.commits {
			count[m.Digest]++
		}
		digests := make([]common.Hash, 0, len(count))
		for d := range count {
			digests = append(digests, d)
		}
		slices.SortFunc(digests, func(a, b common.Hash) int { return a.Cmp(b) })
		for _, d := range digests {
			bs := c.blocks[d]
			if count[d] < c.quorum || bs == nil || bs.status != validityValid {
				continue
			}
			cert := &qbft.CommitCertificate{Round: r}
			for _, m := range c.matching(rs.commits, d)[:c.quorum] {
				cert.Seals = append(cert.Seals, m.CommitSeal)
			}
			c.committed = true
			c.ready.Committed = &Commit{Block: bs.block, Certificate: cert}
			c.ready.BuildBlock = nil
			return true
		}
	}
	return false
}

func (c *Core) startRoundTimer() {
	c.roundStarted = true
	c.ready.RoundTimer = &Timer{Height: c.height, Round: c.round, After: roundTimeout(c.cfg.RequestTimeout, c.cfg.MaxRequestTimeout, c.round)}
}

// moveToRound starts round r (r > current) with its timer.
func (c *Core) moveToRound(r uint64) {
	c.round = r
	c.startRoundTimer()
	c.ready.BuildBlock = nil
	for old := range c.rounds {
		if old < r {
			// Keep only the commits of past rounds.
			rs := c.rounds[old]
			c.rounds[old] = &roundState{commits: rs.commits, prepares: map[common.Address]*Message{}, roundChanges: map[common.Address]*Message{}}
		}
	}
	// Far round changes that are now within reach join their round's state.
	for a, m := range c.farRoundChanges {
		switch {
		case m.Round < r:
			delete(c.farRoundChanges, a)
		case m.Round <= r+FutureRoundLimit:
			delete(c.farRoundChanges, a)
			if _, ok := c.roundState(m.Round).roundChanges[a]; !ok {
				c.roundState(m.Round).roundChanges[a] = m
			}
		}
	}
}

// changeRound moves to round r and sends a ROUND_CHANGE carrying the
// prepared certificate, if any.
func (c *Core) changeRound(r uint64) {
	c.moveToRound(r)
	if !c.isValidator() {
		return
	}
	m := &Message{Code: CodeRoundChange, Height: c.height, Round: r}
	if p := c.prepared; p != nil {
		m.Prepared = &Prepared{Round: p.round, Digest: p.block.Hash()}
		m.Block = p.block
		m.Prepares = p.prepares
	}
	if m = c.sign(m); m != nil {
		c.roundState(r).roundChanges[c.self] = m
	}
}

// propose performs the proposer's duty for the current round: at round 0
// once the block timer fired, at round r > 0 once Q ROUND_CHANGEs for r are in.
func (c *Core) propose(rs *roundState) {
	if !c.isValidator() || rs.proposing || rs.proposal != nil || proposer(c.validators, c.lastCoinbase, c.round) != c.self {
		return
	}
	if c.round == 0 && !c.blockTimerFired {
		return
	}
	if c.round > 0 && len(rs.roundChanges) < c.quorum {
		return
	}
	rs.proposing = true
	if prev := c.signed[signKey{c.height, c.round, CodeProposal}]; prev != nil {
		// Proposed before a restart: send the very same proposal again.
		c.sendProposal(prev)
		return
	}
	if c.round == 0 {
		c.ready.BuildBlock = &BuildRequest{Height: c.height, Round: 0}
		return
	}
	var (
		rcs     []*Message
		highest *Message
	)
	for _, a := range c.validators {
		rc, ok := rs.roundChanges[a]
		if !ok {
			continue
		}
		rcs = append(rcs, rc.withoutAttachments())
		if rc.Prepared != nil && (highest == nil || rc.Prepared.Round > highest.Prepared.Round) {
			highest = rc
		}
	}
	if highest == nil {
		rs.buildRCs = rcs
		c.ready.BuildBlock = &BuildRequest{Height: c.height, Round: c.round}
		return
	}
	c.sendProposal(&Message{Code: CodeProposal, Height: c.height, Round: c.round, Block: highest.Block, RoundChanges: rcs, Prepares: highest.Prepares})
}

// sendProposal signs (unless already signed) and broadcasts a proposal and
// handles it as received.
func (c *Core) sendProposal(m *Message) {
	if m.Signature == nil {
		if m = c.sign(m); m == nil {
			return
		}
	} else {
		c.ready.Broadcast = append(c.ready.Broadcast, m)
	}
	c.roundState(m.Round).proposing = true
	if err := c.handleProposal(m, c.self); err != nil {
		c.log.Warn("QBFT own proposal rejected", "height", m.Height, "round", m.Round, "err", err)
	}
}

// sendVote signs a PREPARE or COMMIT and records it in set as received.
func (c *Core) sendVote(m *Message, set map[common.Address]*Message) {
	if !c.isValidator() {
		return
	}
	if m = c.sign(m); m != nil {
		if _, ok := set[c.self]; !ok {
			set[c.self] = m
		}
	}
}

// sendCommit signs a COMMIT with its commit seal and records it as received.
func (c *Core) sendCommit(rs *roundState) {
	if !c.isValidator() {
		return
	}
	digest := rs.proposal.digest()
	m := &Message{Code: CodeCommit, Height: c.height, Round: c.round, Digest: digest}
	if prev := c.signed[signKey{c.height, c.round, CodeCommit}]; prev != nil {
		m.CommitSeal = prev.CommitSeal // the seal is deterministic per value; reuse it on a re-send
	} else {
		seal, err := c.cfg.Key.SignCommitSeal(c.cfg.ChainID, digest, c.round)
		if err != nil {
			c.log.Error("QBFT commit seal signing failed", "err", err)
			return
		}
		m.CommitSeal = seal
	}
	c.sendVote(m, rs.commits)
}

// sign signs m, records it for Persist and Broadcast and returns it. If this
// node already signed a message of m's kind for (height, round), it returns
// that message again (re-sent, not re-persisted) when it carries the same
// value, or nil when it would conflict. A PREPARE or COMMIT also conflicts
// with a PREPARE or COMMIT of the same round for another block. ROUND_CHANGEs
// are always re-sent as first signed.
func (c *Core) sign(m *Message) *Message {
	if m.Code == CodePrepare || m.Code == CodeCommit {
		// A PREPARE and a COMMIT of one round must name the same block.
		for _, code := range []uint64{CodePrepare, CodeCommit} {
			if prev := c.signed[signKey{m.Height, m.Round, code}]; prev != nil && prev.Digest != m.Digest {
				c.log.Warn("QBFT refusing to sign a conflicting message", "msg", m, "signed", prev)
				return nil
			}
		}
	}
	key := signKey{m.Height, m.Round, m.Code}
	if prev := c.signed[key]; prev != nil {
		if m.Code != CodeRoundChange && prev.digest() != m.digest() {
			c.log.Warn("QBFT refusing to sign a conflicting message", "msg", m, "signed", prev)
			return nil
		}
		c.ready.Broadcast = append(c.ready.Broadcast, prev)
		return prev
	}
	if err := m.sign(c.cfg.Key, c.cfg.ChainID, c.cfg.Genesis); err != nil {
		c.log.Error("QBFT signing failed", "err", err)
		return nil
	}
	c.signed[key] = m
	c.ready.Persist = append(c.ready.Persist, m)
	c.ready.Broadcast = append(c.ready.Broadcast, m)
	return m
}
