package qbftcore

import (
	"bytes"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// proposer returns the proposer of a round at a height, by Besu's rule
// (research/consensus.md §2.4): validators are sorted ascending and
// lastCoinbase is the coinbase of the parent block.
//
//   - lastCoinbase ∈ validators: validators[(index(lastCoinbase) + 1 + round) mod n];
//   - otherwise, with b the first validator above lastCoinbase (wrapping to
//     validators[0]): validators[(index(b) + round) mod n].
//
// It returns the zero address for an empty set.
func proposer(validators []common.Address, lastCoinbase common.Address, round uint64) common.Address {
	n := len(validators)
	if n == 0 {
		return common.Address{}
	}
	i := sort.Search(n, func(i int) bool { return bytes.Compare(validators[i][:], lastCoinbase[:]) >= 0 })
	start := i % n // first validator ≥ lastCoinbase, wrapping
	if i < n && validators[i] == lastCoinbase {
		start = (i + 1) % n
	}
	return validators[(start+int(round%uint64(n)))%n]
}

// maxTimeoutExponent caps the round timer's back-off at 2^6 (DESIGN.md §4).
const maxTimeoutExponent = 6

// roundTimeout is requestTimeout × 2^min(round, 6), capped at maxTimeout when
// maxTimeout is positive.
func roundTimeout(requestTimeout, maxTimeout time.Duration, round uint64) time.Duration {
	exp := min(round, maxTimeoutExponent)
	d := requestTimeout << exp
	if maxTimeout > 0 && d > maxTimeout {
		d = maxTimeout
	}
	return d
}
