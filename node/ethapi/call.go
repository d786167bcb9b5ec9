package ethapi

import (
	"context"
	"errors"
	"fmt"
	gomath "math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/gasestimator"
	"github.com/ethereum/go-ethereum/eth/tracers/logger"
	"github.com/ethereum/go-ethereum/rpc"
)

// estimateGasErrorRatio is how far above the true minimum an estimate may
// be, trading a few iterations of the binary search for a little gas.
const estimateGasErrorRatio = 0.015

// callEnv is the prepared environment of one call: state with overrides
// applied, the (possibly overridden) header and the blob base fee.
type callEnv struct {
	state       *state.StateDB
	header      *types.Header
	blobBaseFee *big.Int
	precompiles vm.PrecompiledContracts // active set after overrides
}

// prepare resolves the block, applies the overrides and validates args.
func (api *EthAPI) prepare(ctx context.Context, args *CallArgs, bnh rpc.BlockNumberOrHash, stateOv *StateOverride, blockOv *BlockOverrides) (*callEnv, error) {
	config := api.b.ChainConfig()
	if err := args.validate(config.ChainID); err != nil {
		return nil, err
	}
	st, header, err := api.stateAndHeader(ctx, bnh)
	if err != nil {
		return nil, err
	}
	header = blockOv.header(header)
	rules := config.Rules(header.Number, header.Difficulty.Sign() == 0, header.Time)
	precompiles := vm.ActivePrecompiledContracts(rules)
	if err := stateOv.apply(st, rules, precompiles); err != nil {
		return nil, err
	}
	env := &callEnv{state: st, header: header, blobBaseFee: blockOv.blobBaseFee(), precompiles: precompiles}
	return env, nil
}

// blockContext is the EVM block context for env. A zero-priced call runs
// with base fee 0 (go-ethereum's NoBaseFee rule), so accounts without
// funds can call under either fee profile.
func (api *EthAPI) blockContext(env *callEnv, msg *core.Message) vm.BlockContext {
	bctx := core.NewEVMBlockContext(env.header, api.b.ChainContext(), nil)
	if env.blobBaseFee != nil {
		bctx.BlobBaseFee = env.blobBaseFee
	}
	if msg.GasPrice.IsZero() {
		bctx.BaseFee = new(big.Int)
	}
	if msg.BlobGasFeeCap != nil && msg.BlobGasFeeCap.IsZero() {
		bctx.BlobBaseFee = new(big.Int)
	}
	return bctx
}

// callGas is the gas limit of a call: the caller's, capped by the RPC gas
// cap; without either, effectively unlimited.
func (api *EthAPI) callGas(args *CallArgs) uint64 {
	limit := api.b.RPCGasCap()
	if args.Gas != nil && (limit == 0 || uint64(*args.Gas) < limit) {
		return uint64(*args.Gas)
	}
	if limit == 0 {
		return gomath.MaxUint64 / 2
	}
	return limit
}

// withEVMTimeout bounds ctx by the backend's EVM timeout (none when 0); the
// caller cancels it when done, which also stops an EVM watching it.
func withEVMTimeout(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if timeout > 0 {
		return context.WithTimeout(ctx, timeout)
	}
	return context.WithCancel(ctx)
}

// execute runs msg on env under the backend's EVM timeout. An error is a
// message the chain would refuse (worded as go-ethereum does); EVM failures
// such as reverts are in the result.
func (api *EthAPI) execute(ctx context.Context, env *callEnv, msg *core.Message, hooks *vm.Config) (*core.ExecutionResult, error) {
	timeout := api.b.RPCEVMTimeout()
	ctx, cancel := withEVMTimeout(ctx, timeout)
	defer cancel()

	cfg := vm.Config{NoBaseFee: true}
	if hooks != nil {
		cfg = *hooks
		cfg.NoBaseFee = true
	}
	evm := vm.NewEVM(api.blockContext(env, msg), env.state, api.b.ChainConfig(), cfg)
	defer evm.Release()
	if env.precompiles != nil {
		evm.SetPrecompiles(env.precompiles)
	}
	go func() {
		<-ctx.Done()
		evm.Cancel()
	}()
	result, err := core.ApplyMessage(evm, msg, core.NewGasPool(gomath.MaxUint64))
	if err := env.state.Error(); err != nil {
		return nil, fmt.Errorf("reading state: %w", err)
	}
	if evm.Cancelled() {
		return nil, fmt.Errorf("execution aborted (timeout = %v)", timeout)
	}
	if err != nil {
		return result, fmt.Errorf("err: %w (supplied gas %d)", err, msg.GasLimit)
	}
	return result, nil
}

