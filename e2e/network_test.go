package e2e

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// networkChainID is the chain id of the generated test network.
const networkChainID = 4343

// freePortRange returns the first of n consecutive TCP ports on 127.0.0.1
// that were all free a moment ago.
func freePortRange(t *testing.T, n int) int {
	t.Helper()
	for attempt := 0; attempt < 50; attempt++ {
		base := freePort(t)
		if base+n > 65535 {
			continue
		}
		ok := true
		for p := base; p < base+n && ok; p++ {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
			if err != nil {
				ok = false
				break
			}
			l.Close()
		}
		if ok {
			return base
		}
	}
	t.Fatalf("no %d consecutive free ports", n)
	return 0
}

// netNode is one `xiang node` process of a generated network.
type netNode struct {
	cmd     *exec.Cmd
	logPath string
	http    string
	exited  chan struct{}
}

// startNetwork runs `xiang genesis new --validators size` and one `xiang
// node` process per validator, waits until every node serves RPC, and
// returns them with a client each. Processes are killed when the test ends;
// their logs are printed if it failed.
func startNetwork(ctx context.Context, t *testing.T, size int) ([]*netNode, []*ethclient.Client) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "net")
	p2pBase, httpBase, wsBase := freePortRange(t, size), freePortRange(t, size), freePortRange(t, size)
	gen := exec.Command(suite.xiang, "genesis", "new", "--validators", fmt.Sprint(size), "--consensus", "qbft",
		"--chain-id", fmt.Sprint(networkChainID), "--out", dir, "--light-kdf", "--period", "1",
		"--base-port", fmt.Sprint(p2pBase), "--http-port", fmt.Sprint(httpBase), "--ws-port", fmt.Sprint(wsBase))
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("xiang genesis new: %v\n%s", err, out)
	}

	nodes := make([]*netNode, size)
	for i := range nodes {
		logPath := filepath.Join(t.TempDir(), fmt.Sprintf("node%d.log", i))
		logFile, err := os.Create(logPath)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(suite.xiang, "node", "--config", filepath.Join(dir, fmt.Sprintf("node%d", i), "config.toml"))
		cmd.Stdout, cmd.Stderr = logFile, logFile
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		nd := &netNode{cmd: cmd, logPath: logPath, http: fmt.Sprintf("http://127.0.0.1:%d", httpBase+i), exited: make(chan struct{})}
		go func() { cmd.Wait(); logFile.Close(); close(nd.exited) }()
		nodes[i] = nd
	}
	t.Cleanup(func() {
		for i, nd := range nodes {
			select {
			case <-nd.exited:
			default:
				nd.cmd.Process.Kill()
				<-nd.exited
			}
			if t.Failed() {
				if b, err := os.ReadFile(nd.logPath); err == nil {
					lines := strings.Split(string(b), "\n")
					t.Logf("---- node%d log (last lines) ----\n%s", i, strings.Join(lines[max(0, len(lines)-80):], "\n"))
				}
			}
		}
	})

	clients := make([]*ethclient.Client, size)
	for i, nd := range nodes {
		deadline := time.Now().Add(rpcStartTimeout)
		for {
			id, err := chainID(ctx, nd.http)
			if err == nil {
				if id != networkChainID {
					t.Fatalf("node%d: chain id %d", i, id)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("node%d did not serve RPC: %v", i, err)
			}
			time.Sleep(200 * time.Millisecond)
		}
		c, err := ethclient.DialContext(ctx, nd.http)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		clients[i] = c
	}

	return nodes, clients
}

// TestNetworkFromGenesisNew is the operator's path end to end: `xiang genesis
// new` writes a four-validator network (encrypted keystores, config.toml,
// static-nodes.json), four `xiang node` processes find each other over
// devp2p, agree on every block, carry a transaction sent to one node into the
// chain of all, and shut down cleanly on SIGTERM.
func TestNetworkFromGenesisNew(t *testing.T) {
	skipShort(t)
	const size = 4
	ctx, cancel := context.WithTimeout(context.Background(), nodeTestTimeout)
	defer cancel()

	nodes, clients := startNetwork(ctx, t, size)

	// All four reach block 3 with identical hashes, from more than one proposer.
	waitAll := func(number uint64) {
		t.Helper()
		for i, c := range clients {
			for {
				n, err := c.BlockNumber(ctx)
				if err == nil && n >= number {
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("node%d stuck below block %d: %v", i, number, err)
				}
				time.Sleep(100 * time.Millisecond)
			}
		}
	}
	waitAll(3)
	proposers := map[common.Address]bool{}
	for num := int64(1); num <= 3; num++ {
		var want common.Hash
		for i, c := range clients {
			h, err := c.HeaderByNumber(ctx, big.NewInt(num))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				want = h.Hash()
				proposers[h.Coinbase] = true
			} else if h.Hash() != want {
				t.Fatalf("node%d has %x at block %d, node0 %x", i, h.Hash(), num, want)
			}
		}
	}
	if len(proposers) < 2 {
		t.Errorf("blocks 1–3 all from one proposer")
	}

	// A zero-priced transfer from an account with no balance (free profile),
	// sent to node3, is included and visible on node0.
	key, _ := crypto.GenerateKey()
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx := types.MustSignNewTx(key, types.NewEIP155Signer(big.NewInt(networkChainID)), &types.LegacyTx{
		Nonce: 0, GasPrice: new(big.Int), Gas: params.TxGas, To: &to, Value: new(big.Int),
	})
	if err := clients[3].SendTransaction(ctx, tx); err != nil {
		t.Fatalf("sending to node3: %v", err)
	}
	for {
		r, err := clients[0].TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transfer failed: %+v", r)
			}
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("transfer sent to node3 never appeared on node0: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}

	for i, nd := range nodes {
		nd.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-nd.exited:
		case <-time.After(stopTimeout):
			t.Fatalf("node%d did not stop on SIGTERM", i)
		}
		if code := nd.cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("node%d exited with %v", i, nd.cmd.ProcessState)
		}
	}
}
