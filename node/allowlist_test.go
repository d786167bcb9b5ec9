package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestAllowlist runs a permissioned validator A with an allowlist holding
// itself and follower B. A third node C is refused on both protocols until
// perm_addNodesToAllowlist lets it in; perm_removeNodesFromAllowlist then
// disconnects B, and every change is in the file after it.
func TestAllowlist(t *testing.T) {
	g := devGenesis(t, genesis.FeesFree)
	keys := make([]*ecdsa.PrivateKey, 3)
	ids := make([]*enode.Node, 3)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		ids[i] = enode.NewV4(&keys[i].PublicKey, nil, 0, 0)
	}
	list := filepath.Join(t.TempDir(), "permissioned-nodes.json")
	writeList(t, list, ids[0].URLv4(), ids[1].URLv4())

	start := func(i int, allow string) *Node {
		cfg := Config{DataDir: t.TempDir(), Genesis: g, NodeKey: keys[i], P2PListenAddr: "127.0.0.1:0", MaxPeers: 10, AllowListFile: allow}
		if i == 0 {
			cfg.Key = qbft.KeyFromECDSA(testValidatorKey)
		}
		n, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Run(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Close() })
		return n
	}
	a, b, c := start(0, list), start(1, ""), start(2, "")
	b.stack.Server().AddPeer(a.stack.Server().Self())
	c.stack.Server().AddPeer(a.stack.Server().Self())

	waitFor(t, "B to follow A", func() bool { return b.Chain().CurrentBlock().Number.Uint64() >= 3 })
	if got := xiangPeers(a); !slices.Equal(got, []enode.ID{ids[1].ID()}) {
		t.Fatalf("A's xiang peers %v, want only B", got)
	}
	if a.eth.PeerCount() != 1 {
		t.Fatalf("A has %d eth peers, want 1 (B)", a.eth.PeerCount())
	}
	if n := c.Chain().CurrentBlock().Number.Uint64(); n != 0 {
		t.Fatalf("C, not on A's allowlist, got %d blocks", n)
	}

	rpcA := a.stack.Attach()
	defer rpcA.Close()
	var got []string
	if err := rpcA.Call(&got, "perm_getNodesAllowlist"); err != nil {
		t.Fatal(err)
	}
	if want := sortedURLs(ids[0], ids[1]); !slices.Equal(got, want) {
		t.Fatalf("allowlist %v, want %v", got, want)
	}
	var res string
	if err := rpcA.Call(&res, "perm_addNodesToAllowlist", []string{"enode://not-a-node"}); err == nil {
		t.Fatal("a malformed enode URL was accepted")
	}
	if err := rpcA.Call(&res, "perm_addNodesToAllowlist", []string{ids[2].URLv4()}); err != nil || res != "Success" {
		t.Fatalf("adding C: %q, %v", res, err)
	}
	a.stack.Server().AddPeer(c.stack.Server().Self())
	waitFor(t, "C to follow A once allowed", func() bool { return c.Chain().CurrentBlock().Number.Uint64() >= 3 })
	if onFile := readList(t, list); !slices.Equal(onFile, sortedURLs(ids...)) {
		t.Fatalf("file after add %v, want all three", onFile)
	}

	if err := rpcA.Call(&res, "perm_removeNodesFromAllowlist", []string{ids[1].URLv4()}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "B to be disconnected", func() bool { return !slices.Contains(xiangPeers(a), ids[1].ID()) })
	if onFile := readList(t, list); !slices.Equal(onFile, sortedURLs(ids[0], ids[2])) {
		t.Fatalf("file after remove %v, want A and C", onFile)
	}

	// An edit by hand, picked up by a reload, drops C as well.
	writeList(t, list, ids[0].URLv4())
	if err := rpcA.Call(&res, "perm_reloadPermissionsFromFile"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "C to be disconnected", func() bool { return len(xiangPeers(a)) == 0 })

	// A node without an allowlist says so.
	rpcB := b.stack.Attach()
	defer rpcB.Close()
	if err := rpcB.Call(&got, "perm_getNodesAllowlist"); err == nil || err.Error() != ErrNoAllowlist.Error() {
		t.Fatalf("open node: %v, want %v", err, ErrNoAllowlist)
	}
}

// TestAllowlistFileErrors checks that a node refuses to start on a missing
// or malformed allowlist rather than running open.
func TestAllowlistFileErrors(t *testing.T) {
	g := devGenesis(t, genesis.FeesFree)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`["enode://zz"]`), 0o644); err != nil {
		t.Fatal(err)
	}
	notArray := filepath.Join(dir, "obj.json")
	if err := os.WriteFile(notArray, []byte(`{"nodes": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(dir, "missing.json"), bad, notArray} {
		n, err := New(Config{DataDir: t.TempDir(), Genesis: g, AllowListFile: path})
		if !errors.Is(err, ErrBadAllowlist) {
			t.Errorf("%s: err %v, want ErrBadAllowlist", filepath.Base(path), err)
		}
		if n != nil {
			n.Close()
		}
	}
}

func writeList(t *testing.T, path string, urls ...string) {
	t.Helper()
	blob, _ := json.Marshal(urls)
	if err := os.WriteFile(path, blob, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readList(t *testing.T, path string) []string {
	t.Helper()
	blob, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	if err := json.Unmarshal(blob, &urls); err != nil {
		t.Fatal(err)
	}
	return urls
}

func sortedURLs(nodes ...*enode.Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, n.URLv4())
	}
	slices.Sort(out)
	return out
}

// xiangPeers returns the ids of n's peers on the xiang protocol.
func xiangPeers(n *Node) []enode.ID {
	n.net.mu.RLock()
	defer n.net.mu.RUnlock()
	var out []enode.ID
	for id := range n.net.peers {
		out = append(out, id)
	}
	return out
}

// waitFor polls cond for up to 30 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
