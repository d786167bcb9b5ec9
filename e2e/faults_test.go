package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/bench/localnet"
)

// Settings of the fault-test networks (four `xiang node` validators started by
// bench/localnet on loopback) and the bounds the tests assert.
const (
	// faultValidators is the network size: quorum 3, one fault tolerated.
	faultValidators = 4
	// faultBlockPeriod is genesis blockperiodseconds.
	faultBlockPeriod = time.Second
	// faultRequestTimeout is genesis requesttimeoutseconds: the round-0 timer.
	faultRequestTimeout = 2 * time.Second
	// faultMaxRequestTimeout is genesis maxrequesttimeoutseconds, the cap of
	// the doubling round timer: rounds 0, 1, 2, … wait 2 s, 4 s, 4 s, …
	faultMaxRequestTimeout = 4 * time.Second
	// faultSlack absorbs scheduling delays on a shared 2-core machine.
	faultSlack = 2500 * time.Millisecond

	// faultMissedTurnGap bounds the time between two blocks while one
	// validator is down. A missed proposer turn costs one round-0 timeout
	// before round 1 (whose proposer is alive) proposes; a second round
	// change would add faultMaxRequestTimeout more (2 s + 4 s = 6 s), which
	// this bound (5.5 s) excludes.
	faultMissedTurnGap = faultRequestTimeout + faultBlockPeriod + faultSlack
	// faultSettle is how long after a fault a block already being committed
	// may still arrive before the network must stand still.
	faultSettle = faultBlockPeriod + time.Second
	// faultHaltWindow is how long a network without quorum is watched: it
	// spans at least three round timeouts.
	faultHaltWindow = 3 * faultMaxRequestTimeout
	// faultResumeBound bounds the time from quorum being back (a restarted
	// node serving RPC, or partitioned peers connected again) to the next
	// block. The nodes that stayed up sit in some round r whose timer has at
	// most faultMaxRequestTimeout left; when it fires they send ROUND-CHANGE
	// for r+1, f+1 of which make the returning node join r+1, and the
	// quorum of round changes lets r+1's proposer propose. If that proposer
	// is down (kill two, restart one) round r+2 follows one capped timer
	// later. So two capped timeouts, one more for the returning node to
	// connect and catch up, plus a block period and slack: 15.5 s. An
	// uncapped timer would by then be waiting 16 s or 32 s for one round.
	faultResumeBound = 3*faultMaxRequestTimeout + faultBlockPeriod + faultSlack
	// faultReconnectBound bounds admin_addPeer reconnecting the two halves of
	// a partition. go-ethereum's dialer does not redial a node within 35 s
	// of its last dial (p2p dialHistoryExpiration), so a reconnection can
	// wait that long after start-up.
	faultReconnectBound = 35*time.Second + faultSlack
	// faultCatchUp bounds a restarted node reaching the others' head.
	faultCatchUp = 30 * time.Second
	// faultDrain bounds the mining of every sent transfer once the network
	// is whole again.
	faultDrain = 45 * time.Second
	// faultTestTimeout bounds each fault test.
	faultTestTimeout = 3 * time.Minute
	// faultLogLines is how much of each node log a failed test prints.
	faultLogLines = 120
	// ipcName is the IPC socket in a node's data directory (node.DefaultIPCName).
	ipcName = "xiang.ipc"
	// rpcBatch is how many calls one JSON-RPC batch carries.
	rpcBatch = 100
)

// Settings of the load generator.
const (
	// loadRate is how many transfers per second are sent.
	loadRate = 50
	// loadAccounts is how many dev accounts send, round-robin.
	loadAccounts = 5
	// loadMaxInFlight is how many unmined transfers one account may have;
	// while the chain is halted the generator pauses at this.
	loadMaxInFlight = 64
	// loadResendAfter is how long a transfer may go unmined before it is
	// sent again (to the next node): the node it was sent to may have been
	// killed before relaying it.
	loadResendAfter = 6 * time.Second
	// loadResendEvery is how often unmined transfers are looked at.
	loadResendEvery = 3 * time.Second
	// loadResendMax caps the transfers re-sent at once.
	loadResendMax = 100
	// loadPoll is how often the follower reads new blocks.
	loadPoll = 250 * time.Millisecond
	// loadCallTimeout bounds one JSON-RPC call of the generator.
	loadCallTimeout = 3 * time.Second
)

// loadSink receives every transfer of the load generator.
var loadSink = common.HexToAddress("0x000000000000000000000000000000000000fa17")

// faultNet is a four-validator localnet network of real processes.
type faultNet struct {
	t     *testing.T
	net   *localnet.Network
	nodes []localnet.Node
	eth   []*ethclient.Client // over HTTP; survives restarts of the node
	raw   []*rpc.Client       // the same connections, for batches and qbft_

	mu    sync.Mutex
	exits []string // nodes that exited without being asked to
}

