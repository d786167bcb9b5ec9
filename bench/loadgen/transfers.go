package loadgen

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// transferGas is the gas limit of a plain value transfer.
const transferGas = params.TxGas

// Errors of building a workload.
var (
	ErrNoSenders  = errors.New("loadgen: no sender keys")
	ErrNonceCount = errors.New("loadgen: one start nonce per sender is needed")
)

// Fees are the EIP-1559 fee fields every transfer of a workload carries.
type Fees struct {
	TipCap *big.Int // maxPriorityFeePerGas
	FeeCap *big.Int // maxFeePerGas
}

// Tx is one pre-signed transaction of a workload.
type Tx struct {
	Raw    []byte      // the signed transaction, as eth_sendRawTransaction takes it
	Hash   common.Hash // its hash, as blocks list it
	Sender int         // index of the sending key (it picks the endpoint)
}

// SuggestFees asks an endpoint for fees a transfer can pay for a while:
// the suggested tip (eth_maxPriorityFeePerGas) and a fee cap of headroom
// times the latest base fee plus that tip. A chain without a base fee, or
// one whose fees are zero, gets zero fees.
func SuggestFees(ctx context.Context, c *rpc.Client, headroom int64) (Fees, error) {
	var tip hexutil.Big
	if err := c.CallContext(ctx, &tip, "eth_maxPriorityFeePerGas"); err != nil {
		return Fees{}, fmt.Errorf("loadgen: eth_maxPriorityFeePerGas: %w", err)
	}
	var head struct {
		BaseFee *hexutil.Big `json:"baseFeePerGas"`
	}
	if err := c.CallContext(ctx, &head, "eth_getBlockByNumber", "latest", false); err != nil {
		return Fees{}, fmt.Errorf("loadgen: latest block: %w", err)
	}
	feeCap := new(big.Int)
	if head.BaseFee != nil {
		feeCap.Mul(head.BaseFee.ToInt(), big.NewInt(headroom))
	}
	feeCap.Add(feeCap, tip.ToInt())
	return Fees{TipCap: new(big.Int).Set(tip.ToInt()), FeeCap: feeCap}, nil
}

// PendingNonces returns each address's next nonce (eth_getTransactionCount
// at "pending"), asked in one batch.
func PendingNonces(ctx context.Context, c *rpc.Client, addrs []common.Address) ([]uint64, error) {
	counts := make([]hexutil.Uint64, len(addrs))
	batch := make([]rpc.BatchElem, len(addrs))
	for i, a := range addrs {
		batch[i] = rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{a, "pending"}, Result: &counts[i]}
	}
	if err := c.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("loadgen: nonces: %w", err)
	}
	nonces := make([]uint64, len(addrs))
	for i, el := range batch {
		if el.Error != nil {
			return nil, fmt.Errorf("loadgen: nonce of %s: %w", addrs[i], el.Error)
		}
		nonces[i] = uint64(counts[i])
	}
	return nonces, nil
}

// Addresses returns the address of each key.
func Addresses(keys []*ecdsa.PrivateKey) []common.Address {
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return addrs
}

// SignTransfers pre-signs perSender transfers of 1 wei from every key to the
// next key's address, sender i starting at nonces[i]. They are ordered round
// robin over the senders (every sender's first transfer, then every second
// one, …), so that however far a run gets, each sender has sent about as
// many as the others and none runs far ahead of its pool slots.
func SignTransfers(chainID *big.Int, keys []*ecdsa.PrivateKey, nonces []uint64, perSender int, fees Fees) ([]Tx, error) {
	if len(keys) == 0 {
		return nil, ErrNoSenders
	}
	if len(nonces) != len(keys) {
		return nil, fmt.Errorf("%w: %d senders, %d nonces", ErrNonceCount, len(keys), len(nonces))
	}
	addrs := Addresses(keys)
	signer := types.LatestSignerForChainID(chainID)
	txs := make([]Tx, 0, len(keys)*perSender)
	for n := range perSender {
		for i, key := range keys {
			to := addrs[(i+1)%len(addrs)]
			tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID:   chainID,
				Nonce:     nonces[i] + uint64(n),
				GasTipCap: fees.TipCap,
				GasFeeCap: fees.FeeCap,
				Gas:       transferGas,
				To:        &to,
				Value:     big.NewInt(1),
			})
			if err != nil {
				return nil, fmt.Errorf("loadgen: signing transfer %d of sender %d: %w", n, i, err)
			}
			raw, err := tx.MarshalBinary()
			if err != nil {
				return nil, fmt.Errorf("loadgen: encoding transfer: %w", err)
			}
			txs = append(txs, Tx{Raw: raw, Hash: tx.Hash(), Sender: i})
		}
	}
	return txs, nil
}

// SignFunding signs one transfer of amount from the funder key to each
// address, nonces counting up from nonce. Run sends them like any workload.
func SignFunding(chainID *big.Int, funder *ecdsa.PrivateKey, nonce uint64, to []common.Address, amount *big.Int, fees Fees) ([]Tx, error) {
	signer := types.LatestSignerForChainID(chainID)
	txs := make([]Tx, len(to))
	for i, addr := range to {
		tx, err := types.SignNewTx(funder, signer, &types.DynamicFeeTx{
			ChainID:   chainID,
			Nonce:     nonce + uint64(i),
			GasTipCap: fees.TipCap,
			GasFeeCap: fees.FeeCap,
			Gas:       transferGas,
			To:        &addr,
			Value:     amount,
		})
		if err != nil {
			return nil, fmt.Errorf("loadgen: signing funding transfer to %s: %w", addr, err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("loadgen: encoding funding transfer: %w", err)
		}
		txs[i] = Tx{Raw: raw, Hash: tx.Hash()}
	}
	return txs, nil
}
