//go:build linux

package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xiangchain/xiangchain/bench/loadgen"
)

// Settings of the RPC benchmark.
var (
	rpcClients  = flag.Int("rpc.clients", 8, "concurrent HTTP clients")
	rpcDuration = flag.Duration("rpc.duration", 2*time.Second, "counted period of each round of a method's load")
	rpcWarmup   = flag.Duration("rpc.warmup", 500*time.Millisecond, "uncounted start of each round")
	rpcRounds   = flag.Int("rpc.rounds", 8, "rounds per method and node, the two nodes alternating")
)

// The conformance test chain both nodes serve (node/ethapi/testdata).
const (
	testChainDir     = "../node/ethapi/testdata/chain"
	testChainID      = 1337
	rpcStartTimeout  = 2 * time.Minute
	importTimeout    = 5 * time.Minute
	storeContract    = "0x7A4c14FA8AC1cCe4a76Ac61FC5Bf4f0eA5FC15e3"
	forwarder        = "0xa78312468c34ceee94f8D8a95B9375615063C975"
	infoContract     = "0x00000000000000000000000000000000000c0dE1"
	testChainCaller  = "0x800dB617018FdC2f75D01702827E39E6EAD64De0"
	storedEventTopic = "0xf2e92723c5b167f0bbf53023c9d13da2b36c20d33cbce406e84f9519c2801b42"
	twoWordsCallData = "0x00000000000000000000000000000000000000000000000000000000000000050000000000000000000000000000000000000000000000000000000000000005"
)

// rpcCase is one method under load, with the requests made in turn.
type rpcCase struct {
	name  string
	calls []loadgen.Call
}

// rpcCases are the loaded methods, with parameters taken from the
// conformance requests (node/ethapi/testdata/requests.json): the busiest
// block of the chain, calls into its contracts, and log queries by address,
// topic and range.
func rpcCases() []rpcCase {
	call := func(to, data string) loadgen.Call {
		tx := map[string]any{"from": testChainCaller, "to": to}
		if data != "" {
			tx["data"] = data
		}
		return loadgen.Call{Method: "eth_call", Params: []any{tx, "latest"}}
	}
	return []rpcCase{
		{"eth_getBlockByNumber", []loadgen.Call{
			{Method: "eth_getBlockByNumber", Params: []any{"0x1e", true}},
			{Method: "eth_getBlockByNumber", Params: []any{"0x1e", false}},
			{Method: "eth_getBlockByNumber", Params: []any{"0x1", true}},
			{Method: "eth_getBlockByNumber", Params: []any{"latest", true}},
		}},
		{"eth_call", []loadgen.Call{
			call(storeContract, twoWordsCallData),
			call(forwarder, twoWordsCallData),
			call(infoContract, ""),
		}},
		{"eth_getLogs", []loadgen.Call{
			{Method: "eth_getLogs", Params: []any{map[string]any{"address": storeContract, "fromBlock": "0x0", "toBlock": "latest"}}},
			{Method: "eth_getLogs", Params: []any{map[string]any{"fromBlock": "0x0", "topics": []any{storedEventTopic}}}},
			{Method: "eth_getLogs", Params: []any{map[string]any{"fromBlock": "0x3", "toBlock": "0x7"}}},
		}},
	}
}

