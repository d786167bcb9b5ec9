package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/params"

	// Register go-ethereum's tracers with eth/tracers: the native ones
	// (callTracer, prestateTracer, 4byteTracer, …) and the JavaScript
	// engine, which also evaluates any unknown tracer name (as in geth:
	// "ReferenceError: … is not defined" instead of a crash). Struct logs
	// are built in.
	_ "github.com/ethereum/go-ethereum/eth/tracers/js"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// reexecLimit bounds how many blocks StateAtBlock re-executes to rebuild a
// state that is no longer held (go-ethereum's default for tracing).
const reexecLimit = 128

// Errors of historical state access.
var (
	// errStateUnavailable: neither the block's state nor that of an
	// ancestor within the re-execution limit is held.
	errStateUnavailable = errors.New("historical state is not available")
	// errStateRootMismatch: re-execution produced another state root than
	// the block's header (a corrupt database or an engine bug).
	errStateRootMismatch = errors.New("re-executed state root mismatch")
	// errNoTxInGenesis: the genesis block has no transactions to trace.
	errNoTxInGenesis = errors.New("no transaction in genesis")
)

var _ tracers.Backend = rpcBackend{}

// TxPoolContent implements ethapi.TxPoolBackend.
func (b rpcBackend) TxPoolContent() (pending, queued map[common.Address][]*types.Transaction) {
	return b.n.pool.Content()
}

// TxPoolContentFrom implements ethapi.TxPoolBackend.
func (b rpcBackend) TxPoolContentFrom(addr common.Address) (pending, queued []*types.Transaction) {
	return b.n.pool.ContentFrom(addr)
}

// Stats implements ethapi.TxPoolBackend.
func (b rpcBackend) Stats() (pending, queued int) { return b.n.pool.Stats() }

// StateAtBlock implements tracers.Backend: the state after block. The
// returned state is private to the caller (the live state is never
// written), so readOnly, base and preferDisk change nothing.
func (b rpcBackend) StateAtBlock(ctx context.Context, block *types.Block, _ *state.StateDB, _ bool, _ bool) (*state.StateDB, tracers.StateReleaseFunc, error) {
	st, err := stateAtBlock(ctx, b.n.chain, block, reexecLimit)
	if err != nil {
		return nil, nil, err
	}
	return st, func() {}, nil
}

// StateAtTransaction implements tracers.Backend: the state before the
// block's transaction txIndex (after the block's system calls), with the
// block's EVM context.
func (b rpcBackend) StateAtTransaction(ctx context.Context, block *types.Block, txIndex int) (*types.Transaction, vm.BlockContext, *state.StateDB, tracers.StateReleaseFunc, error) {
	tx, bctx, st, err := stateAtTransaction(ctx, b.n.chain, block, txIndex, reexecLimit)
	if err != nil {
		return nil, vm.BlockContext{}, nil, nil, err
	}
	return tx, bctx, st, func() {}, nil
}

// openState opens the state after header: a live state (the path scheme
// holds the last 128 blocks' states in memory), else an archived one if
// the node keeps state history.
func openState(chain *core.BlockChain, header *types.Header) (*state.StateDB, error) {
	st, err := chain.StateAt(header.Root, header.Number, header.Time)
	if err == nil {
		return st, nil
	}
	if st, herr := chain.HistoricState(header.Root, header.Number, header.Time); herr == nil {
		return st, nil
	}
	return nil, err
}

// stateAtBlock returns the state after block. When it is not held, the
// nearest ancestor (at most limit blocks back) whose state is held is
// opened and the blocks after it are re-executed in memory, each checked
// against its header's state root.
func stateAtBlock(ctx context.Context, chain *core.BlockChain, block *types.Block, limit uint64) (*state.StateDB, error) {
	var (
		replay  []*types.Block // newest first
		current = block
	)
	for {
		st, err := openState(chain, current.Header())
		if err == nil {
			return replayBlocks(ctx, chain, st, replay)
		}
		if uint64(len(replay)) == limit || current.NumberU64() == 0 {
			return nil, fmt.Errorf("%w: block %d, no state within %d blocks before it", errStateUnavailable, block.NumberU64(), limit)
		}
		replay = append(replay, current)
		parent := chain.GetBlock(current.ParentHash(), current.NumberU64()-1)
		if parent == nil {
			return nil, fmt.Errorf("re-executing block %d: parent %d (%x) not found", current.NumberU64(), current.NumberU64()-1, current.ParentHash())
		}
		current = parent
	}
}

