package node

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool/locals"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/ethapi"
)

// Limits applied to eth_call and eth_sendRawTransaction.
const (
	rpcGasCap = 550_000_000
	// testChainGasCap is go-ethereum's default cap, used on a test chain
	// (Config.TestChain) so that answers compare with geth's.
	testChainGasCap = 50_000_000
	// logQueryLimit caps addresses and topics per position in a log query
	// (go-ethereum's default).
	logQueryLimit = 1000
	// logCacheBlocks is how many blocks' logs eth/filters keeps decoded
	// (go-ethereum: 32, i.e. 6 minutes of 12 s blocks; ours are 1 s).
	logCacheBlocks = 256
	rpcEVMTimeout  = 5 * time.Second
	rpcTxFeeCap    = 1.0 // ether; 0 under the free profile
)

var (
	errNoFinalized = errors.New("finalized block not found")
	errNoSafe      = errors.New("safe block not found")
)

// rpcBackend is the node as the RPC namespaces see it (ethapi.Backend).
type rpcBackend struct{ n *Node }

var _ ethapi.Backend = rpcBackend{}

func (n *Node) apis() []rpc.API {
	b := rpcBackend{n}
	opts := ethapi.Options{
		ClientVersion: fmt.Sprintf("xiang/v%s/%s-%s/%s", Version, runtime.GOOS, runtime.GOARCH, runtime.Version()),
		UnlockedKeys:  n.cfg.UnlockedKeys,
	}
	opts.Filters.LogQueryLimit = logQueryLimit
	opts.Filters.LogCacheSize = logCacheBlocks
	if !n.cfg.TestChain { // a test chain answers as geth does: no range or size limits
		opts.LogRangeLimit = cmp.Or(n.cfg.LogRangeLimit, DefaultLogRangeLimit)
		opts.MaxLogs = cmp.Or(n.cfg.MaxLogs, DefaultMaxLogs)
	}
	apis, _ := ethapi.APIs(b, opts)
	apis = append(apis, tracers.APIs(b)...) // debug_trace* (rpcextra.go)
	if n.engine == nil {
		return apis // test chain: no QBFT
	}
	return append(apis,
		rpc.API{Namespace: "qbft", Service: &qbftAPI{n: n}},
		rpc.API{Namespace: "perm", Service: &permAPI{n: n}}, // allowlist.go
	)
}

func (b rpcBackend) ChainDb() ethdb.Database          { return b.n.db }
func (b rpcBackend) ChainConfig() *params.ChainConfig { return b.n.chain.Config() }
func (b rpcBackend) CurrentHeader() *types.Header     { return b.n.chain.CurrentHeader() }
func (b rpcBackend) Engine() consensus.Engine         { return b.n.chainEngine }
func (b rpcBackend) ChainContext() core.ChainContext  { return b.n.chain }
func (b rpcBackend) RPCGasCap() uint64 {
	if b.n.cfg.TestChain {
		return testChainGasCap
	}
	return rpcGasCap
}
func (b rpcBackend) RPCEVMTimeout() time.Duration { return rpcEVMTimeout }
func (b rpcBackend) FreeFees() bool               { return b.n.chainConfig.FeeProfile == genesis.FeesFree }
func (b rpcBackend) TxIndexDone() bool            { return b.n.chain.TxIndexDone() }

// SyncProgress is ethapi.SyncProgressBackend: the downloader's catch-up.
func (b rpcBackend) SyncProgress() (ethereum.SyncProgress, bool) { return b.n.SyncProgress() }

func (b rpcBackend) PeerCount() int {
	if b.n.net == nil {
		return 0
	}
	return b.n.net.peerCount()
}
func (b rpcBackend) NewMatcherBackend() filtermaps.MatcherBackend {
	return b.n.filterMaps.NewMatcherBackend()
}

func (b rpcBackend) RPCTxFeeCap() float64 {
	if b.FreeFees() {
		return 0
	}
	return rpcTxFeeCap
}

func (b rpcBackend) HistoryPruningCutoff() uint64 {
	n, _ := b.n.chain.HistoryPruningCutoff()
	return n
}

func (b rpcBackend) CurrentView() *filtermaps.ChainView {
	return b.n.chainView(b.n.chain.CurrentBlock())
}

func (b rpcBackend) HeaderByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Header, error) {
	switch number {
	case rpc.PendingBlockNumber:
		if block, _, _ := b.n.miner.Pending(); block != nil {
			return block.Header(), nil
		}
		return b.n.chain.CurrentBlock(), nil
	case rpc.LatestBlockNumber:
		return b.n.chain.CurrentBlock(), nil
	case rpc.FinalizedBlockNumber:
		if h := b.n.finalHeader(); h != nil {
			return h, nil
		}
		return nil, errNoFinalized
	case rpc.SafeBlockNumber:
		if h := b.n.finalHeader(); h != nil {
			return h, nil
		}
		return nil, errNoSafe
	case rpc.EarliestBlockNumber:
		cutoff, _ := b.n.chain.HistoryPruningCutoff()
		return b.n.chain.GetHeaderByNumber(cutoff), nil
	}
	if number < 0 {
		return nil, fmt.Errorf("unsupported block tag %d", number)
	}
	return b.n.chain.GetHeaderByNumber(uint64(number)), nil
}

