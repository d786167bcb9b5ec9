package qbft

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
)

// snapshotCacheSize is how many validator snapshots (one per block hash) the
// engine keeps in memory; like clique's, recent ones are all that import and
// block production ask for.
const snapshotCacheSize = 256

// snapshot is the validator-set state after a block: the validators of the
// next block and the votes cast since the last epoch block (none when the
// next block's validators come from the validator contract).
// A snapshot is never changed once built; apply returns a new one.
type snapshot struct {
	number     uint64
	hash       common.Hash
	validators []common.Address // V(number+1), sorted ascending
	// tally holds each validator's current vote per candidate:
	// candidate → voter → add (true) or drop (false).
	tally map[common.Address]map[common.Address]bool
}

func newSnapshot(number uint64, hash common.Hash, validators []common.Address) *snapshot {
	return &snapshot{
		number:     number,
		hash:       hash,
		validators: slices.Clone(validators),
		tally:      make(map[common.Address]map[common.Address]bool),
	}
}

func (s *snapshot) copy() *snapshot {
	c := newSnapshot(s.number, s.hash, s.validators)
	for candidate, votes := range s.tally {
		c.tally[candidate] = maps.Clone(votes)
	}
	return c
}

// isValidator reports whether addr is in the snapshot's validator set.
func (s *snapshot) isValidator(addr common.Address) bool {
	return containsAddress(s.validators, addr)
}

// apply returns the snapshot after header, the child of s's block, whose
// decoded extraData is extra. It enforces the vote rules (research
// consensus.md §3.1, EIP-225):
//   - no vote in an epoch block; an epoch block discards all pending votes;
//   - the voter is the proposer (coinbase) and must be in V(N);
//   - a vote must change the set (add a non-member, drop a member): such votes
//     are never emitted by Prepare and are rejected here, so nodes cannot
//     disagree on how to tally them;
//   - each validator has one current vote per candidate, a newer vote replaces
//     its older one;
//   - a candidate is added or dropped when more than half of V(N) voted the
//     same way for it; its votes are then cleared, and a dropped validator's
//     own votes are discarded. Only the voted candidate can change (no cascade);
//   - a transition at block N+1 sets V(N+1) outright and discards all pending
//     votes, since they were cast against a set that no longer applies.
func (s *snapshot) apply(cfg Config, header *types.Header, extra *Extra) (*snapshot, error) {
	number := header.Number.Uint64()
	if number != s.number+1 {
		return nil, fmt.Errorf("%w: applying header %d to the snapshot of block %d", ErrInvalidNumber, number, s.number)
	}
	next := s.copy()
	next.number, next.hash = number, header.Hash()

	if number%cfg.EpochLength == 0 {
		if extra.Vote != nil {
			return nil, fmt.Errorf("%w: block %d", ErrEpochVote, number)
		}
		clear(next.tally)
	} else if vote := extra.Vote; vote != nil {
		voter := header.Coinbase
		if !s.isValidator(voter) {
			return nil, fmt.Errorf("%w: voter %s at block %d", ErrCoinbaseNotValidator, voter, number)
		}
		if vote.Add == s.isValidator(vote.Address) {
			return nil, fmt.Errorf("%w: %s (add=%t) at block %d", ErrRedundantVote, vote.Address, vote.Add, number)
		}
		votes := next.tally[vote.Address]
		if votes == nil {
			votes = make(map[common.Address]bool)
			next.tally[vote.Address] = votes
		}
		votes[voter] = vote.Add
		if 2*countVotes(votes, vote.Add) > len(s.validators) {
			if err := next.enact(vote); err != nil {
				return nil, fmt.Errorf("block %d: %w", number, err)
			}
		}
	}
	if validators, ok := cfg.TransitionValidators(number + 1); ok {
		next.validators = validators
		clear(next.tally)
	}
	return next, nil
}

// enact applies a vote that passed.
func (s *snapshot) enact(vote *Vote) error {
	delete(s.tally, vote.Address)
	if vote.Add {
		s.validators = append(s.validators, vote.Address)
		SortAddresses(s.validators)
		return nil
	}
	s.validators = slices.DeleteFunc(s.validators, func(a common.Address) bool { return a == vote.Address })
	if len(s.validators) == 0 {
		return fmt.Errorf("%w: vote drops the last validator %s", ErrEmptyValidators, vote.Address)
	}
	for candidate, votes := range s.tally {
		delete(votes, vote.Address)
		if len(votes) == 0 {
			delete(s.tally, candidate)
		}
	}
	return nil
}

