package genesis

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestWriteNetwork checks the library entry point and that what it returns
// describes the files it wrote.
func TestWriteNetwork(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "net") // parent does not exist yet
	n, err := WriteNetwork(dir, NetworkOptions{ChainID: 12, Validators: 3, QBFT: qbft.Config{BlockPeriodSeconds: 2},
		RawKeys: true, P2PPort: 31000, HTTPPort: 18545, WSPort: 18645})
	if err != nil {
		t.Fatal(err)
	}
	validators := checkNetwork(t, dir, 3, true, 31000, 18545, 18645)
	if n.Dir != dir || len(n.Nodes) != 3 || n.Genesis.QBFT.BlockPeriodSeconds != 2 {
		t.Fatalf("network %+v", n)
	}
	static, err := ReadStaticNodes(filepath.Join(dir, StaticNodesFile))
	if err != nil {
		t.Fatal(err)
	}
	for i, node := range n.Nodes {
		if node.Index != i || node.Validator != validators[i] || node.Enode.ID() != static[i].ID() ||
			node.HTTPPort != 18545+i || node.WSPort != 18645+i || node.Config != filepath.Join(dir, fmt.Sprintf("node%d", i), NodeConfigFile) {
			t.Errorf("node %d: %+v", i, node)
		}
		if _, err := os.Stat(node.Config); err != nil {
			t.Errorf("node %d config: %v", i, err)
		}
	}
	loaded, err := Load(filepath.Join(dir, GenesisFile))
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Core.ToBlock().Hash() != n.Genesis.Core.ToBlock().Hash() {
		t.Error("returned genesis differs from genesis.json")
	}
}