// startFaultNet generates and starts a network in a temporary directory.
// It is stopped when the test ends, and the tail of each node log is printed
// if the test failed.
func startFaultNet(ctx context.Context, t *testing.T) *faultNet {
	t.Helper()
	fn := &faultNet{t: t}
	network, err := localnet.Start(ctx, localnet.Options{
		Dir:               filepath.Join(t.TempDir(), "net"),
		Validators:        faultValidators,
		ChainID:           networkChainID,
		BlockPeriod:       uint64(faultBlockPeriod / time.Second),
		RequestTimeout:    uint64(faultRequestTimeout / time.Second),
		MaxRequestTimeout: uint64(faultMaxRequestTimeout / time.Second),
		Binary:            suite.xiang,
		StopTimeout:       stopTimeout,
		OnExit: func(nd localnet.Node, err error) {
			fn.mu.Lock()
			defer fn.mu.Unlock()
			fn.exits = append(fn.exits, fmt.Sprintf("%s exited on its own: %v", nd.Name, err))
		},
	})
	if err != nil {
		t.Fatalf("starting the network: %v", err)
	}
	fn.net = network
	fn.nodes = network.Nodes()
	t.Cleanup(func() {
		if err := network.Stop(); err != nil {
			t.Errorf("stopping the network: %v", err)
		}
		if t.Failed() {
			for _, nd := range fn.nodes {
				t.Logf("---- %s log %s (last %d lines) ----\n%s", nd.Name, nd.Log, faultLogLines, tailFile(nd.Log, faultLogLines))
			}
		}
	})
	for _, nd := range fn.nodes {
		c, err := rpc.DialContext(ctx, nd.HTTP)
		if err != nil {
			t.Fatalf("dialling %s: %v", nd.Name, err)
		}
		t.Cleanup(c.Close)
		fn.raw = append(fn.raw, c)
		fn.eth = append(fn.eth, ethclient.NewClient(c))
	}
	t.Logf("network %s: %d validators, block period %v, request timeout %v (max %v)",
		network.Dir(), len(fn.nodes), faultBlockPeriod, faultRequestTimeout, faultMaxRequestTimeout)
	return fn
}

// tailFile returns the last n lines of a file.
func tailFile(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// all returns the indexes of every node.
func (fn *faultNet) all() []int {
	idx := make([]int, len(fn.nodes))
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// others returns the indexes of every node but those given.
func (fn *faultNet) others(skip ...int) []int {
	var idx []int
	for i := range fn.nodes {
		if !slices.Contains(skip, i) {
			idx = append(idx, i)
		}
	}
	return idx
}

// kill sends SIGKILL to the given nodes at once and waits for them to exit.
func (fn *faultNet) kill(idx ...int) {
	fn.t.Helper()
	fn.each(idx, "killing", fn.net.Kill)
}

// restart starts the given nodes at once and waits until each serves RPC.
func (fn *faultNet) restart(idx ...int) {
	fn.t.Helper()
	fn.each(idx, "restarting", fn.net.Restart)
}

// each runs op on the given nodes concurrently and fails the test on error.
func (fn *faultNet) each(idx []int, what string, op func(int) error) {
	fn.t.Helper()
	errs := make([]error, len(idx))
	var wg sync.WaitGroup
	for k, i := range idx {
		wg.Go(func() { errs[k] = op(i) })
	}
	wg.Wait()
	for k, err := range errs {
		if err != nil {
			fn.t.Fatalf("%s node%d: %v", what, idx[k], err)
		}
	}
}

// head returns node i's head block number.
func (fn *faultNet) head(ctx context.Context, i int) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, loadCallTimeout)
	defer cancel()
	return fn.eth[i].BlockNumber(ctx)
}

// maxHead returns the highest head among the given nodes that answer.
func (fn *faultNet) maxHead(ctx context.Context, idx []int) uint64 {
	var top uint64
	for _, i := range idx {
		if h, err := fn.head(ctx, i); err == nil {
			top = max(top, h)
		}
	}
	return top
}

// waitHead waits until node i's head is at least number and returns how
// long that took.
func (fn *faultNet) waitHead(ctx context.Context, i int, number uint64, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	var last uint64
	var lastErr error
	for time.Since(start) < limit {
		h, err := fn.head(ctx, i)
		if err == nil && h >= number {
			return time.Since(start), nil
		}
		last, lastErr = h, err
		if err := sleepCtx(ctx, 100*time.Millisecond); err != nil {
			return 0, err
		}
	}
	return 0, fmt.Errorf("node%d: head %d (error %v) after %v, want %d", i, last, lastErr, limit, number)
}

// waitBlockAbove waits until one of the given nodes has a block above
// number and returns how long that took.
func (fn *faultNet) waitBlockAbove(ctx context.Context, idx []int, number uint64, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	for time.Since(start) < limit {
		if fn.maxHead(ctx, idx) > number {
			return time.Since(start), nil
		}
		if err := sleepCtx(ctx, 100*time.Millisecond); err != nil {
			return 0, err
		}
	}
	return 0, fmt.Errorf("no block above %d on nodes %v within %v", number, idx, limit)
}

// expectHalt waits faultSettle for a block already being committed, then
// requires that for faultHaltWindow no node among idx gets a block above the
// highest head they had then (a node catching up to that head is allowed).
// It returns that head.
func (fn *faultNet) expectHalt(ctx context.Context, idx []int) uint64 {
	fn.t.Helper()
	if err := sleepCtx(ctx, faultSettle); err != nil {
		fn.t.Fatal(err)
	}
	halted := fn.maxHead(ctx, idx)
	for end := time.Now().Add(faultHaltWindow); time.Now().Before(end); {
		if h := fn.maxHead(ctx, idx); h > halted {
			fn.t.Fatalf("block %d produced on nodes %v without a quorum (halted at %d)", h, idx, halted)
		}
		if err := sleepCtx(ctx, 250*time.Millisecond); err != nil {
			fn.t.Fatal(err)
		}
	}
	return halted
}

// certificate is the answer of qbft_getCommitCertificate.
type certificate struct {
	BlockHash common.Hash      `json:"blockHash"`
	Round     hexutil.Uint64   `json:"round"`
	Signers   []common.Address `json:"signers"`
}

// certificate returns node i's commit certificate of a block, nil if it
// holds none.
func (fn *faultNet) certificate(ctx context.Context, i int, number uint64) (*certificate, error) {
	ctx, cancel := context.WithTimeout(ctx, loadCallTimeout)
	defer cancel()
	var cert *certificate
	err := fn.raw[i].CallContext(ctx, &cert, "qbft_getCommitCertificate", hexutil.Uint64(number))
	if err != nil {
		return nil, fmt.Errorf("node%d: qbft_getCommitCertificate(%d): %w", i, number, err)
	}
	return cert, nil
}

