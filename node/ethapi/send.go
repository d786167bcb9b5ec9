package ethapi

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// SendRawTransaction is eth_sendRawTransaction: it decodes a signed
// transaction, applies the RPC fee cap and replay-protection rule, and
// hands it to the pool. Pool refusals are returned as the pool words them
// ("nonce too low: ...", "insufficient funds for gas * price + value: ...").
func (api *EthAPI) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	if err := checkTxFee(tx.GasPrice(), tx.Gas(), api.b.RPCTxFeeCap()); err != nil {
		return common.Hash{}, err
	}
	if !api.opts.AllowUnprotectedTxs && !tx.Protected() {
		return common.Hash{}, errUnprotectedTx
	}
	if err := api.b.SendTx(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// checkTxFee refuses a transaction whose gasPrice×gas exceeds the cap (in
// ether); a zero cap disables the check.
func checkTxFee(gasPrice *big.Int, gas uint64, capEther float64) error {
	if capEther == 0 {
		return nil
	}
	wei := new(big.Int).Mul(gasPrice, new(big.Int).SetUint64(gas))
	fee, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
	if fee > capEther {
		return fmt.Errorf("tx fee (%.2f ether) exceeds the configured cap (%.2f ether)", fee, capEther)
	}
	return nil
}
