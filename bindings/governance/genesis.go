package governance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Storage slots of ValidatorSet (see contracts/src/governance/ValidatorSet.sol).
var (
	// ValidatorSetAdminSlot holds the admin address.
	ValidatorSetAdminSlot = common.Hash{}
	// ValidatorSetLengthSlot holds the number of validators; validator i
	// is at keccak256(ValidatorSetLengthSlot) + i.
	ValidatorSetLengthSlot = common.BigToHash(big.NewInt(1))
	// validatorSetPositionsSlot is the base slot of the validator → index+1 mapping.
	validatorSetPositionsSlot = common.BigToHash(big.NewInt(2))
)

// ErrValidatorSetArgs is returned by ValidatorSetGenesisAccount for arguments
// the constructor refuses (zero admin, empty list, zero or repeated validator).
var ErrValidatorSetArgs = errors.New("governance: invalid ValidatorSet genesis arguments")

// ValidatorSetGenesisAccount returns a genesis alloc account holding a
// ValidatorSet with the given admin and validators, as if deployed by its
// constructor: the runtime code, and storage laid out by
// ValidatorSetStorage. Put it at the address named by
// validatorcontractaddress, and list the same validators (sorted) in the
// genesis extraData as V(1).
func ValidatorSetGenesisAccount(admin common.Address, validators []common.Address) (types.Account, error) {
	code, err := validatorSetRuntimeCode(admin, validators)
	if err != nil {
		return types.Account{}, err
	}
	return types.Account{Code: code, Storage: ValidatorSetStorage(admin, validators), Balance: new(big.Int)}, nil
}

// ValidatorSetStorage lays out ValidatorSet's storage for admin and
// validators (in that order) by hand:
//
//	slot 0                           admin
//	slot 1                           len(validators)
//	slot keccak256(1) + i            validators[i]
//	slot keccak256(pad32(v) ‖ pad32(2))  i+1 for v = validators[i]
//
// It does not check the arguments; ValidatorSetGenesisAccount does.
func ValidatorSetStorage(admin common.Address, validators []common.Address) map[common.Hash]common.Hash {
	storage := map[common.Hash]common.Hash{
		ValidatorSetAdminSlot:  common.BytesToHash(admin.Bytes()),
		ValidatorSetLengthSlot: common.BigToHash(big.NewInt(int64(len(validators)))),
	}
	base := new(big.Int).SetBytes(crypto.Keccak256(ValidatorSetLengthSlot.Bytes()))
	for i, v := range validators {
		slot := new(big.Int).Add(base, big.NewInt(int64(i)))
		storage[common.BigToHash(slot)] = common.BytesToHash(v.Bytes())
		storage[validatorSetPositionSlot(v)] = common.BigToHash(big.NewInt(int64(i + 1)))
	}
	return storage
}

// validatorSetPositionSlot is the slot of _positions[v]: keccak256(pad32(v) ‖ pad32(2)).
func validatorSetPositionSlot(v common.Address) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(v.Bytes(), 32), validatorSetPositionsSlot.Bytes())
}

// validatorSetRuntimeCode runs the constructor with the arguments in a
// throwaway EVM (Osaka rules, as the contracts are compiled for) and returns
// the deployed code. The code does not depend on the arguments (the
// contract has no immutables); running the constructor checks them.
func validatorSetRuntimeCode(admin common.Address, validators []common.Address) ([]byte, error) {
	input := append(common.FromHex(ValidatorSetMetaData.Bin), NewValidatorSet().PackConstructor(admin, validators)...)
	code, _, _, err := runtime.Create(input, &runtime.Config{ChainConfig: params.MergedTestChainConfig})
	if err != nil {
		return nil, fmt.Errorf("%w: constructor: %w", ErrValidatorSetArgs, err)
	}
	return code, nil
}
