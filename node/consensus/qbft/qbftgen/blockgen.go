package qbftgen

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// BlockGen is the block being generated, as the Options.Gen callback sees
// it: its consensus fields are final (so the EVM sees the real coinbase,
// timestamp and prevrandao) and transactions run on its state as they are
// added.
type BlockGen struct {
	header     *types.Header
	parent     *types.Header
	config     *params.ChainConfig
	validators []common.Address
	statedb    *state.StateDB
	evm        *vm.EVM
	gasPool    *core.GasPool

	txs      []*types.Transaction
	receipts []*types.Receipt
	logs     []*types.Log
}

// Number returns the block's number.
func (b *BlockGen) Number() uint64 { return b.header.Number.Uint64() }

// Timestamp returns the block's timestamp.
func (b *BlockGen) Timestamp() uint64 { return b.header.Time }

// Coinbase returns the block's proposer.
func (b *BlockGen) Coinbase() common.Address { return b.header.Coinbase }

// BaseFee returns the block's base fee (0 under the free fee profile).
func (b *BlockGen) BaseFee() *big.Int { return new(big.Int).Set(b.header.BaseFee) }

// GasLimit returns the block's gas limit.
func (b *BlockGen) GasLimit() uint64 { return b.header.GasLimit }

// Gas returns the gas a further transaction can still use.
func (b *BlockGen) Gas() uint64 {
	return b.gasPool.Available(b.config.IsAmsterdam(b.header.Number, b.header.Time))
}

// Validators returns V(N), the validators of the block.
func (b *BlockGen) Validators() []common.Address { return slices.Clone(b.validators) }

// Parent returns a copy of the parent's header.
func (b *BlockGen) Parent() *types.Header { return types.CopyHeader(b.parent) }

// Signer returns the transaction signer of the block's rules.
func (b *BlockGen) Signer() types.Signer {
	return types.MakeSigner(b.config, b.header.Number, b.header.Time)
}

// TxNonce returns the next nonce of addr on the block's state so far.
func (b *BlockGen) TxNonce(addr common.Address) uint64 { return b.statedb.GetNonce(addr) }

// Balance returns the balance of addr on the block's state so far.
func (b *BlockGen) Balance(addr common.Address) *big.Int { return b.statedb.GetBalance(addr).ToBig() }

// AddTx executes tx on the block's state and includes it. A transaction that
// cannot be included (bad nonce, too little gas left, unaffordable) is left
// out, the state untouched, and the error returned; a transaction that runs
// and reverts is included, with a failed receipt.
func (b *BlockGen) AddTx(tx *types.Transaction) (*types.Receipt, error) {
	snap, pool := b.statedb.Snapshot(), b.gasPool.Snapshot()
	index := len(b.txs)
	b.statedb.SetTxContext(tx.Hash(), index, uint32(index+1))
	receipt, _, err := core.ApplyTransaction(context.Background(), b.evm, b.gasPool, b.statedb, b.header, tx)
	if err != nil {
		b.statedb.RevertToSnapshot(snap)
		b.gasPool.Set(pool)
		return nil, fmt.Errorf("transaction %d (%x) of block %d: %w", index, tx.Hash(), b.Number(), err)
	}
	b.txs = append(b.txs, tx)
	b.receipts = append(b.receipts, receipt)
	b.logs = append(b.logs, receipt.Logs...)
	return receipt, nil
}
