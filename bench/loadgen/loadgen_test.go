package loadgen

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

func testKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		seed := crypto.Keccak256(binary.BigEndian.AppendUint64([]byte("loadgen-test"), uint64(i)))
		k, err := crypto.ToECDSA(seed)
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	return keys
}

// testChain is a go-ethereum simulated chain served over HTTP on loopback,
// sealing a block every period.
type testChain struct {
	url     string
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
}

func startTestChain(t *testing.T, senders int, period time.Duration) *testChain {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	keys := testKeys(t, senders)
	alloc := types.GenesisAlloc{}
	for _, a := range Addresses(keys) {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth"}
	})
	stop := make(chan struct{})
	sealed := make(chan struct{})
	go func() {
		defer close(sealed)
		ticker := time.NewTicker(period)
		defer ticker.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ticker.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() {
		close(stop)
		<-sealed
		sim.Close()
	})
	return &testChain{url: "http://127.0.0.1:" + itoa(port), chainID: params.AllDevChainProtocolChanges.ChainID, keys: keys}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// transfers signs perSender transfers from every key at its pending nonce.
func (c *testChain) transfers(t *testing.T, perSender int) []Tx {
	t.Helper()
	ctx := context.Background()
	client, err := rpc.DialContext(ctx, c.url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	fees, err := SuggestFees(ctx, client, 2)
	if err != nil {
		t.Fatal(err)
	}
	if fees.FeeCap.Cmp(fees.TipCap) < 0 || fees.FeeCap.Sign() == 0 {
		t.Fatalf("fees %v / %v: the simulated chain has a base fee, so the cap must exceed the tip", fees.FeeCap, fees.TipCap)
	}
	nonces, err := PendingNonces(ctx, client, Addresses(c.keys))
	if err != nil {
		t.Fatal(err)
	}
	txs, err := SignTransfers(c.chainID, c.keys, nonces, perSender, fees)
	if err != nil {
		t.Fatal(err)
	}
	return txs
}

func TestPercentile(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		d := make([]time.Duration, len(n))
		for i, v := range n {
			d[i] = time.Duration(v) * time.Millisecond
		}
		return d
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of four is the second", ms(1, 2, 3, 4), 0.5, 2 * time.Millisecond},
		{"p99 of a hundred is the 99th", ms(seq(100)...), 0.99, 99 * time.Millisecond},
		{"p99 of ten is the max", ms(seq(10)...), 0.99, 10 * time.Millisecond},
		{"max", ms(1, 5, 9), 1, 9 * time.Millisecond},
		{"tiny p is the min", ms(3, 4), 0.0001, 3 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := Percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("%s: Percentile(…, %v) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}

func TestSignTransfers(t *testing.T) {
	keys := testKeys(t, 3)
	addrs := Addresses(keys)
	chainID := big.NewInt(1337)
	fees := Fees{TipCap: big.NewInt(2), FeeCap: big.NewInt(10)}
	txs, err := SignTransfers(chainID, keys, []uint64{0, 5, 9}, 2, fees)
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != 6 {
		t.Fatalf("%d transfers, want 6", len(txs))
	}
	signer := types.LatestSignerForChainID(chainID)
	wantSender := []int{0, 1, 2, 0, 1, 2}
	wantNonce := []uint64{0, 5, 9, 1, 6, 10}
	for i, tx := range txs {
		var decoded types.Transaction
		if err := decoded.UnmarshalBinary(tx.Raw); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		from, err := types.Sender(signer, &decoded)
		if err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		switch {
		case tx.Sender != wantSender[i] || from != addrs[wantSender[i]]:
			t.Errorf("tx %d: sender index %d from %s, want %d", i, tx.Sender, from, wantSender[i])
		case decoded.Nonce() != wantNonce[i]:
			t.Errorf("tx %d: nonce %d, want %d", i, decoded.Nonce(), wantNonce[i])
		case *decoded.To() != addrs[(wantSender[i]+1)%3]:
			t.Errorf("tx %d: to %s, want the next sender", i, decoded.To())
		case decoded.Hash() != tx.Hash:
			t.Errorf("tx %d: hash %s, recorded %s", i, decoded.Hash(), tx.Hash)
		case decoded.GasTipCap().Cmp(fees.TipCap) != 0 || decoded.GasFeeCap().Cmp(fees.FeeCap) != 0 || decoded.Gas() != params.TxGas:
			t.Errorf("tx %d: tip %v cap %v gas %d", i, decoded.GasTipCap(), decoded.GasFeeCap(), decoded.Gas())
		}
	}
	if _, err := SignTransfers(chainID, nil, nil, 1, fees); !errors.Is(err, ErrNoSenders) {
		t.Errorf("no senders: %v, want ErrNoSenders", err)
	}
	if _, err := SignTransfers(chainID, keys, []uint64{0}, 1, fees); !errors.Is(err, ErrNonceCount) {
		t.Errorf("one nonce for three senders: %v, want ErrNonceCount", err)
	}
}

func TestSignFunding(t *testing.T) {
	keys := testKeys(t, 4)
	to := Addresses(keys[1:])
	amount := big.NewInt(12345)
	txs, err := SignFunding(big.NewInt(1337), keys[0], 7, to, amount, Fees{TipCap: big.NewInt(1), FeeCap: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	for i, tx := range txs {
		var decoded types.Transaction
		if err := decoded.UnmarshalBinary(tx.Raw); err != nil {
			t.Fatal(err)
		}
		if decoded.Nonce() != 7+uint64(i) || *decoded.To() != to[i] || decoded.Value().Cmp(amount) != 0 {
			t.Errorf("funding %d: nonce %d to %s value %v", i, decoded.Nonce(), decoded.To(), decoded.Value())
		}
	}
}

func TestPeakRSS(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skipf("no /proc: %v", err)
	}
	ballast := make([]byte, 32<<20)
	for i := range ballast {
		ballast[i] = byte(i)
	}
	rss, err := PeakRSS(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if rss < uint64(len(ballast)) {
		t.Errorf("peak RSS %d bytes, below the %d bytes this test touched", rss, len(ballast))
	}
	if ballast[len(ballast)-1] != byte(len(ballast)-1) {
		t.Fatal("ballast changed")
	}
	if _, err := PeakRSS(1 << 30); err == nil {
		t.Error("peak RSS of a process that does not exist: no error")
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		p    progress
		want []string
	}{
		{progress{elapsed: 0, total: 10 * time.Second}, []string{"[" + strings.Repeat(".", progressBarWidth) + "]", "  0%"}},
		{progress{elapsed: 5 * time.Second, total: 10 * time.Second, sent: 100, included: 50},
			[]string{strings.Repeat("#", progressBarWidth/2) + strings.Repeat(".", progressBarWidth/2), " 50%", "sent 100", "included 50 (10 tx/s)"}},
		{progress{elapsed: 12 * time.Second, total: 10 * time.Second, rejected: 3},
			[]string{"[" + strings.Repeat("#", progressBarWidth) + "]", "100%", "rejected 3"}},
	}
	for _, tt := range tests {
		got := tt.p.String()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("progress %+v = %q, want it to contain %q", tt.p, got, w)
			}
		}
	}
}

func TestRunConfigErrors(t *testing.T) {
	txs := []Tx{{Hash: common.Hash{1}}}
	tests := []struct {
		name string
		cfg  Config
		want error
	}{
		{"no endpoints", Config{Txs: txs, Duration: time.Second}, ErrNoEndpoints},
		{"no transactions", Config{Endpoints: []string{"http://127.0.0.1:1"}, Duration: time.Second}, ErrNoTxs},
		{"no duration", Config{Endpoints: []string{"http://127.0.0.1:1"}, Txs: txs}, ErrNoDuration},
		{"warm-up too long", Config{Endpoints: []string{"http://127.0.0.1:1"}, Txs: txs, Duration: time.Second, Warmup: time.Second}, ErrBadWarmup},
	}
	for _, tt := range tests {
		if _, err := Run(context.Background(), tt.cfg); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestRun sends real transfers to a go-ethereum simulated chain over HTTP,
// open and closed loop, to one endpoint and to two, and checks that every
// one is tracked into a block.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain for seconds")
	}
	chain := startTestChain(t, 8, 200*time.Millisecond)
	tests := []struct {
		name      string
		endpoints int
		rate      float64
		perSender int
	}{
		{"open loop", 1, 100, 10},
		{"closed loop, two endpoints", 2, 0, 10},
	}
	for _, tt := range tests {
		txs := chain.transfers(t, tt.perSender)
		endpoints := make([]string, tt.endpoints)
		for i := range endpoints {
			endpoints[i] = chain.url
		}
		cfg := Config{Endpoints: endpoints, Txs: txs, Rate: tt.rate, MaxPending: 16, Duration: 3 * time.Second,
			Warmup: 100 * time.Millisecond, Drain: 5 * time.Second, PollInterval: 20 * time.Millisecond}
		res, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var table strings.Builder
		if err := WriteTable(&table, []string{tt.name}, []*Result{res}); err != nil {
			t.Fatal(err)
		}
		t.Logf("\n%s", table.String())
		switch {
		case res.Sent != len(txs) || !res.Exhausted:
			t.Errorf("%s: sent %d of %d (exhausted %v)", tt.name, res.Sent, len(txs), res.Exhausted)
		case res.Included != len(txs) || res.Lost != 0 || res.Rejected != 0:
			t.Errorf("%s: included %d, lost %d, rejected %d (%s), want all %d included", tt.name, res.Included, res.Lost,
				res.Rejected, res.FirstRejection, len(txs))
		case res.Blocks == 0 || res.Throughput <= 0 || res.SendRate <= 0:
			t.Errorf("%s: blocks %d, throughput %v, send rate %v", tt.name, res.Blocks, res.Throughput, res.SendRate)
		case !(0 < res.SendP50 && res.SendP50 <= res.SendP99 && res.SendP99 < res.Max):
			t.Errorf("%s: send calls p50 %v p99 %v (commit latency max %v)", tt.name, res.SendP50, res.SendP99, res.Max)
		case !(0 < res.P50 && res.P50 <= res.P99 && res.P99 <= res.Max && res.Max < 10*time.Second):
			t.Errorf("%s: latencies p50 %v p99 %v max %v", tt.name, res.P50, res.P99, res.Max)
		}
		if tt.rate > 0 {
			// 80 transfers due over 0.8 s at 100/s: the send period follows the schedule.
			want := time.Duration(float64(len(txs)-1) / tt.rate * float64(time.Second))
			if res.Elapsed < want {
				t.Errorf("%s: sent %d in %v, faster than the %v the rate allows", tt.name, len(txs), res.Elapsed, want)
			}
		}
	}

	// The same transfers again: every one is refused (nonce too low) and
	// none counts as lost.
	again := chain.transfers(t, 1)
	if _, err := Run(context.Background(), Config{Endpoints: []string{chain.url}, Txs: again, Duration: 2 * time.Second, Drain: 2 * time.Second}); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Config{Endpoints: []string{chain.url}, Txs: again, Duration: 2 * time.Second, Drain: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rejected != len(again) || res.Included != 0 || res.Lost != 0 || res.FirstRejection == "" {
		t.Errorf("resent transfers: rejected %d included %d lost %d (%q), want all %d rejected", res.Rejected, res.Included,
			res.Lost, res.FirstRejection, len(again))
	}
}

func TestRunCalls(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a chain for seconds")
	}
	chain := startTestChain(t, 1, 100*time.Millisecond)
	ctx := context.Background()
	if _, err := CallOnce(ctx, chain.url, Call{Method: "eth_chainId"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		calls      []Call
		wantErrors bool
	}{
		{"good calls", []Call{{Method: "eth_blockNumber"}, {Method: "eth_getBlockByNumber", Params: []any{"latest", true}}}, false},
		{"unknown method", []Call{{Method: "eth_noSuchMethod"}}, true},
	}
	for _, tt := range tests {
		res, err := RunCalls(ctx, CallConfig{URL: chain.url, Calls: tt.calls, Clients: 3, Duration: 300 * time.Millisecond, Warmup: 50 * time.Millisecond})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if tt.wantErrors {
			if res.Errors == 0 || res.Requests != 0 || !strings.Contains(res.FirstError, "error") {
				t.Errorf("%s: %d requests, %d errors (%q), want only errors", tt.name, res.Requests, res.Errors, res.FirstError)
			}
			continue
		}
		if res.Requests == 0 || res.Errors != 0 || res.Rate <= 0 || res.P50 <= 0 || res.P50 > res.P99 {
			t.Errorf("%s: %+v", tt.name, res)
		}
	}
	if _, err := CallOnce(ctx, chain.url, Call{Method: "eth_noSuchMethod"}); !errors.Is(err, ErrRPCError) {
		t.Errorf("unknown method: %v, want ErrRPCError", err)
	}
	if _, err := RunCalls(ctx, CallConfig{URL: chain.url, Clients: 1, Duration: time.Second}); !errors.Is(err, ErrNoCalls) {
		t.Errorf("no calls: %v, want ErrNoCalls", err)
	}
}

func TestThroughput(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	blocks := []blockSeen{
		{at(500), 999}, // before the window
		{at(1000), 100},
		{at(2000), 200},
		{at(3000), 300},
		{at(4500), 999}, // after the window
	}
	tests := []struct {
		name     string
		blocks   []blockSeen
		from, to time.Time
		want     float64
	}{
		// Blocks after the first, over first-to-last: (200+300)/2 s.
		{"inter-block rate", blocks, at(1000), at(4000), 250},
		{"edges inclusive", blocks, at(1000), at(3000), 250},
		// One block in the window: its transactions over the window.
		{"one block", blocks, at(1500), at(2500), 200},
		{"no block", blocks, at(3100), at(4100), 0},
		{"empty window", blocks, at(2000), at(2000), 0},
		{"no blocks at all", nil, at(0), at(1000), 0},
	}
	for _, tt := range tests {
		if got := throughput(tt.blocks, tt.from, tt.to); got != tt.want {
			t.Errorf("%s: throughput = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMergeCallResults(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	a := &CallResult{Requests: 2, Errors: 1, FirstError: "boom", Elapsed: time.Second, Latencies: []time.Duration{ms(1), ms(3)}}
	b := &CallResult{Requests: 4, Elapsed: time.Second, Latencies: []time.Duration{ms(2), ms(4), ms(5), ms(100)}}
	m := MergeCallResults(a, b)
	if m.Requests != 6 || m.Errors != 1 || m.FirstError != "boom" || m.Elapsed != 2*time.Second || m.Rate != 3 {
		t.Errorf("merged %+v", m)
	}
	if m.P50 != ms(3) || m.P99 != ms(100) {
		t.Errorf("merged p50 %v p99 %v, want 3ms and 100ms", m.P50, m.P99)
	}
	if empty := MergeCallResults(); empty.Rate != 0 || empty.P99 != 0 {
		t.Errorf("merging nothing: %+v", empty)
	}
}
