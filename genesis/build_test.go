package genesis

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

func testValidators(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		// Descending, so that NewQBFT has to sort them.
		out[i] = common.BigToAddress(big.NewInt(int64(1000 - i)))
	}
	return out
}

// assertValidators checks that g's extraData lists want, sorted, with no
// vote and no parentCommit.
func assertValidators(t *testing.T, g *Genesis, want []common.Address) {
	t.Helper()
	extra, err := qbft.DecodeExtra(g.Core.ExtraData)
	if err != nil {
		t.Fatalf("genesis extraData: %v", err)
	}
	sorted := append([]common.Address(nil), want...)
	qbft.SortAddresses(sorted)
	if len(extra.Validators) != len(sorted) {
		t.Fatalf("extraData lists %d validators, want %d", len(extra.Validators), len(sorted))
	}
	for i := range sorted {
		if extra.Validators[i] != sorted[i] {
			t.Errorf("validator %d = %s, want %s", i, extra.Validators[i], sorted[i])
		}
	}
	if extra.Vote != nil || extra.ParentCommit != nil {
		t.Errorf("genesis extraData has vote %v, parentCommit %v; want none", extra.Vote, extra.ParentCommit)
	}
	if common.Hash(extra.Vanity) != g.SettingsHash() {
		t.Errorf("vanity %x is not the settings hash %s", extra.Vanity, g.SettingsHash())
	}
}

