package ethsync

import (
	"cmp"
	"hash/maphash"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/protocols/eth"
	"github.com/ethereum/go-ethereum/log"
)

// BroadcastTransactions relays transactions the way go-ethereum does: each
// small non-blob transaction goes whole to ceil(sqrt(n)) of the n peers, and
// is announced (hash, type and size) to the others, which fetch it if they
// want it; large transactions are only announced. Peers known to have a
// transaction get nothing. The peers receiving a transaction whole are
// chosen per sender, so an account's transactions follow one path and
// arrive without nonce gaps, and the choice is keyed by a secret of this
// node, so others cannot predict it.
func (h *Handler) BroadcastTransactions(txs types.Transactions) {
	peers := h.peers.all()
	if len(peers) == 0 || len(txs) == 0 {
		return
	}
	var (
		signer   = types.LatestSigner(h.chain.Config())
		direct   = make(map[*eth.Peer][]common.Hash)
		announce = make(map[*eth.Peer][]common.Hash)
		ranked   = make([]rankedPeer, len(peers))
	)
	for _, tx := range txs {
		var whole []*eth.Peer
		if tx.Type() != types.BlobTxType && tx.Size() <= txMaxBroadcastSize {
			sender, _ := types.Sender(signer, tx) // any stable key will do
			whole = h.directPeers(peers, sender, ranked)
		}
		hash := tx.Hash()
		for _, p := range peers {
			switch {
			case p.KnownTransaction(hash):
			case slices.Contains(whole, p):
				direct[p] = append(direct[p], hash)
			default:
				announce[p] = append(announce[p], hash)
			}
		}
	}
	for p, hashes := range direct {
		p.AsyncSendTransactions(hashes)
	}
	for p, hashes := range announce {
		p.AsyncSendPooledTransactionHashes(hashes)
	}
	log.Trace("Relayed transactions", "txs", len(txs), "direct", len(direct), "announced", len(announce))
}

// rankedPeer is a peer with its score for one sender.
type rankedPeer struct {
	peer  *eth.Peer
	score uint64
}

// directPeers returns the ceil(sqrt(n)) peers that receive sender's
// transactions whole: those with the lowest keyed hash of (peer, sender).
// ranked is scratch space of len(peers).
func (h *Handler) directPeers(peers []*eth.Peer, sender common.Address, ranked []rankedPeer) []*eth.Peer {
	var hash maphash.Hash
	hash.SetSeed(h.seed)
	for i, p := range peers {
		hash.Reset()
		id := p.Peer.ID()
		hash.Write(id[:])
		hash.Write(sender[:])
		ranked[i] = rankedPeer{p, hash.Sum64()}
	}
	slices.SortFunc(ranked, func(a, b rankedPeer) int { return cmp.Compare(a.score, b.score) })
	n := int(math.Ceil(math.Sqrt(float64(len(peers)))))
	out := make([]*eth.Peer, n)
	for i := range out {
		out[i] = ranked[i].peer
	}
	return out
}

// txBroadcastLoop relays every transaction that enters the pool (new ones,
// not those a reorg put back).
func (h *Handler) txBroadcastLoop() {
	defer h.loops.Done()
	for {
		select {
		case ev := <-h.txsCh:
			h.BroadcastTransactions(ev.Txs)
		case <-h.txsSub.Err():
			return
		}
	}
}

// announcePending announces the pool's executable transactions to a new
// peer; later ones reach it through BroadcastTransactions.
func (h *Handler) announcePending(p *eth.Peer) {
	pending, _ := h.txpool.Pending(txpool.PendingFilter{BlobTxs: false})
	var hashes []common.Hash
	for _, batch := range pending {
		for _, tx := range batch {
			hashes = append(hashes, tx.Hash)
		}
	}
	if len(hashes) > 0 {
		p.AsyncSendPooledTransactionHashes(hashes)
	}
}
