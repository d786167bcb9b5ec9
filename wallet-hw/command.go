package wallethw

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/miekg/pkcs11"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/internal/eip712"
	"golang.org/x/term"
)

// Errors of the wallet command.
var (
	ErrBadFlag     = errors.New("wallet: invalid flag")
	ErrDeclined    = errors.New("wallet: signing declined")
	ErrTxFailed    = errors.New("wallet: transaction failed (receipt status 0)")
	ErrNoSignerURI = errors.New("wallet: no signer given (--signer URI, or --module LIB to list a PKCS#11 module)")
)

// Transaction type names accepted by --type.
const (
	txTypeLegacy  = "legacy"
	txType2930    = "2930"
	txType1559    = "1559"
	receiptPollMs = 250
)

// The flags every signing subcommand takes. They are built afresh for each
// command: urfave/cli records parse state in flag values.
func signerFlag() cli.Flag {
	return &cli.StringFlag{Name: "signer", Usage: "signer URI: keystore:PATH, pkcs11:module=LIB;token=LABEL;id=HEX, ledger://PATH or trezor://PATH", Required: true}
}

func pinEnvFlag() cli.Flag {
	return &cli.StringFlag{Name: "pin-env", Usage: "environment variable holding the PKCS#11 user PIN", Value: DefaultPINEnv}
}

func passwordEnvFlag() cli.Flag {
	return &cli.StringFlag{Name: "password-env", Usage: "environment variable holding the keystore password", Value: DefaultPasswordEnv}
}

func yesFlag() cli.Flag {
	return &cli.BoolFlag{Name: "yes", Usage: "do not ask for confirmation on a terminal (the summary is still printed)"}
}

// Command returns the `wallet` command: list, devices, address, new-key,
// sign-tx, sign-typed, send and clef, each taking signer URIs (see package
// doc). Secrets
// come from --pin-env / --password-env, or from a no-echo prompt when stdin
// is a terminal. Before anything is signed, the command prints what will be
// signed to stderr, because neither a keystore nor an HSM has a screen of
// its own (a Ledger or Trezor shows it again and is the confirmation);
// machine-readable results go to stdout.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "wallet",
		Usage: "Sign with keystore files, PKCS#11 tokens (HSMs), Ledger and Trezor through signer URIs",
		Description: `Signer URIs:
   keystore:PATH                                   go-ethereum encrypted key file (password: --password-env or prompt)
   pkcs11:module=LIB;token=LABEL;id=HEX[;label=L]  secp256k1 key on a PKCS#11 token (PIN: --pin-env or prompt)
   ledger://PATH[?serial=S]                        Ledger, Ethereum app open; PATH defaults to m/44'/60'/0'/0/0
   trezor://PATH[?serial=S]                        Trezor; PIN on the scrambled keypad, passphrase if enabled

What will be signed is printed to stderr first. An HSM has no screen or button: it signs as
soon as it is asked, so that summary is the only confirmation, and on a terminal the command
asks before signing unless --yes is given. A Ledger or Trezor shows the request on its own
screen and waits for its buttons; messages starting ">>" say what it is waiting for.`,
		Subcommands: []*cli.Command{
			listCommand(),
			devicesCommand(),
			addressCommand(),
			newKeyCommand(),
			signTxCommand(),
			signTypedCommand(),
			signMessageCommand(),
			sendCommand(),
			clefCommand(),
		},
	}
}

func listCommand() *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "List the addresses of signers, or the tokens and secp256k1 keys of a PKCS#11 module",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "signer", Usage: "signer URI (repeatable)"},
			&cli.StringFlag{Name: "module", Usage: "PKCS#11 module (shared library) whose tokens and keys to list; public objects only, no PIN needed"},
			pinEnvFlag(), passwordEnvFlag(),
		},
		Action: func(c *cli.Context) error {
			if mod := c.String("module"); mod != "" {
				return listModule(c.App.Writer, mod)
			}
			uris := c.StringSlice("signer")
			if len(uris) == 0 {
				return ErrNoSignerURI
			}
			mods := NewModules()
			tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ADDRESS\tSIGNER")
			for _, uri := range uris {
				s, err := openSigner(c, uri, mods)
				if err != nil {
					return err
				}
				fmt.Fprintf(tw, "%s\t%s\n", s.Address(), uri)
				if err := s.Close(); err != nil {
					return err
				}
			}
			return tw.Flush()
		},
	}
}

