package genesis

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

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
