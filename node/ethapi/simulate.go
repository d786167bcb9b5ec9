package ethapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	gomath "math"
	"math/big"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/types/bal"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
)

// Limits of one eth_simulateV1 request, as go-ethereum sets them.
const (
	// maxSimulateBlocks bounds how far past the base block the simulated
	// chain may reach, gaps included.
	maxSimulateBlocks = 256
	// maxSimulateCallsPerBlock bounds the calls of one simulated block.
	maxSimulateCallsPerBlock = 5000
	// maxSimulateTotalCalls bounds the calls of the whole request.
	maxSimulateTotalCalls = 10000
	// simulateTimeStep is how far a block's default timestamp lies after
	// its parent's (the execution-apis default, whatever the chain's period).
	simulateTimeStep = 12
)

// JSON-RPC error codes of eth_simulateV1 (ethereum/execution-apis), as
// go-ethereum assigns them.
const (
	simCodeNonceTooLow             = -38010
	simCodeNonceTooHigh            = -38011
	simCodeBaseFeeTooLow           = -38012
	simCodeIntrinsicGas            = -38013
	simCodeInsufficientFunds       = -38014
	simCodeBlockGasLimitReached    = -38015
	simCodeBlockNumberInvalid      = -38020
	simCodeBlockTimestampInvalid   = -38021
	simCodeSenderIsNotEOA          = -38024
	simCodeMaxInitCodeSizeExceeded = -38025
	simCodeClientLimitExceeded     = -38026
	simCodeInternalError           = -32603
	simCodeVMError                 = -32015
)

// Errors of eth_simulateV1, worded as go-ethereum words them.
var (
	errSimulateEmpty       = errors.New("empty input")
	errSimulateTooMany     = errors.New("too many blocks")
	errSimulateNotLondon   = errors.New("maxFeePerGas and maxPriorityFeePerGas are not valid before London is active")
	errSimulateNotPrecomp  = errors.New("is not a precompile")
	errSimulateOverridden  = errors.New("is already overridden")
	errSimulateDifficulty  = errors.New("difficulty override is not allowed after the merge")
	errSimulateGasCapSpent = errors.New("RPC gas cap exhausted")
)

// Transfer pseudo-logs of traceTransfers: an ERC-20 style Transfer event
// emitted by the ERC-7528 native-asset address.
var (
	transferTopic   = common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
	transferAddress = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")
)

// simError is a JSON-RPC error with an eth_simulateV1 code.
type simError struct {
	code int
	msg  string
}

func (e *simError) Error() string { return e.msg }

// ErrorCode is the JSON-RPC error code (rpc.Error).
func (e *simError) ErrorCode() int { return e.code }

// txValidationError gives a message the chain would refuse the code
// eth_simulateV1 reports it with.
func txValidationError(err error) *simError {
	code := simCodeInternalError
	switch {
	case errors.Is(err, core.ErrNonceTooHigh):
		code = simCodeNonceTooHigh
	case errors.Is(err, core.ErrNonceTooLow):
		code = simCodeNonceTooLow
	case errors.Is(err, core.ErrSenderNoEOA):
		code = simCodeSenderIsNotEOA
	case errors.Is(err, core.ErrFeeCapVeryHigh), errors.Is(err, core.ErrTipVeryHigh), errors.Is(err, core.ErrTipAboveFeeCap):
		code = errCodeInvalidParams
	case errors.Is(err, core.ErrFeeCapTooLow):
		code = simCodeBaseFeeTooLow
	case errors.Is(err, core.ErrInsufficientFunds), errors.Is(err, core.ErrInsufficientFundsForTransfer):
		code = simCodeInsufficientFunds
	case errors.Is(err, core.ErrIntrinsicGas):
		code = simCodeIntrinsicGas
	case errors.Is(err, vm.ErrMaxInitCodeSizeExceeded):
		code = simCodeMaxInitCodeSizeExceeded
	}
	return &simError{code: code, msg: err.Error()}
}

// SimulateOpts is eth_simulateV1's first parameter.
type SimulateOpts struct {
	// BlockStateCalls are the blocks to build, in order.
	BlockStateCalls []SimulateBlock `json:"blockStateCalls"`
	// TraceTransfers adds a Transfer log from 0xEeee…EEeE for every ether
	// transfer (transaction value, call value, self-destruct).
	TraceTransfers bool `json:"traceTransfers"`
	// Validation runs the calls as transactions: nonces, balances for gas
	// and the base fee are checked, and the base fee follows the chain.
	Validation bool `json:"validation"`
	// ReturnFullTransactions renders transactions as objects, not hashes.
	ReturnFullTransactions bool `json:"returnFullTransactions"`
}

