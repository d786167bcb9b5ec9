package node

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/txpool/locals"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/ethsync"
)

// Version is the node's version, reported by web3_clientVersion.
const Version = "0.1.0"

// Config is everything needed to assemble a node.
type Config struct {
	// DataDir holds the database; empty means an in-memory node (tests).
	DataDir string
	// Genesis initialises an empty database. With a database that is already
	// initialised it may be nil; if set it must match the stored genesis.
	Genesis *genesis.Genesis
	// Key is the validator key; nil runs a non-validating node.
	Key qbft.ValidatorKey

	HTTPHost string // empty disables HTTP RPC
	HTTPPort int
	WSHost   string // empty disables WebSocket RPC
	WSPort   int
	CORS     []string
	VHosts   []string
	// HTTPModules and WSModules are the namespaces served over HTTP and
	// WebSocket; nil means DefaultModules. admin and debug are opt-in.
	HTTPModules []string
	WSModules   []string
	// IPCPath is the IPC endpoint, relative to DataDir unless absolute;
	// empty means DefaultIPCName in the data directory ("-" disables IPC).
	// IPC serves every namespace, admin and debug included.
	IPCPath string

	// LogRangeLimit and MaxLogs bound one eth_getLogs: its block range and
	// the logs it returns (0: DefaultLogRangeLimit, DefaultMaxLogs).
	LogRangeLimit uint64
	MaxLogs       int

	// UnlockedKeys are accounts the node signs for over RPC (eth_accounts,
	// eth_sendTransaction, eth_sign…). Only `xiang dev` sets them.
	UnlockedKeys []*ecdsa.PrivateKey

	// TestChain runs the node read-only over an Ethereum test chain with
	// PoW/PoS history (DESIGN.md deviation for RPC conformance): the engine
	// is go-ethereum's beacon engine over an ethash faker, no blocks are
	// produced, there is no p2p, and the head is final. TestGenesis
	// initialises an empty data directory.
	TestChain   bool
	TestGenesis *core.Genesis

	P2PListenAddr string // empty disables listening
	NodeKey       *ecdsa.PrivateKey
	StaticNodes   []*enode.Node
	MaxPeers      int
	// AllowListFile makes the network permissioned (DESIGN.md §6): a JSON
	// array of enode URLs; peers missing from it are refused at the
	// handshake. perm_ RPC calls edit it. Empty: any node may connect.
	AllowListFile string

	TxPool genesis.TxPoolConfig

	// MetricsAddr serves Prometheus metrics at http://MetricsAddr/metrics
	// (host:port); empty disables them.
	MetricsAddr string
	// Pprof adds Go's profiles (net/http/pprof, /debug/pprof/) to the
	// metrics endpoint, for diagnosing a node under load.
	Pprof bool

	// Now is the clock; nil means time.Now. Benchmarks drive it.
	Now func() time.Time

	// MaxStateLag is how many blocks the state on disk may lag behind the
	// head before the node writes it out; 0 means DefaultMaxStateLag.
	MaxStateLag uint64
}

// Node is a running (or stopped) Xiangchain node.
type Node struct {
	cfg   Config
	stack *gethnode.Node
	db    ethdb.Database

	spec        *genesis.Genesis
	chainConfig *ChainParams
	chain       *core.BlockChain
	engine      *qbft.Engine     // nil in test-chain mode
	chainEngine consensus.Engine // engine of the chain and miner
	certs       *certStore
	pool        *txpool.TxPool
	miner       *miner.Miner
	filterMaps  *filtermaps.FilterMaps
	fmStop      chan struct{}
	fmDone      chan struct{}

	locals    *locals.TxTracker
	fresh     *freshSenders
	consensus *driver
	net       *network
	eth       *ethsync.Handler // nil on a test chain or without the head's state
	allow     *allowlist       // nil on an open network
	stats     *consensusStats
	metrics   *metricsServer
	started   bool
}

