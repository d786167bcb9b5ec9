package genesis

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/naoina/toml"
)

// tomlSettings keeps TOML keys spelled as the Go field names (DataDir,
// [P2P], HTTPHost…), as go-ethereum's config files do, and rejects unknown
// keys so a typo in a config file is an error rather than silently ignored.
var tomlSettings = toml.Config{
	NormFieldName: func(rt reflect.Type, key string) string { return key },
	FieldToKey:    func(rt reflect.Type, field string) string { return field },
	MissingField: func(rt reflect.Type, field string) error {
		return fmt.Errorf("unknown field %q in %s", field, rt.String())
	},
}

// NodeConfig is one node's config file (TOML). Relative paths are resolved
// against the directory of the config file.
type NodeConfig struct {
	// Genesis is the path of genesis.json.
	Genesis string
	// DataDir is where the node keeps its database; --datadir overrides it.
	DataDir string `toml:",omitempty"`
	// Validator is this node's consensus key; empty for a non-validating node.
	Validator ValidatorConfig
	P2P       P2PConfig
	RPC       RPCConfig
	TxPool    TxPoolConfig
	// MetricsAddr (host:port) serves Prometheus metrics at /metrics; empty
	// disables them. --metrics.addr overrides it.
	MetricsAddr string `toml:",omitempty"`
}

// ValidatorConfig names the validator key: an encrypted keystore with its
// password file, or a raw hex key file (NodeKeyFile).
type ValidatorConfig struct {
	Keystore     string `toml:",omitempty"`
	PasswordFile string `toml:",omitempty"`
	KeyFile      string `toml:",omitempty"`
	// Signer is a signer URI instead of the above: "keystore:PATH" or
	// "pkcs11:module=…;token=…;id=…" (an HSM; PIN from XIANG_PKCS11_PIN or
	// a prompt). Hardware wallets cannot sign consensus digests.
	Signer string `toml:",omitempty"`
}

// P2PConfig is the devp2p listener and peers.
type P2PConfig struct {
	ListenAddr  string // host:port, e.g. "127.0.0.1:30303"
	NodeKeyFile string // devp2p identity key (hex)
	StaticNodes string // path of static-nodes.json
	MaxPeers    int
	// AllowList makes the network permissioned: the path of a JSON array
	// of the enode URLs allowed to connect (permissioned-nodes.json).
	AllowList string `toml:",omitempty"`
}

// RPCConfig is the JSON-RPC endpoints. An empty host disables an endpoint.
type RPCConfig struct {
	HTTPHost string
	HTTPPort int
	WSHost   string
	WSPort   int
	CORS     []string `toml:",omitempty"`
	VHosts   []string `toml:",omitempty"`
	// HTTPModules and WSModules list the namespaces served there (default
	// eth, net, web3, txpool, qbft; admin and debug only when listed).
	HTTPModules []string `toml:",omitempty"`
	WSModules   []string `toml:",omitempty"`
	// IPCPath is the IPC socket (default xiang.ipc in the data directory,
	// "-" for none); IPC serves every namespace.
	IPCPath string `toml:",omitempty"`
	// LogRangeLimit caps the block range of one eth_getLogs and MaxLogs
	// the logs it returns (0: the node's defaults, 50,000 blocks and
	// 10,000 logs).
	LogRangeLimit uint64 `toml:",omitempty"`
	MaxLogs       int    `toml:",omitempty"`
}

// TxPoolConfig is admission control for the transaction pool.
type TxPoolConfig struct {
	AccountSlots uint64 `toml:",omitempty"`
	GlobalSlots  uint64 `toml:",omitempty"`
	AccountQueue uint64 `toml:",omitempty"`
	GlobalQueue  uint64 `toml:",omitempty"`
}

// LoadNodeConfig reads a node config and resolves its relative paths.
func LoadNodeConfig(path string) (*NodeConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading node config: %w", err)
	}
	cfg := new(NodeConfig)
	if err := tomlSettings.Unmarshal(b, cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	for _, p := range []*string{&cfg.Genesis, &cfg.DataDir, &cfg.Validator.Keystore, &cfg.Validator.PasswordFile,
		&cfg.Validator.KeyFile, &cfg.P2P.NodeKeyFile, &cfg.P2P.StaticNodes, &cfg.P2P.AllowList} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	return cfg, nil
}

// Save writes the config as TOML.
func (c *NodeConfig) Save(path string) error {
	var buf bytes.Buffer
	if err := tomlSettings.NewEncoder(&buf).Encode(c); err != nil {
		return fmt.Errorf("encoding node config: %w", err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
