package qbftgen_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/xiangchain/xiangchain/bindings/governance"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// TestGenerateContractMode generates a chain in validator-contract mode: the
// generator evaluates getValidators() on its own states, so an add in block
// 1 is listed by block 2, and a contract address without code stops it.
func TestGenerateContractMode(t *testing.T) {
	contractAddr := common.HexToAddress("0x0000000000000000000000000000000000007a15")
	admin := mustKey("qbftgen contract admin")
	var keys []*ecdsa.PrivateKey
	var pool []common.Address
	for i := range 5 {
		k := mustKey(fmt.Sprintf("qbftgen contract validator %d", i))
		keys = append(keys, k)
		pool = append(pool, crypto.PubkeyToAddress(k.PublicKey))
	}
	v1 := slices.Clone(pool[:4])
	qbft.SortAddresses(v1)
	all := slices.Clone(pool)
	qbft.SortAddresses(all)

	spec := func(t *testing.T, withCode bool) *genesis.Genesis {
		alloc := types.GenesisAlloc{crypto.PubkeyToAddress(admin.PublicKey): {Balance: big.NewInt(params.Ether)}}
		if withCode {
			acc, err := governance.ValidatorSetGenesisAccount(crypto.PubkeyToAddress(admin.PublicKey), v1)
			if err != nil {
				t.Fatal(err)
			}
			alloc[contractAddr] = acc
		}
		g, err := genesis.NewQBFT(genesis.QBFTOptions{
			ChainID: genesis.DevChainID, Validators: v1, Timestamp: genesisTime, Alloc: alloc,
			QBFT: qbft.Config{ValidatorContract: &contractAddr},
		})
		if err != nil {
			t.Fatal(err)
		}
		return g
	}

	g := spec(t, true)
	add := governance.NewValidatorSet().PackAddValidator(pool[4])
	chain, err := qbftgen.Generate(g, keys, 4, qbftgen.Options{Gen: func(i int, b *qbftgen.BlockGen) error {
		if b.Number() != 1 {
			return nil
		}
		tx := types.MustSignNewTx(admin, b.Signer(), &types.DynamicFeeTx{
			ChainID: g.Core.Config.ChainID, Nonce: b.TxNonce(crypto.PubkeyToAddress(admin.PublicKey)),
			GasTipCap: new(big.Int), GasFeeCap: new(big.Int), Gas: 200_000, To: &contractAddr, Data: add,
		})
		_, err := b.AddTx(tx)
		return err
	}})
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	for i, want := range [][]common.Address{v1, all, all, all} {
		got, err := qbft.ValidatorsOf(chain.Blocks[i].Header())
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("block %d lists %v (%v), want %v", i+1, got, err, want)
		}
	}
	// Block 3 is the first with five validators: its certificate has Q(5) seals.
	if cert := chain.CertificateOf(3); cert == nil || len(cert.Seals) != qbft.Quorum(5) {
		t.Errorf("certificate of block 3: %v, want %d seals", cert, qbft.Quorum(5))
	}

	if _, err := qbftgen.Generate(spec(t, false), keys, 2, qbftgen.Options{}); !errors.Is(err, qbft.ErrValidatorContractCall) {
		t.Errorf("contract without code: got %v, want ErrValidatorContractCall", err)
	}
}