// SimulateBlock is one simulated block: header overrides, state overrides
// applied before its first call, and the calls.
type SimulateBlock struct {
	BlockOverrides *SimBlockOverrides `json:"blockOverrides"`
	StateOverrides *SimStateOverride  `json:"stateOverrides"`
	Calls          []CallArgs         `json:"calls"`
}

// SimBlockOverrides are eth_call's block overrides plus the fields only a
// simulated block has.
type SimBlockOverrides struct {
	BlockOverrides
	BeaconRoot  *common.Hash       `json:"beaconRoot"`
	Withdrawals *types.Withdrawals `json:"withdrawals"`
}

// SimAccountOverride is an account override of eth_simulateV1: eth_call's,
// decoded strictly (unknown keys are refused).
type SimAccountOverride = AccountOverride

// SimStateOverride maps accounts to their overrides.
type SimStateOverride map[common.Address]SimAccountOverride

// UnmarshalJSON decodes a block and, unlike encoding/json, rejects override
// keys that name no field (so a misspelt override is not silently a no-op).
func (b *SimulateBlock) UnmarshalJSON(input []byte) error {
	var dec struct {
		BlockOverrides json.RawMessage                    `json:"blockOverrides"`
		StateOverrides map[common.Address]json.RawMessage `json:"stateOverrides"`
		Calls          []CallArgs                         `json:"calls"`
	}
	if err := json.Unmarshal(input, &dec); err != nil {
		return err
	}
	out := SimulateBlock{Calls: dec.Calls}
	if dec.BlockOverrides != nil {
		if err := checkJSONKeys(dec.BlockOverrides, reflect.TypeFor[SimBlockOverrides](), "block override"); err != nil {
			return err
		}
		if err := json.Unmarshal(dec.BlockOverrides, &out.BlockOverrides); err != nil {
			return err
		}
	}
	if dec.StateOverrides != nil {
		overrides := make(SimStateOverride, len(dec.StateOverrides))
		for addr, raw := range dec.StateOverrides {
			if err := checkJSONKeys(raw, reflect.TypeFor[SimAccountOverride](), "state override for "+addr.Hex()); err != nil {
				return err
			}
			var acct SimAccountOverride
			if err := json.Unmarshal(raw, &acct); err != nil {
				return err
			}
			overrides[addr] = acct
		}
		out.StateOverrides = &overrides
	}
	*b = out
	return nil
}

// checkJSONKeys fails on a key of the object that names no field of t, or
// that names a field another key already names (encoding/json matches keys
// case-insensitively). Anything that is not an object is left to the
// decoder to judge.
func checkJSONKeys(input json.RawMessage, t reflect.Type, what string) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(input, &obj); err != nil || obj == nil {
		return nil
	}
	fields := jsonFieldNames(t)
	seen := make(map[string]string)
	for _, key := range slices.Sorted(maps.Keys(obj)) {
		i := slices.IndexFunc(fields, func(name string) bool { return strings.EqualFold(name, key) })
		if i < 0 {
			return fmt.Errorf("unknown field %q in %s", key, what)
		}
		if prev, ok := seen[fields[i]]; ok {
			return fmt.Errorf("keys %q and %q in %s name the same field", prev, key, what)
		}
		seen[fields[i]] = key
	}
	return nil
}

// jsonFieldNames lists the JSON names of a struct's fields, including
// those promoted from embedded structs.
func jsonFieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			names = append(names, jsonFieldNames(f.Type)...)
			continue
		}
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// CallError is a failed call's error in a simulated block.
type CallError struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
	Data    string `json:"data,omitempty"`
}

// SimulatedCall is one call's outcome. Logs include the transfer
// pseudo-logs when traceTransfers is on; a failed call has none.
type SimulatedCall struct {
	ReturnData hexutil.Bytes  `json:"returnData"`
	Logs       []*types.Log   `json:"logs"`
	GasUsed    hexutil.Uint64 `json:"gasUsed"`
	MaxUsedGas hexutil.Uint64 `json:"maxUsedGas"`
	Status     hexutil.Uint64 `json:"status"`
	Error      *CallError     `json:"error,omitempty"`
}

