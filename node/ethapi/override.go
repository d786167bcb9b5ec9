package ethapi

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// AccountOverride replaces parts of one account for a single call
// (eth_call's third parameter, go-ethereum's spelling). State replaces the
// whole storage; StateDiff patches single slots; the two exclude each other.
// MovePrecompileTo makes a precompile answer at another address instead.
type AccountOverride struct {
	Nonce            *hexutil.Uint64             `json:"nonce"`
	Code             *hexutil.Bytes              `json:"code"`
	Balance          *hexutil.Big                `json:"balance"`
	State            map[common.Hash]common.Hash `json:"state"`
	StateDiff        map[common.Hash]common.Hash `json:"stateDiff"`
	MovePrecompileTo *common.Address             `json:"movePrecompileToAddress"`
}

// StateOverride maps accounts to their overrides.
type StateOverride map[common.Address]AccountOverride

// apply writes the overrides into st and finalises them, so the call sees
// them as pre-existing state. As in go-ethereum, a precompile whose account
// is overridden stops being one, and one with MovePrecompileTo answers at
// that address instead; precompiles (the call's active set, edited in
// place) may be nil when the caller handled them.
func (o *StateOverride) apply(st *state.StateDB, rules params.Rules, precompiles vm.PrecompiledContracts) error {
	if o == nil {
		return nil
	}
	moved := make(map[common.Address]bool)
	for _, addr := range slices.SortedFunc(maps.Keys(*o), common.Address.Cmp) {
		acct := (*o)[addr]
		if precompiles != nil {
			if moved[addr] {
				return fmt.Errorf("account %s has already been overridden by a precompile", addr.Hex())
			}
			contract, isPrecompile := precompiles[addr]
			if to := acct.MovePrecompileTo; to != nil {
				if !isPrecompile {
					return fmt.Errorf("account %s is not a precompile", addr.Hex())
				}
				if _, ok := (*o)[*to]; ok {
					return fmt.Errorf("account %s is already overridden", to.Hex())
				}
				precompiles[*to] = contract
				moved[*to] = true
			}
			if isPrecompile {
				delete(precompiles, addr)
			}
		}
		if acct.State != nil && acct.StateDiff != nil {
			return fmt.Errorf("account %s %w", addr.Hex(), errStateAndStateDiff) // -32000, as go-ethereum
		}
		if acct.Nonce != nil {
			st.SetNonce(addr, uint64(*acct.Nonce), tracing.NonceChangeUnspecified)
		}
		if acct.Code != nil {
			st.SetCode(addr, *acct.Code, tracing.CodeChangeUnspecified)
		}
		if acct.Balance != nil {
			bal, overflow := uint256.FromBig(acct.Balance.ToInt())
			if overflow {
				return invalidParamsError{fmt.Errorf("account %s: balance overflows 256 bits", addr.Hex())}
			}
			st.SetBalance(addr, bal, tracing.BalanceChangeUnspecified)
		}
		if acct.State != nil {
			st.SetStorage(addr, acct.State)
		}
		for slot, value := range acct.StateDiff {
			st.SetState(addr, slot, value)
		}
	}
	st.Finalise(rules)
	return nil
}

// BlockOverrides replaces block-context fields for a single call.
type BlockOverrides struct {
	Number        *hexutil.Big    `json:"number"`
	Difficulty    *hexutil.Big    `json:"difficulty"`
	Time          *hexutil.Uint64 `json:"time"`
	GasLimit      *hexutil.Uint64 `json:"gasLimit"`
	FeeRecipient  *common.Address `json:"feeRecipient"`
	PrevRandao    *common.Hash    `json:"prevRandao"`
	BaseFeePerGas *hexutil.Big    `json:"baseFeePerGas"`
	BlobBaseFee   *hexutil.Big    `json:"blobBaseFee"`
}

// header returns a copy of h with the overrides applied; the EVM block
// context is then built from it as for a real block (difficulty 0 still
// means PREVRANDAO = mixHash and post-merge rules).
func (o *BlockOverrides) header(h *types.Header) *types.Header {
	h = types.CopyHeader(h)
	if o == nil {
		return h
	}
	if o.Number != nil {
		h.Number = new(big.Int).Set(o.Number.ToInt())
	}
	if o.Difficulty != nil {
		h.Difficulty = new(big.Int).Set(o.Difficulty.ToInt())
	}
	if o.Time != nil {
		h.Time = uint64(*o.Time)
	}
	if o.GasLimit != nil {
		h.GasLimit = uint64(*o.GasLimit)
	}
	if o.FeeRecipient != nil {
		h.Coinbase = *o.FeeRecipient
	}
	if o.PrevRandao != nil {
		h.MixDigest = *o.PrevRandao
	}
	if o.BaseFeePerGas != nil {
		h.BaseFee = new(big.Int).Set(o.BaseFeePerGas.ToInt())
	}
	return h
}

// blobBaseFee is the overridden blob base fee, or nil.
func (o *BlockOverrides) blobBaseFee() *big.Int {
	if o == nil || o.BlobBaseFee == nil {
		return nil
	}
	return new(big.Int).Set(o.BlobBaseFee.ToInt())
}