func devicesCommand() *cli.Command {
	return &cli.Command{
		Name:  "devices",
		Usage: "List the Ledger and Trezor devices connected over USB or offered by Trezor Bridge",
		Flags: []cli.Flag{&cli.StringFlag{Name: "bridge", Usage: "Trezor Bridge URL", Value: DefaultTrezorBridge}},
		Action: func(c *cli.Context) error {
			devs, err := ListDevices()
			if err != nil {
				return err
			}
			bridged, version, berr := BridgeTrezors(c.Context, c.String("bridge"))
			if berr != nil && !errors.Is(berr, ErrNoBridge) {
				return berr
			}
			if len(devs) == 0 && bridged == 0 {
				fmt.Fprintln(c.App.Writer, "No Ledger or Trezor is connected. Plug it in, unlock it and (Ledger) open the Ethereum app;\n"+
					"on Linux the udev rules in docs/wallet.md give your user access to the device. A Trezor\n"+
					"Model T, Safe, or One with firmware 1.8 or later is reached through Trezor Bridge (run Trezor Suite).")
				return nil
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "KIND\tPRODUCT\tSERIAL\tURI")
			for _, d := range devs {
				loc, _ := ParseHardwareURI(string(d.Kind) + "://") // the default path always parses
				loc.Serial = d.Serial
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.Kind, d.Product, d.Serial, loc)
			}
			for range bridged {
				loc, _ := ParseHardwareURI("trezor://")
				loc.Bridge = c.String("bridge")
				fmt.Fprintf(tw, "trezor\tvia Trezor Bridge %s\t\t%s\n", version, loc)
			}
			return tw.Flush()
		},
	}
}

func addressCommand() *cli.Command {
	return &cli.Command{
		Name:  "address",
		Usage: "Print the address of a signer",
		Flags: []cli.Flag{signerFlag(), pinEnvFlag(), passwordEnvFlag()},
		Action: func(c *cli.Context) error {
			s, err := openSigner(c, c.String("signer"), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			fmt.Fprintln(c.App.Writer, s.Address().Hex())
			return nil
		},
	}
}

func newKeyCommand() *cli.Command {
	return &cli.Command{
		Name:  "new-key",
		Usage: "Generate a secp256k1 key pair on a PKCS#11 token (the private key never leaves it)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "signer", Usage: "pkcs11:module=LIB;token=LABEL;id=HEX[;label=NAME] of the key to create", Required: true},
			pinEnvFlag(),
		},
		Action: func(c *cli.Context) error {
			uri := c.String("signer")
			if !strings.HasPrefix(uri, "pkcs11:") {
				return fmt.Errorf("%w: new-key generates keys on PKCS#11 tokens only; got %q", ErrInvalidURI, uri)
			}
			s, err := GeneratePKCS11Key(c.Context, uri, secretOptions(c, nil))
			if err != nil {
				return err
			}
			defer s.Close()
			loc, _ := ParsePKCS11URI(uri) // parsed successfully by GeneratePKCS11Key
			fmt.Fprintf(c.App.Writer, "address: %s\nsigner:  %s\n", s.Address().Hex(), pkcs11URI(loc.Module, loc.Token, loc.ID))
			return nil
		},
	}
}

// txFlags are the transaction fields shared by sign-tx and send.
func txFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "to", Usage: "recipient address (omit to create a contract)"},
		&cli.StringFlag{Name: "value", Usage: "amount in wei, 0x-hex or decimal, optional unit suffix gwei or ether (\"2ether\")", Value: "0"},
		&cli.StringFlag{Name: "data", Usage: "call data or init code, hex"},
		&cli.StringFlag{Name: "type", Usage: "transaction type: legacy, 2930 or 1559 (default: 1559 with --max-fee, legacy with --gas-price)"},
		&cli.StringFlag{Name: "gas-price", Usage: "gas price (legacy and 2930), wei with optional unit suffix"},
		&cli.StringFlag{Name: "max-fee", Usage: "max fee per gas (1559), wei with optional unit suffix"},
		&cli.StringFlag{Name: "max-priority-fee", Usage: "max priority fee per gas (1559; default 0), wei with optional unit suffix"},
		signerFlag(), pinEnvFlag(), passwordEnvFlag(), yesFlag(),
	}
}

