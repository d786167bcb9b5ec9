package localnet

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Host is the loopback address every node listens on.
const Host = "127.0.0.1"

// LogDir is the folder of the network directory that holds node<i>.log. Logs
// are appended to across runs.
const LogDir = "logs"

// Errors of preparing a network directory.
var (
	// ErrNetworkMismatch is returned when an existing network differs from
	// what the options ask for; Reset replaces it.
	ErrNetworkMismatch = errors.New("localnet: the existing network differs from the settings asked for")
	// ErrNoNodes is returned for a network directory without node0/.
	ErrNoNodes = errors.New("localnet: network directory holds no node0/" + genesis.NodeConfigFile)
	// ErrNoFreePorts is returned when no range of free loopback ports is found.
	ErrNoFreePorts = errors.New("localnet: no free loopback port range")
	// ErrLocked is returned when another launcher holds the network directory.
	ErrLocked = errors.New("localnet: another localnet is running this network directory")
)

// layout is a network directory as localnet runs it: the genesis and, for
// each node<i>/, its config and identity.
type layout struct {
	dir     string
	genesis *genesis.Genesis
	nodes   []*layoutNode
}

// layoutNode is one node<i>/ of a network directory.
type layoutNode struct {
	name       string
	dir        string
	configPath string
	cfg        *genesis.NodeConfig // paths resolved against dir
	validator  common.Address      // zero for an RPC node
	nodeKey    *ecdsa.PrivateKey
}

// isValidator reports whether the node's config names a validator key.
func (n *layoutNode) isValidator() bool {
	return n.cfg.Validator.Keystore != "" || n.cfg.Validator.KeyFile != ""
}

// p2pPort returns the devp2p port of the node's listen address.
func (n *layoutNode) p2pPort() (int, error) {
	_, port, err := net.SplitHostPort(n.cfg.P2P.ListenAddr)
	if err != nil {
		return 0, fmt.Errorf("localnet: %s: listen address %q: %w", n.name, n.cfg.P2P.ListenAddr, err)
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		return 0, fmt.Errorf("localnet: %s: listen address %q: %w", n.name, n.cfg.P2P.ListenAddr, err)
	}
	return p, nil
}

// enode returns the node's enode URL as the other nodes dial it.
func (n *layoutNode) enode() (string, error) {
	port, err := n.p2pPort()
	if err != nil {
		return "", err
	}
	return enode.NewV4(&n.nodeKey.PublicKey, net.ParseIP(Host), port, port).URLv4(), nil
}

// prepareLayout returns the network directory o describes: generated anew
// when it holds no genesis.json or o.Reset is set, else the existing one,
// checked against o. Either way every node has free ports when it returns
// (an existing network keeps its ports unless one of them is taken; then all
// are moved, and moved reports it).
func prepareLayout(o *Options) (l *layout, moved bool, err error) {
	_, err = os.Stat(filepath.Join(o.Dir, genesis.GenesisFile))
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("localnet: %w", err)
	}
	if !exists || o.Reset {
		l, err := generate(o.newNetworkDefaults())
		return l, false, err
	}
	if l, err = loadLayout(o.Dir); err != nil {
		return nil, false, err
	}
	if err := l.check(o); err != nil {
		return nil, false, err
	}
	if l.portsFree() {
		return l, false, nil
	}
	if err := l.movePorts(); err != nil {
		return nil, false, err
	}
	return l, true, nil
}

// generate writes a new network into o.Dir (replacing an empty or generated
// network directory) and loads it.
func generate(o Options) (*layout, error) {
	n := o.Validators + o.RPCNodes
	ports, err := freePortRanges(3, n)
	if err != nil {
		return nil, err
	}
	var alloc types.GenesisAlloc
	if o.Accounts > 0 {
		accounts, err := genesis.DevAccounts(o.Accounts)
		if err != nil {
			return nil, fmt.Errorf("localnet: %w", err)
		}
		alloc = make(types.GenesisAlloc, len(accounts))
		for _, a := range accounts {
			alloc[a.Address] = types.Account{Balance: devAccountBalance()}
		}
	}
	_, err = genesis.WriteNetwork(o.Dir, genesis.NetworkOptions{
		ChainID:    o.ChainID,
		Validators: o.Validators,
		RPCNodes:   o.RPCNodes,
		QBFT: qbft.Config{
			BlockPeriodSeconds:       o.BlockPeriod,
			RequestTimeoutSeconds:    o.RequestTimeout,
			MaxRequestTimeoutSeconds: o.MaxRequestTimeout,
		},
		FeeProfile: o.FeeProfile,
		Alloc:      alloc,
		Host:       Host,
		P2PPort:    ports[0],
		HTTPPort:   ports[1],
		WSPort:     ports[2],
		LightKDF:   true, // a throwaway network: keystores must open fast
		Force:      true, // only an empty or generated directory is replaced
	})
	if err != nil {
		return nil, fmt.Errorf("localnet: generating network: %w", err)
	}
	l, err := loadLayout(o.Dir)
	if err != nil {
		return nil, err
	}
	// Browser dApps talk to the nodes directly: the endpoints listen on
	// loopback only, so any origin and host name may use them.
	for _, nd := range l.nodes {
		nd.cfg.RPC.CORS, nd.cfg.RPC.VHosts = []string{"*"}, []string{"*"}
		if err := saveConfig(nd); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// loadLayout reads a network directory: genesis.json and node0/, node1/, …
// up to the first missing one.
func loadLayout(dir string) (*layout, error) {
	g, err := genesis.Load(filepath.Join(dir, genesis.GenesisFile))
	if err != nil {
		return nil, fmt.Errorf("localnet: %w", err)
	}
	l := &layout{dir: dir, genesis: g}
	for i := 0; ; i++ {
		name := fmt.Sprintf("node%d", i)
		nodeDir := filepath.Join(dir, name)
		path := filepath.Join(nodeDir, genesis.NodeConfigFile)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			break
		}
		nd, err := loadNode(name, nodeDir, path)
		if err != nil {
			return nil, fmt.Errorf("localnet: %s: %w", name, err)
		}
		l.nodes = append(l.nodes, nd)
	}
	if len(l.nodes) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNoNodes, dir)
	}
	return l, nil
}

