package qbft

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/misc"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// Fee profiles (genesis config.xiang.feeprofile). Package genesis defines the
// same strings; it imports this package, so they are repeated here.
const (
	feesFree   = "free"
	feesMarket = "market"
)

// diagnosisRoundWindow bounds the rounds tried, either side of a
// certificate's round, when telling a seal of another round from a foreign
// one, so a forged certificate costs a bounded number of signature
// recoveries. A seal of a round further away is reported as
// ErrSealNotValidator (still rejected, less precisely named).
const diagnosisRoundWindow = FutureRoundLimit

// CertificateSource gives the engine the commit certificate the node holds
// for a block (nil if none).
type CertificateSource interface {
	Certificate(blockHash common.Hash) *CommitCertificate
}

// Options configures an Engine.
type Options struct {
	// Config is genesis config.qbft; New applies WithDefaults.
	Config Config
	// ChainID binds commit seals to the network.
	ChainID *big.Int
	// FeeProfile is "free" (base fee 0 in every header) or "market" (EIP-1559).
	FeeProfile string
	// Certs gives Prepare the parent's certificate; nil for a verify-only engine.
	Certs CertificateSource
	// Contracts evaluates the validator contract; required when Config
	// selects validators by contract at genesis or in a transition.
	Contracts ContractCaller
	// Now is the clock for the future-block rule; nil means time.Now.
	Now func() time.Time
}

// Engine is the QBFT consensus.Engine: it verifies headers (fields, validator
// set, the parent's commit certificate) and prepares headers for the proposer.
// It does not run the QBFT protocol and seals nothing.
type Engine struct {
	config     Config
	configErr  error
	chainID    *big.Int
	feeProfile string
	certs      CertificateSource
	contracts  ContractCaller
	now        func() time.Time

	snapshots    *lru.Cache[common.Hash, *snapshot]
	contractSets *lru.Cache[contractCallKey, []common.Address] // getValidators() results

	mu     sync.Mutex
	votes  map[common.Address]bool // the proposer's pending votes (Besu's proposals)
	cursor common.Address          // last address voted on: proposals rotate
}

var _ consensus.Engine = (*Engine)(nil)

// New returns an engine. A configuration the engine cannot run (see
// ConfigError) does not make New fail: every verification and Prepare then
// return that error, so nothing is silently accepted.
func New(opts Options) *Engine {
	e := &Engine{
		config:       opts.Config.WithDefaults(),
		feeProfile:   opts.FeeProfile,
		certs:        opts.Certs,
		contracts:    opts.Contracts,
		now:          opts.Now,
		snapshots:    lru.NewCache[common.Hash, *snapshot](snapshotCacheSize),
		contractSets: lru.NewCache[contractCallKey, []common.Address](snapshotCacheSize),
	}
	if opts.ChainID != nil {
		e.chainID = new(big.Int).Set(opts.ChainID)
	}
	if e.now == nil {
		e.now = time.Now
	}
	e.configErr = e.validateOptions()
	return e
}

func (e *Engine) validateOptions() error {
	if err := e.config.Validate(); err != nil {
		return err
	}
	if e.config.usesContract() && e.contracts == nil {
		return ErrNoContractCaller
	}
	if e.chainID == nil || e.chainID.Sign() <= 0 {
		return ErrMissingChainID
	}
	switch e.feeProfile {
	case feesFree, feesMarket:
	default:
		return fmt.Errorf("%w %q (want %q or %q)", ErrUnknownFeeProfile, e.feeProfile, feesFree, feesMarket)
	}
	return nil
}

// ConfigError returns the reason the engine's configuration cannot run, or nil.
func (e *Engine) ConfigError() error { return e.configErr }

// ValidatorContract returns the contract that selects V(n), and false when
// header votes do (see Config.ValidatorContractAt). Header n−1 lists V(n);
// the vote RPCs have no effect on it in contract mode.
func (e *Engine) ValidatorContract(n uint64) (common.Address, bool) {
	return e.config.ValidatorContractAt(n)
}

// SetVote replaces the pending votes with v (nil: none). See ProposeVote.
func (e *Engine) SetVote(v *Vote) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.votes = nil
	if v != nil {
		e.votes = map[common.Address]bool{v.Address: v.Add}
	}
}

// ProposeVote adds (or replaces) a pending vote, as Besu's
// qbft_proposeValidatorVote: the proposer casts one pending vote per block
// it prepares, rotating through them in address order, and leaves out any
// that would be invalid there (in epoch blocks, or once it would no longer
// change the set). Votes stay pending until discarded.
func (e *Engine) ProposeVote(v Vote) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.votes == nil {
		e.votes = make(map[common.Address]bool)
	}
	e.votes[v.Address] = v.Add
}