// qbftStatus is the part of qbft_status the tests read.
type qbftStatus struct {
	Head             hexutil.Uint64   `json:"head"`
	Round            hexutil.Uint64   `json:"round"`
	ValidatorsOnline []common.Address `json:"validatorsOnline"`
	Peers            int              `json:"peers"`
	RoundChanges     uint64           `json:"roundChanges"`
}

// status returns node i's qbft_status.
func (fn *faultNet) status(ctx context.Context, i int) (*qbftStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, loadCallTimeout)
	defer cancel()
	var st qbftStatus
	if err := fn.raw[i].CallContext(ctx, &st, "qbft_status"); err != nil {
		return nil, fmt.Errorf("node%d: qbft_status: %w", i, err)
	}
	return &st, nil
}

// admin dials node i's IPC socket, which serves the admin namespace.
func (fn *faultNet) admin(ctx context.Context, i int) (*rpc.Client, error) {
	c, err := rpc.DialContext(ctx, filepath.Join(fn.nodes[i].DataDir, ipcName))
	if err != nil {
		return nil, fmt.Errorf("node%d: dialling IPC: %w", i, err)
	}
	return c, nil
}

// peerIDs returns the enode ids of node i's connected peers (admin_peers).
func (fn *faultNet) peerIDs(ctx context.Context, i int) ([]enode.ID, error) {
	c, err := fn.admin(ctx, i)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var peers []struct {
		ID string `json:"id"`
	}
	if err := c.CallContext(ctx, &peers, "admin_peers"); err != nil {
		return nil, fmt.Errorf("node%d: admin_peers: %w", i, err)
	}
	ids := make([]enode.ID, len(peers))
	for k, p := range peers {
		if ids[k], err = enode.ParseID(p.ID); err != nil {
			return nil, fmt.Errorf("node%d: admin_peers id %q: %w", i, p.ID, err)
		}
	}
	return ids, nil
}

// nodeID returns node i's enode id.
func (fn *faultNet) nodeID(i int) enode.ID {
	return enode.MustParse(fn.nodes[i].Enode).ID()
}

// callAdmin calls method(enode of node j) on node i for every j in peers.
func (fn *faultNet) callAdmin(ctx context.Context, method string, i int, peers []int) error {
	c, err := fn.admin(ctx, i)
	if err != nil {
		return err
	}
	defer c.Close()
	for _, j := range peers {
		var ok bool
		if err := c.CallContext(ctx, &ok, method, fn.nodes[j].Enode); err != nil {
			return fmt.Errorf("node%d: %s(node%d): %w", i, method, j, err)
		}
		if !ok {
			return fmt.Errorf("node%d: %s(node%d) returned false", i, method, j)
		}
	}
	return nil
}

// connected reports whether every node of idx has exactly the others of
// idx among its peers, and none of the nodes outside idx.
func (fn *faultNet) connected(ctx context.Context, idx []int) (bool, error) {
	for _, i := range idx {
		ids, err := fn.peerIDs(ctx, i)
		if err != nil {
			return false, err
		}
		for j := range fn.nodes {
			if j == i {
				continue
			}
			if slices.Contains(ids, fn.nodeID(j)) != slices.Contains(idx, j) {
				return false, nil
			}
		}
	}
	return true, nil
}

// partition cuts the network into halves a and b: every node drops (and
// stops dialling) the nodes of the other half, until admin_peers shows the
// cut on every node twice in a row. Both sides drop each other because a
// dropped node redials a peer that still lists it as static.
func (fn *faultNet) partition(ctx context.Context, a, b []int) {
	fn.t.Helper()
	for attempt := 0; attempt < 10; attempt++ {
		for _, i := range a {
			if err := fn.callAdmin(ctx, "admin_removePeer", i, b); err != nil {
				fn.t.Fatal(err)
			}
		}
		for _, i := range b {
			if err := fn.callAdmin(ctx, "admin_removePeer", i, a); err != nil {
				fn.t.Fatal(err)
			}
		}
		clean := true
		for check := 0; check < 2 && clean; check++ {
			if err := sleepCtx(ctx, 500*time.Millisecond); err != nil {
				fn.t.Fatal(err)
			}
			for _, half := range [][]int{a, b} {
				ok, err := fn.connected(ctx, half)
				if err != nil {
					fn.t.Fatal(err)
				}
				clean = clean && ok
			}
		}
		if clean {
			return
		}
		fn.t.Logf("partition attempt %d: a connection across the cut came back; removing again", attempt+1)
	}
	fn.t.Fatalf("could not partition the network into %v and %v", a, b)
}

// heal re-adds the peers of the other half on both halves and returns how
// long it took until every node was connected to every other.
func (fn *faultNet) heal(ctx context.Context, a, b []int) time.Duration {
	fn.t.Helper()
	start := time.Now()
	for _, i := range a {
		if err := fn.callAdmin(ctx, "admin_addPeer", i, b); err != nil {
			fn.t.Fatal(err)
		}
	}
	for _, i := range b {
		if err := fn.callAdmin(ctx, "admin_addPeer", i, a); err != nil {
			fn.t.Fatal(err)
		}
	}
	for time.Since(start) < faultReconnectBound {
		ok, err := fn.connected(ctx, fn.all())
		if err != nil {
			fn.t.Fatal(err)
		}
		if ok {
			return time.Since(start)
		}
		if err := sleepCtx(ctx, 200*time.Millisecond); err != nil {
			fn.t.Fatal(err)
		}
	}
	fn.t.Fatalf("the halves %v and %v did not reconnect within %v of admin_addPeer", a, b, faultReconnectBound)
	return 0
}