// replayBlocks executes blocks (given newest first) on st, which is the
// state before the oldest of them.
func replayBlocks(ctx context.Context, chain *core.BlockChain, st *state.StateDB, blocks []*types.Block) (*state.StateDB, error) {
	processor := core.NewStateProcessor(chain)
	for i := len(blocks) - 1; i >= 0; i-- {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("re-executing blocks: %w", err)
		}
		block := blocks[i]
		if _, err := processor.Process(ctx, block, st, nil, nil, vm.Config{DisableParallelExecution: true}, nil); err != nil {
			return nil, fmt.Errorf("re-executing block %d: %w", block.NumberU64(), err)
		}
		if root := st.IntermediateRoot(rulesOf(chain.Config(), block.Header())); root != block.Root() {
			return nil, fmt.Errorf("%w: block %d has %x, re-execution gave %x", errStateRootMismatch, block.NumberU64(), block.Root(), root)
		}
	}
	return st, nil
}

// stateAtTransaction returns the transaction at txIndex of block, the
// block's EVM context and the state just before that transaction: the
// parent's state after the block's pre-execution system calls and the
// transactions before it. For an empty block and index 0 it returns a nil
// transaction and the state after the system calls.
func stateAtTransaction(ctx context.Context, chain *core.BlockChain, block *types.Block, txIndex int, limit uint64) (*types.Transaction, vm.BlockContext, *state.StateDB, error) {
	if block.NumberU64() == 0 {
		return nil, vm.BlockContext{}, nil, errNoTxInGenesis
	}
	parent := chain.GetBlock(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, vm.BlockContext{}, nil, fmt.Errorf("parent %#x not found", block.ParentHash())
	}
	st, err := stateAtBlock(ctx, chain, parent, limit)
	if err != nil {
		return nil, vm.BlockContext{}, nil, err
	}
	config := chain.Config()
	bctx := core.NewEVMBlockContext(block.Header(), chain, nil)
	evm := vm.NewEVM(bctx, st, config, vm.Config{})
	defer evm.Release()
	core.PreExecution(ctx, block.BeaconRoot(), parent.Header(), config, evm, block.Number(), block.Time())

	txs := block.Transactions()
	if txIndex == 0 && len(txs) == 0 {
		return nil, bctx, st, nil
	}
	if txIndex < 0 || txIndex >= len(txs) {
		return nil, vm.BlockContext{}, nil, fmt.Errorf("transaction index %d out of range for block %#x", txIndex, block.Hash())
	}
	signer := types.MakeSigner(config, block.Number(), block.Time())
	rules := rulesOf(config, block.Header())
	gp := core.NewGasPool(block.GasLimit())
	for i, tx := range txs[:txIndex] {
		msg, err := core.TransactionToMessage(tx, signer, block.BaseFee())
		if err != nil {
			return nil, vm.BlockContext{}, nil, fmt.Errorf("transaction %#x: %w", tx.Hash(), err)
		}
		st.SetTxContext(tx.Hash(), i, uint32(i+1))
		if _, err := core.ApplyMessage(evm, msg, gp); err != nil {
			return nil, vm.BlockContext{}, nil, fmt.Errorf("transaction %#x failed: %w", tx.Hash(), err)
		}
		st.Finalise(rules)
	}
	return txs[txIndex], bctx, st, nil
}

// rulesOf is the fork rules of header (difficulty 0 counts as post-merge,
// as go-ethereum's block processing decides).
func rulesOf(config *params.ChainConfig, header *types.Header) params.Rules {
	return config.Rules(header.Number, header.Difficulty.Sign() == 0, header.Time)
}