// DiscardVote withdraws the pending vote on addr; it reports whether there
// was one.
func (e *Engine) DiscardVote(addr common.Address) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	_, ok := e.votes[addr]
	delete(e.votes, addr)
	return ok
}

// PendingVotes returns the pending votes, sorted by address.
func (e *Engine) PendingVotes() []Vote {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sortedVotesLocked()
}

func (e *Engine) sortedVotesLocked() []Vote {
	out := make([]Vote, 0, len(e.votes))
	for a, add := range e.votes {
		out = append(out, Vote{Address: a, Add: add})
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	return out
}

// PendingVote returns the first pending vote (by address), or nil.
func (e *Engine) PendingVote() *Vote {
	if votes := e.PendingVotes(); len(votes) > 0 {
		return &votes[0]
	}
	return nil
}

// nextVote picks the vote to cast on top of snap: the first pending vote
// after the last one cast (in address order, wrapping) that is valid there.
func (e *Engine) nextVote(valid func(*Vote) bool) *Vote {
	e.mu.Lock()
	defer e.mu.Unlock()
	votes := e.sortedVotesLocked()
	start := sort.Search(len(votes), func(i int) bool { return bytes.Compare(votes[i].Address[:], e.cursor[:]) > 0 })
	for i := range votes {
		v := votes[(start+i)%len(votes)]
		if valid(&v) {
			e.cursor = v.Address
			return &v
		}
	}
	return nil
}

// Author returns the block's proposer, its coinbase.
func (e *Engine) Author(header *types.Header) (common.Address, error) {
	return header.Coinbase, nil
}

// SealHash returns the block hash: what validators agree on and seal.
func (e *Engine) SealHash(header *types.Header) common.Hash { return header.Hash() }

// CalcDifficulty returns 0: every QBFT block has difficulty 0.
func (e *Engine) CalcDifficulty(chain consensus.ChainHeaderReader, time uint64, parent *types.Header) *big.Int {
	return new(big.Int)
}

// VerifyUncles rejects any uncle.
func (e *Engine) VerifyUncles(chain consensus.ChainReader, block *types.Block) error {
	if len(block.Uncles()) > 0 {
		return ErrUnclesNotAllowed
	}
	return nil
}

// Seal returns ErrSealNotSupported: a block is committed by the QBFT protocol,
// and its commit seals travel in the child's header.
func (e *Engine) Seal(chain consensus.ChainHeaderReader, block *types.Block, results chan<- *types.Block, stop <-chan struct{}) error {
	return ErrSealNotSupported
}

// Finalize does nothing: QBFT pays no block rewards.
func (e *Engine) Finalize(chain consensus.ChainHeaderReader, header *types.Header, state vm.StateDB, body *types.Body) {
}

// Close implements consensus.Engine; the engine runs no background work.
func (e *Engine) Close() error { return nil }

// VerifyHeader checks a header against the consensus rules.
func (e *Engine) VerifyHeader(chain consensus.ChainHeaderReader, header *types.Header) error {
	return e.verifyHeader(chain, header)
}

// VerifyHeaders verifies a batch of headers in order, each against the chain
// plus the headers before it in the batch. Results arrive in input order.
func (e *Engine) VerifyHeaders(chain consensus.ChainHeaderReader, headers []*types.Header) (chan<- struct{}, <-chan error) {
	abort := make(chan struct{})
	results := make(chan error, len(headers))
	go func() {
		batch := newBatchReader(chain, headers)
		for i, header := range headers {
			batch.visible = i
			err := e.verifyHeader(batch, header)
			select {
			case <-abort:
				return
			case results <- err:
			}
		}
	}()
	return abort, results
}

// verifyHeader is the ladder: fields that need no chain, then fields that
// need the parent and the validator set, then the parent's certificate.
func (e *Engine) verifyHeader(chain consensus.ChainHeaderReader, header *types.Header) error {
	if e.configErr != nil {
		return e.configErr
	}
	extra, err := e.verifyStandalone(chain, header)
	if err != nil {
		return err
	}
	if header.Number.Sign() == 0 {
		return nil // the genesis is trusted as given
	}
	next, err := e.verifyCascading(chain, header, extra)
	if err != nil {
		return err
	}
	if err := e.verifyParentCommit(chain, header, extra); err != nil {
		return err
	}
	e.snapshots.Add(next.hash, next)
	return nil
}

// verifyStandalone checks the fields that need no other header.
func (e *Engine) verifyStandalone(chain consensus.ChainHeaderReader, header *types.Header) (*Extra, error) {
	if header.Number == nil {
		return nil, ErrMissingNumber
	}
	cfg := chain.Config()
	if !cfg.IsLondon(header.Number) || !cfg.IsShanghai(header.Number, header.Time) ||
		!cfg.IsCancun(header.Number, header.Time) || !cfg.IsPrague(header.Number, header.Time) ||
		cfg.IsAmsterdam(header.Number, header.Time) {
		return nil, fmt.Errorf("%w (block %d, time %d)", ErrUnsupportedForks, header.Number, header.Time)
	}
	if header.Difficulty == nil || header.Difficulty.Sign() != 0 {
		return nil, fmt.Errorf("%w: have %v", ErrInvalidDifficulty, header.Difficulty)
	}
	if header.Nonce != (types.BlockNonce{}) {
		return nil, fmt.Errorf("%w: have %x", ErrInvalidNonce, header.Nonce)
	}
	if header.UncleHash != types.EmptyUncleHash {
		return nil, fmt.Errorf("%w: have %x", ErrInvalidUncleHash, header.UncleHash)
	}
	extra, err := DecodeExtra(header.Extra)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidExtra, err)
	}
	if err := checkValidatorList(extra.Validators); err != nil {
		return nil, err
	}
	if header.Number.Uint64()%e.config.EpochLength == 0 && extra.Vote != nil {
		return nil, fmt.Errorf("%w: block %d", ErrEpochVote, header.Number)
	}
	if _, ok := e.config.ValidatorContractAt(header.Number.Uint64() + 1); ok && extra.Vote != nil {
		return nil, fmt.Errorf("%w: block %d", ErrContractModeVote, header.Number)
	}
	if header.WithdrawalsHash == nil || *header.WithdrawalsHash != types.EmptyWithdrawalsHash {
		return nil, fmt.Errorf("%w: have %v", ErrInvalidWithdrawalsHash, header.WithdrawalsHash)
	}
	if header.ParentBeaconRoot == nil || *header.ParentBeaconRoot != (common.Hash{}) {
		return nil, fmt.Errorf("%w: have %v", ErrInvalidParentBeaconRoot, header.ParentBeaconRoot)
	}
	if header.BlobGasUsed == nil || *header.BlobGasUsed != 0 || header.ExcessBlobGas == nil || *header.ExcessBlobGas != 0 {
		return nil, ErrInvalidBlobGas
	}
	if header.RequestsHash == nil {
		return nil, ErrMissingRequestsHash
	}
	if header.BlockAccessListHash != nil {
		return nil, fmt.Errorf("%w: blockAccessListHash", ErrUnexpectedField)
	}
	if header.SlotNumber != nil {
		return nil, fmt.Errorf("%w: slotNumber", ErrUnexpectedField)
	}
	if limit := uint64(e.now().Unix()) + MaxClockSkewSeconds; header.Time > limit {
		return nil, fmt.Errorf("%w: timestamp %d, local clock allows up to %d", consensus.ErrFutureBlock, header.Time, limit)
	}
	if header.GasLimit > params.MaxGasLimit {
		return nil, fmt.Errorf("%w: have %d, max %d", ErrInvalidGasLimit, header.GasLimit, params.MaxGasLimit)
	}
	if header.GasUsed > header.GasLimit {
		return nil, fmt.Errorf("%w: used %d, limit %d", ErrInvalidGasUsed, header.GasUsed, header.GasLimit)
	}
	return extra, nil
}

