package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// recipient receives i+1 wei in block i+1 of replayChain.
var recipient = common.Address{0xaa}

// replayChain builds a chain of n blocks with one transfer each and
// imports only the first `executed` of them; the rest are stored without
// being executed, so their states must be rebuilt.
func replayChain(t *testing.T, n, executed int) (*core.BlockChain, ethdb.Database, []*types.Block) {
	t.Helper()
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	cfg := *params.MergedTestChainConfig
	cfg.ChainID = big.NewInt(1337)
	gen := &core.Genesis{
		Config:     &cfg,
		GasLimit:   30_000_000,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc:      core.SystemContractAllocs(),
	}
	gen.Alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	signer := types.LatestSigner(&cfg)
	engine := beacon.New(ethash.NewFaker())
	_, blocks, _ := core.GenerateChainWithGenesis(gen, engine, n, func(i int, b *core.BlockGen) {
		b.AddTx(types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: cfg.ChainID, Nonce: uint64(i), To: &recipient, Value: big.NewInt(int64(i + 1)),
			Gas: params.TxGas, GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Add(b.BaseFee(), big.NewInt(1)),
		}))
	})
	db := rawdb.NewMemoryDatabase()
	bcCfg := core.DefaultConfig().WithStateScheme(rawdb.PathScheme)
	bcCfg.SnapshotWait = false
	bcCfg.SlowBlockThreshold = -1
	chain, err := core.NewBlockChain(db, gen, engine, bcCfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	if _, err := chain.InsertChain(blocks[:executed]); err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks[executed:] {
		rawdb.WriteBlock(db, b)
	}
	return chain, db, blocks
}

// sumTo is 1 + 2 + … + k, the recipient's balance after block k.
func sumTo(k int) uint64 { return uint64(k * (k + 1) / 2) }

func TestStateAtBlockReexecutes(t *testing.T) {
	chain, db, blocks := replayChain(t, 4, 1)
	ctx := context.Background()

	// blocks[3] (number 4) is three blocks above the last executed one.
	tests := []struct {
		name    string
		block   *types.Block
		limit   uint64
		want    uint64 // recipient balance
		wantErr error
	}{
		{"held state", blocks[0], 0, sumTo(1), nil},
		{"one block re-executed", blocks[1], 1, sumTo(2), nil},
		{"three blocks re-executed", blocks[3], reexecLimit, sumTo(4), nil},
		{"beyond the limit", blocks[3], 2, 0, errStateUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := stateAtBlock(ctx, chain, tt.block, tt.limit)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got := st.GetBalance(recipient).Uint64(); got != tt.want {
				t.Errorf("recipient balance %d, want %d", got, tt.want)
			}
		})
	}

	t.Run("root mismatch", func(t *testing.T) {
		header := blocks[1].Header()
		header.Root = common.Hash{1}
		bad := types.NewBlockWithHeader(header).WithBody(*blocks[1].Body())
		rawdb.WriteBlock(db, bad)
		if _, err := stateAtBlock(ctx, chain, bad, reexecLimit); !errors.Is(err, errStateRootMismatch) {
			t.Errorf("error %v, want %v", err, errStateRootMismatch)
		}
	})
}

func TestStateAtTransaction(t *testing.T) {
	chain, _, blocks := replayChain(t, 3, 1)
	ctx := context.Background()

	tx, bctx, st, err := stateAtTransaction(ctx, chain, blocks[2], 0, reexecLimit)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Hash() != blocks[2].Transactions()[0].Hash() || bctx.BlockNumber.Uint64() != 3 {
		t.Errorf("tx %s in block %v", tx.Hash(), bctx.BlockNumber)
	}
	// Before block 3's transfer: the transfers of blocks 1 and 2.
	if got := st.GetBalance(recipient).Uint64(); got != sumTo(2) {
		t.Errorf("recipient balance %d, want %d", got, sumTo(2))
	}

	if _, _, _, err := stateAtTransaction(ctx, chain, chain.Genesis(), 0, reexecLimit); !errors.Is(err, errNoTxInGenesis) {
		t.Errorf("genesis: %v, want %v", err, errNoTxInGenesis)
	}
	if _, _, _, err := stateAtTransaction(ctx, chain, blocks[2], 1, reexecLimit); err == nil || !strings.Contains(err.Error(), "out of range") {
		t.Errorf("index out of range: %v", err)
	}
}

// TestNodeRPCExtras checks the wiring on a running dev node: unlocked keys,
// txpool_, debug_ raw getters and go-ethereum's tracers over rpcBackend.
func TestNodeRPCExtras(t *testing.T) {
	dev, err := genesis.DevAccounts(2)
	if err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{
		DataDir:      t.TempDir(),
		Genesis:      devGenesis(t, genesis.FeesFree),
		Key:          qbft.KeyFromECDSA(testValidatorKey),
		UnlockedKeys: []*ecdsa.PrivateKey{dev[0].Key},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		n.Close()
		t.Fatal(err)
	}
	defer n.Close()
	client := n.stack.Attach()
	defer client.Close()
	ctx := context.Background()

	var accounts []common.Address
	if err := client.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) != 1 || accounts[0] != dev[0].Address {
		t.Fatalf("eth_accounts = %v (%v)", accounts, err)
	}
	var hash common.Hash
	args := map[string]any{"from": dev[0].Address, "to": dev[1].Address, "value": "0x5"}
	if err := client.CallContext(ctx, &hash, "eth_sendTransaction", args); err != nil {
		t.Fatalf("eth_sendTransaction: %v", err)
	}
	var status map[string]hexutil.Uint
	if err := client.CallContext(ctx, &status, "txpool_status"); err != nil || len(status) != 2 {
		t.Fatalf("txpool_status = %v (%v)", status, err)
	}
	tx := n.TxPool().Get(hash)
	if tx == nil {
		lookup, mined := n.Chain().GetCanonicalTransaction(hash)
		if lookup == nil {
			t.Fatal("sent transaction is neither pooled nor mined")
		}
		tx = mined
	}
	waitForReceipts(t, n, []*types.Transaction{tx})

	var frame struct {
		Type  string         `json:"type"`
		From  common.Address `json:"from"`
		To    common.Address `json:"to"`
		Value *hexutil.Big   `json:"value"`
	}
	cfg := map[string]any{"tracer": "callTracer"}
	if err := client.CallContext(ctx, &frame, "debug_traceTransaction", hash, cfg); err != nil {
		t.Fatalf("debug_traceTransaction: %v", err)
	}
	if frame.Type != "CALL" || frame.From != dev[0].Address || frame.To != dev[1].Address || frame.Value.ToInt().Int64() != 5 {
		t.Errorf("call frame %+v", frame)
	}
	var raw hexutil.Bytes
	if err := client.CallContext(ctx, &raw, "debug_getRawTransaction", hash); err != nil {
		t.Fatal(err)
	}
	if got := new(types.Transaction); got.UnmarshalBinary(raw) != nil || got.Hash() != hash {
		t.Errorf("debug_getRawTransaction does not decode to %s", hash)
	}
	var reply json.RawMessage
	if err := client.CallContext(ctx, &reply, "eth_sign", dev[1].Address, hexutil.Bytes("x")); err == nil || err.Error() != "unknown account" {
		t.Errorf("eth_sign with a locked account: %s, %v", reply, err)
	}
}
