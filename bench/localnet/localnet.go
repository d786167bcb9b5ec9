package localnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/genesis"
)

// Defaults of Options.
const (
	// DefaultDir is the network directory, relative to the working directory.
	DefaultDir = ".xiang/localnet"
	// DefaultValidators is the number of validators of a new network.
	DefaultValidators = 4
	// DefaultChainID is the chain id of a new network (the one `xiang dev`
	// uses, which wallets know as a local chain).
	DefaultChainID = genesis.DevChainID
	// DefaultBlockPeriod is the block period of a new network, in seconds.
	DefaultBlockPeriod = 1
	// DefaultStartTimeout bounds the wait for a started node to serve RPC.
	DefaultStartTimeout = 60 * time.Second
	// DefaultStopTimeout is how long a node may take to shut down after
	// SIGTERM before it is killed.
	DefaultStopTimeout = 20 * time.Second
)

// readyPollInterval is how often a starting node is asked for its chain id.
const readyPollInterval = 200 * time.Millisecond

// Errors of a running network.
var (
	ErrNoSuchNode   = errors.New("localnet: no such node")
	ErrNotRunning   = errors.New("localnet: node is not running")
	ErrStopped      = errors.New("localnet: network is stopped")
	ErrStopTimeout  = errors.New("localnet: node did not stop after SIGTERM and was killed")
	ErrStartTimeout = errors.New("localnet: node did not serve JSON-RPC in time")
	ErrExited       = errors.New("localnet: node exited during start-up")
	ErrWrongChain   = errors.New("localnet: node serves another chain")
)

// Role is what a node does in the network.
type Role string

// Roles of a node.
const (
	RoleValidator Role = "validator" // holds a validator key and seals blocks
	RoleRPC       Role = "rpc"       // follows the chain and serves JSON-RPC only
)

// Options configures Start. Validators, RPCNodes, ChainID, BlockPeriod,
// FeeProfile and Accounts describe a network to generate; zero values take
// the defaults. When Dir already holds a network (and Reset is not set) it is
// reused, and those of the settings that are non-zero must match it.
type Options struct {
	// Dir is the network directory; DefaultDir when empty.
	Dir string
	// Reset replaces the network in Dir (only an empty directory or a
	// generated network is ever removed).
	Reset bool

	Validators  int    // validator nodes; DefaultValidators when 0
	RPCNodes    int    // non-validating nodes serving JSON-RPC
	ChainID     uint64 // DefaultChainID when 0
	BlockPeriod uint64 // seconds; DefaultBlockPeriod when 0
	FeeProfile  string // genesis.FeesFree (when empty) or genesis.FeesMarket
	// RequestTimeout and MaxRequestTimeout are genesis
	// requesttimeoutseconds and maxrequesttimeoutseconds: the round-0 timer
	// and the cap of the doubling round timer. 0 takes the protocol
	// defaults (qbft.DefaultRequestTimeoutSeconds,
	// qbft.DefaultMaxRequestTimeoutSeconds).
	RequestTimeout    uint64
	MaxRequestTimeout uint64
	// Accounts is how many dev accounts (genesis.DevMnemonic) to prefund:
	// genesis.DefaultDevAccounts when 0, none when negative.
	Accounts int

	// Binary is the xiang executable the nodes run; os.Executable() when
	// empty.
	Binary string
	// Verbosity is the nodes' --verbosity; their default when empty.
	Verbosity string
	// StartTimeout bounds the wait for each node to serve JSON-RPC;
	// DefaultStartTimeout when 0.
	StartTimeout time.Duration
	// StopTimeout is how long a node may take to stop after SIGTERM before it
	// is killed; DefaultStopTimeout when 0.
	StopTimeout time.Duration
	// OnExit, if set, is called (on its own goroutine) when a node that had
	// started exits without Stop, Kill or Restart asking it to. err is its
	// exit status.
	OnExit func(node Node, err error)
}

// newNetworkDefaults fills in the settings of a network to generate.
func (o Options) newNetworkDefaults() Options {
	if o.Validators == 0 {
		o.Validators = DefaultValidators
	}
	if o.ChainID == 0 {
		o.ChainID = DefaultChainID
	}
	if o.BlockPeriod == 0 {
		o.BlockPeriod = DefaultBlockPeriod
	}
	if o.FeeProfile == "" {
		o.FeeProfile = genesis.FeesFree
	}
	switch {
	case o.Accounts == 0:
		o.Accounts = genesis.DefaultDevAccounts
	case o.Accounts < 0:
		o.Accounts = 0
	}
	return o
}

// Node describes one node of a running network.
type Node struct {
	Index     int
	Name      string         // node<i>, also its folder in the network directory
	Role      Role           // RoleValidator or RoleRPC
	Validator common.Address // the validator's address; zero for an RPC node
	Enode     string         // devp2p URL
	HTTP      string         // JSON-RPC over HTTP, e.g. http://127.0.0.1:8545
	WS        string         // JSON-RPC over WebSocket, e.g. ws://127.0.0.1:8546
	Dir       string         // node folder: config, keys
	Config    string         // config.toml, as `xiang node --config` takes it
	DataDir   string         // database
	Log       string         // log file (stdout and stderr, appended across runs)
	PID       int            // process id; 0 when the node is not running
}