// verifyCascading checks the fields that need the parent and V(N), and
// returns the validator snapshot after the header.
func (e *Engine) verifyCascading(chain consensus.ChainHeaderReader, header *types.Header, extra *Extra) (*snapshot, error) {
	number := header.Number.Uint64()
	parent := chain.GetHeader(header.ParentHash, number-1)
	if parent == nil {
		return nil, fmt.Errorf("%w: parent %x of block %d", consensus.ErrUnknownAncestor, header.ParentHash, number)
	}
	if parent.Number == nil || parent.Number.Uint64()+1 != number {
		return nil, fmt.Errorf("%w: block %d, parent %v", ErrInvalidNumber, number, parent.Number)
	}
	if period := e.config.BlockPeriod(number); header.Time < parent.Time+period {
		return nil, fmt.Errorf("%w: time %d, parent time %d, period %d", ErrInvalidTimestamp, header.Time, parent.Time, period)
	}
	if err := misc.VerifyGaslimit(parent.GasLimit, header.GasLimit); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidGasLimit, err)
	}
	if err := e.verifyBaseFee(chain.Config(), parent, header); err != nil {
		return nil, err
	}
	if want := MixDigest(parent.MixDigest, extra.ParentCommit); header.MixDigest != want {
		return nil, fmt.Errorf("%w: have %x, want %x", ErrInvalidMixDigest, header.MixDigest, want)
	}
	snap, err := e.snapshot(chain, number-1, header.ParentHash)
	if err != nil {
		return nil, err
	}
	if !snap.isValidator(header.Coinbase) {
		return nil, fmt.Errorf("%w: %s at block %d", ErrCoinbaseNotValidator, header.Coinbase, number)
	}
	next, err := e.nextSnapshot(snap, parent, header, extra)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(extra.Validators, next.validators) {
		return nil, fmt.Errorf("%w: block %d lists %v, want %v", ErrValidatorsMismatch, number, extra.Validators, next.validators)
	}
	return next, nil
}