func signTxCommand() *cli.Command {
	return &cli.Command{
		Name:      "sign-tx",
		Usage:     "Sign a transaction offline and print the raw transaction and its hash",
		ArgsUsage: " ",
		Flags: append(txFlags(),
			&cli.Uint64Flag{Name: "chain-id", Usage: "chain id to sign for", Required: true},
			&cli.Uint64Flag{Name: "nonce", Usage: "account nonce", Required: true},
			&cli.Uint64Flag{Name: "gas", Usage: "gas limit", Required: true},
		),
		Action: func(c *cli.Context) error {
			req, err := parseTxRequest(c)
			if err != nil {
				return err
			}
			req.chainID = new(big.Int).SetUint64(c.Uint64("chain-id"))
			req.nonce, req.gas = c.Uint64("nonce"), c.Uint64("gas")
			if err := req.complete(); err != nil {
				return err
			}
			s, err := openSigner(c, c.String("signer"), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			signed, err := signTx(c, s, req)
			if err != nil {
				return err
			}
			raw, err := signed.MarshalBinary()
			if err != nil {
				return fmt.Errorf("encoding signed transaction: %w", err)
			}
			fmt.Fprintf(c.App.Writer, "raw:  %s\nhash: %s\n", hexutil.Encode(raw), signed.Hash().Hex())
			return nil
		},
	}
}

func signTypedCommand() *cli.Command {
	return &cli.Command{
		Name:      "sign-typed",
		Usage:     "Sign EIP-712 typed data from a JSON file and print the 65-byte signature (v = 27/28)",
		ArgsUsage: "FILE.json",
		Flags:     []cli.Flag{signerFlag(), pinEnvFlag(), passwordEnvFlag(), yesFlag()},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: sign-typed takes exactly one FILE.json argument", ErrBadFlag)
			}
			blob, err := os.ReadFile(c.Args().First())
			if err != nil {
				return fmt.Errorf("reading typed data: %w", err)
			}
			var data apitypes.TypedData
			if err := json.Unmarshal(blob, &data); err != nil {
				return fmt.Errorf("decoding typed data %s: %w", c.Args().First(), err)
			}
			digest, err := eip712.Digest(data)
			if err != nil {
				return err
			}
			s, err := openSigner(c, c.String("signer"), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			w := c.App.ErrWriter
			fmt.Fprintf(w, "About to sign EIP-712 typed data as %s\n", s.Address().Hex())
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			d := data.Domain
			fmt.Fprintf(tw, "  domain name\t%s\n  domain version\t%s\n", d.Name, d.Version)
			if d.ChainId != nil {
				fmt.Fprintf(tw, "  domain chain id\t%s\n", (*big.Int)(d.ChainId))
			}
			if d.VerifyingContract != "" {
				fmt.Fprintf(tw, "  verifying contract\t%s\n", d.VerifyingContract)
			}
			if d.Salt != "" {
				fmt.Fprintf(tw, "  salt\t%s\n", d.Salt)
			}
			fmt.Fprintf(tw, "  primary type\t%s\n  digest\t%s\n", data.PrimaryType, hexutil.Encode(digest))
			tw.Flush()
			if msg, err := json.MarshalIndent(data.Message, "  ", "  "); err == nil {
				fmt.Fprintf(w, "  message\n  %s\n", msg)
			}
			if err := confirm(c, s); err != nil {
				return err
			}
			sig, err := s.SignTypedData(c.Context, data)
			if err != nil {
				return err
			}
			fmt.Fprintln(c.App.Writer, hexutil.Encode(sig))
			return nil
		},
	}
}

