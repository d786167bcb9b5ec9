package wallethw

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"golang.org/x/term"
)

// Defaults of `xiang wallet clef`.
const (
	defaultClefHTTPAddr = "127.0.0.1"
	defaultClefHTTPPort = 8550
	defaultClefAuditLog = "audit.log"
	clefIPCName         = "clef.ipc"
	validatorRPCTimeout = 10 * time.Second
	// cliqueSealLength and cliqueVanityLength frame EIP-225 checkpoint extraData.
	cliqueVanityLength = 32
	cliqueSealLength   = 65
)

// clefCommand returns `xiang wallet clef`: a Clef-compatible external
// signer (`geth --signer`) over IPC, and over HTTP when asked.
func clefCommand() *cli.Command {
	return &cli.Command{
		Name:  "clef",
		Usage: "Serve signers through Clef's external API (account_*) for geth --signer and Clef-aware tools",
		Description: `Serves the account_ JSON-RPC namespace of Clef (external API ` + ClefAPIVersion + `) for the given signers,
over a Unix socket, and over HTTP only with --http. Every request is approved or denied before any
key is used: first by the --rules file (first matching rule wins), then, with --interactive on a
terminal, by asking; otherwise it is denied. Each request is appended to the audit log and synced
before it is answered.

Validator keys are refused: give the validator set with --validators, --genesis or --rpc, and the
command will not start if a signer holds one of them. application/clique and text/validator data
are always refused.`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "signer", Usage: "signer URI to serve (repeatable)", Required: true},
			&cli.Uint64Flag{Name: "chainid", Usage: "chain id transactions are signed for", Required: true},
			&cli.StringFlag{Name: "rules", Usage: "JSON approval rules file (see testdata/clef/rules.example.json)"},
			&cli.BoolFlag{Name: "interactive", Usage: "ask on the terminal when no rule matches"},
			&cli.StringFlag{Name: "auditlog", Usage: `audit log file (JSON lines); "-" disables auditing`, Value: defaultClefAuditLog},
			&cli.StringFlag{Name: "datadir", Usage: "directory of the IPC socket", Value: defaultClefDatadir()},
			&cli.StringFlag{Name: "ipcpath", Usage: "IPC socket path (default: " + clefIPCName + " in --datadir)"},
			&cli.BoolFlag{Name: "http", Usage: "also serve over HTTP (no WebSocket)"},
			&cli.StringFlag{Name: "http.addr", Usage: "HTTP listening address", Value: defaultClefHTTPAddr},
			&cli.IntFlag{Name: "http.port", Usage: "HTTP listening port (0 picks a free one)", Value: defaultClefHTTPPort},
			&cli.StringSliceFlag{Name: "http.vhosts", Usage: "host names accepted in the HTTP Host header (* for any)", Value: cli.NewStringSlice("localhost")},
			&cli.StringSliceFlag{Name: "validators", Usage: "validator addresses that must never be served (comma-separated or repeated)"},
			&cli.StringFlag{Name: "genesis", Usage: "genesis.json whose validators must never be served"},
			&cli.StringFlag{Name: "rpc", Usage: "node endpoint asked for the current validators (qbft_getValidatorsByBlockNumber)"},
			pinEnvFlag(), passwordEnvFlag(),
		},
		Action: runClef,
	}
}

// defaultClefDatadir is ~/.xiang/clef, or a relative path if there is no home.
func defaultClefDatadir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".xiang", "clef")
	}
	return filepath.Join(".xiang", "clef")
}

