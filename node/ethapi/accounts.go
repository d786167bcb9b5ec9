package ethapi

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/xiangchain/xiangchain/internal/eip712"
)

// Errors of the unlocked-key methods, worded as go-ethereum words them.
var (
	errBlobTxNotSupported   = errors.New("signing blob transactions not supported")
	errGasNotSpecified      = errors.New("gas not specified")
	errFeeNotSpecified      = errors.New("missing gasPrice or maxFeePerGas/maxPriorityFeePerGas")
	errNonceNotSpecified    = errors.New("nonce not specified")
	errZeroMaxFee           = errors.New("maxFeePerGas must be non-zero")
	errZeroGasPrice         = errors.New("gasPrice must be non-zero after london fork")
	errGasPriceAndAuthList  = errors.New("both gasPrice and authorizationList specified")
	errCreateWithoutData    = errors.New(`contract creation without any data provided`)
	errCreateWithAuthList   = errors.New(`authorizationList provided for contract creation, but "to" field is missing`)
	errTypedDataNotAnObject = errors.New("typed data must be a JSON object or a string holding one")
)

// AccountsAPI is the part of the "eth" namespace that signs with the keys
// the node holds unlocked (Options.UnlockedKeys). With no keys every
// signing method answers "unknown account".
type AccountsAPI struct {
	b     Backend
	eth   *EthAPI // fee suggestions and gas estimation
	keys  map[common.Address]*ecdsa.PrivateKey
	order []common.Address // eth_accounts order: as configured

	// nonces serialises eth_sendTransaction per sender while the pool
	// nonce is read, so concurrent requests get distinct nonces.
	nonces addrLocker
}

func newAccountsAPI(b Backend, eth *EthAPI, keys []*ecdsa.PrivateKey) *AccountsAPI {
	api := &AccountsAPI{b: b, eth: eth, keys: make(map[common.Address]*ecdsa.PrivateKey, len(keys))}
	for _, key := range keys {
		addr := crypto.PubkeyToAddress(key.PublicKey)
		if _, dup := api.keys[addr]; dup {
			continue
		}
		api.keys[addr] = key
		api.order = append(api.order, addr)
	}
	return api
}

// key returns the unlocked key of addr or accounts.ErrUnknownAccount.
func (api *AccountsAPI) key(addr common.Address) (*ecdsa.PrivateKey, error) {
	key, ok := api.keys[addr]
	if !ok {
		return nil, accounts.ErrUnknownAccount
	}
	return key, nil
}

// Accounts is eth_accounts: the unlocked addresses (an empty list on a
// production node).
func (api *AccountsAPI) Accounts() []common.Address {
	return append([]common.Address{}, api.order...)
}

// Sign is eth_sign: an EIP-191 personal-message signature,
// keccak256("\x19Ethereum Signed Message:\n" + len(data) + data), as
// r ‖ s ‖ v with v = 27 or 28.
func (api *AccountsAPI) Sign(addr common.Address, data hexutil.Bytes) (hexutil.Bytes, error) {
	key, err := api.key(addr)
	if err != nil {
		return nil, err
	}
	return signHash(accounts.TextHash(data), key)
}

// SignTypedData_v4 is eth_signTypedData_v4: an EIP-712 signature (v = 27
// or 28) of typed data given as a JSON object or, as ethers and viem send
// it, a string holding the JSON.
func (api *AccountsAPI) SignTypedData_v4(addr common.Address, typedData json.RawMessage) (hexutil.Bytes, error) {
	key, err := api.key(addr)
	if err != nil {
		return nil, err
	}
	td, err := parseTypedData(typedData)
	if err != nil {
		return nil, invalidParamsError{err}
	}
	hash, err := eip712.Digest(td) // MetaMask's rule, as Hardhat and Anvil sign
	if err != nil {
		return nil, invalidParamsError{err}
	}
	return signHash(hash, key)
}