// SimulatedBlock is one block of eth_simulateV1's answer: the block as
// eth_getBlockByNumber renders it, plus its calls' outcomes.
type SimulatedBlock struct {
	block   *types.Block
	calls   []SimulatedCall
	senders []common.Address // by transaction index; the txs are unsigned
	fullTx  bool
	config  *params.ChainConfig
}

// MarshalJSON renders the block with a "calls" field. Full transactions
// carry the sender the call named (they are unsigned).
func (b *SimulatedBlock) MarshalJSON() ([]byte, error) {
	out := marshalBlock(b.block, b.fullTx, b.config)
	if b.fullTx {
		for i, tx := range out["transactions"].([]any) {
			tx.(*RPCTransaction).From = b.senders[i]
		}
	}
	out["calls"] = b.calls
	return json.Marshal(out)
}

// SimulateV1 is eth_simulateV1: it builds a chain of blocks on top of the
// given block (latest when omitted), each with its own header and state
// overrides, runs the calls in them and returns the blocks and the calls'
// outcomes. Block numbers and timestamps that are omitted advance by 1 and
// 12 seconds; skipped numbers become empty blocks. Without validation the
// base fee is 0 and calls need no funds for gas; with it, they run as
// transactions would. Nothing is stored.
func (api *EthAPI) SimulateV1(ctx context.Context, opts SimulateOpts, blockNrOrHash *rpc.BlockNumberOrHash) ([]*SimulatedBlock, error) {
	if len(opts.BlockStateCalls) == 0 {
		return nil, invalidParamsError{errSimulateEmpty}
	}
	if len(opts.BlockStateCalls) > maxSimulateBlocks {
		return nil, &simError{code: simCodeClientLimitExceeded, msg: errSimulateTooMany.Error()}
	}
	total := 0
	for _, block := range opts.BlockStateCalls {
		if len(block.Calls) > maxSimulateCallsPerBlock {
			return nil, &simError{code: simCodeClientLimitExceeded, msg: fmt.Sprintf("too many calls in block: %d > %d", len(block.Calls), maxSimulateCallsPerBlock)}
		}
		total += len(block.Calls)
		if total > maxSimulateTotalCalls {
			return nil, &simError{code: simCodeClientLimitExceeded, msg: fmt.Sprintf("too many calls: %d > %d", total, maxSimulateTotalCalls)}
		}
	}
	st, base, err := api.stateAndHeader(ctx, orLatest(blockNrOrHash))
	if err != nil {
		return nil, err
	}
	gasCap := api.b.RPCGasCap()
	if gasCap == 0 {
		gasCap = gomath.MaxUint64
	}
	sim := &simulator{
		b:         api.b,
		config:    api.b.ChainConfig(),
		state:     st,
		base:      base,
		gasBudget: gasCap,
		opts:      opts,
	}
	return sim.run(ctx, opts.BlockStateCalls)
}

// simulator builds one eth_simulateV1 chain; it is used once.
type simulator struct {
	b         Backend
	config    *params.ChainConfig
	state     *state.StateDB
	base      *types.Header
	gasBudget uint64 // what is left of the RPC gas cap, across all blocks
	opts      SimulateOpts
}

// run sanitises the blocks, then builds them one after the other under
// the backend's EVM timeout.
func (sim *simulator) run(ctx context.Context, blocks []SimulateBlock) ([]*SimulatedBlock, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	timeout := sim.b.RPCEVMTimeout()
	ctx, cancel := withEVMTimeout(ctx, timeout)
	defer cancel()

	blocks, err := sim.fillChain(blocks)
	if err != nil {
		return nil, err
	}
	headers, err := sim.makeHeaders(blocks)
	if err != nil {
		return nil, err
	}
	var (
		out    = make([]*SimulatedBlock, len(blocks))
		parent = sim.base
		built  = make([]*types.Header, 0, len(blocks))
	)
	for i := range blocks {
		result, err := sim.buildBlock(ctx, &blocks[i], headers[i], parent, built)
		if err != nil {
			return nil, err
		}
		out[i] = result
		parent = result.block.Header()
		built = append(built, parent)
	}
	return out, nil
}

