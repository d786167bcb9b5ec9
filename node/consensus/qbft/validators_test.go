package qbft_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// voteStep is one block of a tally scenario: who proposes it, the vote the
// proposer has pending ("+E" add E, "-E" drop E, "" none), and the validator
// set the block must list afterwards (V(N+1)). omitted means Prepare must
// leave the pending vote out.
type voteStep struct {
	proposer string
	vote     string
	want     string
	omitted  bool
}

// TestVoteTally runs header-vote scenarios end to end: each block is built
// with Prepare (carrying the proposer's pending vote), verified and
// certified, and the set it lists is checked. Validators are named A–F,
// which need not be their sort order.
func TestVoteTally(t *testing.T) {
	tests := []struct {
		name        string
		initial     string
		epoch       uint64
		transitions map[uint64]string // block → V(block)
		steps       []voteStep
	}{
		{
			name: "one vote of four does not pass", initial: "ABCD",
			steps: []voteStep{{"A", "+E", "ABCD", false}},
		},
		{
			name: "add passes at more than half", initial: "ABCD",
			steps: []voteStep{
				{"A", "+E", "ABCD", false},
				{"B", "+E", "ABCD", false},
				{"C", "+E", "ABCDE", false},
			},
		},
		{
			name: "drop passes at more than half", initial: "ABCD",
			steps: []voteStep{
				{"A", "-D", "ABCD", false},
				{"B", "-D", "ABCD", false},
				{"C", "-D", "ABC", false},
			},
		},
		{
			name: "a repeated vote counts once", initial: "ABCD",
			steps: []voteStep{
				{"A", "+E", "ABCD", false},
				{"A", "+E", "ABCD", false},
				{"B", "+E", "ABCD", false},
				{"A", "+E", "ABCD", false},
			},
		},
		{
			name: "two of three pass", initial: "ABC",
			steps: []voteStep{
				{"A", "+D", "ABC", false},
				{"B", "+D", "ABCD", false},
			},
		},
		{
			name: "half of two does not pass, a validator may drop itself", initial: "AB",
			steps: []voteStep{
				{"A", "-B", "AB", false},
				{"B", "-B", "A", false},
			},
		},
		{
			name: "votes of a dropped validator are discarded", initial: "ABCDE",
			steps: []voteStep{
				{"A", "+F", "ABCDE", false},
				{"B", "+F", "ABCDE", false},
				{"C", "-B", "ABCDE", false},
				{"D", "-B", "ABCDE", false},
				{"E", "-B", "ACDE", false},
				// B's vote for F is gone: A and C are 2 of 4, not more than half.
				{"C", "+F", "ACDE", false},
				{"D", "+F", "ACDEF", false},
			},
		},
		{
			name: "votes on a candidate are cleared once it passes", initial: "ABC",
			steps: []voteStep{
				{"A", "+D", "ABC", false},
				{"B", "+D", "ABCD", false},
				{"B", "-D", "ABCD", false},
				{"C", "-D", "ABCD", false},
				{"D", "-D", "ABC", false},
				// A's old vote to add D no longer counts.
				{"C", "+D", "ABC", false},
			},
		},
		{
			name: "a vote that would not change the set is not cast", initial: "AB",
			steps: []voteStep{
				{"A", "+B", "AB", true},
				{"A", "-C", "AB", true},
			},
		},
		{
			name: "the last validator cannot be voted out", initial: "A",
			steps: []voteStep{{"A", "-A", "A", true}},
		},
		{
			name: "an epoch block carries no vote and resets the tally", initial: "ABCD", epoch: 4,
			steps: []voteStep{
				{"A", "+E", "ABCD", false},
				{"B", "+E", "ABCD", false},
				{"C", "", "ABCD", false},
				{"C", "+E", "ABCD", true}, // block 4: epoch
				{"C", "+E", "ABCD", false},
				{"D", "+E", "ABCD", false},
				{"A", "+E", "ABCDE", false},
			},
		},
		{
			name: "a transition sets V(B) in header B-1 and resets the tally", initial: "ABCD",
			transitions: map[uint64]string{3: "ABE"},
			steps: []voteStep{
				{"A", "+F", "ABCD", false},
				{"B", "", "ABE", false},
				// A's vote is discarded: B alone is 1 of 3.
				{"E", "+F", "ABE", false},
				{"B", "+F", "ABEF", false},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pool := sortedAddrs(testKeys(6))
			name := func(s string) common.Address { return keyAddr(int(s[0] - 'A')) }
			set := func(s string) []common.Address {
				var out []common.Address
				for _, r := range s {
					out = append(out, name(string(r)))
				}
				qbft.SortAddresses(out)
				return out
			}
			cfg := qbft.Config{EpochLength: tc.epoch}
			for b, vs := range tc.transitions {
				cfg.Transitions = append(cfg.Transitions, qbft.Transition{Block: b, Validators: set(vs)})
			}
			var initial []int
			for _, a := range set(tc.initial) {
				initial = append(initial, slices.Index(pool, a))
			}
			c := newTestChain(t, chainOptions{keys: 6, validators: initial, config: cfg})
			for i, step := range tc.steps {
				var vote *qbft.Vote
				if step.vote != "" {
					vote = &qbft.Vote{Address: name(step.vote[1:]), Add: step.vote[0] == '+'}
				}
				c.engine.SetVote(vote)
				h := c.propose(name(step.proposer))
				extra, err := qbft.DecodeExtra(h.Extra)
				if err != nil {
					t.Fatal(err)
				}
				switch cast := extra.Vote != nil; {
				case vote != nil && cast == step.omitted:
					t.Fatalf("block %d: vote cast = %t, want %t", i+1, cast, !step.omitted)
				case cast && *extra.Vote != *vote:
					t.Fatalf("block %d: cast %+v, want %+v", i+1, extra.Vote, vote)
				}
				c.commit(h)
				if got, want := extra.Validators, set(step.want); !slices.Equal(got, want) {
					t.Fatalf("block %d lists %s, want %s", i+1, namesOf(got), step.want)
				}
			}
			// A cold engine rebuilds the same snapshots from headers alone,
			// verifying from the head down so every walk starts from scratch.
			for n := len(c.canon) - 1; n >= 1; n-- {
				if err := qbft.New(c.opts).VerifyHeader(c, c.canon[n]); err != nil {
					t.Fatalf("cold verify of block %d: %v", n, err)
				}
			}
		})
	}
}

