package rpccase

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultSettle is how long a client waits after setup calls that send
// transactions: pools promote new transactions in the background.
const DefaultSettle = 300 * time.Millisecond

const (
	// settlePoll is the interval of txpool_status reads while settling.
	settlePoll = 100 * time.Millisecond
	// settleLimit bounds the settling.
	settleLimit = 5 * time.Second
)

// ErrSetup is returned when a setup call whose result is needed fails.
var ErrSetup = errors.New("setup call failed")

// Client sends cases to one JSON-RPC HTTP endpoint.
type Client struct {
	URL  string
	HTTP *http.Client
	// Settle is the pause after setup calls that send transactions; zero
	// means DefaultSettle.
	Settle time.Duration
}

// request is a JSON-RPC request object. Fields are in the order clients
// usually send them.
type request struct {
	JSONRPC string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

// Run sends the case's setup calls and then its request, and returns the
// request as sent (with bound values filled in) and the raw response object.
func (cl *Client) Run(ctx context.Context, c Case) (req, resp []byte, err error) {
	bound := make(map[string]any)
	sent := false
	for i, s := range c.Setup {
		_, out, err := cl.send(ctx, s.Method, substitute(s.Params, bound))
		if err != nil {
			return nil, nil, fmt.Errorf("setup %d (%s): %w", i, s.Method, err)
		}
		sent = sent || strings.HasPrefix(s.Method, "eth_send")
		if s.Bind == "" {
			continue
		}
		var r struct {
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if err := json.Unmarshal(out, &r); err != nil || len(r.Error) > 0 || len(r.Result) == 0 {
			return nil, nil, fmt.Errorf("%w: %s: %s", ErrSetup, s.Method, out)
		}
		var v any
		if err := json.Unmarshal(r.Result, &v); err != nil {
			return nil, nil, fmt.Errorf("%w: %s result: %w", ErrSetup, s.Method, err)
		}
		bound[s.Bind] = v
	}
	if sent {
		if err := cl.settle(ctx); err != nil {
			return nil, nil, err
		}
	}
	return cl.send(ctx, c.Method, substitute(c.Params, bound))
}

// settle waits for the pool to take in what was sent: a pause, then until
// txpool_status reads the same twice in a row (at most settleLimit). A
// server without txpool_status gets the pause only.
func (cl *Client) settle(ctx context.Context) error {
	pause := cl.Settle
	if pause == 0 {
		pause = DefaultSettle
	}
	deadline := time.Now().Add(settleLimit)
	var last []byte
	for {
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return ctx.Err()
		}
		_, status, err := cl.send(ctx, "txpool_status", nil)
		if err != nil || !bytes.Contains(status, []byte(`"result"`)) {
			return nil
		}
		if bytes.Equal(status, last) || time.Now().After(deadline) {
			return nil
		}
		last, pause = status, settlePoll
	}
}

// Request is the case's request object as a template: bound values
// appear as their "${name}" placeholders, so it is the same on every run.
func (c Case) Request() ([]byte, error) {
	params := c.Params
	if params == nil {
		params = []any{}
	}
	req, err := json.Marshal(request{JSONRPC: "2.0", ID: 1, Method: c.Method, Params: params})
	if err != nil {
		return nil, fmt.Errorf("encode request %s: %w", c.Name, err)
	}
	return req, nil
}

// Ready waits until the endpoint answers eth_blockNumber.
func (cl *Client) Ready(ctx context.Context) error {
	for {
		if _, resp, err := cl.send(ctx, "eth_blockNumber", nil); err == nil && bytes.Contains(resp, []byte(`"result"`)) {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("endpoint %s not ready: %w", cl.URL, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// send posts one request and returns it and the response body, which must
// be a JSON object.
func (cl *Client) send(ctx context.Context, method string, params []any) (req, resp []byte, err error) {
	if params == nil {
		params = []any{}
	}
	req, err = json.Marshal(request{JSONRPC: "2.0", ID: 1, Method: method, Params: params})
	if err != nil {
		return nil, nil, fmt.Errorf("encode request: %w", err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, cl.URL, bytes.NewReader(req))
	if err != nil {
		return nil, nil, fmt.Errorf("build request: %w", err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	hc := cl.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	hresp, err := hc.Do(hreq)
	if err != nil {
		return nil, nil, fmt.Errorf("post %s: %w", method, err)
	}
	defer hresp.Body.Close()
	resp, err = io.ReadAll(hresp.Body)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s response: %w", method, err)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(resp, &obj); err != nil {
		return nil, nil, fmt.Errorf("%s: HTTP %d, not a JSON-RPC response: %q", method, hresp.StatusCode, resp)
	}
	return req, resp, nil
}

// substitute returns params with every string "${name}" replaced by the
// bound value, at any depth.
func substitute(params []any, bound map[string]any) []any {
	if len(bound) == 0 {
		return params
	}
	out := make([]any, len(params))
	for i, p := range params {
		out[i] = substituteValue(p, bound)
	}
	return out
}

func substituteValue(v any, bound map[string]any) any {
	switch v := v.(type) {
	case string:
		if strings.HasPrefix(v, "${") && strings.HasSuffix(v, "}") {
			if b, ok := bound[v[2:len(v)-1]]; ok {
				return b
			}
		}
		return v
	case []any:
		return substitute(v, bound)
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = substituteValue(e, bound)
		}
		return out
	default:
		return v
	}
}
