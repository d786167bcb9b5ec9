package genesis

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/google/uuid"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Defaults of a generated network.
const (
	DefaultHost     = "127.0.0.1"
	DefaultP2PPort  = 30303 // node i listens for devp2p on DefaultP2PPort+i
	DefaultHTTPPort = 8545  // node i serves HTTP JSON-RPC on DefaultHTTPPort+i
	DefaultWSPort   = 8645  // node i serves WebSocket JSON-RPC on DefaultWSPort+i
	// DefaultMaxPeers is the peer limit written to every node config (at
	// least the network size).
	DefaultMaxPeers = 50
)

// Names of the files a network directory holds.
const (
	GenesisFile      = "genesis.json"
	StaticNodesFile  = "static-nodes.json"
	AllowListFile    = "permissioned-nodes.json" // per node, with --permissioned
	NodeConfigFile   = "config.toml"
	NodeKeyFile      = "nodekey"       // devp2p identity, raw hex
	ValidatorKeyFile = "validator.key" // validator key, raw hex (--nodekeys)
	PasswordFile     = "password.txt"  // password of the validator keystore
	KeystoreDir      = "keystore"      // holds the encrypted validator key
	NodeDataDir      = "data"
)

// Errors returned by WriteNetwork.
var (
	ErrDirExists      = errors.New("genesis: output directory exists (use --force to replace it)")
	ErrNotNetworkDir  = errors.New("genesis: refusing to replace a directory that is not an empty or generated network directory")
	ErrBadHost        = errors.New("genesis: host must be a specific IP address")
	ErrPortRange      = errors.New("genesis: port out of range")
	ErrPortOverlap    = errors.New("genesis: port ranges overlap")
	ErrBadNetworkSize = errors.New("genesis: the network needs at least one validator")
	// ErrBadExternalValidator rejects a malformed --validator-signer.
	ErrBadExternalValidator = errors.New("genesis: invalid external validator key")
)

// ErrNoValidatorKey is returned by LoadValidatorKey for a config that names
// no key (a non-validating node).
var ErrNoValidatorKey = errors.New("genesis: validator key config names neither a keystore nor a key file")

// NetworkOptions describes a network for WriteNetwork. Zero values take the
// defaults above.
type NetworkOptions struct {
	ChainID    uint64
	Validators int // number of validator nodes
	// RPCNodes is the number of non-validating nodes, written after the
	// validators (node<Validators>…) with no validator key.
	RPCNodes   int
	QBFT       qbft.Config
	FeeProfile string
	Alloc      types.GenesisAlloc
	GasLimit   uint64
	Timestamp  uint64

	Host     string // IP the nodes listen on and are dialled at
	P2PPort  int    // base devp2p port
	HTTPPort int    // base HTTP JSON-RPC port
	WSPort   int    // base WebSocket JSON-RPC port

	// RawKeys writes the validator key as raw hex (validator.key) instead of
	// an encrypted keystore and its password file.
	RawKeys bool
	// LightKDF encrypts keystores with go-ethereum's light scrypt parameters
	// (fast, weaker; for tests and throwaway networks).
	LightKDF bool
	// Force replaces an existing output directory (only an empty one or one
	// that holds a genesis.json).
	Force bool
	// External are validators whose keys live outside the network
	// directory, in an HSM or a keystore of their own: entry i stands for
	// validator i, which gets no generated key and whose config.toml names
	// the signer URI instead. At most Validators entries.
	External []ExternalValidator
	// Permissioned gives every node an allowlist (node<i>/
	// permissioned-nodes.json) holding the network's nodes, so that no
	// other node can connect until an operator adds it.
	Permissioned bool
}

// ExternalValidator is a validator key that WriteNetwork does not generate.
type ExternalValidator struct {
	Address common.Address // the key's address (`xiang wallet address`)
	Signer  string         // signer URI the node opens: keystore:… or pkcs11:…
}

// ParseExternalValidator parses "ADDRESS=URI", the form of
// `xiang genesis new --validator-signer`.
func ParseExternalValidator(s string) (ExternalValidator, error) {
	addr, uri, ok := strings.Cut(s, "=")
	if !ok || !common.IsHexAddress(addr) || uri == "" {
		return ExternalValidator{}, fmt.Errorf("%w: %q is not ADDRESS=SIGNER-URI", ErrBadExternalValidator, s)
	}
	if !strings.HasPrefix(uri, "keystore:") && !strings.HasPrefix(uri, "pkcs11:") {
		return ExternalValidator{}, fmt.Errorf("%w: %q: a validator signs consensus digests, so only keystore: and pkcs11: signers can hold its key", ErrBadExternalValidator, uri)
	}
	return ExternalValidator{Address: common.HexToAddress(addr), Signer: uri}, nil
}

