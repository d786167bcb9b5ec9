//go:build linux

package bench

import (
	"context"
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/bench/loadgen"
	"github.com/xiangchain/xiangchain/bench/localnet"
	"github.com/xiangchain/xiangchain/genesis"
)

// Settings of the consensus benchmark (flags after -args, or the defaults
// bench/bench.mk runs).
var (
	consensusSenders  = flag.Int("consensus.senders", 500, "prefunded accounts sending transfers")
	consensusDuration = flag.Duration("consensus.duration", 20*time.Second, "sending period of each run")
	consensusWarmup   = flag.Duration("consensus.warmup", 4*time.Second, "start of each run left out of the throughput window")
	consensusRate     = flag.Float64("consensus.rate", 200, "open-loop rate (tx/s) of the latency runs")
	consensusMaxRate  = flag.Float64("consensus.maxrate", 3000, "highest inclusion rate (tx/s) the closed-loop workload is signed for")
	consensusPending  = flag.Int("consensus.pending", 4000, "transfers in flight in the closed-loop runs")
	consensusRounds   = flag.Int("consensus.rounds", 2, "rounds of one-validator and all-validator loads, in ABBA order")
	consensusWorkers  = flag.Int("consensus.workers", 16, "concurrent eth_sendRawTransaction callers, spread over the endpoints")
)

// Environment variables naming the executables the process benchmarks run.
const (
	envXiang = "XIANG_BIN" // `make build` output, build/bin/xiang
	envGeth  = "GETH_BIN"  // `make geth-bin` output, .build/bin/geth
)

// gethDevKey is the fixed developer key go-ethereum's `--dev` mode funds
// (cmd/utils.DeveloperKey, published in its source).
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// Constants of the process benchmarks.
const (
	feeHeadroom      = 10               // fee cap = headroom × base fee + tip
	gethStartTimeout = 60 * time.Second // geth serving RPC after start
	stopTimeout      = 20 * time.Second // SIGTERM to SIGKILL
	latencyDrain     = 20 * time.Second // waiting for the last transfers of a run
	mib              = 1 << 20
)

// binaries returns the xiang and geth executables named by the
// environment, skipping b when either is missing.
func binaries(b *testing.B) (xiang, geth string) {
	b.Helper()
	xiang, geth = os.Getenv(envXiang), os.Getenv(envGeth)
	for _, p := range []struct{ env, path string }{{envXiang, xiang}, {envGeth, geth}} {
		if p.path == "" {
			b.Skipf("%s is not set: run `make bench-consensus bench-rpc`, which builds xiang and geth", p.env)
		}
		if _, err := os.Stat(p.path); err != nil {
			b.Skipf("%s: %v", p.env, err)
		}
	}
	return xiang, geth
}

// freePort returns a TCP port on loopback that was free a moment ago.
func freePort(b *testing.B) int {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// child is an executable the benchmark started, with its output in a log
// file. The kernel kills it if the benchmark dies without stopping it.
type child struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

// startChild starts bin with args, output appended to logPath. The process
// is started and reaped on one locked OS thread: its parent-death signal
// fires when the thread that started it exits.
func startChild(b *testing.B, name, logPath, bin string, args ...string) *child {
	b.Helper()
	logFile, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		b.Fatal(err)
	}
	defer logFile.Close()
	c := &child{name: name, cmd: exec.Command(bin, args...), log: logPath, done: make(chan struct{})}
	c.cmd.Stdout, c.cmd.Stderr = logFile, logFile
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := c.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		c.err = c.cmd.Wait()
		close(c.done)
	}()
	if err := <-started; err != nil {
		b.Fatalf("starting %s: %v", name, err)
	}
	b.Cleanup(func() { c.stop(b) })
	return c
}

// stop sends SIGTERM and waits, killing the process after stopTimeout.
func (c *child) stop(b *testing.B) {
	select {
	case <-c.done:
		return
	default:
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(stopTimeout):
		c.cmd.Process.Kill()
		<-c.done
		b.Logf("%s did not stop after SIGTERM and was killed", c.name)
	}
}

// waitRPC waits until url answers eth_chainId with chainID.
func (c *child) waitRPC(b *testing.B, url string, chainID uint64, timeout time.Duration) {
	b.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var id hexutil.Uint64
		client, err := rpc.Dial(url)
		if err == nil {
			err = client.Call(&id, "eth_chainId")
			client.Close()
		}
		if err == nil && uint64(id) == chainID {
			return
		}
		if err == nil {
			err = fmt.Errorf("chain id %d, want %d", id, chainID)
		}
		select {
		case <-c.done:
			b.Fatalf("%s exited (%v); log %s:\n%s", c.name, c.err, c.log, tail(c.log))
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			b.Fatalf("%s does not serve %s: %v; log %s:\n%s", c.name, url, err, c.log, tail(c.log))
		}
	}
}

