package genesis

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestDevAccounts checks the derivation against the Hardhat/Anvil accounts.
func TestDevAccounts(t *testing.T) {
	accounts, err := DevAccounts(3)
	if err != nil {
		t.Fatal(err)
	}
	want := []common.Address{
		common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
		common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
		common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
	}
	if len(accounts) != len(want) {
		t.Fatalf("got %d accounts, want %d", len(accounts), len(want))
	}
	for i, a := range accounts {
		if a.Address != want[i] {
			t.Errorf("account %d = %s, want %s", i, a.Address.Hex(), want[i].Hex())
		}
		if got := crypto.PubkeyToAddress(a.Key.PublicKey); got != a.Address {
			t.Errorf("account %d: key belongs to %s, not %s", i, got.Hex(), a.Address.Hex())
		}
	}
	if got := common.Bytes2Hex(crypto.FromECDSA(accounts[0].Key)); got != "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" {
		t.Errorf("account 0 key = %s", got)
	}
	// A longer list extends a shorter one.
	more, err := DevAccounts(5)
	if err != nil {
		t.Fatal(err)
	}
	for i := range accounts {
		if more[i].Address != accounts[i].Address {
			t.Errorf("DevAccounts(5)[%d] = %s, DevAccounts(3)[%d] = %s", i, more[i].Address, i, accounts[i].Address)
		}
	}
	if none, err := DevAccounts(0); err != nil || len(none) != 0 {
		t.Errorf("DevAccounts(0) = %v, %v; want empty", none, err)
	}
	if _, err := DevAccounts(-1); !errors.Is(err, ErrBadAccountCount) {
		t.Errorf("DevAccounts(-1) error = %v, want ErrBadAccountCount", err)
	}
}

func TestDev(t *testing.T) {
	validator := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	accounts, err := DevAccounts(DefaultDevAccounts + 2)
	if err != nil {
		t.Fatal(err)
	}
	wantBalance := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	tests := []struct {
		name        string
		opts        DevOptions
		accounts    int
		fees        string
		period      uint64
		wantBaseFee int64
	}{
		{"defaults", DevOptions{Validator: validator}, DefaultDevAccounts, FeesFree, 1, 0},
		{"market", DevOptions{Validator: validator, FeeProfile: FeesMarket, BlockPeriodSeconds: 5, Accounts: 2}, 2, FeesMarket, 5, params.InitialBaseFee},
		{"free, more accounts", DevOptions{Validator: validator, FeeProfile: FeesFree, Accounts: DefaultDevAccounts + 2}, DefaultDevAccounts + 2, FeesFree, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Dev(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Validate(); err != nil {
				t.Fatal(err)
			}
			if id := g.Core.Config.ChainID.Uint64(); id != DevChainID {
				t.Errorf("chain id %d, want %d", id, DevChainID)
			}
			if g.Xiang.FeeProfile != tt.fees {
				t.Errorf("fee profile %q, want %q", g.Xiang.FeeProfile, tt.fees)
			}
			if g.QBFT.BlockPeriodSeconds != tt.period {
				t.Errorf("block period %d, want %d", g.QBFT.BlockPeriodSeconds, tt.period)
			}
			if g.Core.BaseFee.Cmp(big.NewInt(tt.wantBaseFee)) != 0 {
				t.Errorf("base fee %v, want %d", g.Core.BaseFee, tt.wantBaseFee)
			}
			assertValidators(t, g, []common.Address{validator})
			for i, a := range accounts {
				acc, ok := g.Core.Alloc[a.Address]
				if i >= tt.accounts {
					if ok {
						t.Errorf("dev account %d funded, only %d expected", i, tt.accounts)
					}
					continue
				}
				if !ok || acc.Balance.Cmp(wantBalance) != 0 {
					t.Errorf("dev account %d balance %v, want %v", i, acc.Balance, wantBalance)
				}
			}
		})
	}
	if _, err := Dev(DevOptions{}); err == nil {
		t.Error("Dev with a zero validator succeeded")
	}
}
