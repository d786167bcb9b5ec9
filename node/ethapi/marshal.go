package ethapi

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// marshalHeader renders a header as go-ethereum's RPC does: fields added by
// later forks appear only when the header has them, and totalDifficulty is
// not reported.
func marshalHeader(h *types.Header) map[string]any {
	out := map[string]any{
		"number":           (*hexutil.Big)(h.Number),
		"hash":             h.Hash(),
		"parentHash":       h.ParentHash,
		"nonce":            h.Nonce,
		"mixHash":          h.MixDigest,
		"sha3Uncles":       h.UncleHash,
		"logsBloom":        h.Bloom,
		"stateRoot":        h.Root,
		"miner":            h.Coinbase,
		"difficulty":       (*hexutil.Big)(h.Difficulty),
		"extraData":        hexutil.Bytes(h.Extra),
		"gasLimit":         hexutil.Uint64(h.GasLimit),
		"gasUsed":          hexutil.Uint64(h.GasUsed),
		"timestamp":        hexutil.Uint64(h.Time),
		"transactionsRoot": h.TxHash,
		"receiptsRoot":     h.ReceiptHash,
	}
	if h.BaseFee != nil {
		out["baseFeePerGas"] = (*hexutil.Big)(h.BaseFee)
	}
	if h.WithdrawalsHash != nil {
		out["withdrawalsRoot"] = *h.WithdrawalsHash
	}
	if h.BlobGasUsed != nil {
		out["blobGasUsed"] = hexutil.Uint64(*h.BlobGasUsed)
	}
	if h.ExcessBlobGas != nil {
		out["excessBlobGas"] = hexutil.Uint64(*h.ExcessBlobGas)
	}
	if h.ParentBeaconRoot != nil {
		out["parentBeaconBlockRoot"] = *h.ParentBeaconRoot
	}
	if h.RequestsHash != nil {
		out["requestsHash"] = *h.RequestsHash
	}
	return out
}

// marshalBlock renders a block: its header fields, size, uncles,
// withdrawals (from Shanghai on) and its transactions as hashes or, with
// fullTx, as transaction objects.
func marshalBlock(block *types.Block, fullTx bool, config *params.ChainConfig) map[string]any {
	out := marshalHeader(block.Header())
	out["size"] = hexutil.Uint64(block.Size())

	txs := block.Transactions()
	list := make([]any, len(txs))
	for i, tx := range txs {
		if fullTx {
			list[i] = newRPCTransaction(tx, block.Hash(), block.NumberU64(), block.Time(), uint64(i), block.BaseFee(), config)
		} else {
			list[i] = tx.Hash()
		}
	}
	out["transactions"] = list

	uncles := make([]common.Hash, len(block.Uncles()))
	for i, u := range block.Uncles() {
		uncles[i] = u.Hash()
	}
	out["uncles"] = uncles
	if w := block.Withdrawals(); w != nil {
		out["withdrawals"] = w
	}
	return out
}

// RPCTransaction is a transaction as eth_getTransactionByHash and full
// blocks return it. Location fields are null for pooled transactions.
type RPCTransaction struct {
	BlockHash           *common.Hash                 `json:"blockHash"`
	BlockNumber         *hexutil.Big                 `json:"blockNumber"`
	BlockTimestamp      *hexutil.Uint64              `json:"blockTimestamp"`
	From                common.Address               `json:"from"`
	Gas                 hexutil.Uint64               `json:"gas"`
	GasPrice            *hexutil.Big                 `json:"gasPrice"`
	GasFeeCap           *hexutil.Big                 `json:"maxFeePerGas,omitempty"`
	GasTipCap           *hexutil.Big                 `json:"maxPriorityFeePerGas,omitempty"`
	MaxFeePerBlobGas    *hexutil.Big                 `json:"maxFeePerBlobGas,omitempty"`
	Hash                common.Hash                  `json:"hash"`
	Input               hexutil.Bytes                `json:"input"`
	Nonce               hexutil.Uint64               `json:"nonce"`
	To                  *common.Address              `json:"to"`
	TransactionIndex    *hexutil.Uint64              `json:"transactionIndex"`
	Value               *hexutil.Big                 `json:"value"`
	Type                hexutil.Uint64               `json:"type"`
	AccessList          *types.AccessList            `json:"accessList,omitempty"`
	ChainID             *hexutil.Big                 `json:"chainId,omitempty"`
	BlobVersionedHashes []common.Hash                `json:"blobVersionedHashes,omitempty"`
	AuthorizationList   []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
	V                   *hexutil.Big                 `json:"v"`
	R                   *hexutil.Big                 `json:"r"`
	S                   *hexutil.Big                 `json:"s"`
	YParity             *hexutil.Uint64              `json:"yParity,omitempty"`
}