// nextSnapshot returns the validator snapshot after header, whose parent's
// snapshot is snap: in contract mode (for block N+1) the contract's set on
// the parent's state, with no votes; otherwise snap with header's vote and
// any transition applied.
func (e *Engine) nextSnapshot(snap *snapshot, parent, header *types.Header, extra *Extra) (*snapshot, error) {
	number := header.Number.Uint64()
	contract, ok := e.config.ValidatorContractAt(number + 1)
	if !ok {
		return snap.apply(e.config, header, extra)
	}
	if extra.Vote != nil { // verifyStandalone rejects it first
		return nil, fmt.Errorf("%w: block %d", ErrContractModeVote, number)
	}
	validators, err := e.contractValidators(parent, contract)
	if err != nil {
		return nil, fmt.Errorf("validators of block %d: %w", number+1, err)
	}
	return newSnapshot(number, header.Hash(), validators), nil
}

// verifyBaseFee applies the fee profile: base fee 0 under "free", EIP-1559's
// value under "market".
func (e *Engine) verifyBaseFee(cfg *params.ChainConfig, parent, header *types.Header) error {
	if e.feeProfile == feesFree {
		if header.BaseFee == nil || header.BaseFee.Sign() != 0 {
			return fmt.Errorf("%w: have %v, want 0 (free fee profile)", ErrInvalidBaseFee, header.BaseFee)
		}
		return nil
	}
	// The gas limit part of this check already passed above.
	if err := eip1559.VerifyEIP1559Header(cfg, parent, header); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidBaseFee, err)
	}
	return nil
}

// verifyParentCommit checks the certificate header N carries for block N−1:
// none in block 1, a valid one from block 2 on.
func (e *Engine) verifyParentCommit(chain consensus.ChainHeaderReader, header *types.Header, extra *Extra) error {
	number := header.Number.Uint64()
	if number == 1 {
		if extra.ParentCommit != nil {
			return ErrUnexpectedParentCommit
		}
		return nil
	}
	if extra.ParentCommit == nil {
		return fmt.Errorf("%w: block %d", ErrMissingParentCommit, number)
	}
	parent := chain.GetHeader(header.ParentHash, number-1)
	if parent == nil {
		return fmt.Errorf("%w: parent %x of block %d", consensus.ErrUnknownAncestor, header.ParentHash, number)
	}
	if err := e.verifyCertificate(chain, parent, extra.ParentCommit); err != nil {
		return fmt.Errorf("parent commit of block %d: %w", number, err)
	}
	return nil
}

// VerifyCertificate checks that cert is a valid commit certificate for
// header: at least Q(N) seals of one round by distinct members of V(N) (the
// validators listed in the parent's extraData), sorted by signer, each over
// CommitSealHash(chainId, header.Hash(), cert.Round).
func (e *Engine) VerifyCertificate(chain consensus.ChainHeaderReader, header *types.Header, cert *CommitCertificate) error {
	if e.configErr != nil {
		return e.configErr
	}
	return e.verifyCertificate(chain, header, cert)
}

