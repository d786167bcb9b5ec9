package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftcore"
)

// buildRetryDelay is how long the driver waits before asking the miner again
// after a failed build.
const buildRetryDelay = 200 * time.Millisecond

// driver runs the QBFT state machine for the node: it feeds it timers, built
// and validated blocks and messages, and carries out what it asks for —
// building with go-ethereum's miner, executing proposals with
// InsertBlockWithoutSetHead, persisting what it signed, and committing. All
// calls into the state machine happen on the driver's goroutine.
type driver struct {
	n    *Node
	core *qbftcore.Core

	events  chan func() // work finished elsewhere, run on the loop
	quit    chan struct{}
	done    chan struct{}
	started bool
	stopped bool

	blockTimer, roundTimer *time.Timer
	blockTimerFor          uint64    // height the block timer is armed for
	roundTimerFor          [2]uint64 // height, round the round timer is armed for

	// Empty-block period (config.qbft emptyblockperiodseconds): when the
	// block timer expires with nothing executable in the pool, round 0
	// waits until emptyblockperiodseconds after the parent, or until a
	// transaction arrives. Every validator does the same (transactions
	// reach them all), so their round timers start together.
	emptyWait uint64    // height waiting for transactions or the empty period (0: none)
	target    *download // certified head the downloader is syncing to
	poolTxs   chan core.NewTxsEvent
}

func newDriver(n *Node) *driver {
	d := &driver{n: n, events: make(chan func(), 64), quit: make(chan struct{}), done: make(chan struct{})}
	if n.cfg.Key == nil {
		return d
	}
	q := n.chainConfig.QBFT
	d.core = qbftcore.New(qbftcore.Config{
		ChainID:           n.chainConfig.ChainID,
		Genesis:           n.chainConfig.GenesisHash,
		Key:               n.cfg.Key,
		BlockPeriod:       func(h uint64) time.Duration { return time.Duration(q.BlockPeriod(h)) * time.Second },
		RequestTimeout:    time.Duration(q.RequestTimeoutSeconds) * time.Second,
		MaxRequestTimeout: time.Duration(q.MaxRequestTimeoutSeconds) * time.Second,
		Now:               n.cfg.Now,
	})
	return d
}

// blockTimerExpired starts round 0 of height h — unless an empty-block
// period is configured, the pool holds nothing executable and that period
// has not passed since the parent: then the timer is re-armed for it, and a
// transaction arriving meanwhile fires it at once (transactionsArrived).
func (d *driver) blockTimerExpired(h uint64) {
	q := d.n.chainConfig.QBFT
	if empty := q.EmptyBlockPeriodSeconds; empty > q.BlockPeriod(h) {
		parent := d.n.chain.CurrentBlock()
		at := time.Unix(int64(parent.Time+empty), 0)
		if pending, _ := d.n.pool.Stats(); pending == 0 && parent.Number.Uint64()+1 == h && d.n.cfg.Now().Before(at) {
			d.emptyWait = h
			resetTimer(d.blockTimer, at.Sub(d.n.cfg.Now()))
			return
		}
	}
	d.emptyWait = 0
	d.core.BlockTimerFired(h)
}

// transactionsArrived ends an empty-block wait (transactions arrived, or
// the proposer already proposed): round 0 starts now.
func (d *driver) transactionsArrived() {
	h := d.emptyWait
	if h == 0 || d.core == nil {
		return
	}
	if cur, _ := d.core.Height(); cur != h {
		return
	}
	d.emptyWait = 0
	d.core.BlockTimerFired(h)
}

func (d *driver) start() error {
	d.blockTimer, d.roundTimer = stoppedTimer(), stoppedTimer()
	if d.core != nil {
		head := d.n.chain.CurrentBlock()
		vals, err := qbft.ValidatorsOf(head)
		if err != nil {
			return fmt.Errorf("validators after head %d: %w", head.Number, err)
		}
		signed, err := d.loadSigned(head.Number.Uint64() + 1)
		if err != nil {
			return err
		}
		d.core.Restore(signed)
		d.core.NewHeight(head, vals)
	}
	d.started = true
	var sub event.Subscription
	if d.core != nil && d.n.chainConfig.QBFT.EmptyBlockPeriodSeconds > 0 {
		d.poolTxs = make(chan core.NewTxsEvent, 16)
		sub = d.n.pool.SubscribeTransactions(d.poolTxs, false)
	}
	go d.loop(sub)
	return nil
}

func (d *driver) stop() {
	if d.stopped {
		return
	}
	d.stopped = true
	close(d.quit) // stays closed: late posts from peers see it and return
	if d.started {
		<-d.done
	}
}

