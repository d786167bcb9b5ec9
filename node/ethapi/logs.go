package ethapi

import (
	"context"
	"fmt"

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

// logsAPI puts a result-size limit on eth/filters' eth_getLogs and
// eth_getFilterLogs. It is registered after filters.FilterAPI, so its
// methods take their place in the eth namespace; the block-range limit is
// filters.Config.RangeLimit ("exceed maximum block range N", -32602).
type logsAPI struct {
	filters *filters.FilterAPI
	max     int
}

// GetLogs is eth_getLogs with the result-size limit.
func (api *logsAPI) GetLogs(ctx context.Context, crit filters.FilterCriteria) ([]*types.Log, error) {
	return api.limit(api.filters.GetLogs(ctx, crit))
}

// GetFilterLogs is eth_getFilterLogs with the result-size limit.
func (api *logsAPI) GetFilterLogs(ctx context.Context, id rpc.ID) ([]*types.Log, error) {
	return api.limit(api.filters.GetFilterLogs(ctx, id))
}

func (api *logsAPI) limit(logs []*types.Log, err error) ([]*types.Log, error) {
	if err != nil {
		return nil, err
	}
	if len(logs) > api.max {
		return nil, tooManyLogsError{limit: api.max, got: len(logs)}
	}
	return logs, nil
}
