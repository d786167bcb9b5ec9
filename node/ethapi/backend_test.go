package ethapi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/js"     // JavaScript tracers, unknown names
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/genesis"
)

// testEngine is a minimal consensus engine for these tests: difficulty-0
// headers (so Shanghai..Osaka rules apply), no seal, no rewards. The real
// QBFT engine lives in node/consensus/qbft.
type testEngine struct{}

var errTestEngine = errors.New("test engine: invalid header")

func (testEngine) Author(h *types.Header) (common.Address, error) { return h.Coinbase, nil }

func (testEngine) VerifyHeader(chain consensus.ChainHeaderReader, h *types.Header) error {
	if h.Number.Sign() == 0 {
		return nil
	}
	parent := chain.GetHeader(h.ParentHash, h.Number.Uint64()-1)
	if parent == nil {
		return consensus.ErrUnknownAncestor
	}
	if h.Time <= parent.Time || h.Difficulty.Sign() != 0 {
		return fmt.Errorf("%w: time %d after %d, difficulty %v", errTestEngine, h.Time, parent.Time, h.Difficulty)
	}
	return nil
}

func (e testEngine) VerifyHeaders(chain consensus.ChainHeaderReader, headers []*types.Header) (chan<- struct{}, <-chan error) {
	abort, results := make(chan struct{}), make(chan error, len(headers))
	go func() {
		for _, h := range headers {
			select {
			case <-abort:
				return
			case results <- e.VerifyHeader(chain, h):
			}
		}
	}()
	return abort, results
}

func (testEngine) VerifyUncles(_ consensus.ChainReader, b *types.Block) error {
	if len(b.Uncles()) > 0 {
		return fmt.Errorf("%w: uncles", errTestEngine)
	}
	return nil
}

func (testEngine) Prepare(_ consensus.ChainHeaderReader, h *types.Header) error {
	h.Difficulty = new(big.Int)
	return nil
}

func (testEngine) Finalize(consensus.ChainHeaderReader, *types.Header, vm.StateDB, *types.Body) {}

func (testEngine) Seal(_ consensus.ChainHeaderReader, b *types.Block, results chan<- *types.Block, _ <-chan struct{}) error {
	results <- b
	return nil
}

func (testEngine) SealHash(h *types.Header) common.Hash { return h.Hash() }

func (testEngine) CalcDifficulty(consensus.ChainHeaderReader, uint64, *types.Header) *big.Int {
	return new(big.Int)
}

func (testEngine) Close() error { return nil }

// testBackend implements Backend over a real chain, pool, miner and log
// index, as the node does.
type testBackend struct {
	db    ethdb.Database
	chain *core.BlockChain
	pool  *txpool.TxPool
	miner *miner.Miner
	fm    *filtermaps.FilterMaps
	free  bool
	peers int
}

var (
	errTestFinalized = errors.New("finalized block not found")
	errTestSafe      = errors.New("safe block not found")
)

func (b *testBackend) BlockChain() *core.BlockChain { return b.chain }
func (b *testBackend) TxPool() *txpool.TxPool       { return b.pool }

func (b *testBackend) ChainDb() ethdb.Database { return b.db }

func (b *testBackend) HeaderByNumber(_ context.Context, n rpc.BlockNumber) (*types.Header, error) {
	switch n {
	case rpc.PendingBlockNumber:
		if block, _, _ := b.miner.Pending(); block != nil {
			return block.Header(), nil
		}
		return b.chain.CurrentBlock(), nil
	case rpc.LatestBlockNumber:
		return b.chain.CurrentBlock(), nil
	case rpc.FinalizedBlockNumber:
		if h := b.chain.CurrentFinalBlock(); h != nil {
			return h, nil
		}
		return nil, errTestFinalized
	case rpc.SafeBlockNumber:
		if h := b.chain.CurrentSafeBlock(); h != nil {
			return h, nil
		}
		return nil, errTestSafe
	case rpc.EarliestBlockNumber:
		return b.chain.GetHeaderByNumber(0), nil
	}
	return b.chain.GetHeaderByNumber(uint64(n)), nil
}