func signMessageCommand() *cli.Command {
	return &cli.Command{
		Name:      "sign-message",
		Usage:     "Sign a message as personal_sign does (\"\\x19Ethereum Signed Message:\\n\" prefix) and print the 65-byte signature",
		ArgsUsage: "TEXT|0xHEX",
		Flags: []cli.Flag{signerFlag(), pinEnvFlag(), passwordEnvFlag(), yesFlag(),
			&cli.BoolFlag{Name: "hex", Usage: "the argument is 0x-hex bytes, not text"}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: sign-message takes exactly one message argument", ErrBadFlag)
			}
			msg := []byte(c.Args().First())
			if c.Bool("hex") {
				b, err := hexutil.Decode(c.Args().First())
				if err != nil {
					return fmt.Errorf("%w: --hex message: %v", ErrBadFlag, err)
				}
				msg = b
			}
			s, err := openSigner(c, c.String("signer"), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			w := c.App.ErrWriter
			fmt.Fprintf(w, "About to sign a %d-byte message as %s\n", len(msg), s.Address().Hex())
			if utf8.Valid(msg) && !c.Bool("hex") {
				fmt.Fprintf(w, "  text\t%q\n", msg)
			} else {
				fmt.Fprintf(w, "  bytes\t%s\n", hexutil.Encode(msg))
			}
			fmt.Fprintf(w, "  digest\t%s\n", hexutil.Encode(accounts.TextHash(msg)))
			if err := confirm(c, s); err != nil {
				return err
			}
			sig, err := s.SignPersonal(c.Context, msg)
			if err != nil {
				return err
			}
			fmt.Fprintln(c.App.Writer, hexutil.Encode(sig))
			return nil
		},
	}
}

func sendCommand() *cli.Command {
	return &cli.Command{
		Name:  "send",
		Usage: "Fill nonce, gas and fees from a node, sign, send, wait for the receipt and print it",
		Flags: append(txFlags(),
			&cli.StringFlag{Name: "rpc", Usage: "node endpoint: http(s)://, ws(s):// URL or IPC path", Required: true},
			&cli.Uint64Flag{Name: "chain-id", Usage: "expected chain id (default: the node's)"},
			&cli.Uint64Flag{Name: "nonce", Usage: "account nonce (default: the node's pending nonce)"},
			&cli.Uint64Flag{Name: "gas", Usage: "gas limit (default: the node's estimate)"},
			&cli.DurationFlag{Name: "timeout", Usage: "how long to wait for the receipt", Value: 2 * time.Minute},
		),
		Action: func(c *cli.Context) error {
			req, err := parseTxRequest(c)
			if err != nil {
				return err
			}
			client, err := ethclient.DialContext(c.Context, c.String("rpc"))
			if err != nil {
				return fmt.Errorf("connecting to %s: %w", c.String("rpc"), err)
			}
			defer client.Close()
			s, err := openSigner(c, c.String("signer"), nil)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := fillFromNode(c, client, s.Address(), &req); err != nil {
				return err
			}
			signed, err := signTx(c, s, req)
			if err != nil {
				return err
			}
			if err := client.SendTransaction(c.Context, signed); err != nil {
				return fmt.Errorf("sending transaction: %w", err)
			}
			fmt.Fprintf(c.App.ErrWriter, "Sent %s, waiting for the receipt…\n", signed.Hash().Hex())
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
			defer cancel()
			receipt, err := waitReceipt(ctx, client, signed.Hash())
			if err != nil {
				return err
			}
			printReceipt(c.App.Writer, receipt)
			if receipt.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("%w: %s", ErrTxFailed, signed.Hash().Hex())
			}
			return nil
		},
	}
}

// secretOptions returns Options reading secrets from the flags' environment
// variables and, when stdin is a terminal, from a no-echo prompt.
func secretOptions(c *cli.Context, mods *Modules) Options {
	opts := Options{PINEnv: c.String("pin-env"), PasswordEnv: c.String("password-env"), Modules: mods}
	opts.Notify = func(msg string) { fmt.Fprintf(c.App.ErrWriter, ">> %s\n", msg) }
	if f, ok := c.App.Reader.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fd := int(f.Fd())
		w := c.App.ErrWriter
		opts.Prompt = func(what string) (string, error) {
			fmt.Fprintf(w, "Enter %s (not echoed): ", what)
			b, err := term.ReadPassword(fd)
			fmt.Fprintln(w)
			return string(b), err
		}
	}
	return opts
}

// openSigner opens uri with the command's secret sources.
func openSigner(c *cli.Context, uri string, mods *Modules) (Signer, error) {
	s, err := Open(c.Context, uri, secretOptions(c, mods))
	if errors.Is(err, ErrNoSecret) {
		return nil, fmt.Errorf("opening signer %s (stdin is not a terminal, so no prompt): %w", uri, err)
	}
	if err != nil {
		return nil, fmt.Errorf("opening signer %s: %w", uri, err)
	}
	return s, nil
}

