package ethapi_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node"
	"github.com/xiangchain/xiangchain/node/ethapi/internal/rpcfixtures/rpccase"
)

// The second fixture set: testdata/qbft is a certified chain of our own
// network (written by internal/genqbftchain) with requests about finality
// and the qbft_ namespace. No other client serves such a chain, so the
// expected answers (testdata/qbft/expected) are our node's, reviewed and
// pinned: -update-qbft records them again.
var updateQBFT = flag.Bool("update-qbft", false, "record testdata/qbft/expected from our node")

const qbftDir = "testdata/qbft"

func TestQBFTFixtures(t *testing.T) {
	cases, err := rpccase.Load(filepath.Join(qbftDir, "requests.json"))
	if err != nil {
		t.Fatal(err)
	}
	url := startQBFTNode(t)
	client := &rpccase.Client{URL: url}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	expected := filepath.Join(qbftDir, "expected")
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			req, resp, err := client.Run(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if *updateQBFT {
				if err := os.MkdirAll(expected, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := rpccase.WriteFixture(expected, c.Name, &rpccase.Fixture{Request: req, Response: resp}); err != nil {
					t.Fatal(err)
				}
				return
			}
			fixture, err := rpccase.ReadFixture(expected, c.Name)
			if err != nil {
				t.Fatalf("%v (record with -update-qbft)", err)
			}
			diffs, err := rpccase.Compare(fixture.Response, resp, c.Ignore)
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) > 0 {
				t.Errorf("%s: %d difference(s) from the pinned answer:\n  %s\nrequest:  %s\nexpected: %s\ngot:      %s",
					c.Method, len(diffs), strings.Join(diffs, "\n  "), req, compact(fixture.Response), compact(resp))
			}
		})
	}
}

// startQBFTNode imports the QBFT fixture chain, with the certificate of its
// last block, into a non-validating node without peers (so the chain stays
// put) and serves HTTP on a free loopback port.
func startQBFTNode(t *testing.T) string {
	t.Helper()
	spec, err := genesis.Load(filepath.Join(qbftDir, "genesis.json"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := node.New(node.Config{
		DataDir:  t.TempDir(),
		Genesis:  spec,
		HTTPHost: "127.0.0.1",
		IPCPath:  "-",
	})
	if err != nil {
		t.Fatalf("new node: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("close node: %v", err)
		}
	})
	if _, err := n.ImportBlocks(filepath.Join(qbftDir, "chain.rlp"), nil); err != nil {
		t.Fatalf("import chain: %v", err)
	}
	if err := n.Run(); err != nil {
		t.Fatalf("run node: %v", err)
	}
	return n.HTTPEndpoint()
}
