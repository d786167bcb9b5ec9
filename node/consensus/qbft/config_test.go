package qbft

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestQuorum checks Q(n) = ceil(2n/3) and F(n) = floor((n-1)/3) against the
// values in research consensus.md §2.3.
func TestQuorum(t *testing.T) {
	for _, tc := range []struct{ n, q, f int }{
		{0, 0, 0}, {1, 1, 0}, {2, 2, 0}, {3, 2, 0}, {4, 3, 1}, {5, 4, 1}, {6, 4, 1}, {7, 5, 2}, {10, 7, 3},
	} {
		if q := Quorum(tc.n); q != tc.q {
			t.Errorf("Quorum(%d) = %d, want %d", tc.n, q, tc.q)
		}
		if f := FaultTolerance(tc.n); f != tc.f {
			t.Errorf("FaultTolerance(%d) = %d, want %d", tc.n, f, tc.f)
		}
	}
}

func TestConfigTransitions(t *testing.T) {
	a := common.HexToAddress("0x01")
	b := common.HexToAddress("0x02")
	cfg := Config{BlockPeriodSeconds: 2, Transitions: []Transition{
		{Block: 10, BlockPeriodSeconds: 5},
		{Block: 20, Validators: []common.Address{b, a}},
		{Block: 30, BlockPeriodSeconds: 1},
	}}.WithDefaults()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ n, period uint64 }{{1, 2}, {9, 2}, {10, 5}, {25, 5}, {30, 1}, {99, 1}} {
		if p := cfg.BlockPeriod(tc.n); p != tc.period {
			t.Errorf("BlockPeriod(%d) = %d, want %d", tc.n, p, tc.period)
		}
	}
	if v, ok := cfg.TransitionValidators(20); !ok || !slices.Equal(v, []common.Address{a, b}) {
		t.Errorf("TransitionValidators(20) = %v, %t; want sorted [a b]", v, ok)
	}
	if _, ok := cfg.TransitionValidators(10); ok {
		t.Error("a period-only transition sets validators")
	}

	for name, bad := range map[string]Config{
		"zero epoch":             {},
		"empty period too short": {EpochLength: 1, BlockPeriodSeconds: 5, EmptyBlockPeriodSeconds: 2},
		"transitions unordered":  {EpochLength: 1, Transitions: []Transition{{Block: 5}, {Block: 5}}},
		"transition at genesis":  {EpochLength: 1, Transitions: []Transition{{Block: 0}}},
	} {
		if bad.Validate() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