func (e *Engine) verifyCertificate(chain consensus.ChainHeaderReader, header *types.Header, cert *CommitCertificate) error {
	if header.Number == nil {
		return ErrMissingNumber
	}
	number := header.Number.Uint64()
	if number == 0 {
		return ErrGenesisCertificate
	}
	if cert == nil {
		return fmt.Errorf("%w: block %d", ErrMissingParentCommit, number)
	}
	parent := chain.GetHeader(header.ParentHash, number-1)
	if parent == nil {
		return fmt.Errorf("%w: parent %x of block %d", consensus.ErrUnknownAncestor, header.ParentHash, number)
	}
	validators, err := ValidatorsOf(parent)
	if err != nil {
		return fmt.Errorf("validators of block %d: %w", number, err)
	}
	return e.verifySeals(validators, header.Hash(), cert)
}

// verifySeals checks a certificate's seals against the sorted validators of
// the certified block. Only when a seal fails does it spend extra work to say
// why (see diagnoseSeal).
func (e *Engine) verifySeals(validators []common.Address, blockHash common.Hash, cert *CommitCertificate) error {
	if q := Quorum(len(validators)); len(cert.Seals) < q {
		return fmt.Errorf("%w: have %d, need %d of %d", ErrInsufficientSeals, len(cert.Seals), q, len(validators))
	}
	digest := CommitSealHash(e.chainID, blockHash, cert.Round)
	var prev common.Address
	for i, seal := range cert.Seals {
		signer, err := RecoverSigner(digest, seal)
		if err != nil {
			return fmt.Errorf("%w: seal %d: %w", ErrInvalidSeal, i, err)
		}
		if !containsAddress(validators, signer) {
			return fmt.Errorf("seal %d: %w", i, e.diagnoseSeal(validators, blockHash, cert.Round, seal))
		}
		if i > 0 {
			switch c := signer.Cmp(prev); {
			case c == 0:
				return fmt.Errorf("%w: %s", ErrDuplicateSeal, signer)
			case c < 0:
				return fmt.Errorf("%w: %s after %s", ErrUnsortedSeals, signer, prev)
			}
		}
		prev = signer
	}
	return nil
}

// diagnoseSeal says why a well-formed seal does not recover to a validator
// over the expected digest. A signature hides what it signed, so the only
// way to tell is to try the digests a validator might have signed by mistake
// and see whether one recovers to a member of V:
//   - the same block in another round within diagnosisRoundWindow (a
//     certificate mixing rounds);
//   - the block hash without the commit domain tag: the raw hash (as Besu and
//     GoQuorum seal), the untagged digest, or the consensus-message tag;
//   - another chain id. The chain id is hashed in and no certificate names
//     one, so only a bounded set of likely mistakes can be recognised: 0 (an
//     unset id), 1 (go-ethereum's default) and 1337 (`xiang dev`). A seal for
//     any other chain falls through to ErrSealNotValidator: still rejected,
//     only less precisely named.
//
// Whatever the answer, the seal is invalid; this only picks the error. It runs
// at most 2·diagnosisRoundWindow+6 signature recoveries, once per rejected header.
func (e *Engine) diagnoseSeal(validators []common.Address, blockHash common.Hash, round uint64, seal []byte) error {
	signedByValidator := func(digest common.Hash) bool {
		signer, err := RecoverSigner(digest, seal)
		return err == nil && containsAddress(validators, signer)
	}
	lo, hi := uint64(0), round+diagnosisRoundWindow
	if round > diagnosisRoundWindow {
		lo = round - diagnosisRoundWindow
	}
	if hi < round {
		hi = math.MaxUint64
	}
	for r := lo; ; r++ {
		if r != round && signedByValidator(CommitSealHash(e.chainID, blockHash, r)) {
			return fmt.Errorf("%w: signed for round %d, certificate round %d", ErrMixedRoundSeals, r, round)
		}
		if r == hi {
			break
		}
	}
	untagged := crypto.Keccak256Hash(mustRLP(e.chainID, blockHash, round))
	messageTagged := crypto.Keccak256Hash(mustRLP(messageDomain, e.chainID, blockHash, round))
	for _, digest := range []common.Hash{blockHash, untagged, messageTagged} {
		if signedByValidator(digest) {
			return ErrSealWrongDomain
		}
	}
	for _, id := range []int64{0, 1, 1337} {
		other := big.NewInt(id)
		if other.Cmp(e.chainID) != 0 && signedByValidator(CommitSealHash(other, blockHash, round)) {
			return fmt.Errorf("%w: signed for chain id %d, this chain is %v", ErrSealWrongChain, id, e.chainID)
		}
	}
	return ErrSealNotValidator
}