// Network is a running local network. Its methods are safe for concurrent
// use.
type Network struct {
	opts       Options
	layout     *layout
	portsMoved bool
	unlock     func()

	mu      sync.Mutex
	procs   []*process // by node index; nil when not running
	stopped bool

	stopOnce sync.Once
	stopErr  error
	done     chan struct{} // closed when Stop has finished
}

// Start prepares the network directory (generating a network, or reusing
// the one there), starts every node and returns once each serves JSON-RPC
// with the network's chain id. ctx bounds start-up only; the network runs
// until Stop. On error every node started so far is stopped.
func Start(ctx context.Context, o Options) (*Network, error) {
	if o.Dir == "" {
		o.Dir = DefaultDir
	}
	dir, err := filepath.Abs(o.Dir)
	if err != nil {
		return nil, fmt.Errorf("localnet: network directory: %w", err)
	}
	o.Dir = dir
	if o.Binary == "" {
		if o.Binary, err = os.Executable(); err != nil {
			return nil, fmt.Errorf("localnet: locating the xiang binary: %w", err)
		}
	}
	if o.StartTimeout == 0 {
		o.StartTimeout = DefaultStartTimeout
	}
	if o.StopTimeout == 0 {
		o.StopTimeout = DefaultStopTimeout
	}
	unlock, err := lockDir(o.Dir)
	if err != nil {
		return nil, err
	}
	l, moved, err := prepareLayout(&o)
	if err != nil {
		unlock()
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(o.Dir, LogDir), 0o755); err != nil {
		unlock()
		return nil, fmt.Errorf("localnet: creating log directory: %w", err)
	}
	n := &Network{
		opts:       o,
		layout:     l,
		portsMoved: moved,
		unlock:     unlock,
		procs:      make([]*process, len(l.nodes)),
		done:       make(chan struct{}),
	}
	started := make([]*process, len(l.nodes))
	n.mu.Lock()
	for i := range l.nodes {
		if started[i], err = n.spawnLocked(i); err != nil {
			break
		}
	}
	n.mu.Unlock()
	if err == nil {
		err = n.waitAllReady(ctx, started)
	}
	if err != nil {
		n.Stop()
		return nil, err
	}
	return n, nil
}

