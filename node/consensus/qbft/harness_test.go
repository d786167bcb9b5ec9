package qbft_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// genesisTime is the timestamp of every test genesis; testNow is the clock
// the test engines read, far enough ahead that honest blocks are never "future".
const genesisTime = 1_700_000_000

var testNow = func() time.Time { return time.Unix(genesisTime+1_000_000, 0) }

// testKey returns a fixed validator key, so test vectors are reproducible.
func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("xiangchain qbft test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// testKeys returns n fixed keys, indexed by address.
func testKeys(n int) map[common.Address]*ecdsa.PrivateKey {
	keys := make(map[common.Address]*ecdsa.PrivateKey, n)
	for i := range n {
		k := testKey(i)
		keys[crypto.PubkeyToAddress(k.PublicKey)] = k
	}
	return keys
}

// sortedAddrs returns the keys' addresses in canonical order.
func sortedAddrs(keys map[common.Address]*ecdsa.PrivateKey) []common.Address {
	addrs := make([]common.Address, 0, len(keys))
	for a := range keys {
		addrs = append(addrs, a)
	}
	qbft.SortAddresses(addrs)
	return addrs
}

// chainOptions shapes a testChain.
type chainOptions struct {
	keys       int         // key pool size (default 5)
	validators []int       // indices (into the sorted pool) of V(1); default the first 4
	config     qbft.Config // config.qbft
	feeProfile string      // default "free"
	tweak      func(*qbft.Options)
}

// testChain is an in-memory header chain: a consensus.ChainHeaderReader and
// a CertificateSource over headers built with the engine's Prepare and
// certificates signed with real keys.
type testChain struct {
	t       testing.TB
	config  *params.ChainConfig
	chainID *big.Int
	keys    map[common.Address]*ecdsa.PrivateKey
	pool    []common.Address // every key's address, sorted
	byHash  map[common.Hash]*types.Header
	canon   []*types.Header
	certs   map[common.Hash]*qbft.CommitCertificate
	engine  *qbft.Engine
	opts    qbft.Options
}

func newTestChain(t testing.TB, o chainOptions) *testChain {
	t.Helper()
	if o.keys == 0 {
		o.keys = 5
	}
	if o.validators == nil {
		o.validators = []int{0, 1, 2, 3}
	}
	if o.feeProfile == "" {
		o.feeProfile = genesis.FeesFree
	}
	c := &testChain{
		t:       t,
		config:  genesis.ChainConfig(genesis.DevChainID),
		chainID: big.NewInt(genesis.DevChainID),
		keys:    testKeys(o.keys),
		byHash:  make(map[common.Hash]*types.Header),
		certs:   make(map[common.Hash]*qbft.CommitCertificate),
	}
	c.pool = sortedAddrs(c.keys)
	var initial []common.Address
	for _, i := range o.validators {
		initial = append(initial, c.pool[i])
	}
	qbft.SortAddresses(initial)
	gspec := &core.Genesis{
		Config:     c.config,
		Timestamp:  genesisTime,
		ExtraData:  (&qbft.Extra{Validators: initial}).Encode(),
		GasLimit:   genesis.DefaultGasLimit,
		Difficulty: new(big.Int),
		Alloc:      types.GenesisAlloc{},
	}
	if o.feeProfile == genesis.FeesFree {
		gspec.BaseFee = new(big.Int)
	}
	c.add(gspec.ToBlock().Header())
	c.opts = qbft.Options{Config: o.config, ChainID: c.chainID, FeeProfile: o.feeProfile, Certs: c, Now: testNow}
	if o.tweak != nil {
		o.tweak(&c.opts)
	}
	c.engine = qbft.New(c.opts)
	return c
}

func (c *testChain) add(h *types.Header) {
	c.byHash[h.Hash()] = h
	c.canon = append(c.canon, h)
}

// Config implements consensus.ChainHeaderReader.
func (c *testChain) Config() *params.ChainConfig { return c.config }

// CurrentHeader implements consensus.ChainHeaderReader.
func (c *testChain) CurrentHeader() *types.Header { return c.canon[len(c.canon)-1] }

// GetHeader implements consensus.ChainHeaderReader; like core's, it checks the number.
func (c *testChain) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h := c.byHash[hash]; h != nil && h.Number.Uint64() == number {
		return h
	}
	return nil
}

// GetHeaderByNumber implements consensus.ChainHeaderReader.
func (c *testChain) GetHeaderByNumber(number uint64) *types.Header {
	if number < uint64(len(c.canon)) {
		return c.canon[number]
	}
	return nil
}

// GetHeaderByHash implements consensus.ChainHeaderReader.
func (c *testChain) GetHeaderByHash(hash common.Hash) *types.Header { return c.byHash[hash] }

// Certificate implements qbft.CertificateSource.
func (c *testChain) Certificate(hash common.Hash) *qbft.CommitCertificate { return c.certs[hash] }

func (c *testChain) head() *types.Header { return c.CurrentHeader() }