func TestLoadValidatorKeyErrors(t *testing.T) {
	if _, err := LoadValidatorKey(ValidatorConfig{}); !errors.Is(err, ErrNoValidatorKey) {
		t.Errorf("empty config: error = %v, want ErrNoValidatorKey", err)
	}
	dir := t.TempDir()
	if _, err := LoadValidatorKey(ValidatorConfig{KeyFile: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing key file accepted")
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version":3}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadValidatorKey(ValidatorConfig{Keystore: bad}); err == nil {
		t.Error("broken keystore accepted")
	}
}

func TestReadStaticNodesErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"not a list":   `{"a": 1}`,
		"bad enode":    `["enode://1234@127.0.0.1:30303"]`,
		"not an enode": `["http://127.0.0.1"]`,
	} {
		path := filepath.Join(dir, "static.json")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadStaticNodes(path); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestWriteNetworkRPCNodes checks that RPC nodes follow the validators: in
// static-nodes.json and with their own ports, but with no validator key and
// not in the genesis validator set.
func TestWriteNetworkRPCNodes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	n, err := WriteNetwork(dir, NetworkOptions{ChainID: 12, Validators: 2, RPCNodes: 2,
		RawKeys: true, P2PPort: 31000, HTTPPort: 18545, WSPort: 18645})
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Nodes) != 4 {
		t.Fatalf("%d nodes, want 4", len(n.Nodes))
	}
	extra, err := qbft.DecodeExtra(n.Genesis.Core.ExtraData)
	if err != nil {
		t.Fatal(err)
	}
	inGenesis := make(map[common.Address]bool)
	for _, v := range extra.Validators {
		inGenesis[v] = true
	}
	if len(inGenesis) != 2 {
		t.Fatalf("genesis lists %d validators, want 2", len(inGenesis))
	}
	static, err := ReadStaticNodes(filepath.Join(dir, StaticNodesFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(static) != 4 {
		t.Fatalf("%d static nodes, want 4", len(static))
	}
	for i, node := range n.Nodes {
		wantValidator := i < 2
		if node.IsValidator() != wantValidator || inGenesis[node.Validator] != wantValidator {
			t.Errorf("node%d: validator %v (%s), want %v", i, node.IsValidator(), node.Validator.Hex(), wantValidator)
		}
		if node.Enode.ID() != static[i].ID() || node.HTTPPort != 18545+i || node.WSPort != 18645+i ||
			node.Enode.TCP() != 31000+i {
			t.Errorf("node%d: %+v", i, node)
		}
		cfg, err := LoadNodeConfig(node.Config)
		if err != nil {
			t.Fatal(err)
		}
		key, err := LoadValidatorKey(cfg.Validator)
		switch {
		case wantValidator && err != nil:
			t.Errorf("node%d: validator key: %v", i, err)
		case wantValidator && crypto.PubkeyToAddress(key.PublicKey) != node.Validator:
			t.Errorf("node%d: key of %s, want %s", i, crypto.PubkeyToAddress(key.PublicKey).Hex(), node.Validator.Hex())
		case !wantValidator && !errors.Is(err, ErrNoValidatorKey):
			t.Errorf("node%d: RPC node validator key error %v, want ErrNoValidatorKey", i, err)
		}
		if _, err := os.Stat(filepath.Join(node.Dir, ValidatorKeyFile)); wantValidator == errors.Is(err, os.ErrNotExist) {
			t.Errorf("node%d: validator.key present = %v, want %v", i, err == nil, wantValidator)
		}
	}
}

func TestWriteNetworkBadSize(t *testing.T) {
	for _, o := range []NetworkOptions{
		{ChainID: 12, Validators: 0, RPCNodes: 1},
		{ChainID: 12, Validators: 1, RPCNodes: -1},
	} {
		if _, err := WriteNetwork(filepath.Join(t.TempDir(), "net"), o); !errors.Is(err, ErrBadNetworkSize) {
			t.Errorf("%d validators, %d RPC nodes: error %v, want ErrBadNetworkSize", o.Validators, o.RPCNodes, err)
		}
	}
	// The port ranges cover the RPC nodes too.
	_, err := WriteNetwork(filepath.Join(t.TempDir(), "net"), NetworkOptions{ChainID: 12, Validators: 1, RPCNodes: 1,
		RawKeys: true, P2PPort: 31000, HTTPPort: 31001, WSPort: 32000})
	if !errors.Is(err, ErrPortOverlap) {
		t.Errorf("overlapping RPC node ports: error %v, want ErrPortOverlap", err)
	}
}

func TestWriteNetworkExternalValidator(t *testing.T) {
	hsm := common.HexToAddress("0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8")
	uri := "pkcs11:module=/usr/lib/softhsm/libsofthsm2.so;token=validator;id=01"
	ext, err := ParseExternalValidator(hsm.Hex() + "=" + uri)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "net")
	n, err := WriteNetwork(dir, NetworkOptions{ChainID: 12, Validators: 3, RawKeys: true,
		P2PPort: 31000, HTTPPort: 18545, WSPort: 18645, External: []ExternalValidator{ext}})
	if err != nil {
		t.Fatal(err)
	}
	extra, err := qbft.DecodeExtra(n.Genesis.Core.ExtraData)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(extra.Validators, hsm) || len(extra.Validators) != 3 {
		t.Fatalf("genesis validators %v, want 3 including %s", extra.Validators, hsm.Hex())
	}
	if n.Nodes[0].Validator != hsm {
		t.Errorf("node0 validator %s, want %s", n.Nodes[0].Validator.Hex(), hsm.Hex())
	}
	cfg, err := LoadNodeConfig(n.Nodes[0].Config)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Validator.Signer != uri || cfg.Validator.KeyFile != "" || cfg.Validator.Keystore != "" {
		t.Errorf("node0 validator config %+v, want only Signer %q", cfg.Validator, uri)
	}
	if _, err := os.Stat(filepath.Join(n.Nodes[0].Dir, ValidatorKeyFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("node0 has a generated validator key (stat: %v)", err)
	}
	cfg1, err := LoadNodeConfig(n.Nodes[1].Config)
	if err != nil {
		t.Fatal(err)
	}
	if key, err := LoadValidatorKey(cfg1.Validator); err != nil || crypto.PubkeyToAddress(key.PublicKey) != n.Nodes[1].Validator {
		t.Errorf("node1 lost its generated key: %v", err)
	}
}

func TestParseExternalValidator(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8=keystore:/keys/v.json", true},
		{"0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8=pkcs11:module=/m.so;token=t;id=01", true},
		{"0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8=ledger://m/44'/60'/0'/0/0", false},
		{"0x5210=keystore:/k.json", false},
		{"keystore:/k.json", false},
		{"0x5210d1c9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa8=", false},
	} {
		_, err := ParseExternalValidator(tt.in)
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrBadExternalValidator)) {
			t.Errorf("%q: err %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
	_, err := WriteNetwork(filepath.Join(t.TempDir(), "net"), NetworkOptions{ChainID: 12, Validators: 1, RawKeys: true,
		External: []ExternalValidator{{Signer: "keystore:a"}, {Signer: "keystore:b"}}})
	if !errors.Is(err, ErrBadExternalValidator) {
		t.Errorf("two external keys for one validator: %v", err)
	}
}

func TestWriteNetworkPermissioned(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	n, err := WriteNetwork(dir, NetworkOptions{ChainID: 12, Validators: 2, RPCNodes: 1, RawKeys: true,
		P2PPort: 31000, HTTPPort: 18545, WSPort: 18645, Permissioned: true})
	if err != nil {
		t.Fatal(err)
	}
	static, err := ReadStaticNodes(filepath.Join(dir, StaticNodesFile))
	if err != nil {
		t.Fatal(err)
	}
	for i, node := range n.Nodes {
		cfg, err := LoadNodeConfig(node.Config)
		if err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join(node.Dir, AllowListFile); cfg.P2P.AllowList != want {
			t.Fatalf("node%d AllowList %q, want %q", i, cfg.P2P.AllowList, want)
		}
		allowed, err := ReadStaticNodes(cfg.P2P.AllowList) // the same format
		if err != nil {
			t.Fatal(err)
		}
		if len(allowed) != len(static) {
			t.Fatalf("node%d allows %d nodes, want %d", i, len(allowed), len(static))
		}
		for j := range allowed {
			if allowed[j].ID() != static[j].ID() {
				t.Errorf("node%d allowlist entry %d is %v, want %v", i, j, allowed[j].ID(), static[j].ID())
			}
		}
	}
	open, err := WriteNetwork(filepath.Join(t.TempDir(), "net"), NetworkOptions{ChainID: 12, Validators: 1, RawKeys: true})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadNodeConfig(open.Nodes[0].Config)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.P2P.AllowList != "" {
		t.Errorf("open network has an allowlist %q", cfg.P2P.AllowList)
	}
}
