// Package e2e runs real `xiang dev` processes and drives them from the outside:
// through ethers v6 (the Node.js suite in test/) and through go-ethereum's
// ethclient, including kill -9 and signal shutdown. It owns no production code.
//
// Every test starts its own node on a fresh data directory and free ports, and
// finishes in under two minutes. `go test -short` skips the package. TestMain
// builds ./cmd/xiang once; XIANG_BIN=path tests a prebuilt binary instead.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// devChainID is the chain id of every `xiang dev` chain.
	devChainID = 1337
	// devKeyHex is dev account 0 of the mnemonic "test test ... junk".
	devKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	// devAddressHex is the address of devKeyHex, as the dev banner prints it.
	devAddressHex = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

	// testTimeout bounds each test, so that none takes two minutes or more.
	testTimeout = 115 * time.Second
	// rpcStartTimeout bounds the wait for a started node to answer eth_chainId.
	rpcStartTimeout = 60 * time.Second
	// stopTimeout bounds a clean shutdown after SIGINT or SIGTERM.
	stopTimeout = 20 * time.Second
	// nodeTestTimeout bounds one run of the Node.js suite.
	nodeTestTimeout = 100 * time.Second
	// logTailLines is how much of a node log a failed test prints.
	logTailLines = 300
)

// logEmitterCode deploys a contract whose runtime code, 0x365f5f3733365fa100,
// copies its calldata to memory and emits it as LOG1 with the caller as topic:
// CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY CALLER CALLDATASIZE PUSH0 LOG1 STOP.
// The 10-byte init code CODECOPYs the 9 runtime bytes and RETURNs them.
var logEmitterCode = common.FromHex("0x6009600a5f3960095ff3" + "365f5f3733365fa100")

// suite holds what TestMain prepares once for all tests. It is written only
// by TestMain, before any test runs.
var suite struct {
	xiang  string // path of the xiang binary under test
	e2eDir string // absolute path of this package's directory (holds package.json)
}

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if testing.Short() {
		fmt.Println("e2e: -short given, the end-to-end tests start real nodes and are skipped")
		return m.Run()
	}
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		return 1
	}
	suite.e2eDir = dir
	tmp, err := os.MkdirTemp("", "xiang-e2e-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: creating build directory: %v\n", err)
		return 1
	}
	defer os.RemoveAll(tmp)
	if bin := os.Getenv("XIANG_BIN"); bin != "" {
		suite.xiang, err = filepath.Abs(bin)
		fmt.Printf("e2e: testing %s from XIANG_BIN instead of building ./cmd/xiang\n", suite.xiang)
	} else {
		suite.xiang, err = buildXiang(tmp)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %v\n", err)
		return 1
	}
	return m.Run()
}

// buildXiang builds ./cmd/xiang from the module root into dir and returns the binary's path.
func buildXiang(dir string) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("locating the module root with go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("go env GOMOD: not inside the xiangchain module")
	}
	bin := filepath.Join(dir, "xiang")
	build := exec.Command("go", "build", "-o", bin, "./cmd/xiang")
	build.Dir = filepath.Dir(gomod)
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/xiang: %w\n%s", err, out)
	}
	return bin, nil
}

// skipShort skips t under -short, where TestMain built nothing.
func skipShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: starts real xiang processes")
	}
}

// devNode is one running `xiang dev` process.
type devNode struct {
	t       *testing.T
	datadir string
	fees    string
	logPath string
	httpURL string
	wsURL   string

	cmd    *exec.Cmd
	log    *os.File
	exited chan struct{} // closed once the process has been waited for
}

// startDev starts `xiang dev` on datadir with the given fee profile and free
// ports. The process is killed, if still running, when the test ends; its log
// is printed if the test failed.
func startDev(t *testing.T, datadir, fees string) *devNode {
	t.Helper()
	httpPort, wsPort := freePort(t), freePort(t)
	logFile, err := os.CreateTemp(t.TempDir(), "xiang-*.log")
	if err != nil {
		t.Fatalf("creating node log: %v", err)
	}
	n := &devNode{
		t:       t,
		datadir: datadir,
		fees:    fees,
		logPath: logFile.Name(),
		httpURL: fmt.Sprintf("http://127.0.0.1:%d", httpPort),
		wsURL:   fmt.Sprintf("ws://127.0.0.1:%d", wsPort),
		log:     logFile,
		exited:  make(chan struct{}),
	}
	n.cmd = exec.Command(suite.xiang, "dev",
		"--datadir", datadir,
		"--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort),
		"--ws.addr", "127.0.0.1", "--ws.port", fmt.Sprint(wsPort),
		"--fees", fees,
		"--period", "1",
	)
	n.cmd.Stdout = logFile
	n.cmd.Stderr = logFile
	if err := n.cmd.Start(); err != nil {
		logFile.Close()
		t.Fatalf("starting %s: %v", suite.xiang, err)
	}
	t.Logf("started xiang dev (pid %d, fees %s, %s, log %s)", n.cmd.Process.Pid, fees, n.httpURL, n.logPath)
	go func() {
		n.cmd.Wait()
		logFile.Close()
		close(n.exited)
	}()
	t.Cleanup(func() {
		if n.running() {
			n.cmd.Process.Kill()
			<-n.exited
		}
		if t.Failed() {
			n.dumpLog()
		}
	})
	return n
}