func stoppedTimer() *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}

func (d *driver) loop(sub event.Subscription) {
	defer close(d.done)
	var subErr <-chan error
	if sub != nil {
		defer sub.Unsubscribe()
		subErr = sub.Err()
	}
	for {
		// Handling a Ready can produce another (a commit starts the next
		// height), so drain until the state machine wants nothing more.
		for rd := d.ready(); !rd.Empty(); rd = d.ready() {
			if err := d.handle(rd); err != nil {
				log.Error("Consensus stopped", "err", err)
				return
			}
		}
		if d.core != nil {
			d.n.stats.setRound(d.core.Height())
		}
		select {
		case <-d.quit:
			return
		case f := <-d.events:
			f()
		case <-d.blockTimer.C:
			d.blockTimerExpired(d.blockTimerFor)
		case <-d.roundTimer.C:
			d.core.RoundTimerFired(d.roundTimerFor[0], d.roundTimerFor[1])
		case <-d.poolTxs:
			d.transactionsArrived()
		case <-subErr:
			subErr, d.poolTxs = nil, nil
		}
	}
}

// ready drains the state machine's outputs (none for a non-validator).
func (d *driver) ready() qbftcore.Ready {
	if d.core == nil {
		return qbftcore.Ready{}
	}
	return d.core.Ready()
}

// step hands a peer's consensus message to the state machine.
func (d *driver) step(m *qbftcore.Message) {
	if d.core != nil {
		if m.Code == qbftcore.CodeProposal && m.Height == d.emptyWait {
			d.transactionsArrived()
		}
		d.core.Step(m)
	}
}

// importCommitted takes a block a peer reports as committed, with its
// certificate: if it extends our head, it is executed, its certificate
// verified, and it becomes head like a block we committed ourselves. It
// reports whether the block is now part of our chain.
func (d *driver) importCommitted(pr *peer, block *types.Block, cert *qbft.CommitCertificate) bool {
	head := d.n.chain.CurrentBlock()
	num := block.NumberU64()
	switch {
	case num <= head.Number.Uint64():
		if d.n.chain.GetCanonicalHash(num) != block.Hash() {
			log.Error("Peer reports a committed block that conflicts with ours", "peer", pr.id, "number", num,
				"theirs", block.Hash(), "ours", d.n.chain.GetCanonicalHash(num))
			return false
		}
		return true
	case d.n.syncing():
		return false // the downloader is catching up; it ends with maybeSync
	case num > head.Number.Uint64()+downloadGap && d.n.eth != nil:
		d.startDownload(pr, block, cert)
		return false
	case num > head.Number.Uint64()+1:
		d.n.net.maybeSync(pr)
		return false
	case block.ParentHash() != head.Hash():
		log.Warn("Peer's committed block does not extend our head", "peer", pr.id, "number", num)
		return false
	}
	if err := d.n.engine.VerifyCertificate(d.n.chain, block.Header(), cert); err != nil {
		log.Warn("Peer sent a block with an invalid certificate", "peer", pr.id, "number", num, "err", err)
		return false
	}
	if err := d.n.validateBlock(block); err != nil {
		log.Warn("Peer's committed block failed validation", "peer", pr.id, "number", num, "err", err)
		return false
	}
	if err := d.n.commit(block, cert); err != nil {
		log.Error("Committing a peer's block failed", "number", num, "err", err)
		return false
	}
	if d.core != nil {
		d.pruneSigned(num)
	}
	d.newHead(block.Header())
	return true
}

