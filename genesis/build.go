package genesis

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Errors returned by NewQBFT.
var (
	ErrNoValidators        = errors.New("genesis: at least one validator is required")
	ErrDuplicateValidator  = errors.New("genesis: duplicate validator")
	ErrZeroChainID         = errors.New("genesis: chain id must be positive")
	ErrGasLimitTooLow      = errors.New("genesis: gas limit below the protocol minimum")
	ErrAllocSystemContract = errors.New("genesis: alloc overrides a system contract")
)

// QBFTOptions describes a QBFT genesis.
type QBFTOptions struct {
	// ChainID is the chain id (and network id).
	ChainID uint64
	// Validators is V(1), in any order; the genesis lists it sorted.
	Validators []common.Address
	// QBFT is genesis config.qbft. Unset fields take the protocol defaults,
	// which are written out explicitly.
	QBFT qbft.Config
	// FeeProfile is FeesFree (the default when empty) or FeesMarket.
	FeeProfile string
	// Alloc is the caller's prefunded accounts and predeployed contracts. It
	// is merged with core.SystemContractAllocs() and may not override them.
	Alloc types.GenesisAlloc
	// GasLimit is the genesis block gas limit; 0 means DefaultGasLimit.
	GasLimit uint64
	// Timestamp is the genesis block time (seconds).
	Timestamp uint64
}

// NewQBFT builds a QBFT genesis (DESIGN.md §3, §4): difficulty 0, nonce 0,
// zero mixHash and coinbase, base fee InitialBaseFee under the market profile
// and 0 under the free one, the system contracts in alloc, and extraData
// listing V(1) with the consensus settings hash as vanity. The result passes
// Validate.
func NewQBFT(o QBFTOptions) (*Genesis, error) {
	if o.ChainID == 0 {
		return nil, ErrZeroChainID
	}
	if len(o.Validators) == 0 {
		return nil, ErrNoValidators
	}
	validators := append([]common.Address(nil), o.Validators...)
	qbft.SortAddresses(validators)
	for i := 1; i < len(validators); i++ {
		if validators[i] == validators[i-1] {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateValidator, validators[i])
		}
	}
	gasLimit := o.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	if gasLimit < params.MinGasLimit {
		return nil, fmt.Errorf("%w: %d < %d", ErrGasLimitTooLow, gasLimit, params.MinGasLimit)
	}
	fees := o.FeeProfile
	if fees == "" {
		fees = FeesFree
	}
	baseFee := new(big.Int)
	switch fees {
	case FeesFree:
	case FeesMarket:
		baseFee.SetUint64(params.InitialBaseFee)
	default:
		return nil, fmt.Errorf("genesis: unknown fee profile %q (want %q or %q)", fees, FeesFree, FeesMarket)
	}
	alloc, err := mergeAlloc(core.SystemContractAllocs(), o.Alloc)
	if err != nil {
		return nil, err
	}
	cfg := o.QBFT.WithDefaults() // explicit in genesis.json; the settings hash is the same
	g := &Genesis{
		Core: &core.Genesis{
			Config:     ChainConfig(o.ChainID),
			Nonce:      0,
			Timestamp:  o.Timestamp,
			GasLimit:   gasLimit,
			Difficulty: new(big.Int),
			Mixhash:    common.Hash{},
			Coinbase:   common.Address{},
			Alloc:      alloc,
			BaseFee:    baseFee,
		},
		QBFT:  &cfg,
		Xiang: XiangConfig{FeeProfile: fees},
	}
	extra := qbft.Extra{Vanity: g.SettingsHash(), Validators: validators}
	g.Core.ExtraData = extra.Encode()
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("genesis: built an invalid genesis: %w", err)
	}
	return g, nil
}

// mergeAlloc returns system plus user, refusing user entries at a system
// contract address: the chain relies on their code.
func mergeAlloc(system, user types.GenesisAlloc) (types.GenesisAlloc, error) {
	out := make(types.GenesisAlloc, len(system)+len(user))
	for addr, acc := range system {
		out[addr] = acc
	}
	for addr, acc := range user {
		if _, ok := system[addr]; ok {
			return nil, fmt.Errorf("%w: %s", ErrAllocSystemContract, addr)
		}
		out[addr] = acc
	}
	return out, nil
}
