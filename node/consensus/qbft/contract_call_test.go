package qbft

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// abiWords concatenates 32-byte words given as big integers or addresses.
func abiWords(words ...any) []byte {
	var out []byte
	for _, w := range words {
		switch v := w.(type) {
		case int:
			out = append(out, common.BigToHash(big.NewInt(int64(v))).Bytes()...)
		case common.Address:
			out = append(out, common.BytesToHash(v.Bytes()).Bytes()...)
		case common.Hash:
			out = append(out, v.Bytes()...)
		}
	}
	return out
}

// returnCode is EVM code that returns out (a whole number of words).
func returnCode(out []byte) []byte {
	var code []byte
	for i := 0; i < len(out); i += 32 {
		code = append(code, byte(vm.PUSH32))
		code = append(code, out[i:i+32]...)
		code = append(code, byte(vm.PUSH2), byte(i>>8), byte(i), byte(vm.MSTORE))
	}
	return append(code, byte(vm.PUSH2), byte(len(out)>>8), byte(len(out)), byte(vm.PUSH0), byte(vm.RETURN))
}

func TestDecodeAddressArray(t *testing.T) {
	a, b := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	dirty := common.BytesToHash(append([]byte{1}, make([]byte, 31)...))
	tests := []struct {
		name    string
		ret     []byte
		want    []common.Address
		wantErr string
	}{
		{"two", abiWords(32, 2, b, a), []common.Address{b, a}, ""},
		{"empty list", abiWords(32, 0), []common.Address{}, ""},
		{"nothing", nil, nil, "returned 0 bytes"},
		{"ragged", append(abiWords(32, 1, a), 0), nil, "returned 97 bytes"},
		{"wrong offset", abiWords(64, 1, a), nil, "array offset"},
		{"length beyond the data", abiWords(32, 3, a, b), nil, "length"},
		{"trailing words", abiWords(32, 1, a, b), nil, "length"},
		{"huge length", abiWords(32, dirty, a), nil, "length"},
		{"not an address", abiWords(32, 1, dirty), nil, "not an address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeAddressArray(tc.ret)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, %v; want error containing %q", got, err, tc.wantErr)
				}
				return
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

// TestCallValidators runs CallValidators against hand-written contracts.
func TestCallValidators(t *testing.T) {
	a, b := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	contract := common.HexToAddress("0xc0de")
	header := &types.Header{Number: big.NewInt(7), Time: 1_700_000_000, GasLimit: 30_000_000}
	tests := []struct {
		name    string
		code    []byte
		want    []common.Address
		wantErr error // vm error, or nil with wantMsg
		wantMsg string
	}{
		{"returns a list", returnCode(abiWords(32, 2, a, b)), []common.Address{a, b}, nil, ""},
		{"no code", nil, nil, nil, "no code"},
		{"reverts", []byte{byte(vm.PUSH0), byte(vm.PUSH0), byte(vm.REVERT)}, nil, vm.ErrExecutionReverted, ""},
		{"loops forever", []byte{byte(vm.JUMPDEST), byte(vm.PUSH0), byte(vm.JUMP)}, nil, vm.ErrOutOfGas, ""},
		{"writes storage", []byte{byte(vm.PUSH1), 1, byte(vm.PUSH0), byte(vm.SSTORE)}, nil, nil, "write protection"},
		{"bad output", returnCode(abiWords(32, 1)), nil, nil, "length"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			statedb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
			if err != nil {
				t.Fatal(err)
			}
			if tc.code != nil {
				statedb.SetCode(contract, tc.code, 0)
			}
			got, err := CallValidators(params.MergedTestChainConfig, statedb, header, contract)
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v, %v; want %v", got, err, tc.wantErr)
				}
			case tc.wantMsg != "":
				if err == nil || !strings.Contains(err.Error(), tc.wantMsg) {
					t.Fatalf("got %v, %v; want error containing %q", got, err, tc.wantMsg)
				}
			default:
				if err != nil || !slices.Equal(got, tc.want) {
					t.Fatalf("got %v, %v; want %v", got, err, tc.want)
				}
			}
		})
	}
}

// TestContractValidatorsNormalises checks the engine treats the contract's
// list as a set (sorted, duplicates dropped), refuses an empty one, wraps
// the caller's errors and caches per block.
func TestContractValidatorsNormalises(t *testing.T) {
	a, b := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	contract := common.HexToAddress("0xc0de")
	missing := errors.New("state missing")
	var (
		calls  int
		result []common.Address
		fail   error
	)
	e := New(Options{
		Config: Config{ValidatorContract: &contract}, ChainID: big.NewInt(1337), FeeProfile: feesFree,
		Contracts: ContractCallerFunc(func(h *types.Header, c common.Address) ([]common.Address, error) {
			calls++
			if c != contract {
				t.Errorf("called %s, want %s", c, contract)
			}
			return result, fail
		}),
	})
	if err := e.ConfigError(); err != nil {
		t.Fatal(err)
	}
	block := func(n int64) *types.Header { return &types.Header{Number: big.NewInt(n)} }

	result = []common.Address{b, a, b}
	got, err := e.contractValidators(block(1), contract)
	if err != nil || !slices.Equal(got, []common.Address{a, b}) {
		t.Fatalf("got %v, %v; want [a b]", got, err)
	}
	got[0] = common.Address{} // the cache must not be changed through a result
	if again, _ := e.contractValidators(block(1), contract); calls != 1 || !slices.Equal(again, []common.Address{a, b}) {
		t.Fatalf("second evaluation: %v after %d calls, want the cached [a b]", again, calls)
	}

	result = nil
	if _, err := e.contractValidators(block(2), contract); !errors.Is(err, ErrEmptyValidators) {
		t.Fatalf("empty list: got %v", err)
	}
	fail = missing
	if _, err := e.contractValidators(block(3), contract); !errors.Is(err, ErrValidatorContractCall) || !errors.Is(err, missing) {
		t.Fatalf("caller error: got %v", err)
	}
}
