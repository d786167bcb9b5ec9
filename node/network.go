package node

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftcore"
)

// The `xiang` devp2p protocol: consensus messages, committed blocks with
// their certificates, catch-up of committed blocks, and transactions.
const (
	protocolName    = "xiang"
	protocolVersion = 1
	protocolLength  = 6

	statusMsg    = 0x00 // [version, chainId, genesisHash, headNumber, headHash]
	consensusMsg = 0x01 // [code, payload]: a QBFT message
	announceMsg  = 0x02 // [block, certificate]: a block that was just committed
	getBlocksMsg = 0x03 // [from, count]: committed blocks from a height
	blocksMsg    = 0x04 // [[block, certificate], …]
	txsMsg       = 0x05 // [tx, …]
)

// Protocol limits.
const (
	handshakeTimeout = 5 * time.Second
	peerQueueSize    = 1024                  // messages waiting to be written to one peer
	maxBlocksServed  = 128                   // blocks in one blocksMsg
	maxBlocksBytes   = 8 * 1024 * 1024       // approximate size cap of one blocksMsg
	maxMessageSize   = 32 * 1024 * 1024      // larger messages disconnect the peer
	syncRetry        = 5 * time.Second       // an unanswered block request is retried after this
	seenMessages     = 8192                  // consensus messages remembered to drop duplicates cheaply
	txRelayBatch     = 512                   // transactions relayed in one message at most
	txRelayDelay     = 20 * time.Millisecond // how long new transactions wait for others to join their batch
)

// Errors that end a peer connection.
var (
	errWrongGenesis    = errors.New("peer is on another network (genesis or chain id differ)")
	errWrongVersion    = errors.New("peer speaks another xiang protocol version")
	errHandshakeTimout = errors.New("xiang handshake timed out")
	errMessageTooLarge = errors.New("message too large")
	errUnexpectedMsg   = errors.New("unexpected message code")
)

type statusPacket struct {
	Version  uint64
	ChainID  *big.Int
	Genesis  common.Hash
	Head     uint64
	HeadHash common.Hash
}

type consensusPacket struct {
	Code    uint64
	Payload []byte
}

// certifiedBlock is a committed block with the certificate that proves it.
type certifiedBlock struct {
	Block *types.Block
	Cert  []byte // qbft.EncodeCommit
}

type getBlocksPacket struct {
	From  uint64
	Count uint64
}

// network runs the xiang protocol with every connected peer.
type network struct {
	n *Node

	mu    sync.RWMutex
	peers map[enode.ID]*peer

	seen *lru.Cache[common.Hash, struct{}] // consensus messages already handled

	syncing   atomic.Bool  // a block request is outstanding
	syncSince atomic.Int64 // when it was sent (unix nanoseconds)

	quit chan struct{}
	done chan struct{}
}

// peer is one connection speaking the xiang protocol.
type peer struct {
	id   enode.ID
	p    *p2p.Peer
	out  chan outMsg
	head atomic.Uint64
	quit chan struct{}
}

type outMsg struct {
	code uint64
	data any
}

func newNetwork(n *Node) *network {
	return &network{n: n, peers: make(map[enode.ID]*peer), seen: lru.NewCache[common.Hash, struct{}](seenMessages)}
}

func (net *network) protocols() []p2p.Protocol {
	return []p2p.Protocol{{
		Name:    protocolName,
		Version: protocolVersion,
		Length:  protocolLength,
		Run:     net.runPeer,
	}}
}

// start begins relaying the pool's new transactions to peers — unless the
// eth protocol carries them (DESIGN.md §6).
func (net *network) start() {
	net.quit, net.done = make(chan struct{}), make(chan struct{})
	if net.n.eth != nil {
		close(net.done)
		return
	}
	go net.txLoop()
}

func (net *network) stop() {
	if net.quit == nil {
		return
	}
	close(net.quit)
	<-net.done
	net.quit = nil
}

func (net *network) peerCount() int {
	net.mu.RLock()
	defer net.mu.RUnlock()
	return len(net.peers)
}

func (net *network) status() *statusPacket {
	head := net.n.chain.CurrentBlock()
	return &statusPacket{
		Version:  protocolVersion,
		ChainID:  net.n.chainConfig.ChainID,
		Genesis:  net.n.chainConfig.GenesisHash,
		Head:     head.Number.Uint64(),
		HeadHash: head.Hash(),
	}
}

// runPeer is the lifetime of one connection: handshake, then messages.
func (net *network) runPeer(p *p2p.Peer, rw p2p.MsgReadWriter) error {
	if !net.n.peerAllowed(p.ID()) {
		log.Debug("Refusing peer not on the allowlist", "peer", p.ID(), "addr", p.RemoteAddr())
		return ErrPeerNotAllowed
	}
	theirs, err := net.handshake(rw)
	if err != nil {
		log.Debug("Xiang handshake failed", "peer", p.ID(), "err", err)
		return err
	}
	pr := &peer{id: p.ID(), p: p, out: make(chan outMsg, peerQueueSize), quit: make(chan struct{})}
	pr.head.Store(theirs.Head)
	net.mu.Lock()
	net.peers[pr.id] = pr
	net.mu.Unlock()
	defer func() {
		net.mu.Lock()
		delete(net.peers, pr.id)
		net.mu.Unlock()
		close(pr.quit)
	}()
	writeErr := make(chan error, 1)
	go func() { writeErr <- pr.writeLoop(rw) }()
	log.Debug("Xiang peer connected", "peer", pr.id, "head", theirs.Head)
	net.maybeSync(pr)

	readErr := make(chan error, 1)
	go func() {
		for {
			if err := net.handleMsg(pr, rw); err != nil {
				readErr <- err
				return
			}
		}
	}()
	select {
	case err := <-readErr:
		return err
	case err := <-writeErr:
		return err
	}
}

