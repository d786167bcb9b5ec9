package node

import (
	"crypto/ecdsa"
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
)

// TestContractModeAddRemoveUnderLoad runs four validator nodes whose set comes
// from the ValidatorSet contract, under a steady transfer load: three are in
// it at genesis; the admin adds the fourth by a transaction, and the headers
// list it from the block after next on; the admin then removes one of the
// original three, and the chain keeps committing without it.
func TestContractModeAddRemoveUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four nodes")
	}
	keys := make([]*ecdsa.PrivateKey, 4)
	addrs := make([]common.Address, 4)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	admin, _ := genesis.DevAccounts(2) // [0] administers, [1] sends the load
	contract := common.HexToAddress("0x0000000000000000000000000000000000007a11")
	account, err := governance.ValidatorSetGenesisAccount(admin[0].Address, addrs[:3])
	if err != nil {
		t.Fatal(err)
	}
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4245,
		Validators: addrs[:3],
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2, ValidatorContract: &contract},
		FeeProfile: genesis.FeesFree,
		Alloc: types.GenesisAlloc{
			contract:         account,
			admin[0].Address: {Balance: big.NewInt(params.Ether)},
			admin[1].Address: {Balance: big.NewInt(params.Ether)},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, gen: g, keys: keys}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	for i := range keys {
		c.dirs = append(c.dirs, t.TempDir())
		c.nodes = append(c.nodes, nil)
		c.start(i)
	}
	c.waitAll(2)
	load := startLoad(c, admin[1].Key, 0)

	n := c.nodes[0]
	signer := types.LatestSigner(n.Chain().Config())
	tx := types.MustSignNewTx(admin[0].Key, signer, &types.DynamicFeeTx{
		ChainID: n.Chain().Config().ChainID, Nonce: 0, To: &contract, Gas: 200_000,
		GasFeeCap: new(big.Int), GasTipCap: new(big.Int),
		Data: governance.NewValidatorSet().PackAddValidator(addrs[3]),
	})
	if err := n.TxPool().Add([]*types.Transaction{tx}, true)[0]; err != nil {
		t.Fatal(err)
	}
	waitForReceipts(t, n, []*types.Transaction{tx})
	lookup, _ := n.Chain().GetCanonicalTransaction(tx.Hash())
	included := lookup.BlockIndex
	if r := n.Chain().GetReceiptsByHash(n.Chain().GetCanonicalHash(included)); uint64(len(r)) <= lookup.Index || r[lookup.Index].Status != types.ReceiptStatusSuccessful {
		t.Fatal("addValidator failed")
	}
	// Header k+1 lists V(k+2) = getValidators() after block k.
	c.waitAll(included + 1)
	listed, err := qbft.ValidatorsOf(n.Chain().GetHeaderByNumber(included + 1))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(listed, addrs[3]) || len(listed) != 4 {
		t.Fatalf("header %d lists %v, want the four validators", included+1, listed)
	}
	if before, _ := qbft.ValidatorsOf(n.Chain().GetHeaderByNumber(included)); len(before) != 3 {
		t.Fatalf("header %d lists %v, want the three genesis validators", included, before)
	}
	// The admin removes validator 0; then the other three commit without it.
	removal := types.MustSignNewTx(admin[0].Key, signer, &types.DynamicFeeTx{
		ChainID: n.Chain().Config().ChainID, Nonce: 1, To: &contract, Gas: 200_000,
		GasFeeCap: new(big.Int), GasTipCap: new(big.Int),
		Data: governance.NewValidatorSet().PackRemoveValidator(addrs[0]),
	})
	if err := n.TxPool().Add([]*types.Transaction{removal}, true)[0]; err != nil {
		t.Fatal(err)
	}
	waitForReceipts(t, n, []*types.Transaction{removal})
	waitValidators(t, n, "removing validator 0 through the contract", func(v []common.Address) bool {
		return len(v) == 3 && !slices.Contains(v, addrs[0])
	})
	c.stop(0)
	head := c.nodes[1].Chain().CurrentBlock().Number.Uint64()
	c.waitAll(head + 3)
	load.finish(t)
	head = c.nodes[1].Chain().CurrentBlock().Number.Uint64()
	c.checkAgreement(head)
	// Node 3 proposed or sealed: it is a working validator now.
	found := false
	for num := included + 2; num <= head && !found; num++ {
		hdr := c.nodes[1].Chain().GetHeaderByNumber(num)
		cert := c.nodes[1].certs.Certificate(hdr.Hash())
		if hdr.Coinbase == addrs[3] {
			found = true
		}
		if cert != nil {
			digest := qbft.CommitSealHash(g.Core.Config.ChainID, hdr.Hash(), cert.Round)
			for _, s := range cert.Seals {
				if a, err := qbft.RecoverSigner(digest, s); err == nil && a == addrs[3] {
					found = true
				}
			}
		}
	}
	if !found {
		t.Fatal("the added validator neither proposed nor sealed a block")
	}
}
