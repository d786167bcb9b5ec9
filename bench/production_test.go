package bench

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Workload size: senders × transfers per sender pre-signed transfers.
const (
	benchSenders       = 500
	benchPerSender     = 40
	benchTransferValue = 1
)

// fakeClock runs ahead of the chain so block timers fire at once: "now" is
// always the time of the next block, so the benchmark measures production,
// not the block period.
type fakeClock struct{ n *node.Node }

func (c *fakeClock) now() time.Time {
	if c.n == nil || c.n.Chain() == nil {
		return time.Unix(1, 0)
	}
	return time.Unix(int64(c.n.Chain().CurrentBlock().Time+1), 0)
}

func senderKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256(binary.BigEndian.AppendUint64([]byte("xiang-bench-sender"), uint64(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err)
	}
	return key
}

// workload returns the genesis (market fees, funded senders) and the signed transfers.
func workload(tb testing.TB, validator common.Address) (*genesis.Genesis, []*types.Transaction) {
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, benchSenders)
	for i := range keys {
		keys[i] = senderKey(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	gen, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    genesis.DevChainID,
		Validators: []common.Address{validator},
		QBFT:       qbft.Config{BlockPeriodSeconds: 1},
		FeeProfile: genesis.FeesMarket,
		Alloc:      alloc,
	})
	if err != nil {
		tb.Fatal(err)
	}
	signer := types.LatestSigner(gen.Core.Config)
	txs := make([]*types.Transaction, 0, benchSenders*benchPerSender)
	for n := 0; n < benchPerSender; n++ {
		for i, key := range keys {
			to := crypto.PubkeyToAddress(senderKey((i + 1) % benchSenders).PublicKey)
			txs = append(txs, types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID:   gen.Core.Config.ChainID,
				Nonce:     uint64(n),
				GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: big.NewInt(100 * params.GWei),
				Gas:       params.TxGas,
				To:        &to,
				Value:     big.NewInt(benchTransferValue),
			}))
		}
	}
	return gen, txs
}

// BenchmarkBlockProduction measures single-node QBFT block production (the
// state machine proposing, go-ethereum's miner building, the node executing
// and committing its own blocks on pebble) from a pool of pre-signed
// transfers, and go-ethereum's InsertChain importing the same blocks into a
// fresh pebble database in the same run. It reports both rates and their
// ratio (DESIGN.md §2 expects about one half: the proposer executes twice).
func BenchmarkBlockProduction(b *testing.B) {
	for i := 0; i < b.N; i++ {
		valKey := senderKey(-1)
		gen, txs := workload(b, crypto.PubkeyToAddress(valKey.PublicKey))

		clock := new(fakeClock)
		n, err := node.New(node.Config{
			DataDir: b.TempDir(),
			Genesis: gen,
			Key:     qbft.KeyFromECDSA(valKey),
			Now:     clock.now,
			TxPool:  genesis.TxPoolConfig{AccountSlots: benchPerSender, GlobalSlots: uint64(len(txs)), AccountQueue: benchPerSender, GlobalQueue: uint64(len(txs))},
		})
		if err != nil {
			b.Fatal(err)
		}
		clock.n = n
		for _, err := range n.TxPool().Add(txs, true) {
			if err != nil {
				b.Fatalf("pool refused a transfer: %v", err)
			}
		}
		start := time.Now()
		if err := n.Run(); err != nil {
			b.Fatal(err)
		}
		deadline := time.Now().Add(5 * time.Minute)
		for pending, _ := n.TxPool().Stats(); pending > 0; pending, _ = n.TxPool().Stats() {
			if time.Now().After(deadline) {
				b.Fatalf("production stalled with %d transfers pending", pending)
			}
			time.Sleep(2 * time.Millisecond)
		}
		// The pool empties when the last block becomes head.
		produced := time.Since(start)
		head := n.Chain().CurrentBlock().Number.Uint64()
		var encoded [][]byte
		included := 0
		for num := uint64(1); num <= head; num++ {
			block := n.Chain().GetBlockByNumber(num)
			included += len(block.Transactions())
			enc, err := rlp.EncodeToBytes(block)
			if err != nil {
				b.Fatal(err)
			}
			encoded = append(encoded, enc)
		}
		n.Close()
		if included != len(txs) {
			b.Fatalf("included %d of %d transfers", included, len(txs))
		}

		imported := importBaseline(b, gen, encoded)
		prodRate := float64(len(txs)) / produced.Seconds()
		importRate := float64(len(txs)) / imported.Seconds()
		b.ReportMetric(prodRate, "produced-tx/s")
		b.ReportMetric(importRate, "insertchain-tx/s")
		b.ReportMetric(prodRate/importRate, "ratio")
		b.ReportMetric(float64(head), "blocks")
	}
}

// importBaseline imports RLP-encoded blocks (decoded afresh, so senders are
// recovered as in a real import) with go-ethereum's InsertChain alone into a
// fresh pebble database with the same settings, and returns the time taken.
func importBaseline(b *testing.B, gen *genesis.Genesis, encoded [][]byte) time.Duration {
	kv, err := pebble.New(b.TempDir(), 512, 512, "", false)
	if err != nil {
		b.Fatal(err)
	}
	db, err := rawdb.Open(kv, rawdb.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	cfg := core.DefaultConfig()
	cfg.StateScheme = rawdb.PathScheme
	cfg.TxLookupLimit = 0
	cfg.SnapshotWait = false
	cfg.SlowBlockThreshold = -1
	engine := qbft.New(qbft.Options{Config: gen.QBFT.WithDefaults(), ChainID: gen.Core.Config.ChainID, FeeProfile: gen.Xiang.FeeProfile})
	chain, err := core.NewBlockChain(db, gen.Core, consensus.Engine(engine), cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer chain.Stop()
	blocks := make(types.Blocks, len(encoded))
	for i, enc := range encoded {
		blocks[i] = new(types.Block)
		if err := rlp.Decode(bytes.NewReader(enc), blocks[i]); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Now()
	if _, err := chain.InsertChain(blocks); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