func (net *network) handshake(rw p2p.MsgReadWriter) (*statusPacket, error) {
	errc := make(chan error, 2)
	theirs := new(statusPacket)
	go func() { errc <- p2p.Send(rw, statusMsg, net.status()) }()
	go func() {
		msg, err := rw.ReadMsg()
		if err != nil {
			errc <- err
			return
		}
		defer msg.Discard()
		if msg.Code != statusMsg {
			errc <- fmt.Errorf("%w: %d before status", errUnexpectedMsg, msg.Code)
			return
		}
		errc <- msg.Decode(theirs)
	}()
	timeout := time.NewTimer(handshakeTimeout)
	defer timeout.Stop()
	for range 2 {
		select {
		case err := <-errc:
			if err != nil {
				return nil, err
			}
		case <-timeout.C:
			return nil, errHandshakeTimout
		}
	}
	if theirs.Version != protocolVersion {
		return nil, fmt.Errorf("%w: %d", errWrongVersion, theirs.Version)
	}
	if theirs.Genesis != net.n.chainConfig.GenesisHash || theirs.ChainID == nil || theirs.ChainID.Cmp(net.n.chainConfig.ChainID) != 0 {
		return nil, fmt.Errorf("%w: genesis %x chain %v", errWrongGenesis, theirs.Genesis, theirs.ChainID)
	}
	return theirs, nil
}

func (pr *peer) writeLoop(rw p2p.MsgWriter) error {
	for {
		select {
		case m := <-pr.out:
			if err := p2p.Send(rw, m.code, m.data); err != nil {
				return err
			}
		case <-pr.quit:
			return nil
		}
	}
}

// send queues a message; when the peer's queue is full the message is
// dropped (QBFT recovers lost messages through round changes and sync).
func (pr *peer) send(code uint64, data any) {
	select {
	case pr.out <- outMsg{code, data}:
	default:
		log.Debug("Peer queue full, dropping message", "peer", pr.id, "code", code)
	}
}

func (net *network) broadcast(code uint64, data any) {
	net.mu.RLock()
	defer net.mu.RUnlock()
	for _, pr := range net.peers {
		pr.send(code, data)
	}
}

// broadcastConsensus sends a signed QBFT message to every peer; peers pass
// it on (relay), so validators need not all be connected to each other.
func (net *network) broadcastConsensus(m *qbftcore.Message) {
	net.n.stats.msgsOut.Add(1)
	code, payload := m.Encode()
	net.seen.Add(consensusID(code, payload), struct{}{}) // our own, if gossiped back
	net.broadcast(consensusMsg, &consensusPacket{Code: code, Payload: payload})
}

// relay passes a consensus message on to every peer but the one it came from.
func (net *network) relay(from enode.ID, pkt *consensusPacket) {
	net.mu.RLock()
	defer net.mu.RUnlock()
	for id, pr := range net.peers {
		if id != from {
			pr.send(consensusMsg, pkt)
		}
	}
}

// consensusID identifies a consensus message for duplicate suppression.
func consensusID(code uint64, payload []byte) common.Hash {
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, code), payload)
}

// announce tells peers a block was committed, with its certificate.
func (net *network) announce(block *types.Block, cert *qbft.CommitCertificate) {
	net.broadcast(announceMsg, &certifiedBlock{Block: block, Cert: qbft.EncodeCommit(cert)})
}

