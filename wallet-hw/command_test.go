package wallethw

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/urfave/cli/v2"
)

// runWallet runs `xiang wallet args…` in a fresh cli.App with stdin that is
// not a terminal, so nothing prompts.
func runWallet(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := &cli.App{
		Name:      "xiang",
		Commands:  []*cli.Command{Command()},
		Reader:    strings.NewReader(""),
		Writer:    &out,
		ErrWriter: &errOut,
	}
	err = app.Run(append([]string{"xiang", "wallet"}, args...))
	return out.String(), errOut.String(), err
}

// mustRun is runWallet failing the test on error.
func mustRun(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	out, errOut, err := runWallet(t, args...)
	if err != nil {
		t.Fatalf("xiang wallet %s: %v\nstderr:\n%s", strings.Join(args, " "), err, errOut)
	}
	return out, errOut
}

// field returns the value after "name:" on a line of out.
func field(t *testing.T, out, name string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("no %q line in output:\n%s", name, out)
	return ""
}

// decodeSignedTx decodes the raw transaction sign-tx printed, checks the
// printed hash and returns the transaction and its recovered sender.
func decodeSignedTx(t *testing.T, out string, chainID int64) (*types.Transaction, common.Address) {
	t.Helper()
	raw, err := hexutil.Decode(field(t, out, "raw"))
	if err != nil {
		t.Fatalf("raw is not hex: %v", err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		t.Fatalf("raw does not decode: %v", err)
	}
	if got := field(t, out, "hash"); got != tx.Hash().Hex() {
		t.Errorf("printed hash %s, decoded tx hash %s", got, tx.Hash().Hex())
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(chainID)), tx)
	if err != nil {
		t.Fatalf("recovering sender: %v", err)
	}
	return tx, from
}

func TestWalletKeystoreSignTx(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	uri := "keystore:" + writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, "")
	t.Setenv("WALLET_TEST_PASS", testPassword)
	pass := "--password-env=WALLET_TEST_PASS"

	out, _ := mustRun(t, "address", "--signer", uri, pass)
	if strings.TrimSpace(out) != addr.Hex() {
		t.Errorf("address printed %q, want %s", out, addr.Hex())
	}
	out, _ = mustRun(t, "list", "--signer", uri, pass)
	if !strings.Contains(out, addr.Hex()) || !strings.Contains(out, uri) {
		t.Errorf("list output lacks address or URI:\n%s", out)
	}

	to := common.HexToAddress("0x7e57000000000000000000000000000000000001")
	tests := []struct {
		name     string
		fees     []string
		wantType uint8
		tip, cap *big.Int
	}{
		{"legacy inferred", []string{"--gas-price", "2gwei"}, types.LegacyTxType, big.NewInt(2e9), big.NewInt(2e9)},
		{"2930", []string{"--type", "2930", "--gas-price", "3000000000"}, types.AccessListTxType, big.NewInt(3e9), big.NewInt(3e9)},
		{"1559", []string{"--type", "1559", "--max-fee", "0x77359400", "--max-priority-fee", "1gwei"}, types.DynamicFeeTxType, big.NewInt(1e9), big.NewInt(2e9)},
		{"1559 inferred, tip defaults to 0", []string{"--max-fee", "5gwei"}, types.DynamicFeeTxType, new(big.Int), big.NewInt(5e9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"sign-tx", "--signer", uri, pass, "--chain-id", "1337", "--to", to.Hex(),
				"--value", "1ether", "--nonce", "7", "--gas", "30000", "--data", "0xc0ffee"}, tt.fees...)
			out, errOut := mustRun(t, args...)
			tx, from := decodeSignedTx(t, out, 1337)
			if from != addr {
				t.Errorf("sender %s, want %s", from.Hex(), addr.Hex())
			}
			if tx.Type() != tt.wantType || tx.ChainId().Int64() != 1337 || tx.Nonce() != 7 || tx.Gas() != 30000 {
				t.Errorf("type %d chain %v nonce %d gas %d", tx.Type(), tx.ChainId(), tx.Nonce(), tx.Gas())
			}
			if *tx.To() != to || tx.Value().Cmp(big.NewInt(params.Ether)) != 0 || !bytes.Equal(tx.Data(), []byte{0xc0, 0xff, 0xee}) {
				t.Errorf("to %s value %v data %x", tx.To().Hex(), tx.Value(), tx.Data())
			}
			if tx.GasTipCap().Cmp(tt.tip) != 0 || tx.GasFeeCap().Cmp(tt.cap) != 0 {
				t.Errorf("tip %v cap %v, want %v %v", tx.GasTipCap(), tx.GasFeeCap(), tt.tip, tt.cap)
			}
			for _, want := range []string{to.Hex(), "1000000000000000000 wei", "chain id", "1337", "no device will ask"} {
				if !strings.Contains(errOut, want) {
					t.Errorf("summary lacks %q:\n%s", want, errOut)
				}
			}
		})
	}
}