// loadNode reads one node<i>/: its config, devp2p key and validator address.
func loadNode(name, dir, configPath string) (*layoutNode, error) {
	cfg, err := genesis.LoadNodeConfig(configPath)
	if err != nil {
		return nil, err
	}
	nd := &layoutNode{name: name, dir: dir, configPath: configPath, cfg: cfg}
	if cfg.P2P.NodeKeyFile == "" {
		return nil, errors.New("config names no node key")
	}
	if nd.nodeKey, err = crypto.LoadECDSA(cfg.P2P.NodeKeyFile); err != nil {
		return nil, fmt.Errorf("loading node key: %w", err)
	}
	if nd.validator, err = validatorAddress(cfg.Validator); err != nil {
		return nil, err
	}
	return nd, nil
}

// validatorAddress returns the address of the validator key a config names
// without decrypting it (a keystore file records its address); zero for a
// node without a validator key.
func validatorAddress(v genesis.ValidatorConfig) (common.Address, error) {
	switch {
	case v.Keystore != "":
		blob, err := os.ReadFile(v.Keystore)
		if err != nil {
			return common.Address{}, fmt.Errorf("reading validator keystore: %w", err)
		}
		var ks struct {
			Address string `json:"address"`
		}
		if err := json.Unmarshal(blob, &ks); err != nil || !common.IsHexAddress(ks.Address) {
			return common.Address{}, fmt.Errorf("validator keystore %s records no address", v.Keystore)
		}
		return common.HexToAddress(ks.Address), nil
	case v.KeyFile != "":
		key, err := crypto.LoadECDSA(v.KeyFile)
		if err != nil {
			return common.Address{}, fmt.Errorf("loading validator key: %w", err)
		}
		return crypto.PubkeyToAddress(key.PublicKey), nil
	}
	return common.Address{}, nil
}

// check compares the network with the non-zero settings of o.
func (l *layout) check(o *Options) error {
	validators := 0
	for _, nd := range l.nodes {
		if nd.isValidator() {
			validators++
		}
	}
	rpcNodes := len(l.nodes) - validators
	chainID := l.genesis.Core.Config.ChainID.Uint64()
	mismatch := func(what string, have, want any) error {
		return fmt.Errorf("%w: %s: %s %v, asked for %v", ErrNetworkMismatch, l.dir, what, have, want)
	}
	switch {
	case o.Validators != 0 && o.Validators != validators:
		return mismatch("validators", validators, o.Validators)
	case o.RPCNodes != 0 && o.RPCNodes != rpcNodes:
		return mismatch("RPC nodes", rpcNodes, o.RPCNodes)
	case o.ChainID != 0 && o.ChainID != chainID:
		return mismatch("chain id", chainID, o.ChainID)
	case o.FeeProfile != "" && o.FeeProfile != l.genesis.Xiang.FeeProfile:
		return mismatch("fee profile", l.genesis.Xiang.FeeProfile, o.FeeProfile)
	case o.BlockPeriod != 0 && o.BlockPeriod != l.genesis.QBFT.BlockPeriodSeconds:
		return mismatch("block period", l.genesis.QBFT.BlockPeriodSeconds, o.BlockPeriod)
	case o.RequestTimeout != 0 && o.RequestTimeout != l.genesis.QBFT.RequestTimeoutSeconds:
		return mismatch("request timeout", l.genesis.QBFT.RequestTimeoutSeconds, o.RequestTimeout)
	case o.MaxRequestTimeout != 0 && o.MaxRequestTimeout != l.genesis.QBFT.MaxRequestTimeoutSeconds:
		return mismatch("max request timeout", l.genesis.QBFT.MaxRequestTimeoutSeconds, o.MaxRequestTimeout)
	}
	return nil
}

