package ethapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/xiangchain/xiangchain/node"
	"github.com/xiangchain/xiangchain/node/ethapi/internal/rpcfixtures/rpccase"
)

// The RPC conformance suite: testdata/chain is a fixed chain (written by
// internal/gentestchain), testdata/requests.json the request cases, and
// testdata/geth the answers geth gave to each of them on the same chain
// (recorded by internal/rpcfixtures; `make rpc-fixtures` regenerates all
// three). The test imports the chain into a test-chain node, replays every
// case over HTTP and compares the responses structurally.
//
// Run one case with -run 'TestConformance/<case name>$'.

const (
	conformanceDir = "testdata"
	fixtureDir     = "testdata/geth"
)

func TestConformance(t *testing.T) {
	cases, err := rpccase.Load(filepath.Join(conformanceDir, "requests.json"))
	if err != nil {
		t.Fatal(err)
	}
	url := startConformanceNode(t)
	client := &rpccase.Client{URL: url}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	failed := make(map[string][]string) // method → failing cases
	for _, c := range cases {
		ok := t.Run(c.Name, func(t *testing.T) {
			if c.Skip != "" {
				t.Skip(c.Skip)
			}
			fixture, err := rpccase.ReadFixture(fixtureDir, c.Name)
			if err != nil {
				t.Fatalf("%v (run `make rpc-fixtures`)", err)
			}
			template, err := c.Request()
			if err != nil {
				t.Fatal(err)
			}
			if stale, err := rpccase.Compare(fixture.Request, template, nil); err != nil || len(stale) > 0 {
				t.Fatalf("fixture was recorded for another request (run `make rpc-fixtures`): %v %v", stale, err)
			}
			req, resp, err := client.Run(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			diffs, err := rpccase.Compare(fixture.Response, resp, c.Ignore)
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) > 0 {
				t.Errorf("%s: %d difference(s) from geth:\n  %s\nrequest:  %s\nexpected: %s\ngot:      %s",
					c.Method, len(diffs), strings.Join(diffs, "\n  "), req, compact(fixture.Response), compact(resp))
			}
		})
		if !ok {
			failed[c.Method] = append(failed[c.Method], c.Name)
		}
	}
	if len(failed) > 0 {
		methods := make([]string, 0, len(failed))
		for m := range failed {
			methods = append(methods, m)
		}
		sort.Strings(methods)
		var b strings.Builder
		for _, m := range methods {
			fmt.Fprintf(&b, "\n  %s: %s", m, strings.Join(failed[m], ", "))
		}
		t.Logf("failing cases by method:%s", b.String())
	}
}

// startConformanceNode imports the suite's chain into a fresh test-chain
// node serving HTTP on a free loopback port and returns the endpoint.
func startConformanceNode(t *testing.T) string {
	t.Helper()
	chainDir := filepath.Join(conformanceDir, "chain")
	data, err := os.ReadFile(filepath.Join(chainDir, "genesis.json"))
	if err != nil {
		t.Fatal(err)
	}
	gen := new(core.Genesis)
	if err := json.Unmarshal(data, gen); err != nil {
		t.Fatalf("decode genesis: %v", err)
	}
	n, err := node.New(node.Config{
		DataDir:     t.TempDir(),
		TestChain:   true,
		TestGenesis: gen,
		HTTPHost:    "127.0.0.1",
		HTTPModules: []string{"eth", "net", "web3", "debug", "txpool"},
		IPCPath:     "-",
	})
	if err != nil {
		t.Fatalf("new node: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("close node: %v", err)
		}
	})
	if _, err := n.ImportBlocks(filepath.Join(chainDir, "chain.rlp"), nil); err != nil {
		t.Fatalf("import chain: %v", err)
	}
	if err := n.Run(); err != nil {
		t.Fatalf("run node: %v", err)
	}
	return n.HTTPEndpoint()
}

// compact renders a response on one line for failure messages.
func compact(resp []byte) string {
	var v any
	if err := json.Unmarshal(resp, &v); err != nil {
		return string(resp)
	}
	out, err := json.Marshal(v)
	if err != nil {
		return string(resp)
	}
	const limit = 2000
	if len(out) > limit {
		return string(out[:limit]) + "…"
	}
	return string(out)
}
