package qbft

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// Validator-contract mode (DESIGN.md §4, research consensus.md §3.2): V(N+1),
// which header N lists, is the result of the contract's getValidators()
// evaluated on the state after block N−1, so the proposer of N knows it in
// Prepare. A change made in block N−1 takes effect at N+1.
const (
	// ValidatorCallGas is the gas every getValidators() evaluation gets. It is
	// part of the consensus rules: nodes must agree on whether the call runs
	// out of gas. It covers a few thousand validators (a cold storage read is
	// 2,100 gas).
	ValidatorCallGas = 10_000_000
)

// getValidatorsSelector is the 4-byte selector of getValidators() (Besu's
// and GoQuorum's validator contract interface).
var getValidatorsSelector = []byte{0xb7, 0xab, 0x4d, 0xb5}

// Contract-mode errors.
var (
	// ErrNoContractCaller is the configuration error of an engine whose
	// config selects validators by contract (at genesis or in a transition)
	// but that was built without Options.Contracts.
	ErrNoContractCaller = errors.New("qbft: validator contract mode needs a contract caller")
	// ErrContractModeVote is returned for a vote in a header that lists a
	// contract-selected set: votes have no effect there.
	ErrContractModeVote = errors.New("qbft: vote in validator contract mode")
	// ErrValidatorContractCall is returned when getValidators() cannot be
	// evaluated: no state, no code at the address, a revert, out of gas, or
	// output that is not an ABI-encoded address[].
	ErrValidatorContractCall = errors.New("qbft: validator contract call failed")
)

// ContractCaller evaluates the validator contract for the engine. The node
// implements it over its chain's state (see NewStateCaller); the engine
// calls it from Prepare and from header verification.
//
// Verifying header N needs the state after N−1. core.BlockChain.InsertChain
// verifies a batch's headers on another goroutine, ahead of executing the
// blocks, so for every header but the first of a batch that state may not
// exist yet. A node in contract mode must therefore either insert blocks one
// per InsertChain call, or give CallValidators a state lookup that waits
// (bounded) until the parent's state has been written. The engine may call
// it from several goroutines at once.
type ContractCaller interface {
	// CallValidators returns getValidators() of contract evaluated on the
	// state after header, in the contract's order. When that state is not
	// available the error should wrap consensus.ErrPrunedAncestor (the
	// engine keeps it wrapped), so core.BlockChain re-executes the missing
	// ancestors rather than marking the block bad.
	CallValidators(header *types.Header, contract common.Address) ([]common.Address, error)
}

// ContractCallerFunc adapts a function to ContractCaller.
type ContractCallerFunc func(header *types.Header, contract common.Address) ([]common.Address, error)

// CallValidators implements ContractCaller.
func (f ContractCallerFunc) CallValidators(header *types.Header, contract common.Address) ([]common.Address, error) {
	return f(header, contract)
}

// NewStateCaller returns a ContractCaller that opens the state after a
// header with stateAt (for a node, core.BlockChain.StateAt of the header's
// root, number and time) and evaluates the call there with CallValidators.
// Each call opens a fresh state, which the call touches and then drops. A
// stateAt error is returned wrapped in consensus.ErrPrunedAncestor.
func NewStateCaller(config *params.ChainConfig, stateAt func(header *types.Header) (*state.StateDB, error)) ContractCaller {
	return ContractCallerFunc(func(header *types.Header, contract common.Address) ([]common.Address, error) {
		statedb, err := stateAt(header)
		if err != nil {
			return nil, fmt.Errorf("%w: state %x of block %d: %w", consensus.ErrPrunedAncestor, header.Root, header.Number, err)
		}
		return CallValidators(config, statedb, header, contract)
	})
}