func (b *testBackend) HeaderByHash(_ context.Context, hash common.Hash) (*types.Header, error) {
	return b.chain.GetHeaderByHash(hash), nil
}

func (b *testBackend) BlockByNumber(ctx context.Context, n rpc.BlockNumber) (*types.Block, error) {
	if n == rpc.PendingBlockNumber {
		if block, _, _ := b.miner.Pending(); block != nil {
			return block, nil
		}
		n = rpc.LatestBlockNumber
	}
	h, err := b.HeaderByNumber(ctx, n)
	if h == nil || err != nil {
		return nil, err
	}
	return b.chain.GetBlock(h.Hash(), h.Number.Uint64()), nil
}

func (b *testBackend) BlockByHash(_ context.Context, hash common.Hash) (*types.Block, error) {
	return b.chain.GetBlockByHash(hash), nil
}

func (b *testBackend) GetBody(_ context.Context, hash common.Hash, n rpc.BlockNumber) (*types.Body, error) {
	if body := b.chain.GetBody(hash); body != nil {
		return body, nil
	}
	return nil, fmt.Errorf("body of block %d %s not found", n, hash)
}

func (b *testBackend) GetReceipts(_ context.Context, hash common.Hash) (types.Receipts, error) {
	return b.chain.GetReceiptsByHash(hash), nil
}

func (b *testBackend) GetLogs(_ context.Context, hash common.Hash, number uint64) ([][]*types.Log, error) {
	return rawdb.ReadLogs(b.db, hash, number), nil
}

func (b *testBackend) CurrentHeader() *types.Header                 { return b.chain.CurrentHeader() }
func (b *testBackend) ChainConfig() *params.ChainConfig             { return b.chain.Config() }
func (b *testBackend) Engine() consensus.Engine                     { return b.chain.Engine() }
func (b *testBackend) ChainContext() core.ChainContext              { return b.chain }
func (b *testBackend) HistoryPruningCutoff() uint64                 { n, _ := b.chain.HistoryPruningCutoff(); return n }
func (b *testBackend) CurrentView() *filtermaps.ChainView           { return b.view(b.chain.CurrentBlock()) }
func (b *testBackend) NewMatcherBackend() filtermaps.MatcherBackend { return b.fm.NewMatcherBackend() }

func (b *testBackend) view(h *types.Header) *filtermaps.ChainView {
	return filtermaps.NewChainView(b.chain, h.Number.Uint64(), h.Hash())
}

func (b *testBackend) SubscribeNewTxsEvent(ch chan<- core.NewTxsEvent) event.Subscription {
	return b.pool.SubscribeTransactions(ch, true)
}
func (b *testBackend) SubscribeChainEvent(ch chan<- core.ChainEvent) event.Subscription {
	return b.chain.SubscribeChainEvent(ch)
}
func (b *testBackend) SubscribeRemovedLogsEvent(ch chan<- core.RemovedLogsEvent) event.Subscription {
	return b.chain.SubscribeRemovedLogsEvent(ch)
}
func (b *testBackend) SubscribeLogsEvent(ch chan<- []*types.Log) event.Subscription {
	return b.chain.SubscribeLogsEvent(ch)
}
func (b *testBackend) SubscribeChainHeadEvent(ch chan<- core.ChainHeadEvent) event.Subscription {
	return b.chain.SubscribeChainHeadEvent(ch)
}

func (b *testBackend) Pending() (*types.Block, types.Receipts, *state.StateDB) {
	return b.miner.Pending()
}

func (b *testBackend) StateAt(h *types.Header) (*state.StateDB, error) {
	return b.chain.StateAt(h.Root, h.Number, h.Time)
}

func (b *testBackend) GetCanonicalTransaction(hash common.Hash) (bool, *types.Transaction, common.Hash, uint64, uint64) {
	entry, tx := b.chain.GetCanonicalTransaction(hash)
	if tx == nil {
		return false, nil, common.Hash{}, 0, 0
	}
	return true, tx, entry.BlockHash, entry.BlockIndex, entry.Index
}

func (b *testBackend) TxIndexDone() bool { return b.chain.TxIndexDone() }

func (b *testBackend) SendTx(_ context.Context, tx *types.Transaction) error {
	return b.pool.Add([]*types.Transaction{tx}, true)[0]
}