// fillChain gives every block a number and a timestamp, checks that both
// strictly increase and inserts empty blocks where numbers are skipped.
// The caller's override values are not modified.
func (sim *simulator) fillChain(blocks []SimulateBlock) ([]SimulateBlock, error) {
	var (
		out      = make([]SimulateBlock, 0, len(blocks))
		prevNum  = new(big.Int).Set(sim.base.Number)
		prevTime = sim.base.Time
		limit    = new(big.Int).Add(sim.base.Number, big.NewInt(maxSimulateBlocks))
	)
	for _, block := range blocks {
		ov := new(SimBlockOverrides)
		if block.BlockOverrides != nil {
			*ov = *block.BlockOverrides
		}
		if ov.Number == nil {
			ov.Number = (*hexutil.Big)(new(big.Int).Add(prevNum, common.Big1))
		}
		if ov.Withdrawals == nil {
			ov.Withdrawals = &types.Withdrawals{}
		}
		number := ov.Number.ToInt()
		if number.Cmp(prevNum) <= 0 {
			return nil, &simError{code: simCodeBlockNumberInvalid, msg: fmt.Sprintf("block numbers must be in order: %d <= %d", number.Uint64(), prevNum)}
		}
		if number.Cmp(limit) > 0 {
			return nil, &simError{code: simCodeClientLimitExceeded, msg: errSimulateTooMany.Error()}
		}
		// Fill the gap with empty blocks, 12 seconds apart.
		for n := new(big.Int).Add(prevNum, common.Big1); n.Cmp(number) < 0; n.Add(n, common.Big1) {
			prevTime += simulateTimeStep
			t := prevTime
			out = append(out, SimulateBlock{BlockOverrides: &SimBlockOverrides{
				BlockOverrides: BlockOverrides{Number: (*hexutil.Big)(new(big.Int).Set(n)), Time: (*hexutil.Uint64)(&t)},
				Withdrawals:    &types.Withdrawals{},
			}})
		}
		prevNum = number
		if ov.Time == nil {
			t := prevTime + simulateTimeStep
			ov.Time = (*hexutil.Uint64)(&t)
		} else if t := uint64(*ov.Time); t <= prevTime {
			return nil, &simError{code: simCodeBlockTimestampInvalid, msg: fmt.Sprintf("block timestamps must be in order: %d <= %d", t, prevTime)}
		}
		prevTime = uint64(*ov.Time)
		block.BlockOverrides = ov
		out = append(out, block)
	}
	return out, nil
}

// makeHeaders builds each block's preliminary header: the parent's
// coinbase and gas limit, the fork fields its number and time call for,
// and the overrides. Hashes, roots, gas used and the base fee come when
// the block is built.
func (sim *simulator) makeHeaders(blocks []SimulateBlock) ([]*types.Header, error) {
	out := make([]*types.Header, len(blocks))
	prev := sim.base
	for i, block := range blocks {
		ov := block.BlockOverrides
		number, time := ov.Number.ToInt(), uint64(*ov.Time)
		difficulty := new(big.Int).Set(prev.Difficulty)
		if sim.config.IsPostMerge(number.Uint64(), time) {
			difficulty = new(big.Int)
		}
		if ov.Difficulty != nil && difficulty.Sign() == 0 {
			return nil, invalidParamsError{fmt.Errorf("block %d: %w", number, errSimulateDifficulty)}
		}
		h := &types.Header{
			UncleHash:   types.EmptyUncleHash,
			ReceiptHash: types.EmptyReceiptsHash,
			TxHash:      types.EmptyTxsHash,
			Coinbase:    prev.Coinbase,
			Difficulty:  difficulty,
			GasLimit:    prev.GasLimit,
		}
		if sim.config.IsShanghai(number, time) {
			h.WithdrawalsHash = &types.EmptyWithdrawalsHash
		}
		if sim.config.IsCancun(number, time) {
			root := common.Hash{}
			if ov.BeaconRoot != nil {
				root = *ov.BeaconRoot
			}
			h.ParentBeaconRoot = &root
		}
		if prev.SlotNumber != nil {
			slot := *prev.SlotNumber + 1
			h.SlotNumber = &slot
		}
		h = ov.BlockOverrides.header(h)
		out[i] = h
		prev = h
	}
	return out, nil
}

// nextBaseFee is the base fee of a block whose caller did not set one:
// 0 without validation (so zero-priced calls stay valid), else the
// chain's rule — 0 under the free profile, EIP-1559 otherwise.
func (sim *simulator) nextBaseFee(parent *types.Header) *big.Int {
	if !sim.opts.Validation || sim.b.FreeFees() {
		return new(big.Int)
	}
	return eip1559.CalcBaseFee(sim.config, parent)
}