// ChainParams is what the node derived from genesis.
type ChainParams struct {
	ChainID     *big.Int
	GenesisHash common.Hash
	QBFT        qbft.Config
	FeeProfile  string
	GasLimit    uint64
}

// DefaultModules are the namespaces served over HTTP and WebSocket unless
// the config names others. admin (peer management) and debug (tracing,
// raw data) are served on IPC and must be listed explicitly for HTTP/WS.
func DefaultModules() []string { return []string{"eth", "net", "web3", "txpool", "qbft"} }

// Defaults of the eth_getLogs limits (go-ethereum has none; public
// providers cap ranges and results likewise).
const (
	DefaultLogRangeLimit = 50_000
	DefaultMaxLogs       = 10_000
)

// DefaultIPCName is the IPC socket's file name in the data directory.
const DefaultIPCName = "xiang.ipc"

// maxIPCPath is the longest unix socket path the kernel accepts, less
// the terminating NUL.
const maxIPCPath = 103

// orModules returns m, or DefaultModules plus personal (personal_sign) on a
// node with unlocked dev keys.
func orModules(m []string, unlocked []*ecdsa.PrivateKey) []string {
	if len(m) > 0 {
		return m
	}
	if len(unlocked) > 0 {
		return append(DefaultModules(), "personal")
	}
	return DefaultModules()
}

// ipcPath resolves the IPC endpoint: none for in-memory nodes, "-" or a
// path too long for a unix socket (logged).
func ipcPath(cfg Config) string {
	if cfg.DataDir == "" || cfg.IPCPath == "-" {
		return ""
	}
	p := cfg.IPCPath
	if p == "" {
		p = DefaultIPCName
	}
	if !filepath.IsAbs(p) {
		abs, err := filepath.Abs(filepath.Join(cfg.DataDir, p))
		if err != nil {
			return ""
		}
		p = abs
	}
	if len(p) > maxIPCPath {
		log.Warn("IPC disabled: socket path too long", "path", p, "max", maxIPCPath)
		return ""
	}
	return p
}

// New assembles a node. Nothing runs until Start.
func New(cfg Config) (*Node, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxStateLag == 0 {
		cfg.MaxStateLag = DefaultMaxStateLag
	}
	stackCfg := &gethnode.Config{
		Name:                 "xiang",
		Version:              Version,
		DataDir:              cfg.DataDir,
		HTTPHost:             cfg.HTTPHost,
		HTTPPort:             cfg.HTTPPort,
		HTTPCors:             cfg.CORS,
		HTTPVirtualHosts:     cfg.VHosts,
		HTTPModules:          orModules(cfg.HTTPModules, cfg.UnlockedKeys),
		HTTPTimeouts:         gethnode.DefaultConfig.HTTPTimeouts,
		WSHost:               cfg.WSHost,
		WSPort:               cfg.WSPort,
		WSOrigins:            cfg.CORS,
		WSModules:            orModules(cfg.WSModules, cfg.UnlockedKeys),
		IPCPath:              ipcPath(cfg),
		BatchRequestLimit:    gethnode.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: gethnode.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        gethnode.DefaultConfig.HTTPBodyLimit,
		DBEngine:             "pebble",
		P2P: p2p.Config{
			PrivateKey:  cfg.NodeKey,
			ListenAddr:  cfg.P2PListenAddr,
			MaxPeers:    cfg.MaxPeers,
			NoDiscovery: true,
			StaticNodes: cfg.StaticNodes,
		},
	}
	if len(stackCfg.HTTPVirtualHosts) == 0 {
		stackCfg.HTTPVirtualHosts = []string{"localhost"}
	}
	stack, err := gethnode.New(stackCfg)
	if err != nil {
		return nil, fmt.Errorf("creating node: %w", err)
	}
	n := &Node{cfg: cfg, stack: stack}
	if cfg.AllowListFile != "" {
		if n.allow, err = loadAllowlist(cfg.AllowListFile); err != nil {
			stack.Close()
			return nil, err
		}
		for _, sn := range cfg.StaticNodes {
			if !n.allow.allowed(sn.ID()) {
				log.Warn("Static node is not on the allowlist: it will be refused", "node", sn.URLv4())
			}
		}
	}
	if err := n.assemble(); err != nil {
		n.closeParts()
		stack.Close()
		return nil, err
	}
	stack.RegisterLifecycle(n)
	if n.locals != nil {
		stack.RegisterLifecycle(n.locals) // stops first: it writes its journal while the pool is up
	}
	return n, nil
}

