package governance

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"
)

// osakaRules are the EVM rules the contracts are compiled for.
var osakaRules = params.MergedTestChainConfig.Rules(common.Big0, true, 0)

func testAddrs(hexes ...string) []common.Address {
	out := make([]common.Address, len(hexes))
	for i, h := range hexes {
		out[i] = common.HexToAddress(h)
	}
	return out
}

func newState(t *testing.T) *state.StateDB {
	t.Helper()
	s, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGenesisAccountMatchesConstructor checks the hand-laid storage against what the constructor writes
// (equal storage roots mean equal storage, slot for slot) and the code against the compiled artifact.
func TestGenesisAccountMatchesConstructor(t *testing.T) {
	admin := common.HexToAddress("0xad")
	for _, validators := range [][]common.Address{
		testAddrs("0x33"),
		testAddrs("0x33", "0x11", "0x22"),
		testAddrs("0xffffffffffffffffffffffffffffffffffffffff", "0x01", "0x8000000000000000000000000000000000000000", "0x7f"),
	} {
		acc, err := ValidatorSetGenesisAccount(admin, validators)
		if err != nil {
			t.Fatal(err)
		}
		deployed := newState(t)
		input := append(common.FromHex(ValidatorSetMetaData.Bin), NewValidatorSet().PackConstructor(admin, validators)...)
		code, addr, _, err := runtime.Create(input, &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: deployed})
		if err != nil {
			t.Fatal(err)
		}
		deployed.IntermediateRoot(osakaRules)

		laid := newState(t)
		at := common.HexToAddress("0x7a15")
		laid.SetCode(at, acc.Code, 0)
		for k, v := range acc.Storage {
			laid.SetState(at, k, v)
		}
		laid.IntermediateRoot(osakaRules)

		if !slices.Equal(acc.Code, code) {
			t.Fatal("genesis code differs from the constructor's result")
		}
		if got, want := laid.GetStorageRoot(at), deployed.GetStorageRoot(addr); got != want || got == types.EmptyRootHash {
			t.Fatalf("%d validators: hand-laid storage root %x, constructor's %x", len(validators), got, want)
		}
		if len(acc.Storage) != 2+2*len(validators) {
			t.Fatalf("%d slots, want %d", len(acc.Storage), 2+2*len(validators))
		}
	}

	raw, err := os.ReadFile(filepath.Join("..", "..", "contracts", "artifacts", "governance", "ValidatorSet.json"))
	if err != nil {
		t.Fatal(err)
	}
	var artifact struct {
		DeployedBytecode string `json:"deployedBytecode"`
	}
	if err := json.Unmarshal(raw, &artifact); err != nil {
		t.Fatal(err)
	}
	acc, err := ValidatorSetGenesisAccount(admin, testAddrs("0x01"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(acc.Code, common.FromHex(artifact.DeployedBytecode)) {
		t.Fatal("genesis code differs from the artifact's deployedBytecode")
	}
}

// TestGenesisAccountWorks runs the contract from its genesis storage: the list reads back, the admin
// removes a validator from the middle and adds one, and a stranger is refused.
func TestGenesisAccountWorks(t *testing.T) {
	admin, stranger := common.HexToAddress("0xad"), common.HexToAddress("0x5e")
	validators := testAddrs("0x11", "0x22", "0x33")
	acc, err := ValidatorSetGenesisAccount(admin, validators)
	if err != nil {
		t.Fatal(err)
	}
	st := newState(t)
	at := common.HexToAddress("0x7a15")
	st.SetCode(at, acc.Code, 0)
	for k, v := range acc.Storage {
		st.SetState(at, k, v)
	}
	vs := NewValidatorSet()
	call := func(from common.Address, input []byte) ([]byte, error) {
		out, _, err := runtime.Call(at, input, &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, Origin: from})
		return out, err
	}
	list := func() []common.Address {
		out, err := call(stranger, vs.PackGetValidators())
		if err != nil {
			t.Fatal(err)
		}
		v, err := vs.UnpackGetValidators(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if got := list(); !slices.Equal(got, validators) {
		t.Fatalf("getValidators %v, want %v", got, validators)
	}
	out, err := call(stranger, vs.PackAdmin())
	if a, _ := vs.UnpackAdmin(out); err != nil || a != admin {
		t.Fatalf("admin %s, %v", a, err)
	}
	if _, err := call(admin, vs.PackRemoveValidator(validators[0])); err != nil {
		t.Fatalf("removeValidator: %v", err)
	}
	if got, want := list(), testAddrs("0x33", "0x22"); !slices.Equal(got, want) {
		t.Fatalf("after removal %v, want %v (last moved into the gap)", got, want)
	}
	// The moved validator's position slot was right: it can be removed too.
	if _, err := call(admin, vs.PackRemoveValidator(validators[2])); err != nil {
		t.Fatalf("removing the moved validator: %v", err)
	}
	if _, err := call(admin, vs.PackAddValidator(validators[0])); err != nil {
		t.Fatalf("addValidator: %v", err)
	}
	if got, want := list(), testAddrs("0x22", "0x11"); !slices.Equal(got, want) {
		t.Fatalf("after re-adding %v, want %v", got, want)
	}
	if _, err := call(stranger, vs.PackAddValidator(stranger)); err == nil {
		t.Fatal("a stranger added a validator")
	}
}

func TestGenesisAccountRefusesBadArguments(t *testing.T) {
	one := testAddrs("0x01")
	for name, tc := range map[string]struct {
		admin      common.Address
		validators []common.Address
	}{
		"zero admin":          {common.Address{}, one},
		"no validators":       {common.HexToAddress("0xad"), nil},
		"duplicate validator": {common.HexToAddress("0xad"), testAddrs("0x01", "0x02", "0x01")},
		"zero validator":      {common.HexToAddress("0xad"), testAddrs("0x01", "0x00")},
	} {
		if _, err := ValidatorSetGenesisAccount(tc.admin, tc.validators); !errors.Is(err, ErrValidatorSetArgs) {
			t.Errorf("%s: got %v, want ErrValidatorSetArgs", name, err)
		}
	}
}