func (b *testBackend) GetPoolNonce(_ context.Context, addr common.Address) (uint64, error) {
	return b.pool.PoolNonce(addr), nil
}

func (b *testBackend) GetPoolTransaction(hash common.Hash) *types.Transaction {
	return b.pool.Get(hash)
}

func (b *testBackend) RPCGasCap() uint64            { return 50_000_000 }
func (b *testBackend) RPCEVMTimeout() time.Duration { return 5 * time.Second }
func (b *testBackend) RPCTxFeeCap() float64         { return 1 }
func (b *testBackend) FreeFees() bool               { return b.free }
func (b *testBackend) PeerCount() int               { return b.peers }

func (b *testBackend) TxPoolContent() (map[common.Address][]*types.Transaction, map[common.Address][]*types.Transaction) {
	return b.pool.Content()
}

func (b *testBackend) TxPoolContentFrom(addr common.Address) ([]*types.Transaction, []*types.Transaction) {
	return b.pool.ContentFrom(addr)
}

func (b *testBackend) Stats() (int, int) { return b.pool.Stats() }

// StateAtBlock implements tracers.Backend for states the chain holds (the
// node's version also re-executes missing ones).
func (b *testBackend) StateAtBlock(_ context.Context, block *types.Block, _ *state.StateDB, _, _ bool) (*state.StateDB, tracers.StateReleaseFunc, error) {
	st, err := b.chain.StateAt(block.Root(), block.Number(), block.Time())
	if err != nil {
		return nil, nil, err
	}
	return st, func() {}, nil
}

// StateAtTransaction implements tracers.Backend: the parent's state after
// the block's system calls and its transactions before txIndex.
func (b *testBackend) StateAtTransaction(ctx context.Context, block *types.Block, txIndex int) (*types.Transaction, vm.BlockContext, *state.StateDB, tracers.StateReleaseFunc, error) {
	parent := b.chain.GetBlock(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, vm.BlockContext{}, nil, nil, fmt.Errorf("parent of block %d not found", block.NumberU64())
	}
	st, release, err := b.StateAtBlock(ctx, parent, nil, true, false)
	if err != nil {
		return nil, vm.BlockContext{}, nil, nil, err
	}
	config := b.chain.Config()
	bctx := core.NewEVMBlockContext(block.Header(), b.chain, nil)
	evm := vm.NewEVM(bctx, st, config, vm.Config{})
	defer evm.Release()
	core.PreExecution(ctx, block.BeaconRoot(), parent.Header(), config, evm, block.Number(), block.Time())
	txs := block.Transactions()
	if txIndex >= len(txs) {
		return nil, vm.BlockContext{}, nil, nil, fmt.Errorf("transaction index %d out of range", txIndex)
	}
	signer := types.MakeSigner(config, block.Number(), block.Time())
	for i, tx := range txs[:txIndex] {
		msg, err := core.TransactionToMessage(tx, signer, block.BaseFee())
		if err != nil {
			return nil, vm.BlockContext{}, nil, nil, err
		}
		st.SetTxContext(tx.Hash(), i, uint32(i+1))
		if _, err := core.ApplyMessage(evm, msg, core.NewGasPool(block.GasLimit())); err != nil {
			return nil, vm.BlockContext{}, nil, nil, err
		}
		st.Finalise(evm.GetRules())
	}
	return txs[txIndex], bctx, st, release, nil
}

var (
	_ Backend         = (*testBackend)(nil)
	_ tracers.Backend = (*testBackend)(nil)
)

// Test accounts and contracts.
var (
	richKey, _  = crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	richAddr    = crypto.PubkeyToAddress(richKey.PublicKey)
	poorKey, _  = crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	poorAddr    = crypto.PubkeyToAddress(poorKey.PublicKey)
	coinbase    = common.HexToAddress("0x00000000000000000000000000000000c0ffee00")
	reverter    = common.HexToAddress("0x000000000000000000000000000000000000beef")
	proxy       = common.HexToAddress("0x000000000000000000000000000000000000cafe")
	logTopic    = crypto.Keccak256Hash([]byte("Logged(bytes)"))
	revertData  = encodeErrorString("boom")
	richBalance = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
)