// waitAllReady waits for every started node to serve JSON-RPC.
func (n *Network) waitAllReady(ctx context.Context, procs []*process) error {
	errs := make([]error, len(procs))
	var wg sync.WaitGroup
	for i, p := range procs {
		wg.Go(func() { errs[i] = n.waitReady(ctx, i, p) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// waitReady polls node i's eth_chainId until it answers with the network's
// chain id, the process exits, or ctx or the start timeout ends.
func (n *Network) waitReady(ctx context.Context, i int, p *process) error {
	ctx, cancel := context.WithTimeout(ctx, n.opts.StartTimeout)
	defer cancel()
	nd := n.node(i, 0)
	want := n.ChainID()
	var lastErr error
	for {
		id, err := chainIDAt(ctx, nd.HTTP)
		switch {
		case err == nil && id == want:
			p.ready.Store(true)
			return nil
		case err == nil:
			return fmt.Errorf("%w: %s at %s has chain id %d, want %d", ErrWrongChain, nd.Name, nd.HTTP, id, want)
		}
		lastErr = err
		select {
		case <-p.done:
			return fmt.Errorf("%w: %s (%v); log %s:\n%s", ErrExited, nd.Name, p.err, nd.Log, logTail(nd.Log, logTailLines))
		case <-ctx.Done():
			if ctx.Err() == context.DeadlineExceeded {
				return fmt.Errorf("%w: %s at %s: %v; log %s:\n%s", ErrStartTimeout, nd.Name, nd.HTTP, lastErr,
					nd.Log, logTail(nd.Log, logTailLines))
			}
			return fmt.Errorf("localnet: waiting for %s: %w", nd.Name, ctx.Err())
		case <-time.After(readyPollInterval):
		}
	}
}

// chainIDAt asks a JSON-RPC endpoint for eth_chainId.
func chainIDAt(ctx context.Context, url string) (uint64, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return 0, err
	}
	return uint64(id), nil
}

// Nodes describes every node, in index order (validators first).
func (n *Network) Nodes() []Node {
	n.mu.Lock()
	defer n.mu.Unlock()
	nodes := make([]Node, len(n.layout.nodes))
	for i := range nodes {
		nodes[i] = n.node(i, n.pidLocked(i))
	}
	return nodes
}

// pidLocked returns node i's process id, 0 if it is not running.
func (n *Network) pidLocked(i int) int {
	if p := n.procs[i]; p != nil {
		return p.cmd.Process.Pid
	}
	return 0
}

// node describes node i with the given process id.
func (n *Network) node(i, pid int) Node {
	ln := n.layout.nodes[i]
	role := RoleRPC
	if ln.isValidator() {
		role = RoleValidator
	}
	url, _ := ln.enode() // the port parsed when the layout was prepared
	return Node{
		Index:     i,
		Name:      ln.name,
		Role:      role,
		Validator: ln.validator,
		Enode:     url,
		HTTP:      fmt.Sprintf("http://%s:%d", Host, ln.cfg.RPC.HTTPPort),
		WS:        fmt.Sprintf("ws://%s:%d", Host, ln.cfg.RPC.WSPort),
		Dir:       ln.dir,
		Config:    ln.configPath,
		DataDir:   ln.cfg.DataDir,
		Log:       filepath.Join(n.layout.dir, LogDir, ln.name+".log"),
		PID:       pid,
	}
}

// ChainID returns the network's chain id.
func (n *Network) ChainID() uint64 {
	return n.layout.genesis.Core.Config.ChainID.Uint64()
}

// Dir returns the absolute path of the network directory.
func (n *Network) Dir() string {
	return n.layout.dir
}

// Genesis returns the network's genesis.
func (n *Network) Genesis() *genesis.Genesis {
	return n.layout.genesis
}

// PortsMoved reports whether Start gave a reused network new ports because
// one of its old ones was taken.
func (n *Network) PortsMoved() bool {
	return n.portsMoved
}

// DevAccounts returns the dev accounts (genesis.DevMnemonic) the genesis
// prefunds, among the first max(Options.Accounts, genesis.DefaultDevAccounts).
func (n *Network) DevAccounts() ([]genesis.DevAccount, error) {
	accounts, err := genesis.DevAccounts(max(n.opts.Accounts, genesis.DefaultDevAccounts))
	if err != nil {
		return nil, fmt.Errorf("localnet: %w", err)
	}
	var funded []genesis.DevAccount
	for _, a := range accounts {
		if acct, ok := n.layout.genesis.Core.Alloc[a.Address]; ok && acct.Balance != nil && acct.Balance.Sign() > 0 {
			funded = append(funded, a)
		}
	}
	return funded, nil
}

// Kill sends SIGKILL to node i and waits for it to exit. The node stays
// down until Restart.
func (n *Network) Kill(i int) error {
	p, err := n.running(i)
	if err != nil {
		return err
	}
	p.deliberate.Store(true)
	if err := p.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("localnet: killing node%d: %w", i, err)
	}
	<-p.done
	return nil
}

// Restart stops node i if it is running (SIGTERM, then SIGKILL after the
// stop timeout), starts it again and waits until it serves JSON-RPC.
func (n *Network) Restart(i int) error {
	if i < 0 || i >= len(n.layout.nodes) {
		return fmt.Errorf("%w: %d", ErrNoSuchNode, i)
	}
	n.mu.Lock()
	if n.stopped {
		n.mu.Unlock()
		return ErrStopped
	}
	old := n.procs[i]
	n.mu.Unlock()
	if old != nil {
		if err := stopProcess(old, n.opts.StopTimeout); err != nil && !errors.Is(err, ErrStopTimeout) {
			return fmt.Errorf("localnet: stopping node%d: %w", i, err)
		}
	}

	n.mu.Lock()
	if n.stopped {
		n.mu.Unlock()
		return ErrStopped
	}
	if p := n.procs[i]; p != nil && p != old {
		n.mu.Unlock()
		return fmt.Errorf("localnet: node%d was restarted concurrently", i)
	}
	p, err := n.spawnLocked(i)
	n.mu.Unlock()
	if err != nil {
		return err
	}
	return n.waitReady(context.Background(), i, p)
}

// running returns node i's process, or ErrNotRunning.
func (n *Network) running(i int) (*process, error) {
	if i < 0 || i >= len(n.layout.nodes) {
		return nil, fmt.Errorf("%w: %d", ErrNoSuchNode, i)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	p := n.procs[i]
	if p == nil {
		return nil, fmt.Errorf("%w: node%d", ErrNotRunning, i)
	}
	return p, nil
}

// Stop shuts every node down: SIGTERM to all at once, then SIGKILL to any
// that is still running after the stop timeout. It returns once all have
// exited; an error names the nodes that had to be killed. Calling it again
// waits for the first call and returns its result.
func (n *Network) Stop() error {
	n.stopOnce.Do(func() {
		n.mu.Lock()
		n.stopped = true
		procs := append([]*process(nil), n.procs...)
		n.mu.Unlock()
		errs := make([]error, len(procs))
		var wg sync.WaitGroup
		for i, p := range procs {
			if p == nil {
				continue
			}
			wg.Go(func() {
				if err := stopProcess(p, n.opts.StopTimeout); err != nil {
					errs[i] = fmt.Errorf("%s: %w", n.layout.nodes[i].name, err)
				}
			})
		}
		wg.Wait()
		n.unlock()
		n.stopErr = errors.Join(errs...)
		close(n.done)
	})
	return n.stopErr
}

// Wait blocks until Stop has finished.
func (n *Network) Wait() {
	<-n.done
}

// devAccountBalance is what each dev account is given: genesis.DevAccountEther.
func devAccountBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(genesis.DevAccountEther), big.NewInt(params.Ether))
}