// blockHashes returns node i's hashes of blocks 1..last, by batched
// eth_getBlockByNumber.
func (fn *faultNet) blockHashes(ctx context.Context, i int, last uint64) ([]common.Hash, error) {
	type header struct {
		Hash common.Hash `json:"hash"`
	}
	hashes := make([]common.Hash, 0, last)
	for from := uint64(1); from <= last; from += rpcBatch {
		to := min(last, from+rpcBatch-1)
		heads := make([]*header, to-from+1)
		batch := make([]rpc.BatchElem, len(heads))
		for k := range batch {
			batch[k] = rpc.BatchElem{Method: "eth_getBlockByNumber",
				Args: []any{hexutil.Uint64(from + uint64(k)), false}, Result: &heads[k]}
		}
		if err := fn.raw[i].BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("node%d: eth_getBlockByNumber batch: %w", i, err)
		}
		for k, el := range batch {
			if el.Error != nil || heads[k] == nil {
				return nil, fmt.Errorf("node%d: block %d: %v", i, from+uint64(k), el.Error)
			}
			hashes = append(hashes, heads[k].Hash)
		}
	}
	return hashes, nil
}

// checkAgreement is the check every fault test ends with, once all nodes
// run again: every node reaches the highest block the load generator saw;
// every pair of nodes agrees on every block up to the lower head; the
// generator's own reads of the chain (from whichever node answered) agree
// with it; and every transfer it saw included is still returned by every
// node's eth_getTransactionReceipt, in the same block, successful. It also
// fails the test for any node that exited on its own.
func (fn *faultNet) checkAgreement(ctx context.Context, lg *loadGen) {
	t := fn.t
	t.Helper()
	fn.mu.Lock()
	for _, e := range fn.exits {
		t.Error(e)
	}
	fn.mu.Unlock()

	seen, blocks, included, problems := lg.snapshot()
	for _, p := range problems {
		t.Error(p)
	}
	low := uint64(1<<63 - 1)
	for i := range fn.nodes {
		if _, err := fn.waitHead(ctx, i, seen, faultCatchUp); err != nil {
			t.Fatalf("catching up to block %d the load generator saw: %v", seen, err)
		}
		h, err := fn.head(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		low = min(low, h)
	}
	var first []common.Hash
	for i := range fn.nodes {
		hashes, err := fn.blockHashes(ctx, i, low)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = hashes
			continue
		}
		for k := range hashes {
			if hashes[k] != first[k] {
				t.Fatalf("fork: node%d has %x at block %d, node0 has %x", i, hashes[k], k+1, first[k])
			}
		}
	}
	for num, h := range blocks {
		if num <= low && first[num-1] != h {
			t.Errorf("block %d is %x on every node, but the load generator read %x", num, first[num-1], h)
		}
	}

	type receipt struct {
		BlockHash   common.Hash    `json:"blockHash"`
		BlockNumber hexutil.Uint64 `json:"blockNumber"`
		Status      hexutil.Uint64 `json:"status"`
	}
	for i := range fn.nodes {
		for from := 0; from < len(included); from += rpcBatch {
			part := included[from:min(len(included), from+rpcBatch)]
			got := make([]*receipt, len(part))
			batch := make([]rpc.BatchElem, len(part))
			for k, inc := range part {
				batch[k] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{inc.tx}, Result: &got[k]}
			}
			if err := fn.raw[i].BatchCallContext(ctx, batch); err != nil {
				t.Fatalf("node%d: eth_getTransactionReceipt batch: %v", i, err)
			}
			for k, inc := range part {
				switch r := got[k]; {
				case batch[k].Error != nil:
					t.Fatalf("node%d: receipt of %x: %v", i, inc.tx, batch[k].Error)
				case r == nil:
					t.Fatalf("node%d: transfer %x, seen included in block %d (%x), has no receipt", i, inc.tx, inc.number, inc.block)
				case r.BlockHash != inc.block || uint64(r.BlockNumber) != inc.number || r.Status != 1:
					t.Fatalf("node%d: transfer %x, seen in block %d (%x), has receipt in block %d (%x) status %d",
						i, inc.tx, inc.number, inc.block, r.BlockNumber, r.BlockHash, r.Status)
				}
			}
		}
	}
	t.Logf("agreement: %d nodes identical on blocks 1-%d; %d included transfers returned by every node", len(fn.nodes), low, len(included))
}

// sleepCtx sleeps for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// loadGen sends signed zero-priced transfers from several dev accounts,
// round-robin to the nodes, at loadRate, and follows the chain to record
// the block each one is included in. A node that refuses a transfer (it is
// down) is skipped for the next; transfers unmined for loadResendAfter are
// sent again, since the node that took one may have died before relaying it.
// The transfer of an account at a nonce is always the same transaction, so
// sending it again is harmless.
type loadGen struct {
	fn       *faultNet
	signer   types.Signer
	accounts []*loadAccount

	mu       sync.Mutex
	txs      map[common.Hash]*loadTx   // every transfer sent
	included map[common.Hash]inclusion // every transaction the follower saw in a block
	blocks   map[uint64]common.Hash    // every block the follower read
	seen     uint64                    // the highest block read
	sent     int                       // transfers accepted by a node
	problems []string                  // forks, changed blocks, failed transfers

	stopSend chan struct{}
	stop     chan struct{}
	sendDone chan struct{}
	wg       sync.WaitGroup
}

// loadAccount is one sending dev account.
type loadAccount struct {
	key      *ecdsa.PrivateKey
	nonce    uint64 // next nonce; the sender's only
	inFlight int    // sent, not yet seen in a block; under loadGen.mu
}

