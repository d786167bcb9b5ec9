package wallethw

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/genesis"
)

var (
	verifierAddr  = common.HexToAddress("0x7e57000000000000000000000000000000000712")
	recipientAddr = common.HexToAddress("0x7e57000000000000000000000000000000000001")
	delegateAddr  = common.HexToAddress("0x7e57000000000000000000000000000000007702")
)

// eip712VerifierCode is the runtime code of a tiny contract that checks an
// EIP-712 signature with the ecrecover precompile. Calldata is
// domainSeparator ‖ structHash ‖ v ‖ r ‖ s ‖ expectedSigner (32-byte words).
// It computes keccak256(0x1901 ‖ domainSeparator ‖ structHash), recovers the
// signer and stores 1 in slot 0 if it is expectedSigner; otherwise it reverts.
func eip712VerifierCode() []byte {
	op := func(o vm.OpCode) byte { return byte(o) }
	code := []byte{
		op(vm.PUSH2), 0x19, 0x01, op(vm.PUSH1), 0xf0, op(vm.SHL), op(vm.PUSH1), 0x00, op(vm.MSTORE), // mem[0:2] = 0x1901
		op(vm.PUSH1), 0x40, op(vm.PUSH1), 0x00, op(vm.PUSH1), 0x02, op(vm.CALLDATACOPY), // mem[2:66] = domain ‖ struct
		op(vm.PUSH1), 0x42, op(vm.PUSH1), 0x00, op(vm.KECCAK256), // digest
		op(vm.PUSH1), 0x80, op(vm.MSTORE), // mem[0x80] = digest
		op(vm.PUSH1), 0x60, op(vm.PUSH1), 0x40, op(vm.PUSH1), 0xa0, op(vm.CALLDATACOPY), // mem[0xa0:0x100] = v, r, s
		op(vm.PUSH1), 0x00, op(vm.PUSH1), 0x00, op(vm.MSTORE), // clear the result word
		op(vm.PUSH1), 0x20, op(vm.PUSH1), 0x00, op(vm.PUSH1), 0x80, op(vm.PUSH1), 0x80, op(vm.PUSH1), 0x01, op(vm.GAS),
		op(vm.STATICCALL), op(vm.POP), // ecrecover(mem[0x80:0x100]) → mem[0:32]
		op(vm.PUSH1), 0x00, op(vm.MLOAD), op(vm.PUSH1), 0xa0, op(vm.CALLDATALOAD), op(vm.EQ),
	}
	ok := len(code) + 2 + 1 + 4 // after PUSH1 ok, JUMPI and the revert sequence
	code = append(code, op(vm.PUSH1), byte(ok), op(vm.JUMPI),
		op(vm.PUSH1), 0x00, op(vm.DUP1), op(vm.REVERT),
		op(vm.JUMPDEST), op(vm.PUSH1), 0x01, op(vm.PUSH1), 0x00, op(vm.SSTORE), op(vm.STOP))
	if vm.OpCode(code[ok]) != vm.JUMPDEST {
		panic("verifier jump target miscomputed")
	}
	return code
}

// testOrder is an EIP-712 order bound to the verifier contract.
func testOrder(chainID int64, maker common.Address) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
			},
			"Order": {{Name: "maker", Type: "address"}, {Name: "amount", Type: "uint256"}, {Name: "nonce", Type: "uint256"}},
		},
		PrimaryType: "Order",
		Domain: apitypes.TypedDataDomain{
			Name: "Xiang Exchange", Version: "1",
			ChainId: math.NewHexOrDecimal256(chainID), VerifyingContract: verifierAddr.Hex(),
		},
		Message: apitypes.TypedDataMessage{"maker": maker.Hex(), "amount": "1000000", "nonce": "7"},
	}
}

