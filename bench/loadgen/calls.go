package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"time"
)

// DefaultCallTimeout bounds one call of a call load.
const DefaultCallTimeout = 30 * time.Second

// Errors of a call load.
var (
	ErrNoCalls   = errors.New("loadgen: no calls to make")
	ErrNoClients = errors.New("loadgen: clients must be positive")
	ErrRPCError  = errors.New("loadgen: the endpoint answered with an error")
)

// Call is one JSON-RPC request of a call load.
type Call struct {
	Method string
	Params []any
}

// CallConfig describes a call load: Clients concurrent clients, each
// sending one request at a time over its own keep-alive connection, for
// Duration after a Warmup that is not counted.
type CallConfig struct {
	URL string
	// Calls are made in turn; client k starts at Calls[k % len(Calls)].
	Calls    []Call
	Clients  int
	Duration time.Duration
	Warmup   time.Duration
}

// CallResult is what a call load measured over its counted period.
type CallResult struct {
	Requests   int           // answered without a JSON-RPC error
	Errors     int           // failed, or answered with an error
	FirstError string        // the first failure, for the report
	Elapsed    time.Duration // the counted period
	Rate       float64       // successful requests per second
	P50, P99   time.Duration // latency of the successful requests
	// Latencies are every successful request's latency, sorted, for
	// merging the results of several loads.
	Latencies []time.Duration
}

// MergeCallResults adds up the results of several loads of the same calls
// (rounds interleaved with another endpoint's, say) into one: requests
// and errors summed, the rate over the summed counted periods, percentiles
// over all latencies.
func MergeCallResults(results ...*CallResult) *CallResult {
	m := &CallResult{}
	for _, r := range results {
		m.Requests += r.Requests
		m.Errors += r.Errors
		m.Elapsed += r.Elapsed
		if m.FirstError == "" {
			m.FirstError = r.FirstError
		}
		m.Latencies = append(m.Latencies, r.Latencies...)
	}
	if m.Elapsed > 0 {
		m.Rate = float64(m.Requests) / m.Elapsed.Seconds()
	}
	sort.Slice(m.Latencies, func(i, j int) bool { return m.Latencies[i] < m.Latencies[j] })
	m.P50, m.P99 = Percentile(m.Latencies, 0.50), Percentile(m.Latencies, 0.99)
	return m
}

// rpcRequest is a JSON-RPC 2.0 request.
type rpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

// rpcResponse is the part of a JSON-RPC response a call load checks.
type rpcResponse struct {
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// CallOnce makes one call over HTTP and returns its raw result; an answer
// carrying a JSON-RPC error is ErrRPCError.
func CallOnce(ctx context.Context, url string, call Call) (json.RawMessage, error) {
	body, err := encodeCall(call)
	if err != nil {
		return nil, err
	}
	return post(ctx, http.DefaultClient, url, body)
}

// encodeCall encodes a call as a request body.
func encodeCall(call Call) ([]byte, error) {
	params := call.Params
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(rpcRequest{JSONRPC: "2.0", ID: 1, Method: call.Method, Params: params})
	if err != nil {
		return nil, fmt.Errorf("loadgen: encoding %s: %w", call.Method, err)
	}
	return body, nil
}

// post sends one request body and decodes the answer.
func post(ctx context.Context, client *http.Client, url string, body []byte) (json.RawMessage, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("loadgen: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("loadgen: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("loadgen: reading answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("loadgen: HTTP %s: %.200s", resp.Status, data)
	}
	var ans rpcResponse
	if err := json.Unmarshal(data, &ans); err != nil {
		return nil, fmt.Errorf("loadgen: decoding answer: %w", err)
	}
	if len(ans.Error) > 0 && string(ans.Error) != "null" {
		return nil, fmt.Errorf("%w: %.200s", ErrRPCError, ans.Error)
	}
	return ans.Result, nil
}

// RunCalls runs a call load and returns what it measured. Failed calls are
// counted, not fatal.
func RunCalls(ctx context.Context, cfg CallConfig) (*CallResult, error) {
	switch {
	case len(cfg.Calls) == 0:
		return nil, ErrNoCalls
	case cfg.Clients <= 0:
		return nil, ErrNoClients
	case cfg.Duration <= 0:
		return nil, ErrNoDuration
	}
	bodies := make([][]byte, len(cfg.Calls))
	for i, c := range cfg.Calls {
		var err error
		if bodies[i], err = encodeCall(c); err != nil {
			return nil, err
		}
	}
	transport := &http.Transport{MaxIdleConns: cfg.Clients, MaxIdleConnsPerHost: cfg.Clients}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: DefaultCallTimeout}

	start := time.Now()
	countFrom := start.Add(cfg.Warmup)
	end := countFrom.Add(cfg.Duration)
	type tally struct {
		latencies []time.Duration
		errors    int
		firstErr  string
	}
	tallies := make([]tally, cfg.Clients)
	var wg sync.WaitGroup
	for k := range cfg.Clients {
		wg.Go(func() {
			t := &tallies[k]
			for j := k; ctx.Err() == nil; j++ {
				t0 := time.Now()
				if !t0.Before(end) {
					return
				}
				_, err := post(ctx, client, cfg.URL, bodies[j%len(bodies)])
				if t0.Before(countFrom) {
					continue
				}
				if err != nil {
					t.errors++
					if t.firstErr == "" {
						t.firstErr = err.Error()
					}
					continue
				}
				t.latencies = append(t.latencies, time.Since(t0))
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("loadgen: call load interrupted: %w", err)
	}
	res := &CallResult{Elapsed: time.Since(countFrom)}
	var all []time.Duration
	for _, t := range tallies {
		all = append(all, t.latencies...)
		res.Errors += t.errors
		if res.FirstError == "" {
			res.FirstError = t.firstErr
		}
	}
	res.Requests = len(all)
	res.Rate = float64(res.Requests) / res.Elapsed.Seconds()
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	res.P50, res.P99 = Percentile(all, 0.50), Percentile(all, 0.99)
	res.Latencies = all
	return res, nil
}
