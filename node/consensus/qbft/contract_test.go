package qbft_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/xiangchain/xiangchain/bindings/governance"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// validatorSetAddr is where the contract-mode fixtures put ValidatorSet.
var validatorSetAddr = common.HexToAddress("0x0000000000000000000000000000000000007a15")

// contractFixture is a QBFT genesis with ValidatorSet in its alloc, a pool
// of five validator keys, the contract's admin and an account that is not
// the admin.
type contractFixture struct {
	spec     *genesis.Genesis
	keys     []*ecdsa.PrivateKey // the pool, sorted by address
	pool     []common.Address
	admin    *ecdsa.PrivateKey
	stranger *ecdsa.PrivateKey
}

// newContractFixture builds the fixture with V(1) = pool[v1[0]], … and
// the contract starting with pool[initial[0]], …, under config.qbft cfg.
func newContractFixture(t *testing.T, v1, initial []int, cfg qbft.Config) *contractFixture {
	t.Helper()
	f := &contractFixture{admin: testKey(100), stranger: testKey(101)}
	keys := testKeys(5)
	f.pool = sortedAddrs(keys)
	for _, a := range f.pool {
		f.keys = append(f.keys, keys[a])
	}
	contract, err := governance.ValidatorSetGenesisAccount(crypto.PubkeyToAddress(f.admin.PublicKey), f.members(initial...))
	if err != nil {
		t.Fatalf("ValidatorSetGenesisAccount: %v", err)
	}
	f.spec, err = genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    genesis.DevChainID,
		Validators: f.members(v1...),
		QBFT:       cfg,
		Timestamp:  genesisTime,
		Alloc: types.GenesisAlloc{
			validatorSetAddr: contract,
			crypto.PubkeyToAddress(f.admin.PublicKey):    {Balance: big.NewInt(params.Ether)},
			crypto.PubkeyToAddress(f.stranger.PublicKey): {Balance: big.NewInt(params.Ether)},
		},
	})
	if err != nil {
		t.Fatalf("NewQBFT: %v", err)
	}
	return f
}

// members returns the pool addresses at the indices, sorted.
func (f *contractFixture) members(indices ...int) []common.Address {
	out := make([]common.Address, 0, len(indices))
	for _, i := range indices {
		out = append(out, f.pool[i])
	}
	qbft.SortAddresses(out)
	return out
}

// call is one transaction to ValidatorSet.
type call struct {
	from *ecdsa.PrivateKey
	data []byte
}