// explainDevice says what, if anything, confirms the signature besides the
// summary on screen.
func explainDevice(c *cli.Context) string {
	uri := c.String("signer")
	switch {
	case strings.HasPrefix(uri, "pkcs11:"):
		loc, err := ParsePKCS11URI(uri)
		if err != nil {
			return ""
		}
		return fmt.Sprintf("PKCS#11 token %q, key id %x: an HSM has no screen or button and signs as soon as it is asked;\n"+
			"this summary is the only confirmation. Check it before going on.", loc.Token, loc.ID)
	case strings.HasPrefix(uri, "keystore:"):
		return fmt.Sprintf("Keystore file %s: the key is decrypted in this process; no device will ask you to confirm.",
			strings.TrimPrefix(uri, "keystore:"))
	case strings.HasPrefix(uri, "ledger:"):
		return "Ledger: the device shows what it signs. Compare its screen with this summary, then approve with both\n" +
			"buttons (or reject). Calldata needs \"Blind signing\" enabled in the Ethereum app's settings."
	case strings.HasPrefix(uri, "trezor:"):
		return "Trezor: the device shows what it signs. Compare its screen with this summary, then confirm on the\n" +
			"device (or cancel). A PIN asked for here is entered as positions on the device's scrambled keypad."
	}
	return ""
}

// isHardware reports whether the command's signer is a hardware wallet,
// whose own screen and buttons confirm every signature.
func isHardware(c *cli.Context) bool {
	return IsHardwareURI(c.String("signer"))
}

// confirm prints the device explanation and, on a terminal without --yes,
// asks before signing.
func confirm(c *cli.Context, s Signer) error {
	if note := explainDevice(c); note != "" {
		fmt.Fprintln(c.App.ErrWriter, note)
	}
	f, ok := c.App.Reader.(*os.File)
	if c.Bool("yes") || isHardware(c) || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	fmt.Fprint(c.App.ErrWriter, "Sign? [y/N] ")
	var answer string
	fmt.Fscanln(f, &answer)
	if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
		return ErrDeclined
	}
	return nil
}

// txRequest is a transaction being assembled from flags and, for send,
// from the node.
type txRequest struct {
	typ              string
	chainID          *big.Int
	nonce, gas       uint64
	to               *common.Address
	value            *big.Int
	data             []byte
	gasPrice, maxFee *big.Int // nil when not given
	maxTip           *big.Int
}

// parseTxRequest reads the fields txFlags defines.
func parseTxRequest(c *cli.Context) (txRequest, error) {
	var req txRequest
	var err error
	if to := c.String("to"); to != "" {
		if !common.IsHexAddress(to) {
			return req, fmt.Errorf("%w: --to %q is not an address", ErrBadFlag, to)
		}
		addr := common.HexToAddress(to)
		req.to = &addr
	}
	if req.value, err = parseAmount("value", c.String("value")); err != nil {
		return req, err
	}
	if d := c.String("data"); d != "" {
		if req.data, err = hex.DecodeString(strings.TrimPrefix(d, "0x")); err != nil {
			return req, fmt.Errorf("%w: --data is not hex: %v", ErrBadFlag, err)
		}
	}
	for _, f := range []struct {
		name string
		dst  **big.Int
	}{{"gas-price", &req.gasPrice}, {"max-fee", &req.maxFee}, {"max-priority-fee", &req.maxTip}} {
		if v := c.String(f.name); v != "" {
			if *f.dst, err = parseAmount(f.name, v); err != nil {
				return req, err
			}
		}
	}
	req.typ = c.String("type")
	switch req.typ {
	case "":
	case txTypeLegacy, txType2930:
		if req.maxFee != nil || req.maxTip != nil {
			return req, fmt.Errorf("%w: --type %s takes --gas-price, not --max-fee/--max-priority-fee", ErrBadFlag, req.typ)
		}
	case txType1559:
		if req.gasPrice != nil {
			return req, fmt.Errorf("%w: --type 1559 takes --max-fee/--max-priority-fee, not --gas-price", ErrBadFlag)
		}
	default:
		return req, fmt.Errorf("%w: --type %q (want legacy, 2930 or 1559)", ErrBadFlag, req.typ)
	}
	if req.gasPrice != nil && (req.maxFee != nil || req.maxTip != nil) {
		return req, fmt.Errorf("%w: --gas-price and --max-fee/--max-priority-fee exclude each other", ErrBadFlag)
	}
	return req, nil
}

