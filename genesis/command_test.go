package genesis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// runCLI runs `xiang <args>` in-process and returns what it printed.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	app := &cli.App{Name: "xiang", Commands: []*cli.Command{Command()}, Writer: &out, ErrWriter: io.Discard}
	err := app.Run(append([]string{"xiang"}, args...))
	return out.String(), err
}

// checkMode fails unless path has exactly the permission bits perm.
func checkMode(t *testing.T, path string, perm os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != perm {
		t.Errorf("%s has mode %v, want %v", path, fi.Mode().Perm(), perm)
	}
}

// checkNetwork verifies every file of a generated network directory and
// returns the validators' addresses by node index.
func checkNetwork(t *testing.T, dir string, n int, rawKeys bool, p2pBase, httpBase, wsBase int) []common.Address {
	t.Helper()
	g, err := Load(filepath.Join(dir, GenesisFile))
	if err != nil {
		t.Fatalf("genesis: %v", err)
	}
	extra, err := qbft.DecodeExtra(g.Core.ExtraData)
	if err != nil {
		t.Fatal(err)
	}
	inGenesis := make(map[common.Address]bool)
	for _, v := range extra.Validators {
		inGenesis[v] = true
	}
	if len(inGenesis) != n {
		t.Fatalf("genesis lists %d validators, want %d", len(inGenesis), n)
	}

	static, err := ReadStaticNodes(filepath.Join(dir, StaticNodesFile))
	if err != nil {
		t.Fatalf("static nodes: %v", err)
	}
	if len(static) != n {
		t.Fatalf("%d static nodes, want %d", len(static), n)
	}

	validators := make([]common.Address, n)
	for i := range n {
		nodeDir := filepath.Join(dir, "node"+strconv.Itoa(i))
		checkMode(t, nodeDir, 0o700)
		cfg, err := LoadNodeConfig(filepath.Join(nodeDir, NodeConfigFile))
		if err != nil {
			t.Fatalf("node%d config: %v", i, err)
		}
		paths := []struct{ name, got, want string }{
			{"genesis", cfg.Genesis, filepath.Join(dir, GenesisFile)},
			{"datadir", cfg.DataDir, filepath.Join(nodeDir, NodeDataDir)},
			{"static nodes", cfg.P2P.StaticNodes, filepath.Join(dir, StaticNodesFile)},
			{"node key", cfg.P2P.NodeKeyFile, filepath.Join(nodeDir, NodeKeyFile)},
		}
		for _, p := range paths {
			if p.got != p.want {
				t.Errorf("node%d %s path %q, want %q", i, p.name, p.got, p.want)
			}
		}
		wantListen := net.JoinHostPort("127.0.0.1", strconv.Itoa(p2pBase+i))
		if cfg.P2P.ListenAddr != wantListen || cfg.RPC.HTTPPort != httpBase+i || cfg.RPC.WSPort != wsBase+i ||
			cfg.RPC.HTTPHost != "127.0.0.1" || cfg.RPC.WSHost != "127.0.0.1" || cfg.P2P.MaxPeers < n {
			t.Errorf("node%d endpoints: p2p %s (want %s), http %s:%d, ws %s:%d, max peers %d", i,
				cfg.P2P.ListenAddr, wantListen, cfg.RPC.HTTPHost, cfg.RPC.HTTPPort, cfg.RPC.WSHost, cfg.RPC.WSPort, cfg.P2P.MaxPeers)
		}

		// The node key is the identity static-nodes.json lists at this address.
		checkMode(t, cfg.P2P.NodeKeyFile, 0o600)
		nodeKey, err := crypto.LoadECDSA(cfg.P2P.NodeKeyFile)
		if err != nil {
			t.Fatalf("node%d key: %v", i, err)
		}
		if static[i].ID() != enode.PubkeyToIDV4(&nodeKey.PublicKey) {
			t.Errorf("node%d: static node %d has id %s, not the node key's", i, i, static[i].ID())
		}
		if got := net.JoinHostPort(static[i].IP().String(), strconv.Itoa(static[i].TCP())); got != wantListen {
			t.Errorf("node%d: static node address %s, want %s", i, got, wantListen)
		}

		// The validator key decrypts (or loads) to a genesis validator.
		if rawKeys {
			if cfg.Validator.Keystore != "" || cfg.Validator.PasswordFile != "" {
				t.Errorf("node%d: raw keys but keystore %q, password %q configured", i, cfg.Validator.Keystore, cfg.Validator.PasswordFile)
			}
			if cfg.Validator.KeyFile != filepath.Join(nodeDir, ValidatorKeyFile) {
				t.Errorf("node%d: key file %q", i, cfg.Validator.KeyFile)
			}
			checkMode(t, cfg.Validator.KeyFile, 0o600)
		} else {
			if cfg.Validator.KeyFile != "" {
				t.Errorf("node%d: keystore mode but key file %q configured", i, cfg.Validator.KeyFile)
			}
			if filepath.Dir(cfg.Validator.Keystore) != filepath.Join(nodeDir, KeystoreDir) ||
				cfg.Validator.PasswordFile != filepath.Join(nodeDir, PasswordFile) {
				t.Errorf("node%d: keystore %q, password %q", i, cfg.Validator.Keystore, cfg.Validator.PasswordFile)
			}
			checkMode(t, cfg.Validator.Keystore, 0o600)
			checkMode(t, cfg.Validator.PasswordFile, 0o600)
			blob, err := os.ReadFile(cfg.Validator.Keystore)
			if err != nil {
				t.Fatal(err)
			}
			password, err := os.ReadFile(cfg.Validator.PasswordFile)
			if err != nil {
				t.Fatal(err)
			}
			if len(password) < 32 {
				t.Errorf("node%d: password of %d bytes", i, len(password))
			}
			key, err := keystore.DecryptKey(blob, string(password))
			if err != nil {
				t.Fatalf("node%d: decrypting keystore: %v", i, err)
			}
			if !strings.HasSuffix(cfg.Validator.Keystore, hexAddr(key.Address)) {
				t.Errorf("node%d: keystore file %s is not named after %s", i, cfg.Validator.Keystore, key.Address)
			}
			if i == 0 { // each scrypt run costs a quarter second, even light
				if _, err := keystore.DecryptKey(blob, string(password)+"x"); err == nil {
					t.Errorf("node%d: keystore decrypts with a wrong password", i)
				}
			}
			validators[i] = key.Address
		}
		if rawKeys || i == 0 {
			key, err := LoadValidatorKey(cfg.Validator)
			if err != nil {
				t.Fatalf("node%d: %v", i, err)
			}
			if addr := crypto.PubkeyToAddress(key.PublicKey); !rawKeys && addr != validators[i] {
				t.Errorf("node%d: LoadValidatorKey gives %s, the keystore %s", i, addr, validators[i])
			} else {
				validators[i] = addr
			}
		}
		if !inGenesis[validators[i]] {
			t.Errorf("node%d validator %s is not in the genesis", i, validators[i])
		}
		delete(inGenesis, validators[i]) // each genesis validator has exactly one node
		if crypto.PubkeyToAddress(nodeKey.PublicKey) == validators[i] {
			t.Errorf("node%d: node key and validator key are the same", i)
		}
	}
	return validators
}

