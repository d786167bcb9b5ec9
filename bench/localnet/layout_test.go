package localnet

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// enodes returns the enode URLs of a layout's nodes.
func enodes(t *testing.T, l *layout) []string {
	t.Helper()
	urls := make([]string, len(l.nodes))
	for i, nd := range l.nodes {
		var err error
		if urls[i], err = nd.enode(); err != nil {
			t.Fatal(err)
		}
	}
	return urls
}

// validators returns the validator addresses of a layout's nodes.
func validators(l *layout) []common.Address {
	addrs := make([]common.Address, len(l.nodes))
	for i, nd := range l.nodes {
		addrs[i] = nd.validator
	}
	return addrs
}

// staticURLs reads the network's static-nodes.json.
func staticURLs(t *testing.T, dir string) []string {
	t.Helper()
	nodes, err := genesis.ReadStaticNodes(filepath.Join(dir, genesis.StaticNodesFile))
	if err != nil {
		t.Fatal(err)
	}
	urls := make([]string, len(nodes))
	for i, nd := range nodes {
		urls[i] = nd.URLv4()
	}
	return urls
}

// TestPrepareLayout generates a network, reuses it unchanged, then moves it
// to new ports when one of its ports is taken.
func TestPrepareLayout(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	o := Options{Dir: dir, Validators: 3, RPCNodes: 2, ChainID: 77, BlockPeriod: 2, FeeProfile: genesis.FeesMarket,
		RequestTimeout: 3, MaxRequestTimeout: 5}
	l, moved, err := prepareLayout(&o)
	if err != nil {
		t.Fatal(err)
	}
	if moved || len(l.nodes) != 5 {
		t.Fatalf("moved %v, %d nodes", moved, len(l.nodes))
	}
	if id := l.genesis.Core.Config.ChainID.Uint64(); id != 77 || l.genesis.QBFT.BlockPeriodSeconds != 2 ||
		l.genesis.Xiang.FeeProfile != genesis.FeesMarket {
		t.Errorf("genesis: chain id %d, period %d, fees %s", id, l.genesis.QBFT.BlockPeriodSeconds, l.genesis.Xiang.FeeProfile)
	}
	onDisk, err := genesis.Load(filepath.Join(dir, genesis.GenesisFile))
	if err != nil {
		t.Fatal(err)
	}
	if q := onDisk.QBFT; q.RequestTimeoutSeconds != 3 || q.MaxRequestTimeoutSeconds != 5 {
		t.Errorf("genesis.json: requesttimeoutseconds %d, maxrequesttimeoutseconds %d, want 3 and 5",
			q.RequestTimeoutSeconds, q.MaxRequestTimeoutSeconds)
	}
	for i, nd := range l.nodes {
		if nd.isValidator() != (i < 3) || (nd.validator == common.Address{}) == (i < 3) {
			t.Errorf("%s: validator %v %s", nd.name, nd.isValidator(), nd.validator.Hex())
		}
		if !slices.Equal(nd.cfg.RPC.CORS, []string{"*"}) || !slices.Equal(nd.cfg.RPC.VHosts, []string{"*"}) {
			t.Errorf("%s: CORS %v, vhosts %v", nd.name, nd.cfg.RPC.CORS, nd.cfg.RPC.VHosts)
		}
	}
	if !slices.Equal(staticURLs(t, dir), enodes(t, l)) {
		t.Error("static-nodes.json differs from the nodes' enodes")
	}
	if !l.portsFree() {
		t.Fatal("a fresh network's ports are taken")
	}

	// Reused as it is: same keys and ports.
	again, moved, err := prepareLayout(&Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if moved || !slices.Equal(enodes(t, again), enodes(t, l)) || !slices.Equal(validators(again), validators(l)) {
		t.Fatalf("reuse changed the network (moved %v)", moved)
	}

	// node2's HTTP port is taken: every node moves, keys stay.
	ln, err := net.Listen("tcp", net.JoinHostPort(Host, strconv.Itoa(l.nodes[2].cfg.RPC.HTTPPort)))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	movedL, moved, err := prepareLayout(&Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if !moved || !movedL.portsFree() {
		t.Fatalf("moved %v, ports free %v", moved, movedL.portsFree())
	}
	if !slices.Equal(validators(movedL), validators(l)) {
		t.Error("moving ports changed the validators")
	}
	for i, nd := range movedL.nodes {
		if nd.cfg.RPC.HTTPPort == l.nodes[2].cfg.RPC.HTTPPort {
			t.Errorf("%s still uses the taken port", nd.name)
		}
		if nd.nodeKey.D.Cmp(l.nodes[i].nodeKey.D) != 0 {
			t.Errorf("%s: node key changed", nd.name)
		}
	}
	if !slices.Equal(staticURLs(t, dir), enodes(t, movedL)) {
		t.Error("static-nodes.json does not follow the moved ports")
	}
	// What is on disk is what prepareLayout returned, with relative paths.
	reread, err := loadLayout(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(enodes(t, reread), enodes(t, movedL)) || reread.nodes[4].cfg.RPC.WSPort != movedL.nodes[4].cfg.RPC.WSPort {
		t.Error("rewritten configs differ from the moved layout")
	}
	raw, err := os.ReadFile(reread.nodes[0].configPath)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), dir) {
		t.Errorf("rewritten config holds absolute paths:\n%s", raw)
	}
}

// TestPrepareLayoutMismatch checks that settings given for an existing
// network must match it.
func TestPrepareLayoutMismatch(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	if _, _, err := prepareLayout(&Options{Dir: dir, Validators: 2, RPCNodes: 1}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		o    Options
		err  error
	}{
		{"nothing asked", Options{}, nil},
		{"all matching", Options{Validators: 2, RPCNodes: 1, ChainID: DefaultChainID, BlockPeriod: DefaultBlockPeriod,
			FeeProfile: genesis.FeesFree, RequestTimeout: qbft.DefaultRequestTimeoutSeconds,
			MaxRequestTimeout: qbft.DefaultMaxRequestTimeoutSeconds}, nil},
		{"validators", Options{Validators: 4}, ErrNetworkMismatch},
		{"rpc nodes", Options{RPCNodes: 2}, ErrNetworkMismatch},
		{"chain id", Options{ChainID: 5}, ErrNetworkMismatch},
		{"fees", Options{FeeProfile: genesis.FeesMarket}, ErrNetworkMismatch},
		{"period", Options{BlockPeriod: 3}, ErrNetworkMismatch},
		{"request timeout", Options{RequestTimeout: 2}, ErrNetworkMismatch},
		{"max request timeout", Options{MaxRequestTimeout: 4}, ErrNetworkMismatch},
	}
	for _, tt := range tests {
		tt.o.Dir = dir
		if _, _, err := prepareLayout(&tt.o); !errors.Is(err, tt.err) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
		}
	}
}