// newRPCTransaction renders tx. A zero blockHash means "not yet included":
// the location fields stay null and gasPrice is the fee cap; otherwise
// gasPrice is the price the transaction actually paid under baseFee.
func newRPCTransaction(tx *types.Transaction, blockHash common.Hash, blockNumber, blockTime, index uint64, baseFee *big.Int, config *params.ChainConfig) *RPCTransaction {
	signer := types.MakeSigner(config, new(big.Int).SetUint64(blockNumber), blockTime)
	from, _ := types.Sender(signer, tx)
	v, r, s := tx.RawSignatureValues()
	out := &RPCTransaction{
		From:     from,
		Gas:      hexutil.Uint64(tx.Gas()),
		GasPrice: (*hexutil.Big)(tx.GasPrice()),
		Hash:     tx.Hash(),
		Input:    tx.Data(),
		Nonce:    hexutil.Uint64(tx.Nonce()),
		To:       tx.To(),
		Value:    (*hexutil.Big)(tx.Value()),
		Type:     hexutil.Uint64(tx.Type()),
		V:        (*hexutil.Big)(v),
		R:        (*hexutil.Big)(r),
		S:        (*hexutil.Big)(s),
	}
	included := blockHash != (common.Hash{})
	if included {
		out.BlockHash = &blockHash
		out.BlockNumber = (*hexutil.Big)(new(big.Int).SetUint64(blockNumber))
		out.BlockTimestamp = (*hexutil.Uint64)(&blockTime)
		out.TransactionIndex = (*hexutil.Uint64)(&index)
	}
	if tx.Type() == types.LegacyTxType {
		// Only EIP-155 transactions carry a chain id.
		if id := tx.ChainId(); id.Sign() != 0 {
			out.ChainID = (*hexutil.Big)(id)
		}
		return out
	}
	// Typed transactions: access list, chain id and y-parity.
	al := tx.AccessList()
	parity := hexutil.Uint64(v.Sign())
	out.AccessList = &al
	out.ChainID = (*hexutil.Big)(tx.ChainId())
	out.YParity = &parity
	if tx.Type() == types.AccessListTxType {
		return out
	}
	// EIP-1559 fee fields (dynamic-fee, blob and set-code transactions).
	out.GasFeeCap = (*hexutil.Big)(tx.GasFeeCap())
	out.GasTipCap = (*hexutil.Big)(tx.GasTipCap())
	if included && baseFee != nil {
		out.GasPrice = (*hexutil.Big)(paidGasPrice(tx, baseFee))
	} else {
		out.GasPrice = (*hexutil.Big)(tx.GasFeeCap())
	}
	switch tx.Type() {
	case types.BlobTxType:
		out.MaxFeePerBlobGas = (*hexutil.Big)(tx.BlobGasFeeCap())
		out.BlobVersionedHashes = tx.BlobHashes()
	case types.SetCodeTxType:
		out.AuthorizationList = tx.SetCodeAuthorizations()
	}
	return out
}

// newRPCPendingTransaction renders a pooled transaction; its gasPrice for
// dynamic-fee types is the fee cap, as go-ethereum reports it.
func newRPCPendingTransaction(tx *types.Transaction, head *types.Header, config *params.ChainConfig) *RPCTransaction {
	var (
		baseFee *big.Int
		number  uint64
		time    uint64
	)
	if head != nil {
		baseFee = eip1559.CalcBaseFee(config, head)
		number, time = head.Number.Uint64(), head.Time
	}
	return newRPCTransaction(tx, common.Hash{}, number, time, 0, baseFee, config)
}

// paidGasPrice is min(tip + baseFee, feeCap).
func paidGasPrice(tx *types.Transaction, baseFee *big.Int) *big.Int {
	price := new(big.Int).Add(tx.GasTipCap(), baseFee)
	if tx.GasFeeCapIntCmp(price) < 0 {
		return tx.GasFeeCap()
	}
	return price
}

// marshalReceipt renders a receipt with the fields go-ethereum adds to it:
// block location, sender, recipient, contract address (null unless the
// transaction created one), type and effective gas price.
func marshalReceipt(r *types.Receipt, blockHash common.Hash, blockNumber uint64, signer types.Signer, tx *types.Transaction, index int) map[string]any {
	from, _ := types.Sender(signer, tx)
	logs := r.Logs
	if logs == nil {
		logs = []*types.Log{}
	}
	out := map[string]any{
		"blockHash":         blockHash,
		"blockNumber":       hexutil.Uint64(blockNumber),
		"transactionHash":   tx.Hash(),
		"transactionIndex":  hexutil.Uint64(index),
		"from":              from,
		"to":                tx.To(),
		"gasUsed":           hexutil.Uint64(r.GasUsed),
		"cumulativeGasUsed": hexutil.Uint64(r.CumulativeGasUsed),
		"contractAddress":   nil,
		"logs":              logs,
		"logsBloom":         r.Bloom,
		"type":              hexutil.Uint(tx.Type()),
		"effectiveGasPrice": (*hexutil.Big)(r.EffectiveGasPrice),
	}
	if len(r.PostState) > 0 {
		out["root"] = hexutil.Bytes(r.PostState)
	} else {
		out["status"] = hexutil.Uint(r.Status)
	}
	if tx.Type() == types.BlobTxType {
		out["blobGasUsed"] = hexutil.Uint64(r.BlobGasUsed)
		out["blobGasPrice"] = (*hexutil.Big)(r.BlobGasPrice)
	}
	if r.ContractAddress != (common.Address{}) {
		out["contractAddress"] = r.ContractAddress
	}
	return out
}