// complete infers the type from the fees given and checks that the fees
// the type needs are there.
func (r *txRequest) complete() error {
	if r.typ == "" {
		switch {
		case r.maxFee != nil || r.maxTip != nil:
			r.typ = txType1559
		case r.gasPrice != nil:
			r.typ = txTypeLegacy
		default:
			return fmt.Errorf("%w: give --gas-price (legacy, 2930) or --max-fee (1559)", ErrBadFlag)
		}
	}
	switch r.typ {
	case txTypeLegacy, txType2930:
		if r.gasPrice == nil {
			return fmt.Errorf("%w: --type %s needs --gas-price", ErrBadFlag, r.typ)
		}
	case txType1559:
		if r.maxFee == nil {
			return fmt.Errorf("%w: --type 1559 needs --max-fee", ErrBadFlag)
		}
		if r.maxTip == nil {
			r.maxTip = new(big.Int)
		}
		if r.maxTip.Cmp(r.maxFee) > 0 {
			return fmt.Errorf("%w: --max-priority-fee %v exceeds --max-fee %v", ErrBadFlag, r.maxTip, r.maxFee)
		}
	}
	return nil
}

// tx builds the unsigned transaction; complete must have succeeded.
func (r *txRequest) tx() *types.Transaction {
	switch r.typ {
	case txType2930:
		return types.NewTx(&types.AccessListTx{ChainID: r.chainID, Nonce: r.nonce, GasPrice: r.gasPrice, Gas: r.gas, To: r.to, Value: r.value, Data: r.data})
	case txType1559:
		return types.NewTx(&types.DynamicFeeTx{ChainID: r.chainID, Nonce: r.nonce, GasTipCap: r.maxTip, GasFeeCap: r.maxFee, Gas: r.gas, To: r.to, Value: r.value, Data: r.data})
	default:
		return types.NewTx(&types.LegacyTx{Nonce: r.nonce, GasPrice: r.gasPrice, Gas: r.gas, To: r.to, Value: r.value, Data: r.data})
	}
}

// fillFromNode completes req with the node's chain id, pending nonce, fee
// suggestions and gas estimate, keeping what the flags gave.
func fillFromNode(c *cli.Context, client *ethclient.Client, from common.Address, req *txRequest) error {
	ctx := c.Context
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading chain id: %w", err)
	}
	if c.IsSet("chain-id") && chainID.Uint64() != c.Uint64("chain-id") {
		return fmt.Errorf("%w: node serves chain %v, --chain-id is %d", ErrChainIDMismatch, chainID, c.Uint64("chain-id"))
	}
	req.chainID = chainID
	if c.IsSet("nonce") {
		req.nonce = c.Uint64("nonce")
	} else if req.nonce, err = client.PendingNonceAt(ctx, from); err != nil {
		return fmt.Errorf("reading pending nonce of %s: %w", from, err)
	}
	if req.gasPrice == nil && req.maxFee == nil {
		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("reading head block: %w", err)
		}
		if head.BaseFee != nil && req.typ != txTypeLegacy && req.typ != txType2930 {
			if req.maxTip == nil {
				if req.maxTip, err = client.SuggestGasTipCap(ctx); err != nil {
					return fmt.Errorf("reading suggested priority fee: %w", err)
				}
			}
			req.maxFee = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), req.maxTip)
		} else if req.gasPrice, err = client.SuggestGasPrice(ctx); err != nil {
			return fmt.Errorf("reading suggested gas price: %w", err)
		}
	}
	if err := req.complete(); err != nil {
		return err
	}
	if c.IsSet("gas") {
		req.gas = c.Uint64("gas")
		return nil
	}
	msg := ethereum.CallMsg{From: from, To: req.to, Value: req.value, Data: req.data}
	if req.typ == txType1559 {
		msg.GasFeeCap, msg.GasTipCap = req.maxFee, req.maxTip
	} else {
		msg.GasPrice = req.gasPrice
	}
	if req.gas, err = client.EstimateGas(ctx, msg); err != nil {
		return fmt.Errorf("estimating gas: %w", err)
	}
	return nil
}

