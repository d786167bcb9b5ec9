package ethapi

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/gasprice"
	"github.com/ethereum/go-ethereum/rpc"
)

// EthAPI is the "eth" namespace, less what eth/filters serves.
type EthAPI struct {
	b      Backend
	opts   Options
	oracle *gasprice.Oracle
}

func newEthAPI(b Backend, opts Options) *EthAPI {
	return &EthAPI{b: b, opts: opts, oracle: newOracle(b, opts)}
}

// ChainId is eth_chainId.
func (api *EthAPI) ChainId() *hexutil.Big {
	return (*hexutil.Big)(api.b.ChainConfig().ChainID)
}

// BlockNumber is eth_blockNumber: the head's number.
func (api *EthAPI) BlockNumber() hexutil.Uint64 {
	return hexutil.Uint64(api.b.CurrentHeader().Number.Uint64())
}

// Syncing is eth_syncing. Catch-up sync is below the RPC layer's view, and
// a QBFT node serves only certified blocks, so it reports false.
func (api *EthAPI) Syncing() (any, error) {
	sp, ok := api.b.(SyncProgressBackend)
	if !ok {
		return false, nil
	}
	p, syncing := sp.SyncProgress()
	if !syncing {
		return false, nil
	}
	// go-ethereum's shape; the snap-sync counters stay 0 (the node only
	// full-syncs).
	u := func(v uint64) hexutil.Uint64 { return hexutil.Uint64(v) }
	return map[string]any{
		"startingBlock": u(p.StartingBlock), "currentBlock": u(p.CurrentBlock), "highestBlock": u(p.HighestBlock),
		"syncedAccounts": u(p.SyncedAccounts), "syncedAccountBytes": u(p.SyncedAccountBytes),
		"syncedBytecodes": u(p.SyncedBytecodes), "syncedBytecodeBytes": u(p.SyncedBytecodeBytes),
		"syncedStorage": u(p.SyncedStorage), "syncedStorageBytes": u(p.SyncedStorageBytes),
		"healedTrienodes": u(p.HealedTrienodes), "healedTrienodeBytes": u(p.HealedTrienodeBytes),
		"healedBytecodes": u(p.HealedBytecodes), "healedBytecodeBytes": u(p.HealedBytecodeBytes),
		"healingTrienodes": u(p.HealingTrienodes), "healingBytecode": u(p.HealingBytecode),
		"syncedAccessLists": u(p.SyncedAccessLists), "totalAccessLists": u(p.TotalAccessLists),
		"trieGenProgress": u(p.TrieGenProgress), "txIndexFinishedBlocks": u(p.TxIndexFinishedBlocks),
		"txIndexRemainingBlocks": u(p.TxIndexRemainingBlocks), "stateIndexRemaining": u(p.StateIndexRemaining),
		"trienodeIndexRemaining": u(p.TrienodeIndexRemaining),
	}, nil
}

// SyncProgressBackend is implemented by a backend that catches up with
// peers: eth_syncing reports its progress while syncing is true.
type SyncProgressBackend interface {
	SyncProgress() (progress ethereum.SyncProgress, syncing bool)
}

// GasPrice is eth_gasPrice: suggested tip plus the head's base fee, or 0
// under the free profile.
func (api *EthAPI) GasPrice(ctx context.Context) (*hexutil.Big, error) {
	if api.b.FreeFees() {
		return (*hexutil.Big)(new(big.Int)), nil
	}
	tip, err := api.oracle.SuggestTipCap(ctx)
	if err != nil {
		return nil, err
	}
	price := new(big.Int).Set(tip)
	if head := api.b.CurrentHeader(); head.BaseFee != nil {
		price.Add(price, head.BaseFee)
	}
	return (*hexutil.Big)(price), nil
}

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas: the suggested tip, or
// 0 under the free profile.
func (api *EthAPI) MaxPriorityFeePerGas(ctx context.Context) (*hexutil.Big, error) {
	if api.b.FreeFees() {
		return (*hexutil.Big)(new(big.Int)), nil
	}
	tip, err := api.oracle.SuggestTipCap(ctx)
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(new(big.Int).Set(tip)), nil
}

// FeeHistoryResult is eth_feeHistory's answer.
type FeeHistoryResult struct {
	OldestBlock      *hexutil.Big     `json:"oldestBlock"`
	Reward           [][]*hexutil.Big `json:"reward,omitempty"`
	BaseFee          []*hexutil.Big   `json:"baseFeePerGas,omitempty"`
	GasUsedRatio     []float64        `json:"gasUsedRatio"`
	BlobBaseFee      []*hexutil.Big   `json:"baseFeePerBlobGas,omitempty"`
	BlobGasUsedRatio []float64        `json:"blobGasUsedRatio,omitempty"`
}