// running reports whether the process has not exited yet.
func (n *devNode) running() bool {
	select {
	case <-n.exited:
		return false
	default:
		return true
	}
}

// dumpLog prints the tail of the node's log into the test log.
func (n *devNode) dumpLog() {
	data, err := os.ReadFile(n.logPath)
	if err != nil {
		n.t.Logf("reading node log %s: %v", n.logPath, err)
		return
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	from := 0
	if len(lines) > logTailLines {
		from = len(lines) - logTailLines
	}
	n.t.Logf("---- node log %s (fees %s, lines %d-%d of %d) ----\n%s\n---- end of node log ----",
		filepath.Base(n.logPath), n.fees, from+1, len(lines), len(lines), strings.Join(lines[from:], "\n"))
}

// waitRPC waits until the node answers eth_chainId with 1337 over HTTP.
func (n *devNode) waitRPC(ctx context.Context) {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(ctx, rpcStartTimeout)
	defer cancel()
	var lastErr error
	for {
		select {
		case <-n.exited:
			n.t.Fatalf("xiang dev exited before serving RPC: %v", n.cmd.ProcessState)
		case <-ctx.Done():
			n.t.Fatalf("xiang dev did not serve RPC at %s within %v: %v", n.httpURL, rpcStartTimeout, lastErr)
		case <-time.After(200 * time.Millisecond):
		}
		id, err := chainID(ctx, n.httpURL)
		if err != nil {
			lastErr = err
			continue
		}
		if id != devChainID {
			n.t.Fatalf("eth_chainId = %d, want %d", id, devChainID)
		}
		return
	}
}

func chainID(ctx context.Context, url string) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return 0, err
	}
	return uint64(id), nil
}

// stop sends sig and waits for the process to exit, failing the test unless it
// exits with status 0 within stopTimeout.
func (n *devNode) stop(sig os.Signal) {
	n.t.Helper()
	if err := n.cmd.Process.Signal(sig); err != nil {
		n.t.Fatalf("sending %v: %v", sig, err)
	}
	select {
	case <-n.exited:
	case <-time.After(stopTimeout):
		n.t.Fatalf("xiang dev did not exit within %v of %v", stopTimeout, sig)
	}
	if code := n.cmd.ProcessState.ExitCode(); code != 0 {
		n.t.Fatalf("xiang dev exited with %v after %v, want exit status 0", n.cmd.ProcessState, sig)
	}
}

// kill9 kills the process with SIGKILL and waits for it.
func (n *devNode) kill9() {
	n.t.Helper()
	if err := n.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		n.t.Fatalf("kill -9: %v", err)
	}
	<-n.exited
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("picking a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestEthersFree(t *testing.T)   { testEthers(t, "free") }
func TestEthersMarket(t *testing.T) { testEthers(t, "market") }

// testEthers runs the Node.js suite (node --test test/) against a fresh dev node.
func testEthers(t *testing.T, fees string) {
	skipShort(t)
	for _, pkg := range []string{"ethers", "viem", "solc"} {
		if _, err := os.Stat(filepath.Join(suite.e2eDir, "node_modules", pkg)); err != nil {
			t.Fatalf("e2e/node_modules/%s is missing (%v): run `npm ci --prefix e2e` first", pkg, err)
		}
	}
	nodeJS, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("Node.js is required for the ethers suite: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()

	n := startDev(t, filepath.Join(t.TempDir(), "dev"), fees)
	n.waitRPC(ctx)

	runCtx, runCancel := context.WithTimeout(ctx, nodeTestTimeout)
	defer runCancel()
	// The test files send from distinct dev accounts, so they may run side by side.
	cmd := exec.CommandContext(runCtx, nodeJS, "--test", "--test-concurrency=4", "--test-reporter=spec", "test/")
	cmd.Dir = suite.e2eDir
	// node --test runs each test file in a child process: on timeout, kill the whole group.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	cmd.Env = append(os.Environ(), "RPC_URL="+n.httpURL, "WS_URL="+n.wsURL, "FEES="+fees)
	out := &lineLogger{t: t, prefix: "node: "}
	cmd.Stdout = out
	cmd.Stderr = out
	err = cmd.Run()
	out.Flush()
	if err != nil {
		t.Fatalf("node --test test/ (FEES=%s) failed: %v", fees, err)
	}
	n.stop(syscall.SIGTERM)
}

// lineLogger writes each complete line it receives to the test log.
type lineLogger struct {
	t      *testing.T
	prefix string
	mu     sync.Mutex
	buf    bytes.Buffer
}

func (l *lineLogger) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	for {
		line, err := l.buf.ReadString('\n')
		if err != nil {
			l.buf.WriteString(line) // incomplete: keep for the next write
			return len(p), nil
		}
		l.t.Log(l.prefix + strings.TrimRight(line, "\r\n"))
	}
}

// Flush logs a final line that had no newline.
func (l *lineLogger) Flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buf.Len() > 0 {
		l.t.Log(l.prefix + l.buf.String())
		l.buf.Reset()
	}
}

