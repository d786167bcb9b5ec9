package main

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/genesis"
)

const (
	// chainLength is the number of blocks after genesis.
	chainLength = 60
	// genesisTime is the genesis timestamp; GenerateChain adds 10 s a block.
	genesisTime = 1_750_000_000
	// gasLimit is every block's gas limit.
	gasLimit = 30_000_000
	// busyBlock holds many transactions of every kind.
	busyBlock = 30
	// clearBlock is where the delegator's EIP-7702 delegation is cleared.
	clearBlock = 40
	// denseFrom is the first block of the dense tail (see filler).
	denseFrom = chainLength - 25
)

var (
	gwei = big.NewInt(params.GWei)
	// infoAddr holds the info contract, with storage, from genesis on.
	infoAddr = common.HexToAddress("0x00000000000000000000000000000000000c0de1")
)

// account is a fixed test key.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// newAccount derives a key from its name, so the chain is the same on every run.
func newAccount(name string) account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("xiangchain/conformance/" + name)))
	if err != nil {
		panic(err)
	}
	return account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// testChain is the generated chain and the names of what is in it, which the
// request cases refer to.
type testChain struct {
	genesis  *core.Genesis
	blocks   []*types.Block
	receipts []types.Receipts
	config   *params.ChainConfig

	faucet, alice, bob, carol, delegator, selfDelegator, legacySender, empty account

	store, reverter, forwarder, info, failedCreate common.Address

	// txs names transactions; txBlock is the block number each was mined in.
	txs     map[string]*types.Transaction
	txBlock map[string]uint64
	// pending are signed transactions that are not in the chain: the cases
	// send them. nextNonce is the first one's nonce.
	pending map[string]*types.Transaction
}

// chainConfig is the test chain's rules: Xiangchain's (every fork through
// Osaka at genesis) plus terminal total difficulty 0, which geth's import
// and go-ethereum's beacon engine need.
func chainConfig() *params.ChainConfig {
	cfg := genesis.ChainConfig(genesis.DevChainID)
	cfg.TerminalTotalDifficulty = big.NewInt(0)
	return cfg
}

// generate builds the chain.
func generate() (*testChain, error) {
	tc := &testChain{
		config:        chainConfig(),
		faucet:        newAccount("faucet"),
		alice:         newAccount("alice"),
		bob:           newAccount("bob"),
		carol:         newAccount("carol"),
		delegator:     newAccount("delegator"),
		selfDelegator: newAccount("self-delegator"),
		legacySender:  newAccount("legacy-sender"),
		empty:         newAccount("empty"),
		txs:           make(map[string]*types.Transaction),
		txBlock:       make(map[string]uint64),
		pending:       make(map[string]*types.Transaction),
	}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	alloc := core.SystemContractAllocs()
	alloc[tc.faucet.addr] = types.Account{Balance: new(big.Int).Mul(ether, big.NewInt(1_000_000))}
	alloc[tc.alice.addr] = types.Account{Balance: new(big.Int).Mul(ether, big.NewInt(100))}
	alloc[tc.selfDelegator.addr] = types.Account{Balance: new(big.Int).Mul(ether, big.NewInt(10))}
	alloc[tc.legacySender.addr] = types.Account{Balance: new(big.Int).Mul(ether, big.NewInt(10))}
	alloc[infoAddr] = types.Account{
		Code:    infoCode(),
		Balance: big.NewInt(1),
		Storage: map[common.Hash]common.Hash{
			{}:                    common.BigToHash(big.NewInt(42)),
			common.HexToHash("1"): common.HexToHash("0xc0ffee"),
		},
	}
	tc.info = infoAddr
	tc.genesis = &core.Genesis{
		Config:     tc.config,
		Timestamp:  genesisTime,
		ExtraData:  []byte("xiangchain conformance"),
		GasLimit:   gasLimit,
		Difficulty: big.NewInt(0),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}

	g := &builder{tc: tc, nonces: make(map[common.Address]uint64)}
	var genErr error
	_, tc.blocks, tc.receipts = core.GenerateChainWithGenesis(tc.genesis, beacon.New(ethash.NewFaker()), chainLength, func(i int, b *core.BlockGen) {
		if genErr != nil {
			return
		}
		b.SetCoinbase(common.HexToAddress("0x00000000000000000000000000000000000fee01"))
		g.b = b
		if err := g.block(uint64(i + 1)); err != nil {
			genErr = fmt.Errorf("block %d: %w", i+1, err)
		}
	})
	if genErr != nil {
		return nil, genErr
	}
	return tc, g.signPending()
}

