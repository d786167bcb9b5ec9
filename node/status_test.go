package node

import (
	"io"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestMetricsEndpoint scrapes the opt-in Prometheus endpoint of a running
// validator and checks the series follow the chain.
func TestMetricsEndpoint(t *testing.T) {
	n, err := New(Config{DataDir: t.TempDir(), Genesis: devGenesis(t, "free"), Key: qbft.KeyFromECDSA(testValidatorKey),
		MetricsAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	waitForHead(t, n, 2)
	resp, err := http.Get(n.MetricsEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	series := map[string]float64{}
	for _, m := range regexp.MustCompile(`(?m)^(xiang_\w+) ([0-9.e+-]+)$`).FindAllStringSubmatch(string(body), -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			t.Fatalf("bad value in %q", m[0])
		}
		series[m[1]] = v
	}
	checks := []struct {
		name string
		ok   func(float64) bool
	}{
		{"xiang_chain_head", func(v float64) bool { return v >= 2 }},
		{"xiang_chain_finalized", func(v float64) bool { return v >= 2 }},
		{"xiang_qbft_height", func(v float64) bool { return v >= 3 }},
		{"xiang_qbft_validators", func(v float64) bool { return v == 1 }},
		{"xiang_qbft_validators_online", func(v float64) bool { return v == 1 }},
		{"xiang_qbft_last_commit_age_seconds", func(v float64) bool { return v >= 0 && v < 30 }},
		{"xiang_p2p_peers", func(v float64) bool { return v == 0 }},
		{"xiang_qbft_round_changes_total", func(v float64) bool { return v == 0 }},
	}
	for _, c := range checks {
		v, ok := series[c.name]
		if !ok || !c.ok(v) {
			t.Errorf("%s = %v (present %t)\n%s", c.name, v, ok, body)
		}
	}
	// Profiles are served only with Pprof.
	pprofURL := strings.TrimSuffix(n.MetricsEndpoint(), "/metrics") + "/debug/pprof/"
	resp, err = http.Get(pprofURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("pprof without Pprof: %s, want 404", resp.Status)
	}
}

func TestPprofEndpoint(t *testing.T) {
	n, err := New(Config{DataDir: t.TempDir(), Genesis: devGenesis(t, "free"), Key: qbft.KeyFromECDSA(testValidatorKey),
		MetricsAddr: "127.0.0.1:0", Pprof: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Run(); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	base := strings.TrimSuffix(n.MetricsEndpoint(), "/metrics")
	resp, err := http.Get(base + "/debug/pprof/goroutine?debug=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "goroutine profile") {
		t.Fatalf("goroutine profile: %d\n%.300s", resp.StatusCode, body)
	}
}

// TestEmptyBlockPeriod: with nothing to include, blocks come every
// emptyblockperiodseconds; a transaction is included after the block period,
// without waiting for the empty period.
func TestEmptyBlockPeriod(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for empty blocks")
	}
	accounts, _ := genesis.DevAccounts(1)
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4243,
		Validators: []common.Address{crypto.PubkeyToAddress(testValidatorKey.PublicKey)},
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, EmptyBlockPeriodSeconds: 3},
		FeeProfile: genesis.FeesFree,
		Alloc:      types.GenesisAlloc{accounts[0].Address: {Balance: big.NewInt(params.Ether)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := startNode(t, t.TempDir(), g)
	defer n.Close()
	h2 := waitForHead(t, n, 2)
	h1 := n.Chain().GetHeaderByNumber(1)
	if gap := h2.Time - h1.Time; gap < 3 {
		t.Fatalf("empty block 2 came %d s after block 1, want ≥ 3", gap)
	}
	txs := sendTransfers(t, n, 1, common.Big0)
	sent := time.Now()
	waitForReceipts(t, n, txs)
	if took := time.Since(sent); took > 2500*time.Millisecond {
		t.Fatalf("transaction waited %v for a block, want about the block period", took)
	}
	lookup, _ := n.Chain().GetCanonicalTransaction(txs[0].Hash())
	blk := n.Chain().GetHeaderByNumber(lookup.BlockIndex)
	parent := n.Chain().GetHeaderByNumber(lookup.BlockIndex - 1)
	if gap := blk.Time - parent.Time; gap >= 3 || gap < 1 {
		t.Fatalf("block with the transaction came %d s after its parent, want [1, 3)", gap)
	}
}