func (b rpcBackend) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return b.n.chain.GetHeaderByHash(hash), nil
}

func (b rpcBackend) BlockByNumber(ctx context.Context, number rpc.BlockNumber) (*types.Block, error) {
	if number == rpc.PendingBlockNumber {
		if block, _, _ := b.n.miner.Pending(); block != nil {
			return block, nil
		}
		number = rpc.LatestBlockNumber
	}
	h, err := b.HeaderByNumber(ctx, number)
	if h == nil || err != nil {
		return nil, err
	}
	return b.n.chain.GetBlock(h.Hash(), h.Number.Uint64()), nil
}

func (b rpcBackend) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return b.n.chain.GetBlockByHash(hash), nil
}

func (b rpcBackend) GetBody(ctx context.Context, hash common.Hash, number rpc.BlockNumber) (*types.Body, error) {
	if number < 0 || hash == (common.Hash{}) {
		return nil, errors.New("invalid arguments; expect hash and no special block numbers")
	}
	if body := b.n.chain.GetBody(hash); body != nil {
		return body, nil
	}
	return nil, errors.New("block body not found")
}

func (b rpcBackend) GetReceipts(ctx context.Context, hash common.Hash) (types.Receipts, error) {
	return b.n.chain.GetReceiptsByHash(hash), nil
}

func (b rpcBackend) GetLogs(ctx context.Context, hash common.Hash, number uint64) ([][]*types.Log, error) {
	return rawdb.ReadLogs(b.n.db, hash, number), nil
}

func (b rpcBackend) Pending() (*types.Block, types.Receipts, *state.StateDB) {
	return b.n.miner.Pending()
}

func (b rpcBackend) StateAt(header *types.Header) (*state.StateDB, error) {
	return b.n.chain.StateAt(header.Root, header.Number, header.Time)
}

func (b rpcBackend) GetCanonicalTransaction(hash common.Hash) (bool, *types.Transaction, common.Hash, uint64, uint64) {
	lookup, tx := b.n.chain.GetCanonicalTransaction(hash)
	if lookup == nil || tx == nil {
		return false, nil, common.Hash{}, 0, 0
	}
	return true, tx, lookup.BlockHash, lookup.BlockIndex, lookup.Index
}

func (b rpcBackend) SendTx(ctx context.Context, tx *types.Transaction) error {
	// Synchronous, unlike go-ethereum's backend: the pool must have taken
	// the previous transaction of a new sender before the next arrives, or
	// it refuses the burst in ways the fresh-sender holding (freshsenders.go)
	// does not recognise. Measured, it does not slow eth_sendRawTransaction
	// under load (the machine's CPU does).
	txs := []*types.Transaction{tx}
	errs := b.n.pool.Add(txs, true)
	if b.n.fresh != nil {
		b.n.fresh.holdRefused(txs, errs) // offered to the pool again at the next head
	}
	err := errs[0]
	if b.n.locals == nil {
		return err
	}
	// As go-ethereum does: a transaction refused only for now (pool full,
	// …) is kept by the local tracker and resubmitted later.
	if err != nil && !locals.IsTemporaryReject(err) {
		return err
	}
	b.n.locals.Track(tx)
	return nil
}

func (b rpcBackend) GetPoolNonce(ctx context.Context, addr common.Address) (uint64, error) {
	return b.n.pool.PoolNonce(addr), nil
}

func (b rpcBackend) GetPoolTransaction(hash common.Hash) *types.Transaction {
	return b.n.pool.Get(hash)
}

func (b rpcBackend) SubscribeNewTxsEvent(ch chan<- core.NewTxsEvent) event.Subscription {
	return b.n.pool.SubscribeTransactions(ch, true)
}

func (b rpcBackend) SubscribeChainEvent(ch chan<- core.ChainEvent) event.Subscription {
	return b.n.chain.SubscribeChainEvent(ch)
}

func (b rpcBackend) SubscribeChainHeadEvent(ch chan<- core.ChainHeadEvent) event.Subscription {
	return b.n.chain.SubscribeChainHeadEvent(ch)
}

func (b rpcBackend) SubscribeRemovedLogsEvent(ch chan<- core.RemovedLogsEvent) event.Subscription {
	return b.n.chain.SubscribeRemovedLogsEvent(ch)
}

func (b rpcBackend) SubscribeLogsEvent(ch chan<- []*types.Log) event.Subscription {
	return b.n.chain.SubscribeLogsEvent(ch)
}