// validatorsFor returns V(N) for a header N on the chain: its parent's list.
func (c *testChain) validatorsFor(h *types.Header) []common.Address {
	c.t.Helper()
	parent := c.byHash[h.ParentHash]
	if parent == nil {
		c.t.Fatalf("no parent for block %d", h.Number)
	}
	v, err := qbft.ValidatorsOf(parent)
	if err != nil {
		c.t.Fatalf("validators of block %d: %v", parent.Number, err)
	}
	return v
}

// nextValidators is V(N+1) for the head N.
func (c *testChain) nextValidators() []common.Address {
	c.t.Helper()
	v, err := qbft.ValidatorsOf(c.head())
	if err != nil {
		c.t.Fatal(err)
	}
	return v
}

// nextProposer is the round-0 proposer of the block after the head.
func (c *testChain) nextProposer() common.Address {
	head := c.head()
	v, err := qbft.ValidatorsOf(head)
	if err != nil {
		c.t.Fatal(err)
	}
	return qbft.Proposer(v, head.Coinbase, 0)
}

// propose builds the next header on the head the way the miner does, then
// lets the engine's Prepare fill the consensus fields.
func (c *testChain) propose(coinbase common.Address) *types.Header {
	c.t.Helper()
	parent := c.head()
	h := &types.Header{
		ParentHash:       parent.Hash(),
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         coinbase,
		Root:             parent.Root,
		TxHash:           types.EmptyTxsHash,
		ReceiptHash:      types.EmptyReceiptsHash,
		Number:           new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:         parent.GasLimit,
		Time:             parent.Time + 1,
		BaseFee:          eip1559.CalcBaseFee(c.config, parent),
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		BlobGasUsed:      new(uint64),
		ExcessBlobGas:    new(uint64),
		ParentBeaconRoot: new(common.Hash),
		RequestsHash:     &types.EmptyRequestsHash,
	}
	if err := c.engine.Prepare(c, h); err != nil {
		c.t.Fatalf("Prepare block %d: %v", h.Number, err)
	}
	return h
}

// commit verifies h, appends it and signs its certificate in round 0 with
// the first Q(N) members of V(N).
func (c *testChain) commit(h *types.Header) {
	c.t.Helper()
	if err := c.engine.VerifyHeader(c, h); err != nil {
		c.t.Fatalf("VerifyHeader block %d: %v", h.Number, err)
	}
	v := c.validatorsFor(h)
	cert := &qbft.CommitCertificate{Round: 0, Seals: c.seals(h.Hash(), 0, v[:qbft.Quorum(len(v))])}
	if err := c.engine.VerifyCertificate(c, h, cert); err != nil {
		c.t.Fatalf("VerifyCertificate block %d: %v", h.Number, err)
	}
	c.add(h)
	c.certs[h.Hash()] = cert
}

// extend proposes and commits n blocks with the rotating round-0 proposer.
func (c *testChain) extend(n int) {
	c.t.Helper()
	for range n {
		c.commit(c.propose(c.nextProposer()))
	}
}

// seal signs the proper commit seal digest with a pool key.
func (c *testChain) seal(signer common.Address, hash common.Hash, round uint64) []byte {
	c.t.Helper()
	s, err := qbft.KeyFromECDSA(c.key(signer)).SignCommitSeal(c.chainID, hash, round)
	if err != nil {
		c.t.Fatal(err)
	}
	return s
}

func (c *testChain) seals(hash common.Hash, round uint64, signers []common.Address) [][]byte {
	out := make([][]byte, 0, len(signers))
	for _, s := range signers {
		out = append(out, c.seal(s, hash, round))
	}
	return out
}

// signDigest signs an arbitrary digest: only tests do this, to forge seals.
func (c *testChain) signDigest(signer common.Address, digest common.Hash) []byte {
	c.t.Helper()
	s, err := crypto.Sign(digest[:], c.key(signer))
	if err != nil {
		c.t.Fatal(err)
	}
	return s
}

func (c *testChain) key(a common.Address) *ecdsa.PrivateKey {
	k := c.keys[a]
	if k == nil {
		c.t.Fatalf("no key for %s", a)
	}
	return k
}

// withExtra returns a copy of h with its extraData changed by edit and its
// mixDigest recomputed to match, as a forger would.
func (c *testChain) withExtra(h *types.Header, edit func(*qbft.Extra)) *types.Header {
	c.t.Helper()
	extra, err := qbft.DecodeExtra(h.Extra)
	if err != nil {
		c.t.Fatal(err)
	}
	edit(extra)
	out := types.CopyHeader(h)
	out.Extra = extra.Encode()
	if parent := c.byHash[h.ParentHash]; parent != nil {
		out.MixDigest = qbft.MixDigest(parent.MixDigest, extra.ParentCommit)
	}
	return out
}

// outsider returns a pool address that is not in vs.
func (c *testChain) outsider(vs []common.Address) common.Address {
	for _, a := range c.pool {
		if !slices.Contains(vs, a) {
			return a
		}
	}
	c.t.Fatal("no outsider key in the pool")
	return common.Address{}
}