// importCommittedBatch takes consecutive committed blocks from a peer
// (catch-up). Each is verified and executed as in importCommitted, but the
// certificates are synced to disk once, after the last block, and the chain
// head moves once, to the last block: certificates are still durable before
// the blocks they certify become head, without a disk sync per block.
func (d *driver) importCommittedBatch(pr *peer, blocks []*types.Block, certs []*qbft.CommitCertificate) {
	head := d.n.chain.CurrentBlock()
	// Skip blocks we already have (and check they are ours).
	for len(blocks) > 0 && blocks[0].NumberU64() <= head.Number.Uint64() {
		if !d.importCommitted(pr, blocks[0], certs[0]) {
			return
		}
		blocks, certs = blocks[1:], certs[1:]
	}
	if len(blocks) == 0 {
		return
	}
	if len(blocks) == 1 || blocks[0].NumberU64() != head.Number.Uint64()+1 {
		for i := range blocks {
			if !d.importCommitted(pr, blocks[i], certs[i]) {
				return
			}
		}
		return
	}
	last := -1
	for i, block := range blocks {
		if i > 0 && (block.ParentHash() != blocks[i-1].Hash() || block.NumberU64() != blocks[i-1].NumberU64()+1) {
			log.Warn("Peer sent non-consecutive committed blocks", "peer", pr.id, "number", block.NumberU64())
			break
		}
		if err := d.n.engine.VerifyCertificate(d.n.chain, block.Header(), certs[i]); err != nil {
			log.Warn("Peer sent a block with an invalid certificate", "peer", pr.id, "number", block.NumberU64(), "err", err)
			break
		}
		if err := d.n.validateBlock(block); err != nil {
			log.Warn("Peer's committed block failed validation", "peer", pr.id, "number", block.NumberU64(), "err", err)
			break
		}
		if err := d.n.certs.Put(block.NumberU64(), block.Hash(), certs[i], false); err != nil {
			log.Error("Storing a certificate failed", "number", block.NumberU64(), "err", err)
			break
		}
		last = i
	}
	if last < 0 {
		return
	}
	// Sync the certificates (and the blocks written before them), then make
	// the last block head.
	if err := d.n.commit(blocks[last], certs[last]); err != nil {
		log.Error("Committing a peer's blocks failed", "number", blocks[last].NumberU64(), "err", err)
		return
	}
	if d.core != nil {
		for _, b := range blocks[:last+1] {
			d.pruneSigned(b.NumberU64())
		}
	}
	d.newHead(blocks[last].Header())
}

// newHead starts the next height after a commit.
func (d *driver) newHead(head *types.Header) {
	if d.core == nil {
		return
	}
	vals, err := qbft.ValidatorsOf(head)
	if err != nil {
		log.Error("Validators after committed block", "number", head.Number, "err", err)
		return
	}
	d.core.NewHeight(head, vals)
}

// post hands work back to the loop, unless the driver is stopping.
func (d *driver) post(f func()) {
	select {
	case d.events <- f:
	case <-d.quit:
	}
}

// handle carries out one Ready. Errors returned are fatal for consensus
// (the database refused a write); everything else is logged and retried.
func (d *driver) handle(rd qbftcore.Ready) error {
	if len(rd.Persist) > 0 {
		if err := d.storeSigned(rd.Persist); err != nil {
			return err
		}
	}
	// The state machine has already handled its own messages.
	for _, m := range rd.Broadcast {
		d.n.net.broadcastConsensus(m)
	}
	if t := rd.BlockTimer; t != nil {
		d.blockTimerFor = t.Height
		resetTimer(d.blockTimer, t.At.Sub(d.n.cfg.Now()))
	}
	if t := rd.RoundTimer; t != nil {
		d.roundTimerFor = [2]uint64{t.Height, t.Round}
		resetTimer(d.roundTimer, t.After)
	}
	if req := rd.BuildBlock; req != nil {
		go d.build(req.Height, req.Round)
	}
	for _, block := range rd.Validate {
		go d.validate(block)
	}
	if c := rd.Committed; c != nil {
		if err := d.n.commit(c.Block, c.Certificate); err != nil {
			return fmt.Errorf("committing block %d: %w", c.Block.NumberU64(), err)
		}
		d.pruneSigned(c.Block.NumberU64())
		d.n.net.announce(c.Block, c.Certificate)
		d.newHead(c.Block.Header())
	}
	return nil
}

func resetTimer(t *time.Timer, after time.Duration) {
	if !t.Stop() {
		select {
		case <-t.C:
		default:
		}
	}
	t.Reset(max(after, 0))
}

// build asks go-ethereum's miner for a block on the current head.
func (d *driver) build(height, round uint64) {
	block, err := d.n.buildBlock(height)
	if err != nil {
		log.Warn("Block building failed, retrying", "number", height, "round", round, "err", err)
		time.AfterFunc(buildRetryDelay, func() {
			d.post(func() {
				// Retry only while the state machine still waits for this block.
				if h, r := d.core.Height(); h == height && r == round {
					go d.build(height, round)
				}
			})
		})
		return
	}
	d.post(func() { d.core.BlockBuilt(height, round, block) })
}

// validate executes and stores a proposed block without making it head.
func (d *driver) validate(block *types.Block) {
	err := d.n.validateBlock(d.n.withPooledTxs(block))
	d.post(func() { d.core.BlockValidated(block.Hash(), err) })
}