// loadTx is one transfer sent.
type loadTx struct {
	tx       *types.Transaction
	account  *loadAccount
	lastSend time.Time
	mined    bool
}

// inclusion is where the follower saw a transaction.
type inclusion struct {
	tx     common.Hash
	number uint64
	block  common.Hash
	status uint64
}

// startLoad starts the load generator on fn's dev accounts. It is stopped
// when the test ends.
func startLoad(t *testing.T, fn *faultNet) *loadGen {
	t.Helper()
	devs, err := fn.net.DevAccounts()
	if err != nil {
		t.Fatal(err)
	}
	if len(devs) < loadAccounts {
		t.Fatalf("%d funded dev accounts, need %d", len(devs), loadAccounts)
	}
	lg := &loadGen{
		fn:       fn,
		signer:   types.LatestSignerForChainID(new(big.Int).SetUint64(fn.net.ChainID())),
		txs:      make(map[common.Hash]*loadTx),
		included: make(map[common.Hash]inclusion),
		blocks:   make(map[uint64]common.Hash),
		stopSend: make(chan struct{}),
		stop:     make(chan struct{}),
		sendDone: make(chan struct{}),
	}
	for _, d := range devs[:loadAccounts] {
		lg.accounts = append(lg.accounts, &loadAccount{key: d.Key})
	}
	lg.wg.Add(2)
	go lg.sendLoop()
	go lg.followLoop()
	t.Cleanup(lg.close)
	return lg
}

// close stops the generator's goroutines.
func (lg *loadGen) close() {
	select {
	case <-lg.stop:
		return
	default:
	}
	lg.stopSending()
	close(lg.stop)
	lg.wg.Wait()
}

// stopSending stops sending new transfers; the follower and re-sending go on.
func (lg *loadGen) stopSending() {
	select {
	case <-lg.stopSend:
	default:
		close(lg.stopSend)
	}
	<-lg.sendDone
}

// transfer returns account a's transfer at its next nonce.
func (lg *loadGen) transfer(a *loadAccount) *types.Transaction {
	to := loadSink
	return types.MustSignNewTx(a.key, lg.signer, &types.DynamicFeeTx{
		ChainID:   lg.signer.ChainID(),
		Nonce:     a.nonce,
		GasTipCap: new(big.Int),
		GasFeeCap: new(big.Int),
		Gas:       params.TxGas,
		To:        &to,
		Value:     big.NewInt(1),
	})
}

// sendLoop sends one transfer per tick from the next account that has room.
func (lg *loadGen) sendLoop() {
	defer lg.wg.Done()
	defer close(lg.sendDone)
	tick := time.NewTicker(time.Second / loadRate)
	defer tick.Stop()
	nextAccount, nextNode := 0, 0
	for {
		select {
		case <-lg.stopSend:
			return
		case <-tick.C:
		}
		var a *loadAccount
		lg.mu.Lock()
		for k := range lg.accounts {
			if c := lg.accounts[(nextAccount+k)%len(lg.accounts)]; c.inFlight < loadMaxInFlight {
				a = c
				nextAccount = (nextAccount + k + 1) % len(lg.accounts)
				break
			}
		}
		lg.mu.Unlock()
		if a == nil {
			continue // the chain is not taking transfers: wait
		}
		tx := lg.transfer(a)
		if !lg.submit(tx, &nextNode, len(lg.fn.nodes)) {
			continue // no node took it: the same transfer is tried next time
		}
		a.nonce++
		lg.mu.Lock()
		lg.sent++
		_, mined := lg.included[tx.Hash()]
		lg.txs[tx.Hash()] = &loadTx{tx: tx, account: a, lastSend: time.Now(), mined: mined}
		if !mined {
			a.inFlight++
		}
		lg.mu.Unlock()
	}
}

// submit sends tx to up to tries nodes, starting at *next and moving *next
// on, and reports whether one took it (or already had it, or had mined it).
func (lg *loadGen) submit(tx *types.Transaction, next *int, tries int) bool {
	for k := 0; k < tries; k++ {
		i := *next % len(lg.fn.nodes)
		*next = i + 1
		ctx, cancel := context.WithTimeout(context.Background(), loadCallTimeout)
		err := lg.fn.eth[i].SendTransaction(ctx, tx)
		cancel()
		if err == nil || strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "nonce too low") {
			return true
		}
	}
	return false
}

// followLoop reads new blocks, each time from the next node that answers,
// and now and then re-sends transfers that stay unmined.
func (lg *loadGen) followLoop() {
	defer lg.wg.Done()
	tick := time.NewTicker(loadPoll)
	defer tick.Stop()
	lastResend := time.Now()
	node, resendNode := 0, 0
	for {
		select {
		case <-lg.stop:
			return
		case <-tick.C:
		}
		for k := range lg.fn.nodes {
			i := (node + k) % len(lg.fn.nodes)
			if lg.follow(i) == nil {
				node = i + 1
				break
			}
		}
		if time.Since(lastResend) >= loadResendEvery {
			lastResend = time.Now()
			lg.resend(&resendNode)
		}
	}
}

// follow reads the blocks above the highest one read so far from node i.
func (lg *loadGen) follow(i int) error {
	ctx, cancel := context.WithTimeout(context.Background(), 4*loadCallTimeout)
	defer cancel()
	c := lg.fn.eth[i]
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return err
	}
	lg.mu.Lock()
	from := lg.seen + 1
	lg.mu.Unlock()
	for num := from; num <= head; num++ {
		hdr, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(num))
		if err != nil {
			return err
		}
		receipts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hdr.Hash(), false))
		if err != nil {
			return err
		}
		lg.record(i, num, hdr.Hash(), receipts)
	}
	return nil
}