func TestNewQBFT(t *testing.T) {
	user := common.HexToAddress("0x1111111111111111111111111111111111111111")
	tests := []struct {
		name        string
		fees        string
		wantFees    string
		wantBaseFee *big.Int
	}{
		{"default profile", "", FeesFree, new(big.Int)},
		{"free", FeesFree, FeesFree, new(big.Int)},
		{"market", FeesMarket, FeesMarket, new(big.Int).SetUint64(params.InitialBaseFee)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			validators := testValidators(4)
			g, err := NewQBFT(QBFTOptions{
				ChainID:    4242,
				Validators: validators,
				QBFT:       qbft.Config{BlockPeriodSeconds: 2},
				FeeProfile: tt.fees,
				Alloc:      types.GenesisAlloc{user: {Balance: big.NewInt(7)}},
				Timestamp:  1234,
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			assertValidators(t, g, validators)
			c := g.Core
			if c.Config.ChainID.Uint64() != 4242 || c.Difficulty.Sign() != 0 || c.Nonce != 0 ||
				c.Mixhash != (common.Hash{}) || c.Coinbase != (common.Address{}) || c.Timestamp != 1234 {
				t.Errorf("header fields: chain id %v, difficulty %v, nonce %d, mixHash %s, coinbase %s, time %d",
					c.Config.ChainID, c.Difficulty, c.Nonce, c.Mixhash, c.Coinbase, c.Timestamp)
			}
			if c.GasLimit != DefaultGasLimit {
				t.Errorf("gas limit %d, want %d", c.GasLimit, DefaultGasLimit)
			}
			if c.BaseFee.Cmp(tt.wantBaseFee) != 0 {
				t.Errorf("base fee %v, want %v", c.BaseFee, tt.wantBaseFee)
			}
			if g.Xiang.FeeProfile != tt.wantFees {
				t.Errorf("fee profile %q, want %q", g.Xiang.FeeProfile, tt.wantFees)
			}
			if !reflect.DeepEqual(*g.QBFT, qbft.Config{BlockPeriodSeconds: 2}.WithDefaults()) {
				t.Errorf("qbft config %+v, want the given settings with defaults filled in", *g.QBFT)
			}
			for addr, acc := range core.SystemContractAllocs() {
				if got, ok := c.Alloc[addr]; !ok || !bytes.Equal(got.Code, acc.Code) {
					t.Errorf("system contract %s missing from alloc", addr)
				}
			}
			if got := c.Alloc[user].Balance; got == nil || got.Int64() != 7 {
				t.Errorf("user balance %v, want 7", got)
			}
			block := c.ToBlock()
			if block.BaseFee().Cmp(tt.wantBaseFee) != 0 || block.Difficulty().Sign() != 0 {
				t.Errorf("genesis block base fee %v, difficulty %v", block.BaseFee(), block.Difficulty())
			}
		})
	}
}

func TestNewQBFTErrors(t *testing.T) {
	system := params.BeaconRootsAddress
	tests := []struct {
		name string
		opts QBFTOptions
		want error
	}{
		{"no chain id", QBFTOptions{Validators: testValidators(1)}, ErrZeroChainID},
		{"no validators", QBFTOptions{ChainID: 1}, ErrNoValidators},
		{"duplicate validator", QBFTOptions{ChainID: 1, Validators: append(testValidators(2), testValidators(1)...)}, ErrDuplicateValidator},
		{"gas limit too low", QBFTOptions{ChainID: 1, Validators: testValidators(1), GasLimit: 4999}, ErrGasLimitTooLow},
		{"alloc on a system contract", QBFTOptions{ChainID: 1, Validators: testValidators(1),
			Alloc: types.GenesisAlloc{system: {Balance: big.NewInt(1)}}}, ErrAllocSystemContract},
	}
	for _, tt := range tests {
		if _, err := NewQBFT(tt.opts); !errors.Is(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := NewQBFT(QBFTOptions{ChainID: 1, Validators: testValidators(1), FeeProfile: "cheap"}); err == nil {
		t.Error("unknown fee profile accepted")
	}
	if _, err := NewQBFT(QBFTOptions{ChainID: 1, Validators: testValidators(1),
		QBFT: qbft.Config{BlockPeriodSeconds: 5, EmptyBlockPeriodSeconds: 2}}); err == nil {
		t.Error("invalid qbft config accepted")
	}
}

// TestGenesisCommits commits the genesis with go-ethereum: once directly and
// once by opening a BlockChain on it.
func TestGenesisCommits(t *testing.T) {
	for _, fees := range []string{FeesFree, FeesMarket} {
		g, err := NewQBFT(QBFTOptions{ChainID: 99, Validators: testValidators(3), FeeProfile: fees})
		if err != nil {
			t.Fatal(err)
		}
		want := g.Core.ToBlock().Hash()

		db := rawdb.NewMemoryDatabase()
		block, err := g.Core.Commit(db, triedb.NewDatabase(db, triedb.HashDefaults), nil)
		if err != nil {
			t.Fatalf("%s: Commit: %v", fees, err)
		}
		if block.Hash() != want || rawdb.ReadCanonicalHash(db, 0) != want {
			t.Errorf("%s: committed hash %s, canonical %s, want %s", fees, block.Hash(), rawdb.ReadCanonicalHash(db, 0), want)
		}

		chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), g.Core, ethash.NewFaker(), core.DefaultConfig())
		if err != nil {
			t.Fatalf("%s: NewBlockChain: %v", fees, err)
		}
		if got := chain.Genesis().Hash(); got != want {
			t.Errorf("%s: blockchain genesis %s, want %s", fees, got, want)
		}
		state, err := chain.State()
		if err != nil {
			t.Fatal(err)
		}
		if code := state.GetCode(params.WithdrawalQueueAddress); len(code) == 0 {
			t.Errorf("%s: no withdrawal queue system contract in state", fees)
		}
		chain.Stop()
	}
}

// TestGenesisHashBindsSettings checks that every consensus setting and the
// fee profile change the genesis hash, though go-ethereum does not read them.
func TestGenesisHashBindsSettings(t *testing.T) {
	base := QBFTOptions{ChainID: 7, Validators: testValidators(4)}
	contract := common.HexToAddress("0x0000000000000000000000000000000000007777")
	variants := map[string]func(o *QBFTOptions){
		"base":                func(o *QBFTOptions) {},
		"block period":        func(o *QBFTOptions) { o.QBFT.BlockPeriodSeconds = 3 },
		"epoch":               func(o *QBFTOptions) { o.QBFT.EpochLength = 100 },
		"request timeout":     func(o *QBFTOptions) { o.QBFT.RequestTimeoutSeconds = 9 },
		"max request timeout": func(o *QBFTOptions) { o.QBFT.MaxRequestTimeoutSeconds = 120 },
		"empty block period":  func(o *QBFTOptions) { o.QBFT.EmptyBlockPeriodSeconds = 30 },
		"validator contract":  func(o *QBFTOptions) { o.QBFT.ValidatorContract = &contract },
		"transition":          func(o *QBFTOptions) { o.QBFT.Transitions = []qbft.Transition{{Block: 10, BlockPeriodSeconds: 2}} },
		"fee profile market":  func(o *QBFTOptions) { o.FeeProfile = FeesMarket },
	}
	seen := make(map[common.Hash]string)
	for name, change := range variants {
		o := base
		change(&o)
		g, err := NewQBFT(o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		h := g.Core.ToBlock().Hash()
		if other, ok := seen[h]; ok {
			t.Errorf("%q and %q have the same genesis hash %s", name, other, h)
		}
		seen[h] = name
	}
	// Spelling out a default changes nothing.
	explicit := base
	explicit.QBFT = qbft.Config{}.WithDefaults()
	g1, _ := NewQBFT(base)
	g2, err := NewQBFT(explicit)
	if err != nil {
		t.Fatal(err)
	}
	if g1.Core.ToBlock().Hash() != g2.Core.ToBlock().Hash() {
		t.Error("explicit default settings changed the genesis hash")
	}
}

// TestGenesisJSONRoundTrip writes genesis.json, loads it back and checks
// the hash and the settings survive.
func TestGenesisJSONRoundTrip(t *testing.T) {
	contract := common.HexToAddress("0x0000000000000000000000000000000000007777")
	for _, fees := range []string{FeesFree, FeesMarket} {
		g, err := NewQBFT(QBFTOptions{
			ChainID:    31337,
			Validators: testValidators(5),
			QBFT: qbft.Config{BlockPeriodSeconds: 2, ValidatorContract: &contract,
				Transitions: []qbft.Transition{{Block: 5, Validators: testValidators(2)}}},
			FeeProfile: fees,
			Alloc: types.GenesisAlloc{contract: {
				Balance: big.NewInt(1), Code: []byte{0x60, 0x00},
				Storage: map[common.Hash]common.Hash{{1}: {2}},
			}},
			GasLimit: 30_000_000,
		})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), GenesisFile)
		if err := writeGenesisFile(path, g); err != nil {
			t.Fatal(err)
		}
		loaded, err := Load(path)
		if err != nil {
			t.Fatalf("%s: Load: %v", fees, err)
		}
		if got, want := loaded.Core.ToBlock().Hash(), g.Core.ToBlock().Hash(); got != want {
			t.Errorf("%s: loaded genesis hash %s, want %s", fees, got, want)
		}
		if loaded.SettingsHash() != g.SettingsHash() || loaded.Xiang != g.Xiang {
			t.Errorf("%s: settings changed in the round trip: %+v / %+v", fees, loaded.QBFT, loaded.Xiang)
		}
		// Writing the loaded genesis again gives the same bytes.
		again := filepath.Join(t.TempDir(), GenesisFile)
		if err := writeGenesisFile(again, loaded); err != nil {
			t.Fatal(err)
		}
		a, _ := os.ReadFile(path)
		b, _ := os.ReadFile(again)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: genesis.json changed on the second write", fees)
		}
	}
}
