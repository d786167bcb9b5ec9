package ethapi

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"
)

// errCodeLimitExceeded is EIP-1474's "limit exceeded".
const errCodeLimitExceeded = -32005

// tooManyLogsError refuses a log query whose result is over the limit.
type tooManyLogsError struct{ limit, got int }

func (e tooManyLogsError) Error() string {
	return fmt.Sprintf("query returned more than %d results (%d); narrow the block range or the filter", e.limit, e.got)
}

// ErrorCode is the JSON-RPC error code (rpc.Error).
func (e tooManyLogsError) ErrorCode() int { return errCodeLimitExceeded }

// logsAPI puts limits on eth/filters' log queries: a block range
// (-32602 "exceed maximum block range N", checked by eth_getLogs and
// eth_newFilter) and a result size (-32005, eth_getLogs and
// eth_getFilterLogs). It is registered after filters.FilterAPI, so its
// methods take their place in the eth namespace.
//
// The range is checked here rather than with filters.Config.RangeLimit:
// go-ethereum v1.17.10 resolves "latest" to MaxUint64 before comparing, so
// with its limit set every query up to "latest" is refused.
type logsAPI struct {
	b        Backend
	filters  *filters.FilterAPI
	maxRange uint64 // 0: none
	max      int    // 0: none
}

// GetLogs is eth_getLogs with the range and result-size limits.
func (api *logsAPI) GetLogs(ctx context.Context, crit filters.FilterCriteria) ([]*types.Log, error) {
	if err := api.checkRange(ctx, crit); err != nil {
		return nil, err
	}
	return api.limit(api.filters.GetLogs(ctx, crit))
}

// NewFilter is eth_newFilter with the range limit.
func (api *logsAPI) NewFilter(ctx context.Context, crit filters.FilterCriteria) (rpc.ID, error) {
	if err := api.checkRange(ctx, crit); err != nil {
		return "", err
	}
	return api.filters.NewFilter(crit)
}

// GetFilterLogs is eth_getFilterLogs with the result-size limit.
func (api *logsAPI) GetFilterLogs(ctx context.Context, id rpc.ID) ([]*types.Log, error) {
	return api.limit(api.filters.GetFilterLogs(ctx, id))
}

// checkRange refuses a range query wider than maxRange blocks, with the
// tags resolved as eth/filters resolves them (a missing bound is latest).
func (api *logsAPI) checkRange(ctx context.Context, crit filters.FilterCriteria) error {
	if api.maxRange == 0 || crit.BlockHash != nil {
		return nil
	}
	begin, err := api.resolve(ctx, crit.FromBlock)
	if err != nil {
		return nil // eth/filters reports the bad bound
	}
	end, err := api.resolve(ctx, crit.ToBlock)
	if err != nil {
		return nil
	}
	if end > begin && end-begin > api.maxRange {
		return invalidParamsError{fmt.Errorf("exceed maximum block range %d", api.maxRange)}
	}
	return nil
}

func (api *logsAPI) resolve(ctx context.Context, n *big.Int) (uint64, error) {
	number := rpc.LatestBlockNumber
	if n != nil {
		if !n.IsInt64() {
			return 0, errors.New("block number out of range")
		}
		number = rpc.BlockNumber(n.Int64())
	}
	if number >= 0 {
		return uint64(number), nil
	}
	if number == rpc.PendingBlockNumber {
		number = rpc.LatestBlockNumber
	}
	header, err := api.b.HeaderByNumber(ctx, number)
	if err != nil || header == nil {
		return 0, fmt.Errorf("resolving block %d: %w", number, err)
	}
	return header.Number.Uint64(), nil
}

func (api *logsAPI) limit(logs []*types.Log, err error) ([]*types.Log, error) {
	if err != nil {
		return nil, err
	}
	if api.max > 0 && len(logs) > api.max {
		return nil, tooManyLogsError{limit: api.max, got: len(logs)}
	}
	return logs, nil
}