// record notes block num, read from node i, and the transactions in it.
func (lg *loadGen) record(i int, num uint64, hash common.Hash, receipts []*types.Receipt) {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if prev, ok := lg.blocks[num]; ok && prev != hash {
		lg.problems = append(lg.problems, fmt.Sprintf("block %d read as %x, then as %x from node%d", num, prev, hash, i))
	}
	lg.blocks[num] = hash
	lg.seen = max(lg.seen, num)
	for _, r := range receipts {
		if r.BlockHash != hash {
			lg.problems = append(lg.problems, fmt.Sprintf("node%d: receipt of %x in block %d names block %x, not %x",
				i, r.TxHash, num, r.BlockHash, hash))
		}
		if prev, ok := lg.included[r.TxHash]; ok && prev.block != hash {
			lg.problems = append(lg.problems, fmt.Sprintf("transfer %x seen in block %d (%x), then in block %d (%x)",
				r.TxHash, prev.number, prev.block, num, hash))
		}
		lg.included[r.TxHash] = inclusion{tx: r.TxHash, number: num, block: hash, status: r.Status}
		if r.Status != types.ReceiptStatusSuccessful {
			lg.problems = append(lg.problems, fmt.Sprintf("transfer %x failed in block %d", r.TxHash, num))
		}
		if lt, ok := lg.txs[r.TxHash]; ok && !lt.mined {
			lt.mined = true
			lt.account.inFlight--
		}
	}
}

// resend sends again, to the next node, the unmined transfers sent longest
// ago (at most loadResendMax).
func (lg *loadGen) resend(next *int) {
	lg.mu.Lock()
	var stale []*loadTx
	for _, lt := range lg.txs {
		if !lt.mined && time.Since(lt.lastSend) >= loadResendAfter {
			stale = append(stale, lt)
		}
	}
	sort.Slice(stale, func(a, b int) bool { return stale[a].lastSend.Before(stale[b].lastSend) })
	stale = stale[:min(len(stale), loadResendMax)]
	for _, lt := range stale {
		lt.lastSend = time.Now()
	}
	lg.mu.Unlock()
	for _, lt := range stale {
		lg.submit(lt.tx, next, 1)
	}
}

// drain stops sending and waits until every transfer sent is mined.
func (lg *loadGen) drain(ctx context.Context, limit time.Duration) error {
	lg.stopSending()
	start := time.Now()
	for {
		lg.mu.Lock()
		unmined := 0
		for _, lt := range lg.txs {
			if !lt.mined {
				unmined++
			}
		}
		sent := lg.sent
		lg.mu.Unlock()
		if unmined == 0 {
			lg.fn.t.Logf("load: all %d transfers mined (drained in %v)", sent, time.Since(start).Round(time.Millisecond))
			return nil
		}
		if time.Since(start) > limit {
			return fmt.Errorf("load: %d of %d transfers still unmined %v after sending stopped", unmined, sent, limit)
		}
		if err := sleepCtx(ctx, 250*time.Millisecond); err != nil {
			return err
		}
	}
}

// snapshot returns the highest block read, the blocks read, the sent
// transfers seen included (in nonce order per account), and the problems
// seen.
func (lg *loadGen) snapshot() (uint64, map[uint64]common.Hash, []inclusion, []string) {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	blocks := make(map[uint64]common.Hash, len(lg.blocks))
	for n, h := range lg.blocks {
		blocks[n] = h
	}
	var inc []inclusion
	for h, lt := range lg.txs {
		if lt.mined {
			inc = append(inc, lg.included[h])
		}
	}
	sort.Slice(inc, func(a, b int) bool {
		if inc[a].number != inc[b].number {
			return inc[a].number < inc[b].number
		}
		return inc[a].tx.Cmp(inc[b].tx) < 0
	})
	return lg.seen, blocks, inc, slices.Clone(lg.problems)
}

// minedCount returns how many sent transfers were seen mined.
func (lg *loadGen) minedCount() int {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	n := 0
	for _, lt := range lg.txs {
		if lt.mined {
			n++
		}
	}
	return n
}

// arrival is when a block became a node's head.
type arrival struct {
	number   uint64
	coinbase common.Address
	at       time.Time
}

// headWatch records, over a WebSocket newHeads subscription, when each
// block reaches one node.
type headWatch struct {
	mu       sync.Mutex
	arrivals map[uint64]arrival
	err      error
}

