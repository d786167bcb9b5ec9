package genesis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// ConsensusQBFT is the only consensus `genesis new` supports so far.
const ConsensusQBFT = "qbft"

// ErrUnsupportedConsensus is returned for a --consensus other than qbft.
var ErrUnsupportedConsensus = errors.New("genesis: unsupported consensus (only \"qbft\" is supported; clique is planned)")

// Command returns the `genesis` command: `genesis new` creates a network
// directory, `genesis inspect` decodes QBFT extraData.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "genesis",
		Usage: "Create a network or inspect genesis and block extraData",
		Subcommands: []*cli.Command{
			newCommand(),
			inspectCommand(),
		},
	}
}

func newCommand() *cli.Command {
	return &cli.Command{
		Name:  "new",
		Usage: "Create a network directory: genesis.json, static-nodes.json and one node<i>/ per validator",
		Description: `Writes genesis.json, static-nodes.json and node<i>/{config.toml, nodekey, validator key}
for N validators into --out. Node i listens for devp2p on --base-port+i and serves JSON-RPC over
HTTP on --http-port+i and WebSocket on --ws-port+i, all on --host. See docs/genesis.md.`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "validators", Usage: "number of validator nodes", Required: true},
			&cli.IntFlag{Name: "rpc-nodes", Usage: "number of non-validating nodes (node<validators>…) to serve applications' JSON-RPC"},
			&cli.StringFlag{Name: "consensus", Usage: "consensus engine (only qbft for now)", Value: ConsensusQBFT},
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain id (also the network id)", Required: true},
			&cli.StringFlag{Name: "out", Usage: "output directory", Required: true},
			&cli.StringFlag{Name: "fees", Usage: "fee profile: free (base fee 0) or market (EIP-1559)", Value: FeesFree},
			&cli.StringSliceFlag{Name: "alloc", Usage: "prefunded accounts: ADDRESS=AMOUNT (wei; suffix gwei or ether allowed), comma-separated or repeated, or @FILE with a genesis alloc JSON"},
			&cli.Uint64Flag{Name: "period", Usage: "QBFT block period in seconds", Value: qbft.DefaultBlockPeriodSeconds},
			&cli.Uint64Flag{Name: "epoch", Usage: "QBFT epoch length in blocks (votes reset at epoch blocks)", Value: qbft.DefaultEpochLength},
			&cli.Uint64Flag{Name: "request-timeout", Usage: "QBFT round-0 request timeout in seconds", Value: qbft.DefaultRequestTimeoutSeconds},
			&cli.Uint64Flag{Name: "gas-limit", Usage: "block gas limit", Value: DefaultGasLimit},
			&cli.BoolFlag{Name: "nodekeys", Usage: "write validator keys as raw hex validator.key instead of an encrypted keystore + password.txt"},
			&cli.BoolFlag{Name: "light-kdf", Usage: "encrypt keystores with light scrypt parameters (fast, weaker: tests and throwaway networks only)"},
			&cli.StringFlag{Name: "host", Usage: "IP address the nodes listen on and are dialled at", Value: DefaultHost},
			&cli.IntFlag{Name: "base-port", Usage: "devp2p port of node0; node i uses base-port+i", Value: DefaultP2PPort},
			&cli.IntFlag{Name: "http-port", Usage: "HTTP JSON-RPC port of node0; node i uses http-port+i", Value: DefaultHTTPPort},
			&cli.IntFlag{Name: "ws-port", Usage: "WebSocket JSON-RPC port of node0; node i uses ws-port+i", Value: DefaultWSPort},
			&cli.BoolFlag{Name: "force", Usage: "replace --out if it exists (only an empty or generated network directory)"},
			&cli.BoolFlag{Name: "permissioned", Usage: "give every node an allowlist of the network's nodes (node<i>/permissioned-nodes.json): other nodes are refused until added with perm_addNodesToAllowlist"},
			&cli.StringSliceFlag{Name: "validator-signer", Usage: "ADDRESS=URI: validator i (in the order given) keeps its key in a keystore: or pkcs11: signer; no key is generated for it (repeatable)"},
		},
		Action: runNew,
	}
}

func runNew(c *cli.Context) error {
	if cons := c.String("consensus"); cons != ConsensusQBFT {
		return fmt.Errorf("%w: %q", ErrUnsupportedConsensus, cons)
	}
	alloc, err := ParseAlloc(c.StringSlice("alloc"))
	if err != nil {
		return err
	}
	var external []ExternalValidator
	for _, s := range c.StringSlice("validator-signer") {
		ext, err := ParseExternalValidator(s)
		if err != nil {
			return err
		}
		external = append(external, ext)
	}
	network, err := WriteNetwork(c.String("out"), NetworkOptions{
		ChainID:    c.Uint64("chain-id"),
		Validators: c.Int("validators"),
		RPCNodes:   c.Int("rpc-nodes"),
		QBFT: qbft.Config{
			BlockPeriodSeconds:    c.Uint64("period"),
			EpochLength:           c.Uint64("epoch"),
			RequestTimeoutSeconds: c.Uint64("request-timeout"),
		},
		FeeProfile:   c.String("fees"),
		Alloc:        alloc,
		GasLimit:     c.Uint64("gas-limit"),
		Host:         c.String("host"),
		P2PPort:      c.Int("base-port"),
		HTTPPort:     c.Int("http-port"),
		WSPort:       c.Int("ws-port"),
		RawKeys:      c.Bool("nodekeys"),
		LightKDF:     c.Bool("light-kdf"),
		Force:        c.Bool("force"),
		External:     external,
		Permissioned: c.Bool("permissioned"),
	})
	if err != nil {
		return err
	}
	printNetwork(c.App.Writer, network)
	return nil
}

