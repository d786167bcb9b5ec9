package ethapi

import (
	"context"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/forkid"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ForkConfig describes the rules of one fork for eth_config (EIP-7910).
type ForkConfig struct {
	ActivationTime  uint64                    `json:"activationTime"`
	BlobSchedule    *params.BlobConfig        `json:"blobSchedule"`
	ChainID         *hexutil.Big              `json:"chainId"`
	ForkID          hexutil.Bytes             `json:"forkId"`
	Precompiles     map[string]common.Address `json:"precompiles"`
	SystemContracts map[string]common.Address `json:"systemContracts"`
}

// ChainConfigResult is eth_config's answer: the fork in force at the head,
// the next scheduled one and the last scheduled one (both null when no fork
// is scheduled).
type ChainConfigResult struct {
	Current *ForkConfig `json:"current"`
	Next    *ForkConfig `json:"next"`
	Last    *ForkConfig `json:"last"`
}

// Config implements eth_config (EIP-7910): what a client needs to know to
// follow the chain's current and scheduled rules.
func (api *EthAPI) Config(ctx context.Context) (*ChainConfigResult, error) {
	genesis, err := api.b.HeaderByNumber(ctx, rpc.BlockNumber(0))
	if err != nil || genesis == nil {
		return nil, fmt.Errorf("unable to load genesis: %w", err)
	}
	cfg := api.b.ChainConfig()
	headTime := api.b.CurrentHeader().Time
	current, last := cfg.LatestFork(headTime), cfg.LatestFork(math.MaxUint64)

	// The next fork with an activation time: optional forks (the BPOs)
	// may be unscheduled and are skipped.
	var next *uint64
	for f := current + 1; f <= last && next == nil; f++ {
		next = cfg.Timestamp(f)
	}
	res := &ChainConfigResult{
		Current: forkConfig(cfg, genesis, cfg.Timestamp(current)),
		Next:    forkConfig(cfg, genesis, next),
	}
	if res.Next != nil {
		res.Last = forkConfig(cfg, genesis, cfg.Timestamp(last))
	}
	return res, nil
}

// forkConfig describes the rules in force from time at (nil: none).
func forkConfig(cfg *params.ChainConfig, genesis *types.Header, at *uint64) *ForkConfig {
	if at == nil {
		return nil
	}
	t := *at
	rules := cfg.Rules(cfg.LondonBlock, true, t)
	precompiles := make(map[string]common.Address)
	for addr, p := range vm.ActivePrecompiledContracts(rules) {
		precompiles[p.Name()] = addr
	}
	activation := t
	if genesis.Time >= t {
		activation = 0 // active from genesis
	}
	id := forkid.NewID(cfg, types.NewBlockWithHeader(genesis), math.MaxUint64, t).Hash
	return &ForkConfig{
		ActivationTime:  activation,
		BlobSchedule:    cfg.BlobConfig(cfg.LatestFork(t)),
		ChainID:         (*hexutil.Big)(cfg.ChainID),
		ForkID:          id[:],
		Precompiles:     precompiles,
		SystemContracts: cfg.ActiveSystemContracts(t),
	}
}
