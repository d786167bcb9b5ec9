package node

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/ethsync"
)

// Catch-up (DESIGN.md §6). A node more than downloadGap blocks behind a
// peer's certified head catches up with go-ethereum's downloader over the
// eth protocol (ethsync): BeaconSync to that head, every block executed and
// its header — with the certificate of its parent — verified by the engine
// on insertion; the parents' certificates are stored as the blocks go in,
// and the head's own certificate, received over the xiang protocol, is
// verified once its parent is in the chain. Smaller gaps (a validator back
// after a short restart) are filled over the xiang protocol, certificate
// first, in batches (importCommittedBatch).
const downloadGap = maxBlocksServed

// download is a sync target: a certified head announced by a peer.
type download struct {
	block *types.Block
	cert  *qbft.CommitCertificate
	peer  *peer
}

// openEthSync creates the eth protocol handler. It needs the head's state,
// which start-up recovery has restored; without it (a chain imported
// without state) the node syncs over the xiang protocol only.
func (n *Node) openEthSync() error {
	h, err := ethsync.New(ethsync.Config{
		Chain:      n.chain,
		TxPool:     n.pool,
		NetworkID:  n.chainConfig.ChainID.Uint64(),
		Database:   n.db,
		MaxPeers:   n.cfg.MaxPeers,
		OnInserted: n.downloaded,
		AddTxs:     n.addPeerTxs,
		AllowPeer:  n.peerAllowed,
	})
	if errors.Is(err, ethsync.ErrHeadStateMissing) {
		log.Warn("eth protocol off: the head's state is missing; catch-up runs over the xiang protocol", "err", err)
		return nil
	}
	if err != nil {
		return fmt.Errorf("eth protocol: %w", err)
	}
	n.eth = h
	return nil
}

// syncing reports whether the downloader is catching the chain up.
func (n *Node) syncing() bool { return n.eth != nil && n.eth.Syncing() }

// SyncProgress reports catch-up for eth_syncing; ok is false when the node
// is not syncing.
func (n *Node) SyncProgress() (ethereum.SyncProgress, bool) {
	if !n.syncing() {
		return ethereum.SyncProgress{}, false
	}
	return n.eth.Progress(), true
}

// startDownload syncs to a certified head far above ours (driver loop).
func (d *driver) startDownload(pr *peer, block *types.Block, cert *qbft.CommitCertificate) {
	if t := d.target; t != nil && t.block.NumberU64() >= block.NumberU64() && d.n.syncing() {
		return // already syncing to it or above
	}
	d.target = &download{block: block, cert: cert, peer: pr}
	log.Info("Catching up with the downloader", "from", d.n.chain.CurrentBlock().Number, "to", block.NumberU64(), "peer", pr.id)
	if err := d.n.eth.SyncTo(block.Header()); err != nil {
		log.Warn("Starting the downloader failed", "target", block.NumberU64(), "err", err)
		d.target = nil
	}
}

// downloaded stores the certificates that the blocks the downloader
// inserted carry for their parents (so those parents are final), then lets
// the driver check whether the sync target is reached. It runs on the
// downloader's goroutine.
func (n *Node) downloaded(blocks []*types.Block) {
	headers := make([]*types.Header, len(blocks))
	for i, b := range blocks {
		headers[i] = b.Header()
	}
	certs, err := ethsync.ParentCertificates(headers)
	if err != nil {
		log.Error("Downloaded blocks without parent certificates", "err", err)
		return
	}
	for _, c := range certs {
		if err := n.certs.Put(c.Number, c.Hash, c.Cert, false); err != nil {
			log.Error("Storing a downloaded certificate failed", "number", c.Number, "err", err)
			return
		}
	}
	if err := n.db.SyncKeyValue(); err != nil {
		log.Error("Syncing downloaded certificates failed", "err", err)
	}
	last := blocks[len(blocks)-1]
	n.consensus.post(func() { n.consensus.downloadedTo(last) })
}

// downloadedTo runs on the driver loop after a downloaded batch: once the
// target is in the chain, its certificate is verified (its parent is now
// known, and with it V(target)) and stored, and consensus moves on from it.
// A certificate that fails drops the target block and the peer.
func (d *driver) downloadedTo(last *types.Block) {
	t := d.target
	if t == nil || last.NumberU64() < t.block.NumberU64() {
		return
	}
	d.target = nil
	n := d.n
	if n.chain.GetCanonicalHash(t.block.NumberU64()) != t.block.Hash() {
		log.Warn("Sync target not in the chain after download", "number", t.block.NumberU64())
		return
	}
	if err := n.engine.VerifyCertificate(n.chain, t.block.Header(), t.cert); err != nil {
		log.Error("Sync target's certificate is invalid: dropping the block and the peer", "number", t.block.NumberU64(), "peer", t.peer.id, "err", err)
		if err := n.chain.SetHead(t.block.NumberU64() - 1); err != nil {
			log.Error("Rewinding past an uncertified block failed", "err", err)
		}
		t.peer.p.Disconnect(p2p.DiscUselessPeer)
		return
	}
	if err := n.certs.Put(t.block.NumberU64(), t.block.Hash(), t.cert, n.cfg.DataDir != ""); err != nil {
		log.Error("Storing the sync target's certificate failed", "err", err)
		return
	}
	n.noteCommit(t.block, t.cert)
	log.Info("Caught up", "head", t.block.NumberU64())
	d.newHead(n.chain.CurrentBlock())
	// Blocks committed meanwhile come over the xiang protocol.
	n.net.maybeSync(t.peer)
}
