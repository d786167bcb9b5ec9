package qbft

import (
	"bytes"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
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

func TestValidatorContractAt(t *testing.T) {
	c1, c2 := common.HexToAddress("0xc1"), common.HexToAddress("0xc2")
	v := []common.Address{common.HexToAddress("0x01")}
	cfg := Config{ValidatorContract: &c1, Transitions: []Transition{
		{Block: 5, BlockPeriodSeconds: 3}, // keeps the mode
		{Block: 10, Validators: v},        // back to header votes
		{Block: 20, ValidatorSelectionMode: SelectionContract, ValidatorContract: &c2},
		{Block: 30, ValidatorSelectionMode: SelectionBlockHeader, Validators: v},
	}}.WithDefaults()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		n    uint64
		want common.Address
		ok   bool
	}{
		{0, c1, true}, {1, c1, true}, {9, c1, true}, {10, common.Address{}, false}, {19, common.Address{}, false},
		{20, c2, true}, {29, c2, true}, {30, common.Address{}, false}, {1000, common.Address{}, false},
	} {
		if got, ok := cfg.ValidatorContractAt(tc.n); got != tc.want || ok != tc.ok {
			t.Errorf("ValidatorContractAt(%d) = %s, %t; want %s, %t", tc.n, got, ok, tc.want, tc.ok)
		}
	}
	if header := (Config{EpochLength: 1}); header.usesContract() {
		t.Error("a header-vote config uses a contract")
	}
	if !cfg.usesContract() || !(Config{Transitions: []Transition{{Block: 3, ValidatorContract: &c2}}}).usesContract() {
		t.Error("a contract config does not use a contract")
	}
}

func TestTransitionModeValidation(t *testing.T) {
	c := common.HexToAddress("0xc1")
	v := []common.Address{common.HexToAddress("0x01")}
	for _, tc := range []struct {
		name string
		tr   Transition
		ok   bool
	}{
		{"contract by address", Transition{Block: 1, ValidatorContract: &c}, true},
		{"contract by mode", Transition{Block: 1, ValidatorSelectionMode: SelectionContract, ValidatorContract: &c}, true},
		{"header by validators", Transition{Block: 1, Validators: v}, true},
		{"header by mode", Transition{Block: 1, ValidatorSelectionMode: SelectionBlockHeader, Validators: v}, true},
		{"contract mode without address", Transition{Block: 1, ValidatorSelectionMode: SelectionContract}, false},
		{"header mode without validators", Transition{Block: 1, ValidatorSelectionMode: SelectionBlockHeader}, false},
		{"header mode with an address", Transition{Block: 1, ValidatorSelectionMode: SelectionBlockHeader, ValidatorContract: &c}, false},
		{"contract mode with validators", Transition{Block: 1, ValidatorSelectionMode: SelectionContract, Validators: v}, false},
		{"both sources", Transition{Block: 1, Validators: v, ValidatorContract: &c}, false},
		{"unknown mode", Transition{Block: 1, ValidatorSelectionMode: "vote", Validators: v}, false},
	} {
		err := Config{EpochLength: 1, Transitions: []Transition{tc.tr}}.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("%s: Validate() = %v, want ok=%t", tc.name, err, tc.ok)
		}
	}
}

// TestTransitionEncodingUnchanged checks that a transition without the mode
// fields encodes as before they existed, so existing genesis settings
// hashes (and genesis hashes) stay the same, and that the fields count when set.
func TestTransitionEncodingUnchanged(t *testing.T) {
	v := []common.Address{common.HexToAddress("0x01")}
	old := struct {
		Block              uint64
		Validators         []common.Address
		BlockPeriodSeconds uint64
	}{10, v, 2}
	want, err := rlp.EncodeToBytes(old)
	if err != nil {
		t.Fatal(err)
	}
	tr := Transition{Block: 10, Validators: v, BlockPeriodSeconds: 2}
	got, err := rlp.EncodeToBytes(tr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("encoding %x, want the old %x", got, want)
	}
	c := common.HexToAddress("0xc1")
	withMode, _ := rlp.EncodeToBytes(Transition{Block: 10, ValidatorContract: &c})
	withAddr, _ := rlp.EncodeToBytes(Transition{Block: 10, ValidatorSelectionMode: SelectionContract, ValidatorContract: &c})
	plain, _ := rlp.EncodeToBytes(Transition{Block: 10})
	if bytes.Equal(withMode, plain) || bytes.Equal(withAddr, withMode) {
		t.Error("the mode fields do not change the encoding")
	}
}
