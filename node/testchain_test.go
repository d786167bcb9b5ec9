package node

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
)

// writePoSChain generates a post-merge go-ethereum chain of n blocks with a
// transfer in each and writes it as an RLP export file.
func writePoSChain(t *testing.T, path string, n int) (*core.Genesis, []*types.Block) {
	t.Helper()
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	from := crypto.PubkeyToAddress(key.PublicKey)
	cfg := *params.MergedTestChainConfig
	cfg.ChainID = big.NewInt(1337)
	// Cancun: Prague's request contracts would have to be in the genesis.
	cfg.PragueTime, cfg.OsakaTime, cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil, nil, nil
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	gen := &core.Genesis{
		Config:     &cfg,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc:      types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}},
	}
	signer := types.LatestSigner(&cfg)
	_, blocks, _ := core.GenerateChainWithGenesis(gen, beacon.New(ethash.NewFaker()), n, func(i int, b *core.BlockGen) {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: cfg.ChainID, Nonce: uint64(i), To: &common.Address{0xaa}, Value: big.NewInt(int64(i + 1)),
			Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(1)),
		})
		b.AddTx(tx)
	})
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, b := range blocks {
		if err := rlp.Encode(f, b); err != nil {
			t.Fatal(err)
		}
	}
	return gen, blocks
}

// TestTestChainImportAndServe imports PoS history in test-chain mode and
// serves it read-only, with the imported head as the final block.
func TestTestChainImportAndServe(t *testing.T) {
	dir := t.TempDir()
	chainFile := filepath.Join(dir, "chain.rlp")
	gen, blocks := writePoSChain(t, chainFile, 12)
	head := blocks[len(blocks)-1]

	datadir := filepath.Join(dir, "data")
	n, err := New(Config{DataDir: datadir, TestChain: true, TestGenesis: gen})
	if err != nil {
		t.Fatal(err)
	}
	if imported, err := n.ImportBlocks(chainFile, nil); err != nil || imported != len(blocks) {
		t.Fatalf("import: %d blocks, %v", imported, err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened without a genesis, serving RPC.
	n, err = New(Config{DataDir: datadir, TestChain: true, HTTPHost: "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	rc, err := rpc.Dial(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	ctx := context.Background()
	for _, tag := range []*big.Int{nil, big.NewInt(int64(rpc.FinalizedBlockNumber)), big.NewInt(int64(rpc.SafeBlockNumber))} {
		h, err := ec.HeaderByNumber(ctx, tag)
		if err != nil {
			t.Fatalf("header %v: %v", tag, err)
		}
		if h.Hash() != head.Hash() {
			t.Fatalf("header %v = %x, want imported head %x", tag, h.Hash(), head.Hash())
		}
	}
	r, err := ec.TransactionReceipt(ctx, blocks[5].Transactions()[0].Hash())
	if err != nil || r.BlockNumber.Uint64() != 6 || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt: %+v, %v", r, err)
	}
	var modules map[string]string
	if err := rc.Call(&modules, "rpc_modules"); err != nil {
		t.Fatal(err)
	}
	if _, ok := modules["qbft"]; ok {
		t.Fatalf("test chain serves qbft: %v", modules)
	}
	// Nothing is produced: the head stays put.
	if got := n.Chain().CurrentBlock().Number.Uint64(); got != head.NumberU64() {
		t.Fatalf("head moved to %d", got)
	}
}

// TestTestChainModeMismatch refuses to open a data directory in the other
// mode.
func TestTestChainModeMismatch(t *testing.T) {
	dir := t.TempDir()
	gen, _ := writePoSChain(t, filepath.Join(dir, "chain.rlp"), 1)
	testDir := filepath.Join(dir, "test")
	n, err := New(Config{DataDir: testDir, TestChain: true, TestGenesis: gen})
	if err != nil {
		t.Fatal(err)
	}
	n.Close()
	if _, err := New(Config{DataDir: testDir}); !errors.Is(err, ErrTestChainMode) {
		t.Fatalf("normal open of a test chain: %v, want ErrTestChainMode", err)
	}

	qbftDir := filepath.Join(dir, "qbft")
	n, err = New(Config{DataDir: qbftDir, Genesis: devGenesis(t, "free")})
	if err != nil {
		t.Fatal(err)
	}
	n.Close()
	if _, err := New(Config{DataDir: qbftDir, TestChain: true, TestGenesis: gen}); !errors.Is(err, ErrTestChainMode) {
		t.Fatalf("test-chain open of a network: %v, want ErrTestChainMode", err)
	}
}
