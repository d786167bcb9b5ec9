package genesis

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// DevMnemonic is the well-known development mnemonic of Hardhat and Anvil.
// Its keys are public: never fund them on a real network.
const DevMnemonic = "test test test test test test test test test test test junk"

// devAccountPath is the BIP-44 parent of the dev accounts: account i is
// m/44'/60'/0'/0/i.
const devAccountPath = "m/44'/60'/0'/0"

// DefaultDevAccounts is the number of accounts Dev prefunds by default.
const DefaultDevAccounts = 10

// DevAccountEther is what Dev prefunds each dev account with, in ether.
const DevAccountEther = 10_000

// ErrBadAccountCount is returned for a negative or oversized account count.
var ErrBadAccountCount = errors.New("genesis: dev account count out of range")

// DevAccount is one account derived from DevMnemonic.
type DevAccount struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevAccounts returns the first n accounts of DevMnemonic along
// m/44'/60'/0'/0/i — the accounts Hardhat and Anvil use.
func DevAccounts(n int) ([]DevAccount, error) {
	if n < 0 || n > hardenedOffset {
		return nil, fmt.Errorf("%w: %d", ErrBadAccountCount, n)
	}
	seed, err := mnemonicSeed(DevMnemonic, "")
	if err != nil {
		return nil, err
	}
	master, err := hdMaster(seed)
	if err != nil {
		return nil, fmt.Errorf("dev accounts: %w", err)
	}
	path, err := parsePath(devAccountPath)
	if err != nil {
		return nil, err
	}
	parent, err := master.derive(path)
	if err != nil {
		return nil, fmt.Errorf("dev accounts: %w", err)
	}
	accounts := make([]DevAccount, 0, n)
	for i := range n {
		child, err := parent.child(uint32(i))
		if err != nil {
			return nil, fmt.Errorf("dev account %d: %w", i, err)
		}
		key, err := crypto.ToECDSA(child.key[:])
		if err != nil {
			return nil, fmt.Errorf("dev account %d: %w", i, err)
		}
		accounts = append(accounts, DevAccount{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key})
	}
	return accounts, nil
}

// DevOptions describes the single-validator genesis of `xiang dev`.
type DevOptions struct {
	// Validator is the one validator.
	Validator common.Address
	// FeeProfile is FeesFree (the default when empty) or FeesMarket.
	FeeProfile string
	// BlockPeriodSeconds is the block period; 0 means 1.
	BlockPeriodSeconds uint64
	// Accounts is how many dev accounts to prefund; 0 means DefaultDevAccounts.
	Accounts int
	// GasLimit is the block gas limit; 0 means DefaultGasLimit.
	GasLimit uint64
}

// Dev builds the genesis of `xiang dev`: chain id DevChainID, one validator,
// and the first dev accounts prefunded with DevAccountEther each (under the
// free profile too: tools expect funded accounts).
func Dev(o DevOptions) (*Genesis, error) {
	if o.Validator == (common.Address{}) {
		return nil, errors.New("genesis: dev validator address is zero")
	}
	n := o.Accounts
	if n == 0 {
		n = DefaultDevAccounts
	}
	accounts, err := DevAccounts(n)
	if err != nil {
		return nil, err
	}
	alloc := make(types.GenesisAlloc, len(accounts))
	for _, a := range accounts {
		balance := new(big.Int).Mul(big.NewInt(DevAccountEther), big.NewInt(params.Ether))
		alloc[a.Address] = types.Account{Balance: balance}
	}
	period := o.BlockPeriodSeconds
	if period == 0 {
		period = 1
	}
	return NewQBFT(QBFTOptions{
		ChainID:    DevChainID,
		Validators: []common.Address{o.Validator},
		QBFT:       qbft.Config{BlockPeriodSeconds: period},
		FeeProfile: o.FeeProfile,
		Alloc:      alloc,
		GasLimit:   o.GasLimit,
	})
}