// assemble opens the database and builds the chain, pool, producer and RPC.
func (n *Node) assemble() error {
	db, err := n.stack.OpenDatabaseWithOptions("chaindata", gethnode.DatabaseOptions{
		AncientsDirectory: n.stack.ResolvePath("chaindata/ancient"),
		Cache:             512,
		Handles:           512,
	})
	if err != nil {
		return fmt.Errorf("opening database: %w", err)
	}
	n.db = db
	n.stats = newConsensusStats()
	if n.certs, err = newCertStore(db); err != nil {
		return err
	}
	var coreGenesis *core.Genesis
	if n.cfg.TestChain {
		if coreGenesis, err = n.openTestChain(); err != nil {
			return err
		}
	} else {
		if has, _ := db.Has(testGenesisKey); has {
			return fmt.Errorf("%w: it holds an imported test chain; open it with --test-chain", ErrTestChainMode)
		}
		if n.spec, err = loadOrStoreGenesis(db, n.cfg.Genesis); err != nil {
			return err
		}
		q := n.spec.QBFT.WithDefaults()
		n.chainConfig = &ChainParams{
			ChainID:    n.spec.Core.Config.ChainID,
			QBFT:       q,
			FeeProfile: n.spec.Xiang.FeeProfile,
			GasLimit:   n.spec.Core.GasLimit,
		}
		n.engine = qbft.New(qbft.Options{
			Config:     q,
			ChainID:    n.chainConfig.ChainID,
			FeeProfile: n.chainConfig.FeeProfile,
			Certs:      n.certs,
			Now:        n.cfg.Now,
			Contracts:  qbft.NewStateCaller(n.spec.Core.Config, n.stateAfter),
		})
		n.chainEngine = n.engine
		coreGenesis = n.spec.Core
	}
	if v := rawdb.ReadDatabaseVersion(db); v == nil {
		rawdb.WriteDatabaseVersion(db, core.BlockChainVersion)
	}
	scheme, err := rawdb.ParseStateScheme(rawdb.PathScheme, db)
	if err != nil {
		return fmt.Errorf("state scheme: %w", err)
	}
	bcCfg := core.DefaultConfig()
	bcCfg.StateScheme = scheme
	bcCfg.TxLookupLimit = 0 // index every transaction
	bcCfg.SnapshotWait = false
	bcCfg.SlowBlockThreshold = -1
	bcCfg.TrieCleanLimit = 256
	bcCfg.TrieDirtyLimit = 256
	if n.cfg.DataDir != "" {
		bcCfg.TrieJournalDirectory = n.stack.ResolvePath("triedb")
	}
	n.chain, err = core.NewBlockChain(db, coreGenesis, n.chainEngine, bcCfg)
	if err != nil {
		return fmt.Errorf("opening chain: %w", err)
	}
	n.chainConfig.GenesisHash = n.chain.Genesis().Hash()
	if err := n.recover(); err != nil {
		return err
	}

	free := n.chainConfig.FeeProfile == genesis.FeesFree
	poolCfg := legacypool.DefaultConfig
	poolCfg.Journal = ""
	poolCfg.NoLocals = true
	// go-ethereum's defaults size the pool for 30M-gas blocks every 12 s;
	// a 100M-gas block every second holds about 4,700 transfers, so the
	// pool keeps a few blocks' worth unless the config says otherwise.
	orDefault := func(v, def uint64) uint64 {
		if v != 0 {
			return v
		}
		return def
	}
	poolCfg.AccountSlots = orDefault(n.cfg.TxPool.AccountSlots, defaultAccountSlots)
	poolCfg.GlobalSlots = orDefault(n.cfg.TxPool.GlobalSlots, defaultGlobalSlots)
	poolCfg.AccountQueue = orDefault(n.cfg.TxPool.AccountQueue, defaultAccountQueue)
	poolCfg.GlobalQueue = orDefault(n.cfg.TxPool.GlobalQueue, defaultGlobalQueue)
	minTip := uint64(0)
	if !free {
		minTip = legacypool.DefaultConfig.PriceLimit
	}
	lp := legacypool.New(poolCfg, n.chain)
	if n.pool, err = txpool.New(minTip, n.chain, []txpool.SubPool{lp}); err != nil {
		return fmt.Errorf("creating transaction pool: %w", err)
	}
	if n.cfg.DataDir != "" {
		// Transactions submitted over RPC are journalled and resubmitted
		// after a restart until they are included.
		n.locals = locals.New(n.stack.ResolvePath("transactions.rlp"), time.Minute, n.chain.Config(), n.pool)
	}
	minerCfg := miner.DefaultConfig
	minerCfg.GasCeil = n.chainConfig.GasLimit
	minerCfg.GasPrice = new(big.Int).SetUint64(minTip)
	if period := n.chainConfig.QBFT.BlockPeriodSeconds; period > 0 {
		minerCfg.Recommit = time.Duration(period) * time.Second
	}
	if n.cfg.Key != nil {
		minerCfg.PendingFeeRecipient = n.cfg.Key.Address()
	}
	n.miner = miner.New(minerBackend{n.chain, n.pool}, minerCfg, n.chainEngine)

	if err := n.openFilterMaps(scheme == rawdb.HashScheme); err != nil {
		return err
	}
	if !n.cfg.TestChain {
		n.consensus = newDriver(n)
		n.fresh = newFreshSenders(n, poolCfg.AccountSlots, poolCfg.GlobalSlots)
		n.net = newNetwork(n)
		if err := n.openEthSync(); err != nil {
			return err
		}
		protocols := n.net.protocols()
		if n.eth != nil {
			protocols = append(protocols, n.eth.Protocols()...)
		}
		n.stack.RegisterProtocols(protocols)
	}
	n.stack.RegisterAPIs(n.apis())
	return nil
}