// verifierCalldata encodes a call to the verifier for data and sig.
func verifierCalldata(t *testing.T, data apitypes.TypedData, sig []byte, expected common.Address) []byte {
	t.Helper()
	domain, err := data.HashStruct("EIP712Domain", data.Domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	msg, err := data.HashStruct(data.PrimaryType, data.Message)
	if err != nil {
		t.Fatal(err)
	}
	in := append(append([]byte{}, domain...), msg...)
	in = append(in, common.LeftPadBytes(sig[64:], 32)...)
	in = append(in, sig[:64]...)
	return append(in, common.LeftPadBytes(expected[:], 32)...)
}

// TestSignedTransactionsAcceptedByChain signs a legacy, an access-list, two
// dynamic-fee and a set-code transaction (with an EIP-7702 authorisation
// signed by the same signer) through each driver, builds a block with
// go-ethereum under Xiangchain's chain rules and imports it into a fresh
// chain, which re-verifies every signature. One transaction proves an
// EIP-712 signature to the verifier contract; one with a wrong expected
// signer must revert.
func TestSignedTransactionsAcceptedByChain(t *testing.T) {
	forKeystoreAndHSM(t, testChainAcceptance)
}

// forKeystoreAndHSM runs test as a subtest with a keystore signer and with
// a SoftHSM2 (PKCS#11) signer.
func forKeystoreAndHSM(t *testing.T, test func(t *testing.T, s Signer)) {
	drivers := []struct {
		name string
		open func(t *testing.T) Signer
	}{
		{"keystore", func(t *testing.T) Signer { s, _ := newKeystoreSigner(t, Options{}); return s }},
		{"pkcs11", func(t *testing.T) Signer { return newHSMSigner(t, Options{}) }},
	}
	for _, d := range drivers {
		t.Run(d.name, func(t *testing.T) { test(t, d.open(t)) })
	}
}

func testChainAcceptance(t *testing.T, s Signer) {
	ctx := context.Background()
	from := s.Address()
	gspec := testGenesis(from)
	chainID := gspec.Config.ChainID

	order := testOrder(chainID.Int64(), from)
	orderSig, err := s.SignTypedData(ctx, order)
	if err != nil {
		t.Fatalf("SignTypedData: %v", err)
	}
	if orderSig[64] != 27 && orderSig[64] != 28 {
		t.Fatalf("typed-data v = %d, want 27 or 28", orderSig[64])
	}
	auth, err := s.SignAuthorization(ctx, types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(chainID), Address: delegateAddr, Nonce: 5, // the sender's nonce after tx 4
	})
	if err != nil {
		t.Fatalf("SignAuthorization: %v", err)
	}
	if got, err := auth.Authority(); err != nil || got != from {
		t.Fatalf("authorisation authority = %v, %v; want %v", got, err, from)
	}

	gasPrice := big.NewInt(2 * params.GWei)
	unsigned := []types.TxData{
		&types.LegacyTx{Nonce: 0, GasPrice: gasPrice, Gas: 21000, To: &recipientAddr, Value: big.NewInt(1)},
		&types.AccessListTx{ChainID: chainID, Nonce: 1, GasPrice: gasPrice, Gas: 30000, To: &recipientAddr, Value: big.NewInt(2),
			AccessList: types.AccessList{{Address: recipientAddr, StorageKeys: []common.Hash{{1}}}}},
		&types.DynamicFeeTx{ChainID: chainID, Nonce: 2, GasTipCap: big.NewInt(params.GWei), GasFeeCap: gasPrice, Gas: 100000,
			To: &verifierAddr, Data: verifierCalldata(t, order, orderSig, from)},
		&types.DynamicFeeTx{ChainID: chainID, Nonce: 3, GasTipCap: big.NewInt(params.GWei), GasFeeCap: gasPrice, Gas: 100000,
			To: &verifierAddr, Data: verifierCalldata(t, order, orderSig, recipientAddr)},
		&types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: 4, GasTipCap: uint256.NewInt(params.GWei),
			GasFeeCap: uint256.MustFromBig(gasPrice), Gas: 100000, To: recipientAddr, AuthList: []types.SetCodeAuthorization{auth}},
	}
	wantStatus := []uint64{1, 1, 1, 0, 1}
	var txs []*types.Transaction
	for i, data := range unsigned {
		tx, err := s.SignTx(ctx, types.NewTx(data), chainID)
		if err != nil {
			t.Fatalf("SignTx %d: %v", i, err)
		}
		if sender, err := types.Sender(types.LatestSignerForChainID(chainID), tx); err != nil || sender != from {
			t.Fatalf("tx %d (type %d) sender = %v, %v; want %v", i, tx.Type(), sender, err, from)
		}
		txs = append(txs, tx)
	}

	chain, receipts := importBlock(t, gspec, txs)
	if len(receipts) != len(txs) {
		t.Fatalf("%d receipts, want %d", len(receipts), len(txs))
	}
	for i, r := range receipts {
		if r.Status != wantStatus[i] {
			t.Errorf("tx %d (type %d): status %d, want %d", i, r.Type, r.Status, wantStatus[i])
		}
	}
	state, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if got := state.GetState(verifierAddr, common.Hash{}); got != common.BigToHash(common.Big1) {
		t.Errorf("verifier did not record the EIP-712 signature as valid (slot 0 = %x)", got)
	}
	if got, want := state.GetCode(from), types.AddressToDelegation(delegateAddr); string(got) != string(want) {
		t.Errorf("code of %v = %x, want delegation %x", from, got, want)
	}
	if got := state.GetNonce(from); got != 6 {
		t.Errorf("nonce %d, want 6 (5 txs + 1 authorisation)", got)
	}
}

