package ethapi

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// TxPoolAPI is the "txpool" namespace: what the transaction pool holds,
// keyed as go-ethereum keys it (status, then sender as checksummed hex,
// then nonce as a decimal string).
type TxPoolAPI struct {
	b Backend
}

// Content is txpool_content: every pooled transaction, as
// eth_getTransactionByHash renders a pending one.
func (api *TxPoolAPI) Content() map[string]map[string]map[string]*RPCTransaction {
	pending, queued := api.b.TxPoolContent()
	return map[string]map[string]map[string]*RPCTransaction{
		"pending": api.renderAll(pending),
		"queued":  api.renderAll(queued),
	}
}

// ContentFrom is txpool_contentFrom: one sender's pooled transactions.
func (api *TxPoolAPI) ContentFrom(addr common.Address) map[string]map[string]*RPCTransaction {
	pending, queued := api.b.TxPoolContentFrom(addr)
	head := api.b.CurrentHeader()
	return map[string]map[string]*RPCTransaction{
		"pending": api.render(pending, head),
		"queued":  api.render(queued, head),
	}
}

// Status is txpool_status: how many transactions are pending and queued.
func (api *TxPoolAPI) Status() map[string]hexutil.Uint {
	pending, queued := api.b.Stats()
	return map[string]hexutil.Uint{
		"pending": hexutil.Uint(pending),
		"queued":  hexutil.Uint(queued),
	}
}

// Inspect is txpool_inspect: the pool's content summarised as one line per
// transaction, "<to>: <value> wei + <gas> gas × <gasPrice> wei" (or
// "contract creation: …"), gasPrice being the fee cap of dynamic-fee
// transactions.
func (api *TxPoolAPI) Inspect() map[string]map[string]map[string]string {
	pending, queued := api.b.TxPoolContent()
	return map[string]map[string]map[string]string{
		"pending": summariseAll(pending),
		"queued":  summariseAll(queued),
	}
}

func (api *TxPoolAPI) renderAll(bySender map[common.Address][]*types.Transaction) map[string]map[string]*RPCTransaction {
	head := api.b.CurrentHeader()
	out := make(map[string]map[string]*RPCTransaction, len(bySender))
	for sender, txs := range bySender {
		out[sender.Hex()] = api.render(txs, head)
	}
	return out
}

// render keys one sender's transactions by nonce.
func (api *TxPoolAPI) render(txs []*types.Transaction, head *types.Header) map[string]*RPCTransaction {
	out := make(map[string]*RPCTransaction, len(txs))
	for _, tx := range txs {
		out[strconv.FormatUint(tx.Nonce(), 10)] = newRPCPendingTransaction(tx, head, api.b.ChainConfig())
	}
	return out
}

func summariseAll(bySender map[common.Address][]*types.Transaction) map[string]map[string]string {
	out := make(map[string]map[string]string, len(bySender))
	for sender, txs := range bySender {
		lines := make(map[string]string, len(txs))
		for _, tx := range txs {
			lines[strconv.FormatUint(tx.Nonce(), 10)] = summarise(tx)
		}
		out[sender.Hex()] = lines
	}
	return out
}

// summarise is one txpool_inspect line.
func summarise(tx *types.Transaction) string {
	if to := tx.To(); to != nil {
		return fmt.Sprintf("%s: %v wei + %d gas × %v wei", to.Hex(), tx.Value(), tx.Gas(), tx.GasPrice())
	}
	return fmt.Sprintf("contract creation: %v wei + %d gas × %v wei", tx.Value(), tx.Gas(), tx.GasPrice())
}