// Call is eth_call. A revert is a JSON-RPC error with code 3, message
// "execution reverted[: reason]" and the revert data as hex in data.
func (api *EthAPI) Call(ctx context.Context, args CallArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride, blockOverrides *BlockOverrides) (hexutil.Bytes, error) {
	env, err := api.prepare(ctx, &args, orLatest(blockNrOrHash), overrides, blockOverrides)
	if err != nil {
		return nil, err
	}
	msg := args.toMessage(api.callGas(&args), env.header.BaseFee)
	result, err := api.execute(ctx, env, msg, nil)
	if err != nil {
		return nil, err
	}
	if errors.Is(result.Err, vm.ErrExecutionReverted) {
		return nil, newRevertError(result.Revert())
	}
	return result.Return(), result.Err
}

// EstimateGas is eth_estimateGas: the smallest gas limit (within 1.5%)
// with which the call succeeds, capped by args.gas and the RPC gas cap. A
// revert is reported as for eth_call.
func (api *EthAPI) EstimateGas(ctx context.Context, args CallArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride, blockOverrides *BlockOverrides) (hexutil.Uint64, error) {
	env, err := api.prepare(ctx, &args, orLatest(blockNrOrHash), overrides, blockOverrides)
	if err != nil {
		return 0, err
	}
	gasCap := api.b.RPCGasCap()
	var gas uint64 // zero lets the estimator start from the block gas limit
	if args.Gas != nil {
		gas = uint64(*args.Gas)
		if gasCap != 0 && gas > gasCap {
			gas = gasCap
		}
	}
	opts := &gasestimator.Options{
		Config:      api.b.ChainConfig(),
		Chain:       api.b.ChainContext(),
		Header:      env.header,
		State:       env.state,
		BlobBaseFee: env.blobBaseFee,
		ErrorRatio:  estimateGasErrorRatio,
	}
	msg := args.toMessage(gas, env.header.BaseFee)
	estimate, revert, err := gasestimator.Estimate(ctx, msg, opts, gasCap)
	if err != nil {
		if errors.Is(err, vm.ErrExecutionReverted) {
			return 0, newRevertError(revert)
		}
		return 0, err
	}
	return hexutil.Uint64(estimate), nil
}

// AccessListResult is eth_createAccessList's answer.
type AccessListResult struct {
	AccessList *types.AccessList `json:"accessList"`
	Error      string            `json:"error,omitempty"`
	GasUsed    hexutil.Uint64    `json:"gasUsed"`
}

// maxAccessListRounds bounds the fixed-point search of eth_createAccessList
// (each round can only add entries, so a handful suffice in practice).
const maxAccessListRounds = 16

// CreateAccessList is eth_createAccessList: the access list the call
// touches (sender, recipient and precompiles excluded) and the gas it uses
// with that list. A failing call still returns the list, with the error.
func (api *EthAPI) CreateAccessList(ctx context.Context, args CallArgs, blockNrOrHash *rpc.BlockNumberOrHash, overrides *StateOverride) (*AccessListResult, error) {
	bnh := orLatest(blockNrOrHash)
	env, err := api.prepare(ctx, &args, bnh, overrides, nil)
	if err != nil {
		return nil, err
	}
	config := api.b.ChainConfig()
	var from common.Address
	if args.From != nil {
		from = *args.From
	}
	to := args.To
	if to == nil {
		nonce := env.state.GetNonce(from)
		if args.Nonce != nil {
			nonce = uint64(*args.Nonce)
		}
		created := crypto.CreateAddress(from, nonce)
		to = &created
	}
	rules := config.Rules(env.header.Number, env.header.Difficulty.Sign() == 0, env.header.Time)
	exclude := map[common.Address]struct{}{from: {}, *to: {}}
	for _, addr := range vm.ActivePrecompiles(rules) {
		exclude[addr] = struct{}{}
	}
	var seed types.AccessList
	if args.AccessList != nil {
		seed = *args.AccessList
	}
	base := env.state
	prev := logger.NewAccessListTracer(seed, exclude)
	for round := 1; ; round++ {
		list := prev.AccessList()
		args.AccessList = &list
		tracer := logger.NewAccessListTracer(list, exclude)
		env.state = base.Copy()
		msg := args.toMessage(api.callGas(&args), env.header.BaseFee)
		result, err := api.execute(ctx, env, msg, &vm.Config{Tracer: tracer.Hooks()})
		if err != nil {
			return nil, fmt.Errorf("creating access list: %w", err)
		}
		if tracer.Equal(prev) || round == maxAccessListRounds {
			out := &AccessListResult{AccessList: &list, GasUsed: hexutil.Uint64(result.UsedGas)}
			if result.Err != nil {
				out.Error = result.Err.Error()
			}
			return out, nil
		}
		prev = tracer
	}
}