// keyAddr is the address of test key i; scenarios name key 0 "A", key 1 "B"…
// (key order, not sort order).
func keyAddr(i int) common.Address { return crypto.PubkeyToAddress(testKey(i).PublicKey) }

func namesOf(vs []common.Address) string {
	var b strings.Builder
	for _, v := range vs {
		for i := range 26 {
			if keyAddr(i) == v {
				b.WriteByte(byte('A' + i))
			}
		}
	}
	return b.String()
}

// TestProposer checks Besu's rotation (research consensus.md §2.4).
func TestProposer(t *testing.T) {
	a := common.HexToAddress("0x1000000000000000000000000000000000000000")
	b := common.HexToAddress("0x2000000000000000000000000000000000000000")
	c := common.HexToAddress("0x3000000000000000000000000000000000000000")
	d := common.HexToAddress("0x4000000000000000000000000000000000000000")
	between := common.HexToAddress("0x2800000000000000000000000000000000000000")
	above := common.HexToAddress("0xf000000000000000000000000000000000000000")
	v := []common.Address{a, b, c, d}
	tests := []struct {
		name       string
		validators []common.Address
		last       common.Address
		round      uint64
		want       common.Address
	}{
		{"genesis coinbase, round 0", v, common.Address{}, 0, a},
		{"genesis coinbase, round 1", v, common.Address{}, 1, b},
		{"genesis coinbase, round 5 wraps", v, common.Address{}, 5, b},
		{"member: the next one", v, a, 0, b},
		{"member: the next one plus the round", v, a, 2, d},
		{"last member wraps", v, d, 0, a},
		{"last member, round 3", v, d, 3, d},
		{"non-member: the first above it", v, between, 0, c},
		{"non-member: the first above it plus the round", v, between, 1, d},
		{"non-member above all wraps to the first", v, above, 0, a},
		{"huge round", v, b, 1<<64 - 1, b}, // (index 1 + 1 + (2^64-1) mod 4) mod 4 = 1
		{"single validator", []common.Address{b}, b, 7, b},
		{"unsorted input is sorted first", []common.Address{d, b, a, c}, a, 0, b},
		{"empty set", nil, a, 0, common.Address{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := qbft.Proposer(tc.validators, tc.last, tc.round); got != tc.want {
				t.Fatalf("Proposer = %s, want %s", got, tc.want)
			}
		})
	}
}
