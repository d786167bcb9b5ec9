package node

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/filtermaps"
	"github.com/ethereum/go-ethereum/core/types"
)

// openFilterMaps creates go-ethereum's log index (used by eth_getLogs). The
// node drives it: go-ethereum's eth.Ethereum does so in a loop we cannot
// reuse, so followLogIndex below does the same job.
func (n *Node) openFilterMaps(hashScheme bool) error {
	head := n.chain.CurrentBlock()
	cutoff, _ := n.chain.HistoryPruningCutoff()
	fm, err := filtermaps.NewFilterMaps(n.db, n.chainView(head), cutoff, n.finalNumber(),
		filtermaps.DefaultParams, filtermaps.Config{HashScheme: hashScheme})
	if err != nil {
		return fmt.Errorf("opening log index: %w", err)
	}
	n.filterMaps = fm
	return nil
}

func (n *Node) chainView(head *types.Header) *filtermaps.ChainView {
	if head == nil {
		return nil
	}
	return filtermaps.NewChainView(n.chain, head.Number.Uint64(), head.Hash())
}

func (n *Node) finalNumber() uint64 {
	if h := n.finalHeader(); h != nil {
		return h.Number.Uint64()
	}
	return 0
}

func (n *Node) startFilterMaps() {
	n.fmStop, n.fmDone = make(chan struct{}), make(chan struct{})
	n.filterMaps.Start()
	go n.followLogIndex()
}

func (n *Node) stopFilterMaps() {
	if n.fmStop == nil {
		return
	}
	close(n.fmStop)
	<-n.fmDone
	n.filterMaps.Stop()
	n.fmStop = nil
}

// followLogIndex moves the log index target with the chain head and tells it
// when blocks are being processed.
func (n *Node) followLogIndex() {
	defer close(n.fmDone)
	heads := make(chan core.ChainEvent, 16)
	procs := make(chan bool, 16)
	headSub := n.chain.SubscribeChainEvent(heads)
	procSub := n.chain.SubscribeBlockProcessingEvent(procs)
	defer headSub.Unsubscribe()
	defer procSub.Unsubscribe()

	var last *types.Header
	setHead := func(h *types.Header) {
		if h == nil || (last != nil && last.Hash() == h.Hash()) {
			return
		}
		last = h
		cutoff, _ := n.chain.HistoryPruningCutoff()
		n.filterMaps.SetTarget(n.chainView(h), cutoff, n.finalNumber())
	}
	setHead(n.chain.CurrentBlock())
	ticker := time.NewTicker(10 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case ev := <-heads:
			setHead(ev.Header)
		case p := <-procs:
			n.filterMaps.SetBlockProcessing(p)
		case <-ticker.C:
			setHead(n.chain.CurrentBlock())
		case <-n.fmStop:
			return
		}
	}
}