func mustRLP(items ...any) []byte {
	b, err := rlp.EncodeToBytes(items)
	if err != nil {
		panic(fmt.Sprintf("qbft: encoding digest: %v", err)) // only writer errors, impossible here
	}
	return b
}

// Prepare fills the consensus fields of a header the miner started (Number,
// ParentHash, GasLimit, Time, Coinbase and BaseFee already set): difficulty
// and nonce 0, mixDigest, extraData (zero vanity, V(N+1), the pending vote,
// the parent's certificate) and, under the free fee profile, base fee 0. A
// time earlier than parent + block period is raised to it. In contract mode
// (for block N+1) V(N+1) is getValidators() on the parent's state and no
// vote is cast.
func (e *Engine) Prepare(chain consensus.ChainHeaderReader, header *types.Header) error {
	if e.configErr != nil {
		return e.configErr
	}
	if header.Number == nil {
		return ErrMissingNumber
	}
	number := header.Number.Uint64()
	if number == 0 {
		return fmt.Errorf("qbft: cannot prepare the genesis block")
	}
	parent := chain.GetHeader(header.ParentHash, number-1)
	if parent == nil {
		return fmt.Errorf("%w: parent %x of block %d", consensus.ErrUnknownAncestor, header.ParentHash, number)
	}
	snap, err := e.snapshot(chain, number-1, header.ParentHash)
	if err != nil {
		return err
	}
	if !snap.isValidator(header.Coinbase) {
		return fmt.Errorf("%w: cannot propose block %d as %s", ErrCoinbaseNotValidator, number, header.Coinbase)
	}
	extra := &Extra{}
	if number > 1 {
		if e.certs == nil {
			return ErrNoCertificateSource
		}
		cert := e.certs.Certificate(header.ParentHash)
		if cert == nil {
			return fmt.Errorf("%w: no certificate for block %d %x", ErrMissingParentCommit, number-1, header.ParentHash)
		}
		if err := e.verifyCertificate(chain, parent, cert); err != nil {
			return fmt.Errorf("certificate of block %d: %w", number-1, err)
		}
		extra.ParentCommit = cert
	}
	header.Difficulty = new(big.Int)
	header.Nonce = types.BlockNonce{}
	header.MixDigest = MixDigest(parent.MixDigest, extra.ParentCommit)
	if minTime := parent.Time + e.config.BlockPeriod(number); header.Time < minTime {
		header.Time = minTime
	}
	switch {
	case e.feeProfile == feesFree:
		header.BaseFee = new(big.Int)
	case header.BaseFee == nil:
		header.BaseFee = eip1559.CalcBaseFee(chain.Config(), parent)
	}

	// Cast the pending vote only where it is valid; otherwise propose without.
	// Contract mode takes no votes.
	if _, contractMode := e.config.ValidatorContractAt(number + 1); !contractMode && number%e.config.EpochLength != 0 {
		extra.Vote = e.nextVote(func(v *Vote) bool {
			extra.Vote = v
			_, err := snap.apply(e.config, header, extra)
			return err == nil
		})
	}
	next, err := e.nextSnapshot(snap, parent, header, extra)
	if err != nil {
		return err
	}
	extra.Validators = next.validators
	header.Extra = extra.Encode()
	return nil
}

// batchReader is a ChainHeaderReader that also sees the headers of a batch
// being verified, up to (not including) the one at index visible.
type batchReader struct {
	consensus.ChainHeaderReader
	headers []*types.Header
	index   map[common.Hash]int
	visible int
}

func newBatchReader(chain consensus.ChainHeaderReader, headers []*types.Header) *batchReader {
	b := &batchReader{ChainHeaderReader: chain, headers: headers, index: make(map[common.Hash]int, len(headers))}
	for i, h := range headers {
		b.index[h.Hash()] = i
	}
	return b
}

func (b *batchReader) fromBatch(hash common.Hash) *types.Header {
	if i, ok := b.index[hash]; ok && i < b.visible {
		return b.headers[i]
	}
	return nil
}

// GetHeader implements consensus.ChainHeaderReader.
func (b *batchReader) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h := b.fromBatch(hash); h != nil && h.Number != nil && h.Number.Uint64() == number {
		return h
	}
	return b.ChainHeaderReader.GetHeader(hash, number)
}

// GetHeaderByHash implements consensus.ChainHeaderReader.
func (b *batchReader) GetHeaderByHash(hash common.Hash) *types.Header {
	if h := b.fromBatch(hash); h != nil {
		return h
	}
	return b.ChainHeaderReader.GetHeaderByHash(hash)
}