// encodeErrorString ABI-encodes Error(string), as Solidity's require does.
func encodeErrorString(reason string) []byte {
	out := common.FromHex("0x08c379a0")
	out = append(out, common.LeftPadBytes([]byte{0x20}, 32)...)
	out = append(out, common.LeftPadBytes(big.NewInt(int64(len(reason))).Bytes(), 32)...)
	return append(out, common.RightPadBytes([]byte(reason), 32)...)
}

// revertingCode is runtime code that reverts with data: CODECOPY the data
// appended after the 12-byte prologue, then REVERT.
func revertingCode(data []byte) []byte {
	n := byte(len(data))
	code := []byte{
		byte(vm.PUSH1), n, byte(vm.PUSH1), 12, byte(vm.PUSH1), 0, byte(vm.CODECOPY),
		byte(vm.PUSH1), n, byte(vm.PUSH1), 0, byte(vm.REVERT),
	}
	return append(code, data...)
}

// loggerRuntime emits LOG1(logTopic, calldata).
func loggerRuntime() []byte {
	code := []byte{byte(vm.CALLDATASIZE), byte(vm.PUSH1), 0, byte(vm.PUSH1), 0, byte(vm.CALLDATACOPY), byte(vm.PUSH32)}
	code = append(code, logTopic[:]...)
	return append(code, byte(vm.CALLDATASIZE), byte(vm.PUSH1), 0, byte(vm.LOG1), byte(vm.STOP))
}

// loggerInitCode stores 42 at slot 1 and deploys loggerRuntime.
func loggerInitCode() []byte {
	runtime := loggerRuntime()
	code := []byte{byte(vm.PUSH1), 42, byte(vm.PUSH1), 1, byte(vm.SSTORE)}
	prologue := 11
	offset := byte(len(code) + prologue)
	code = append(code,
		byte(vm.PUSH1), byte(len(runtime)), byte(vm.DUP1), byte(vm.PUSH1), offset, byte(vm.PUSH1), 0, byte(vm.CODECOPY),
		byte(vm.PUSH1), 0, byte(vm.RETURN))
	return append(code, runtime...)
}

// proxyCode touches reverter with EXTCODESIZE (for eth_createAccessList).
func proxyCode() []byte {
	code := []byte{byte(vm.PUSH20)}
	code = append(code, reverter[:]...)
	return append(code, byte(vm.EXTCODESIZE), byte(vm.POP), byte(vm.STOP))
}

// testNode is a chain with RPC served in process.
type testNode struct {
	t       *testing.T
	backend *testBackend
	rpc     *rpc.Client
	client  *ethclient.Client
	signer  types.Signer
}

func newTestNode(t *testing.T, free bool) *testNode {
	t.Helper()
	return newTestNodeWith(t, free, Options{})
}