// buildBlock completes header, runs the block's calls on the simulator's
// state and assembles the block. built are the simulated blocks before it.
func (sim *simulator) buildBlock(ctx context.Context, block *SimulateBlock, header, parent *types.Header, built []*types.Header) (*SimulatedBlock, error) {
	header.ParentHash = parent.Hash()
	if sim.config.IsLondon(header.Number) && header.BaseFee == nil {
		header.BaseFee = sim.nextBaseFee(parent)
	}
	cancun := sim.config.IsCancun(header.Number, header.Time)
	if cancun {
		var excess uint64
		if sim.config.IsCancun(parent.Number, parent.Time) {
			excess = eip4844.CalcExcessBlobGas(sim.config, parent, header.Time)
		}
		header.ExcessBlobGas = &excess
	}
	chain := &simChain{chain: sim.b.ChainContext(), base: sim.base, headers: built}
	// The coinbase is the author: simulated blocks are never sealed.
	bctx := core.NewEVMBlockContext(header, chain, &header.Coinbase)
	if fee := block.BlockOverrides.blobBaseFee(); fee != nil {
		bctx.BlobBaseFee = fee
	}
	rules := sim.config.Rules(header.Number, header.Difficulty.Sign() == 0, header.Time)
	precompiles := vm.ActivePrecompiledContracts(rules)
	if err := sim.applyOverrides(block.StateOverrides, precompiles, rules); err != nil {
		return nil, err
	}

	traceTransfers := sim.opts.TraceTransfers && !rules.IsAmsterdam // Amsterdam logs transfers itself (EIP-7708)
	tracer := newSimTracer(traceTransfers, header.Number.Uint64(), header.Time)
	hooks := tracer.hooks()
	hooked := state.NewHookedState(sim.state, hooks)
	evm := vm.NewEVM(bctx, hooked, sim.config, vm.Config{NoBaseFee: !sim.opts.Validation, Tracer: hooks})
	defer evm.Release()
	evm.SetPrecompiles(precompiles)
	stop := context.AfterFunc(ctx, evm.Cancel)
	defer stop()

	access := bal.NewConstructionBlockAccessList()
	access.Merge(core.PreExecution(ctx, header.ParentBeaconRoot, parent, sim.config, evm, header.Number, header.Time))

	var (
		gp          = core.NewGasPool(bctx.GasLimit)
		txs         = make([]*types.Transaction, len(block.Calls))
		receipts    = make([]*types.Receipt, len(block.Calls))
		senders     = make([]common.Address, len(block.Calls))
		calls       = make([]SimulatedCall, len(block.Calls))
		allLogs     []*types.Log
		blobGasUsed uint64
	)
	for i := range block.Calls {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		args := block.Calls[i] // a copy: defaults are filled in below
		capped, err := sim.callDefaults(&args, header, gp, rules.IsAmsterdam)
		if err != nil {
			return nil, err
		}
		var from common.Address
		if args.From != nil {
			from = *args.From
		}
		// EIP-2681 caps the nonce even when nonce checks are skipped.
		if !sim.opts.Validation && sim.state.GetNonce(from) == gomath.MaxUint64 {
			return nil, txValidationError(fmt.Errorf("%w: address %v, nonce: %d", core.ErrNonceMax, from.Hex(), uint64(gomath.MaxUint64)))
		}
		tx := simTransaction(&args, sim.config.ChainID, header.BaseFee)
		txs[i], senders[i] = tx, from
		tracer.reset(tx.Hash(), uint(i))
		sim.state.SetTxContext(tx.Hash(), i, uint32(i+1))

		msg := sim.message(&args, header.BaseFee)
		result, err := core.ApplyMessage(evm, msg, gp)
		if evm.Cancelled() {
			return nil, fmt.Errorf("execution aborted (timeout = %v)", sim.b.RPCEVMTimeout())
		}
		if err != nil {
			return nil, txValidationError(fmt.Errorf("err: %w (supplied gas %d)", err, msg.GasLimit))
		}
		if err := sim.state.Error(); err != nil {
			return nil, fmt.Errorf("reading state: %w", err)
		}
		var root []byte
		if sim.config.IsByzantium(header.Number) {
			access.Merge(hooked.Finalise(rules))
		} else {
			root = sim.state.IntermediateRoot(rules).Bytes()
		}
		receipts[i] = core.MakeReceipt(evm, result, sim.state, header.Number, common.Hash{}, header.Time, tx, gp.CumulativeUsed(), root)
		blobGasUsed += receipts[i].BlobGasUsed
		if result.UsedGas > sim.gasBudget {
			return nil, fmt.Errorf("%w: need %d, remaining %d", errSimulateGasCapSpent, result.UsedGas, sim.gasBudget)
		}
		sim.gasBudget -= result.UsedGas

		calls[i] = callOutcome(result, tracer.logs(), capped)
		if result.Err == nil {
			allLogs = append(allLogs, calls[i].Logs...)
		}
	}
	header.GasUsed = gp.Used()
	if cancun {
		header.BlobGasUsed = &blobGasUsed
	}
	body := &types.Body{Transactions: txs}
	if sim.config.IsShanghai(header.Number, header.Time) {
		body.Withdrawals = *block.BlockOverrides.Withdrawals
	}
	requests, postAccess, err := core.PostExecution(ctx, sim.config, header.Number, header.Time, allLogs, body.Withdrawals, evm, uint32(len(block.Calls)+1))
	if err != nil {
		return nil, err
	}
	if requests != nil {
		hash := types.CalcRequestsHash(requests)
		header.RequestsHash = &hash
	}
	access.Merge(postAccess)
	sim.b.Engine().Finalize(chain, header, sim.state, body)
	assembled := core.AssembleBlock(chain, header, sim.state, body, receipts, access)
	for i := range calls {
		for _, l := range calls[i].Logs {
			l.BlockHash = assembled.Hash()
		}
	}
	return &SimulatedBlock{
		block:   assembled,
		calls:   calls,
		senders: senders,
		fullTx:  sim.opts.ReturnFullTransactions,
		config:  sim.config,
	}, nil
}