// generate builds n certified blocks; calls[i] go into block i.
func (f *contractFixture) generate(t *testing.T, n int, calls map[uint64][]call) *qbftgen.Chain {
	t.Helper()
	c, err := qbftgen.Generate(f.spec, f.keys, n, qbftgen.Options{Gen: func(i int, b *qbftgen.BlockGen) error {
		for _, c := range calls[b.Number()] {
			tx := types.MustSignNewTx(c.from, b.Signer(), &types.DynamicFeeTx{
				ChainID:   f.spec.Core.Config.ChainID,
				Nonce:     b.TxNonce(crypto.PubkeyToAddress(c.from.PublicKey)),
				GasTipCap: new(big.Int),
				GasFeeCap: new(big.Int),
				Gas:       300_000,
				To:        &validatorSetAddr,
				Data:      c.data,
			})
			if _, err := b.AddTx(tx); err != nil {
				return err
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return c
}

// newChain returns an empty core.BlockChain on the fixture's genesis whose
// engine evaluates the contract on the chain's own states, as the node does.
func (f *contractFixture) newChain(t *testing.T) (*core.BlockChain, *qbft.Engine) {
	t.Helper()
	var chain *core.BlockChain
	engine := qbft.New(qbft.Options{
		Config:     *f.spec.QBFT,
		ChainID:    f.spec.Core.Config.ChainID,
		FeeProfile: f.spec.Xiang.FeeProfile,
		Now:        testNow,
		Contracts: qbft.NewStateCaller(f.spec.Core.Config, func(h *types.Header) (*state.StateDB, error) {
			return chain.StateAt(h.Root, h.Number, h.Time)
		}),
	})
	if err := engine.ConfigError(); err != nil {
		t.Fatal(err)
	}
	cfg := core.DefaultConfig()
	cfg.SlowBlockThreshold = -1
	var err error
	chain, err = core.NewBlockChain(rawdb.NewMemoryDatabase(), f.spec.Core, engine, cfg)
	if err != nil {
		t.Fatalf("NewBlockChain: %v", err)
	}
	t.Cleanup(chain.Stop)
	return chain, engine
}

// insertOneByOne imports blocks one InsertChain call each, the way a node
// must in contract mode (see qbft.ContractCaller: header N needs the state
// after N−1).
func insertOneByOne(t *testing.T, chain *core.BlockChain, blocks []*types.Block) {
	t.Helper()
	for _, b := range blocks {
		if _, err := chain.InsertChain(types.Blocks{b}); err != nil {
			t.Fatalf("InsertChain block %d: %v", b.NumberU64(), err)
		}
	}
}

// listed returns the validators header lists.
func listed(t *testing.T, h *types.Header) []common.Address {
	t.Helper()
	v, err := qbft.ValidatorsOf(h)
	if err != nil {
		t.Fatalf("block %d: %v", h.Number, err)
	}
	return v
}

// TestContractModeValidatorChanges runs a chain in contract mode from
// genesis: the admin adds a validator in block 3 and removes one in block
// 6, a stranger's add in block 4 reverts. Header N lists getValidators()
// after N−1, so the change of block k is listed by block k+1 (V(k+2)).
// A fresh core.BlockChain imports the chain with the engine reading its own
// states.
func TestContractModeValidatorChanges(t *testing.T) {
	f := newContractFixture(t, []int{0, 1, 2, 3}, []int{0, 1, 2, 3}, qbft.Config{ValidatorContract: &validatorSetAddr})
	vs := governance.NewValidatorSet()
	newcomer, dropped := f.pool[4], f.pool[0]
	chain := f.generate(t, 9, map[uint64][]call{
		3: {{f.admin, vs.PackAddValidator(newcomer)}},
		4: {{f.stranger, vs.PackAddValidator(crypto.PubkeyToAddress(f.stranger.PublicKey))}},
		6: {{f.admin, vs.PackRemoveValidator(dropped)}},
	})
	if st := chain.Receipts[2][0].Status; st != types.ReceiptStatusSuccessful {
		t.Fatalf("admin addValidator in block 3: status %d", st)
	}
	if st := chain.Receipts[3][0].Status; st != types.ReceiptStatusFailed {
		t.Fatalf("stranger addValidator in block 4: status %d, want a revert", st)
	}
	v1, added, removed := f.members(0, 1, 2, 3), f.members(0, 1, 2, 3, 4), f.members(1, 2, 3, 4)
	want := map[uint64][]common.Address{
		0: v1, 1: v1, 2: v1, 3: v1,
		4: added, 5: added, 6: added,
		7: removed, 8: removed, 9: removed,
	}
	headers := []*types.Header{chain.Genesis.Header()}
	for _, b := range chain.Blocks {
		headers = append(headers, b.Header())
	}
	for n, h := range headers {
		if got := listed(t, h); !slices.Equal(got, want[uint64(n)]) {
			t.Errorf("block %d lists %v, want %v", n, got, want[uint64(n)])
		}
		if n > 0 {
			if extra, _ := qbft.DecodeExtra(h.Extra); extra.Vote != nil {
				t.Errorf("block %d carries a vote in contract mode", n)
			}
		}
	}
	// The newcomer seals from block 5 (V(5) is the first set with it): the
	// certificate of block 5 (carried by block 6) has Q(5) = 4 seals.
	if cert := chain.CertificateOf(5); len(cert.Seals) != qbft.Quorum(5) {
		t.Errorf("certificate of block 5 has %d seals, want %d", len(cert.Seals), qbft.Quorum(5))
	}

	bc, engine := f.newChain(t)
	insertOneByOne(t, bc, chain.Blocks)
	if head := bc.CurrentBlock().Number.Uint64(); head != 9 {
		t.Fatalf("imported head %d, want 9", head)
	}
	if c, ok := engine.ValidatorContract(5); !ok || c != validatorSetAddr {
		t.Errorf("ValidatorContract(5) = %s, %t", c, ok)
	}

	// A header whose list differs from the contract's is rejected, whether it
	// lists the old set after a change or the new one before it.
	forge := func(h *types.Header, validators []common.Address) *types.Header {
		extra, err := qbft.DecodeExtra(h.Extra)
		if err != nil {
			t.Fatal(err)
		}
		extra.Validators = validators
		out := types.CopyHeader(h)
		out.Extra = extra.Encode()
		return out
	}
	for _, tc := range []struct {
		name   string
		header *types.Header
		want   error
	}{
		{"old set after the add", forge(headers[4], v1), qbft.ErrValidatorsMismatch},
		{"new set before the add takes effect", forge(headers[3], added), qbft.ErrValidatorsMismatch},
		{"dropped validator kept", forge(headers[7], added), qbft.ErrValidatorsMismatch},
		{"vote in contract mode", func() *types.Header {
			extra, _ := qbft.DecodeExtra(headers[8].Extra)
			extra.Vote = &qbft.Vote{Address: f.pool[0], Add: true}
			out := types.CopyHeader(headers[8])
			out.Extra = extra.Encode()
			return out
		}(), qbft.ErrContractModeVote},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := engine.VerifyHeader(bc, tc.header); !errors.Is(err, tc.want) {
				t.Fatalf("VerifyHeader: got %v, want %v", err, tc.want)
			}
		})
	}
	for n, h := range headers[1:] {
		if err := engine.VerifyHeader(bc, h); err != nil {
			t.Errorf("VerifyHeader of the real block %d: %v", n+1, err)
		}
	}
}

// TestContractModeTransitions switches a header-vote chain to the contract
// at block 4 and back to header votes at block 8: header 3 lists the
// contract's set V(4), header 7 the transition's validators V(8), and votes
// work again from there.
func TestContractModeTransitions(t *testing.T) {
	back := []int{0, 2, 4}
	f := newContractFixture(t, []int{0, 1, 2, 3}, []int{1, 2, 3, 4}, qbft.Config{Transitions: []qbft.Transition{
		{Block: 4, ValidatorSelectionMode: qbft.SelectionContract, ValidatorContract: &validatorSetAddr},
		{Block: 8, Validators: testKeysAt(back)},
	}})
	vs := governance.NewValidatorSet()
	chain := f.generate(t, 10, map[uint64][]call{
		// Contract mode: the removal in block 5 is listed by block 6.
		5: {{f.admin, vs.PackRemoveValidator(f.pool[4])}},
	})
	headerMode, contractSet, shrunk, switched := f.members(0, 1, 2, 3), f.members(1, 2, 3, 4), f.members(1, 2, 3), f.members(back...)
	want := [][]common.Address{
		headerMode, headerMode, headerMode, // blocks 0-2 list V(1..3), header mode
		contractSet, contractSet, contractSet, // blocks 3-5 list V(4..6): the contract after blocks 2..4
		shrunk,                                 // block 6 lists V(7): the contract after block 5
		switched, switched, switched, switched, // blocks 7-10 list V(8..11): the transition's set
	}
	for n := range want {
		h := chain.Genesis.Header()
		if n > 0 {
			h = chain.Blocks[n-1].Header()
		}
		if got := listed(t, h); !slices.Equal(got, want[n]) {
			t.Errorf("block %d lists %v, want %v", n, got, want[n])
		}
	}
	bc, _ := f.newChain(t)
	insertOneByOne(t, bc, chain.Blocks)

	// Votes are not cast while the next block is in contract mode, and are
	// again after the switch back.
	_, err := qbftgen.Generate(f.spec, f.keys, 5, qbftgen.Options{Votes: map[uint64]qbft.Vote{5: {Address: f.pool[4], Add: true}}})
	if !errors.Is(err, qbftgen.ErrVoteNotCast) {
		t.Errorf("vote in contract mode: got %v, want ErrVoteNotCast", err)
	}
	voted, err := qbftgen.Generate(f.spec, f.keys, 9, qbftgen.Options{Votes: map[uint64]qbft.Vote{9: {Address: f.pool[1], Add: true}}})
	if err != nil {
		t.Fatalf("vote after switching back: %v", err)
	}
	bc, _ = f.newChain(t)
	insertOneByOne(t, bc, voted.Blocks)
}

// testKeysAt returns the sorted addresses of the pool keys at the indices,
// as newContractFixture's pool orders them.
func testKeysAt(indices []int) []common.Address {
	pool := sortedAddrs(testKeys(5))
	out := make([]common.Address, 0, len(indices))
	for _, i := range indices {
		out = append(out, pool[i])
	}
	return out
}

// TestContractModeNeedsParentState shows what a node must provide: header
// N is checked against the state after N−1, so verifying a batch whose
// parents have not been executed yet (core.BlockChain verifies headers
// ahead of execution) fails at the first header whose parent state is
// missing, with the caller's error wrapped.
func TestContractModeNeedsParentState(t *testing.T) {
	f := newContractFixture(t, []int{0, 1, 2, 3}, []int{0, 1, 2, 3}, qbft.Config{ValidatorContract: &validatorSetAddr})
	chain := f.generate(t, 3, nil)
	bc, engine := f.newChain(t)
	headers := make([]*types.Header, len(chain.Blocks))
	for i, b := range chain.Blocks {
		headers[i] = b.Header()
	}
	abort, results := engine.VerifyHeaders(bc, headers)
	defer close(abort)
	if err := <-results; err != nil {
		t.Fatalf("block 1 (the genesis state exists): %v", err)
	}
	if err := <-results; !errors.Is(err, qbft.ErrValidatorContractCall) || !errors.Is(err, consensus.ErrPrunedAncestor) {
		t.Fatalf("block 2 before block 1 ran: got %v, want ErrValidatorContractCall wrapping ErrPrunedAncestor", err)
	}
	// Once block 1 has run, block 2 verifies.
	insertOneByOne(t, bc, chain.Blocks[:1])
	if err := engine.VerifyHeader(bc, headers[1]); err != nil {
		t.Fatalf("block 2 after block 1 ran: %v", err)
	}
}

// TestContractModeBatchImportWaitingState imports a contract-mode chain in
// one InsertChain batch with the other remedy ContractCaller describes: a
// state lookup that waits (bounded) for the parent's state, which
// core.BlockChain writes before it executes the next block.
func TestContractModeBatchImportWaitingState(t *testing.T) {
	f := newContractFixture(t, []int{0, 1, 2, 3}, []int{0, 1, 2, 3}, qbft.Config{ValidatorContract: &validatorSetAddr})
	vs := governance.NewValidatorSet()
	chain := f.generate(t, 6, map[uint64][]call{2: {{f.admin, vs.PackAddValidator(f.pool[4])}}})

	var bc *core.BlockChain
	engine := qbft.New(qbft.Options{
		Config: *f.spec.QBFT, ChainID: f.spec.Core.Config.ChainID, FeeProfile: f.spec.Xiang.FeeProfile, Now: testNow,
		Contracts: qbft.NewStateCaller(f.spec.Core.Config, func(h *types.Header) (*state.StateDB, error) {
			for deadline := time.Now().Add(10 * time.Second); !bc.HasState(h.Root) && time.Now().Before(deadline); {
				time.Sleep(time.Millisecond)
			}
			return bc.StateAt(h.Root, h.Number, h.Time)
		}),
	})
	cfg := core.DefaultConfig()
	cfg.SlowBlockThreshold = -1
	var err error
	if bc, err = core.NewBlockChain(rawdb.NewMemoryDatabase(), f.spec.Core, engine, cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bc.Stop)
	if n, err := bc.InsertChain(chain.Blocks); err != nil {
		t.Fatalf("InsertChain failed at %d: %v", n, err)
	}
	if head := bc.CurrentBlock(); head.Number.Uint64() != 6 || !slices.Equal(listed(t, head), f.members(0, 1, 2, 3, 4)) {
		t.Fatalf("head %d lists %v", head.Number, listed(t, head))
	}
}
