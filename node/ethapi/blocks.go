package ethapi

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// GetBlockByNumber is eth_getBlockByNumber; null when the block does not
// exist. The pending block has null hash, nonce and miner, as in
// go-ethereum.
func (api *EthAPI) GetBlockByNumber(ctx context.Context, number rpc.BlockNumber, fullTx bool) (map[string]any, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil || err != nil {
		return nil, err
	}
	out := marshalBlock(block, fullTx, api.b.ChainConfig())
	if number == rpc.PendingBlockNumber {
		out["hash"], out["nonce"], out["miner"] = nil, nil, nil
	}
	return out, nil
}

// GetBlockByHash is eth_getBlockByHash; null when the block is unknown.
func (api *EthAPI) GetBlockByHash(ctx context.Context, hash common.Hash, fullTx bool) (map[string]any, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil || err != nil {
		return nil, err
	}
	return marshalBlock(block, fullTx, api.b.ChainConfig()), nil
}

// GetHeaderByNumber is eth_getHeaderByNumber; null when unknown.
func (api *EthAPI) GetHeaderByNumber(ctx context.Context, number rpc.BlockNumber) (map[string]any, error) {
	h, err := api.b.HeaderByNumber(ctx, number)
	if h == nil || err != nil {
		return nil, err
	}
	out := marshalHeader(h)
	if number == rpc.PendingBlockNumber {
		out["hash"], out["nonce"], out["miner"] = nil, nil, nil
	}
	return out, nil
}

// GetHeaderByHash is eth_getHeaderByHash; null when unknown.
func (api *EthAPI) GetHeaderByHash(ctx context.Context, hash common.Hash) (map[string]any, error) {
	h, err := api.b.HeaderByHash(ctx, hash)
	if h == nil || err != nil {
		return nil, err
	}
	return marshalHeader(h), nil
}

// GetBlockTransactionCountByNumber is eth_getBlockTransactionCountByNumber.
func (api *EthAPI) GetBlockTransactionCountByNumber(ctx context.Context, number rpc.BlockNumber) (*hexutil.Uint, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil || err != nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Transactions()))
	return &n, nil
}

// GetBlockTransactionCountByHash is eth_getBlockTransactionCountByHash.
func (api *EthAPI) GetBlockTransactionCountByHash(ctx context.Context, hash common.Hash) (*hexutil.Uint, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil || err != nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Transactions()))
	return &n, nil
}

// GetUncleCountByBlockNumber is eth_getUncleCountByBlockNumber: 0 for any
// existing block (this chain has no uncles), null otherwise.
func (api *EthAPI) GetUncleCountByBlockNumber(ctx context.Context, number rpc.BlockNumber) (*hexutil.Uint, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil || err != nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Uncles()))
	return &n, nil
}

// GetUncleCountByBlockHash is eth_getUncleCountByBlockHash.
func (api *EthAPI) GetUncleCountByBlockHash(ctx context.Context, hash common.Hash) (*hexutil.Uint, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil || err != nil {
		return nil, err
	}
	n := hexutil.Uint(len(block.Uncles()))
	return &n, nil
}

// GetUncleByBlockNumberAndIndex is eth_getUncleByBlockNumberAndIndex:
// always null, as our blocks (and post-merge blocks) have no uncles.
func (api *EthAPI) GetUncleByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) (map[string]any, error) {
	return api.uncle(api.b.BlockByNumber(ctx, number))(index)
}

// GetUncleByBlockHashAndIndex is eth_getUncleByBlockHashAndIndex: null.
func (api *EthAPI) GetUncleByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) (map[string]any, error) {
	return api.uncle(api.b.BlockByHash(ctx, hash))(index)
}

// uncle renders a block's uncle by index; a block with uncles appears only
// in imported pre-merge history (test chains).
func (api *EthAPI) uncle(block *types.Block, err error) func(hexutil.Uint) (map[string]any, error) {
	return func(index hexutil.Uint) (map[string]any, error) {
		if block == nil || err != nil {
			return nil, err
		}
		uncles := block.Uncles()
		if int(index) >= len(uncles) {
			return nil, nil
		}
		return marshalBlock(types.NewBlockWithHeader(uncles[index]), false, api.b.ChainConfig()), nil
	}
}

// GetRawTransactionByBlockNumberAndIndex returns the encoding of a block's
// transaction ("0x" when out of range or the block is unknown, as geth).
func (api *EthAPI) GetRawTransactionByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) hexutil.Bytes {
	block, _ := api.b.BlockByNumber(ctx, number)
	return rawTxAt(block, index)
}

// GetRawTransactionByBlockHashAndIndex is the by-hash form.
func (api *EthAPI) GetRawTransactionByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) hexutil.Bytes {
	block, _ := api.b.BlockByHash(ctx, hash)
	return rawTxAt(block, index)
}

func rawTxAt(block *types.Block, index hexutil.Uint) hexutil.Bytes {
	if block == nil || int(index) >= len(block.Transactions()) {
		return nil
	}
	b, err := block.Transactions()[index].MarshalBinary()
	if err != nil {
		return nil
	}
	return b
}

// GetTransactionByBlockNumberAndIndex is
// eth_getTransactionByBlockNumberAndIndex; null when out of range.
func (api *EthAPI) GetTransactionByBlockNumberAndIndex(ctx context.Context, number rpc.BlockNumber, index hexutil.Uint) (*RPCTransaction, error) {
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil || err != nil {
		return nil, err
	}
	return api.txFromBlock(block, uint64(index)), nil
}