// Network is what WriteNetwork wrote.
type Network struct {
	Dir     string
	Genesis *Genesis
	Nodes   []NetworkNode
}

// NetworkNode is one generated node.
type NetworkNode struct {
	Index      int
	Dir        string         // node<i>/
	Config     string         // path of its config.toml
	Validator  common.Address // zero for a non-validating RPC node
	Enode      *enode.Node
	ListenAddr string // devp2p host:port
	HTTPPort   int
	WSPort     int
}

// IsValidator reports whether the node was generated with a validator key.
func (n NetworkNode) IsValidator() bool {
	return n.Validator != (common.Address{})
}

// generatedNode holds the keys of one node before it is written.
type generatedNode struct {
	validator *ecdsa.PrivateKey // nil for an RPC node or an external key
	signer    string            // signer URI of an external validator key
	address   common.Address    // validator address; zero for an RPC node
	nodeKey   *ecdsa.PrivateKey
}

func (o *NetworkOptions) applyDefaults() {
	if o.Host == "" {
		o.Host = DefaultHost
	}
	if o.P2PPort == 0 {
		o.P2PPort = DefaultP2PPort
	}
	if o.HTTPPort == 0 {
		o.HTTPPort = DefaultHTTPPort
	}
	if o.WSPort == 0 {
		o.WSPort = DefaultWSPort
	}
}

// checkPorts checks that every node's ports are valid and that the three
// ranges [base, base+n) do not overlap.
func (o *NetworkOptions) checkPorts() error {
	ranges := []struct {
		name string
		base int
	}{{"p2p", o.P2PPort}, {"http", o.HTTPPort}, {"ws", o.WSPort}}
	n := o.Validators + o.RPCNodes
	for _, r := range ranges {
		if r.base < 1 || r.base+n-1 > 65535 {
			return fmt.Errorf("%w: %s ports %d..%d", ErrPortRange, r.name, r.base, r.base+n-1)
		}
	}
	for i, a := range ranges {
		for _, b := range ranges[i+1:] {
			if a.base < b.base+n && b.base < a.base+n {
				return fmt.Errorf("%w: %s ports %d..%d and %s ports %d..%d", ErrPortOverlap,
					a.name, a.base, a.base+n-1, b.name, b.base, b.base+n-1)
			}
		}
	}
	return nil
}

// WriteNetwork generates keys for o.Validators nodes and writes a network
// directory: genesis.json, static-nodes.json and node<i>/ with each node's
// validator key, devp2p key and config.toml (docs/genesis.md describes the
// layout). o.RPCNodes further nodes get the same files except a validator
// key. The directory is built beside dir and renamed into place, so a
// failure leaves no partial network.
func WriteNetwork(dir string, o NetworkOptions) (*Network, error) {
	o.applyDefaults()
	if o.Validators < 1 || o.RPCNodes < 0 {
		return nil, ErrBadNetworkSize
	}
	if len(o.External) > o.Validators {
		return nil, fmt.Errorf("%w: %d external keys for %d validators", ErrBadExternalValidator, len(o.External), o.Validators)
	}
	ip := net.ParseIP(o.Host)
	if ip == nil || ip.IsUnspecified() {
		return nil, fmt.Errorf("%w: %q", ErrBadHost, o.Host)
	}
	if err := o.checkPorts(); err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("genesis: output directory: %w", err)
	}
	if err := checkReplaceable(dir, o.Force); err != nil {
		return nil, err
	}

	nodes := make([]generatedNode, o.Validators+o.RPCNodes)
	validators := make([]common.Address, o.Validators)
	for i := range nodes {
		if nodes[i].nodeKey, err = crypto.GenerateKey(); err != nil {
			return nil, fmt.Errorf("genesis: generating node key: %w", err)
		}
		if i >= o.Validators {
			continue
		}
		if i < len(o.External) {
			nodes[i].signer, nodes[i].address = o.External[i].Signer, o.External[i].Address
		} else {
			if nodes[i].validator, err = crypto.GenerateKey(); err != nil {
				return nil, fmt.Errorf("genesis: generating validator key: %w", err)
			}
			nodes[i].address = crypto.PubkeyToAddress(nodes[i].validator.PublicKey)
		}
		validators[i] = nodes[i].address
	}
	gen, err := NewQBFT(QBFTOptions{
		ChainID:    o.ChainID,
		Validators: validators,
		QBFT:       o.QBFT,
		FeeProfile: o.FeeProfile,
		Alloc:      o.Alloc,
		GasLimit:   o.GasLimit,
		Timestamp:  o.Timestamp,
	})
	if err != nil {
		return nil, err
	}

	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("genesis: creating %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return nil, fmt.Errorf("genesis: creating temporary directory: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	network, err := writeNetworkFiles(tmp, dir, ip, gen, nodes, &o)
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	if o.Force {
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("genesis: removing old %s: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("genesis: moving network into %s: %w", dir, err)
	}
	return network, nil
}

// checkReplaceable refuses an existing dir unless force is set and dir is
// empty or looks like a generated network (holds genesis.json).
func checkReplaceable(dir string, force bool) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("genesis: output directory: %w", err)
	case !force:
		return fmt.Errorf("%w: %s", ErrDirExists, dir)
	case len(entries) == 0:
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, GenesisFile)); err != nil {
		return fmt.Errorf("%w: %s has no %s", ErrNotNetworkDir, dir, GenesisFile)
	}
	return nil
}