// Transaction pool admission defaults (config.toml [TxPool] overrides them).
const (
	defaultAccountSlots = 64     // executable transactions per account
	defaultGlobalSlots  = 20_480 // executable transactions in all
	defaultAccountQueue = 256    // future (gapped) transactions per account
	defaultGlobalQueue  = 4_096  // future transactions in all
)

// minerBackend is what go-ethereum's miner needs.
type minerBackend struct {
	chain *core.BlockChain
	pool  *txpool.TxPool
}

func (b minerBackend) BlockChain() *core.BlockChain { return b.chain }
func (b minerBackend) TxPool() *txpool.TxPool       { return b.pool }

// ErrGenesisMismatch is returned when a data directory holds another chain
// than the genesis given.
var ErrGenesisMismatch = errors.New("genesis mismatch")

// loadOrStoreGenesis returns the genesis the database was initialised with,
// storing the given one on first use and refusing a different one later.
func loadOrStoreGenesis(db ethdb.Database, given *genesis.Genesis) (*genesis.Genesis, error) {
	stored, err := db.Get(genesisSpecKey)
	if err != nil || len(stored) == 0 {
		if given == nil {
			return nil, errors.New("database is not initialised and no genesis was given")
		}
		if err := given.Validate(); err != nil {
			return nil, err
		}
		b, err := json.Marshal(given)
		if err != nil {
			return nil, fmt.Errorf("encoding genesis: %w", err)
		}
		if err := db.Put(genesisSpecKey, b); err != nil {
			return nil, fmt.Errorf("storing genesis: %w", err)
		}
		return given, nil
	}
	spec := new(genesis.Genesis)
	if err := json.Unmarshal(stored, spec); err != nil {
		return nil, fmt.Errorf("stored genesis: %w", err)
	}
	if given != nil {
		if have, want := spec.Core.ToBlock().Hash(), given.Core.ToBlock().Hash(); have != want {
			return nil, fmt.Errorf("%w: database has %x, config gives %x", ErrGenesisMismatch, have, want)
		}
	}
	return spec, nil
}