// builder adds transactions to the block being generated.
type builder struct {
	tc     *testChain
	b      *core.BlockGen
	nonces map[common.Address]uint64
}

// txKind selects a transaction envelope.
type txKind int

const (
	legacyTx txKind = iota
	accessListTx
	dynamicFeeTx
	unprotectedTx
)

// txSpec is a transaction to sign; a nil to creates a contract.
type txSpec struct {
	kind       txKind
	to         *common.Address
	value      *big.Int
	gas        uint64
	data       []byte
	tip        *big.Int // dynamic-fee tip; nil means 1 gwei
	accessList types.AccessList
}

// nonce returns and advances from's next nonce.
func (g *builder) nonce(from common.Address) uint64 {
	n := g.nonces[from]
	g.nonces[from] = n + 1
	return n
}

// sign builds and signs a transaction with the sender's next nonce.
func (g *builder) sign(from account, s txSpec) (*types.Transaction, error) {
	value := s.value
	if value == nil {
		value = new(big.Int)
	}
	gas := s.gas
	if gas == 0 {
		gas = 200_000
	}
	tip := s.tip
	if tip == nil {
		tip = gwei
	}
	chainID := g.tc.config.ChainID
	nonce := g.nonce(from.addr)
	var (
		inner  types.TxData
		signer types.Signer = types.LatestSignerForChainID(chainID)
	)
	switch s.kind {
	case legacyTx, unprotectedTx:
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: new(big.Int).Mul(gwei, big.NewInt(2)), Gas: gas, To: s.to, Value: value, Data: s.data}
		if s.kind == unprotectedTx {
			signer = types.HomesteadSigner{}
		}
	case accessListTx:
		inner = &types.AccessListTx{ChainID: chainID, Nonce: nonce, GasPrice: new(big.Int).Mul(gwei, big.NewInt(2)), Gas: gas, To: s.to, Value: value, Data: s.data, AccessList: s.accessList}
	case dynamicFeeTx:
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(3)), Gas: gas, To: s.to, Value: value, Data: s.data, AccessList: s.accessList}
	}
	tx, err := types.SignNewTx(from.key, signer, inner)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return tx, nil
}

// add signs a transaction, includes it and remembers it under name.
func (g *builder) add(name string, from account, s txSpec) error {
	tx, err := g.sign(from, s)
	if err != nil {
		return err
	}
	g.include(name, tx)
	return nil
}

// include adds a signed transaction to the block.
func (g *builder) include(name string, tx *types.Transaction) {
	g.b.AddTx(tx)
	if name != "" {
		if _, dup := g.tc.txs[name]; dup {
			panic("duplicate transaction name " + name)
		}
		g.tc.txs[name] = tx
		g.tc.txBlock[name] = g.b.Number().Uint64()
	}
}

// deploy signs a contract creation and returns the new contract's address.
func (g *builder) deploy(name string, from account, kind txKind, code []byte) (common.Address, error) {
	addr := crypto.CreateAddress(from.addr, g.nonces[from.addr])
	return addr, g.add(name, from, txSpec{kind: kind, data: code, gas: 1_000_000})
}

// setCode includes an EIP-7702 transaction from sender to `to` carrying one
// authorisation by authority to delegate to target.
func (g *builder) setCode(name string, sender, authority account, target common.Address, to common.Address, data []byte) error {
	chainID := uint256.MustFromBig(g.tc.config.ChainID)
	senderNonce := g.nonce(sender.addr)
	authNonce := g.nonces[authority.addr]
	g.nonces[authority.addr]++
	auth, err := types.SignSetCode(authority.key, types.SetCodeAuthorization{ChainID: *chainID, Address: target, Nonce: authNonce})
	if err != nil {
		return fmt.Errorf("sign authorisation: %w", err)
	}
	tx, err := types.SignNewTx(sender.key, types.LatestSignerForChainID(g.tc.config.ChainID), &types.SetCodeTx{
		ChainID:   chainID,
		Nonce:     senderNonce,
		GasTipCap: uint256.MustFromBig(gwei),
		GasFeeCap: uint256.MustFromBig(new(big.Int).Mul(gwei, big.NewInt(3))),
		Gas:       300_000,
		To:        to,
		Value:     new(uint256.Int),
		Data:      data,
		AuthList:  []types.SetCodeAuthorization{auth},
	})
	if err != nil {
		return fmt.Errorf("sign set-code transaction: %w", err)
	}
	g.include(name, tx)
	return nil
}

