package ethsync

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// testChainLength is the length of the certified chain the sync tests use.
const testChainLength = 500

// testChainID is the chain (and network) id of the test network.
const testChainID = 4321

// Deterministic test keys: validators sign certificates, senders send
// transactions (funded in genesis so the pool treats them as plain accounts).
var (
	validatorKeys = deriveKeys("ethsync-validator", 4)
	senderKeys    = deriveKeys("ethsync-sender", 3)
	recipient     = common.Address{0xaa}
)

func deriveKeys(prefix string, n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("%s-%d", prefix, i))))
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	return keys
}

func addresses(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// testGenesis is a QBFT genesis under the free fee profile, dated so that a
// chain of testChainLength one-second blocks ends well in the past (the
// engine refuses blocks from the future).
func testGenesis(t *testing.T, chainID uint64) *genesis.Genesis {
	t.Helper()
	g, err := newTestGenesis(chainID)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func newTestGenesis(chainID uint64) (*genesis.Genesis, error) {
	alloc := types.GenesisAlloc{}
	for _, a := range addresses(senderKeys) {
		alloc[a] = types.Account{Balance: big.NewInt(1e18)}
	}
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    chainID,
		Validators: addresses(validatorKeys),
		QBFT:       qbft.Config{BlockPeriodSeconds: 1},
		FeeProfile: genesis.FeesFree,
		Alloc:      alloc,
		Timestamp:  uint64(time.Now().Unix()) - testChainLength - 600,
	})
	if err != nil {
		return nil, fmt.Errorf("test genesis: %w", err)
	}
	return g, nil
}

// transferEvery is how often (in blocks) the generated chain carries a
// transfer of 1 wei per block number to recipient.
const transferEvery = 7

var (
	sharedOnce  sync.Once
	sharedSpec  *genesis.Genesis
	sharedChain *qbftgen.Chain
	sharedErr   error
)

// testCertifiedChain returns the genesis and a certified chain of
// testChainLength blocks, generated once for all tests.
func testCertifiedChain(t *testing.T) (*genesis.Genesis, *qbftgen.Chain) {
	t.Helper()
	sharedOnce.Do(func() {
		if sharedSpec, sharedErr = newTestGenesis(testChainID); sharedErr != nil {
			return
		}
		sender := senderKeys[0]
		nonce := uint64(0)
		sharedChain, sharedErr = qbftgen.Generate(sharedSpec, validatorKeys, testChainLength, qbftgen.Options{
			Gen: func(i int, b *qbftgen.BlockGen) error {
				if b.Number()%transferEvery != 0 {
					return nil
				}
				tx := types.MustSignNewTx(sender, b.Signer(), &types.LegacyTx{
					Nonce: nonce, To: &recipient, Value: new(big.Int).SetUint64(b.Number()), Gas: 21000, GasPrice: common.Big0,
				})
				nonce++
				_, err := b.AddTx(tx)
				return err
			},
		})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedSpec, sharedChain
}

// expectedRecipientBalance is the recipient's balance after block n of the
// shared chain.
func expectedRecipientBalance(n uint64) *big.Int {
	sum := new(big.Int)
	for k := uint64(transferEvery); k <= n; k += transferEvery {
		sum.Add(sum, new(big.Int).SetUint64(k))
	}
	return sum
}

// testNode is a chain, a pool, a Handler and a p2p server on 127.0.0.1.
type testNode struct {
	db      ethdb.Database
	chain   *core.BlockChain
	pool    *txpool.TxPool
	handler *Handler
	server  *p2p.Server

	mu       sync.Mutex
	inserted []*types.Block // what OnInserted reported
}

// newTestNode builds a node on spec's genesis holding blocks, announcing
// networkID. Its server is not started (see start).
func newTestNode(t *testing.T, spec *genesis.Genesis, networkID uint64, blocks []*types.Block) *testNode {
	t.Helper()
	return newTestNodeWith(t, spec, networkID, blocks, nil)
}

// newTestNodeWith is newTestNode with a hook that adjusts the handler's
// Config before New.
func newTestNodeWith(t *testing.T, spec *genesis.Genesis, networkID uint64, blocks []*types.Block, adjust func(*Config)) *testNode {
	t.Helper()
	n := &testNode{db: rawdb.NewMemoryDatabase()}
	engine := qbft.New(qbft.Options{
		Config:     spec.QBFT.WithDefaults(),
		ChainID:    spec.Core.Config.ChainID,
		FeeProfile: spec.Xiang.FeeProfile,
	})
	cfg := core.DefaultConfig().WithStateScheme(rawdb.PathScheme)
	cfg.TxLookupLimit = 0
	cfg.SnapshotWait = false
	cfg.SlowBlockThreshold = -1
	chain, err := core.NewBlockChain(n.db, spec.Core, engine, cfg)
	if err != nil {
		t.Fatal(err)
	}
	n.chain = chain
	t.Cleanup(chain.Stop)
	if _, err := chain.InsertChain(blocks); err != nil {
		t.Fatal(err)
	}
	poolCfg := legacypool.DefaultConfig
	poolCfg.Journal = ""
	poolCfg.NoLocals = true
	pool, err := txpool.New(0, chain, []txpool.SubPool{legacypool.New(poolCfg, chain)})
	if err != nil {
		t.Fatal(err)
	}
	n.pool = pool
	t.Cleanup(func() { pool.Close() })

	hcfg := Config{
		Chain:     chain,
		TxPool:    pool,
		NetworkID: networkID,
		Database:  n.db,
		OnInserted: func(blocks []*types.Block) {
			n.mu.Lock()
			defer n.mu.Unlock()
			n.inserted = append(n.inserted, blocks...)
		},
	}
	if adjust != nil {
		adjust(&hcfg)
	}
	n.handler, err = New(hcfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.handler.Stop)
	return n
}

// start starts the handler and a p2p server speaking its protocols.
func (n *testNode) start(t *testing.T) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	n.server = &p2p.Server{Config: p2p.Config{
		PrivateKey:  key,
		MaxPeers:    8,
		ListenAddr:  "127.0.0.1:0",
		NoDiscovery: true,
		Name:        "ethsync-test",
		Protocols:   n.handler.Protocols(),
	}}
	if err := n.server.Start(); err != nil {
		t.Fatal(err)
	}
	n.handler.Start()
	// Registered after the handler's cleanup, so it runs first: peers go
	// before the handler waits for them.
	t.Cleanup(n.server.Stop)
}

// connect dials other and waits until both sides passed the eth handshake.
func (n *testNode) connect(t *testing.T, other *testNode) {
	t.Helper()
	n.server.AddPeer(other.server.Self())
	waitFor(t, 10*time.Second, "eth handshake", func() bool {
		return n.handler.PeerCount() == 1 && other.handler.PeerCount() == 1
	})
}

func (n *testNode) insertedBlocks() []*types.Block {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]*types.Block(nil), n.inserted...)
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
