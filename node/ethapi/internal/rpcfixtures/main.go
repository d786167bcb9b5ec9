// Command rpcfixtures records the expected responses of the RPC conformance
// suite.
//
// By default it imports the suite's chain (testdata/chain) into a fresh geth
// data directory, serves it from the geth binary (-geth, built from the
// pinned go-ethereum by `make rpc-fixtures`) on a free loopback port with no
// peers and no mining, sends every case of testdata/requests.json and writes
// each exchange to testdata/geth/<case>.json.
//
// With -ours URL it sends the cases to an already running node instead (for
// example `xiang node --test-chain ...` on the same chain) and writes to -out,
// for comparing by hand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/xiangchain/xiangchain/node/ethapi/internal/rpcfixtures/rpccase"
)

func main() {
	var (
		testdata = flag.String("testdata", "node/ethapi/testdata", "suite directory (chain/, requests.json)")
		geth     = flag.String("geth", ".build/bin/geth", "geth binary")
		ours     = flag.String("ours", "", "record from this running endpoint instead of starting geth")
		out      = flag.String("out", "", "output directory (default <testdata>/geth, or required with -ours)")
		verbose  = flag.Bool("v", false, "show geth's output")
	)
	flag.Parse()
	if err := run(*testdata, *geth, *ours, *out, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "rpcfixtures:", err)
		os.Exit(1)
	}
}

func run(testdata, geth, ours, out string, verbose bool) error {
	cases, err := rpccase.Load(filepath.Join(testdata, "requests.json"))
	if err != nil {
		return err
	}
	switch {
	case out == "" && ours != "":
		return errors.New("-ours needs -out (the geth fixtures are not overwritten with our answers)")
	case out == "":
		out = filepath.Join(testdata, "geth")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	url := ours
	var srv *gethServer
	if url == "" {
		if srv, err = startGeth(ctx, geth, filepath.Join(testdata, "chain"), verbose); err != nil {
			return err
		}
		defer srv.stop()
		url = srv.url
	}
	client := &rpccase.Client{URL: url}
	readyCtx, readyCancel := context.WithTimeout(ctx, time.Minute)
	defer readyCancel()
	if srv != nil {
		go func() {
			select {
			case <-srv.exited:
				readyCancel()
			case <-readyCtx.Done():
			}
		}()
	}
	if err := client.Ready(readyCtx); err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return fmt.Errorf("clear %s: %w", out, err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	for _, c := range cases {
		_, resp, err := client.Run(ctx, c)
		if err != nil {
			return fmt.Errorf("case %s: %w", c.Name, err)
		}
		req, err := c.Request()
		if err != nil {
			return err
		}
		if err := rpccase.WriteFixture(out, c.Name, &rpccase.Fixture{Request: req, Response: resp}); err != nil {
			return err
		}
	}
	fmt.Printf("recorded %d cases from %s into %s\n", len(cases), url, out)
	return nil
}

// gethServer is a running geth.
type gethServer struct {
	cmd     *exec.Cmd
	datadir string
	url     string
	// exited is closed when geth has exited.
	exited chan struct{}
}

// startGeth initialises a data directory from the suite's genesis, imports
// its chain and starts serving it over HTTP. The full archive is kept
// (hash scheme, archive mode) so that every historic state can be queried.
func startGeth(ctx context.Context, geth, chainDir string, verbose bool) (*gethServer, error) {
	if _, err := os.Stat(geth); err != nil {
		return nil, fmt.Errorf("geth binary: %w (run `make rpc-fixtures`, which builds it)", err)
	}
	datadir, err := os.MkdirTemp("", "rpcfixtures-geth-")
	if err != nil {
		return nil, fmt.Errorf("create geth data directory: %w", err)
	}
	storage := []string{"--datadir", datadir, "--state.scheme", "hash"}
	steps := [][]string{
		append(append([]string{"init"}, storage...), filepath.Join(chainDir, "genesis.json")),
		append(append([]string{"import"}, storage...), "--gcmode", "archive", filepath.Join(chainDir, "chain.rlp")),
	}
	for _, args := range steps {
		cmd := exec.CommandContext(ctx, geth, args...)
		if output, err := cmd.CombinedOutput(); err != nil {
			os.RemoveAll(datadir)
			return nil, fmt.Errorf("geth %s: %w\n%s", args[0], err, output)
		}
	}
	httpPort, err := freePort()
	if err != nil {
		os.RemoveAll(datadir)
		return nil, err
	}
	authPort, err := freePort()
	if err != nil {
		os.RemoveAll(datadir)
		return nil, err
	}
	args := append(storage,
		"--gcmode", "archive", "--syncmode", "full",
		"--nodiscover", "--maxpeers", "0", "--port", "0", "--ipcdisable",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort),
		"--http.api", "eth,net,web3,debug,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
	)
	cmd := exec.Command(geth, args...)
	if verbose {
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(datadir)
		return nil, fmt.Errorf("start geth: %w", err)
	}
	srv := &gethServer{cmd: cmd, datadir: datadir, url: "http://127.0.0.1:" + strconv.Itoa(httpPort), exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(srv.exited)
	}()
	return srv, nil
}

// stop interrupts geth, waits for it and removes its data directory.
func (s *gethServer) stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	os.RemoveAll(s.datadir)
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