// block fills block n.
func (g *builder) block(n uint64) error {
	tc := g.tc
	eth := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(params.Ether/1000)) }
	var err error
	switch n {
	case 1:
		if err = g.add("transfer-legacy", tc.faucet, txSpec{kind: legacyTx, to: &tc.bob.addr, value: eth(10_000), gas: 21_000}); err != nil {
			return err
		}
		if err = g.add("transfer-dynamic", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.carol.addr, value: eth(1), gas: 21_000}); err != nil {
			return err
		}
		if tc.store, err = g.deploy("deploy-store", tc.faucet, dynamicFeeTx, deployCode(storeCode())); err != nil {
			return err
		}
		tc.reverter, err = g.deploy("deploy-reverter", tc.faucet, legacyTx, deployCode(reverterCode()))
		return err
	case 2:
		tc.forwarder, err = g.deploy("deploy-forwarder", tc.faucet, accessListTx, deployCode(forwarderCode(tc.store, tc.reverter, tc.info)))
		return err
	case 3:
		if err = g.add("store-dynamic", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.store, data: storeCall(1, 1)}); err != nil {
			return err
		}
		acl := types.AccessList{{Address: tc.store, StorageKeys: []common.Hash{common.BigToHash(big.NewInt(2))}}}
		if err = g.add("store-access-list", tc.alice, txSpec{kind: accessListTx, to: &tc.store, data: storeCall(2, 2), accessList: acl}); err != nil {
			return err
		}
		return g.add("store-legacy", tc.bob, txSpec{kind: legacyTx, to: &tc.store, data: storeCall(3, 0xdeadbeef)})
	case 4:
		if err = g.add("revert", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.reverter, gas: 100_000}); err != nil {
			return err
		}
		if tc.failedCreate, err = g.deploy("deploy-failing", tc.faucet, dynamicFeeTx, reverterCode()); err != nil {
			return err
		}
		return g.add("out-of-gas", tc.alice, txSpec{kind: dynamicFeeTx, to: &tc.store, gas: 30_000, data: storeCall(9, 9)})
	case 5:
		return g.setCode("set-code-sponsored", tc.faucet, tc.delegator, tc.store, tc.delegator.addr, storeCall(7, 7))
	case 6:
		if err = g.setCode("set-code-self", tc.selfDelegator, tc.selfDelegator, tc.info, tc.selfDelegator.addr, nil); err != nil {
			return err
		}
		return g.add("transfer-unprotected", tc.legacySender, txSpec{kind: unprotectedTx, to: &tc.alice.addr, value: eth(500), gas: 21_000})
	case 7:
		return g.add("forward", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.forwarder, data: storeCall(0x0f, 5), gas: 300_000})
	case 8:
		return nil
	case busyBlock:
		return g.busy()
	case clearBlock:
		if err = g.setCode("set-code-clear", tc.alice, tc.delegator, common.Address{}, tc.bob.addr, nil); err != nil {
			return err
		}
		return g.add("", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.carol.addr, value: big.NewInt(1), gas: 21_000})
	case chainLength:
		if err = g.add("store-last", tc.alice, txSpec{kind: dynamicFeeTx, to: &tc.store, data: storeCall(n, 1), tip: big.NewInt(params.GWei / 2)}); err != nil {
			return err
		}
		return g.add("transfer-last", tc.bob, txSpec{kind: legacyTx, to: &tc.alice.addr, value: eth(2), gas: 21_000})
	}
	return g.filler(n)
}

