package rpccase

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// filterService hands out ids and answers for the ids it handed out, like
// a node's filter API.
type filterService struct {
	mu    sync.Mutex
	next  int
	known map[string]bool
}

func (s *filterService) NewFilter() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	id := fmt.Sprintf("0x%x", s.next)
	s.known[id] = true
	return id
}

func (s *filterService) Changes(id string) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.known[id] {
		return nil, errors.New("filter not found")
	}
	return []string{"changes of " + id}, nil
}

func (s *filterService) Echo(v map[string]any) map[string]any { return v }

// sendService stands in for eth_sendRawTransaction.
type sendService struct{}

func (sendService) SendRawTransaction(raw string) string { return raw }

// poolService reports a status that changes twice before it settles, like
// a pool promoting transactions in the background.
type poolService struct {
	mu    sync.Mutex
	reads int
}

func (p *poolService) Status() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.reads++
	return min(p.reads, 3)
}

func newTestServer(t *testing.T) *Client {
	t.Helper()
	return newTestServerWithPool(t, nil)
}

func newTestServerWithPool(t *testing.T, pool *poolService) *Client {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("test", &filterService{known: make(map[string]bool)}); err != nil {
		t.Fatal(err)
	}
	if err := srv.RegisterName("eth", sendService{}); err != nil {
		t.Fatal(err)
	}
	if pool != nil {
		if err := srv.RegisterName("txpool", pool); err != nil {
			t.Fatal(err)
		}
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() {
		hs.Close()
		srv.Stop()
	})
	return &Client{URL: hs.URL, Settle: 50 * time.Millisecond}
}

func TestClientRunBindsSetupResults(t *testing.T) {
	cl := newTestServer(t)
	c := Case{
		Name:   "changes",
		Method: "test_changes",
		Params: []any{"${f}"},
		Setup:  []Call{{Method: "test_newFilter", Bind: "f"}},
	}
	req, resp, err := cl.Run(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	var sent struct {
		Method string `json:"method"`
		Params []any  `json:"params"`
	}
	if err := json.Unmarshal(req, &sent); err != nil {
		t.Fatal(err)
	}
	if sent.Method != "test_changes" || len(sent.Params) != 1 || sent.Params[0] != "0x1" {
		t.Fatalf("sent %s, want test_changes with the bound id 0x1", req)
	}
	diffs, err := Compare([]byte(`{"jsonrpc":"2.0","id":1,"result":["changes of 0x1"]}`), resp, nil)
	if err != nil || len(diffs) > 0 {
		t.Fatalf("response %s: %v %v", resp, diffs, err)
	}
	// The template is unchanged, so the recorded request is stable.
	tmpl, err := c.Request()
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"jsonrpc":"2.0","id":1,"method":"test_changes","params":["${f}"]}`; string(tmpl) != want {
		t.Fatalf("template %s, want %s", tmpl, want)
	}
}

func TestClientRunSubstitutesNested(t *testing.T) {
	cl := newTestServer(t)
	c := Case{
		Name:   "echo",
		Method: "test_echo",
		Params: []any{map[string]any{"id": "${f}", "list": []any{"${f}", "${unbound}"}}},
		Setup:  []Call{{Method: "test_newFilter", Bind: "f"}},
	}
	_, resp, err := cl.Run(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	diffs, err := Compare([]byte(`{"jsonrpc":"2.0","id":1,"result":{"id":"0x1","list":["0x1","${unbound}"]}}`), resp, nil)
	if err != nil || len(diffs) > 0 {
		t.Fatalf("response %s: %v %v", resp, diffs, err)
	}
}

func TestClientRunFailedBinding(t *testing.T) {
	cl := newTestServer(t)
	c := Case{Name: "x", Method: "test_changes", Setup: []Call{{Method: "test_noSuchMethod", Bind: "f"}}}
	if _, _, err := cl.Run(context.Background(), c); !errors.Is(err, ErrSetup) {
		t.Fatalf("err = %v, want ErrSetup", err)
	}
	// Unbound setup calls may fail: "already known" is expected on repeats.
	c.Setup[0].Bind = ""
	if _, resp, err := cl.Run(context.Background(), c); err != nil {
		t.Fatalf("unbound failing setup: %v (%s)", err, resp)
	}
}

func TestClientRunSettlesAfterSends(t *testing.T) {
	cl := newTestServer(t)
	c := Case{Name: "x", Method: "test_newFilter", Setup: []Call{{Method: "eth_sendRawTransaction", Params: []any{"0x01"}}}}
	start := time.Now()
	if _, _, err := cl.Run(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed < cl.Settle {
		t.Fatalf("returned after %v, want a pause of at least %v after sending", elapsed, cl.Settle)
	}
}

func TestClientRunWaitsForPoolToSettle(t *testing.T) {
	pool := new(poolService)
	cl := newTestServerWithPool(t, pool)
	cl.Settle = time.Millisecond
	c := Case{Name: "x", Method: "test_newFilter", Setup: []Call{{Method: "eth_sendRawTransaction", Params: []any{"0x01"}}}}
	if _, _, err := cl.Run(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	// Reads 1, 2, 3 differ; read 4 repeats read 3.
	if pool.reads != 4 {
		t.Fatalf("txpool_status read %d times, want 4 (until two reads agree)", pool.reads)
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		wantErr bool
	}{
		{name: "valid", json: `[{"name":"a-1","method":"eth_chainId","params":[]},{"name":"b_2.x","method":"m","ignore":[{"path":"result[*].a","reason":"r"}]}]`},
		{name: "duplicate", json: `[{"name":"a","method":"m"},{"name":"a","method":"m"}]`, wantErr: true},
		{name: "path separator in name", json: `[{"name":"a/b","method":"m"}]`, wantErr: true},
		{name: "no method", json: `[{"name":"a"}]`, wantErr: true},
		{name: "bad ignore path", json: `[{"name":"a","method":"m","ignore":[{"path":"result[","reason":"r"}]}]`, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "requests.json")
			if err := os.WriteFile(path, []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			cases, err := Load(path)
			if tt.wantErr {
				if !errors.Is(err, ErrBadCase) {
					t.Fatalf("err = %v, want ErrBadCase", err)
				}
				return
			}
			if err != nil || len(cases) != 2 {
				t.Fatalf("Load = %d cases, %v", len(cases), err)
			}
		})
	}
}

func TestFixtureRoundTrip(t *testing.T) {
	dir := t.TempDir()
	in := &Fixture{Request: []byte(`{"method":"m"}`), Response: []byte(`{"z":1,"a":[true]}`)}
	if err := WriteFixture(dir, "case", in); err != nil {
		t.Fatal(err)
	}
	out, err := ReadFixture(dir, "case")
	if err != nil {
		t.Fatal(err)
	}
	diffs, err := Compare(in.Response, out.Response, nil)
	if err != nil || len(diffs) > 0 {
		t.Fatalf("response changed: %v %v", diffs, err)
	}
	if _, err := ReadFixture(dir, "missing"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing fixture: %v", err)
	}
}