// GetTransactionByBlockHashAndIndex is
// eth_getTransactionByBlockHashAndIndex; null when out of range.
func (api *EthAPI) GetTransactionByBlockHashAndIndex(ctx context.Context, hash common.Hash, index hexutil.Uint) (*RPCTransaction, error) {
	block, err := api.b.BlockByHash(ctx, hash)
	if block == nil || err != nil {
		return nil, err
	}
	return api.txFromBlock(block, uint64(index)), nil
}

func (api *EthAPI) txFromBlock(block *types.Block, index uint64) *RPCTransaction {
	txs := block.Transactions()
	if index >= uint64(len(txs)) {
		return nil
	}
	return newRPCTransaction(txs[index], block.Hash(), block.NumberU64(), block.Time(), index, block.BaseFee(), api.b.ChainConfig())
}

// GetTransactionByHash is eth_getTransactionByHash: an included transaction
// with its location, else a pooled one with null location, else null.
func (api *EthAPI) GetTransactionByHash(ctx context.Context, hash common.Hash) (*RPCTransaction, error) {
	found, tx, blockHash, blockNumber, index := api.b.GetCanonicalTransaction(hash)
	if !found {
		if tx := api.b.GetPoolTransaction(hash); tx != nil {
			return newRPCPendingTransaction(tx, api.b.CurrentHeader(), api.b.ChainConfig()), nil
		}
		if !api.b.TxIndexDone() {
			return nil, txIndexingError{}
		}
		return nil, nil
	}
	header, err := api.b.HeaderByHash(ctx, blockHash)
	if err != nil {
		return nil, err
	}
	if header == nil {
		return nil, fmt.Errorf("transaction %s: block %s: %w", hash, blockHash, errBlockNotFound)
	}
	return newRPCTransaction(tx, blockHash, blockNumber, header.Time, index, header.BaseFee, api.b.ChainConfig()), nil
}

// GetRawTransactionByHash is eth_getRawTransactionByHash: the canonical
// encoding of an included or pooled transaction, or null.
func (api *EthAPI) GetRawTransactionByHash(ctx context.Context, hash common.Hash) (hexutil.Bytes, error) {
	found, tx, _, _, _ := api.b.GetCanonicalTransaction(hash)
	if !found {
		if tx = api.b.GetPoolTransaction(hash); tx == nil {
			if !api.b.TxIndexDone() {
				return nil, txIndexingError{}
			}
			return nil, nil
		}
	}
	return tx.MarshalBinary()
}

// GetTransactionReceipt is eth_getTransactionReceipt; null until the
// transaction is in a canonical block.
func (api *EthAPI) GetTransactionReceipt(ctx context.Context, hash common.Hash) (map[string]any, error) {
	found, tx, blockHash, blockNumber, index := api.b.GetCanonicalTransaction(hash)
	if !found {
		if !api.b.TxIndexDone() {
			return nil, txIndexingError{}
		}
		return nil, nil
	}
	header, err := api.b.HeaderByHash(ctx, blockHash)
	if err != nil {
		return nil, err
	}
	if header == nil {
		return nil, fmt.Errorf("receipt of %s: block %s: %w", hash, blockHash, errBlockNotFound)
	}
	receipts, err := api.b.GetReceipts(ctx, blockHash)
	if err != nil {
		return nil, fmt.Errorf("receipts of block %s: %w", blockHash, err)
	}
	if index >= uint64(len(receipts)) {
		return nil, fmt.Errorf("receipt %d of block %s: %w", index, blockHash, errReceiptsIncomplete)
	}
	signer := types.MakeSigner(api.b.ChainConfig(), header.Number, header.Time)
	return marshalReceipt(receipts[index], blockHash, blockNumber, signer, tx, int(index)), nil
}

// GetBlockReceipts is eth_getBlockReceipts: every receipt of a block, or
// null when the block does not exist.
func (api *EthAPI) GetBlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]map[string]any, error) {
	var (
		block *types.Block
		err   error
	)
	if hash, ok := blockNrOrHash.Hash(); ok {
		block, err = api.b.BlockByHash(ctx, hash)
	} else if n, ok := blockNrOrHash.Number(); ok {
		block, err = api.b.BlockByNumber(ctx, n)
	}
	if block == nil || err != nil {
		return nil, err
	}
	var receipts types.Receipts
	if n, ok := blockNrOrHash.Number(); ok && n == rpc.PendingBlockNumber {
		_, receipts, _ = api.b.Pending()
	} else if receipts, err = api.b.GetReceipts(ctx, block.Hash()); err != nil {
		return nil, fmt.Errorf("receipts of block %s: %w", block.Hash(), err)
	}
	txs := block.Transactions()
	if len(receipts) != len(txs) {
		return nil, fmt.Errorf("block %s has %d transactions and %d receipts: %w", block.Hash(), len(txs), len(receipts), errReceiptsIncomplete)
	}
	signer := types.MakeSigner(api.b.ChainConfig(), block.Number(), block.Time())
	out := make([]map[string]any, len(receipts))
	for i, r := range receipts {
		out[i] = marshalReceipt(r, block.Hash(), block.NumberU64(), signer, txs[i], i)
	}
	return out, nil
}