// blockRef is the number and hash of a block as the node reported them.
type blockRef struct {
	Number hexutil.Uint64 `json:"number"`
	Hash   common.Hash    `json:"hash"`
}

// blockByTag returns the block the node reports for tag (a number or a name).
func blockByTag(ctx context.Context, c *rpc.Client, tag string) (blockRef, error) {
	var b *blockRef
	if err := c.CallContext(ctx, &b, "eth_getBlockByNumber", tag, false); err != nil {
		return blockRef{}, fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, err)
	}
	if b == nil {
		return blockRef{}, fmt.Errorf("eth_getBlockByNumber(%s): no block", tag)
	}
	return *b, nil
}

// transactor signs and sends transactions from one key with consecutive nonces.
type transactor struct {
	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer
	nonce  uint64
}

func newDevTransactor(ctx context.Context, t *testing.T, ec *ethclient.Client) *transactor {
	t.Helper()
	key, err := crypto.HexToECDSA(devKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	if from != common.HexToAddress(devAddressHex) {
		t.Fatalf("dev key 0 derives %s, want %s", from, devAddressHex)
	}
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatalf("eth_getTransactionCount(pending): %v", err)
	}
	return &transactor{key: key, from: from, signer: types.LatestSignerForChainID(big.NewInt(devChainID)), nonce: nonce}
}

// send signs a zero-priced EIP-1559 transaction (the dev chain's fee profile
// is free) and submits it, consuming the next nonce only if it was accepted.
func (tr *transactor) send(ctx context.Context, ec *ethclient.Client, to *common.Address, value *big.Int, gas uint64, data []byte) (*types.Transaction, error) {
	tx, err := types.SignNewTx(tr.key, tr.signer, &types.DynamicFeeTx{
		ChainID:   big.NewInt(devChainID),
		Nonce:     tr.nonce,
		GasTipCap: new(big.Int),
		GasFeeCap: new(big.Int),
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("signing nonce %d: %w", tr.nonce, err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("eth_sendRawTransaction nonce %d: %w", tr.nonce, err)
	}
	tr.nonce++
	return tx, nil
}

// waitReceipt polls for a transaction's receipt until ctx ends.
func waitReceipt(ctx context.Context, ec *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	for {
		r, err := ec.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("eth_getTransactionReceipt(%s): %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("no receipt for %s: %w", hash, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitHead waits until the head is at least number and returns it.
func waitHead(ctx context.Context, c *rpc.Client, number uint64) (blockRef, error) {
	for {
		head, err := blockByTag(ctx, c, "latest")
		if err == nil && uint64(head.Number) >= number {
			return head, nil
		}
		select {
		case <-ctx.Done():
			return blockRef{}, fmt.Errorf("head did not reach %d (last %d, %v): %w", number, head.Number, err, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// receiptSummary is the part of a receipt that must never change once reported.
func receiptSummary(r *types.Receipt) string {
	var b strings.Builder
	fmt.Fprintf(&b, "status=%d gasUsed=%d cumulative=%d block=%d/%s index=%d logs=[",
		r.Status, r.GasUsed, r.CumulativeGasUsed, r.BlockNumber, r.BlockHash, r.TransactionIndex)
	for _, l := range r.Logs {
		fmt.Fprintf(&b, "{%s %v %x #%d tx=%s block=%s}", l.Address, l.Topics, l.Data, l.Index, l.TxHash, l.BlockHash)
	}
	b.WriteString("]")
	return b.String()
}

// fileContains reports whether path contains s, ignoring case.
func fileContains(t *testing.T, path, s string) bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	defer f.Close()
	want := strings.ToLower(s)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.Contains(strings.ToLower(sc.Text()), want) {
			return true
		}
	}
	return false
}
