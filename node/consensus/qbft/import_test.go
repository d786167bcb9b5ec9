package qbft_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// certStore is the node's side of CertificateSource in these tests.
type certStore map[common.Hash]*qbft.CommitCertificate

func (s certStore) Certificate(hash common.Hash) *qbft.CommitCertificate { return s[hash] }

// importFixture is a real core.BlockChain run with the QBFT engine under the
// free fee profile, with a funded sender and 4 validators.
type importFixture struct {
	gspec      *core.Genesis
	keys       map[common.Address]*ecdsa.PrivateKey
	sender     *ecdsa.PrivateKey
	recipient  common.Address
	certs      certStore
	engineOpts qbft.Options
}

func newImportFixture(t *testing.T) *importFixture {
	keys := testKeys(4)
	sender, _ := crypto.ToECDSA(crypto.Keccak256([]byte("xiangchain qbft test sender")))
	alloc := core.SystemContractAllocs()
	alloc[crypto.PubkeyToAddress(sender.PublicKey)] = types.Account{Balance: big.NewInt(params.Ether)}
	f := &importFixture{
		gspec: &core.Genesis{
			Config:     genesis.ChainConfig(genesis.DevChainID),
			Timestamp:  genesisTime,
			ExtraData:  (&qbft.Extra{Validators: sortedAddrs(keys)}).Encode(),
			GasLimit:   genesis.DefaultGasLimit,
			Difficulty: new(big.Int),
			BaseFee:    new(big.Int),
			Alloc:      alloc,
		},
		keys:      keys,
		sender:    sender,
		recipient: common.HexToAddress("0x00000000000000000000000000000000000c0ffe"),
		certs:     make(certStore),
	}
	f.engineOpts = qbft.Options{
		ChainID:    big.NewInt(genesis.DevChainID),
		FeeProfile: genesis.FeesFree,
		Now:        testNow,
	}
	return f
}

func (f *importFixture) newChain(t *testing.T, certs qbft.CertificateSource) (*core.BlockChain, *qbft.Engine) {
	t.Helper()
	opts := f.engineOpts
	opts.Certs = certs
	engine := qbft.New(opts)
	cfg := core.DefaultConfig()
	cfg.SlowBlockThreshold = -1
	chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), f.gspec, engine, cfg)
	if err != nil {
		t.Fatalf("NewBlockChain: %v", err)
	}
	t.Cleanup(chain.Stop)
	return chain, engine
}

// buildBlock builds the next block on the chain's head by hand, the way the
// miner does: header, engine.Prepare, pre-execution system calls, the
// transactions, post-execution requests, Finalize, AssembleBlock.
func buildBlock(t *testing.T, chain *core.BlockChain, engine *qbft.Engine, txs []*types.Transaction) *types.Block {
	t.Helper()
	ctx := context.Background()
	cfg := chain.Config()
	parent := chain.CurrentBlock()
	validators, err := qbft.ValidatorsOf(parent)
	if err != nil {
		t.Fatal(err)
	}
	header := &types.Header{
		ParentHash: parent.Hash(),
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:   core.CalcGasLimit(parent.GasLimit, genesis.DefaultGasLimit),
		Time:       parent.Time + 1,
		Coinbase:   qbft.Proposer(validators, parent.Coinbase, 0),
		BaseFee:    eip1559.CalcBaseFee(cfg, parent),
	}
	if err := engine.Prepare(chain, header); err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	excess := eip4844.CalcExcessBlobGas(cfg, parent, header.Time)
	header.BlobGasUsed, header.ExcessBlobGas = new(uint64), &excess
	header.ParentBeaconRoot = new(common.Hash)

	statedb, err := chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		t.Fatal(err)
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, chain, nil), statedb, cfg, vm.Config{})
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, cfg, evm, header.Number, header.Time)
	gp := core.NewGasPool(header.GasLimit)
	var (
		receipts []*types.Receipt
		logs     []*types.Log
	)
	for i, tx := range txs {
		statedb.SetTxContext(tx.Hash(), i, uint32(i+1))
		receipt, _, err := core.ApplyTransaction(ctx, evm, gp, statedb, header, tx)
		if err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		receipts = append(receipts, receipt)
		logs = append(logs, receipt.Logs...)
	}
	header.GasUsed = gp.Used()
	body := &types.Body{Transactions: txs, Withdrawals: []*types.Withdrawal{}}
	requests, _, err := core.PostExecution(ctx, cfg, header.Number, header.Time, logs, body.Withdrawals, evm, uint32(len(txs)+1))
	if err != nil {
		t.Fatal(err)
	}
	reqHash := types.CalcRequestsHash(requests)
	header.RequestsHash = &reqHash
	engine.Finalize(chain, header, statedb, body)
	return core.AssembleBlock(chain, header, statedb, body, receipts, nil)
}