// newTestNodeWith is newTestNode with options (the client version is set
// here); go-ethereum's tracing API is registered too.
func newTestNodeWith(t *testing.T, free bool, opts Options) *testNode {
	t.Helper()
	config := genesis.ChainConfig(genesis.DevChainID)
	alloc := core.SystemContractAllocs()
	alloc[richAddr] = types.Account{Balance: richBalance}
	alloc[reverter] = types.Account{Code: revertingCode(revertData)}
	alloc[proxy] = types.Account{Code: proxyCode()}
	gspec := &core.Genesis{
		Config:     config,
		GasLimit:   30_000_000,
		Difficulty: new(big.Int),
		Alloc:      alloc,
	}
	tip := big.NewInt(params.GWei)
	if free {
		gspec.BaseFee = new(big.Int)
		tip = new(big.Int)
	}
	db := rawdb.NewMemoryDatabase()
	cfg := core.DefaultConfig().WithStateScheme(rawdb.PathScheme)
	cfg.TxLookupLimit = 0
	cfg.SnapshotWait = false
	cfg.SlowBlockThreshold = -1
	chain, err := core.NewBlockChain(db, gspec, testEngine{}, cfg)
	if err != nil {
		t.Fatalf("creating chain: %v", err)
	}
	lp := legacypool.New(legacypool.DefaultConfig, chain)
	pool, err := txpool.New(tip.Uint64(), chain, []txpool.SubPool{lp})
	if err != nil {
		t.Fatalf("creating pool: %v", err)
	}
	b := &testBackend{db: db, chain: chain, pool: pool, free: free, peers: 3}
	b.miner = miner.New(b, miner.Config{
		PendingFeeRecipient: coinbase,
		GasCeil:             30_000_000,
		GasPrice:            tip,
		Recommit:            time.Second,
	}, testEngine{})
	head := chain.CurrentBlock()
	b.fm, err = filtermaps.NewFilterMaps(db, b.view(head), 0, 0, filtermaps.DefaultParams, filtermaps.Config{})
	if err != nil {
		t.Fatalf("creating log index: %v", err)
	}
	b.fm.Start()
	stopIndexer := driveFilterMaps(b)

	srv := rpc.NewServer()
	opts.ClientVersion = "xiang/v0.1.0-test/linux-amd64/go1.26.8"
	apis, _ := APIs(b, opts)
	apis = append(apis, tracers.APIs(b)...)
	for _, api := range apis {
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			t.Fatalf("registering %s: %v", api.Namespace, err)
		}
	}
	client := rpc.DialInProc(srv)
	t.Cleanup(func() {
		client.Close()
		srv.Stop()
		stopIndexer()
		b.fm.Stop()
		pool.Close()
		chain.Stop()
	})
	return &testNode{t: t, backend: b, rpc: client, client: ethclient.NewClient(client), signer: types.LatestSigner(config)}
}

// driveFilterMaps does what the node must do for the log index: follow
// the head and block processing. It returns a stop function.
func driveFilterMaps(b *testBackend) func() {
	heads := make(chan core.ChainEvent, 16)
	procs := make(chan bool, 16)
	headSub := b.chain.SubscribeChainEvent(heads)
	procSub := b.chain.SubscribeBlockProcessingEvent(procs)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		defer headSub.Unsubscribe()
		defer procSub.Unsubscribe()
		for {
			select {
			case ev := <-heads:
				b.fm.SetTarget(b.view(ev.Header), b.HistoryPruningCutoff(), 0)
			case p := <-procs:
				b.fm.SetBlockProcessing(p)
			case <-quit:
				return
			}
		}
	}()
	return func() { close(quit); <-done }
}

// mine builds one block from the pool's pending transactions with
// go-ethereum's miner and makes it the head.
func (n *testNode) mine() *types.Block {
	n.t.Helper()
	parent := n.backend.chain.CurrentBlock()
	block, _, err := n.backend.miner.BuildTestingPayload(&miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    parent.Time + 1,
		FeeRecipient: coinbase,
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &common.Hash{},
	}, nil, false, nil)
	if err != nil {
		n.t.Fatalf("building block %d: %v", parent.Number.Uint64()+1, err)
	}
	if _, err := n.backend.chain.InsertChain(types.Blocks{block}); err != nil {
		n.t.Fatalf("inserting block %d: %v", block.NumberU64(), err)
	}
	if err := n.backend.pool.Sync(); err != nil {
		n.t.Fatalf("syncing pool: %v", err)
	}
	// go-ethereum indexes the block's transactions in the background; until
	// it has, lookups answer "transaction indexing is in progress".
	for deadline := time.Now().Add(10 * time.Second); !n.backend.chain.TxIndexDone(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			n.t.Fatalf("transactions of block %d never indexed", block.NumberU64())
		}
	}
	return block
}

// signTx signs a dynamic-fee transaction; to nil creates a contract.
func (n *testNode) signTx(key *ecdsa.PrivateKey, nonce uint64, to *common.Address, value *big.Int, gas uint64, feeCap, tip *big.Int, data []byte) *types.Transaction {
	n.t.Helper()
	tx, err := types.SignNewTx(key, n.signer, &types.DynamicFeeTx{
		ChainID:   n.signer.ChainID(),
		Nonce:     nonce,
		To:        to,
		Value:     value,
		Gas:       gas,
		GasFeeCap: feeCap,
		GasTipCap: tip,
		Data:      data,
	})
	if err != nil {
		n.t.Fatalf("signing: %v", err)
	}
	return tx
}
