package ethapi

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/gasprice"
)

// Backend is what the node gives the RPC namespaces. One value serves this
// package, go-ethereum's eth/filters (filters.Backend) and its gas price
// oracle (gasprice.OracleBackend).
//
// Block tags are resolved by the backend, as go-ethereum's filters and
// gasprice packages expect: HeaderByNumber and BlockByNumber accept
// rpc.LatestBlockNumber (the head), rpc.PendingBlockNumber (the miner's
// pending block, see Pending, or the head when there is none),
// rpc.SafeBlockNumber and
// rpc.FinalizedBlockNumber (core.BlockChain's CurrentSafeBlock and
// CurrentFinalBlock; an error when none is set yet),
// rpc.EarliestBlockNumber (genesis, or the history cutoff) and plain
// numbers (canonical chain). A number above the head returns (nil, nil),
// as does an unknown hash; this package turns both into JSON null.
//
// Log search runs on core/filtermaps, which the node must drive itself (the
// eth.Ethereum service that normally does so is not used): create it with
// filtermaps.NewFilterMaps(db, filtermaps.NewChainView(chain, head.Number,
// head.Hash()), cutoff, finalBlock, filtermaps.DefaultParams, cfg), Start
// it, and on every core.ChainEvent call SetTarget(NewChainView(chain, head
// number, head hash), cutoff, finalBlock); forward
// core.BlockChain.SubscribeBlockProcessingEvent into SetBlockProcessing.
// CurrentView returns NewChainView(chain, head number, head hash) and
// NewMatcherBackend returns the FilterMaps' NewMatcherBackend(). Stop the
// FilterMaps after the RPC servers have stopped.
//
// testBackend in backend_test.go is a complete implementation over
// core.BlockChain, txpool, miner and filtermaps (driveFilterMaps shows the
// indexer loop).
type Backend interface {
	// filters.Backend's GetReceipts must return receipts with derived
	// fields (tx hash, contract address, effective gas price, log
	// locations), as core.BlockChain.GetReceiptsByHash does; its Pending
	// (from gasprice.OracleBackend) is the miner's Pending(), or nils on a
	// node that does not build blocks.
	filters.Backend
	gasprice.OracleBackend
	TxPoolBackend

	// BlockByHash returns a stored block, canonical or not; (nil, nil) when unknown.
	BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error)

	// StateAt opens the state after the given header (header.Root). It
	// returns an error when that state is not available (pruned or missing).
	// Pending state comes from Pending instead.
	StateAt(header *types.Header) (*state.StateDB, error)

	// GetCanonicalTransaction looks a transaction up in the canonical
	// chain's index: found, the tx, and its block hash, number and index.
	GetCanonicalTransaction(txHash common.Hash) (found bool, tx *types.Transaction, blockHash common.Hash, blockNumber uint64, index uint64)
	// TxIndexDone reports whether transaction indexing has finished; while
	// it has not, an unknown hash is an error rather than null.
	TxIndexDone() bool

	// SendTx adds a locally submitted transaction to the pool (and tracks it
	// for journalling/rebroadcast). Its error is returned to the caller
	// verbatim, so pool errors keep go-ethereum's wording.
	SendTx(ctx context.Context, tx *types.Transaction) error
	// GetPoolNonce is the next nonce for addr counting executable pooled
	// transactions: txpool.TxPool.PoolNonce (not Nonce, which is the
	// state's).
	GetPoolNonce(ctx context.Context, addr common.Address) (uint64, error)
	// GetPoolTransaction returns a pooled (pending or queued) transaction, or nil.
	GetPoolTransaction(txHash common.Hash) *types.Transaction

	// RPCGasCap caps the gas of eth_call/eth_estimateGas (0 = no cap).
	RPCGasCap() uint64
	// RPCEVMTimeout bounds one eth_call (0 = no timeout).
	RPCEVMTimeout() time.Duration
	// RPCTxFeeCap caps gasPrice×gas of submitted txs, in ether (0 = no cap).
	RPCTxFeeCap() float64
	// FreeFees reports the `free` fee profile (DESIGN.md §3): suggested
	// prices are zero and calls run with zero prices.
	FreeFees() bool

	// Engine is the consensus engine (for the author of a header).
	Engine() consensus.Engine
	// ChainContext gives the EVM access to ancestors (BLOCKHASH) and the
	// engine; *core.BlockChain is one.
	ChainContext() core.ChainContext

	// PeerCount is the number of connected devp2p peers.
	PeerCount() int
}

// TxPoolBackend is the transaction pool as the txpool namespace sees it.
// Its methods mirror txpool.TxPool's Content, ContentFrom and Stats, whose
// results a node returns unchanged.
type TxPoolBackend interface {
	// TxPoolContent returns every pooled transaction by sender, executable
	// (pending) and gapped (queued), each list sorted by nonce.
	TxPoolContent() (pending, queued map[common.Address][]*types.Transaction)
	// TxPoolContentFrom is TxPoolContent for one sender.
	TxPoolContentFrom(addr common.Address) (pending, queued []*types.Transaction)
	// Stats counts the pending and queued transactions.
	Stats() (pending, queued int)
}