// signTx prints what will be signed, confirms and signs.
func signTx(c *cli.Context, s Signer, req txRequest) (*types.Transaction, error) {
	tx := req.tx()
	w := c.App.ErrWriter
	fmt.Fprintf(w, "About to sign a transaction as %s\n", s.Address().Hex())
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	to := "(contract creation)"
	if req.to != nil {
		to = req.to.Hex()
	}
	fmt.Fprintf(tw, "  to\t%s\n  value\t%s\n  chain id\t%v\n  nonce\t%d\n  gas\t%d\n", to, formatWei(req.value), req.chainID, req.nonce, req.gas)
	if req.typ == txType1559 {
		fmt.Fprintf(tw, "  max fee\t%s per gas\n  max priority fee\t%s per gas\n", formatWei(req.maxFee), formatWei(req.maxTip))
	} else {
		fmt.Fprintf(tw, "  gas price\t%s per gas\n", formatWei(req.gasPrice))
	}
	fmt.Fprintf(tw, "  type\t%s\n  data\t%d bytes\n", req.typ, len(req.data))
	tw.Flush()
	if err := confirm(c, s); err != nil {
		return nil, err
	}
	signed, err := s.SignTx(c.Context, tx, req.chainID)
	if err != nil {
		return nil, err
	}
	return signed, nil
}

// waitReceipt polls for the receipt of hash until ctx ends.
func waitReceipt(ctx context.Context, client *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(receiptPollMs * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("reading receipt of %s: %w", hash.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for receipt of %s: %w", hash.Hex(), ctx.Err())
		case <-tick.C:
		}
	}
}

// printReceipt writes the receipt as an aligned key/value table.
func printReceipt(w io.Writer, r *types.Receipt) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	status := "success"
	if r.Status != types.ReceiptStatusSuccessful {
		status = "failed"
	}
	fmt.Fprintf(tw, "transaction\t%s\nstatus\t%d (%s)\nblock\t%v (%s)\ngas used\t%d\n", r.TxHash.Hex(), r.Status, status, r.BlockNumber, r.BlockHash.Hex(), r.GasUsed)
	if r.EffectiveGasPrice != nil {
		fmt.Fprintf(tw, "effective gas price\t%v\n", r.EffectiveGasPrice)
	}
	if r.ContractAddress != (common.Address{}) {
		fmt.Fprintf(tw, "contract\t%s\n", r.ContractAddress.Hex())
	}
	fmt.Fprintf(tw, "logs\t%d\n", len(r.Logs))
	tw.Flush()
}