// callOutcome renders one executed call. A revert carries code 3 and the
// revert data; other EVM failures carry -32015 (with a hint when the RPC
// gas cap cut the call's gas).
func callOutcome(result *core.ExecutionResult, logs []*types.Log, capped bool) SimulatedCall {
	out := SimulatedCall{
		ReturnData: result.Return(),
		Logs:       logs,
		GasUsed:    hexutil.Uint64(result.UsedGas),
		MaxUsedGas: hexutil.Uint64(result.MaxUsedGas),
		Status:     hexutil.Uint64(types.ReceiptStatusSuccessful),
	}
	if result.Err == nil {
		if out.Logs == nil {
			out.Logs = []*types.Log{}
		}
		return out
	}
	out.Status = hexutil.Uint64(types.ReceiptStatusFailed)
	out.Logs = []*types.Log{}
	if errors.Is(result.Err, vm.ErrExecutionReverted) {
		revert := newRevertError(result.Revert())
		out.Error = &CallError{Message: revert.Error(), Code: revert.ErrorCode(), Data: revert.ErrorData().(string)}
		return out
	}
	msg := result.Err.Error()
	if capped {
		msg += " (gas limit was capped by the RPC server's global gas cap)"
	}
	out.Error = &CallError{Message: msg, Code: simCodeVMError}
	return out
}

// callDefaults fills in what a call left out — the sender's nonce, the
// block's remaining gas — checks the gas against the block and the
// request's gas budget, and validates the arguments. It reports whether
// the budget cut the call's gas.
func (sim *simulator) callDefaults(args *CallArgs, header *types.Header, gp *core.GasPool, amsterdam bool) (bool, error) {
	if args.Nonce == nil {
		var from common.Address
		if args.From != nil {
			from = *args.From
		}
		nonce := sim.state.GetNonce(from)
		args.Nonce = (*hexutil.Uint64)(&nonce)
	}
	remaining := gp.Available(amsterdam)
	if amsterdam && !sim.opts.Validation {
		remaining = min(remaining, header.GasLimit-gp.CumulativeExecution())
	}
	if args.Gas == nil {
		gas := remaining
		args.Gas = (*hexutil.Uint64)(&gas)
	}
	if remaining < uint64(*args.Gas) {
		return false, &simError{code: simCodeBlockGasLimitReached, msg: fmt.Sprintf("block gas limit reached: remaining: %d, required: %d", remaining, uint64(*args.Gas))}
	}
	gas := min(uint64(*args.Gas), sim.gasBudget)
	capped := gas < uint64(*args.Gas)
	args.Gas = (*hexutil.Uint64)(&gas)
	if err := args.validate(sim.config.ChainID); err != nil {
		return capped, err
	}
	if header.BaseFee == nil && (args.MaxFeePerGas != nil || args.MaxPriorityFeePerGas != nil) {
		return capped, errSimulateNotLondon
	}
	return capped, nil
}