// writeNetworkFiles writes the network into tmp; paths in the returned
// Network point at final, where tmp is moved afterwards.
func writeNetworkFiles(tmp, final string, ip net.IP, gen *Genesis, nodes []generatedNode, o *NetworkOptions) (*Network, error) {
	if err := writeGenesisFile(filepath.Join(tmp, GenesisFile), gen); err != nil {
		return nil, err
	}
	out := &Network{Dir: final, Genesis: gen, Nodes: make([]NetworkNode, len(nodes))}
	urls := make([]string, len(nodes))
	for i, n := range nodes {
		p2pPort := o.P2PPort + i
		node := enode.NewV4(&n.nodeKey.PublicKey, ip, p2pPort, p2pPort)
		urls[i] = node.URLv4()
		name := fmt.Sprintf("node%d", i)
		var validator common.Address
		if i < o.Validators {
			validator = n.address
		}
		out.Nodes[i] = NetworkNode{
			Index:      i,
			Dir:        filepath.Join(final, name),
			Config:     filepath.Join(final, name, NodeConfigFile),
			Validator:  validator,
			Enode:      node,
			ListenAddr: net.JoinHostPort(ip.String(), strconv.Itoa(p2pPort)),
			HTTPPort:   o.HTTPPort + i,
			WSPort:     o.WSPort + i,
		}
	}
	if err := writeJSON(filepath.Join(tmp, StaticNodesFile), urls, 0o644); err != nil {
		return nil, err
	}
	for i, n := range nodes {
		dir := filepath.Join(tmp, fmt.Sprintf("node%d", i))
		if err := writeNode(dir, n, &out.Nodes[i], len(nodes), o); err != nil {
			return nil, fmt.Errorf("genesis: node%d: %w", i, err)
		}
		if o.Permissioned {
			if err := writeJSON(filepath.Join(dir, AllowListFile), urls, 0o644); err != nil {
				return nil, fmt.Errorf("genesis: node%d: %w", i, err)
			}
		}
	}
	return out, nil
}

// writeNode writes node<i>/: keys and config.toml.
func writeNode(dir string, n generatedNode, info *NetworkNode, size int, o *NetworkOptions) error {
	if err := os.Mkdir(dir, 0o700); err != nil {
		return err
	}
	if err := crypto.SaveECDSA(filepath.Join(dir, NodeKeyFile), n.nodeKey); err != nil {
		return fmt.Errorf("writing node key: %w", err)
	}
	var vc ValidatorConfig
	switch {
	case n.signer != "":
		vc.Signer = n.signer
	case n.validator == nil: // an RPC node: no validator key
	case o.RawKeys:
		if err := crypto.SaveECDSA(filepath.Join(dir, ValidatorKeyFile), n.validator); err != nil {
			return fmt.Errorf("writing validator key: %w", err)
		}
		vc.KeyFile = ValidatorKeyFile
	default:
		name, err := writeKeystore(dir, n.validator, o.LightKDF)
		if err != nil {
			return err
		}
		vc.Keystore, vc.PasswordFile = name, PasswordFile
	}
	cfg := &NodeConfig{
		Genesis:   filepath.Join("..", GenesisFile),
		DataDir:   NodeDataDir,
		Validator: vc,
		P2P: P2PConfig{
			ListenAddr:  info.ListenAddr,
			NodeKeyFile: NodeKeyFile,
			StaticNodes: filepath.Join("..", StaticNodesFile),
			MaxPeers:    max(DefaultMaxPeers, size),
		},
		RPC: RPCConfig{
			HTTPHost: o.Host,
			HTTPPort: info.HTTPPort,
			WSHost:   o.Host,
			WSPort:   info.WSPort,
		},
	}
	if o.Permissioned {
		cfg.P2P.AllowList = AllowListFile
	}
	return cfg.Save(filepath.Join(dir, NodeConfigFile))
}

