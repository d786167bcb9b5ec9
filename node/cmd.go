package node

import (
	"bufio"
	"context"
	"crypto/ecdsa"
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

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	wallethw "github.com/xiangchain/xiangchain/wallet-hw"
)

// DefaultDevDataDir is where `xiang dev` keeps its chain between runs.
const DefaultDevDataDir = ".xiang/dev"

// Commands returns the node's subcommands: node, dev, export and import.
func Commands() []*cli.Command {
	return []*cli.Command{nodeCommand(), devCommand(), exportCommand(), importCommand()}
}

// Flags are built afresh for every command: urfave/cli keeps parse state in
// them, so shared flag values would leak between runs of the app.
func datadirFlag() cli.Flag {
	return &cli.StringFlag{Name: "datadir", Usage: "data directory for the database"}
}

func configFlag() cli.Flag {
	return &cli.StringFlag{Name: "config", Usage: "node config file (TOML, from `xiang genesis new`)"}
}

func httpAPIFlag() cli.Flag {
	return &cli.StringFlag{Name: "http.api", Usage: "namespaces served over HTTP, comma-separated (default eth,net,web3,txpool,qbft; admin and debug only when listed)"}
}

func wsAPIFlag() cli.Flag {
	return &cli.StringFlag{Name: "ws.api", Usage: "namespaces served over WebSocket (as --http.api)"}
}

func ipcFlag() cli.Flag {
	return &cli.StringFlag{Name: "ipcpath", Usage: "IPC socket, relative to the data directory (default xiang.ipc; \"-\" disables)"}
}

func testChainFlag() cli.Flag {
	return &cli.BoolFlag{Name: "test-chain", Usage: "read-only node over an imported Ethereum test chain (PoW/PoS history; " +
		"go-ethereum's beacon engine over an ethash faker, head treated as final) — for comparing RPC answers with geth"}
}

// rpcFlags are the endpoint flags of `xiang node`; they override config.toml.
func rpcFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "http.addr", Usage: "HTTP RPC listen address"},
		&cli.IntFlag{Name: "http.port", Usage: "HTTP RPC port"},
		&cli.StringFlag{Name: "ws.addr", Usage: "WebSocket RPC listen address"},
		&cli.IntFlag{Name: "ws.port", Usage: "WebSocket RPC port"},
		httpAPIFlag(), wsAPIFlag(), ipcFlag(),
		&cli.StringFlag{Name: "metrics.addr", Usage: "serve Prometheus metrics at http://ADDR/metrics (host:port; off by default)"},
		&cli.BoolFlag{Name: "pprof", Usage: "also serve Go profiles at http://ADDR/debug/pprof/ on --metrics.addr (CPU, heap, goroutines)"},
	}
}