func runClef(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	errw := c.App.ErrWriter

	chainID := new(big.Int).SetUint64(c.Uint64("chainid"))
	if chainID.Sign() == 0 {
		return fmt.Errorf("%w: --chainid must be positive", ErrBadFlag)
	}
	validators, err := collectValidators(ctx, c)
	if err != nil {
		return err
	}
	if len(validators) == 0 {
		fmt.Fprintln(errw, "WARNING: no --validators, --genesis or --rpc given: cannot check that no signer is a validator key")
	}
	var rules *Rules
	if path := c.String("rules"); path != "" {
		if rules, err = LoadRules(path); err != nil {
			return err
		}
	}
	var prompt Approver
	if c.Bool("interactive") {
		if f, ok := c.App.Reader.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			prompt = NewPromptApprover(f, errw)
		} else {
			fmt.Fprintln(errw, "WARNING: --interactive, but stdin is not a terminal: requests no rule approves are denied")
		}
	}

	var audit *AuditLog
	if path := c.String("auditlog"); path != "-" {
		if audit, err = OpenAuditLog(path); err != nil {
			return err
		}
		defer audit.Close()
	}

	mods := NewModules()
	var signers []Signer
	defer func() {
		for _, s := range signers {
			s.Close()
		}
	}()
	for _, uri := range c.StringSlice("signer") {
		s, err := openSigner(c, uri, mods) // never with AllowHashSigning
		if err != nil {
			return err
		}
		signers = append(signers, s)
	}
	srv, err := NewClefServer(ClefConfig{
		Signers: signers, ChainID: chainID, Approver: NewApprover(rules, prompt), Audit: audit, Validators: validators,
	})
	if err != nil {
		return err
	}
	defer srv.Close()

	ipcPath := c.String("ipcpath")
	if ipcPath == "" {
		ipcPath = filepath.Join(c.String("datadir"), clefIPCName)
	}
	if err := srv.ServeIPC(ipcPath); err != nil {
		return err
	}
	endpoints := [][2]string{{"ipc", ipcPath}}
	if c.Bool("http") {
		addr := net.JoinHostPort(c.String("http.addr"), strconv.Itoa(c.Int("http.port")))
		bound, err := srv.ServeHTTP(addr, c.StringSlice("http.vhosts"))
		if err != nil {
			return err
		}
		endpoints = append(endpoints, [2]string{"http", "http://" + bound.String()})
	}

	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ENDPOINT\tADDRESS")
	for _, e := range endpoints {
		fmt.Fprintf(tw, "%s\t%s\n", e[0], e[1])
	}
	fmt.Fprintln(tw, "\nACCOUNT\tSIGNER")
	for i, s := range signers {
		fmt.Fprintf(tw, "%s\t%s\n", s.Address().Hex(), c.StringSlice("signer")[i])
	}
	tw.Flush()
	fmt.Fprintf(errw, "chain id %v, %d approval rules, interactive %v, audit log %q; Ctrl-C to stop\n",
		chainID, rules.Len(), prompt != nil, audit.Path())

	<-ctx.Done()
	fmt.Fprintln(errw, "Shutting down the signer")
	return srv.Close()
}

// collectValidators unions the validator sets named by --validators,
// --genesis and --rpc.
func collectValidators(ctx context.Context, c *cli.Context) ([]common.Address, error) {
	var out []common.Address
	for _, item := range c.StringSlice("validators") {
		for _, a := range strings.Split(item, ",") {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			if !common.IsHexAddress(a) {
				return nil, fmt.Errorf("%w: --validators %q is not an address", ErrBadFlag, a)
			}
			out = append(out, common.HexToAddress(a))
		}
	}
	if path := c.String("genesis"); path != "" {
		vs, err := genesisValidators(path)
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	if url := c.String("rpc"); url != "" {
		vs, err := nodeValidators(ctx, url)
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return out, nil
}

// genesisValidators returns every validator a genesis names: for QBFT, the
// extraData list and every transition's list; for Clique, the EIP-225
// signers in extraData.
func genesisValidators(path string) ([]common.Address, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading genesis: %w", err)
	}
	var g genesis.Genesis
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	switch {
	case g.QBFT != nil:
		if err := g.Validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		extra, err := qbft.DecodeExtra(g.Core.ExtraData)
		if err != nil {
			return nil, fmt.Errorf("%s: extraData: %w", path, err)
		}
		out := append([]common.Address{}, extra.Validators...)
		for _, t := range g.QBFT.Transitions {
			out = append(out, t.Validators...)
		}
		return out, nil
	case g.Core.Config != nil && g.Core.Config.Clique != nil:
		extra := g.Core.ExtraData
		n := len(extra) - cliqueVanityLength - cliqueSealLength
		if n < 0 || n%common.AddressLength != 0 {
			return nil, fmt.Errorf("%s: clique extraData of %d bytes is not vanity + signers + seal", path, len(extra))
		}
		var out []common.Address
		for i := 0; i < n; i += common.AddressLength {
			out = append(out, common.BytesToAddress(extra[cliqueVanityLength+i:cliqueVanityLength+i+common.AddressLength]))
		}
		return out, nil
	}
	return nil, fmt.Errorf("%s: %w", path, errors.New("genesis has neither config.qbft nor config.clique"))
}

// nodeValidators asks a node for its current validator set.
func nodeValidators(ctx context.Context, url string) ([]common.Address, error) {
	ctx, cancel := context.WithTimeout(ctx, validatorRPCTimeout)
	defer cancel()
	client, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", url, err)
	}
	defer client.Close()
	var vs []common.Address
	if err := client.CallContext(ctx, &vs, "qbft_getValidatorsByBlockNumber", "latest"); err != nil {
		return nil, fmt.Errorf("reading validators from %s: %w", url, err)
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("reading validators from %s: the node reported none", url)
	}
	return vs, nil
}
