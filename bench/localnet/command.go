package localnet

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
)

// repeatSignalGap is how long after the first signal a second one counts as
// the user's request to kill the nodes.
const repeatSignalGap = time.Second

// exitReportLines is how many log lines the report of an unexpected exit
// quotes.
const exitReportLines = 10

// ErrAllNodesExited is returned by `xiang localnet` when every node has
// exited on its own.
var ErrAllNodesExited = errors.New("localnet: every node has exited")

// Command returns the `localnet` command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "localnet",
		Usage: "Run a whole QBFT network on this machine (loopback only); Ctrl-C stops it",
		Description: `Generates a network in --datadir (or reuses the one there), starts one 'xiang node'
process per node on free 127.0.0.1 ports and prints their endpoints. Validators hold a
validator key; --rpc-nodes adds nodes that only follow the chain and serve JSON-RPC.
Node logs go to DATADIR/logs/. Ctrl-C or SIGTERM stops every node (a second one kills them).

Settings (--validators, --rpc-nodes, --chain-id, --fees, --period, --accounts) shape a new
network; given for an existing one they must match it. --reset generates a new network.`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "validators", Value: DefaultValidators, Usage: "number of validator nodes"},
			&cli.IntFlag{Name: "rpc-nodes", Usage: "number of non-validating nodes serving JSON-RPC"},
			&cli.StringFlag{Name: "datadir", Value: DefaultDir, Usage: "network directory, reused across runs"},
			&cli.BoolFlag{Name: "reset", Usage: "replace the network in --datadir with a new one"},
			&cli.Uint64Flag{Name: "chain-id", Value: DefaultChainID, Usage: "chain id of a new network"},
			&cli.StringFlag{Name: "fees", Value: genesis.FeesFree, Usage: "fee profile of a new network: free or market"},
			&cli.Uint64Flag{Name: "period", Value: DefaultBlockPeriod, Usage: "block period of a new network, in seconds"},
			&cli.IntFlag{Name: "accounts", Value: genesis.DefaultDevAccounts, Usage: "prefunded dev accounts of a new network"},
		},
		Action: run,
	}
}

// optionsFromFlags builds Options from the flags the user set; the others
// stay zero, so a reused network is checked only against what was asked.
func optionsFromFlags(c *cli.Context) Options {
	o := Options{
		Dir:       c.String("datadir"),
		Reset:     c.Bool("reset"),
		Verbosity: c.String("verbosity"), // the global flag, passed on to the nodes
	}
	if c.IsSet("validators") {
		o.Validators = c.Int("validators")
	}
	if c.IsSet("rpc-nodes") {
		o.RPCNodes = c.Int("rpc-nodes")
	}
	if c.IsSet("chain-id") {
		o.ChainID = c.Uint64("chain-id")
	}
	if c.IsSet("fees") {
		o.FeeProfile = c.String("fees")
	}
	if c.IsSet("period") {
		o.BlockPeriod = c.Uint64("period")
	}
	if c.IsSet("accounts") {
		o.Accounts = c.Int("accounts")
		if o.Accounts == 0 {
			o.Accounts = -1 // none
		}
	}
	return o
}

