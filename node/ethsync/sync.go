package ethsync

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// SyncTo starts catching the chain up to head, a block the caller holds a
// verified commit certificate for (announced on the node's own protocol),
// and returns once go-ethereum's downloader accepted it; the download runs
// in the background. The downloader fetches the headers from head down to
// our chain, then the bodies, and inserts the blocks with InsertChain, so
// the consensus engine verifies every header, including the certificate of
// its parent. Every block below head is therefore certified by the block
// above it, and head by the caller's certificate. Blocks are reported to
// Config.OnInserted as they go in; Progress tells how far the sync is.
//
// A head at or below our current block is ignored. Until the chain reaches
// the highest head handed to SyncTo, transactions from peers are refused.
func (h *Handler) SyncTo(head *types.Header) error {
	if head == nil || head.Number == nil {
		return ErrNilTarget
	}
	select {
	case <-h.quit:
		return ErrStopped
	default:
	}
	current := h.chain.CurrentBlock()
	if head.Number.Cmp(current.Number) <= 0 {
		return nil
	}
	if !h.chain.HasState(current.Root) {
		return fmt.Errorf("%w (block %d)", ErrHeadStateMissing, current.Number.Uint64())
	}
	h.raiseTarget(head)
	// The head is final, so it is also the finalized block the downloader
	// may use as the bound of the ancient store.
	if err := h.downloader.BeaconSync(head, head); err != nil {
		return fmt.Errorf("ethsync: starting sync to block %d: %w", head.Number.Uint64(), err)
	}
	return nil
}

// raiseTarget records head as the sync target unless a higher one is set.
func (h *Handler) raiseTarget(head *types.Header) {
	for {
		old := h.target.Load()
		if old != nil && old.Number.Cmp(head.Number) >= 0 {
			return
		}
		if h.target.CompareAndSwap(old, types.CopyHeader(head)) {
			return
		}
	}
}

// Syncing reports whether the chain is below the highest head handed to
// SyncTo (and so peers' transactions are refused).
func (h *Handler) Syncing() bool { return !h.acceptTxs() }

// Progress reports the sync: the block where the last sync cycle started,
// the current block, and the highest of the sync target and the current
// block, as eth_syncing shows them.
func (h *Handler) Progress() ethereum.SyncProgress {
	p := h.downloader.Progress()
	current := h.chain.CurrentBlock().Number.Uint64()
	p.CurrentBlock = current
	p.HighestBlock = max(p.HighestBlock, current)
	if t := h.target.Load(); t != nil {
		p.HighestBlock = max(p.HighestBlock, t.Number.Uint64())
	}
	return p
}

// ParentCertificate is the commit certificate a block carries for its parent.
type ParentCertificate struct {
	Number uint64      // the parent's number
	Hash   common.Hash // the parent's hash
	Cert   *qbft.CommitCertificate
}

// ErrNoParentCertificate is returned by ParentCertificates for a header
// above block 1 whose extraData carries no certificate.
var ErrNoParentCertificate = errors.New("ethsync: header carries no parent certificate")

// ParentCertificates decodes the certificates that headers carry for their
// parents, in the order given. Block 1 carries none (the genesis needs no
// certificate) and is skipped. The certificates are returned as carried: the
// caller is expected to pass headers the engine has verified (blocks from
// OnInserted), so each certificate is valid for its parent. A node stores
// them as the parents' certificates.
func ParentCertificates(headers []*types.Header) ([]ParentCertificate, error) {
	out := make([]ParentCertificate, 0, len(headers))
	for _, header := range headers {
		number := header.Number.Uint64()
		if number < 2 {
			continue
		}
		extra, err := qbft.DecodeExtra(header.Extra)
		if err != nil {
			return nil, fmt.Errorf("ethsync: block %d: %w", number, err)
		}
		if extra.ParentCommit == nil {
			return nil, fmt.Errorf("%w: block %d", ErrNoParentCertificate, number)
		}
		out = append(out, ParentCertificate{Number: number - 1, Hash: header.ParentHash, Cert: extra.ParentCommit})
	}
	return out, nil
}