// BenchmarkRPCThroughput loads eth_getBlockByNumber, eth_call and
// eth_getLogs over HTTP from concurrent clients against `xiang node
// --test-chain` and against geth, both serving the conformance test chain
// in the same run, and reports each method's rate as a ratio ours/geth.
// The two are loaded one at a time, in rounds that alternate between them
// in ABBA order, so that a drift in the machine's background load falls on
// both alike. Like BenchmarkConsensusThroughput it needs XIANG_BIN and
// GETH_BIN (`make bench-rpc` sets them).
func BenchmarkRPCThroughput(b *testing.B) {
	xiangBin, gethBin := binaries(b)
	genesisPath, err := filepath.Abs(filepath.Join(testChainDir, "genesis.json"))
	if err != nil {
		b.Fatal(err)
	}
	chainPath := filepath.Join(filepath.Dir(genesisPath), "chain.rlp")
	dir := b.TempDir()

	xiangData, gethData := filepath.Join(dir, "xiang"), filepath.Join(dir, "geth")
	runTool(b, xiangBin, "import", "--test-chain", "--genesis", genesisPath, "--datadir", xiangData, chainPath)
	runTool(b, gethBin, "--datadir", gethData, "init", genesisPath)
	runTool(b, gethBin, "--datadir", gethData, "import", chainPath)

	xiangPort, gethPort := freePort(b), freePort(b)
	ours := startChild(b, "xiang node --test-chain", filepath.Join(dir, "xiang.log"), xiangBin,
		"--verbosity", "warn", "node", "--test-chain", "--datadir", xiangData,
		"--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(xiangPort))
	geth := startChild(b, "geth", filepath.Join(dir, "geth.log"), gethBin,
		"--datadir", gethData, "--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(gethPort),
		"--nodiscover", "--maxpeers", "0", "--syncmode", "full", "--port", "0", "--ipcdisable",
		"--authrpc.port", strconv.Itoa(freePort(b)), "--verbosity", "2")
	oursURL := "http://127.0.0.1:" + strconv.Itoa(xiangPort)
	gethURL := "http://127.0.0.1:" + strconv.Itoa(gethPort)
	ours.waitRPC(b, oursURL, testChainID, rpcStartTimeout)
	geth.waitRPC(b, gethURL, testChainID, rpcStartTimeout)

	cases := rpcCases()
	for _, c := range cases {
		checkSameAnswers(b, c, oursURL, gethURL)
	}
	for range b.N {
		var table strings.Builder
		fmt.Fprintf(&table, "| method | xiang req/s | geth req/s | xiang p50 / p99 | geth p50 / p99 | ratio (≥ 1.0) |\n|---|---|---|---|---|---|\n")
		for _, c := range cases {
			var xs, gs []*loadgen.CallResult
			for round := range max(*rpcRounds, 1) {
				if round%2 == 0 {
					xs = append(xs, loadCalls(b, c, oursURL))
					gs = append(gs, loadCalls(b, c, gethURL))
				} else {
					gs = append(gs, loadCalls(b, c, gethURL))
					xs = append(xs, loadCalls(b, c, oursURL))
				}
			}
			x, g := loadgen.MergeCallResults(xs...), loadgen.MergeCallResults(gs...)
			r := ratio(x.Rate, g.Rate)
			b.ReportMetric(x.Rate, c.name+"-xiang-req/s")
			b.ReportMetric(g.Rate, c.name+"-geth-req/s")
			b.ReportMetric(r, c.name+"-xiang/geth")
			fmt.Fprintf(&table, "| `%s` | %.0f | %.0f | %.1f / %.1f ms | %.1f / %.1f ms | **%.2f** |\n", c.name, x.Rate, g.Rate,
				msf(x.P50), msf(x.P99), msf(g.P50), msf(g.P99), r)
		}
		// Printed, not logged: go test cuts a benchmark's log short.
		fmt.Printf("\n%d clients, %d rounds of %v per method and node:\n%s\n", *rpcClients, *rpcRounds, *rpcDuration, table.String())
	}
	b.StopTimer()
	ours.stop(b)
	geth.stop(b)
}

// loadCalls runs one case's load against url and fails b on any error.
func loadCalls(b *testing.B, c rpcCase, url string) *loadgen.CallResult {
	b.Helper()
	res, err := loadgen.RunCalls(context.Background(), loadgen.CallConfig{
		URL: url, Calls: c.calls, Clients: *rpcClients, Duration: *rpcDuration, Warmup: *rpcWarmup,
	})
	if err != nil {
		b.Fatalf("%s at %s: %v", c.name, url, err)
	}
	if res.Errors > 0 {
		b.Fatalf("%s at %s: %d of %d calls failed, first: %s", c.name, url, res.Errors, res.Errors+res.Requests, res.FirstError)
	}
	return res
}

// checkSameAnswers asks both nodes every call of a case once and logs any
// difference: the comparison is only fair if both do the same work.
func checkSameAnswers(b *testing.B, c rpcCase, oursURL, gethURL string) {
	b.Helper()
	ctx := context.Background()
	for _, call := range c.calls {
		x, err := loadgen.CallOnce(ctx, oursURL, call)
		if err != nil {
			b.Fatalf("%s %v at xiang: %v", call.Method, call.Params, err)
		}
		g, err := loadgen.CallOnce(ctx, gethURL, call)
		if err != nil {
			b.Fatalf("%s %v at geth: %v", call.Method, call.Params, err)
		}
		if !sameJSON(x, g) {
			b.Logf("%s %v: xiang and geth answer differently (%d and %d bytes)", call.Method, call.Params, len(x), len(g))
		}
		if bytes.Equal(x, []byte("null")) || bytes.Equal(x, []byte("[]")) {
			b.Fatalf("%s %v: empty answer %s: the case loads nothing", call.Method, call.Params, x)
		}
	}
}

// sameJSON reports whether two JSON documents are equal as values.
func sameJSON(a, b json.RawMessage) bool {
	var va, vb any
	if json.Unmarshal(a, &va) != nil || json.Unmarshal(b, &vb) != nil {
		return false
	}
	ja, _ := json.Marshal(va)
	jb, _ := json.Marshal(vb)
	return bytes.Equal(ja, jb)
}

// runTool runs a command to completion, failing b with its output.
func runTool(b *testing.B, bin string, args ...string) {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), importTimeout)
	defer cancel()
	if out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput(); err != nil {
		b.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out)
	}
}

// msf formats d in milliseconds with a fraction.
func msf(d time.Duration) float64 {
	return float64(d.Microseconds()) / 1000
}