// tail returns the last lines of a log file, for a failure message.
func tail(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-20):], "\n")
}

// peakRSS returns the peak RSS of pid in MiB, failing b if it cannot be read.
func peakRSS(b *testing.B, pid int) float64 {
	b.Helper()
	rss, err := loadgen.PeakRSS(pid)
	if err != nil {
		b.Fatal(err)
	}
	return float64(rss) / mib
}

// chainClient dials url and returns the client and the chain id.
func chainClient(b *testing.B, url string) (*rpc.Client, *big.Int) {
	b.Helper()
	c, err := rpc.Dial(url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(c.Close)
	var id hexutil.Big
	if err := c.Call(&id, "eth_chainId"); err != nil {
		b.Fatal(err)
	}
	return c, id.ToInt()
}

// transfers signs perSender transfers from every key at its pending nonce
// on url, with fees that url suggests.
func transfers(b *testing.B, url string, keys []*ecdsa.PrivateKey, perSender int) []loadgen.Tx {
	b.Helper()
	ctx := context.Background()
	c, chainID := chainClient(b, url)
	fees, err := loadgen.SuggestFees(ctx, c, feeHeadroom)
	if err != nil {
		b.Fatal(err)
	}
	nonces, err := loadgen.PendingNonces(ctx, c, loadgen.Addresses(keys))
	if err != nil {
		b.Fatal(err)
	}
	txs, err := loadgen.SignTransfers(chainID, keys, nonces, perSender, fees)
	if err != nil {
		b.Fatal(err)
	}
	return txs
}

// loadRun is one labelled run of the consensus benchmark.
type loadRun struct {
	label string
	res   *loadgen.Result
}

// runLoad runs one closed-loop (rate 0) or open-loop workload and logs it.
func runLoad(b *testing.B, label string, endpoints []string, keys []*ecdsa.PrivateKey, rate float64) loadRun {
	b.Helper()
	maxRate := rate
	if rate == 0 {
		maxRate = *consensusMaxRate
	}
	perSender := int(maxRate*consensusDuration.Seconds())/len(keys) + 1
	txs := transfers(b, endpoints[0], keys, perSender)
	res, err := loadgen.Run(context.Background(), loadgen.Config{
		Endpoints:  endpoints,
		Txs:        txs,
		Rate:       rate,
		MaxPending: *consensusPending,
		Workers:    *consensusWorkers,
		Duration:   *consensusDuration,
		Warmup:     *consensusWarmup,
		Drain:      latencyDrain,
		Progress:   loadgen.TerminalProgress(),
	})
	if err != nil {
		b.Fatalf("%s: %v", label, err)
	}
	if res.Exhausted {
		b.Logf("%s: the workload ran out before the end; raise -consensus.maxrate", label)
	}
	if res.Rejected > 0 {
		b.Logf("%s: %d transfers refused, first: %s", label, res.Rejected, res.FirstRejection)
	}
	return loadRun{label, res}
}

// BenchmarkConsensusThroughput measures a 4-validator QBFT localnet (1 s
// blocks) against `geth --dev --dev.period 1` in the same run, both as
// separate processes loaded over JSON-RPC by bench/loadgen: sustained
// transfers/s at saturation (closed loop), commit latency at a moderate open
// loop rate, and each node's peak RSS. The localnet is loaded through one
// validator and through all four, for the ratio between the two. It needs
// XIANG_BIN and GETH_BIN (`make bench-consensus` sets them) and is skipped
// without them.
func BenchmarkConsensusThroughput(b *testing.B) {
	xiangBin, gethBin := binaries(b)
	keys := senderKeys(b, *consensusSenders)
	for range b.N {
		x := benchLocalnet(b, xiangBin, keys)
		gethRuns, gethRSS := benchGethDev(b, gethBin, keys)
		gethMax, gethLat := gethRuns[0].res, gethRuns[1].res

		b.ReportMetric(x.one, "xiang-tx/s")
		b.ReportMetric(x.all, "xiang-all-tx/s")
		b.ReportMetric(gethMax.Throughput, "geth-tx/s")
		b.ReportMetric(ratio(x.one, gethMax.Throughput), "xiang/geth")
		b.ReportMetric(ratio(x.all, x.one), "all/one")
		b.ReportMetric(float64(x.latency.P50.Milliseconds()), "xiang-p50-ms")
		b.ReportMetric(float64(x.latency.P99.Milliseconds()), "xiang-p99-ms")
		b.ReportMetric(float64(gethLat.P50.Milliseconds()), "geth-p50-ms")
		b.ReportMetric(float64(gethLat.P99.Milliseconds()), "geth-p99-ms")
		b.ReportMetric(slicesMax(x.rss), "xiang-peak-RSS-MiB")
		b.ReportMetric(gethRSS, "geth-peak-RSS-MiB")

		runs := append(x.runs, gethRuns...)
		labels := make([]string, len(runs))
		results := make([]*loadgen.Result, len(runs))
		for i, r := range runs {
			labels[i], results[i] = r.label, r.res
		}
		var table strings.Builder
		if err := loadgen.WriteTable(&table, labels, results); err != nil {
			b.Fatal(err)
		}
		// Printed, not logged: go test cuts a benchmark's log short.
		fmt.Printf("\n%s\n%s\n", table.String(), consensusMarkdown(x, gethMax, gethLat, gethRSS))
	}
}

// localnetFigures is what the localnet part of the benchmark measured.
type localnetFigures struct {
	runs     []loadRun
	one, all float64         // mean sustained tx/s with load to one validator, to all
	latency  *loadgen.Result // the open-loop run
	rss      []float64       // each node's peak RSS, MiB
}

// senderKeys returns the first n dev accounts (genesis.DevMnemonic): the
// localnet prefunds them in genesis, geth --dev gets them funded.
func senderKeys(b *testing.B, n int) []*ecdsa.PrivateKey {
	b.Helper()
	accounts, err := genesis.DevAccounts(n)
	if err != nil {
		b.Fatal(err)
	}
	keys := make([]*ecdsa.PrivateKey, len(accounts))
	for i, a := range accounts {
		keys[i] = a.Key
	}
	return keys
}

// benchLocalnet runs the localnet's workloads: closed-loop load to one
// validator and to all four, alternating in ABBA order over the rounds (so
// that a drift in the machine's background load falls on both alike), then
// the open-loop latency run; and reads every node's peak RSS.
func benchLocalnet(b *testing.B, bin string, keys []*ecdsa.PrivateKey) localnetFigures {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	network, err := localnet.Start(ctx, localnet.Options{
		Dir:          filepath.Join(b.TempDir(), "localnet"),
		Validators:   4,
		BlockPeriod:  1,
		Accounts:     len(keys),
		Binary:       bin,
		Verbosity:    "warn",
		StartTimeout: 2 * time.Minute,
	})
	if err != nil {
		b.Fatal(err)
	}
	defer network.Stop()
	nodes := network.Nodes()
	funded, err := network.DevAccounts()
	if err != nil {
		b.Fatal(err)
	}
	if len(funded) < len(keys) {
		b.Fatalf("the localnet funds %d dev accounts, want %d", len(funded), len(keys))
	}
	all := make([]string, len(nodes))
	for i, nd := range nodes {
		all[i] = nd.HTTP
	}
	waitBlocks(b, all[0], 2)
	var f localnetFigures
	var oneSum, allSum float64
	for round := range max(*consensusRounds, 1) {
		toOne := func() {
			r := runLoad(b, fmt.Sprintf("xiang, one validator, max (%d)", round+1), all[:1], keys, 0)
			f.runs, oneSum = append(f.runs, r), oneSum+r.res.Throughput
		}
		toAll := func() {
			r := runLoad(b, fmt.Sprintf("xiang, all validators, max (%d)", round+1), all, keys, 0)
			f.runs, allSum = append(f.runs, r), allSum+r.res.Throughput
		}
		if round%2 == 0 {
			toOne()
			toAll()
		} else {
			toAll()
			toOne()
		}
	}
	rounds := float64(max(*consensusRounds, 1))
	f.one, f.all = oneSum/rounds, allSum/rounds
	lat := runLoad(b, fmt.Sprintf("xiang, one validator, %.0f tx/s", *consensusRate), all[:1], keys, *consensusRate)
	f.runs, f.latency = append(f.runs, lat), lat.res
	for _, nd := range network.Nodes() {
		f.rss = append(f.rss, peakRSS(b, nd.PID))
	}
	if err := network.Stop(); err != nil {
		b.Logf("stopping the localnet: %v", err)
	}
	return f
}

// benchGethDev runs geth --dev with the same block period and gas limit,
// funds the senders from its developer account, runs the same closed-loop
// and open-loop workloads and returns them with geth's peak RSS in MiB.
func benchGethDev(b *testing.B, bin string, keys []*ecdsa.PrivateKey) ([]loadRun, float64) {
	b.Helper()
	dir := b.TempDir()
	port := freePort(b)
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	gasLimit := strconv.FormatUint(genesis.DefaultGasLimit, 10) // the localnet's block gas limit
	geth := startChild(b, "geth --dev", filepath.Join(dir, "geth.log"), bin,
		"--dev", "--dev.period", "1", "--dev.gaslimit", gasLimit, "--miner.gaslimit", gasLimit,
		"--datadir", filepath.Join(dir, "data"), "--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port),
		"--http.api", "eth,net,web3", "--nodiscover", "--maxpeers", "0", "--port", "0", "--ipcdisable",
		"--authrpc.port", strconv.Itoa(freePort(b)), "--verbosity", "2")
	geth.waitRPC(b, url, params.AllDevChainProtocolChanges.ChainID.Uint64(), gethStartTimeout)
	fundFromGethDev(b, url, keys)
	runs := []loadRun{
		runLoad(b, "geth --dev, max", []string{url}, keys, 0),
		runLoad(b, fmt.Sprintf("geth --dev, %.0f tx/s", *consensusRate), []string{url}, keys, *consensusRate),
	}
	rss := peakRSS(b, geth.cmd.Process.Pid)
	geth.stop(b)
	return runs, rss
}

// fundFromGethDev sends 1 ether from geth's developer account to every key
// and waits until all are included.
func fundFromGethDev(b *testing.B, url string, keys []*ecdsa.PrivateKey) {
	b.Helper()
	ctx := context.Background()
	devKey, err := crypto.HexToECDSA(gethDevKey)
	if err != nil {
		b.Fatal(err)
	}
	c, chainID := chainClient(b, url)
	fees, err := loadgen.SuggestFees(ctx, c, feeHeadroom)
	if err != nil {
		b.Fatal(err)
	}
	nonce, err := loadgen.PendingNonces(ctx, c, loadgen.Addresses([]*ecdsa.PrivateKey{devKey}))
	if err != nil {
		b.Fatal(err)
	}
	txs, err := loadgen.SignFunding(chainID, devKey, nonce[0], loadgen.Addresses(keys), big.NewInt(params.Ether), fees)
	if err != nil {
		b.Fatal(err)
	}
	res, err := loadgen.Run(ctx, loadgen.Config{Endpoints: []string{url}, Txs: txs, MaxPending: 1000,
		Duration: time.Minute, Drain: 30 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	if res.Included != len(txs) {
		b.Fatalf("funding the senders on geth --dev: %d of %d included (%d refused: %s)", res.Included, len(txs),
			res.Rejected, res.FirstRejection)
	}
}

// waitBlocks waits until url's head is at least n.
func waitBlocks(b *testing.B, url string, n uint64) {
	b.Helper()
	c, _ := chainClient(b, url)
	deadline := time.Now().Add(time.Minute)
	for {
		var head hexutil.Uint64
		err := c.Call(&head, "eth_blockNumber")
		if err == nil && uint64(head) >= n {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("%s: head %d after a minute (%v), want %d", url, head, err, n)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// consensusMarkdown renders the figures as the table docs/benchmarks.md
// keeps.
func consensusMarkdown(x localnetFigures, gethMax, gethLat *loadgen.Result, gethRSS float64) string {
	var s strings.Builder
	fmt.Fprintf(&s, "| figure | xiang (4 validators) | geth --dev | ratio / target |\n|---|---|---|---|\n")
	fmt.Fprintf(&s, "| sustained transfers/s, load to one node | %.0f | %.0f | **%.2f** (≥ 0.45) |\n",
		x.one, gethMax.Throughput, ratio(x.one, gethMax.Throughput))
	fmt.Fprintf(&s, "| sustained transfers/s, load to all validators | %.0f | | **%.2f** of one-node (≥ 0.90) |\n",
		x.all, ratio(x.all, x.one))
	fmt.Fprintf(&s, "| commit latency p50 / p99 at %.0f tx/s | %d / %d ms | %d / %d ms | p99 ≤ 3000 ms |\n", *consensusRate,
		x.latency.P50.Milliseconds(), x.latency.P99.Milliseconds(), gethLat.P50.Milliseconds(), gethLat.P99.Milliseconds())
	rss := make([]string, len(x.rss))
	for i, r := range x.rss {
		rss[i] = fmt.Sprintf("%.0f", r)
	}
	fmt.Fprintf(&s, "| peak RSS, MiB | %s | %.0f | < 1024 per node |\n", strings.Join(rss, " / "), gethRSS)
	return s.String()
}

// ratio returns a/b, zero when b is zero.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// slicesMax returns the largest of xs, zero for none.
func slicesMax(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
