package qbftgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Errors returned by Generate.
var (
	// ErrNotQBFT is returned for a genesis without config.qbft or without a chain config.
	ErrNotQBFT = errors.New("qbftgen: genesis is not a QBFT genesis")
	// ErrBlockCount is returned for a negative block count.
	ErrBlockCount = errors.New("qbftgen: negative block count")
	// ErrTimestamp is returned when the requested start time or period puts a
	// block closer to its parent than the block period of config.qbft.
	ErrTimestamp = errors.New("qbftgen: block timestamp closer to its parent than the block period")
	// ErrNotEnoughKeys is returned when the keys given cover fewer than a
	// quorum of a block's validators, so its certificate cannot be signed.
	ErrNotEnoughKeys = errors.New("qbftgen: keys for fewer than a quorum of validators")
	// ErrVoteNotCast is returned when a requested vote would be invalid at its
	// height (an epoch block, or a vote that would not change the set).
	ErrVoteNotCast = errors.New("qbftgen: vote cannot be cast")
)

// Options shapes a generated chain. The zero value gives empty blocks, one
// block period apart starting one period after the genesis, with no votes.
type Options struct {
	// Start is the timestamp of block 1 (seconds); 0 means the genesis
	// timestamp plus the block period of block 1. To follow a generated chain
	// live, date the genesis at least blocks × period seconds in the past:
	// the engine refuses blocks more than a second ahead of the clock.
	Start uint64
	// Period is the time between consecutive blocks (seconds); 0 means the
	// block period config.qbft sets for each block. It may not be shorter.
	// emptyblockperiodseconds is not applied: timestamps are fixed before the
	// transactions are known (and no verifier enforces it).
	Period uint64
	// Votes holds, by block number, the vote the proposer of that block casts.
	Votes map[uint64]qbft.Vote
	// Gen, if set, is called for every block (i counts from 0, block i+1) to
	// add transactions, like core.GenerateChain's callback. Its error stops
	// generation.
	Gen func(i int, b *BlockGen) error
}

// Chain is a generated chain.
type Chain struct {
	// Genesis is the genesis block the chain starts from.
	Genesis *types.Block
	// Blocks are blocks 1..n. Block N+1 carries the certificate of block N.
	Blocks []*types.Block
	// Receipts are the receipts of each block, fields derived.
	Receipts []types.Receipts
	// Certificate is the commit certificate of the last block (nil for an
	// empty chain), which no block carries.
	Certificate *qbft.CommitCertificate
}

// Head returns the last block, or the genesis for an empty chain.
func (c *Chain) Head() *types.Block {
	if len(c.Blocks) == 0 {
		return c.Genesis
	}
	return c.Blocks[len(c.Blocks)-1]
}

// CertificateOf returns the commit certificate of block number: the one its
// child carries, or Certificate for the last block. It returns nil for the
// genesis and for numbers past the head.
func (c *Chain) CertificateOf(number uint64) *qbft.CommitCertificate {
	switch n := uint64(len(c.Blocks)); {
	case number == 0 || number > n:
		return nil
	case number == n:
		return c.Certificate
	}
	extra, err := qbft.DecodeExtra(c.Blocks[number].Extra()) // block number+1
	if err != nil {
		return nil // not a block Generate made
	}
	return extra.ParentCommit
}