func TestWalletPKCS11(t *testing.T) {
	newToken(t)
	uri := tokenURI("0a1b")
	out, _ := mustRun(t, "new-key", "--signer", uri+";label=treasury")
	addr := field(t, out, "address")
	if !common.IsHexAddress(addr) {
		t.Fatalf("new-key printed %q, not an address", addr)
	}
	if got := field(t, out, "signer"); got != uri {
		t.Errorf("new-key signer %q, want %q", got, uri)
	}
	if _, _, err := runWallet(t, "new-key", "--signer", uri); !errors.Is(err, ErrKeyExists) {
		t.Errorf("second new-key with the same id: %v, want ErrKeyExists", err)
	}

	out, _ = mustRun(t, "address", "--signer", uri)
	if strings.TrimSpace(out) != addr {
		t.Errorf("address %q, want %s", out, addr)
	}
	out, _ = mustRun(t, "list", "--module", softHSMModule)
	var row string
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "treasury") {
			row = line
		}
	}
	for _, want := range []string{testTokenLabel, "0a1b", addr, uri} {
		if !strings.Contains(row, want) {
			t.Errorf("list --module row for the key lacks %q:\n%s", want, out)
		}
	}

	out, errOut := mustRun(t, "sign-tx", "--signer", uri, "--chain-id", "1337", "--to", recipientAddr.Hex(),
		"--value", "12345", "--nonce", "0", "--gas", "21000", "--max-fee", "1gwei", "--max-priority-fee", "1")
	if _, from := decodeSignedTx(t, out, 1337); from.Hex() != addr {
		t.Errorf("pkcs11 tx sender %s, want %s", from.Hex(), addr)
	}
	if !strings.Contains(errOut, "no screen or button") || !strings.Contains(errOut, `"xiang"`) {
		t.Errorf("summary does not explain the HSM has no screen:\n%s", errOut)
	}

	data := testOrder(1337, common.HexToAddress(addr))
	blob, err := json.Marshal(data)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "order.json")
	if err := os.WriteFile(file, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut = mustRun(t, "sign-typed", "--signer", uri, file)
	sig, err := hexutil.Decode(strings.TrimSpace(out))
	if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %q (%v): want 65 bytes with v 27/28", out, err)
	}
	digest, _, err := apitypes.TypedDataAndHash(data)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(*pub).Hex() != addr {
		t.Errorf("typed-data signature recovers to %s, want %s", crypto.PubkeyToAddress(*pub).Hex(), addr)
	}
	for _, want := range []string{"Xiang Exchange", "Order", verifierAddr.Hex(), "1337", hexutil.Encode(digest)} {
		if !strings.Contains(errOut, want) {
			t.Errorf("typed-data summary lacks %q:\n%s", want, errOut)
		}
	}

	for _, tt := range []struct {
		arg  string
		hex  bool
		want []byte
	}{
		{"delivery confirmed: order 42", false, []byte("delivery confirmed: order 42")},
		{"0x00ff10", true, []byte{0x00, 0xff, 0x10}},
	} {
		args := []string{"sign-message", "--signer", uri, tt.arg}
		if tt.hex {
			args = []string{"sign-message", "--signer", uri, "--hex", tt.arg}
		}
		out, errOut = mustRun(t, args...)
		sig, err := hexutil.Decode(strings.TrimSpace(out))
		if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("message signature %q (%v): want 65 bytes with v 27/28", out, err)
		}
		sig[64] -= 27
		pub, err := crypto.SigToPub(accounts.TextHash(tt.want), sig)
		if err != nil || crypto.PubkeyToAddress(*pub).Hex() != addr {
			t.Errorf("message %q: signature does not recover to %s (%v)", tt.arg, addr, err)
		}
		if !strings.Contains(errOut, hexutil.Encode(accounts.TextHash(tt.want))) {
			t.Errorf("message summary lacks the digest:\n%s", errOut)
		}
	}
}