// message is the call as the EVM runs it. With validation the nonce is
// checked as for a transaction; the sender may still be a contract.
func (sim *simulator) message(args *CallArgs, baseFee *big.Int) *core.Message {
	msg := args.toMessage(uint64(*args.Gas), baseFee)
	if !sim.opts.Validation {
		return msg.SkipExecutionGasCapCheck()
	}
	strict := &core.Message{
		To:                    msg.To,
		From:                  msg.From,
		Nonce:                 msg.Nonce,
		Value:                 msg.Value,
		GasLimit:              msg.GasLimit,
		GasPrice:              msg.GasPrice,
		GasFeeCap:             msg.GasFeeCap,
		GasTipCap:             msg.GasTipCap,
		Data:                  msg.Data,
		AccessList:            msg.AccessList,
		BlobGasFeeCap:         msg.BlobGasFeeCap,
		BlobHashes:            msg.BlobHashes,
		SetCodeAuthorizations: msg.SetCodeAuthorizations,
	}
	return strict.SkipEOACheck().SkipGasLimitCapCheck()
}

// simTransaction is the unsigned transaction a call stands for in its
// block: legacy (or access-list) when it names gasPrice or the block has no
// base fee, set-code or blob when it carries those fields, else
// dynamic-fee. Nonce and gas must already be filled in; the chain id
// defaults to the chain's.
func simTransaction(args *CallArgs, chainID, baseFee *big.Int) *types.Transaction {
	var (
		nonce    = uint64(*args.Nonce)
		gas      = uint64(*args.Gas)
		value    = toU256(args.Value)
		data     = args.data()
		list     = types.AccessList{}
		legacy   = args.GasPrice != nil || baseFee == nil
		feeCap   = toU256(args.MaxFeePerGas)
		tipCap   = toU256(args.MaxPriorityFeePerGas)
		gasPrice = toU256(args.GasPrice).ToBig()
	)
	if args.AccessList != nil {
		list = *args.AccessList
	}
	var inner types.TxData
	switch {
	case legacy && args.AccessList != nil:
		inner = &types.AccessListTx{ChainID: chainID, Nonce: nonce, GasPrice: gasPrice, Gas: gas, To: args.To, Value: value.ToBig(), Data: data, AccessList: list}
	case legacy:
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: gasPrice, Gas: gas, To: args.To, Value: value.ToBig(), Data: data}
	case args.AuthorizationList != nil:
		inner = &types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: gas, To: *args.To, Value: value, Data: data, AccessList: list, AuthList: args.AuthorizationList}
	case args.BlobHashes != nil:
		inner = &types.BlobTx{ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: gas, To: *args.To, Value: value, Data: data, AccessList: list, BlobFeeCap: toU256(args.MaxFeePerBlobGas), BlobHashes: args.BlobHashes}
	default:
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tipCap.ToBig(), GasFeeCap: feeCap.ToBig(), Gas: gas, To: args.To, Value: value.ToBig(), Data: data, AccessList: list}
	}
	return types.NewTx(inner)
}

// applyOverrides applies a block's state overrides. A precompile whose
// address is overridden stops being one for the block; one with
// movePrecompileToAddress answers at the new address instead.
func (sim *simulator) applyOverrides(ov *SimStateOverride, precompiles vm.PrecompiledContracts, rules params.Rules) error {
	if ov == nil {
		return nil
	}
	plain := make(StateOverride, len(*ov))
	for _, addr := range slices.SortedFunc(maps.Keys(*ov), common.Address.Cmp) {
		acct := (*ov)[addr]
		contract, isPrecompile := precompiles[addr]
		if to := acct.MovePrecompileTo; to != nil {
			if !isPrecompile {
				return fmt.Errorf("account %s %w", addr.Hex(), errSimulateNotPrecomp)
			}
			if _, ok := (*ov)[*to]; ok {
				return fmt.Errorf("account %s %w", to.Hex(), errSimulateOverridden)
			}
			precompiles[*to] = contract
		}
		if isPrecompile {
			delete(precompiles, addr)
		}
		acct.MovePrecompileTo = nil // done above, with eth_simulateV1's error codes
		plain[addr] = acct
	}
	return plain.apply(sim.state, rules, nil)
}

// simChain is the chain as a simulated block sees it: the real chain up to
// the base block, then the simulated blocks built so far. It serves
// BLOCKHASH and the engine's Finalize.
type simChain struct {
	chain   core.ChainContext
	base    *types.Header
	headers []*types.Header
}

