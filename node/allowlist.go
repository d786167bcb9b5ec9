package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
)

// Errors of the node allowlist.
var (
	// ErrPeerNotAllowed disconnects a peer missing from the allowlist.
	ErrPeerNotAllowed = errors.New("peer is not on the node allowlist")
	// ErrBadAllowlist reports an unreadable allowlist or a bad entry.
	ErrBadAllowlist = errors.New("invalid node allowlist")
	// ErrNoAllowlist answers perm_ calls on a node that has none.
	ErrNoAllowlist = errors.New("this node has no allowlist (set AllowList in [P2P] or --p2p.allowlist)")
)

// allowlist is the set of nodes a permissioned network lets in (DESIGN.md
// §6): a JSON array of enode URLs, the format of static-nodes.json. Peers
// missing from it are refused at the handshake of both the xiang and the eth
// protocol. Changes made over RPC (perm_) are written back to the file, so
// they survive a restart; perm_reloadPermissionsFromFile picks up edits
// made to the file by hand.
type allowlist struct {
	path string

	mu    sync.RWMutex
	nodes map[enode.ID]*enode.Node
}

// loadAllowlist reads the allowlist at path.
func loadAllowlist(path string) (*allowlist, error) {
	a := &allowlist{path: path}
	if err := a.reload(); err != nil {
		return nil, err
	}
	return a, nil
}

// allowed reports whether the node id may connect.
func (a *allowlist) allowed(id enode.ID) bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	_, ok := a.nodes[id]
	return ok
}

// reload replaces the list with the file's contents.
func (a *allowlist) reload() error {
	nodes, err := genesis.ReadStaticNodes(a.path) // the same format
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadAllowlist, err)
	}
	set := make(map[enode.ID]*enode.Node, len(nodes))
	for _, n := range nodes {
		set[n.ID()] = n
	}
	a.mu.Lock()
	a.nodes = set
	a.mu.Unlock()
	return nil
}

// parseEnodes parses the enode URLs of a perm_ call into a set keyed by
// node id.
func parseEnodes(urls []string) (map[enode.ID]*enode.Node, error) {
	nodes := make(map[enode.ID]*enode.Node, len(urls))
	for _, u := range urls {
		n, err := enode.ParseV4(u)
		if err != nil {
			return nil, fmt.Errorf("%w: %q: %v", ErrBadAllowlist, u, err)
		}
		nodes[n.ID()] = n
	}
	return nodes, nil
}

// list returns the enode URLs on the list, sorted.
func (a *allowlist) list() []string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]string, 0, len(a.nodes))
	for _, n := range a.nodes {
		out = append(out, n.URLv4())
	}
	slices.Sort(out)
	return out
}

// update adds (add true) or removes the nodes of urls and writes the list
// back to its file; on a write error nothing changes.
func (a *allowlist) update(urls []string, add bool) error {
	changed, err := parseEnodes(urls)
	if err != nil {
		return err
	}
	if len(changed) == 0 {
		return fmt.Errorf("%w: no enode URLs given", ErrBadAllowlist)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	next := make(map[enode.ID]*enode.Node, len(a.nodes)+len(changed))
	for id, n := range a.nodes {
		next[id] = n
	}
	for id, n := range changed {
		if add {
			next[id] = n
		} else {
			delete(next, id)
		}
	}
	if err := writeAllowlist(a.path, next); err != nil {
		return err
	}
	a.nodes = next
	return nil
}

// writeAllowlist replaces the file at path atomically (write, sync, rename).
func writeAllowlist(path string, nodes map[enode.ID]*enode.Node) error {
	urls := make([]string, 0, len(nodes))
	for _, n := range nodes {
		urls = append(urls, n.URLv4())
	}
	slices.Sort(urls)
	blob, err := json.MarshalIndent(urls, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return fmt.Errorf("writing allowlist: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(blob, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("writing allowlist: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing allowlist: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing allowlist: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing allowlist: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing allowlist: %w", err)
	}
	return nil
}

// peerAllowed reports whether a peer may run the node's protocols: always
// on an open network.
func (n *Node) peerAllowed(id enode.ID) bool {
	return n.allow == nil || n.allow.allowed(id)
}

// dropDisallowedPeers disconnects connected peers no longer on the list.
func (n *Node) dropDisallowedPeers() {
	srv := n.stack.Server()
	if srv == nil {
		return
	}
	for _, p := range srv.Peers() {
		if !n.peerAllowed(p.ID()) {
			log.Info("Disconnecting peer removed from the allowlist", "peer", p.ID())
			p.Disconnect(p2p.DiscUselessPeer)
		}
	}
}

// permAPI is Besu's perm_ namespace for the node allowlist. It is served on
// IPC, and over HTTP or WebSocket only when "perm" is listed there.
type permAPI struct{ n *Node }

func (api *permAPI) list() (*allowlist, error) {
	if api.n.allow == nil {
		return nil, ErrNoAllowlist
	}
	return api.n.allow, nil
}

// GetNodesAllowlist returns the enode URLs allowed to connect.
func (api *permAPI) GetNodesAllowlist() ([]string, error) {
	a, err := api.list()
	if err != nil {
		return nil, err
	}
	return a.list(), nil
}

// AddNodesToAllowlist allows the given nodes and saves the list.
func (api *permAPI) AddNodesToAllowlist(urls []string) (string, error) {
	a, err := api.list()
	if err != nil {
		return "", err
	}
	if err := a.update(urls, true); err != nil {
		return "", err
	}
	return "Success", nil
}

// RemoveNodesFromAllowlist removes the given nodes, saves the list and
// disconnects them.
func (api *permAPI) RemoveNodesFromAllowlist(urls []string) (string, error) {
	a, err := api.list()
	if err != nil {
		return "", err
	}
	if err := a.update(urls, false); err != nil {
		return "", err
	}
	api.n.dropDisallowedPeers()
	return "Success", nil
}

// ReloadPermissionsFromFile rereads the allowlist file and disconnects
// peers no longer on it.
func (api *permAPI) ReloadPermissionsFromFile() (string, error) {
	a, err := api.list()
	if err != nil {
		return "", err
	}
	if err := a.reload(); err != nil {
		return "", err
	}
	api.n.dropDisallowedPeers()
	return "Success", nil
}
