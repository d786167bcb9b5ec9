package qbftcore

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// proposer returns the proposer of a round at a height: qbft.Proposer, the
// engine's implementation of Besu's rule (research/consensus.md §2.4).
func proposer(validators []common.Address, lastCoinbase common.Address, round uint64) common.Address {
	return qbft.Proposer(validators, lastCoinbase, round)
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

// scheduledRound is the round in progress at now if round 0 began at start
// and every round r lasted roundTimeout(r).
func scheduledRound(start, now time.Time, requestTimeout, maxTimeout time.Duration) uint64 {
	if requestTimeout <= 0 || !now.After(start) {
		return 0
	}
	elapsed := now.Sub(start)
	var r uint64
	for ; r <= maxTimeoutExponent; r++ {
		t := roundTimeout(requestTimeout, maxTimeout, r)
		if elapsed < t {
			return r
		}
		elapsed -= t
	}
	// From here on every round lasts the same.
	return r + uint64(elapsed/roundTimeout(requestTimeout, maxTimeout, r))
}