// filler gives the other blocks a regular mix: every seventh block is empty,
// the others carry a transfer of a rotating kind, every third a store call,
// every tenth a forwarded call and every eleventh a revert.
//
// The blocks from denseFrom on are never empty and always carry a store call
// too. go-ethereum's gas price oracle (eth_gasPrice, eth_maxPriorityFeePerGas)
// samples more blocks, in an order that depends on goroutine scheduling,
// whenever a recent block has fewer than two transactions; with two or more
// in each of its 20 blocks its answer is the same on every run.
func (g *builder) filler(n uint64) error {
	tc := g.tc
	dense := n >= denseFrom
	if n%7 == 0 && !dense {
		return nil
	}
	senders := []account{tc.faucet, tc.alice, tc.bob}
	kinds := []txKind{legacyTx, accessListTx, dynamicFeeTx}
	from, to := senders[n%3], senders[(n+1)%3]
	tip := new(big.Int).Mul(big.NewInt(int64(n%4)+1), big.NewInt(params.GWei/4))
	if err := g.add("", from, txSpec{kind: kinds[n%3], to: &to.addr, value: big.NewInt(int64(n) * 1e15), gas: 21_000, tip: tip}); err != nil {
		return err
	}
	if n%3 == 0 || dense {
		if err := g.add("", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.store, data: storeCall(n, n%4), tip: tip}); err != nil {
			return err
		}
	}
	if n%10 == 0 {
		if err := g.add("", tc.bob, txSpec{kind: dynamicFeeTx, to: &tc.forwarder, data: storeCall(n, 0x100+n), gas: 300_000}); err != nil {
			return err
		}
	}
	if n%11 == 0 {
		return g.add("", tc.alice, txSpec{kind: legacyTx, to: &tc.reverter, gas: 60_000})
	}
	return nil
}

// busy fills the busy block with one transaction of each kind and purpose.
func (g *builder) busy() error {
	tc := g.tc
	specs := []struct {
		name string
		from account
		spec txSpec
	}{
		{"busy-transfer-legacy", tc.faucet, txSpec{kind: legacyTx, to: &tc.alice.addr, value: big.NewInt(1), gas: 21_000}},
		{"busy-transfer-access-list", tc.alice, txSpec{kind: accessListTx, to: &tc.bob.addr, value: big.NewInt(2), gas: 30_000, accessList: types.AccessList{{Address: tc.info}}}},
		{"busy-transfer-dynamic", tc.bob, txSpec{kind: dynamicFeeTx, to: &tc.faucet.addr, value: big.NewInt(3), gas: 21_000, tip: big.NewInt(params.GWei * 2)}},
		{"busy-store-1", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.store, data: storeCall(0x30, 0x30)}},
		{"busy-store-2", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.store, data: storeCall(0x31, 0x30)}},
		{"busy-forward", tc.alice, txSpec{kind: dynamicFeeTx, to: &tc.forwarder, data: storeCall(0x32, 0x32), gas: 300_000}},
		{"busy-revert", tc.bob, txSpec{kind: accessListTx, to: &tc.reverter, gas: 80_000}},
		{"busy-info", tc.bob, txSpec{kind: legacyTx, to: &tc.info, gas: 80_000}},
		{"busy-to-delegated", tc.faucet, txSpec{kind: dynamicFeeTx, to: &tc.delegator.addr, data: storeCall(0x33, 0x33), gas: 100_000}},
	}
	for _, s := range specs {
		if err := g.add(s.name, s.from, s.spec); err != nil {
			return err
		}
	}
	return nil
}

// signPending signs the transactions the cases send: the next one of alice's
// (it goes pending), one with a nonce gap (queued), and one from an account
// with no funds.
func (g *builder) signPending() error {
	tc := g.tc
	var err error
	if tc.pending["next"], err = g.sign(tc.alice, txSpec{kind: dynamicFeeTx, to: &tc.bob.addr, value: big.NewInt(1000), gas: 21_000}); err != nil {
		return err
	}
	g.nonce(tc.alice.addr) // the gap
	if tc.pending["gapped"], err = g.sign(tc.alice, txSpec{kind: legacyTx, to: &tc.bob.addr, value: big.NewInt(1000), gas: 21_000}); err != nil {
		return err
	}
	tc.pending["unfunded"], err = g.sign(newAccount("unfunded"), txSpec{kind: dynamicFeeTx, to: &tc.bob.addr, value: big.NewInt(1), gas: 21_000})
	return err
}
