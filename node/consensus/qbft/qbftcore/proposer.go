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