// watchHeads subscribes to node i's new heads until ctx ends.
func (fn *faultNet) watchHeads(ctx context.Context, i int) *headWatch {
	fn.t.Helper()
	c, err := ethclient.DialContext(ctx, fn.nodes[i].WS)
	if err != nil {
		fn.t.Fatalf("node%d: dialling WebSocket: %v", i, err)
	}
	heads := make(chan *types.Header, 64)
	sub, err := c.SubscribeNewHead(ctx, heads)
	if err != nil {
		c.Close()
		fn.t.Fatalf("node%d: newHeads subscription: %v", i, err)
	}
	w := &headWatch{arrivals: make(map[uint64]arrival)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case h := <-heads:
				w.mu.Lock()
				n := h.Number.Uint64()
				if _, ok := w.arrivals[n]; !ok {
					w.arrivals[n] = arrival{number: n, coinbase: h.Coinbase, at: time.Now()}
				}
				w.mu.Unlock()
			case err := <-sub.Err():
				w.mu.Lock()
				w.err = err
				w.mu.Unlock()
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	fn.t.Cleanup(func() {
		sub.Unsubscribe()
		c.Close()
		<-done
	})
	return w
}

// get returns the arrival of block n.
func (w *headWatch) get(n uint64) (arrival, bool, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	a, ok := w.arrivals[n]
	return a, ok, w.err
}

// TestFaultKillOneValidator: under load, SIGKILL one of four validators. The
// three others keep producing blocks: every block while it is down is
// committed in round 0 or 1 (a missed proposer turn costs one round change,
// never two) and arrives within faultMissedTurnGap of the one before. The
// killed node is restarted, catches up to the others' head, proposes a block
// again, appears as a commit-seal signer and hears all four validators.
func TestFaultKillOneValidator(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), faultTestTimeout)
	defer cancel()
	fn := startFaultNet(ctx, t)
	const victim = 1
	watch := fn.watchHeads(ctx, 0)
	lg := startLoad(t, fn)
	warm := fn.maxHead(ctx, fn.all())
	if _, err := fn.waitHead(ctx, 0, warm+3, 20*time.Second); err != nil {
		t.Fatal(err)
	}

	downFrom, err := fn.head(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	fn.kill(victim)
	killed := time.Now()
	t.Logf("killed node%d (validator %s) at head %d", victim, fn.nodes[victim].Validator.Hex(), downFrom)

	// Keep it down until the others have produced blocks over at least two
	// of its proposer turns (blocks committed in round 1).
	rounds := make(map[uint64]uint64)
	missed, last := 0, downFrom
	for missed < 2 || last < downFrom+8 {
		if time.Since(killed) > 40*time.Second {
			t.Fatalf("40 s after the kill: blocks %d-%d, %d committed after a round change", downFrom+1, last, missed)
		}
		if err := sleepCtx(ctx, time.Second); err != nil {
			t.Fatal(err)
		}
		head, err := fn.head(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for last < head {
			last++
			cert, err := fn.certificate(ctx, 0, last)
			if err != nil {
				t.Fatal(err)
			}
			if cert == nil {
				t.Fatalf("node0 holds no certificate for its block %d", last)
			}
			rounds[last] = uint64(cert.Round)
			if cert.Round > 0 {
				missed++
			}
		}
	}
	for num := downFrom + 1; num <= last; num++ {
		if rounds[num] > 1 {
			t.Errorf("block %d committed in round %d with one validator down: more than one round change", num, rounds[num])
		}
	}
	// Gaps between arrivals at node0, from the first block wholly produced
	// after the kill.
	var worst time.Duration
	for num := downFrom + 2; num <= last; num++ {
		prev, ok1, err := watch.get(num - 1)
		cur, ok2, _ := watch.get(num)
		if err != nil {
			t.Fatalf("newHeads subscription: %v", err)
		}
		if !ok1 || !ok2 {
			t.Fatalf("newHeads did not report blocks %d and %d", num-1, num)
		}
		gap := cur.at.Sub(prev.at)
		worst = max(worst, gap)
		if gap > faultMissedTurnGap {
			t.Errorf("block %d (round %d) came %v after block %d, more than %v", num, rounds[num], gap.Round(time.Millisecond), num-1, faultMissedTurnGap)
		}
		if cur.coinbase == fn.nodes[victim].Validator {
			t.Errorf("block %d proposed by the killed validator", num)
		}
	}
	t.Logf("while node%d was down: blocks %d-%d, %d after a round change, largest gap %v (bound %v)",
		victim, downFrom+1, last, missed, worst.Round(time.Millisecond), faultMissedTurnGap)

	others := fn.others(victim)
	before := fn.maxHead(ctx, others)
	fn.restart(victim)
	took, err := fn.waitHead(ctx, victim, before, faultCatchUp)
	if err != nil {
		t.Fatalf("restarted node%d did not catch up: %v", victim, err)
	}
	t.Logf("node%d restarted and caught up to block %d in %v", victim, before, took.Round(time.Millisecond))

	// It validates again: it proposes a block and its seal certifies one.
	proposed, signed := uint64(0), uint64(0)
	for from, deadline := before+1, time.Now().Add(30*time.Second); proposed == 0 || signed == 0; {
		if time.Now().After(deadline) {
			t.Fatalf("30 s after catching up node%d proposed block %d and signed the certificate of block %d (0 = none)", victim, proposed, signed)
		}
		if err := sleepCtx(ctx, time.Second); err != nil {
			t.Fatal(err)
		}
		head, err := fn.head(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		for ; from <= head; from++ {
			hdr, err := fn.eth[0].HeaderByNumber(ctx, new(big.Int).SetUint64(from))
			if err != nil {
				t.Fatal(err)
			}
			if hdr.Coinbase == fn.nodes[victim].Validator && proposed == 0 {
				proposed = from
			}
			for _, i := range fn.all() {
				cert, err := fn.certificate(ctx, i, from)
				if err != nil {
					t.Fatal(err)
				}
				if cert != nil && slices.Contains(cert.Signers, fn.nodes[victim].Validator) && signed == 0 {
					signed = from
				}
			}
		}
	}
	// qbft_status counts a validator online for a minute after its last
	// message, so the others list the victim anyway; the restarted node's
	// own list, begun at its restart, shows that it hears every validator.
	for _, i := range fn.all() {
		st, err := fn.status(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		for _, nd := range fn.nodes {
			if (i == victim || nd.Index == victim) && !slices.Contains(st.ValidatorsOnline, nd.Validator) {
				t.Errorf("node%d does not list validator %s (%s) online: %v", i, nd.Validator.Hex(), nd.Name, st.ValidatorsOnline)
			}
		}
	}
	t.Logf("node%d proposed block %d and sealed block %d after its restart", victim, proposed, signed)

	if err := lg.drain(ctx, faultDrain); err != nil {
		t.Error(err)
	}
	fn.checkAgreement(ctx, lg)
}

// TestFaultKillTwoHaltsAndResumes: under load, SIGKILL two of four
// validators. The two left cannot reach quorum (3): no block comes for
// faultHaltWindow. One killed node is restarted: blocks resume within
// faultResumeBound of it serving RPC (the round timer is capped at
// faultMaxRequestTimeout, see faultResumeBound). The second is restarted and
// catches up, and the chain is one chain on every node.
func TestFaultKillTwoHaltsAndResumes(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), faultTestTimeout)
	defer cancel()
	fn := startFaultNet(ctx, t)
	lg := startLoad(t, fn)
	warm := fn.maxHead(ctx, fn.all())
	if _, err := fn.waitHead(ctx, 0, warm+3, 20*time.Second); err != nil {
		t.Fatal(err)
	}

	survivors := []int{0, 1}
	fn.kill(2, 3)
	t.Logf("killed node2 and node3 at head %d", fn.maxHead(ctx, survivors))
	halted := fn.expectHalt(ctx, survivors)
	mined := lg.minedCount()
	st, err := fn.status(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("halted at block %d for %v; node0 in round %d after %d round changes", halted, faultHaltWindow, st.Round, st.RoundChanges)

	fn.restart(2)
	took, err := fn.waitBlockAbove(ctx, []int{0, 1, 2}, halted, faultResumeBound)
	if err != nil {
		t.Fatalf("after restarting node2: %v", err)
	}
	t.Logf("node2 restarted: block %d came %v after it served RPC (bound %v)", halted+1, took.Round(time.Millisecond), faultResumeBound)
	if _, err := fn.waitBlockAbove(ctx, []int{0}, halted+3, 20*time.Second); err != nil {
		t.Fatalf("with three validators: %v", err)
	}
	if lg.minedCount() <= mined {
		t.Errorf("no transfer mined after the chain resumed (%d before)", mined)
	}

	fn.restart(3)
	if _, err := fn.waitHead(ctx, 3, fn.maxHead(ctx, []int{0, 1, 2}), faultCatchUp); err != nil {
		t.Fatalf("restarted node3 did not catch up: %v", err)
	}
	if err := lg.drain(ctx, faultDrain); err != nil {
		t.Error(err)
	}
	fn.checkAgreement(ctx, lg)
}

// TestFaultRestartAll: under load, SIGKILL all four validators at once and
// restart them all. Blocks resume within faultResumeBound of all serving
// RPC, and every transfer seen included before the crash is still there, in
// the same block, on every node.
func TestFaultRestartAll(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), faultTestTimeout)
	defer cancel()
	fn := startFaultNet(ctx, t)
	lg := startLoad(t, fn)
	warm := fn.maxHead(ctx, fn.all())
	if _, err := fn.waitHead(ctx, 0, warm+5, 20*time.Second); err != nil {
		t.Fatal(err)
	}

	fn.kill(fn.all()...)
	top := lg.highestSeen()
	t.Logf("killed all four; the load generator had read up to block %d, %d transfers mined", top, lg.minedCount())
	fn.restart(fn.all()...)
	if h := fn.maxHead(ctx, fn.all()); h < top {
		t.Errorf("right after the restart the highest head is %d, below block %d read before the crash", h, top)
	}
	took, err := fn.waitBlockAbove(ctx, fn.all(), max(top, fn.maxHead(ctx, fn.all())), faultResumeBound)
	if err != nil {
		t.Fatalf("after restarting all: %v", err)
	}
	t.Logf("all restarted: a new block came %v after all served RPC (bound %v)", took.Round(time.Millisecond), faultResumeBound)

	if err := lg.drain(ctx, faultDrain); err != nil {
		t.Error(err)
	}
	fn.checkAgreement(ctx, lg)
}

