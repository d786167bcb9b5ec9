package qbftgen_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// genesisTime dates every test genesis; testNow is the clock of the
// verifying engines, late enough that no generated block is in the future.
const genesisTime = 1_700_000_000

func testNow() time.Time { return time.Unix(genesisTime+1_000_000, 0) }

// probeCode stores what the EVM sees of the block header:
// PREVRANDAO→slot 0, COINBASE→slot 1, TIMESTAMP→slot 2.
var probeCode = []byte{
	0x44, 0x5f, 0x55, // PREVRANDAO PUSH0 SSTORE
	0x41, 0x60, 0x01, 0x55, // COINBASE PUSH1 1 SSTORE
	0x42, 0x60, 0x02, 0x55, // TIMESTAMP PUSH1 2 SSTORE
	0x00, // STOP
}

var (
	probeAddr = common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	recipient = common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
)

func mustKey(seed string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		panic(err)
	}
	return k
}

// fixture is a QBFT genesis with a funded sender and a probe contract,
// and the keys of its validators.
type fixture struct {
	spec   *genesis.Genesis
	keys   []*ecdsa.PrivateKey // sorted by address; the first `validators` are V(1)
	sender *ecdsa.PrivateKey
}

type fixtureOptions struct {
	keys, validators int // key pool and V(1) size: default 4 and 4
	feeProfile       string
	qbft             qbft.Config
}

func newFixture(t testing.TB, o fixtureOptions) *fixture {
	t.Helper()
	if o.keys == 0 {
		o.keys = 4
	}
	if o.validators == 0 {
		o.validators = o.keys
	}
	f := &fixture{sender: mustKey("qbftgen test sender")}
	for i := range o.keys {
		f.keys = append(f.keys, mustKey(fmt.Sprintf("qbftgen test validator %d", i)))
	}
	slices.SortFunc(f.keys, func(a, b *ecdsa.PrivateKey) int {
		return crypto.PubkeyToAddress(a.PublicKey).Cmp(crypto.PubkeyToAddress(b.PublicKey))
	})
	var validators []common.Address
	for _, k := range f.keys[:o.validators] {
		validators = append(validators, crypto.PubkeyToAddress(k.PublicKey))
	}
	spec, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    genesis.DevChainID,
		Validators: validators,
		QBFT:       o.qbft,
		FeeProfile: o.feeProfile,
		Timestamp:  genesisTime,
		Alloc: types.GenesisAlloc{
			crypto.PubkeyToAddress(f.sender.PublicKey): {Balance: big.NewInt(params.Ether)},
			probeAddr: {Code: probeCode},
		},
	})
	if err != nil {
		t.Fatalf("NewQBFT: %v", err)
	}
	f.spec = spec
	return f
}

func (f *fixture) address(i int) common.Address { return crypto.PubkeyToAddress(f.keys[i].PublicKey) }

// engine returns a verify-only engine for the fixture's chain.
func (f *fixture) engine() *qbft.Engine {
	return qbft.New(qbft.Options{
		Config:     *f.spec.QBFT,
		ChainID:    f.spec.Core.Config.ChainID,
		FeeProfile: f.spec.Xiang.FeeProfile,
		Now:        testNow,
	})
}

// insert imports blocks into a fresh in-memory core.BlockChain running the
// QBFT engine, in one batch, and returns the chain and its engine.
func (f *fixture) insert(t testing.TB, blocks []*types.Block) (*core.BlockChain, *qbft.Engine) {
	t.Helper()
	engine := f.engine()
	cfg := core.DefaultConfig()
	cfg.SlowBlockThreshold = -1
	chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), f.spec.Core, engine, cfg)
	if err != nil {
		t.Fatalf("NewBlockChain: %v", err)
	}
	t.Cleanup(chain.Stop)
	if n, err := chain.InsertChain(blocks); err != nil {
		t.Fatalf("InsertChain failed at index %d: %v", n, err)
	}
	return chain, engine
}