// stateWait bounds how long contract-mode header verification waits for the
// state after a block's parent (see stateAfter).
const stateWait = 10 * time.Second

// stateAfter opens the state after header, for the validator contract
// (contract mode: V(N+1), listed in header N, is getValidators() on the
// state after N−1). go-ethereum verifies a batch's headers ahead of
// executing its blocks, so when the state is not there yet it waits — for
// the block before to be executed — up to stateWait.
func (n *Node) stateAfter(header *types.Header) (*state.StateDB, error) {
	if n.chain == nil { // core.NewBlockChain checking its head at start-up
		return nil, errors.New("chain not open yet")
	}
	deadline := time.Now().Add(stateWait)
	for !n.chain.HasState(header.Root) {
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("state of block %d not available after %v", header.Number, stateWait)
		}
		time.Sleep(2 * time.Millisecond)
	}
	return n.chain.StateAt(header.Root, header.Number, header.Time)
}

// recover is the start-up recovery of DESIGN.md §2: after a crash go-ethereum
// rewinds the head to the last block whose state was persisted, but blocks
// and certificates are stored, so the head returns to the highest certified
// block (re-executing the blocks whose state was lost) before consensus or
// RPC start.
//
// go-ethereum's own finalized marker is deliberately never set: its freezer
// moves every block at or below that marker into the ancient store at once,
// and its crash repair truncates the ancient store down to the last persisted
// state — which would delete committed blocks. Finality is answered from the
// certificate store instead (rpcBackend, finalHeader).
func (n *Node) recover() error {
	num, hash := n.certs.Head()
	if hash == (common.Hash{}) {
		return nil
	}
	block := n.chain.GetBlock(hash, num)
	if block == nil {
		return fmt.Errorf("certified block %d (%x) is missing from the database", num, hash)
	}
	head := n.chain.CurrentBlock()
	if head.Hash() == hash || (head.Number.Uint64() > num && n.chain.GetCanonicalHash(num) == hash) {
		// At the certified head, or above it on the same chain with blocks
		// imported without certificates (xiang import): nothing to restore.
		return nil
	}
	log.Info("Restoring certified head", "number", num, "hash", hash, "was", head.Number)
	if _, err := n.chain.SetCanonical(block); err != nil {
		return fmt.Errorf("restoring certified head %d: %w", num, err)
	}
	return nil
}

// finalHeader is the highest block with a verified certificate: the
// `finalized` and `safe` block. Nil before block 1 is committed.
func (n *Node) finalHeader() *types.Header {
	if n.cfg.TestChain {
		return n.chain.CurrentHeader()
	}
	num, hash := n.certs.Head()
	if hash == (common.Hash{}) {
		return nil
	}
	return n.chain.GetHeader(hash, num)
}