func countVotes(votes map[common.Address]bool, add bool) int {
	n := 0
	for _, v := range votes {
		if v == add {
			n++
		}
	}
	return n
}

// snapshot returns the validator snapshot after block (number, hash). It
// starts from a cached snapshot or from the nearest block at or below it
// that carries no votes forward — an epoch block, or a block listing a
// contract-selected set — whose listed validators are trusted (they were
// checked when that block was verified), and replays the headers after it.
func (e *Engine) snapshot(chain consensus.ChainHeaderReader, number uint64, hash common.Hash) (*snapshot, error) {
	var (
		headers []*types.Header
		snap    *snapshot
	)
	for snap == nil {
		if s, ok := e.snapshots.Get(hash); ok {
			snap = s
			break
		}
		header := chain.GetHeader(hash, number)
		if header == nil || header.Number == nil || header.Number.Uint64() != number {
			return nil, fmt.Errorf("%w: header %d %x", consensus.ErrUnknownAncestor, number, hash)
		}
		if _, contractMode := e.config.ValidatorContractAt(number + 1); contractMode || number%e.config.EpochLength == 0 {
			validators, err := ValidatorsOf(header)
			if err != nil {
				return nil, fmt.Errorf("block %d: %w", number, err)
			}
			snap = newSnapshot(number, hash, validators)
			break
		}
		headers = append(headers, header)
		number, hash = number-1, header.ParentHash
	}
	for i := len(headers) - 1; i >= 0; i-- {
		extra, err := DecodeExtra(headers[i].Extra)
		if err != nil {
			return nil, fmt.Errorf("%w: block %d: %w", ErrInvalidExtra, headers[i].Number, err)
		}
		if snap, err = snap.apply(e.config, headers[i], extra); err != nil {
			return nil, err
		}
	}
	e.snapshots.Add(snap.hash, snap)
	return snap, nil
}

// ValidatorsOf returns the validators a header lists, which are V(N+1) for
// header N (the genesis lists V(1)). It checks the list is non-empty, sorted
// and free of duplicates.
func ValidatorsOf(header *types.Header) ([]common.Address, error) {
	extra, err := DecodeExtra(header.Extra)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidExtra, err)
	}
	if err := checkValidatorList(extra.Validators); err != nil {
		return nil, err
	}
	return extra.Validators, nil
}

// checkValidatorList checks that validators is non-empty and strictly ascending.
func checkValidatorList(validators []common.Address) error {
	if len(validators) == 0 {
		return ErrEmptyValidators
	}
	for i := 1; i < len(validators); i++ {
		switch bytes.Compare(validators[i-1][:], validators[i][:]) {
		case 0:
			return fmt.Errorf("%w: %s", ErrDuplicateValidator, validators[i])
		case 1:
			return fmt.Errorf("%w: %s before %s", ErrUnsortedValidators, validators[i-1], validators[i])
		}
	}
	return nil
}

// containsAddress reports whether the sorted list holds addr.
func containsAddress(sorted []common.Address, addr common.Address) bool {
	_, found := slices.BinarySearchFunc(sorted, addr, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return found
}

// Proposer returns the proposer of a height and round by Besu's rule
// (research consensus.md §2.4), given the validators of that height sorted
// ascending and the coinbase of the previous block:
//   - if lastCoinbase ∈ V: V[(index(lastCoinbase) + 1 + round) mod |V|];
//   - else (it was just dropped, or it is the genesis coinbase 0x0): with b the
//     first member above lastCoinbase (wrapping to V[0]),
//     V[(index(b) + round) mod |V|].
//
// It returns the zero address for an empty set. An unsorted input is sorted
// on a copy first.
func Proposer(validators []common.Address, lastCoinbase common.Address, round uint64) common.Address {
	n := uint64(len(validators))
	if n == 0 {
		return common.Address{}
	}
	cmp := func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }
	if !slices.IsSortedFunc(validators, cmp) {
		validators = slices.Clone(validators)
		SortAddresses(validators)
	}
	idx, found := slices.BinarySearchFunc(validators, lastCoinbase, cmp)
	start := uint64(idx) // not found: idx is the first member above lastCoinbase
	if found {
		start++
	}
	return validators[(start%n+round%n)%n]
}
