package node

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// testValidatorKey is a fixed validator key so restarted nodes agree.
var testValidatorKey, _ = crypto.HexToECDSA("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")

func devGenesis(t *testing.T, fees string) *genesis.Genesis {
	t.Helper()
	g, err := genesis.Dev(genesis.DevOptions{
		Validator:  crypto.PubkeyToAddress(testValidatorKey.PublicKey),
		FeeProfile: fees,
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// startNode runs a validator node on dir without RPC endpoints.
func startNode(t *testing.T, dir string, g *genesis.Genesis) *Node {
	t.Helper()
	n, err := New(Config{DataDir: dir, Genesis: g, Key: qbft.KeyFromECDSA(testValidatorKey)})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		n.Close()
		t.Fatal(err)
	}
	return n
}

// waitForHead waits until the head reaches number.
func waitForHead(t *testing.T, n *Node, number uint64) *types.Header {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		head := n.Chain().CurrentBlock()
		if head.Number.Uint64() >= number {
			return head
		}
		if time.Now().After(deadline) {
			t.Fatalf("head stuck at %d waiting for %d", head.Number, number)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// sendTransfers adds count signed transfers from dev account 0 and returns them.
func sendTransfers(t *testing.T, n *Node, count int, price *big.Int) []*types.Transaction {
	t.Helper()
	accounts, err := genesis.DevAccounts(1)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSigner(n.Chain().Config())
	nonce := n.TxPool().PoolNonce(accounts[0].Address)
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	var txs []*types.Transaction
	for i := 0; i < count; i++ {
		txs = append(txs, types.MustSignNewTx(accounts[0].Key, signer, &types.DynamicFeeTx{
			ChainID: n.Chain().Config().ChainID, Nonce: nonce + uint64(i), GasTipCap: price, GasFeeCap: price,
			Gas: params.TxGas, To: &to, Value: big.NewInt(1),
		}))
	}
	for i, err := range n.TxPool().Add(txs, true) {
		if err != nil {
			t.Fatalf("tx %d refused: %v", i, err)
		}
	}
	return txs
}

// waitForReceipts waits until every tx has a canonical receipt.
func waitForReceipts(t *testing.T, n *Node, txs []*types.Transaction) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for _, tx := range txs {
		for {
			if lookup, _ := n.Chain().GetCanonicalTransaction(tx.Hash()); lookup != nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("tx %x never included", tx.Hash())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

func TestDevChainCommitsAndFinalizes(t *testing.T) {
	for _, fees := range []string{genesis.FeesFree, genesis.FeesMarket} {
		t.Run(fees, func(t *testing.T) {
			n := startNode(t, t.TempDir(), devGenesis(t, fees))
			defer n.Close()
			price := big.NewInt(0)
			if fees == genesis.FeesMarket {
				price = big.NewInt(10 * params.GWei)
			}
			txs := sendTransfers(t, n, 5, price)
			waitForReceipts(t, n, txs)
			head := waitForHead(t, n, 2)

			final := n.finalHeader()
			if final == nil || final.Number.Uint64() < head.Number.Uint64()-1 {
				t.Fatalf("finalized %v lags head %d", final, head.Number)
			}
			for num := uint64(1); num <= head.Number.Uint64(); num++ {
				h := n.Chain().GetHeaderByNumber(num)
				if h.Difficulty.Sign() != 0 {
					t.Errorf("block %d difficulty %v", num, h.Difficulty)
				}
				if fees == genesis.FeesFree && h.BaseFee.Sign() != 0 {
					t.Errorf("free profile: block %d base fee %v", num, h.BaseFee)
				}
				if fees == genesis.FeesMarket && h.BaseFee.Sign() == 0 {
					t.Errorf("market profile: block %d base fee 0", num)
				}
				cert := n.certs.Certificate(h.Hash())
				if cert == nil {
					t.Fatalf("block %d has no certificate", num)
				}
				if err := n.engine.VerifyCertificate(n.Chain(), h, cert); err != nil {
					t.Errorf("block %d certificate: %v", num, err)
				}
			}
		})
	}
}

func TestRestartKeepsCommittedHead(t *testing.T) {
	dir := t.TempDir()
	g := devGenesis(t, genesis.FeesFree)
	n := startNode(t, dir, g)
	txs := sendTransfers(t, n, 3, new(big.Int))
	waitForReceipts(t, n, txs)
	before := waitForHead(t, n, 2)
	hashes := map[uint64]common.Hash{}
	for num := uint64(0); num <= before.Number.Uint64(); num++ {
		hashes[num] = n.Chain().GetCanonicalHash(num)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart without a genesis: the database remembers it.
	n2, err := New(Config{DataDir: dir, Key: qbft.KeyFromECDSA(testValidatorKey)})
	if err != nil {
		t.Fatal(err)
	}
	defer n2.Close()
	if head := n2.Chain().CurrentBlock(); head.Number.Uint64() < before.Number.Uint64() {
		t.Fatalf("head went back from %d to %d", before.Number, head.Number)
	}
	for num, h := range hashes {
		if got := n2.Chain().GetCanonicalHash(num); got != h {
			t.Fatalf("block %d changed across restart: %x → %x", num, h, got)
		}
	}
	if err := n2.Run(); err != nil {
		t.Fatal(err)
	}
	waitForHead(t, n2, before.Number.Uint64()+2)
}

func TestGenesisMismatchRefused(t *testing.T) {
	dir := t.TempDir()
	n, err := New(Config{DataDir: dir, Genesis: devGenesis(t, genesis.FeesFree)})
	if err != nil {
		t.Fatal(err)
	}
	n.Close()
	_, err = New(Config{DataDir: dir, Genesis: devGenesis(t, genesis.FeesMarket)})
	if !errors.Is(err, ErrGenesisMismatch) {
		t.Fatalf("a different genesis for an initialised database: got %v, want ErrGenesisMismatch", err)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	g := devGenesis(t, genesis.FeesFree)
	src := startNode(t, t.TempDir(), g)
	txs := sendTransfers(t, src, 8, new(big.Int))
	waitForReceipts(t, src, txs)
	waitForHead(t, src, 3)
	src.consensus.stop() // freeze the chain for a stable export
	head := src.Chain().CurrentBlock()
	file := filepath.Join(t.TempDir(), "chain.rlp.gz")
	if err := src.ExportBlocks(file, 0, head.Number.Uint64(), nil); err != nil {
		t.Fatal(err)
	}
	src.Close()
	if _, err := os.Stat(file + certFileSuffix); err != nil {
		t.Fatalf("certificate file not written: %v", err)
	}

	dst, err := New(Config{DataDir: t.TempDir(), Genesis: g})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	imported, err := dst.ImportBlocks(file, nil)
	if err != nil {
		t.Fatal(err)
	}
	if imported != int(head.Number.Uint64()) {
		t.Fatalf("imported %d blocks, want %d", imported, head.Number)
	}
	if got := dst.Chain().CurrentBlock(); got.Hash() != head.Hash() {
		t.Fatalf("imported head %x, want %x", got.Hash(), head.Hash())
	}
	if final := dst.finalHeader(); final == nil || final.Hash() != head.Hash() {
		t.Fatalf("imported chain not final up to its certified head: %v", final)
	}
	for _, tx := range txs {
		if lookup, _ := dst.Chain().GetCanonicalTransaction(tx.Hash()); lookup == nil {
			t.Fatalf("tx %x missing after import", tx.Hash())
		}
	}
	// Importing the same file again is a no-op.
	if again, err := dst.ImportBlocks(file, nil); err != nil || again != 0 {
		t.Fatalf("re-import: %d blocks, %v", again, err)
	}
}

func TestImportRefusesConflictingBlocks(t *testing.T) {
	g := devGenesis(t, genesis.FeesFree)
	mk := func(transfers int) (string, *Node) {
		n := startNode(t, t.TempDir(), g)
		if transfers > 0 {
			waitForReceipts(t, n, sendTransfers(t, n, transfers, new(big.Int)))
		}
		waitForHead(t, n, 2)
		n.consensus.stop()
		file := filepath.Join(t.TempDir(), "chain.rlp")
		if err := n.ExportBlocks(file, 0, 2, nil); err != nil {
			t.Fatal(err)
		}
		return file, n
	}
	_, a := mk(0)
	defer a.Close()
	fileB, b := mk(2)
	b.Close()
	// a's blocks 1–2 are final and differ from b's.
	if _, err := a.ImportBlocks(fileB, nil); !errors.Is(err, ErrConflictsWithFinal) {
		t.Fatalf("conflicting import: got %v, want ErrConflictsWithFinal", err)
	}
}

func TestSubmittedTransactionsSurviveRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the local transaction tracker's resubmission")
	}
	dir := t.TempDir()
	g := devGenesis(t, genesis.FeesFree)
	// A non-validating node on the dev chain: nothing gets mined while it runs.
	n, err := New(Config{DataDir: dir, Genesis: g})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	accounts, _ := genesis.DevAccounts(1)
	to := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	tx := types.MustSignNewTx(accounts[0].Key, types.LatestSigner(n.Chain().Config()), &types.DynamicFeeTx{
		ChainID: n.Chain().Config().ChainID, Nonce: 0, GasTipCap: new(big.Int), GasFeeCap: new(big.Int),
		Gas: params.TxGas, To: &to, Value: big.NewInt(1),
	})
	if err := (rpcBackend{n}).SendTx(t.Context(), tx); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	// Restarted as the validator, the node resubmits the journalled
	// transaction and mines it.
	n2 := startNode(t, dir, nil)
	defer n2.Close()
	waitForReceipts(t, n2, []*types.Transaction{tx})
}

func TestPeriodicStateFlush(t *testing.T) {
	dir := t.TempDir()
	g := devGenesis(t, genesis.FeesFree)
	n, err := New(Config{DataDir: dir, Genesis: g, Key: qbft.KeyFromECDSA(testValidatorKey), MaxStateLag: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	txs := sendTransfers(t, n, 4, new(big.Int))
	waitForReceipts(t, n, txs)
	head := waitForHead(t, n, 4) // written out at block 3 (lag 2 over the genesis state), producing on top of it
	if persisted := rawdb.ReadPersistentStateID(n.db); persisted < 3 {
		t.Fatalf("state on disk is at %d, want it written out by block 4", persisted)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n2 := startNode(t, dir, nil)
	defer n2.Close()
	if got := n2.Chain().GetCanonicalHash(head.Number.Uint64()); got != head.Hash() {
		t.Fatalf("block %d changed across restart", head.Number)
	}
	waitForHead(t, n2, head.Number.Uint64()+2)
}

// A new, unfunded account under the free profile sends a burst of
// transactions: go-ethereum's pool alone would take one and refuse the rest
// until the account exists (its delegation limit); the node holds them and
// all are mined within a few blocks.
func TestFreshSenderBurst(t *testing.T) {
	n := startNode(t, t.TempDir(), devGenesis(t, genesis.FeesFree))
	defer n.Close()
	key, _ := crypto.GenerateKey()
	signer := types.LatestSigner(n.Chain().Config())
	to := common.HexToAddress("0xaa")
	var txs []*types.Transaction
	for i := 0; i < 10; i++ {
		tx := types.MustSignNewTx(key, signer, &types.LegacyTx{Nonce: uint64(i), GasPrice: new(big.Int), Gas: params.TxGas, To: &to})
		if err := (rpcBackend{n}).SendTx(t.Context(), tx); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		txs = append(txs, tx)
	}
	start := n.Chain().CurrentBlock().Number.Uint64()
	waitForReceipts(t, n, txs)
	last, _ := n.Chain().GetCanonicalTransaction(txs[len(txs)-1].Hash())
	if blocks := last.BlockIndex - start; blocks > 3 {
		t.Errorf("burst took %d blocks, want at most 3", blocks)
	}
}

// The same burst relayed by an eth peer (one batch, as the transaction
// fetcher delivers it) is held too, not dropped after its first transaction.
func TestFreshSenderBurstFromPeer(t *testing.T) {
	n := startNode(t, t.TempDir(), devGenesis(t, genesis.FeesFree))
	defer n.Close()
	key, _ := crypto.GenerateKey()
	signer := types.LatestSigner(n.Chain().Config())
	to := common.HexToAddress("0xaa")
	var txs []*types.Transaction
	for i := 0; i < 10; i++ {
		txs = append(txs, types.MustSignNewTx(key, signer, &types.LegacyTx{Nonce: uint64(i), GasPrice: new(big.Int), Gas: params.TxGas, To: &to}))
	}
	for i, err := range n.addPeerTxs(txs) {
		if err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
	}
	waitForReceipts(t, n, txs)
}