// printNetwork writes the summary table of a generated network.
func printNetwork(w io.Writer, n *Network) {
	hash := n.Genesis.Core.ToBlock().Hash()
	fmt.Fprintf(w, "Network written to %s\n", n.Dir)
	fmt.Fprintf(w, "chain id %v, fee profile %s, genesis hash %s\n\n", n.Genesis.Core.Config.ChainID, n.Genesis.Xiang.FeeProfile, hash.Hex())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NODE\tVALIDATOR\tP2P\tHTTP\tWS\tENODE")
	for _, node := range n.Nodes {
		validator := "- (RPC node)"
		if node.IsValidator() {
			validator = node.Validator.Hex()
		}
		fmt.Fprintf(tw, "node%d\t%s\t%s\t%d\t%d\t%s\n", node.Index, validator, node.ListenAddr, node.HTTPPort, node.WSPort, node.Enode.URLv4())
	}
	tw.Flush()
}

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "Decode the QBFT extraData of a genesis.json, a hex string or an RLP block file",
		ArgsUsage: "FILE|0xHEX",
		Description: `FILE is a genesis.json, a file holding hex extraData, or a file of RLP-encoded blocks
(as 'xiang export' writes them, optionally gzipped); a 0x-prefixed argument that is not a file is
decoded as extraData. Commit seal signers are recovered when the chain id is known (from a genesis
or --chain-id/--genesis); for raw extraData also pass --parent-hash. Flags go before FILE.`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "json", Usage: "print machine-readable JSON"},
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain id for recovering seal signers"},
			&cli.StringFlag{Name: "genesis", Usage: "genesis.json of the blocks' chain (chain id and V(1))"},
			&cli.StringFlag{Name: "parent-hash", Usage: "hash of the block a raw extraData's parentCommit certifies"},
		},
		Action: runInspect,
	}
}

func runInspect(c *cli.Context) error {
	if c.NArg() != 1 {
		return errors.New("genesis inspect: want exactly one FILE or 0xHEX argument (flags go before it)")
	}
	kind, data, err := readInspectInput(c.Args().First())
	if err != nil {
		return err
	}
	chainID, genesisHeader, err := inspectChain(c)
	if err != nil {
		return err
	}
	var rep inspectReport
	switch kind {
	case inputGenesis:
		g, err := decodeGenesisJSON(data)
		if err != nil {
			return err
		}
		if chainID != nil && chainID.Cmp(g.Core.Config.ChainID) != 0 {
			return fmt.Errorf("genesis inspect: --chain-id %v differs from the genesis chain id %v", chainID, g.Core.Config.ChainID)
		}
		rep = inspectGenesis(g)
	case inputHex:
		var parent *common.Hash
		if s := c.String("parent-hash"); s != "" {
			b, err := decodeHex(s)
			if err != nil || len(b) != common.HashLength {
				return fmt.Errorf("genesis inspect: --parent-hash %q is not a 32-byte hex hash", s)
			}
			h := common.BytesToHash(b)
			parent = &h
		}
		rep = inspectRawExtra(data, chainID, parent)
	default:
		if rep, err = inspectBlocks(bytes.NewReader(data), chainID, genesisHeader); err != nil {
			return fmt.Errorf("genesis inspect: %w", err)
		}
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printReport(c.App.Writer, rep)
	return nil
}

// inspectChain reads --chain-id and --genesis. The genesis header is
// returned so that block 2's seals can be checked against V(1).
func inspectChain(c *cli.Context) (*big.Int, *types.Header, error) {
	var chainID *big.Int
	if c.IsSet("chain-id") {
		chainID = new(big.Int).SetUint64(c.Uint64("chain-id"))
	}
	path := c.String("genesis")
	if path == "" {
		return chainID, nil, nil
	}
	g, err := Load(path)
	if err != nil {
		return nil, nil, err
	}
	gid := g.Core.Config.ChainID
	if chainID != nil && chainID.Cmp(gid) != 0 {
		return nil, nil, fmt.Errorf("genesis inspect: --chain-id %v differs from the chain id %v of %s", chainID, gid, path)
	}
	return gid, g.Core.ToBlock().Header(), nil
}