func run(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("localnet: unexpected arguments %q (flags only)", c.Args().Slice())
	}
	o := optionsFromFlags(c)
	if o.Validators < 0 || o.RPCNodes < 0 {
		return fmt.Errorf("%w: %d validators, %d RPC nodes", genesis.ErrBadNetworkSize, o.Validators, o.RPCNodes)
	}
	out, errOut := c.App.Writer, c.App.ErrWriter
	if errOut == nil {
		errOut = os.Stderr
	}

	// Signals are caught before anything starts: one during start-up stops
	// the nodes started so far.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancel(c.Context)
	defer cancel()
	interrupted := make(chan struct{})
	go func() {
		select {
		case <-sigs:
			close(interrupted)
			cancel()
		case <-ctx.Done():
		}
	}()

	exits := make(chan struct{}, 1)
	o.OnExit = func(nd Node, err error) {
		fmt.Fprintf(errOut, "\n%s (%s) exited unexpectedly: %v\nlast lines of %s:\n%s\n\n", nd.Name, nd.Role, err, nd.Log,
			indent(logTail(nd.Log, exitReportLines)))
		select {
		case exits <- struct{}{}:
		default:
		}
	}
	fmt.Fprintf(out, "Starting local network in %s …\n", o.Dir)
	network, err := Start(ctx, o)
	if err != nil {
		select {
		case <-interrupted:
			fmt.Fprintln(out, "Interrupted during start-up; every node started so far is stopped.")
			return nil
		default:
		}
		if errors.Is(err, ErrNetworkMismatch) {
			return fmt.Errorf("%w\n(--reset replaces the network, or use another --datadir)", err)
		}
		return err
	}
	if err := printNetwork(out, network); err != nil {
		network.Stop()
		return err
	}

	for {
		select {
		case <-interrupted:
			return stop(out, errOut, network, sigs)
		case <-exits:
			running := 0
			for _, nd := range network.Nodes() {
				if nd.PID != 0 {
					running++
				}
			}
			if running == 0 {
				network.Stop()
				return ErrAllNodesExited
			}
		}
	}
}

// stop stops the network; a second signal kills the nodes at once.
func stop(out, errOut io.Writer, network *Network, sigs <-chan os.Signal) error {
	fmt.Fprintln(out, "\nStopping every node (Ctrl-C again to kill them) …")
	first := time.Now()
	stopped := make(chan error, 1)
	go func() { stopped <- network.Stop() }()
	var err error
wait:
	for {
		select {
		case err = <-stopped:
			break wait
		case <-sigs:
			// A signal right after the first is its echo (one sent to the
			// process and to its group), not a second Ctrl-C.
			if time.Since(first) < repeatSignalGap {
				continue
			}
			fmt.Fprintln(out, "Killing every node.")
			for i := range network.Nodes() {
				network.Kill(i) // ErrNotRunning for nodes already down
			}
			err = <-stopped
			break wait
		}
	}
	if err != nil {
		fmt.Fprintf(errOut, "warning: %v\n", err)
	}
	fmt.Fprintln(out, "Local network stopped.")
	return nil
}

// printNetwork writes the banner: chain, node table and dev accounts.
func printNetwork(w io.Writer, n *Network) error {
	nodes := n.Nodes()
	validators := 0
	for _, nd := range nodes {
		if nd.Role == RoleValidator {
			validators++
		}
	}
	g := n.Genesis()
	fmt.Fprintf(w, "\nXiangchain local network: %s, %s — chain id %d, fee profile %s, block period %ds\n",
		plural(validators, "validator"), plural(len(nodes)-validators, "RPC node"), n.ChainID(), g.Xiang.FeeProfile,
		g.QBFT.BlockPeriodSeconds)
	fmt.Fprintf(w, "genesis hash %s\nnetwork directory %s\n", g.Core.ToBlock().Hash().Hex(), n.Dir())
	if n.PortsMoved() {
		fmt.Fprintln(w, "(its previous ports were taken: the nodes have new ones)")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NODE\tROLE\tADDRESS\tHTTP\tWS\tLOG")
	for _, nd := range nodes {
		addr := "-"
		if nd.Role == RoleValidator {
			addr = nd.Validator.Hex()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", nd.Name, nd.Role, addr, nd.HTTP, nd.WS, relPath(nd.Log))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	accounts, err := n.DevAccounts()
	if err != nil {
		return err
	}
	if len(accounts) > 0 {
		fmt.Fprintf(w, "\nPrefunded dev accounts (mnemonic %q) — public test keys, never use them on a real network:\n\n", genesis.DevMnemonic)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "#\tADDRESS\tPRIVATE KEY")
		for i, a := range accounts {
			fmt.Fprintf(tw, "%d\t%s\t0x%s\n", i, a.Address.Hex(), hex.EncodeToString(crypto.FromECDSA(a.Key)))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "\nRunning. Ctrl-C stops every node.")
	return nil
}

// relPath shortens path to be relative to the working directory when it is
// below it.
func relPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return rel
}

// indent prefixes every line of s with two spaces.
func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// plural returns "n thing" or "n things".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