// applyRPCFlags overrides cfg's endpoints with the flags that were set.
func applyRPCFlags(c *cli.Context, cfg *Config) {
	if c.IsSet("http.addr") {
		cfg.HTTPHost = c.String("http.addr")
	}
	if c.IsSet("http.port") {
		cfg.HTTPPort = c.Int("http.port")
	}
	if c.IsSet("ws.addr") {
		cfg.WSHost = c.String("ws.addr")
	}
	if c.IsSet("ws.port") {
		cfg.WSPort = c.Int("ws.port")
	}
	if c.IsSet("http.api") {
		cfg.HTTPModules = splitList(c.String("http.api"))
	}
	if c.IsSet("ws.api") {
		cfg.WSModules = splitList(c.String("ws.api"))
	}
	if c.IsSet("ipcpath") {
		cfg.IPCPath = c.String("ipcpath")
	}
	if c.IsSet("metrics.addr") {
		cfg.MetricsAddr = c.String("metrics.addr")
	}
	cfg.Pprof = c.Bool("pprof")
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func nodeCommand() *cli.Command {
	return &cli.Command{
		Name:  "node",
		Usage: "Run a node from its config file",
		Flags: append([]cli.Flag{datadirFlag(), configFlag(), testChainFlag(),
			&cli.StringFlag{Name: "validator-signer", Usage: "validator key as a signer URI, overriding [Validator]: keystore:PATH or pkcs11:module=LIB;token=LABEL;id=HEX (PIN from XIANG_PKCS11_PIN or a prompt)"},
			&cli.StringFlag{Name: "p2p.allowlist", Usage: "permissioned network: JSON array of the enode URLs allowed to connect, overriding [P2P] AllowList (edited by perm_ RPC)"},
		}, rpcFlags()...),
		Action: func(c *cli.Context) error {
			var cfg Config
			if uri := c.String("validator-signer"); uri != "" && c.Bool("test-chain") {
				return errors.New("--validator-signer and --test-chain exclude each other")
			}
			if c.Bool("test-chain") {
				if c.String("datadir") == "" {
					return errors.New("--test-chain needs --datadir (initialised by xiang import --test-chain)")
				}
				cfg = Config{DataDir: c.String("datadir"), TestChain: true, HTTPHost: "127.0.0.1", HTTPPort: 8545}
			} else {
				var err error
				if cfg, err = configFromFile(c.String("config"), c.String("datadir"), true); err != nil {
					return err
				}
			}
			applyRPCFlags(c, &cfg)
			if c.IsSet("p2p.allowlist") {
				cfg.AllowListFile = c.String("p2p.allowlist")
			}
			if uri := c.String("validator-signer"); uri != "" {
				key, err := openValidatorSigner(uri)
				if err != nil {
					return err
				}
				cfg.Key = key
			}
			return runUntilSignal(cfg, func(n *Node) {
				if cfg.TestChain {
					head := n.Chain().CurrentBlock()
					fmt.Printf("test chain %v, head %d (%s), read-only; HTTP RPC %s\n", n.Params().ChainID, head.Number, head.Hash().Hex(), n.HTTPEndpoint())
				}
			})
		},
	}
}

// configFromFile builds a node Config from a node config file.
func configFromFile(path, datadir string, withNetwork bool) (Config, error) {
	if path == "" {
		return Config{}, errors.New("--config is required")
	}
	nc, err := genesis.LoadNodeConfig(path)
	if err != nil {
		return Config{}, err
	}
	cfg := Config{DataDir: nc.DataDir, TxPool: nc.TxPool, MetricsAddr: nc.MetricsAddr}
	if datadir != "" {
		cfg.DataDir = datadir
	}
	if cfg.DataDir == "" {
		return Config{}, errors.New("no data directory: set --datadir or DataDir in the config")
	}
	if nc.Genesis != "" {
		if cfg.Genesis, err = genesis.Load(nc.Genesis); err != nil {
			return Config{}, err
		}
	}
	if cfg.Key, err = loadValidatorKey(nc.Validator); err != nil {
		return Config{}, err
	}
	if !withNetwork {
		return cfg, nil
	}
	cfg.HTTPHost, cfg.HTTPPort = nc.RPC.HTTPHost, nc.RPC.HTTPPort
	cfg.WSHost, cfg.WSPort = nc.RPC.WSHost, nc.RPC.WSPort
	cfg.CORS, cfg.VHosts = nc.RPC.CORS, nc.RPC.VHosts
	cfg.HTTPModules, cfg.WSModules, cfg.IPCPath = nc.RPC.HTTPModules, nc.RPC.WSModules, nc.RPC.IPCPath
	cfg.LogRangeLimit, cfg.MaxLogs = nc.RPC.LogRangeLimit, nc.RPC.MaxLogs
	cfg.P2PListenAddr, cfg.MaxPeers = nc.P2P.ListenAddr, nc.P2P.MaxPeers
	cfg.AllowListFile = nc.P2P.AllowList
	if nc.P2P.NodeKeyFile != "" {
		if cfg.NodeKey, err = crypto.LoadECDSA(nc.P2P.NodeKeyFile); err != nil {
			return Config{}, fmt.Errorf("loading node key: %w", err)
		}
	}
	if nc.P2P.StaticNodes != "" {
		if cfg.StaticNodes, err = loadStaticNodes(nc.P2P.StaticNodes, cfg.NodeKey); err != nil {
			return Config{}, err
		}
	}
	return cfg, nil
}

// ErrHardwareWalletValidator refuses a hardware wallet as validator key.
var ErrHardwareWalletValidator = errors.New("a hardware wallet cannot sign raw consensus digests: use a keystore: or pkcs11: signer for the validator key")

// openValidatorSigner opens a validator key from a signer URI (DESIGN.md
// §7): keystore: or pkcs11:, so seals and messages can be signed in an HSM.
func openValidatorSigner(uri string) (qbft.ValidatorKey, error) {
	if wallethw.IsHardwareURI(uri) {
		return nil, fmt.Errorf("%w (%s)", ErrHardwareWalletValidator, uri)
	}
	opts := wallethw.Options{AllowHashSigning: true, Modules: wallethw.NewModules()}
	if isatty.IsTerminal(os.Stdin.Fd()) {
		opts.Prompt = promptSecret
	}
	s, err := wallethw.Open(context.Background(), uri, opts)
	if err != nil {
		return nil, fmt.Errorf("opening validator signer: %w", err)
	}
	return wallethw.ValidatorKey(s), nil
}

// promptSecret asks for a PIN or password on the terminal.
func promptSecret(what string) (string, error) {
	fmt.Fprintf(os.Stderr, "%s: ", what)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("reading %s: %w", what, err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// loadValidatorKey opens the validator key named in the config; nil for a
// node without one.
func loadValidatorKey(v genesis.ValidatorConfig) (qbft.ValidatorKey, error) {
	if v.Signer != "" {
		return openValidatorSigner(v.Signer)
	}
	key, err := genesis.LoadValidatorKey(v)
	if errors.Is(err, genesis.ErrNoValidatorKey) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return qbft.KeyFromECDSA(key), nil
}

// loadStaticNodes reads static-nodes.json, leaving out this node itself.
func loadStaticNodes(path string, self *ecdsa.PrivateKey) ([]*enode.Node, error) {
	all, err := genesis.ReadStaticNodes(path)
	if err != nil {
		return nil, err
	}
	var nodes []*enode.Node
	for _, nd := range all {
		if self == nil || nd.ID() != enode.PubkeyToIDV4(&self.PublicKey) {
			nodes = append(nodes, nd)
		}
	}
	return nodes, nil
}

// runUntilSignal runs a node until SIGINT or SIGTERM, then shuts it down
// cleanly. ready, if set, is called once RPC is being served.
func runUntilSignal(cfg Config, ready func(*Node)) error {
	// Catch signals before anything starts, so one that arrives during
	// start-up still shuts the node down cleanly.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)

	n, err := New(cfg)
	if err != nil {
		return err
	}
	if err := n.Run(); err != nil {
		n.Close()
		return err
	}
	head := n.Chain().CurrentBlock()
	log.Info("Node started", "chain", n.Params().ChainID, "head", head.Number, "hash", head.Hash(),
		"http", n.HTTPEndpoint(), "ws", n.WSEndpoint())
	if ready != nil {
		ready(n)
	}
	sig := <-sigs
	log.Info("Shutting down", "signal", sig)
	go func() {
		<-sigs
		log.Warn("Second signal: exiting immediately")
		os.Exit(1)
	}()
	return n.Close()
}

func devCommand() *cli.Command {
	return &cli.Command{
		Name:  "dev",
		Usage: "Run a single-validator development chain (chain id 1337, prefunded accounts)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "datadir", Value: DefaultDevDataDir, Usage: "data directory, reused across runs"},
			&cli.StringFlag{Name: "http.addr", Value: "127.0.0.1", Usage: "HTTP RPC listen address"},
			&cli.IntFlag{Name: "http.port", Value: 8545, Usage: "HTTP RPC port"},
			&cli.StringFlag{Name: "ws.addr", Value: "127.0.0.1", Usage: "WebSocket RPC listen address"},
			&cli.IntFlag{Name: "ws.port", Value: 8546, Usage: "WebSocket RPC port"},
			&cli.StringFlag{Name: "fees", Value: genesis.FeesFree, Usage: "fee profile of a new chain: free or market"},
			&cli.Uint64Flag{Name: "period", Value: 1, Usage: "block period in seconds"},
			&cli.IntFlag{Name: "accounts", Value: genesis.DefaultDevAccounts, Usage: "prefunded dev accounts"},
			httpAPIFlag(), wsAPIFlag(), ipcFlag(),
		},
		Action: runDev,
	}
}

func runDev(c *cli.Context) error {
	dir := c.String("datadir")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating data directory: %w", err)
	}
	key, err := devValidatorKey(filepath.Join(dir, "validator.key"))
	if err != nil {
		return err
	}
	gen, err := genesis.Dev(genesis.DevOptions{
		Validator:          crypto.PubkeyToAddress(key.PublicKey),
		FeeProfile:         c.String("fees"),
		BlockPeriodSeconds: c.Uint64("period"),
		Accounts:           c.Int("accounts"),
	})
	if err != nil {
		return err
	}
	accounts, err := genesis.DevAccounts(c.Int("accounts"))
	if err != nil {
		return err
	}
	cfg := Config{
		DataDir:  dir,
		Genesis:  gen,
		Key:      qbft.KeyFromECDSA(key),
		HTTPHost: c.String("http.addr"),
		HTTPPort: c.Int("http.port"),
		WSHost:   c.String("ws.addr"),
		WSPort:   c.Int("ws.port"),
		CORS:     []string{"*"},
		VHosts:   []string{"*"},
	}
	for _, a := range accounts {
		cfg.UnlockedKeys = append(cfg.UnlockedKeys, a.Key)
	}
	applyRPCFlags(c, &cfg)
	err = runUntilSignal(cfg, func(n *Node) {
		printDevBanner(os.Stdout, n, accounts)
	})
	if errors.Is(err, ErrGenesisMismatch) {
		return fmt.Errorf("%w\n%s holds a dev chain created with other settings (--fees, --period or --accounts): "+
			"start it with the settings it was created with, or use another --datadir (or delete it) for a new chain", err, dir)
	}
	return err
}

// devValidatorKey loads the dev chain's validator key, creating it on first
// run. It is not one of the dev accounts: validator keys sign only consensus
// messages.
func devValidatorKey(path string) (*ecdsa.PrivateKey, error) {
	if key, err := crypto.LoadECDSA(path); err == nil {
		return key, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("loading dev validator key: %w", err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if err := crypto.SaveECDSA(path, key); err != nil {
		return nil, fmt.Errorf("saving dev validator key: %w", err)
	}
	return key, nil
}

func printDevBanner(w io.Writer, n *Node, accounts []genesis.DevAccount) {
	p := n.Params()
	fmt.Fprintf(w, "\nXiangchain dev chain — chain id %v, fee profile %s, block period %ds\n", p.ChainID, p.FeeProfile, p.QBFT.BlockPeriodSeconds)
	fmt.Fprintf(w, "HTTP RPC  %s\nWS RPC    %s\n\n", n.HTTPEndpoint(), n.WSEndpoint())
	fmt.Fprintf(w, "Dev accounts (mnemonic %q), 10000 ETH each — public test keys, never use them on a real network:\n\n", genesis.DevMnemonic)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tADDRESS\tPRIVATE KEY")
	for i, a := range accounts {
		fmt.Fprintf(tw, "%d\t%s\t0x%s\n", i, a.Address.Hex(), hex.EncodeToString(crypto.FromECDSA(a.Key)))
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "Export blocks to an RLP file (as geth export), with the last block's certificate beside it",
		ArgsUsage: "FILE [FIRST [LAST]]",
		Flags:     []cli.Flag{datadirFlag()},
		Action: func(c *cli.Context) error {
			if c.String("datadir") == "" || c.NArg() < 1 {
				return errors.New("usage: xiang export --datadir DIR FILE [FIRST [LAST]]")
			}
			n, err := New(Config{DataDir: c.String("datadir")})
			if err != nil {
				return err
			}
			defer n.Close()
			first, last := uint64(0), n.Chain().CurrentBlock().Number.Uint64()
			if c.NArg() >= 2 {
				if _, err := fmt.Sscan(c.Args().Get(1), &first); err != nil {
					return fmt.Errorf("bad FIRST: %w", err)
				}
			}
			if c.NArg() >= 3 {
				if _, err := fmt.Sscan(c.Args().Get(2), &last); err != nil {
					return fmt.Errorf("bad LAST: %w", err)
				}
			}
			return n.ExportBlocks(c.Args().Get(0), first, last, terminalOrNil(os.Stderr))
		},
	}
}

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "Import blocks from an RLP file written by `xiang export` (or geth export)",
		ArgsUsage: "FILE",
		Flags: []cli.Flag{datadirFlag(), configFlag(), testChainFlag(),
			&cli.StringFlag{Name: "genesis", Usage: "genesis.json to initialise an empty data directory (go-ethereum's format with --test-chain)"}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return errors.New("usage: xiang import --datadir DIR [--genesis FILE | --config FILE] [--test-chain] FILE")
			}
			var cfg Config
			if c.Bool("test-chain") {
				if c.String("datadir") == "" {
					return errors.New("--datadir is required")
				}
				cfg = Config{DataDir: c.String("datadir"), TestChain: true}
				if g := c.String("genesis"); g != "" {
					gen, err := LoadTestGenesis(g)
					if err != nil {
						return err
					}
					cfg.TestGenesis = gen
				}
			} else if c.String("config") != "" {
				var err error
				if cfg, err = configFromFile(c.String("config"), c.String("datadir"), false); err != nil {
					return err
				}
				cfg.Key = nil
			} else {
				if c.String("datadir") == "" {
					return errors.New("--datadir is required")
				}
				cfg.DataDir = c.String("datadir")
				if g := c.String("genesis"); g != "" {
					spec, err := genesis.Load(g)
					if err != nil {
						return err
					}
					cfg.Genesis = spec
				}
			}
			n, err := New(cfg)
			if err != nil {
				return err
			}
			defer n.Close()
			imported, err := n.ImportBlocks(c.Args().Get(0), terminalOrNil(os.Stderr))
			head := n.Chain().CurrentBlock()
			fmt.Printf("imported %d blocks, head %d (%s)\n", imported, head.Number, head.Hash().Hex())
			return err
		},
	}
}

// terminalOrNil returns f if it is a terminal (progress bars are drawn
// there), else nil.
func terminalOrNil(f *os.File) io.Writer {
	if isatty.IsTerminal(f.Fd()) {
		return f
	}
	return nil
}