func hexAddr(a common.Address) string { return strings.ToLower(a.Hex()[2:]) }

func TestGenesisNew(t *testing.T) {
	funded := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	fromFile := common.HexToAddress("0x00000000000000000000000000000000000000f1")
	allocFile := filepath.Join(t.TempDir(), "alloc.json")
	if err := os.WriteFile(allocFile, []byte(`{"`+fromFile.Hex()+`": {"balance": "0x10", "code": "0x6000"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "net")
	out, err := runCLI(t, "genesis", "new", "--validators", "4", "--consensus", "qbft", "--chain-id", "777",
		"--out", dir, "--fees", "market", "--alloc", funded.Hex()+"=10ether,0x00000000000000000000000000000000000000f2=0x20",
		"--alloc", "@"+allocFile, "--period", "3", "--epoch", "100", "--request-timeout", "7",
		"--gas-limit", "50000000", "--light-kdf", "--base-port", "40000")
	if err != nil {
		t.Fatal(err)
	}
	validators := checkNetwork(t, dir, 4, false, 40000, DefaultHTTPPort, DefaultWSPort)

	g, err := Load(filepath.Join(dir, GenesisFile))
	if err != nil {
		t.Fatal(err)
	}
	q := g.QBFT
	if g.Core.Config.ChainID.Uint64() != 777 || g.Xiang.FeeProfile != FeesMarket || g.Core.GasLimit != 50_000_000 ||
		q.BlockPeriodSeconds != 3 || q.EpochLength != 100 || q.RequestTimeoutSeconds != 7 {
		t.Errorf("genesis settings: chain id %v, fees %s, gas limit %d, qbft %+v",
			g.Core.Config.ChainID, g.Xiang.FeeProfile, g.Core.GasLimit, *q)
	}
	tenEther := new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	balances := map[common.Address]*big.Int{
		funded:   tenEther,
		fromFile: big.NewInt(0x10),
		common.HexToAddress("0x00000000000000000000000000000000000000f2"): big.NewInt(0x20),
	}
	for addr, want := range balances {
		if acc, ok := g.Core.Alloc[addr]; !ok || acc.Balance.Cmp(want) != 0 {
			t.Errorf("alloc %s = %v, want %v", addr, acc.Balance, want)
		}
	}
	if code := g.Core.Alloc[fromFile].Code; !bytes.Equal(code, []byte{0x60, 0x00}) {
		t.Errorf("alloc file code = %x", code)
	}

	// The table lists every node with its validator and enode.
	static, _ := ReadStaticNodes(filepath.Join(dir, StaticNodesFile))
	for i, v := range validators {
		if !strings.Contains(out, v.Hex()) || !strings.Contains(out, static[i].URLv4()) {
			t.Errorf("output lacks node%d (%s, %s):\n%s", i, v.Hex(), static[i].URLv4(), out)
		}
	}
	if !strings.Contains(out, g.Core.ToBlock().Hash().Hex()) {
		t.Errorf("output lacks the genesis hash:\n%s", out)
	}
}

func TestGenesisNewRawKeys(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	if _, err := runCLI(t, "genesis", "new", "--validators", "2", "--chain-id", "5", "--out", dir, "--nodekeys",
		"--http-port", "9000", "--ws-port", "9100"); err != nil {
		t.Fatal(err)
	}
	checkNetwork(t, dir, 2, true, DefaultP2PPort, 9000, 9100)
	for _, name := range []string{PasswordFile, KeystoreDir} {
		if _, err := os.Stat(filepath.Join(dir, "node0", name)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("raw keys but node0/%s exists (%v)", name, err)
		}
	}
}

// TestGenesisNewFlags covers --rpc-nodes, --permissioned and
// --validator-signer through the command.
func TestGenesisNewFlags(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	hsm := common.HexToAddress("0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8")
	uri := "pkcs11:module=/usr/lib/softhsm/libsofthsm2.so;token=validator;id=01"
	out, err := runCLI(t, "genesis", "new", "--validators", "2", "--rpc-nodes", "1", "--chain-id", "5", "--out", dir,
		"--nodekeys", "--permissioned", "--validator-signer", hsm.Hex()+"="+uri)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "node2  - (RPC node)") || !strings.Contains(out, hsm.Hex()) {
		t.Errorf("table lacks the RPC node or the HSM validator:\n%s", out)
	}
	for i := range 3 {
		cfg, err := LoadNodeConfig(filepath.Join(dir, fmt.Sprintf("node%d", i), NodeConfigFile))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.P2P.AllowList == "" {
			t.Errorf("node%d has no allowlist", i)
		}
		if got, want := cfg.Validator.Signer, map[int]string{0: uri}[i]; got != want {
			t.Errorf("node%d signer %q, want %q", i, got, want)
		}
		if i == 2 && (cfg.Validator.KeyFile != "" || cfg.Validator.Keystore != "") {
			t.Errorf("RPC node has a validator key: %+v", cfg.Validator)
		}
	}
	if _, err := runCLI(t, "genesis", "new", "--validators", "1", "--chain-id", "5", "--out", filepath.Join(t.TempDir(), "n"),
		"--validator-signer", "ledger://m/44'/60'/0'/0/0"); !errors.Is(err, ErrBadExternalValidator) {
		t.Errorf("a hardware wallet as validator key: %v, want ErrBadExternalValidator", err)
	}
}

func TestGenesisNewOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	args := []string{"genesis", "new", "--validators", "1", "--chain-id", "5", "--out", dir, "--nodekeys"}
	if _, err := runCLI(t, args...); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(filepath.Join(dir, GenesisFile))
	if _, err := runCLI(t, args...); !errors.Is(err, ErrDirExists) {
		t.Fatalf("second run without --force: error = %v, want ErrDirExists", err)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, GenesisFile)); !bytes.Equal(now, first) {
		t.Fatal("refused run changed genesis.json")
	}
	// --force replaces the network, leaving nothing of the old one behind.
	if _, err := runCLI(t, append(args, "--force", "--validators", "2")...); err != nil {
		t.Fatal(err)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, GenesisFile)); bytes.Equal(now, first) {
		t.Error("--force did not replace genesis.json")
	}
	checkNetwork(t, dir, 2, true, DefaultP2PPort, DefaultHTTPPort, DefaultWSPort)
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("temporary directories left beside the network: %v", entries)
	}

	// --force does not delete a directory that is not a network.
	other := t.TempDir()
	keep := filepath.Join(other, "precious.txt")
	if err := os.WriteFile(keep, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "genesis", "new", "--validators", "1", "--chain-id", "5", "--out", other, "--force"); !errors.Is(err, ErrNotNetworkDir) {
		t.Fatalf("--force on a foreign directory: error = %v, want ErrNotNetworkDir", err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("foreign directory was touched: %v", err)
	}
}

func TestGenesisNewErrors(t *testing.T) {
	base := func(extra ...string) []string {
		return append([]string{"genesis", "new", "--validators", "2", "--chain-id", "5", "--out", filepath.Join(t.TempDir(), "n"), "--nodekeys"}, extra...)
	}
	tests := []struct {
		name string
		args []string
		want error
	}{
		{"clique", base("--consensus", "clique"), ErrUnsupportedConsensus},
		{"unspecified host", base("--host", "0.0.0.0"), ErrBadHost},
		{"host name", base("--host", "localhost"), ErrBadHost},
		{"port overlap", base("--ws-port", "8546"), ErrPortOverlap},
		{"port range", base("--base-port", "65535"), ErrPortRange},
		{"no validators", base("--validators", "0"), ErrBadNetworkSize},
		{"bad alloc", base("--alloc", "0x1234=5"), ErrAllocAddress},
		{"bad alloc amount", base("--alloc", "0x00000000000000000000000000000000000000f2=-5"), ErrAllocAmount},
	}
	for _, tt := range tests {
		if _, err := runCLI(t, tt.args...); !errors.Is(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := runCLI(t, "genesis", "new", "--validators", "1", "--out", t.TempDir()+"/x"); err == nil {
		t.Error("missing --chain-id accepted")
	}
	if _, err := runCLI(t, base("--fees", "cheap")...); err == nil {
		t.Error("unknown fee profile accepted")
	}
}

func TestParseAlloc(t *testing.T) {
	a := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	tests := []struct {
		spec string
		want *big.Int
		err  error
	}{
		{spec: a.Hex() + "=1000", want: big.NewInt(1000)},
		{spec: strings.ToLower(a.Hex()) + "=0x10", want: big.NewInt(16)},
		{spec: " " + a.Hex() + " = 2gwei", want: big.NewInt(2 * params.GWei)},
		{spec: a.Hex() + "=3ether", want: new(big.Int).Mul(big.NewInt(3), big.NewInt(params.Ether))},
		{spec: a.Hex() + "=7wei", want: big.NewInt(7)},
		{spec: a.Hex(), err: ErrAllocSpec},
		{spec: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92267=1", err: ErrAllocAddress}, // bad checksum
		{spec: "0xzz=1", err: ErrAllocAddress},
		{spec: a.Hex() + "=1.5ether", err: ErrAllocAmount},
		{spec: a.Hex() + "=", err: ErrAllocAmount},
	}
	for _, tt := range tests {
		got, err := ParseAlloc([]string{tt.spec})
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%q: error = %v, want %v", tt.spec, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.spec, err)
			continue
		}
		if acc, ok := got[a]; !ok || acc.Balance.Cmp(tt.want) != 0 {
			t.Errorf("%q: balance %v, want %v", tt.spec, acc.Balance, tt.want)
		}
	}
	if _, err := ParseAlloc([]string{a.Hex() + "=1", strings.ToLower(a.Hex()) + "=2"}); !errors.Is(err, ErrAllocDuplicate) {
		t.Errorf("duplicate address: error = %v, want ErrAllocDuplicate", err)
	}
}

// inspectJSON runs `genesis inspect --json` and decodes the report.
func inspectJSON(t *testing.T, args ...string) inspectReport {
	t.Helper()
	out, err := runCLI(t, append([]string{"genesis", "inspect", "--json"}, args...)...)
	if err != nil {
		t.Fatalf("inspect %v: %v", args, err)
	}
	var rep inspectReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("inspect output is not JSON: %v\n%s", err, out)
	}
	return rep
}

func sameAddresses(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestInspectGenesisAndExtra(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	if _, err := runCLI(t, "genesis", "new", "--validators", "3", "--chain-id", "9", "--out", dir, "--nodekeys"); err != nil {
		t.Fatal(err)
	}
	genesisPath := filepath.Join(dir, GenesisFile)
	g, err := Load(genesisPath)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := qbft.DecodeExtra(g.Core.ExtraData)

	rep := inspectJSON(t, genesisPath)
	if rep.Source != sourceGenesis || rep.ChainID.Uint64() != 9 || len(rep.Items) != 1 {
		t.Fatalf("report %+v", rep)
	}
	it := rep.Items[0]
	if it.Error != "" || *it.Hash != g.Core.ToBlock().Hash() || !sameAddresses(it.Extra.Validators, want.Validators) ||
		it.Extra.VanityIsSettingsHash == nil || !*it.Extra.VanityIsSettingsHash || it.Extra.Vote != nil || it.Extra.ParentCommit != nil {
		t.Errorf("genesis item %+v", it)
	}

	// The text form names every validator.
	text, err := runCLI(t, "genesis", "inspect", genesisPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range want.Validators {
		if !strings.Contains(text, v.Hex()) {
			t.Errorf("text output lacks %s:\n%s", v.Hex(), text)
		}
	}
	if !strings.Contains(text, "matches the consensus settings hash") {
		t.Errorf("text output does not confirm the settings hash:\n%s", text)
	}

	// Raw extraData, as an argument and in a file.
	hexExtra := "0x" + common.Bytes2Hex(g.Core.ExtraData)
	hexFile := filepath.Join(t.TempDir(), "extra.txt")
	if err := os.WriteFile(hexFile, []byte(hexExtra+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{hexExtra, hexFile} {
		rep := inspectJSON(t, arg)
		if rep.Source != sourceExtra || len(rep.Items) != 1 || rep.Items[0].Extra == nil ||
			!sameAddresses(rep.Items[0].Extra.Validators, want.Validators) {
			t.Errorf("inspect %s: %+v", arg, rep)
		}
	}
	if _, err := runCLI(t, "genesis", "inspect", "0x1234"); err != nil {
		t.Errorf("undecodable extraData should be reported, not fail: %v", err)
	}
	if _, err := runCLI(t, "genesis", "inspect", filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}
