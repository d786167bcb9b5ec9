package ethsync

import (
	"errors"
	"fmt"
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/blobpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/downloader"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/fetcher"
	"github.com/ethereum/go-ethereum/eth/protocols/eth"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

const (
	// txChanSize buffers the pool's new-transaction events between the pool
	// and the broadcast loop (go-ethereum sizes it like its pool).
	txChanSize = 4096

	// chainHeadChanSize buffers head events for the block-range announcer.
	chainHeadChanSize = 128

	// txMaxBroadcastSize is the largest transaction sent whole to a peer
	// unasked; larger ones are only announced and fetched on demand.
	txMaxBroadcastSize = 4096

	// rangeUpdateInterval is how far (in blocks) the head moves before peers
	// are told our new block range. go-ethereum's downloader asks a peer for
	// bodies up to 64 blocks past its last announced head, so 32 keeps every
	// block we hold requestable.
	rangeUpdateInterval = 32
)

// Errors returned by New and SyncTo.
var (
	// ErrNoChain is returned by New without Config.Chain.
	ErrNoChain = errors.New("ethsync: config has no chain")
	// ErrNoTxPool is returned by New without Config.TxPool.
	ErrNoTxPool = errors.New("ethsync: config has no transaction pool")
	// ErrNoDatabase is returned by New without Config.Database.
	ErrNoDatabase = errors.New("ethsync: config has no database")
	// ErrPeerNotAllowed disconnects a peer Config.AllowPeer refused.
	ErrPeerNotAllowed = errors.New("ethsync: peer is not allowed on this network")
	// ErrNilTarget is returned by SyncTo for a nil header.
	ErrNilTarget = errors.New("ethsync: sync target is nil")
	// ErrHeadStateMissing is returned by New and SyncTo when the state of the
	// chain head is not available: go-ethereum's downloader would switch to
	// snap sync, which Xiangchain does not run. The node must first restore
	// the head state (its crash recovery does).
	ErrHeadStateMissing = errors.New("ethsync: state of the chain head is missing")
	// ErrStopped is returned by SyncTo after Stop.
	ErrStopped = errors.New("ethsync: handler stopped")
)

// Errors that end a peer connection.
var (
	errPeerSetClosed         = errors.New("ethsync: peer set closed")
	errPeerAlreadyRegistered = errors.New("ethsync: peer already registered")
	errBlobTransaction       = errors.New("ethsync: blob transactions are not accepted")
	errDuplicateTransaction  = errors.New("ethsync: transaction sent twice in one message")
	errUnrequestedCells      = errors.New("ethsync: blob cells were never requested")
	errUnexpectedPacket      = errors.New("ethsync: unexpected eth packet")
	errUnknownPeer           = errors.New("ethsync: unknown peer")
)

// TxPool is what the handler needs of the transaction pool;
// *txpool.TxPool implements it.
type TxPool interface {
	eth.TxPool

	// Has reports whether the pool holds a transaction.
	Has(hash common.Hash) bool
	// Add adds transactions received from peers.
	Add(txs []*types.Transaction, sync bool) []error
	// Pending returns the executable transactions, announced to new peers.
	Pending(filter txpool.PendingFilter) (map[common.Address][]*txpool.LazyTransaction, int)
	// SubscribeTransactions reports transactions entering the pool.
	SubscribeTransactions(ch chan<- core.NewTxsEvent, reorgs bool) event.Subscription
	// FilterType reports whether the pool accepts a transaction type.
	FilterType(kind byte) bool
}

// Config sets up a Handler.
type Config struct {
	// Chain is served to peers and extended by the downloader.
	Chain *core.BlockChain
	// TxPool receives peers' transactions; its new transactions are relayed.
	TxPool TxPool
	// NetworkID is checked at the eth handshake (Xiangchain: the chain id).
	NetworkID uint64
	// Database is the chain's database; the downloader keeps its header
	// skeleton and sync progress there.
	Database ethdb.Database
	// MaxPeers caps eth peers that are not trusted; 0 leaves the cap to the
	// p2p server.
	MaxPeers int
	// OnInserted, if set, is called with every batch of blocks the
	// downloader inserted, in order, once they are canonical and before the
	// next batch is inserted. It runs on the downloader's goroutine: it may
	// store data (ParentCertificates) but must not call back into SyncTo or
	// Stop.
	OnInserted func(blocks []*types.Block)
	// AddTxs, if set, takes the transactions peers send in place of
	// TxPool.Add(txs, false). It returns one error per transaction, nil for
	// each one accepted (now or, held by the caller, later).
	AddTxs func(txs []*types.Transaction) []error
	// AllowPeer, if set, is asked before the handshake whether a peer may
	// run the protocol; a refused peer is disconnected with
	// ErrPeerNotAllowed (a permissioned network's allowlist).
	AllowPeer func(id enode.ID) bool
}

// Handler runs the eth protocol for one chain: peers, transaction relay and
// catch-up sync. Create it with New, hand Protocols to the p2p server, then
// call Start; Stop releases everything New and Start started.
type Handler struct {
	chain      *core.BlockChain
	txpool     TxPool
	networkID  uint64
	maxPeers   int
	onInserted func([]*types.Block)
	addTxs     func([]*types.Transaction) []error
	allowPeer  func(enode.ID) bool

	downloader *downloader.Downloader
	txFetcher  *fetcher.TxFetcher
	peers      *peerSet
	seed       maphash.Seed // keys the choice of peers receiving a transaction whole

	target atomic.Pointer[types.Header] // highest certified head handed to SyncTo

	txsCh   chan core.NewTxsEvent
	txsSub  event.Subscription
	headCh  chan core.ChainHeadEvent
	headSub event.Subscription

	lifeMu   sync.Mutex
	started  chan struct{} // closed by Start; peers wait for it
	quit     chan struct{} // closed by Stop
	running  bool
	stopped  bool
	loops    sync.WaitGroup // broadcast and range loops
	peerRuns sync.WaitGroup // RunPeer calls in progress
}

// New creates a handler. It starts the downloader's background goroutines,
// so every handler New returns must be stopped with Stop. The chain head's
// state must be present (see ErrHeadStateMissing).
func New(cfg Config) (*Handler, error) {
	switch {
	case cfg.Chain == nil:
		return nil, ErrNoChain
	case cfg.TxPool == nil:
		return nil, ErrNoTxPool
	case cfg.Database == nil:
		return nil, ErrNoDatabase
	}
	if head := cfg.Chain.CurrentBlock(); !cfg.Chain.HasState(head.Root) {
		return nil, fmt.Errorf("%w (block %d)", ErrHeadStateMissing, head.Number.Uint64())
	}
	h := &Handler{
		chain:      cfg.Chain,
		txpool:     cfg.TxPool,
		networkID:  cfg.NetworkID,
		maxPeers:   cfg.MaxPeers,
		onInserted: cfg.OnInserted,
		addTxs:     cfg.AddTxs,
		allowPeer:  cfg.AllowPeer,
		peers:      newPeerSet(),
		seed:       maphash.MakeSeed(),
		started:    make(chan struct{}),
		quit:       make(chan struct{}),
	}
	h.downloader = downloader.New(cfg.Database, ethconfig.FullSync, reportingChain{cfg.Chain, h.reportInserted},
		h.dropPeer, nil, false)
	h.downloader.SetBadBlockCallback(func(invalid, origin *types.Header) {
		log.Warn("Downloaded chain failed to import", "number", invalid.Number, "hash", invalid.Hash(),
			"target", origin.Number, "targetHash", origin.Hash())
	})

	// Blob transactions are refused, but go-ethereum's fetcher routes them
	// to a blob buffer unconditionally, so it gets one that rejects all.
	blobs := blobpool.NewBlobBuffer(blobpool.BlobBufferFunctions{
		ValidateTx: func(*types.Transaction) error { return errBlobTransaction },
		AddToPool:  func(*blobpool.BlobTxForPool) error { return errBlobTransaction },
		DropPeer:   h.dropPeer,
	})
	validateMeta := func(hash common.Hash, kind byte) error {
		if h.txpool.Has(hash) {
			return txpool.ErrAlreadyKnown
		}
		if kind == types.BlobTxType || !h.txpool.FilterType(kind) {
			return types.ErrTxTypeNotSupported
		}
		return nil
	}
	addTxs := h.addTxs
	if addTxs == nil {
		addTxs = func(txs []*types.Transaction) []error { return h.txpool.Add(txs, false) }
	}
	fetchTxs := func(id string, hashes []common.Hash) error {
		p := h.peers.peer(id)
		if p == nil {
			return fmt.Errorf("%w %s", errUnknownPeer, id)
		}
		return p.RequestTxs(hashes)
	}
	h.txFetcher = fetcher.NewTxFetcher(h.chain, validateMeta, addTxs, fetchTxs, h.dropPeer, nil, blobs)
	return h, nil
}

// Protocols returns the eth protocol versions go-ethereum offers (eth/69 to
// eth/72 in v1.17.10), served by this handler.
func (h *Handler) Protocols() []p2p.Protocol {
	return eth.MakeProtocols((*ethBackend)(h), h.networkID, nil)
}

// Start starts relaying transactions and lets peers that connected before
// it through the handshake. Calling it more than once, or after Stop, does
// nothing.
func (h *Handler) Start() {
	h.lifeMu.Lock()
	defer h.lifeMu.Unlock()
	if h.running || h.stopped {
		return
	}
	h.running = true

	h.txsCh = make(chan core.NewTxsEvent, txChanSize)
	h.txsSub = h.txpool.SubscribeTransactions(h.txsCh, false)
	h.headCh = make(chan core.ChainHeadEvent, chainHeadChanSize)
	h.headSub = h.chain.SubscribeChainHeadEvent(h.headCh)
	h.txFetcher.Start()

	h.loops.Add(2)
	go h.txBroadcastLoop()
	go h.blockRangeLoop()
	close(h.started)
}

// Stop disconnects all eth peers, stops the downloader and the relay loops,
// and waits for them. Calling it more than once does nothing.
func (h *Handler) Stop() {
	h.lifeMu.Lock()
	if h.stopped {
		h.lifeMu.Unlock()
		return
	}
	h.stopped = true
	running := h.running
	close(h.quit)
	h.lifeMu.Unlock()

	if running {
		h.txsSub.Unsubscribe()
		h.headSub.Unsubscribe()
		h.txFetcher.Stop()
	}
	h.downloader.Terminate()
	h.peers.close()
	h.peerRuns.Wait()
	h.loops.Wait()
}

// PeerCount returns the number of peers that passed the eth handshake.
func (h *Handler) PeerCount() int { return h.peers.len() }

// acceptTxs reports whether transactions from peers are taken: not while
// the chain is below the last head handed to SyncTo, since they would be
// checked against stale state.
func (h *Handler) acceptTxs() bool {
	target := h.target.Load()
	return target == nil || h.chain.CurrentBlock().Number.Cmp(target.Number) >= 0
}

// enterPeer registers a RunPeer call with the lifecycle; it fails after Stop.
func (h *Handler) enterPeer() bool {
	h.lifeMu.Lock()
	defer h.lifeMu.Unlock()
	if h.stopped {
		return false
	}
	h.peerRuns.Add(1)
	return true
}

// runPeer handshakes with a peer, registers it everywhere and serves it
// until the connection ends.
func (h *Handler) runPeer(peer *eth.Peer, handle eth.Handler) error {
	if !h.enterPeer() {
		return p2p.DiscQuitting
	}
	defer h.peerRuns.Done()
	if h.allowPeer != nil && !h.allowPeer(peer.Peer.ID()) {
		peer.Log().Debug("Refusing eth peer not on the allowlist")
		return ErrPeerNotAllowed
	}
	select {
	case <-h.started:
	case <-h.quit:
		return p2p.DiscQuitting
	}
	// The error is returned as is: a p2p.DiscReason (a timeout) keeps its
	// meaning only unwrapped.
	if err := peer.Handshake(h.networkID, h.chain, h.blockRange()); err != nil {
		peer.Log().Debug("eth handshake failed", "err", err)
		return err
	}
	if h.maxPeers > 0 && !peer.Peer.Info().Network.Trusted && h.peers.len() >= h.maxPeers {
		return p2p.DiscTooManyPeers
	}
	if err := h.peers.register(peer); err != nil {
		return err
	}
	defer h.unregisterPeer(peer.ID())
	if err := h.downloader.RegisterPeer(peer.ID(), peer.Version(), peer); err != nil {
		return fmt.Errorf("ethsync: registering peer with the downloader: %w", err)
	}
	peer.Log().Debug("eth peer connected", "version", peer.Version())
	h.announcePending(peer)
	return handle(peer)
}

// unregisterPeer removes a peer from the downloader, the fetcher and the set.
func (h *Handler) unregisterPeer(id string) {
	h.downloader.UnregisterPeer(id)
	h.txFetcher.Drop(id)
	h.peers.unregister(id)
}

// dropPeer disconnects a peer that misbehaved (the downloader's and the
// fetcher's callback).
func (h *Handler) dropPeer(id string) {
	if p := h.peers.peer(id); p != nil {
		p.Disconnect(p2p.DiscUselessPeer)
	}
}

// blockRange is the range of blocks we serve, announced at the handshake
// and whenever the head moves far enough.
func (h *Handler) blockRange() eth.BlockRangeUpdatePacket {
	head := h.chain.CurrentBlock()
	earliest, _ := h.chain.HistoryPruningCutoff()
	return eth.BlockRangeUpdatePacket{
		EarliestBlock:   min(earliest, head.Number.Uint64()),
		LatestBlock:     head.Number.Uint64(),
		LatestBlockHash: head.Hash(),
	}
}

// blockRangeLoop tells peers our block range when the head moved
// rangeUpdateInterval blocks, or backwards, since the last announcement.
func (h *Handler) blockRangeLoop() {
	defer h.loops.Done()
	sent := h.blockRange()
	for {
		select {
		case <-h.headCh:
			next := h.blockRange()
			if next.LatestBlock >= sent.LatestBlock && next.LatestBlock-sent.LatestBlock < rangeUpdateInterval {
				continue
			}
			for _, p := range h.peers.all() {
				if err := p.SendBlockRangeUpdate(next); err != nil {
					p.Log().Debug("Sending block range failed", "err", err)
				}
			}
			sent = next
		case <-h.headSub.Err():
			return
		}
	}
}

// reportingChain is the chain as the downloader sees it: every batch the
// downloader inserts is reported once it is in.
type reportingChain struct {
	*core.BlockChain
	report func([]*types.Block)
}

// InsertChain inserts blocks and reports those that went in.
func (c reportingChain) InsertChain(blocks types.Blocks) (int, error) {
	n, err := c.BlockChain.InsertChain(blocks)
	inserted := len(blocks)
	if err != nil {
		inserted = min(max(n, 0), len(blocks)) // blocks before the failing one are in
	}
	if inserted > 0 {
		c.report(blocks[:inserted])
	}
	return n, err
}

func (h *Handler) reportInserted(blocks []*types.Block) {
	if h.onInserted != nil {
		h.onInserted(blocks)
	}
}