// FeeHistory is eth_feeHistory. The reward percentiles are required, as
// go-ethereum requires them; an empty list reports no rewards. Under the free profile every base fee, including the next block's,
// is reported as 0 (the engine requires it).
func (api *EthAPI) FeeHistory(ctx context.Context, blockCount math.HexOrDecimal64, lastBlock rpc.BlockNumber, rewardPercentiles []float64) (*FeeHistoryResult, error) {
	oldest, reward, baseFee, gasUsed, blobBaseFee, blobGasUsed, err := api.oracle.FeeHistory(ctx, uint64(blockCount), lastBlock, rewardPercentiles)
	if err != nil {
		return nil, err
	}
	out := &FeeHistoryResult{
		OldestBlock:      (*hexutil.Big)(oldest),
		GasUsedRatio:     gasUsed,
		BlobGasUsedRatio: blobGasUsed,
		BaseFee:          bigsToHex(baseFee),
		BlobBaseFee:      bigsToHex(blobBaseFee),
	}
	if api.b.FreeFees() {
		for i := range out.BaseFee {
			out.BaseFee[i] = (*hexutil.Big)(new(big.Int))
		}
	}
	if reward != nil {
		out.Reward = make([][]*hexutil.Big, len(reward))
		for i, r := range reward {
			out.Reward[i] = bigsToHex(r)
		}
	}
	return out, nil
}

func bigsToHex(v []*big.Int) []*hexutil.Big {
	if v == nil {
		return nil
	}
	out := make([]*hexutil.Big, len(v))
	for i, x := range v {
		out[i] = (*hexutil.Big)(x)
	}
	return out
}

// BlobBaseFee is eth_blobBaseFee: the blob base fee for the next block.
func (api *EthAPI) BlobBaseFee() *hexutil.Big {
	head := api.b.CurrentHeader()
	if head.ExcessBlobGas == nil {
		return (*hexutil.Big)(new(big.Int))
	}
	return (*hexutil.Big)(eip4844.CalcBlobFee(api.b.ChainConfig(), head))
}

// GetBalance is eth_getBalance.
func (api *EthAPI) GetBalance(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (*hexutil.Big, error) {
	st, _, err := api.stateAndHeader(ctx, orLatest(blockNrOrHash))
	if err != nil {
		return nil, err
	}
	return (*hexutil.Big)(st.GetBalance(address).ToBig()), st.Error()
}

// GetCode is eth_getCode.
func (api *EthAPI) GetCode(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := api.stateAndHeader(ctx, orLatest(blockNrOrHash))
	if err != nil {
		return nil, err
	}
	return st.GetCode(address), st.Error()
}

// GetStorageAt is eth_getStorageAt. The slot is hex of at most 32 bytes,
// with or without 0x, parsed as go-ethereum parses it.
func (api *EthAPI) GetStorageAt(ctx context.Context, address common.Address, slot string, blockNrOrHash *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	st, _, err := api.stateAndHeader(ctx, orLatest(blockNrOrHash))
	if err != nil {
		return nil, err
	}
	key, err := decodeProofKey(slot)
	if err != nil {
		return nil, invalidParamsError{fmt.Errorf("%w: %q", err, slot)}
	}
	value := st.GetState(address, key.slot)
	return value[:], st.Error()
}

// GetTransactionCount is eth_getTransactionCount. The `pending` tag counts
// pooled transactions (the pool's next nonce).
func (api *EthAPI) GetTransactionCount(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (*hexutil.Uint64, error) {
	bnh := orLatest(blockNrOrHash)
	if n, ok := bnh.Number(); ok && n == rpc.PendingBlockNumber {
		nonce, err := api.b.GetPoolNonce(ctx, address)
		if err != nil {
			return nil, err
		}
		return (*hexutil.Uint64)(&nonce), nil
	}
	st, _, err := api.stateAndHeader(ctx, bnh)
	if err != nil {
		return nil, err
	}
	nonce := st.GetNonce(address)
	return (*hexutil.Uint64)(&nonce), st.Error()
}

// orLatest defaults an omitted block parameter to `latest`.
func orLatest(bnh *rpc.BlockNumberOrHash) rpc.BlockNumberOrHash {
	if bnh == nil {
		return rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	}
	return *bnh
}

// header resolves a block number, tag or hash to a header. Unlike the
// block getters, which return null, a missing block is an error here, as
// for go-ethereum's state methods.
func (api *EthAPI) header(ctx context.Context, bnh rpc.BlockNumberOrHash) (*types.Header, error) {
	if hash, ok := bnh.Hash(); ok {
		h, err := api.b.HeaderByHash(ctx, hash)
		if err != nil {
			return nil, err
		}
		if h == nil {
			return nil, errHashNotFound
		}
		if bnh.RequireCanonical {
			c, err := api.b.HeaderByNumber(ctx, rpc.BlockNumber(h.Number.Int64()))
			if err != nil {
				return nil, err
			}
			if c == nil || c.Hash() != hash {
				return nil, errHashNotCanonical
			}
		}
		return h, nil
	}
	n, ok := bnh.Number()
	if !ok {
		return nil, invalidParamsError{fmt.Errorf("invalid block parameter: neither number nor hash")}
	}
	h, err := api.b.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, errHeaderNotFound
	}
	return h, nil
}

// stateAndHeader opens the state after the given block. `pending` is the
// miner's pending state, or the head's when there is no pending block (a
// node that is not producing).
func (api *EthAPI) stateAndHeader(ctx context.Context, bnh rpc.BlockNumberOrHash) (*state.StateDB, *types.Header, error) {
	if n, ok := bnh.Number(); ok && n == rpc.PendingBlockNumber {
		if block, _, st := api.b.Pending(); block != nil && st != nil {
			return st, block.Header(), nil
		}
		bnh = rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	}
	h, err := api.header(ctx, bnh)
	if err != nil {
		return nil, nil, err
	}
	st, err := api.b.StateAt(h)
	if err != nil {
		return nil, nil, fmt.Errorf("state of block %d: %w", h.Number.Uint64(), err)
	}
	return st, h, nil
}