// TestPrepareLayoutReset checks that Reset generates new keys, and never
// removes a directory that is not a generated network.
func TestPrepareLayoutReset(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	first, _, err := prepareLayout(&Options{Dir: dir, Validators: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, LogDir), 0o755); err != nil {
		t.Fatal(err)
	}
	second, _, err := prepareLayout(&Options{Dir: dir, Validators: 2, Reset: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(second.nodes) != 2 || second.nodes[0].validator == first.nodes[0].validator {
		t.Errorf("reset kept the old network: %d nodes", len(second.nodes))
	}
	if _, err := os.Stat(filepath.Join(dir, LogDir)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("reset kept the old logs: %v", err)
	}

	other := t.TempDir()
	keep := filepath.Join(other, "precious.txt")
	if err := os.WriteFile(keep, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, reset := range []bool{false, true} {
		if _, _, err := prepareLayout(&Options{Dir: other, Reset: reset}); !errors.Is(err, genesis.ErrNotNetworkDir) {
			t.Errorf("reset %v of a non-network directory: %v, want ErrNotNetworkDir", reset, err)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("a file of a non-network directory is gone: %v", err)
	}
}

// TestDevAccounts checks the prefunded accounts a generated network holds.
func TestDevAccounts(t *testing.T) {
	tests := []struct {
		accounts, want int
	}{{0, genesis.DefaultDevAccounts}, {3, 3}, {-1, 0}}
	for _, tt := range tests {
		o := Options{Dir: filepath.Join(t.TempDir(), "net"), Validators: 1, Accounts: tt.accounts}
		l, _, err := prepareLayout(&o)
		if err != nil {
			t.Fatal(err)
		}
		n := &Network{opts: o, layout: l}
		got, err := n.DevAccounts()
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tt.want {
			t.Errorf("Accounts %d: %d funded, want %d", tt.accounts, len(got), tt.want)
		}
		for _, a := range got {
			if l.genesis.Core.Alloc[a.Address].Balance.Cmp(devAccountBalance()) != 0 {
				t.Errorf("%s: balance %v", a.Address.Hex(), l.genesis.Core.Alloc[a.Address].Balance)
			}
		}
	}
}

func TestFreePortRanges(t *testing.T) {
	bases, err := freePortRanges(3, 5)
	if err != nil {
		t.Fatal(err)
	}
	used := make(map[int]bool)
	for _, base := range bases {
		if base < portsLow || base+5 > portsHigh {
			t.Errorf("range %d-%d outside [%d, %d): a restarted node could find its port taken by an outgoing connection",
				base, base+4, portsLow, portsHigh)
		}
		for p := base; p < base+5; p++ {
			if used[p] {
				t.Fatalf("port %d in two ranges %v", p, bases)
			}
			used[p] = true
			ln, err := net.Listen("tcp", net.JoinHostPort(Host, strconv.Itoa(p)))
			if err != nil {
				t.Fatalf("port %d of %v is not free: %v", p, bases, err)
			}
			ln.Close()
		}
	}
}

func TestLockDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	unlock, err := lockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lockDir(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second lock: %v, want ErrLocked", err)
	}
	unlock()
	unlock, err = lockDir(dir)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	unlock()
}
