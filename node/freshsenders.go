package node

import (
	"errors"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
)

// freshSenders holds transactions that go-ethereum's pool refuses only
// because their sender does not exist in state yet.
//
// go-ethereum's legacypool allows one in-flight transaction for accounts it
// takes to be EIP-7702-delegated, and it takes every account whose code hash
// is not the empty-code hash as delegated — including accounts that do not
// exist at all (code hash zero). On Ethereum such accounts cannot pay for a
// transaction; under the free fee profile they are the normal case, so a new
// account sending several transactions at once would get one accepted and
// the rest delayed until the local tracker retries a minute later. Instead the
// node holds them here and offers them to the pool again at every new head:
// once the sender's first transaction is in a block the account exists and
// the pool takes the rest.
type freshSenders struct {
	n *Node
	// perSender and total bound what is held: the pool's executable limits
	// (AccountSlots, GlobalSlots), since every held transaction is one the
	// pool will take as executable once its sender exists. Anything beyond
	// them is refused, and a local transaction then waits for the local
	// tracker's resubmission a minute later.
	perSender, total int

	mu    sync.Mutex
	held  map[common.Address][]*types.Transaction // sorted by nonce
	count int

	quit chan struct{}
	done chan struct{}
}

func newFreshSenders(n *Node, perSender, total uint64) *freshSenders {
	return &freshSenders{n: n, perSender: int(perSender), total: int(total), held: make(map[common.Address][]*types.Transaction)}
}

// holdRefused holds each transaction of txs that the pool refused (errs,
// one per transaction) only because its sender does not exist in the head
// state yet, and clears its error: it is offered to the pool again at the
// next head. The head state is read once, and only if some refusal can be
// of that kind.
func (f *freshSenders) holdRefused(txs []*types.Transaction, errs []error) {
	var head *state.StateDB
	signer := types.LatestSigner(f.n.chain.Config())
	for i, err := range errs {
		if !delegationRefusal(err) {
			continue
		}
		from, err := types.Sender(signer, txs[i]) // cached by the pool's validation
		if err != nil {
			continue
		}
		if head == nil {
			if head, err = f.n.chain.State(); err != nil {
				return
			}
		}
		if !head.Exist(from) && f.hold(from, txs[i]) {
			errs[i] = nil
		}
	}
}

// delegationRefusal reports whether err is the pool's limit for accounts it
// takes to be delegated, the only refusal a missing sender causes.
func delegationRefusal(err error) bool {
	return errors.Is(err, txpool.ErrInflightTxLimitReached) || errors.Is(err, legacypool.ErrOutOfOrderTxFromDelegated)
}

// hold keeps tx for a later retry; it reports false when the queue is full.
func (f *freshSenders) hold(from common.Address, tx *types.Transaction) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	list := f.held[from]
	i, found := slices.BinarySearchFunc(list, tx.Nonce(), func(t *types.Transaction, nonce uint64) int {
		switch {
		case t.Nonce() < nonce:
			return -1
		case t.Nonce() > nonce:
			return 1
		}
		return 0
	})
	if found {
		list[i] = tx // a replacement: the pool will judge it when offered
		return true
	}
	if len(list) >= f.perSender || f.count >= f.total {
		return false
	}
	f.held[from] = slices.Insert(list, i, tx)
	f.count++
	return true
}

func (f *freshSenders) start() {
	f.quit, f.done = make(chan struct{}), make(chan struct{})
	go f.loop()
}

func (f *freshSenders) stop() {
	if f.quit == nil {
		return
	}
	close(f.quit)
	<-f.done
	f.quit = nil
}

func (f *freshSenders) loop() {
	defer close(f.done)
	heads := make(chan core.ChainHeadEvent, 16)
	sub := f.n.chain.SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	for {
		select {
		case <-heads:
			f.retry()
		case <-sub.Err():
			return
		case <-f.quit:
			return
		}
	}
}

// retry offers every sender's held transactions to the pool, in nonce order,
// keeping those it still refuses for the same reason.
func (f *freshSenders) retry() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.count == 0 {
		return
	}
	// Let the pool catch up with the new head first: it resets on head
	// events asynchronously and until then still sees the senders as absent.
	// (go-ethereum keeps Sync for tests because a caller could force resets
	// at will; here it runs at most once per head, and only while
	// transactions are held.)
	if err := f.n.pool.Sync(); err != nil {
		return
	}
	head, err := f.n.chain.State()
	if err != nil {
		return
	}
	for from, list := range f.held {
		nonce := head.GetNonce(from)
		var keep []*types.Transaction
		for i, tx := range list {
			if tx.Nonce() < nonce {
				continue // included, or replaced by another transaction
			}
			err := f.n.pool.Add([]*types.Transaction{tx}, false)[0]
			if err == nil || errors.Is(err, txpool.ErrAlreadyKnown) {
				continue
			}
			if delegationRefusal(err) && !head.Exist(from) {
				keep = list[i:]
				break
			}
			log.Debug("Held transaction refused by the pool", "hash", tx.Hash(), "from", from, "err", err)
		}
		f.count -= len(list) - len(keep)
		if len(keep) == 0 {
			delete(f.held, from)
		} else {
			f.held[from] = keep
		}
	}
}

// addPeerTxs adds transactions received from eth peers to the pool. Those
// refused only because their sender does not exist yet are held and offered
// again at the next head, as SendTx does for transactions sent to this node:
// without that, a peer relaying a new sender's burst would see all but its
// first transaction dropped here, and those transactions would wait for the
// one node that holds them to propose.
func (n *Node) addPeerTxs(txs []*types.Transaction) []error {
	errs := n.pool.Add(txs, false)
	if n.fresh != nil {
		n.fresh.holdRefused(txs, errs)
	}
	return errs
}
