package ethapi

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
)

// DebugAPI is this package's part of the "debug" namespace: the raw
// (consensus-encoded) getters. Tracing is go-ethereum's eth/tracers API.
type DebugAPI struct {
	b Backend
}

// GetRawHeader is debug_getRawHeader: the header's RLP encoding. A block
// number above the head gives "0x" (go-ethereum's empty answer, an empty
// byte string rather than null); an unknown hash is an error.
func (api *DebugAPI) GetRawHeader(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	hash, err := api.blockHash(ctx, blockNrOrHash)
	if hash == (common.Hash{}) || err != nil {
		return nil, err
	}
	header, err := api.b.HeaderByHash(ctx, hash)
	if err != nil {
		return nil, err
	}
	if header == nil {
		// go-ethereum prints the hash with %d (as a byte list); kept so
		// clients matching on the message see the same text.
		return nil, fmt.Errorf("header #%d not found", hash)
	}
	return rlp.EncodeToBytes(header)
}

// GetRawBlock is debug_getRawBlock: the block's RLP encoding, with the
// same "0x" and error rules as debug_getRawHeader.
func (api *DebugAPI) GetRawBlock(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	hash, err := api.blockHash(ctx, blockNrOrHash)
	if hash == (common.Hash{}) || err != nil {
		return nil, err
	}
	block, err := api.b.BlockByHash(ctx, hash)
	if err != nil {
		return nil, err
	}
	if block == nil {
		return nil, fmt.Errorf("block #%d not found", hash)
	}
	return rlp.EncodeToBytes(block)
}

// GetRawReceipts is debug_getRawReceipts: the block's receipts in their
// consensus (typed) encoding; an empty list for an unknown hash, as in
// go-ethereum.
func (api *DebugAPI) GetRawReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]hexutil.Bytes, error) {
	hash, err := api.blockHash(ctx, blockNrOrHash)
	if hash == (common.Hash{}) || err != nil {
		return nil, err
	}
	receipts, err := api.b.GetReceipts(ctx, hash)
	if err != nil {
		return nil, err
	}
	out := make([]hexutil.Bytes, len(receipts))
	for i, r := range receipts {
		if out[i], err = r.MarshalBinary(); err != nil {
			return nil, fmt.Errorf("encoding receipt %d: %w", i, err)
		}
	}
	return out, nil
}

// GetRawTransaction is debug_getRawTransaction: the transaction's binary
// encoding, from the chain or else the pool; "0x" when unknown, as in
// go-ethereum (an error while the transaction index is being built).
func (api *DebugAPI) GetRawTransaction(ctx context.Context, hash common.Hash) (hexutil.Bytes, error) {
	found, tx, _, _, _ := api.b.GetCanonicalTransaction(hash)
	if !found {
		tx = api.b.GetPoolTransaction(hash)
	}
	if tx == nil {
		if !api.b.TxIndexDone() {
			return nil, txIndexingError{}
		}
		return nil, nil
	}
	return tx.MarshalBinary()
}

// blockHash resolves the parameter to a block hash. A hash is taken as
// given (the getters report it unknown); a number or tag that names no
// block gives the zero hash, which the getters answer with an empty value.
func (api *DebugAPI) blockHash(ctx context.Context, bnh rpc.BlockNumberOrHash) (common.Hash, error) {
	if hash, ok := bnh.Hash(); ok {
		return hash, nil
	}
	number, ok := bnh.Number()
	if !ok {
		return common.Hash{}, invalidParamsError{fmt.Errorf("invalid block parameter: neither number nor hash")}
	}
	block, err := api.b.BlockByNumber(ctx, number)
	if block == nil || err != nil {
		return common.Hash{}, err
	}
	return block.Hash(), nil
}
