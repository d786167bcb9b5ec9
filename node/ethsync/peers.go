package ethsync

import (
	"maps"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/eth/protocols/eth"
	"github.com/ethereum/go-ethereum/p2p"
)

// peerSet holds the peers that passed the eth handshake.
type peerSet struct {
	mu     sync.RWMutex
	peers  map[string]*eth.Peer
	closed bool
}

func newPeerSet() *peerSet {
	return &peerSet{peers: make(map[string]*eth.Peer)}
}

// register adds a peer; it fails for a peer already present or after close.
func (ps *peerSet) register(p *eth.Peer) error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closed {
		return errPeerSetClosed
	}
	if _, ok := ps.peers[p.ID()]; ok {
		return errPeerAlreadyRegistered
	}
	ps.peers[p.ID()] = p
	return nil
}

// unregister removes a peer; unknown ids are ignored.
func (ps *peerSet) unregister(id string) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	delete(ps.peers, id)
}

// peer returns the peer with the given id, or nil.
func (ps *peerSet) peer(id string) *eth.Peer {
	ps.mu.RLock()
	defer ps.mu.RUnlock()
	return ps.peers[id]
}

// all returns the current peers.
func (ps *peerSet) all() []*eth.Peer {
	ps.mu.RLock()
	defer ps.mu.RUnlock()
	return slices.Collect(maps.Values(ps.peers))
}

func (ps *peerSet) len() int {
	ps.mu.RLock()
	defer ps.mu.RUnlock()
	return len(ps.peers)
}

// close disconnects every peer and refuses new ones.
func (ps *peerSet) close() {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ps.closed = true
	for _, p := range ps.peers {
		p.Disconnect(p2p.DiscQuitting)
	}
}