// TestPersonalAndTypedDataRecover checks message signatures of both drivers
// against go-ethereum's recovery: low s, v ∈ {27, 28}, signer's address.
func TestPersonalAndTypedDataRecover(t *testing.T) {
	ks, _ := newKeystoreSigner(t, Options{})
	hsm := newHSMSigner(t, Options{})
	msg := []byte("I approve invoice 42")
	order := testOrder(genesis.DevChainID, common.Address{1})
	orderHash, _, err := apitypes.TypedDataAndHash(order)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Signer{ks, hsm} {
		personal, err := s.SignPersonal(context.Background(), msg)
		if err != nil {
			t.Fatal(err)
		}
		typed, err := s.SignTypedData(context.Background(), order)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			hash []byte
			sig  []byte
		}{{accounts.TextHash(msg), personal}, {orderHash, typed}} {
			if c.sig[64] != 27 && c.sig[64] != 28 {
				t.Fatalf("v = %d, want 27 or 28", c.sig[64])
			}
			sig := append([]byte{}, c.sig...)
			sig[64] -= 27
			if !crypto.ValidateSignatureValues(sig[64], new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), true) {
				t.Fatalf("signature %x is not low-S", c.sig)
			}
			pub, err := crypto.SigToPub(c.hash, sig)
			if err != nil || crypto.PubkeyToAddress(*pub) != s.Address() {
				t.Fatalf("signature recovers %v (%v), want %v", pub, err, s.Address())
			}
		}
	}
}

// TestKeystoreParity checks the keystore driver produces exactly what
// go-ethereum produces with the same in-process key (signing is
// deterministic, RFC 6979).
func TestKeystoreParity(t *testing.T) {
	s, key := newKeystoreSigner(t, Options{AllowHashSigning: true})
	ctx := context.Background()
	chainID := big.NewInt(genesis.DevChainID)
	signer := types.LatestSignerForChainID(chainID)
	txs := []types.TxData{
		&types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(1), Gas: 21000, To: &recipientAddr},
		&types.DynamicFeeTx{ChainID: chainID, Nonce: 2, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &recipientAddr},
	}
	for i, data := range txs {
		got, err := s.SignTx(ctx, types.NewTx(data), chainID)
		if err != nil {
			t.Fatal(err)
		}
		want, err := types.SignTx(types.NewTx(data), signer, key)
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash() != want.Hash() {
			t.Errorf("tx %d: hash %v, go-ethereum %v", i, got.Hash(), want.Hash())
		}
	}
	auth := types.SetCodeAuthorization{ChainID: *uint256.NewInt(genesis.DevChainID), Address: delegateAddr, Nonce: 9}
	gotAuth, err := s.SignAuthorization(ctx, auth)
	if err != nil {
		t.Fatal(err)
	}
	wantAuth, err := types.SignSetCode(key, auth)
	if err != nil {
		t.Fatal(err)
	}
	if gotAuth != wantAuth {
		t.Errorf("authorisation %+v, go-ethereum %+v", gotAuth, wantAuth)
	}
	hash := crypto.Keccak256Hash([]byte("seal"))
	gotSig, err := s.SignHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if wantSig := mustSign(t, hash, key); string(gotSig) != string(wantSig) {
		t.Errorf("SignHash %x, crypto.Sign %x", gotSig, wantSig)
	}
	if _, err := s.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1)}), chainID); err == nil {
		t.Error("signed a tx for chain 1 as chain 1337")
	}
}

func mustSign(t *testing.T, hash common.Hash, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := crypto.Sign(hash[:], key)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// testGenesis is a chain under Xiangchain's rules (with PoS headers, as
// QBFT's are, for go-ethereum's beacon test engine) in which from holds
// 1,000 ether and the EIP-712 verifier contract is deployed.
func testGenesis(from common.Address) *core.Genesis {
	cfg := genesis.ChainConfig(genesis.DevChainID)
	cfg.TerminalTotalDifficulty = common.Big0
	return &core.Genesis{
		Config:     cfg,
		GasLimit:   genesis.DefaultGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: common.Big0,
		Alloc: types.GenesisAlloc{
			from:         {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))},
			verifierAddr: {Code: eip712VerifierCode()},
			// The system contracts Cancun and Prague blocks call.
			params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode},
			params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode},
			params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode},
			params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode},
		},
	}
}

// importBlock builds one block of txs on gspec with go-ethereum and imports
// it into a fresh chain, which re-verifies every signature. It returns the
// chain (stopped when the test ends) and the block's receipts, one per
// transaction.
func importBlock(t *testing.T, gspec *core.Genesis, txs []*types.Transaction) (*core.BlockChain, types.Receipts) {
	t.Helper()
	engine := beacon.New(ethash.NewFaker())
	_, blocks, _ := core.GenerateChainWithGenesis(gspec, engine, 1, func(_ int, b *core.BlockGen) {
		for _, tx := range txs {
			b.AddTx(tx)
		}
	})
	chain, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), gspec, engine, nil)
	if err != nil {
		t.Fatalf("new chain: %v", err)
	}
	t.Cleanup(chain.Stop)
	if n, err := chain.InsertChain(blocks); err != nil {
		t.Fatalf("chain rejected block %d: %v", n, err)
	}
	receipts := chain.GetReceiptsByHash(blocks[0].Hash())
	if len(receipts) != len(txs) {
		t.Fatalf("%d receipts, want %d", len(receipts), len(txs))
	}
	return chain, receipts
}