// listModule writes a table of the tokens of module and the secp256k1
// public keys on each. It opens read-only sessions without logging in, so
// only public objects are seen (the public half of a key made by new-key
// is one).
func listModule(w io.Writer, module string) error {
	mods := NewModules()
	p, err := mods.acquire(module)
	if err != nil {
		return err
	}
	defer mods.release(module)
	slots, err := p.GetSlotList(true)
	if err != nil {
		return fmt.Errorf("listing PKCS#11 slots: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TOKEN\tSLOT\tKEY LABEL\tID\tADDRESS\tSIGNER")
	for _, slot := range slots {
		info, err := p.GetTokenInfo(slot)
		if err != nil {
			return fmt.Errorf("reading token info of slot %d: %w", slot, err)
		}
		if info.Flags&pkcs11.CKF_TOKEN_INITIALIZED == 0 {
			continue // a free slot, as SoftHSM2 always offers one
		}
		token := strings.TrimRight(info.Label, " \x00")
		keys, err := tokenKeys(p, slot)
		if err != nil {
			return fmt.Errorf("token %q: %w", token, err)
		}
		if len(keys) == 0 {
			fmt.Fprintf(tw, "%s\t%d\t-\t-\t(no keys)\t-\n", token, slot)
		}
		for _, k := range keys {
			addr, uri := k.problem, "-"
			if k.problem == "" {
				addr = k.addr.Hex()
				uri = pkcs11URI(module, token, k.id)
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%x\t%s\t%s\n", token, slot, k.label, k.id, addr, uri)
		}
	}
	return tw.Flush()
}

// tokenKey is one EC public key found on a token.
type tokenKey struct {
	label   string
	id      []byte
	addr    common.Address
	problem string // why the key has no address; empty if it has one
}

// tokenKeys returns the EC public keys visible without login on slot.
func tokenKeys(p *pkcs11.Ctx, slot uint) ([]tokenKey, error) {
	session, err := p.OpenSession(slot, pkcs11.CKF_SERIAL_SESSION)
	if err != nil {
		return nil, fmt.Errorf("opening session: %w", err)
	}
	defer p.CloseSession(session)
	tmpl := []*pkcs11.Attribute{
		pkcs11.NewAttribute(pkcs11.CKA_CLASS, pkcs11.CKO_PUBLIC_KEY),
		pkcs11.NewAttribute(pkcs11.CKA_KEY_TYPE, pkcs11.CKK_EC),
	}
	if err := p.FindObjectsInit(session, tmpl); err != nil {
		return nil, fmt.Errorf("searching public keys: %w", err)
	}
	var objs []pkcs11.ObjectHandle
	for {
		batch, _, err := p.FindObjects(session, 64)
		if err != nil {
			p.FindObjectsFinal(session)
			return nil, fmt.Errorf("searching public keys: %w", err)
		}
		if len(batch) == 0 {
			break
		}
		objs = append(objs, batch...)
	}
	if err := p.FindObjectsFinal(session); err != nil {
		return nil, fmt.Errorf("searching public keys: %w", err)
	}
	keys := make([]tokenKey, 0, len(objs))
	for _, o := range objs {
		attrs, err := p.GetAttributeValue(session, o, []*pkcs11.Attribute{
			pkcs11.NewAttribute(pkcs11.CKA_LABEL, nil),
			pkcs11.NewAttribute(pkcs11.CKA_ID, nil),
			pkcs11.NewAttribute(pkcs11.CKA_EC_PARAMS, nil),
			pkcs11.NewAttribute(pkcs11.CKA_EC_POINT, nil),
		})
		if err != nil {
			return nil, fmt.Errorf("reading public key attributes: %w", err)
		}
		var k tokenKey
		var params, point []byte
		for _, a := range attrs {
			switch a.Type {
			case pkcs11.CKA_LABEL:
				k.label = string(a.Value)
			case pkcs11.CKA_ID:
				k.id = a.Value
			case pkcs11.CKA_EC_PARAMS:
				params = a.Value
			case pkcs11.CKA_EC_POINT:
				point = a.Value
			}
		}
		if !bytes.Equal(params, secp256k1OID) {
			k.problem = "(not secp256k1)"
		} else if pub, err := decodeECPoint(point); err != nil {
			k.problem = "(bad public key)"
		} else {
			k.addr = crypto.PubkeyToAddress(*pub)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// parseAmount parses a wei amount: decimal or 0x-hex, with an optional
// unit suffix wei, gwei or ether.
func parseAmount(flag, s string) (*big.Int, error) {
	num, unit := strings.TrimSpace(s), big.NewInt(1)
	for _, u := range []struct {
		suffix string
		mult   *big.Int
	}{{"gwei", big.NewInt(params.GWei)}, {"ether", big.NewInt(params.Ether)}, {"wei", big.NewInt(1)}} {
		if rest, ok := strings.CutSuffix(num, u.suffix); ok {
			num, unit = strings.TrimSpace(rest), u.mult
			break
		}
	}
	v, ok := math.ParseBig256(num)
	if !ok || num == "" || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: --%s %q is not an amount (decimal or 0x-hex wei, optional suffix gwei or ether)", ErrBadFlag, flag, s)
	}
	v.Mul(v, unit)
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%w: --%s %q exceeds 256 bits", ErrBadFlag, flag, s)
	}
	return v, nil
}

// formatWei renders v in wei with its ether or gwei equivalent.
func formatWei(v *big.Int) string {
	if v == nil {
		return "0 wei"
	}
	switch {
	case v.Cmp(big.NewInt(params.Ether/1000)) >= 0:
		return fmt.Sprintf("%v wei (%s ether)", v, new(big.Rat).SetFrac(v, big.NewInt(params.Ether)).FloatString(6))
	case v.Cmp(big.NewInt(params.GWei/1000)) >= 0:
		return fmt.Sprintf("%v wei (%s gwei)", v, new(big.Rat).SetFrac(v, big.NewInt(params.GWei)).FloatString(3))
	}
	return fmt.Sprintf("%v wei", v)
}

// pkcs11URI is the signer URI of key id on token in module. It escapes
// only what ParsePKCS11URI would misread, so module paths stay readable
// (PKCS11Location.String also escapes '/').
func pkcs11URI(module, token string, id []byte) string {
	uriEscaper := strings.NewReplacer("%", "%25", ";", "%3B")
	return "pkcs11:module=" + uriEscaper.Replace(module) + ";token=" + uriEscaper.Replace(token) + ";id=" + hex.EncodeToString(id)
}