// CallValidators evaluates getValidators() of contract on statedb, the
// state after header, as a static call from the zero address with
// ValidatorCallGas gas and the base fee ignored, and decodes the returned
// address[]. The EVM sees header's number, time, coinbase, gas limit and
// mixDigest (as PREVRANDAO); BLOCKHASH returns zero. The call touches
// statedb (account access), so statedb must not be one a block is built on.
func CallValidators(config *params.ChainConfig, statedb vm.StateDB, header *types.Header, contract common.Address) ([]common.Address, error) {
	if statedb.GetCodeSize(contract) == 0 {
		return nil, fmt.Errorf("no code at %s", contract)
	}
	mix := header.MixDigest
	blockCtx := vm.BlockContext{
		CanTransfer: core.CanTransfer,
		Transfer:    core.Transfer,
		GetHash:     func(uint64) common.Hash { return common.Hash{} },
		Coinbase:    header.Coinbase,
		GasLimit:    header.GasLimit,
		BlockNumber: new(big.Int).Set(header.Number),
		Time:        header.Time,
		Difficulty:  new(big.Int),
		BaseFee:     new(big.Int),
		BlobBaseFee: new(big.Int),
		Random:      &mix,
	}
	evm := vm.NewEVM(blockCtx, statedb, config, vm.Config{NoBaseFee: true})
	ret, _, err := evm.StaticCall(common.Address{}, contract, getValidatorsSelector, vm.NewGasBudget(ValidatorCallGas, 0))
	if err != nil {
		return nil, fmt.Errorf("getValidators() on %s: %w", contract, err)
	}
	return decodeAddressArray(ret)
}

// decodeAddressArray decodes the ABI encoding of a lone address[] return
// value strictly: offset 32, a length, exactly that many words, each a
// left-padded address.
func decodeAddressArray(ret []byte) ([]common.Address, error) {
	const word = 32
	if len(ret) < 2*word || len(ret)%word != 0 {
		return nil, fmt.Errorf("getValidators() returned %d bytes, not an address[]", len(ret))
	}
	offset, ok := wordUint64(ret[:word])
	if !ok || offset != word {
		return nil, fmt.Errorf("getValidators() output: array offset %x, want 0x20", ret[:word])
	}
	n, ok := wordUint64(ret[word : 2*word])
	if body := uint64(len(ret)-2*word) / word; !ok || n != body {
		return nil, fmt.Errorf("getValidators() output: length %x for %d words", ret[word:2*word], body)
	}
	out := make([]common.Address, n)
	for i := range out {
		w := ret[2*word+i*word : 3*word+i*word]
		if !slices.Equal(w[:12], make([]byte, 12)) {
			return nil, fmt.Errorf("getValidators() output: element %d %x is not an address", i, w)
		}
		out[i] = common.BytesToAddress(w[12:])
	}
	return out, nil
}

// wordUint64 returns a 32-byte big-endian word as a uint64, if it fits.
func wordUint64(w []byte) (uint64, bool) {
	if !slices.Equal(w[:24], make([]byte, 24)) {
		return 0, false
	}
	return binary.BigEndian.Uint64(w[24:]), true
}

// contractValidators returns getValidators() of contract on the state after
// parent: the set that parent's child lists (V(parent+2)). The result is
// sorted and free of duplicates (the contract's list is a set); an empty set
// is an error, since no block could then be certified.
func (e *Engine) contractValidators(parent *types.Header, contract common.Address) ([]common.Address, error) {
	key := contractCallKey{block: parent.Hash(), contract: contract}
	if v, ok := e.contractSets.Get(key); ok {
		return slices.Clone(v), nil
	}
	if e.contracts == nil {
		return nil, ErrNoContractCaller
	}
	v, err := e.contracts.CallValidators(parent, contract)
	if err != nil {
		return nil, fmt.Errorf("%w: %s on the state after block %d: %w", ErrValidatorContractCall, contract, parent.Number, err)
	}
	v = slices.Clone(v)
	SortAddresses(v)
	v = slices.Compact(v)
	if len(v) == 0 {
		return nil, fmt.Errorf("%w: %s returns no validators on the state after block %d", ErrEmptyValidators, contract, parent.Number)
	}
	e.contractSets.Add(key, v)
	return slices.Clone(v), nil
}

// contractCallKey identifies one getValidators() evaluation: the block whose
// state it ran on and the contract.
type contractCallKey struct {
	block    common.Hash
	contract common.Address
}