// withPooledTxs returns block with each transaction this node's pool also
// holds replaced by the pool's copy: same bytes, so the same block, but the
// pool's copy already knows its sender, which spares one signature recovery
// per transaction and validator when the block is executed.
func (n *Node) withPooledTxs(block *types.Block) *types.Block {
	txs := block.Transactions()
	if len(txs) == 0 {
		return block
	}
	pooled := make(types.Transactions, len(txs))
	found := 0
	for i, tx := range txs {
		if p := n.pool.Get(tx.Hash()); p != nil {
			pooled[i] = p
			found++
		} else {
			pooled[i] = tx
		}
	}
	if found == 0 {
		return block
	}
	return types.NewBlockWithHeader(block.Header()).WithBody(types.Body{
		Transactions: pooled,
		Uncles:       block.Uncles(),
		Withdrawals:  block.Withdrawals(),
	})
}

// buildBlock builds a block at height on the current head with the pool's
// transactions, through go-ethereum's miner.
func (n *Node) buildBlock(height uint64) (*types.Block, error) {
	if n.cfg.Key == nil {
		return nil, errors.New("not a validator")
	}
	parent := n.chain.CurrentBlock()
	if parent.Number.Uint64()+1 != height {
		return nil, fmt.Errorf("head is %d, cannot build %d", parent.Number, height)
	}
	ts := max(uint64(n.cfg.Now().Unix()), parent.Time+n.chainConfig.QBFT.BlockPeriod(height))
	payload, err := n.miner.BuildPayload(context.Background(), &miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    ts,
		FeeRecipient: n.cfg.Key.Address(),
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &common.Hash{},
		Version:      engine.PayloadV3,
	}, false)
	if err != nil {
		return nil, err
	}
	if payload.ResolveFull() == nil {
		return nil, errors.New("payload building stopped")
	}
	block, _, _, _ := payload.FullBlockAndReceipts()
	if block == nil {
		return nil, errors.New("miner returned no block")
	}
	return block, nil
}

// validateBlock executes a block and stores it as a side block.
func (n *Node) validateBlock(block *types.Block) error {
	if n.chain.HasBlockAndState(block.Hash(), block.NumberU64()) {
		return nil
	}
	_, err := n.chain.InsertBlockWithoutSetHead(context.Background(), block, false)
	return err
}

// signedKey is the database key of the messages signed at a height.
func signedKey(height uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte{}, signedLogPrefix...), height)
}

type signedRecord struct {
	Code    uint64
	Payload []byte
}

// storeSigned appends messages this node signed to the log for their height
// and syncs it, before they are sent (a restarted validator must not sign a
// conflicting value for the same height and round).
func (d *driver) storeSigned(msgs []*qbftcore.Message) error {
	byHeight := make(map[uint64][]signedRecord)
	for _, m := range msgs {
		code, payload := m.Encode()
		byHeight[m.Height] = append(byHeight[m.Height], signedRecord{code, payload})
	}
	batch := d.n.db.NewBatch()
	for h, recs := range byHeight {
		var old []signedRecord
		if b, err := d.n.db.Get(signedKey(h)); err == nil {
			if err := rlp.DecodeBytes(b, &old); err != nil {
				return fmt.Errorf("corrupt signed-message log at height %d: %w", h, err)
			}
		}
		b, err := rlp.EncodeToBytes(append(old, recs...))
		if err != nil {
			return err
		}
		if err := batch.Put(signedKey(h), b); err != nil {
			return fmt.Errorf("logging signed messages: %w", err)
		}
	}
	if err := batch.Write(); err != nil {
		return fmt.Errorf("logging signed messages: %w", err)
	}
	if d.n.cfg.DataDir == "" {
		return nil
	}
	return d.n.db.SyncKeyValue()
}

func (d *driver) loadSigned(height uint64) ([]*qbftcore.Message, error) {
	b, err := d.n.db.Get(signedKey(height))
	if err != nil {
		return nil, nil
	}
	var recs []signedRecord
	if err := rlp.Decode(bytes.NewReader(b), &recs); err != nil {
		return nil, fmt.Errorf("corrupt signed-message log at height %d: %w", height, err)
	}
	msgs := make([]*qbftcore.Message, 0, len(recs))
	for _, r := range recs {
		m, err := qbftcore.Decode(r.Code, r.Payload)
		if err != nil {
			return nil, fmt.Errorf("signed-message log at height %d: %w", height, err)
		}
		msgs = append(msgs, m)
	}
	return msgs, nil
}

// pruneSigned drops the signed-message log of a committed height.
func (d *driver) pruneSigned(height uint64) {
	if err := d.n.db.Delete(signedKey(height)); err != nil {
		log.Warn("Pruning signed-message log failed", "height", height, "err", err)
	}
}
