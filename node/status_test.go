package node

import (
	"io"
	"net/http"
	"regexp"
	"strconv"
	"testing"

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
}