// handleMsg reads and handles one message. An error disconnects the peer.
func (net *network) handleMsg(pr *peer, rw p2p.MsgReader) error {
	msg, err := rw.ReadMsg()
	if err != nil {
		return err
	}
	defer msg.Discard()
	if msg.Size > maxMessageSize {
		return fmt.Errorf("%w: %d bytes", errMessageTooLarge, msg.Size)
	}
	d := net.n.consensus
	switch msg.Code {
	case consensusMsg:
		var pkt consensusPacket
		if err := msg.Decode(&pkt); err != nil {
			return err
		}
		// Drop a message seen before without checking its signatures again.
		id := consensusID(pkt.Code, pkt.Payload)
		if net.seen.Contains(id) {
			return nil
		}
		net.seen.Add(id, struct{}{})
		m, err := qbftcore.Decode(pkt.Code, pkt.Payload)
		if err != nil {
			return fmt.Errorf("bad consensus message: %w", err)
		}
		net.n.stats.msgsIn.Add(1)
		author, err := m.Author(net.n.chainConfig.ChainID, net.n.chainConfig.GenesisHash)
		if err != nil {
			return nil // not signed for this network: neither handled nor passed on
		}
		net.n.stats.sawValidator(author, net.n.cfg.Now())
		// Gossip (as Besu): pass a new, validly signed message on to every
		// other peer, so validators that are not directly connected still
		// hear each other. The seen set stops it from going round.
		net.relay(pr.id, &pkt)
		d.post(func() { d.step(m) })
	case announceMsg:
		var cb certifiedBlock
		if err := msg.Decode(&cb); err != nil {
			return err
		}
		cert, err := qbft.DecodeCommit(cb.Cert)
		if err != nil {
			return fmt.Errorf("bad certificate: %w", err)
		}
		if num := cb.Block.NumberU64(); num > pr.head.Load() {
			pr.head.Store(num)
		}
		d.post(func() { d.importCommitted(pr, cb.Block, cert) })
	case getBlocksMsg:
		var req getBlocksPacket
		if err := msg.Decode(&req); err != nil {
			return err
		}
		pr.send(blocksMsg, net.serveBlocks(req))
	case blocksMsg:
		var list []certifiedBlock
		if err := msg.Decode(&list); err != nil {
			return err
		}
		blocks := make([]*types.Block, len(list))
		certs := make([]*qbft.CommitCertificate, len(list))
		for i, cb := range list {
			if certs[i], err = qbft.DecodeCommit(cb.Cert); err != nil {
				return fmt.Errorf("bad certificate: %w", err)
			}
			blocks[i] = cb.Block
		}
		d.post(func() {
			net.syncing.Store(false)
			if len(blocks) == 1 && net.n.eth != nil && blocks[0].NumberU64() > net.n.chain.CurrentBlock().Number.Uint64()+downloadGap {
				d.startDownload(pr, blocks[0], certs[0]) // the peer's head, asked for by maybeSync
				return
			}
			d.importCommittedBatch(pr, blocks, certs)
			net.maybeSync(pr)
		})
	case txsMsg:
		var txs []*types.Transaction
		if err := msg.Decode(&txs); err != nil {
			return err
		}
		net.n.pool.Add(txs, false)
	case statusMsg:
		return fmt.Errorf("%w: status after handshake", errUnexpectedMsg)
	default:
		return fmt.Errorf("%w: %d", errUnexpectedMsg, msg.Code)
	}
	return nil
}

// serveBlocks returns committed blocks from req.From with their certificates.
func (net *network) serveBlocks(req getBlocksPacket) []certifiedBlock {
	var (
		out  []certifiedBlock
		size int
		head = net.n.chain.CurrentBlock().Number.Uint64()
	)
	for num := req.From; num <= head && uint64(len(out)) < min(req.Count, maxBlocksServed) && size < maxBlocksBytes; num++ {
		block := net.n.chain.GetBlockByNumber(num)
		if block == nil {
			break
		}
		cert := net.n.certs.Certificate(block.Hash())
		if cert == nil {
			break // not certified here (imported without its certificate)
		}
		out = append(out, certifiedBlock{Block: block, Cert: qbft.EncodeCommit(cert)})
		size += int(block.Size())
	}
	return out
}

// maybeSync asks the peer for the committed blocks we lack, one request at a
// time.
func (net *network) maybeSync(pr *peer) {
	ours := net.n.chain.CurrentBlock().Number.Uint64()
	if pr.head.Load() <= ours {
		return
	}
	if net.syncing.Load() && time.Since(time.Unix(0, net.syncSince.Load())) < syncRetry {
		return
	}
	if net.n.syncing() {
		return // the downloader is catching up
	}
	net.syncing.Store(true)
	net.syncSince.Store(time.Now().UnixNano())
	if theirs := pr.head.Load(); net.n.eth != nil && theirs > ours+downloadGap {
		// Far behind: fetch the peer's certified head; the downloader
		// syncs to it (startDownload).
		pr.send(getBlocksMsg, &getBlocksPacket{From: theirs, Count: 1})
		return
	}
	pr.send(getBlocksMsg, &getBlocksPacket{From: ours + 1, Count: maxBlocksServed})
}

// txLoop relays transactions that enter the pool to every peer, batched: a
// burst of submissions over RPC becomes a few large messages instead of one
// message per transaction (which would overflow the peers' queues).
func (net *network) txLoop() {
	defer close(net.done)
	ch := make(chan core.NewTxsEvent, 256)
	sub := net.n.pool.SubscribeTransactions(ch, false)
	defer sub.Unsubscribe()
	var (
		batch []*types.Transaction
		flush = time.NewTimer(time.Hour)
	)
	flush.Stop()
	send := func() {
		if len(batch) > 0 {
			net.broadcast(txsMsg, batch)
			batch = nil
		}
	}
	for {
		select {
		case ev := <-ch:
			if len(batch) == 0 {
				flush.Reset(txRelayDelay)
			}
			batch = append(batch, ev.Txs...)
			if len(batch) >= txRelayBatch {
				flush.Stop()
				send()
			}
		case <-flush.C:
			send()
		case <-sub.Err():
			return
		case <-net.quit:
			return
		}
	}
}
