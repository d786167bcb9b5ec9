package ethsync

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth/protocols/eth"
	"github.com/ethereum/go-ethereum/p2p/enode"
)

// ethBackend is the Handler as go-ethereum's eth protocol sees it (an
// eth.Backend); the protocol serves headers, bodies, receipts and pooled
// transactions itself and hands the rest here.
type ethBackend Handler

var _ eth.Backend = (*ethBackend)(nil)

// Chain implements eth.Backend.
func (b *ethBackend) Chain() *core.BlockChain { return b.chain }

// TxPool implements eth.Backend.
func (b *ethBackend) TxPool() eth.TxPool { return b.txpool }

// BlobPool implements eth.Backend with a pool that holds nothing (eth/72
// asks it for blob cells unconditionally).
func (b *ethBackend) BlobPool() eth.BlobPool { return noBlobs{} }

// AcceptTxs implements eth.Backend: transactions are refused while syncing.
func (b *ethBackend) AcceptTxs() bool { return (*Handler)(b).acceptTxs() }

// RunPeer implements eth.Backend.
func (b *ethBackend) RunPeer(peer *eth.Peer, handle eth.Handler) error {
	return (*Handler)(b).runPeer(peer, handle)
}

// PeerInfo implements eth.Backend: what admin_peers shows under "eth".
func (b *ethBackend) PeerInfo(id enode.ID) any {
	p := b.peers.peer(id.String())
	if p == nil {
		return nil
	}
	info := &PeerInfo{Version: p.Version()}
	if r := p.BlockRange(); r != nil {
		info.EarliestBlock, info.LatestBlock, info.LatestBlockHash = r.EarliestBlock, r.LatestBlock, r.LatestBlockHash
	}
	return info
}

// PeerInfo is the eth protocol's view of a peer.
type PeerInfo struct {
	Version         uint        `json:"version"`
	EarliestBlock   uint64      `json:"earliestBlock"`
	LatestBlock     uint64      `json:"latestBlock"`
	LatestBlockHash common.Hash `json:"latestBlockHash"`
}

// Handle implements eth.Backend: transaction announcements and deliveries go
// to the fetcher (and from it to the pool).
func (b *ethBackend) Handle(peer *eth.Peer, packet eth.Packet) error {
	h := (*Handler)(b)
	switch packet := packet.(type) {
	case *eth.NewPooledTransactionHashesPacket71:
		_, err := h.txFetcher.Notify(peer.ID(), peer.Version(), packet.Types, packet.Sizes, packet.Hashes)
		return err

	case *eth.NewPooledTransactionHashesPacket72:
		// Blob hashes the fetcher returns would need cells; there is no
		// blob pool, and validateMeta already refused them.
		_, err := h.txFetcher.Notify(peer.ID(), peer.Version(), packet.Types, packet.Sizes, packet.Hashes)
		return err

	case *eth.TransactionsPacket:
		txs, err := packet.Items()
		if err != nil {
			return fmt.Errorf("ethsync: decoding transactions: %w", err)
		}
		if err := markTransactions(peer, txs); err != nil {
			return err
		}
		return h.txFetcher.Enqueue(peer.ID(), peer.Version(), txs, false)

	case *eth.PooledTransactionsPacket:
		txs, err := packet.List.Items()
		if err != nil {
			return fmt.Errorf("ethsync: decoding pooled transactions: %w", err)
		}
		if err := markTransactions(peer, txs); err != nil {
			return err
		}
		return h.txFetcher.Enqueue(peer.ID(), peer.Version(), txs, true)

	case *eth.CellsResponse:
		return errUnrequestedCells

	default:
		return fmt.Errorf("%w: %T", errUnexpectedPacket, packet)
	}
}

// markTransactions checks a delivery and records that the peer has its
// transactions, so they are not sent back. Blob transactions are never
// requested, and go-ethereum never sends them unasked.
func markTransactions(peer *eth.Peer, txs []*types.Transaction) error {
	seen := make(map[common.Hash]struct{}, len(txs))
	for _, tx := range txs {
		if tx.Type() == types.BlobTxType {
			return errBlobTransaction
		}
		hash := tx.Hash()
		if _, dup := seen[hash]; dup {
			return fmt.Errorf("%w: %x", errDuplicateTransaction, hash)
		}
		seen[hash] = struct{}{}
		peer.MarkTransaction(hash)
	}
	return nil
}

// errNoBlobPool is returned when a peer asks for blob cells.
var errNoBlobPool = errors.New("ethsync: no blob pool")

// noBlobs is the empty blob pool: Xiangchain does not accept blob
// transactions (DESIGN.md §3).
type noBlobs struct{}

func (noBlobs) GetBlobHashes(common.Hash) []common.Hash { return nil }

func (noBlobs) GetBlobCells([]common.Hash, types.CustodyBitmap) ([][]*kzg4844.Cell, [][]*kzg4844.Proof, error) {
	return nil, nil, errNoBlobPool
}

func (noBlobs) GetCustody(common.Hash) *types.CustodyBitmap { return nil }

func (noBlobs) Has(common.Hash) bool { return false }