// Generate builds n certified blocks on spec's genesis. keys are validator
// keys: every block's certificate holds round-0 seals of the first Q(N)
// members of V(N), in address order, for which a key is given. Keys of
// non-validators are ignored. The result depends only on the arguments.
func Generate(spec *genesis.Genesis, keys []*ecdsa.PrivateKey, n int, opts Options) (*Chain, error) {
	if spec == nil || spec.Core == nil || spec.Core.Config == nil || spec.QBFT == nil {
		return nil, ErrNotQBFT
	}
	if err := spec.Validate(); err != nil {
		return nil, fmt.Errorf("qbftgen: %w", err)
	}
	if n < 0 {
		return nil, fmt.Errorf("%w: %d", ErrBlockCount, n)
	}
	g := &generator{
		spec:    spec,
		config:  spec.Core.Config,
		qbftCfg: spec.QBFT.WithDefaults(),
		opts:    opts,
		keys:    make(map[common.Address]qbft.ValidatorKey, len(keys)),
		chain:   newHeaderChain(spec.Core.Config),
	}
	for _, k := range keys {
		if k == nil {
			continue
		}
		g.keys[crypto.PubkeyToAddress(k.PublicKey)] = qbft.KeyFromECDSA(k)
	}
	g.engine = qbft.New(qbft.Options{
		Config:     g.qbftCfg,
		ChainID:    g.config.ChainID,
		FeeProfile: spec.Xiang.FeeProfile,
		Certs:      g.chain,
		// Validator-contract mode: getValidators() runs on the generated
		// states, which are all kept (g.sdb is set before the first block).
		Contracts: qbft.NewStateCaller(g.config, func(h *types.Header) (*state.StateDB, error) {
			return state.New(h.Root, g.sdb)
		}),
	})
	if err := g.engine.ConfigError(); err != nil {
		return nil, fmt.Errorf("qbftgen: %w", err)
	}
	g.chain.engine = g.engine

	db := rawdb.NewMemoryDatabase()
	defer db.Close()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	defer tdb.Close()
	gblock, err := spec.Core.Commit(db, tdb, nil)
	if err != nil {
		return nil, fmt.Errorf("qbftgen: committing genesis: %w", err)
	}
	g.tdb, g.sdb = tdb, state.NewDatabase(tdb, nil)
	g.chain.add(gblock.Header())

	out := &Chain{Genesis: gblock, Blocks: make([]*types.Block, 0, n), Receipts: make([]types.Receipts, 0, n)}
	parent := gblock
	for i := range n {
		block, receipts, cert, err := g.next(i, parent)
		if err != nil {
			return nil, err
		}
		out.Blocks = append(out.Blocks, block)
		out.Receipts = append(out.Receipts, receipts)
		out.Certificate = cert
		parent = block
	}
	return out, nil
}

// generator holds what building one block after another needs.
//
// It builds blocks itself rather than through core.GenerateChain: a QBFT
// header's mixDigest is the EVM's PREVRANDAO (difficulty 0), and BlockGen
// can set extraData and coinbase but not mixDigest before transactions run,
// so a transaction reading PREVRANDAO would execute differently on import.
// Building on a hash-scheme state database of its own (not a
// core.BlockChain) executes each block once.
type generator struct {
	spec    *genesis.Genesis
	config  *params.ChainConfig
	qbftCfg qbft.Config
	opts    Options
	keys    map[common.Address]qbft.ValidatorKey
	engine  *qbft.Engine
	chain   *headerChain
	tdb     *triedb.Database
	sdb     state.Database
}

// timestamp returns the time of block number, whose parent has parentTime.
func (g *generator) timestamp(number, parentTime uint64) (uint64, error) {
	var t uint64
	switch {
	case number == 1 && g.opts.Start != 0:
		t = g.opts.Start
	case g.opts.Period != 0:
		t = parentTime + g.opts.Period
	default:
		t = parentTime + g.qbftCfg.BlockPeriod(number)
	}
	if lowest := parentTime + g.qbftCfg.BlockPeriod(number); t < lowest {
		return 0, fmt.Errorf("%w: block %d at %d, parent at %d, period %d", ErrTimestamp, number, t, parentTime, g.qbftCfg.BlockPeriod(number))
	}
	return t, nil
}