// commit makes a certified block head: the certificate is written durably
// first (with every block write before it), then the block becomes head. The
// block must already be stored (InsertBlockWithoutSetHead).
func (n *Node) commit(block *types.Block, cert *qbft.CommitCertificate) error {
	if !n.chain.HasBlock(block.Hash(), block.NumberU64()) {
		return fmt.Errorf("commit of block %d (%x) that is not stored", block.NumberU64(), block.Hash())
	}
	if err := n.certs.Put(block.NumberU64(), block.Hash(), cert, n.cfg.DataDir != ""); err != nil {
		return err
	}
	if _, err := n.chain.SetCanonical(block); err != nil {
		return fmt.Errorf("setting head to block %d: %w", block.NumberU64(), err)
	}
	n.noteCommit(block, cert)
	if persisted := rawdb.ReadPersistentStateID(n.db); n.cfg.DataDir != "" && block.NumberU64() >= persisted+n.cfg.MaxStateLag {
		n.flushState(block)
	}
	return nil
}

// DefaultMaxStateLag bounds how far (in blocks) the state on disk may lag
// behind the head. go-ethereum's path scheme writes state out only when its
// buffer fills, which on a quiet chain may take days; after a crash the node
// re-executes every block since the state on disk, and go-ethereum's repair
// would truncate any blocks it had already moved to the ancient store
// (everything more than 90,000 blocks behind the head) — so the lag must stay
// well below that. Busy chains fill the buffer and stay far below the bound.
// Writing out state drops the in-memory diff layers, so for a moment only the
// head's state is served: keep the bound large.
const DefaultMaxStateLag = 8192

func (n *Node) flushState(block *types.Block) {
	start := time.Now()
	if err := n.chain.TrieDB().Commit(block.Root(), false); err != nil {
		log.Warn("Flushing state to disk failed", "number", block.NumberU64(), "err", err)
		return
	}
	log.Info("Flushed state to disk", "number", block.NumberU64(), "elapsed", time.Since(start))
}

// Start implements node.Lifecycle: it starts the log index and consensus.
func (n *Node) Start() error {
	n.startFilterMaps()
	if n.cfg.TestChain {
		return nil
	}
	if err := n.startMetrics(); err != nil {
		return err
	}
	n.fresh.start()
	if n.eth != nil {
		n.eth.Start()
	}
	n.net.start()
	return n.consensus.start()
}

// Stop implements node.Lifecycle.
func (n *Node) Stop() error {
	if n.consensus != nil {
		n.consensus.stop()
	}
	n.stopMetrics()
	if n.net != nil {
		n.net.stop()
	}
	if n.eth != nil {
		n.eth.Stop()
		n.eth = nil
	}
	if n.fresh != nil {
		n.fresh.stop()
	}
	n.stopFilterMaps()
	n.closeParts()
	return nil
}

func (n *Node) closeParts() {
	if n.pool != nil {
		n.pool.Close()
		n.pool = nil
	}
	if n.chain != nil {
		n.chain.Stop()
		n.chain = nil
	}
}

// Run starts the node's services (RPC, p2p, consensus).
func (n *Node) Run() error {
	if err := n.stack.Start(); err != nil {
		return fmt.Errorf("starting node: %w", err)
	}
	n.started = true
	return nil
}

// Close stops everything and closes the database. A node that was never
// started (export, import) still stops its chain cleanly, so the state kept
// in memory is written out.
func (n *Node) Close() error {
	if !n.started {
		n.Stop()
	}
	return n.stack.Close()
}

// Wait blocks until the node is closed.
func (n *Node) Wait() { n.stack.Wait() }

// Chain exposes the blockchain (tests, export/import, bench).
func (n *Node) Chain() *core.BlockChain { return n.chain }

// TxPool exposes the transaction pool.
func (n *Node) TxPool() *txpool.TxPool { return n.pool }

// Params returns what the node derived from genesis.
func (n *Node) Params() ChainParams { return *n.chainConfig }

// HTTPEndpoint returns the HTTP RPC URL ("" if disabled).
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// WSEndpoint returns the WebSocket RPC URL ("" if disabled).
func (n *Node) WSEndpoint() string { return n.stack.WSEndpoint() }