// parseTypedData decodes EIP-712 typed data from a JSON object or a JSON
// string that holds one.
func parseTypedData(raw json.RawMessage) (apitypes.TypedData, error) {
	var td apitypes.TypedData
	if len(raw) > 0 && raw[0] == '"' {
		var inner string
		if err := json.Unmarshal(raw, &inner); err != nil {
			return td, fmt.Errorf("typed data: %w", err)
		}
		raw = json.RawMessage(inner)
	}
	if len(raw) == 0 || raw[0] != '{' {
		return td, errTypedDataNotAnObject
	}
	if err := json.Unmarshal(raw, &td); err != nil {
		return td, fmt.Errorf("typed data: %w", err)
	}
	return td, nil
}

// signHash signs a 32-byte digest and moves v to 27/28, as wallets return it.
func signHash(hash []byte, key *ecdsa.PrivateKey) (hexutil.Bytes, error) {
	sig, err := crypto.Sign(hash, key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// SignTransactionResult is eth_signTransaction's answer: the signed
// transaction's binary encoding and its JSON form.
type SignTransactionResult struct {
	Raw hexutil.Bytes      `json:"raw"`
	Tx  *types.Transaction `json:"tx"`
}

// SignTransaction is eth_signTransaction. Gas, nonce and prices must be
// given (as go-ethereum requires); the result is not submitted.
func (api *AccountsAPI) SignTransaction(ctx context.Context, args CallArgs) (*SignTransactionResult, error) {
	if args.Gas == nil {
		return nil, errGasNotSpecified
	}
	if args.GasPrice == nil && (args.MaxPriorityFeePerGas == nil || args.MaxFeePerGas == nil) {
		return nil, errFeeNotSpecified
	}
	if args.Nonce == nil {
		return nil, errNonceNotSpecified
	}
	if isBlobTx(&args) {
		return nil, errBlobTxNotSupported
	}
	if err := api.fill(ctx, &args); err != nil {
		return nil, err
	}
	tx := args.toTransaction()
	if err := checkTxFee(tx.GasPrice(), tx.Gas(), api.b.RPCTxFeeCap()); err != nil {
		return nil, err
	}
	signed, err := api.signTx(args.sender(), tx)
	if err != nil {
		return nil, err
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding signed transaction: %w", err)
	}
	return &SignTransactionResult{Raw: raw, Tx: signed}, nil
}

// SendTransaction is eth_sendTransaction: it fills what the caller left
// out (nonce from the pool, gas by estimation, prices from the fee profile,
// chain id), signs with the sender's unlocked key and submits the
// transaction as eth_sendRawTransaction does.
func (api *AccountsAPI) SendTransaction(ctx context.Context, args CallArgs) (common.Hash, error) {
	from := args.sender()
	key, err := api.key(from)
	if err != nil {
		return common.Hash{}, err
	}
	if args.Nonce == nil {
		// Hold the sender's lock from reading the pool nonce until the
		// transaction is in the pool.
		unlock := api.nonces.lock(from)
		defer unlock()
	}
	if isBlobTx(&args) {
		return common.Hash{}, errBlobTxNotSupported
	}
	if err := api.fill(ctx, &args); err != nil {
		return common.Hash{}, err
	}
	signed, err := types.SignTx(args.toTransaction(), types.LatestSignerForChainID(api.b.ChainConfig().ChainID), key)
	if err != nil {
		return common.Hash{}, fmt.Errorf("signing transaction: %w", err)
	}
	if err := checkTxFee(signed.GasPrice(), signed.Gas(), api.b.RPCTxFeeCap()); err != nil {
		return common.Hash{}, err
	}
	if err := api.b.SendTx(ctx, signed); err != nil {
		return common.Hash{}, err
	}
	return signed.Hash(), nil
}

// signTx signs tx with addr's unlocked key for this chain.
func (api *AccountsAPI) signTx(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
	key, err := api.key(addr)
	if err != nil {
		return nil, err
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(api.b.ChainConfig().ChainID), key)
	if err != nil {
		return nil, fmt.Errorf("signing transaction: %w", err)
	}
	return signed, nil
}

// fill completes a transaction's arguments as go-ethereum's setDefaults
// does, with one difference: under the free fee profile zero prices are
// valid (go-ethereum refuses a zero gasPrice or maxFeePerGas after London).
func (api *AccountsAPI) fill(ctx context.Context, args *CallArgs) error {
	if err := api.fillFees(ctx, args); err != nil {
		return err
	}
	if args.Value == nil {
		args.Value = new(hexutil.Big)
	}
	if args.Nonce == nil {
		nonce, err := api.b.GetPoolNonce(ctx, args.sender())
		if err != nil {
			return fmt.Errorf("reading pool nonce: %w", err)
		}
		args.Nonce = (*hexutil.Uint64)(&nonce)
	}
	if args.Data != nil && args.Input != nil && !bytes.Equal(*args.Data, *args.Input) {
		return errDataInputMismatch
	}
	if args.To == nil {
		if len(args.data()) == 0 {
			return errCreateWithoutData
		}
		if args.AuthorizationList != nil {
			return errCreateWithAuthList
		}
	}
	if args.Gas == nil {
		data := hexutil.Bytes(args.data())
		estimateArgs := CallArgs{
			From:                 args.From,
			To:                   args.To,
			GasPrice:             args.GasPrice,
			MaxFeePerGas:         args.MaxFeePerGas,
			MaxPriorityFeePerGas: args.MaxPriorityFeePerGas,
			Value:                args.Value,
			Data:                 &data,
			AccessList:           args.AccessList,
			AuthorizationList:    args.AuthorizationList,
		}
		latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
		gas, err := api.eth.EstimateGas(ctx, estimateArgs, &latest, nil, nil)
		if err != nil {
			return err
		}
		args.Gas = &gas
	}
	want := api.b.ChainConfig().ChainID
	if args.ChainID != nil {
		if have := args.ChainID.ToInt(); have.Cmp(want) != 0 {
			return fmt.Errorf("chainId does not match node's (have=%v, want=%v)", have, want)
		}
	} else {
		args.ChainID = (*hexutil.Big)(new(big.Int).Set(want))
	}
	return nil
}

// fillFees completes the price fields. Every block of this chain is past
// London, so omitted prices become EIP-1559 ones: the suggested tip (zero
// under the free profile) and a fee cap of tip + 2 × the head's base fee.
func (api *AccountsAPI) fillFees(ctx context.Context, args *CallArgs) error {
	free := api.b.FreeFees()
	if args.GasPrice != nil && (args.MaxFeePerGas != nil || args.MaxPriorityFeePerGas != nil) {
		return errBothFeeStyles
	}
	if args.GasPrice != nil && args.AuthorizationList != nil {
		return errGasPriceAndAuthList
	}
	if args.GasPrice == nil && args.MaxFeePerGas != nil && args.MaxPriorityFeePerGas != nil {
		if args.MaxFeePerGas.ToInt().Sign() == 0 && !free {
			return errZeroMaxFee
		}
		return checkFeeOrder(args)
	}
	if args.GasPrice != nil {
		if args.GasPrice.ToInt().Sign() == 0 && !free {
			return errZeroGasPrice
		}
		return nil
	}
	if args.MaxPriorityFeePerGas == nil {
		tip, err := api.eth.MaxPriorityFeePerGas(ctx)
		if err != nil {
			return err
		}
		args.MaxPriorityFeePerGas = tip
	}
	if args.MaxFeePerGas == nil {
		feeCap := new(big.Int).Set(args.MaxPriorityFeePerGas.ToInt())
		if baseFee := api.b.CurrentHeader().BaseFee; baseFee != nil {
			feeCap.Add(feeCap, new(big.Int).Mul(baseFee, big.NewInt(2)))
		}
		args.MaxFeePerGas = (*hexutil.Big)(feeCap)
	}
	return checkFeeOrder(args)
}

func checkFeeOrder(args *CallArgs) error {
	if args.MaxFeePerGas.ToInt().Cmp(args.MaxPriorityFeePerGas.ToInt()) < 0 {
		return fmt.Errorf("maxFeePerGas (%v) < maxPriorityFeePerGas (%v)", args.MaxFeePerGas, args.MaxPriorityFeePerGas)
	}
	return nil
}

// isBlobTx reports blob fields, which this chain does not accept.
func isBlobTx(args *CallArgs) bool {
	return args.BlobHashes != nil || args.MaxFeePerBlobGas != nil
}

// sender is the from address, zero when omitted (which no key matches).
func (args *CallArgs) sender() common.Address {
	if args.From == nil {
		return common.Address{}
	}
	return *args.From
}

// toTransaction builds the unsigned transaction from filled arguments:
// set-code with an authorization list, legacy (or EIP-2930 with an access
// list) with gasPrice, dynamic-fee otherwise.
func (args *CallArgs) toTransaction() *types.Transaction {
	var al types.AccessList
	if args.AccessList != nil {
		al = *args.AccessList
	}
	switch {
	case args.GasPrice != nil && args.AccessList != nil:
		return types.NewTx(&types.AccessListTx{
			ChainID:    args.ChainID.ToInt(),
			Nonce:      uint64(*args.Nonce),
			GasPrice:   args.GasPrice.ToInt(),
			Gas:        uint64(*args.Gas),
			To:         args.To,
			Value:      args.Value.ToInt(),
			Data:       args.data(),
			AccessList: al,
		})
	case args.GasPrice != nil:
		return types.NewTx(&types.LegacyTx{
			Nonce:    uint64(*args.Nonce),
			GasPrice: args.GasPrice.ToInt(),
			Gas:      uint64(*args.Gas),
			To:       args.To,
			Value:    args.Value.ToInt(),
			Data:     args.data(),
		})
	case args.AuthorizationList != nil:
		if al == nil {
			al = types.AccessList{}
		}
		return types.NewTx(&types.SetCodeTx{
			ChainID:    toU256(args.ChainID),
			Nonce:      uint64(*args.Nonce),
			GasTipCap:  toU256(args.MaxPriorityFeePerGas),
			GasFeeCap:  toU256(args.MaxFeePerGas),
			Gas:        uint64(*args.Gas),
			To:         *args.To,
			Value:      toU256(args.Value),
			Data:       args.data(),
			AccessList: al,
			AuthList:   args.AuthorizationList,
		})
	default:
		if al == nil {
			al = types.AccessList{}
		}
		return types.NewTx(&types.DynamicFeeTx{
			ChainID:    args.ChainID.ToInt(),
			Nonce:      uint64(*args.Nonce),
			GasTipCap:  args.MaxPriorityFeePerGas.ToInt(),
			GasFeeCap:  args.MaxFeePerGas.ToInt(),
			Gas:        uint64(*args.Gas),
			To:         args.To,
			Value:      args.Value.ToInt(),
			Data:       args.data(),
			AccessList: al,
		})
	}
}

// addrLocker hands out one mutex per address.
type addrLocker struct {
	mu    sync.Mutex
	locks map[common.Address]*sync.Mutex
}

// lock takes addr's mutex and returns its release.
func (l *addrLocker) lock(addr common.Address) (unlock func()) {
	l.mu.Lock()
	if l.locks == nil {
		l.locks = make(map[common.Address]*sync.Mutex)
	}
	m, ok := l.locks[addr]
	if !ok {
		m = new(sync.Mutex)
		l.locks[addr] = m
	}
	l.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// PersonalAPI is the one `personal_` method wallets and libraries still use
// (ethers' and viem's signMessage): personal_sign, served for unlocked dev
// keys as Hardhat and Anvil serve it. go-ethereum removed the namespace;
// nodes without unlocked keys do not register it.
type PersonalAPI struct{ accounts *AccountsAPI }

// Sign is personal_sign(data, address): eth_sign with the arguments swapped.
func (api *PersonalAPI) Sign(data hexutil.Bytes, addr common.Address) (hexutil.Bytes, error) {
	return api.accounts.Sign(addr, data)
}