// transfers returns a Gen callback that sends perBlock zero-priced transfers
// of 1000 wei to recipient in every block (priced at the base fee under the
// market profile) and calls the probe in every 10th block.
func (f *fixture) transfers(perBlock int) func(int, *qbftgen.BlockGen) error {
	from := crypto.PubkeyToAddress(f.sender.PublicKey)
	return func(i int, b *qbftgen.BlockGen) error {
		fee := b.BaseFee()
		send := func(to common.Address, gas uint64, value int64) error {
			tx := types.MustSignNewTx(f.sender, b.Signer(), &types.DynamicFeeTx{
				ChainID:   f.spec.Core.Config.ChainID,
				Nonce:     b.TxNonce(from),
				GasTipCap: new(big.Int),
				GasFeeCap: fee,
				Gas:       gas,
				To:        &to,
				Value:     big.NewInt(value),
			})
			_, err := b.AddTx(tx)
			return err
		}
		for range perBlock {
			if err := send(recipient, params.TxGas, 1000); err != nil {
				return err
			}
		}
		if i%10 == 0 {
			return send(probeAddr, 200_000, 0)
		}
		return nil
	}
}

// TestGenerateImports generates 300 blocks with transfers on 4 validators,
// imports them into a core.BlockChain with the QBFT engine, and checks every
// header, the carried certificates, the last certificate, the receipts and
// what the EVM saw of the header.
func TestGenerateImports(t *testing.T) {
	const n = 300
	f := newFixture(t, fixtureOptions{})
	gen, err := qbftgen.Generate(f.spec, f.keys, n, qbftgen.Options{Gen: f.transfers(2)})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	if len(gen.Blocks) != n || len(gen.Receipts) != n {
		t.Fatalf("got %d blocks and %d receipt lists, want %d", len(gen.Blocks), len(gen.Receipts), n)
	}
	if gen.Genesis.Hash() != f.spec.Core.ToBlock().Hash() {
		t.Fatalf("genesis %x, want %x", gen.Genesis.Hash(), f.spec.Core.ToBlock().Hash())
	}
	chain, engine := f.insert(t, gen.Blocks)
	if head := chain.CurrentBlock(); head.Hash() != gen.Head().Hash() {
		t.Fatalf("head %d %x, want %d %x", head.Number, head.Hash(), n, gen.Head().Hash())
	}

	validators, err := qbft.ValidatorsOf(gen.Genesis.Header())
	if err != nil {
		t.Fatal(err)
	}
	quorum := qbft.Quorum(len(validators))
	parent := gen.Genesis.Header()
	for i, block := range gen.Blocks {
		h := block.Header()
		if err := engine.VerifyHeader(chain, h); err != nil {
			t.Fatalf("VerifyHeader block %d: %v", h.Number, err)
		}
		if want := qbft.Proposer(validators, parent.Coinbase, 0); h.Coinbase != want {
			t.Fatalf("block %d coinbase %s, want round-0 proposer %s", h.Number, h.Coinbase, want)
		}
		if want := uint64(genesisTime + i + 1); h.Time != want {
			t.Fatalf("block %d time %d, want %d", h.Number, h.Time, want)
		}
		extra, err := qbft.DecodeExtra(h.Extra)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(extra.Validators, validators) || extra.Vote != nil {
			t.Fatalf("block %d lists %v vote %v, want %v and no vote", h.Number, extra.Validators, extra.Vote, validators)
		}
		if i > 0 {
			if pc := extra.ParentCommit; pc == nil || pc.Round != 0 || len(pc.Seals) != quorum {
				t.Fatalf("block %d parent commit %+v, want round 0 with %d seals", h.Number, pc, quorum)
			}
			if err := engine.VerifyCertificate(chain, parent, extra.ParentCommit); err != nil {
				t.Fatalf("certificate of block %d: %v", parent.Number, err)
			}
		}
		stored := chain.GetReceiptsByHash(block.Hash())
		if len(stored) != len(gen.Receipts[i]) || len(block.Transactions()) != len(stored) {
			t.Fatalf("block %d: %d receipts stored, %d generated, %d txs", h.Number, len(stored), len(gen.Receipts[i]), len(block.Transactions()))
		}
		for j, r := range gen.Receipts[i] {
			if r.Status != types.ReceiptStatusSuccessful || r.BlockHash != block.Hash() || r.TxHash != stored[j].TxHash || r.GasUsed != stored[j].GasUsed {
				t.Fatalf("block %d receipt %d: %+v, stored %+v", h.Number, j, r, stored[j])
			}
		}
		parent = h
	}

	if err := engine.VerifyCertificate(chain, gen.Head().Header(), gen.Certificate); err != nil {
		t.Fatalf("last certificate: %v", err)
	}
	for _, num := range []uint64{1, 150, n - 1, n} {
		if err := engine.VerifyCertificate(chain, gen.Blocks[num-1].Header(), gen.CertificateOf(num)); err != nil {
			t.Fatalf("CertificateOf(%d): %v", num, err)
		}
	}
	if gen.CertificateOf(0) != nil || gen.CertificateOf(n+1) != nil {
		t.Fatal("CertificateOf returned a certificate for the genesis or past the head")
	}
	short := &qbft.CommitCertificate{Round: gen.Certificate.Round, Seals: gen.Certificate.Seals[:quorum-1]}
	if err := engine.VerifyCertificate(chain, gen.Head().Header(), short); !errors.Is(err, qbft.ErrInsufficientSeals) {
		t.Fatalf("last certificate without a seal: got %v, want %v", err, qbft.ErrInsufficientSeals)
	}

	st, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.GetBalance(recipient).Uint64(), uint64(n*2*1000); got != want {
		t.Fatalf("recipient balance %d, want %d", got, want)
	}
	// The probe ran last in block 291: the EVM saw the final header fields.
	probed := gen.Blocks[290].Header()
	if got := st.GetState(probeAddr, common.Hash{}); got != probed.MixDigest {
		t.Fatalf("PREVRANDAO seen %x, want mixDigest %x", got, probed.MixDigest)
	}
	if got := common.BytesToAddress(st.GetState(probeAddr, common.BigToHash(big.NewInt(1))).Bytes()); got != probed.Coinbase {
		t.Fatalf("COINBASE seen %s, want %s", got, probed.Coinbase)
	}
	if got := st.GetState(probeAddr, common.BigToHash(big.NewInt(2))).Big().Uint64(); got != probed.Time {
		t.Fatalf("TIMESTAMP seen %d, want %d", got, probed.Time)
	}
}