// writeKeystore encrypts key under a fresh random password into
// keystore/<go-ethereum key file name> and writes the password to
// password.txt. It returns the keystore path relative to dir.
func writeKeystore(dir string, key *ecdsa.PrivateKey, light bool) (string, error) {
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return "", fmt.Errorf("generating password: %w", err)
	}
	password := hex.EncodeToString(secret)
	id, err := uuid.NewRandom()
	if err != nil {
		return "", fmt.Errorf("generating key id: %w", err)
	}
	scryptN, scryptP := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		scryptN, scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: key}, password, scryptN, scryptP)
	if err != nil {
		return "", fmt.Errorf("encrypting validator key: %w", err)
	}
	if err := os.Mkdir(filepath.Join(dir, KeystoreDir), 0o700); err != nil {
		return "", err
	}
	// go-ethereum's key file name, so the directory works as a --keystore.
	ts := time.Now().UTC().Format("2006-01-02T15-04-05.000000000Z")
	name := filepath.Join(KeystoreDir, fmt.Sprintf("UTC--%s--%s", ts, hex.EncodeToString(addr[:])))
	if err := os.WriteFile(filepath.Join(dir, name), blob, 0o600); err != nil {
		return "", fmt.Errorf("writing keystore: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, PasswordFile), []byte(password), 0o600); err != nil {
		return "", fmt.Errorf("writing password: %w", err)
	}
	return name, nil
}

// writeGenesisFile writes g as indented JSON.
func writeGenesisFile(path string, g *Genesis) error {
	return writeJSON(path, g, 0o644)
}

func writeJSON(path string, v any, perm os.FileMode) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding %s: %w", filepath.Base(path), err)
	}
	if err := os.WriteFile(path, append(b, '\n'), perm); err != nil {
		return fmt.Errorf("writing %s: %w", filepath.Base(path), err)
	}
	return nil
}

// ReadStaticNodes reads a static-nodes.json: a JSON array of enode URLs.
func ReadStaticNodes(path string) ([]*enode.Node, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading static nodes: %w", err)
	}
	var urls []string
	if err := json.Unmarshal(b, &urls); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	nodes := make([]*enode.Node, len(urls))
	for i, u := range urls {
		if nodes[i], err = enode.ParseV4(u); err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
	}
	return nodes, nil
}

// LoadValidatorKey loads the validator key a node config names: a keystore
// decrypted with the password file (trailing newlines ignored), or a raw hex
// key file. Paths are used as given (LoadNodeConfig resolves them).
func LoadValidatorKey(v ValidatorConfig) (*ecdsa.PrivateKey, error) {
	switch {
	case v.Keystore != "":
		blob, err := os.ReadFile(v.Keystore)
		if err != nil {
			return nil, fmt.Errorf("reading validator keystore: %w", err)
		}
		var password string
		if v.PasswordFile != "" {
			pw, err := os.ReadFile(v.PasswordFile)
			if err != nil {
				return nil, fmt.Errorf("reading validator password: %w", err)
			}
			password = strings.TrimRight(string(pw), "\r\n")
		}
		key, err := keystore.DecryptKey(blob, password)
		if err != nil {
			return nil, fmt.Errorf("decrypting %s: %w", v.Keystore, err)
		}
		return key.PrivateKey, nil
	case v.KeyFile != "":
		key, err := crypto.LoadECDSA(v.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("loading validator key %s: %w", v.KeyFile, err)
		}
		return key, nil
	}
	return nil, ErrNoValidatorKey
}