// Config implements consensus.ChainHeaderReader.
func (c *simChain) Config() *params.ChainConfig { return c.chain.Config() }

// CurrentHeader implements consensus.ChainHeaderReader: the real head.
func (c *simChain) CurrentHeader() *types.Header { return c.chain.CurrentHeader() }

// Engine implements core.ChainContext.
func (c *simChain) Engine() consensus.Engine { return c.chain.Engine() }

// GetHeader implements consensus.ChainHeaderReader.
func (c *simChain) GetHeader(hash common.Hash, number uint64) *types.Header {
	for _, h := range c.headers {
		if h.Number.Uint64() == number && h.Hash() == hash {
			return h
		}
	}
	return c.chain.GetHeader(hash, number)
}

// GetHeaderByNumber implements consensus.ChainHeaderReader; above the base
// only simulated blocks count.
func (c *simChain) GetHeaderByNumber(number uint64) *types.Header {
	if number <= c.base.Number.Uint64() {
		if number == c.base.Number.Uint64() {
			return c.base
		}
		return c.chain.GetHeaderByNumber(number)
	}
	for _, h := range c.headers {
		if h.Number.Uint64() == number {
			return h
		}
	}
	return nil
}

// GetHeaderByHash implements consensus.ChainHeaderReader.
func (c *simChain) GetHeaderByHash(hash common.Hash) *types.Header {
	for _, h := range c.headers {
		if h.Hash() == hash {
			return h
		}
	}
	return c.chain.GetHeaderByHash(hash)
}

// simTracer collects one block's logs per call, dropping those of
// reverted frames, and (with transfers) adds a Transfer pseudo-log for
// every ether transfer. Log indices run across the block.
type simTracer struct {
	transfers bool
	number    uint64
	time      uint64
	txHash    common.Hash
	txIndex   uint
	frames    [][]*types.Log // logs of each open call frame, outermost first
	count     int            // logs kept so far in the block
}

func newSimTracer(transfers bool, number, time uint64) *simTracer {
	return &simTracer{transfers: transfers, number: number, time: time}
}

func (t *simTracer) hooks() *tracing.Hooks {
	return &tracing.Hooks{OnEnter: t.onEnter, OnExit: t.onExit, OnLog: t.onLog}
}

// reset starts the next call.
func (t *simTracer) reset(txHash common.Hash, index uint) {
	t.frames, t.txHash, t.txIndex = nil, txHash, index
}

// logs are the current call's surviving logs.
func (t *simTracer) logs() []*types.Log {
	if len(t.frames) == 0 {
		return nil
	}
	return t.frames[0]
}

func (t *simTracer) onEnter(_ int, typ byte, from, to common.Address, _ []byte, _ uint64, value *big.Int) {
	t.frames = append(t.frames, []*types.Log{})
	op := vm.OpCode(typ)
	if t.transfers && op != vm.DELEGATECALL && op != vm.CALLCODE && value != nil && value.Sign() > 0 {
		topics := []common.Hash{transferTopic, common.BytesToHash(from[:]), common.BytesToHash(to[:])}
		t.add(transferAddress, topics, common.BigToHash(value).Bytes())
	}
}

func (t *simTracer) onExit(depth int, _ []byte, _ uint64, _ error, reverted bool) {
	if depth == 0 {
		if reverted && len(t.frames) > 0 {
			t.count -= len(t.frames[0])
			t.frames[0] = nil
		}
		return
	}
	n := len(t.frames)
	if n <= 1 {
		return
	}
	frame := t.frames[n-1]
	t.frames = t.frames[:n-1]
	if reverted {
		t.count -= len(frame) // they were the latest, so their indices are free again
		return
	}
	t.frames[n-2] = append(t.frames[n-2], frame...)
}

func (t *simTracer) onLog(l *types.Log) {
	t.add(l.Address, l.Topics, l.Data)
}

func (t *simTracer) add(address common.Address, topics []common.Hash, data []byte) {
	if len(t.frames) == 0 {
		return // outside any call frame (cannot happen for EVM logs)
	}
	top := len(t.frames) - 1
	t.frames[top] = append(t.frames[top], &types.Log{
		Address:        address,
		Topics:         topics,
		Data:           data,
		BlockNumber:    t.number,
		BlockTimestamp: t.time,
		TxHash:         t.txHash,
		TxIndex:        t.txIndex,
		Index:          uint(t.count),
	})
	t.count++
}