// TestGenerateMarketFees runs the market fee profile: EIP-1559 base fees,
// transactions priced at them, imported by the engine.
func TestGenerateMarketFees(t *testing.T) {
	f := newFixture(t, fixtureOptions{feeProfile: genesis.FeesMarket})
	gen, err := qbftgen.Generate(f.spec, f.keys, 20, qbftgen.Options{Gen: f.transfers(1)})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	f.insert(t, gen.Blocks)
	if got := gen.Blocks[0].BaseFee(); got.Uint64() != params.InitialBaseFee*7/8 {
		t.Fatalf("block 1 base fee %v, want %d (genesis %d, empty parent)", got, params.InitialBaseFee*7/8, params.InitialBaseFee)
	}
}

// TestGenerateDeterministic checks that the same inputs give the same chain
// (also with the keys in another order), and that the inputs matter.
func TestGenerateDeterministic(t *testing.T) {
	f := newFixture(t, fixtureOptions{keys: 5, validators: 4})
	opts := qbftgen.Options{Gen: f.transfers(1), Votes: map[uint64]qbft.Vote{2: {Address: f.address(4), Add: true}}}
	a, err := qbftgen.Generate(f.spec, f.keys, 30, opts)
	if err != nil {
		t.Fatal(err)
	}
	reversed := slices.Clone(f.keys)
	slices.Reverse(reversed)
	b, err := qbftgen.Generate(f.spec, reversed, 30, opts)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Blocks {
		if a.Blocks[i].Hash() != b.Blocks[i].Hash() {
			t.Fatalf("block %d: %x then %x", i+1, a.Blocks[i].Hash(), b.Blocks[i].Hash())
		}
	}
	if !slices.Equal(qbft.EncodeCommit(a.Certificate), qbft.EncodeCommit(b.Certificate)) {
		t.Fatal("last certificates differ")
	}

	later, err := qbftgen.Generate(f.spec, f.keys, 30, qbftgen.Options{Gen: f.transfers(1), Start: genesisTime + 5})
	if err != nil {
		t.Fatal(err)
	}
	if later.Blocks[0].Time() != genesisTime+5 || later.Blocks[29].Time() != genesisTime+34 {
		t.Fatalf("times %d..%d, want %d..%d", later.Blocks[0].Time(), later.Blocks[29].Time(), genesisTime+5, genesisTime+34)
	}
	if later.Head().Hash() == a.Head().Hash() {
		t.Fatal("another start time gave the same chain")
	}
}