// certify signs block's certificate in round 0 with a quorum of V(N).
func (f *importFixture) certify(t *testing.T, chain *core.BlockChain, block *types.Block) {
	t.Helper()
	v, err := qbft.ValidatorsOf(chain.GetHeaderByHash(block.ParentHash()))
	if err != nil {
		t.Fatal(err)
	}
	cert := &qbft.CommitCertificate{}
	for _, a := range v[:qbft.Quorum(len(v))] {
		seal, err := qbft.KeyFromECDSA(f.keys[a]).SignCommitSeal(f.engineOpts.ChainID, block.Hash(), 0)
		if err != nil {
			t.Fatal(err)
		}
		cert.Seals = append(cert.Seals, seal)
	}
	f.certs[block.Hash()] = cert
}

// produce builds n blocks on a producer chain, each with a zero-priced
// transfer, inserting and certifying each before building the next.
func (f *importFixture) produce(t *testing.T, n int) []*types.Block {
	t.Helper()
	chain, engine := f.newChain(t, f.certs)
	signer := types.LatestSigner(chain.Config())
	var blocks []*types.Block
	for i := range n {
		tx := types.MustSignNewTx(f.sender, signer, &types.DynamicFeeTx{
			ChainID:   f.engineOpts.ChainID,
			Nonce:     uint64(i),
			GasTipCap: new(big.Int),
			GasFeeCap: new(big.Int),
			Gas:       params.TxGas,
			To:        &f.recipient,
			Value:     big.NewInt(1000),
		})
		block := buildBlock(t, chain, engine, []*types.Transaction{tx})
		if _, err := chain.InsertChain(types.Blocks{block}); err != nil {
			t.Fatalf("producer InsertChain block %d: %v", block.Number(), err)
		}
		f.certify(t, chain, block)
		blocks = append(blocks, block)
	}
	return blocks
}

// TestImportChain imports produced blocks into a fresh core.BlockChain with a
// verify-only engine, in one batch, then checks tampered blocks fail with
// their named errors.
func TestImportChain(t *testing.T) {
	f := newImportFixture(t)
	blocks := f.produce(t, 5)

	chain, _ := f.newChain(t, nil)
	if n, err := chain.InsertChain(blocks); err != nil {
		t.Fatalf("InsertChain failed at %d: %v", n, err)
	}
	if head := chain.CurrentBlock().Number.Uint64(); head != 5 {
		t.Fatalf("head %d, want 5", head)
	}
	state, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if got := state.GetBalance(f.recipient).Uint64(); got != 5000 {
		t.Fatalf("recipient balance %d, want 5000", got)
	}
	for _, b := range blocks {
		if b.Difficulty().Sign() != 0 || b.BaseFee().Sign() != 0 {
			t.Fatalf("block %d: difficulty %v base fee %v, want 0 and 0", b.Number(), b.Difficulty(), b.BaseFee())
		}
	}

	tamper := func(b *types.Block, edit func(h *types.Header, e *qbft.Extra)) *types.Block {
		h := b.Header()
		e, err := qbft.DecodeExtra(h.Extra)
		if err != nil {
			t.Fatal(err)
		}
		edit(h, e)
		h.Extra = e.Encode()
		h.MixDigest = qbft.MixDigest(blocks[h.Number.Uint64()-2].MixDigest(), e.ParentCommit)
		return b.WithSeal(h)
	}
	tests := []struct {
		name  string
		block *types.Block
		want  error
	}{
		{"too few seals", tamper(blocks[3], func(h *types.Header, e *qbft.Extra) { e.ParentCommit.Seals = e.ParentCommit.Seals[:2] }), qbft.ErrInsufficientSeals},
		{"seals of another round", tamper(blocks[3], func(h *types.Header, e *qbft.Extra) { e.ParentCommit.Round = 1 }), qbft.ErrMixedRoundSeals},
		{"coinbase not a validator", tamper(blocks[3], func(h *types.Header, e *qbft.Extra) { h.Coinbase = f.recipient }), qbft.ErrCoinbaseNotValidator},
		{"non-zero base fee", tamper(blocks[3], func(h *types.Header, e *qbft.Extra) { h.BaseFee = big.NewInt(1) }), qbft.ErrInvalidBaseFee},
		{"difficulty 1", tamper(blocks[3], func(h *types.Header, e *qbft.Extra) { h.Difficulty = big.NewInt(1) }), qbft.ErrInvalidDifficulty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			chain, _ := f.newChain(t, nil)
			batch := append(types.Blocks{}, blocks[:3]...)
			batch = append(batch, tc.block)
			n, err := chain.InsertChain(batch)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if n != 3 {
				t.Fatalf("failed at index %d, want 3", n)
			}
			if head := chain.CurrentBlock().Number.Uint64(); head != 3 {
				t.Fatalf("head %d, want 3", head)
			}
		})
	}
}