// highestSeen returns the highest block the follower has read.
func (lg *loadGen) highestSeen() uint64 {
	lg.mu.Lock()
	defer lg.mu.Unlock()
	return lg.seen
}

// TestFaultPartition: under load, cut the network 2|2 with admin_removePeer
// on both sides. Neither half has quorum: no block on any node for
// faultHaltWindow. Healing with admin_addPeer reconnects the halves (within
// go-ethereum's redial limit, faultReconnectBound) and blocks resume within
// faultResumeBound of the reconnection.
func TestFaultPartition(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), faultTestTimeout)
	defer cancel()
	fn := startFaultNet(ctx, t)
	lg := startLoad(t, fn)
	warm := fn.maxHead(ctx, fn.all())
	if _, err := fn.waitHead(ctx, 0, warm+3, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if ok, err := fn.connected(ctx, fn.all()); err != nil || !ok {
		t.Fatalf("before the partition not every node is connected to every other (%v)", err)
	}

	a, b := []int{0, 1}, []int{2, 3}
	fn.partition(ctx, a, b)
	t.Logf("partitioned %v | %v at head %d", a, b, fn.maxHead(ctx, fn.all()))
	halted := fn.expectHalt(ctx, fn.all())
	for _, i := range fn.all() {
		st, err := fn.status(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("node%d halted at head %d, round %d, %d peers", i, st.Head, st.Round, st.Peers)
	}

	reconnect := fn.heal(ctx, a, b)
	took, err := fn.waitBlockAbove(ctx, fn.all(), halted, faultResumeBound)
	if err != nil {
		t.Fatalf("after healing: %v", err)
	}
	t.Logf("healed: reconnected in %v, block %d came %v later (bound %v)", reconnect.Round(time.Millisecond), halted+1,
		took.Round(time.Millisecond), faultResumeBound)
	mined := lg.minedCount()
	if _, err := fn.waitBlockAbove(ctx, []int{0}, halted+3, 20*time.Second); err != nil {
		t.Fatalf("after healing: %v", err)
	}
	if lg.minedCount() <= mined {
		t.Errorf("no transfer mined after the chain resumed (%d before)", mined)
	}

	if err := lg.drain(ctx, faultDrain); err != nil {
		t.Error(err)
	}
	fn.checkAgreement(ctx, lg)
}