// next builds, executes and certifies the block after parent, the way a
// round-0 proposer does, and commits its state.
func (g *generator) next(i int, parent *types.Block) (*types.Block, types.Receipts, *qbft.CommitCertificate, error) {
	ctx := context.Background()
	number := parent.NumberU64() + 1
	ph := parent.Header()
	validators, err := qbft.ValidatorsOf(ph) // V(number)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: validators of block %d: %w", number, err)
	}
	ts, err := g.timestamp(number, ph.Time)
	if err != nil {
		return nil, nil, nil, err
	}
	header := &types.Header{
		ParentHash: parent.Hash(),
		Number:     new(big.Int).SetUint64(number),
		GasLimit:   core.CalcGasLimit(ph.GasLimit, g.spec.Core.GasLimit),
		Time:       ts,
		Coinbase:   qbft.Proposer(validators, ph.Coinbase, 0),
		BaseFee:    eip1559.CalcBaseFee(g.config, ph),
	}
	if err := g.prepare(header); err != nil {
		return nil, nil, nil, err
	}
	excess := eip4844.CalcExcessBlobGas(g.config, ph, header.Time)
	header.BlobGasUsed, header.ExcessBlobGas = new(uint64), &excess
	header.ParentBeaconRoot = new(common.Hash)

	statedb, err := state.New(parent.Root(), g.sdb)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: state of block %d: %w", parent.NumberU64(), err)
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, g.chain, nil), statedb, g.config, vm.Config{})
	core.PreExecution(ctx, header.ParentBeaconRoot, ph, g.config, evm, header.Number, header.Time)
	b := &BlockGen{
		header:     header,
		parent:     ph,
		config:     g.config,
		validators: validators,
		statedb:    statedb,
		evm:        evm,
		gasPool:    core.NewGasPool(header.GasLimit),
	}
	if g.opts.Gen != nil {
		if err := g.opts.Gen(i, b); err != nil {
			return nil, nil, nil, fmt.Errorf("qbftgen: block %d: %w", number, err)
		}
	}
	header.GasUsed = b.gasPool.Used()
	body := &types.Body{Transactions: b.txs, Withdrawals: []*types.Withdrawal{}}
	requests, _, err := core.PostExecution(ctx, g.config, header.Number, header.Time, b.logs, body.Withdrawals, evm, uint32(len(b.txs)+1))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: block %d post-execution: %w", number, err)
	}
	reqHash := types.CalcRequestsHash(requests)
	header.RequestsHash = &reqHash
	g.engine.Finalize(g.chain, header, statedb, body)
	block := core.AssembleBlock(g.chain, header, statedb, body, b.receipts, nil)

	rules := g.config.Rules(header.Number, true, header.Time)
	root, err := statedb.Commit(rules, number)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: committing state of block %d: %w", number, err)
	}
	if root != block.Root() {
		return nil, nil, nil, fmt.Errorf("qbftgen: block %d state root %x committed as %x", number, block.Root(), root)
	}
	if err := g.tdb.Commit(root, false); err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: writing state of block %d: %w", number, err)
	}
	receipts := types.Receipts(b.receipts)
	if err := receipts.DeriveFields(g.config, block.Hash(), number, block.Time(), block.BaseFee(), eip4844.CalcBlobFee(g.config, block.Header()), block.Transactions()); err != nil {
		return nil, nil, nil, fmt.Errorf("qbftgen: receipts of block %d: %w", number, err)
	}

	cert, err := g.certify(block, validators)
	if err != nil {
		return nil, nil, nil, err
	}
	g.chain.add(block.Header())
	g.chain.cert, g.chain.certHash = cert, block.Hash()
	return block, receipts, cert, nil
}