// ports returns every TCP port the network's nodes listen on.
func (l *layout) ports() []int {
	var ports []int
	for _, nd := range l.nodes {
		if p, err := nd.p2pPort(); err == nil {
			ports = append(ports, p)
		}
		ports = append(ports, nd.cfg.RPC.HTTPPort, nd.cfg.RPC.WSPort)
	}
	return ports
}

// portsFree reports whether every port of the network can be listened on.
func (l *layout) portsFree() bool {
	for _, p := range l.ports() {
		ln, err := net.Listen("tcp", net.JoinHostPort(Host, strconv.Itoa(p)))
		if err != nil {
			return false
		}
		ln.Close()
	}
	return true
}

// movePorts gives every node fresh free ports and rewrites the node configs
// and static-nodes.json to match. Keys, and so enode ids and validator
// addresses, stay.
func (l *layout) movePorts() error {
	ports, err := freePortRanges(3, len(l.nodes))
	if err != nil {
		return err
	}
	urls := make([]string, len(l.nodes))
	for i, nd := range l.nodes {
		nd.cfg.P2P.ListenAddr = net.JoinHostPort(Host, strconv.Itoa(ports[0]+i))
		nd.cfg.RPC.HTTPHost, nd.cfg.RPC.HTTPPort = Host, ports[1]+i
		nd.cfg.RPC.WSHost, nd.cfg.RPC.WSPort = Host, ports[2]+i
		if err := saveConfig(nd); err != nil {
			return err
		}
		if urls[i], err = nd.enode(); err != nil {
			return err
		}
	}
	b, err := json.MarshalIndent(urls, "", "  ")
	if err != nil {
		return fmt.Errorf("localnet: encoding static nodes: %w", err)
	}
	path := filepath.Join(l.dir, genesis.StaticNodesFile)
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("localnet: writing static nodes: %w", err)
	}
	return nil
}

// saveConfig writes a node's config back, with the paths under the network
// directory relative again (so the directory can be moved).
func saveConfig(nd *layoutNode) error {
	cfg := *nd.cfg
	for _, p := range []*string{&cfg.Genesis, &cfg.DataDir, &cfg.Validator.Keystore, &cfg.Validator.PasswordFile,
		&cfg.Validator.KeyFile, &cfg.P2P.NodeKeyFile, &cfg.P2P.StaticNodes} {
		if *p == "" {
			continue
		}
		if rel, err := filepath.Rel(nd.dir, *p); err == nil {
			*p = rel
		}
	}
	if err := cfg.Save(nd.configPath); err != nil {
		return fmt.Errorf("localnet: %s: %w", nd.name, err)
	}
	return nil
}

// Ports of new networks are drawn from [portsLow, portsHigh): below the
// ephemeral range (Linux 32768–60999, IANA 49152–65535) from which the kernel
// takes the source port of every outgoing connection and the port of every
// listen on port 0. A port in that range that is free while its node is down
// (killed, restarting) can be taken by any process's outgoing connection,
// and the node then fails to restart with "address already in use".
const (
	portsLow  = 20000
	portsHigh = 32768
)

// freePortRanges returns the bases of count ranges of n consecutive TCP
// ports on Host that are free and do not overlap, drawn at random from
// [portsLow, portsHigh) (from the kernel's free ports only if that fails).
// Every chosen port is held open until all ranges are found, so the ranges
// cannot collide.
func freePortRanges(count, n int) ([]int, error) {
	var held []net.Listener
	defer func() {
		for _, ln := range held {
			ln.Close()
		}
	}()
	bases := make([]int, 0, count)
	for attempt := 0; len(bases) < count; attempt++ {
		if attempt == 200 {
			return nil, fmt.Errorf("%w of %d ports", ErrNoFreePorts, n)
		}
		port := "0" // the kernel's choice, after 100 tries below the ephemeral range
		if attempt < 100 && portsHigh-portsLow > n {
			port = strconv.Itoa(portsLow + rand.IntN(portsHigh-portsLow-n))
		}
		first, err := net.Listen("tcp", net.JoinHostPort(Host, port))
		if err != nil {
			if port != "0" {
				continue // taken
			}
			return nil, fmt.Errorf("localnet: finding a free port: %w", err)
		}
		base := first.Addr().(*net.TCPAddr).Port
		block := []net.Listener{first}
		for p := base + 1; p < base+n && p <= 65535; p++ {
			ln, err := net.Listen("tcp", net.JoinHostPort(Host, strconv.Itoa(p)))
			if err != nil {
				break
			}
			block = append(block, ln)
		}
		if len(block) < n {
			for _, ln := range block {
				ln.Close()
			}
			continue
		}
		held = append(held, block...)
		bases = append(bases, base)
	}
	return bases, nil
}
