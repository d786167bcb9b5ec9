package ethapi

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// CallArgs is the transaction object of eth_call, eth_estimateGas and
// eth_createAccessList, with go-ethereum's field names.
type CallArgs struct {
	From                 *common.Address              `json:"from"`
	To                   *common.Address              `json:"to"`
	Gas                  *hexutil.Uint64              `json:"gas"`
	GasPrice             *hexutil.Big                 `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big                 `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big                 `json:"maxPriorityFeePerGas"`
	MaxFeePerBlobGas     *hexutil.Big                 `json:"maxFeePerBlobGas"`
	Value                *hexutil.Big                 `json:"value"`
	Nonce                *hexutil.Uint64              `json:"nonce"`
	Data                 *hexutil.Bytes               `json:"data"`
	Input                *hexutil.Bytes               `json:"input"`
	AccessList           *types.AccessList            `json:"accessList,omitempty"`
	ChainID              *hexutil.Big                 `json:"chainId,omitempty"`
	BlobHashes           []common.Hash                `json:"blobVersionedHashes,omitempty"`
	AuthorizationList    []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
}

// data is the call data; "input" wins, "data" is the legacy spelling.
func (args *CallArgs) data() []byte {
	if args.Input != nil {
		return *args.Input
	}
	if args.Data != nil {
		return *args.Data
	}
	return nil
}

// validate rejects argument combinations go-ethereum rejects.
func (args *CallArgs) validate(chainID *big.Int) error {
	if args.GasPrice != nil && (args.MaxFeePerGas != nil || args.MaxPriorityFeePerGas != nil) {
		return errBothFeeStyles
	}
	// Calls prefer "input" when both are set (as go-ethereum's do); only
	// sending refuses a mismatch (accounts.go).
	if args.To == nil {
		if args.BlobHashes != nil {
			return core.ErrBlobTxCreate
		}
		if args.AuthorizationList != nil {
			return core.ErrSetCodeTxCreate
		}
	}
	if args.ChainID != nil && args.ChainID.ToInt().Cmp(chainID) != 0 {
		return fmt.Errorf("chainId does not match node's (have=%v, want=%v)", args.ChainID.ToInt(), chainID)
	}
	return nil
}

// toMessage turns the arguments into a message for execution with gas
// limit gas. An omitted sender is the zero address; omitted prices are
// zero, so calls never need funds for gas unless the caller asks. With a
// base fee, dynamic-fee prices are folded into the effective gas price.
// Nonce and EOA checks are skipped: a call is not a transaction.
func (args *CallArgs) toMessage(gas uint64, baseFee *big.Int) *core.Message {
	var from common.Address
	if args.From != nil {
		from = *args.From
	}
	price, feeCap, tip := new(uint256.Int), new(uint256.Int), new(uint256.Int)
	switch {
	case args.GasPrice != nil:
		price = toU256(args.GasPrice)
		feeCap, tip = price, price
	case baseFee != nil:
		feeCap, tip = toU256(args.MaxFeePerGas), toU256(args.MaxPriorityFeePerGas)
		if !feeCap.IsZero() || !tip.IsZero() {
			price = new(uint256.Int).Add(tip, uint256.MustFromBig(baseFee))
			if price.Cmp(feeCap) > 0 {
				price = feeCap
			}
		}
	}
	var nonce uint64
	if args.Nonce != nil {
		nonce = uint64(*args.Nonce)
	}
	var al types.AccessList
	if args.AccessList != nil {
		al = *args.AccessList
	}
	var blobFeeCap *uint256.Int
	if args.MaxFeePerBlobGas != nil || args.BlobHashes != nil {
		blobFeeCap = toU256(args.MaxFeePerBlobGas)
	}
	msg := &core.Message{
		From:                  from,
		To:                    args.To,
		Nonce:                 nonce,
		Value:                 toU256(args.Value),
		GasLimit:              gas,
		GasPrice:              price,
		GasFeeCap:             feeCap,
		GasTipCap:             tip,
		Data:                  args.data(),
		AccessList:            al,
		BlobGasFeeCap:         blobFeeCap,
		BlobHashes:            args.BlobHashes,
		SetCodeAuthorizations: args.AuthorizationList,
	}
	return msg.SkipNonceCheck().SkipEOACheck().SkipGasLimitCapCheck()
}

// toU256 converts an optional big; nil and out-of-range values become 0
// (out-of-range prices cannot be paid anyway).
func toU256(v *hexutil.Big) *uint256.Int {
	if v == nil {
		return new(uint256.Int)
	}
	out, overflow := uint256.FromBig(v.ToInt())
	if overflow || v.ToInt().Sign() < 0 {
		return new(uint256.Int)
	}
	return out
}