// prepare lets the engine fill the consensus fields, with the vote
// requested for this height, and checks the engine kept both the vote and
// the timestamp.
func (g *generator) prepare(header *types.Header) error {
	number := header.Number.Uint64()
	want, voting := g.opts.Votes[number]
	if voting {
		g.engine.SetVote(&want)
	} else {
		g.engine.SetVote(nil)
	}
	ts := header.Time
	if err := g.engine.Prepare(g.chain, header); err != nil {
		return fmt.Errorf("qbftgen: preparing block %d: %w", number, err)
	}
	if header.Time != ts { // Prepare raises a time below parent + period
		return fmt.Errorf("%w: block %d", ErrTimestamp, number)
	}
	if !voting {
		return nil
	}
	extra, err := qbft.DecodeExtra(header.Extra)
	if err != nil {
		return fmt.Errorf("qbftgen: block %d extraData: %w", number, err)
	}
	if extra.Vote == nil || *extra.Vote != want {
		return fmt.Errorf("%w: block %d, %s (add=%t)", ErrVoteNotCast, number, want.Address, want.Add)
	}
	return nil
}

// certify signs the round-0 commit certificate of block with the first
// Q(N) members of V(N) (sorted, so the seals are in signer order) that have
// a key.
func (g *generator) certify(block *types.Block, validators []common.Address) (*qbft.CommitCertificate, error) {
	q := qbft.Quorum(len(validators))
	cert := &qbft.CommitCertificate{Round: 0, Seals: make([][]byte, 0, q)}
	for _, v := range validators {
		if len(cert.Seals) == q {
			break
		}
		key := g.keys[v]
		if key == nil {
			continue
		}
		seal, err := key.SignCommitSeal(g.config.ChainID, block.Hash(), cert.Round)
		if err != nil {
			return nil, fmt.Errorf("qbftgen: sealing block %d as %s: %w", block.NumberU64(), v, err)
		}
		cert.Seals = append(cert.Seals, seal)
	}
	if len(cert.Seals) < q {
		return nil, fmt.Errorf("%w: block %d needs %d seals of %d validators, keys for %d", ErrNotEnoughKeys,
			block.NumberU64(), q, len(validators), len(cert.Seals))
	}
	return cert, nil
}

// headerChain is the generated chain as the engine and the EVM see it: a
// core.ChainContext over the headers built so far, and the CertificateSource
// that gives Prepare the parent's certificate.
type headerChain struct {
	config   *params.ChainConfig
	engine   consensus.Engine
	headers  []*types.Header // by number
	byHash   map[common.Hash]*types.Header
	cert     *qbft.CommitCertificate // of the head
	certHash common.Hash
}

func newHeaderChain(config *params.ChainConfig) *headerChain {
	return &headerChain{config: config, byHash: make(map[common.Hash]*types.Header)}
}

func (c *headerChain) add(h *types.Header) {
	c.headers = append(c.headers, h)
	c.byHash[h.Hash()] = h
}

// Config implements consensus.ChainHeaderReader.
func (c *headerChain) Config() *params.ChainConfig { return c.config }

// Engine implements core.ChainContext.
func (c *headerChain) Engine() consensus.Engine { return c.engine }

// CurrentHeader implements consensus.ChainHeaderReader.
func (c *headerChain) CurrentHeader() *types.Header { return c.headers[len(c.headers)-1] }

// GetHeader implements consensus.ChainHeaderReader.
func (c *headerChain) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h := c.byHash[hash]; h != nil && h.Number.Uint64() == number {
		return h
	}
	return nil
}

// GetHeaderByNumber implements consensus.ChainHeaderReader.
func (c *headerChain) GetHeaderByNumber(number uint64) *types.Header {
	if number < uint64(len(c.headers)) {
		return c.headers[number]
	}
	return nil
}

// GetHeaderByHash implements consensus.ChainHeaderReader.
func (c *headerChain) GetHeaderByHash(hash common.Hash) *types.Header { return c.byHash[hash] }

// Certificate implements qbft.CertificateSource: only the head is certified
// while it is being built on.
func (c *headerChain) Certificate(hash common.Hash) *qbft.CommitCertificate {
	if c.cert != nil && hash == c.certHash {
		return c.cert
	}
	return nil
}