func TestWalletErrors(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ks := "keystore:" + writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, "")
	t.Setenv(DefaultPINEnv, "")
	t.Setenv("WALLET_TEST_PASS", testPassword)
	pass := "--password-env=WALLET_TEST_PASS"
	signTx := func(extra ...string) []string {
		return append([]string{"sign-tx", "--signer", ks, pass, "--chain-id", "1", "--nonce", "0", "--gas", "21000", "--to", recipientAddr.Hex()}, extra...)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr error
		wantMsg string
	}{
		{"unknown scheme", []string{"address", "--signer", "yubikey:0"}, ErrUnknownScheme, `"yubikey"`},
		{"ledger without path", []string{"address", "--signer", "ledger:0"}, ErrInvalidURI, "ledger://PATH"},
		{"no scheme", []string{"address", "--signer", "/tmp/key.json"}, ErrInvalidURI, "no scheme"},
		{"pkcs11 without token", []string{"address", "--signer", "pkcs11:module=/x.so;id=01"}, ErrInvalidURI, "token is required"},
		{"pkcs11 bad id", []string{"address", "--signer", "pkcs11:module=/x.so;token=t;id=zz"}, ErrInvalidURI, "not hex"},
		{"missing password", []string{"address", "--signer", ks}, ErrNoSecret, DefaultPasswordEnv},
		{"missing PIN in named env", []string{"address", "--signer", "pkcs11:module=/x.so;token=t;id=01", "--pin-env", "NO_SUCH_PIN_VAR"}, ErrNoSecret, "NO_SUCH_PIN_VAR"},
		{"wrong password", []string{"address", "--signer", ks, "--password-env", "HOME"}, nil, "decrypting keystore file"},
		{"new-key on keystore", []string{"new-key", "--signer", ks}, ErrInvalidURI, "PKCS#11 tokens only"},
		{"no fees", signTx(), ErrBadFlag, "--gas-price"},
		{"legacy with max fee", signTx("--type", "legacy", "--max-fee", "1"), ErrBadFlag, "takes --gas-price"},
		{"1559 with gas price", signTx("--type", "1559", "--gas-price", "1"), ErrBadFlag, "not --gas-price"},
		{"unknown type", signTx("--type", "4844", "--gas-price", "1"), ErrBadFlag, "4844"},
		{"tip above cap", signTx("--max-fee", "1", "--max-priority-fee", "2"), ErrBadFlag, "exceeds"},
		{"bad value", signTx("--gas-price", "1", "--value", "lots"), ErrBadFlag, "lots"},
		{"bad to", signTx("--gas-price", "1", "--to", "0x12"), ErrBadFlag, "not an address"},
		{"bad data", signTx("--gas-price", "1", "--data", "0xzz"), ErrBadFlag, "not hex"},
		{"list with nothing", []string{"list"}, ErrNoSignerURI, "--signer"},
		{"sign-message without text", []string{"sign-message", "--signer", ks, pass}, ErrBadFlag, "one message"},
		{"sign-message bad hex", []string{"sign-message", "--signer", ks, pass, "--hex", "0xzz"}, ErrBadFlag, "--hex"},
		{"sign-typed without file", []string{"sign-typed", "--signer", ks, pass}, ErrBadFlag, "FILE.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runWallet(t, tt.args...)
			if err == nil {
				t.Fatalf("succeeded with output %q, want an error", out)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
			if out != "" {
				t.Errorf("wrote %q to stdout on failure", out)
			}
		})
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want *big.Int
	}{
		{"0", new(big.Int)},
		{"12345", big.NewInt(12345)},
		{"0x10", big.NewInt(16)},
		{"7wei", big.NewInt(7)},
		{"3gwei", big.NewInt(3e9)},
		{"2ether", new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether))},
		{" 5 gwei ", big.NewInt(5e9)},
	}
	for _, tt := range tests {
		got, err := parseAmount("value", tt.in)
		if err != nil || got.Cmp(tt.want) != 0 {
			t.Errorf("parseAmount(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "ether", "-1", "1.5ether", "0x", "1e18", "0x1" + strings.Repeat("0", 64)} {
		if v, err := parseAmount("value", bad); !errors.Is(err, ErrBadFlag) {
			t.Errorf("parseAmount(%q) = %v, %v; want ErrBadFlag", bad, v, err)
		}
	}
}

// TestWalletSend runs `wallet send` against a go-ethereum simulated chain
// served over IPC; a goroutine seals a block every 50ms.
func TestWalletSend(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	uri := "keystore:" + writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, testPassword)
	ipc := filepath.Join(t.TempDir(), "sim.ipc")
	alloc := types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}}
	sim := simulated.NewBackend(alloc, func(nc *node.Config, _ *ethconfig.Config) { nc.IPCPath = ipc })
	t.Cleanup(func() { sim.Close() })

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { cancel(); <-done })

	recipient := common.HexToAddress("0x7e57000000000000000000000000000000005e4d")
	for i, fees := range [][]string{nil, {"--type", "legacy"}} {
		out, errOut := mustRun(t, append([]string{"send", "--signer", uri, "--rpc", ipc, "--to", recipient.Hex(),
			"--value", "12345", "--timeout", "30s"}, fees...)...)
		if !strings.Contains(out, "status") || !strings.Contains(out, "1 (success)") {
			t.Errorf("send %d: receipt output lacks success:\n%s", i, out)
		}
		if !strings.Contains(errOut, "chain id") || !strings.Contains(errOut, recipient.Hex()) {
			t.Errorf("send %d: no summary before signing:\n%s", i, errOut)
		}
		hash := common.HexToHash(strings.Fields(strings.SplitN(out, "\n", 2)[0])[1])
		tx, _, err := sim.Client().TransactionByHash(context.Background(), hash)
		if err != nil {
			t.Fatalf("send %d: printed tx %s not on chain: %v", i, hash.Hex(), err)
		}
		wantType := uint8(types.DynamicFeeTxType)
		if i == 1 {
			wantType = types.LegacyTxType
		}
		if tx.Type() != wantType || tx.Nonce() != uint64(i) {
			t.Errorf("send %d: type %d nonce %d, want type %d nonce %d", i, tx.Type(), tx.Nonce(), wantType, i)
		}
	}
	bal, err := sim.Client().BalanceAt(context.Background(), recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 2*12345 {
		t.Errorf("recipient balance %v, want %d", bal, 2*12345)
	}
	if _, _, err := runWallet(t, "send", "--signer", uri, "--rpc", ipc, "--to", recipient.Hex(), "--chain-id", "5"); !errors.Is(err, ErrChainIDMismatch) {
		t.Errorf("send with wrong --chain-id: %v, want ErrChainIDMismatch", err)
	}
}

// TestFormatWei checks the unit shown next to amounts in summaries.
func TestFormatWei(t *testing.T) {
	tests := []struct {
		in   *big.Int
		want string
	}{
		{nil, "0 wei"},
		{big.NewInt(999), "999 wei"},
		{big.NewInt(1500000000), "1500000000 wei (1.500 gwei)"},
		{big.NewInt(params.Ether), "1000000000000000000 wei (1.000000 ether)"},
	}
	for _, tt := range tests {
		if got := formatWei(tt.in); got != tt.want {
			t.Errorf("formatWei(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