// TestGenerateVotes adds a fifth validator by three votes, then drops it
// again, and checks the validator lists, the quorum of the certificates
// and the new validator's turn as proposer, all accepted on import.
func TestGenerateVotes(t *testing.T) {
	f := newFixture(t, fixtureOptions{keys: 5, validators: 4})
	// The round-0 proposers of three consecutive blocks are distinct, and
	// three is more than half of 4 and of 5: blocks 1..3 add the newcomer,
	// blocks 10..12 drop it.
	newcomer := f.address(4)
	votes := map[uint64]qbft.Vote{}
	for n := uint64(1); n <= 3; n++ {
		votes[n] = qbft.Vote{Address: newcomer, Add: true}
	}
	for n := uint64(10); n <= 12; n++ {
		votes[n] = qbft.Vote{Address: newcomer, Add: false}
	}
	gen, err := qbftgen.Generate(f.spec, f.keys, 20, qbftgen.Options{Votes: votes})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	chain, engine := f.insert(t, gen.Blocks)

	proposed := false
	for i, block := range gen.Blocks {
		n := uint64(i + 1)
		extra, err := qbft.DecodeExtra(block.Extra())
		if err != nil {
			t.Fatal(err)
		}
		if v, ok := votes[n]; ok != (extra.Vote != nil) || ok && *extra.Vote != v {
			t.Fatalf("block %d vote %v, want %v", n, extra.Vote, v)
		}
		member := slices.Contains(extra.Validators, newcomer)
		if want := n >= 3 && n < 12; member != want {
			t.Fatalf("block %d lists newcomer: %t, want %t", n, member, want)
		}
		size := 4
		if n >= 4 && n <= 12 {
			size = 5 // V(n) includes the newcomer
		}
		if n >= 2 {
			// The carried certificate is block n-1's, sealed by V(n-1).
			if got, want := len(extra.ParentCommit.Seals), qbft.Quorum(len(must(qbft.ValidatorsOf(chain.GetHeaderByNumber(n-2))))); got != want {
				t.Fatalf("block %d carries %d seals, want %d", n, got, want)
			}
		}
		if v := must(qbft.ValidatorsOf(chain.GetHeaderByNumber(n - 1))); len(v) != size {
			t.Fatalf("V(%d) has %d validators, want %d", n, len(v), size)
		}
		proposed = proposed || block.Coinbase() == newcomer
	}
	if !proposed {
		t.Fatal("the added validator never proposed")
	}
	if err := engine.VerifyCertificate(chain, gen.Head().Header(), gen.Certificate); err != nil {
		t.Fatalf("last certificate: %v", err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestGenerateErrors checks that impossible requests fail with their named
// errors instead of producing a chain the engine would reject.
func TestGenerateErrors(t *testing.T) {
	f := newFixture(t, fixtureOptions{keys: 5, validators: 4})
	slow := newFixture(t, fixtureOptions{qbft: qbft.Config{BlockPeriodSeconds: 2, EpochLength: 4}})
	errGen := errors.New("callback failed")
	member := f.address(0)
	tests := []struct {
		name string
		spec *genesis.Genesis
		keys []*ecdsa.PrivateKey
		n    int
		opts qbftgen.Options
		want error
	}{
		{"no qbft config", &genesis.Genesis{Core: f.spec.Core}, f.keys, 1, qbftgen.Options{}, qbftgen.ErrNotQBFT},
		{"negative count", f.spec, f.keys, -1, qbftgen.Options{}, qbftgen.ErrBlockCount},
		{"keys below quorum", f.spec, f.keys[:2], 3, qbftgen.Options{}, qbftgen.ErrNotEnoughKeys},
		{"period below config", slow.spec, slow.keys, 3, qbftgen.Options{Period: 1}, qbftgen.ErrTimestamp},
		{"start before first period", slow.spec, slow.keys, 3, qbftgen.Options{Start: genesisTime + 1}, qbftgen.ErrTimestamp},
		{"vote adding a member", f.spec, f.keys, 3, qbftgen.Options{Votes: map[uint64]qbft.Vote{2: {Address: member, Add: true}}}, qbftgen.ErrVoteNotCast},
		{"vote in an epoch block", slow.spec, slow.keys, 5, qbftgen.Options{Votes: map[uint64]qbft.Vote{4: {Address: recipient, Add: true}}}, qbftgen.ErrVoteNotCast},
		{"callback error", f.spec, f.keys, 3, qbftgen.Options{Gen: func(i int, b *qbftgen.BlockGen) error {
			if b.Number() == 2 {
				return errGen
			}
			return nil
		}}, errGen},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gen, err := qbftgen.Generate(tc.spec, tc.keys, tc.n, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if gen != nil {
				t.Fatal("a chain was returned with the error")
			}
		})
	}
}

// TestBlockGenAddTx checks that a transaction that cannot be included is
// left out without touching the state, and that the view of the block the
// callback gets is the final one.
func TestBlockGenAddTx(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	from := crypto.PubkeyToAddress(f.sender.PublicKey)
	gen, err := qbftgen.Generate(f.spec, f.keys, 2, qbftgen.Options{Gen: func(i int, b *qbftgen.BlockGen) error {
		tx := func(nonce uint64) *types.Transaction {
			return types.MustSignNewTx(f.sender, b.Signer(), &types.DynamicFeeTx{
				ChainID: f.spec.Core.Config.ChainID, Nonce: nonce, GasTipCap: new(big.Int), GasFeeCap: new(big.Int),
				Gas: params.TxGas, To: &recipient, Value: big.NewInt(7),
			})
		}
		before, gas := b.Balance(from), b.Gas()
		if _, err := b.AddTx(tx(b.TxNonce(from) + 1)); !errors.Is(err, core.ErrNonceTooHigh) {
			return fmt.Errorf("nonce gap: got %v, want %w", err, core.ErrNonceTooHigh)
		}
		if b.Balance(from).Cmp(before) != 0 || b.Gas() != gas {
			return errors.New("a refused transaction changed the state or the gas pool")
		}
		r, err := b.AddTx(tx(b.TxNonce(from)))
		if err != nil {
			return err
		}
		if b.Gas() != gas-r.GasUsed || b.Balance(recipient).Uint64() != uint64(7*(i+1)) {
			return fmt.Errorf("after a transfer: gas %d (was %d, used %d), recipient %v", b.Gas(), gas, r.GasUsed, b.Balance(recipient))
		}
		if !slices.Contains(b.Validators(), b.Coinbase()) || b.Parent().Number.Uint64()+1 != b.Number() {
			return errors.New("block view is inconsistent")
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	for _, block := range gen.Blocks {
		if len(block.Transactions()) != 1 {
			t.Fatalf("block %d has %d transactions, want 1", block.NumberU64(), len(block.Transactions()))
		}
	}
	f.insert(t, gen.Blocks)
}

// BenchmarkGenerateEmpty5000 measures generating the 5,000-block chain of
// issue 5 (4 validators, empty blocks). Run with -benchtime=1x.
func BenchmarkGenerateEmpty5000(b *testing.B) {
	f := newFixture(b, fixtureOptions{})
	for b.Loop() {
		if _, err := qbftgen.Generate(f.spec, f.keys, 5000, qbftgen.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
