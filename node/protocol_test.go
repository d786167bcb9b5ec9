package node

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/p2p/enode"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// protocolPeer runs the node's xiang protocol against a test pipe and
// returns our end of it and the channel runPeer's result arrives on.
func protocolPeer(t *testing.T, n *Node) (*p2p.MsgPipeRW, <-chan error) {
	t.Helper()
	ours, theirs := p2p.MsgPipe()
	t.Cleanup(func() { ours.Close() })
	done := make(chan error, 1)
	go func() { done <- n.net.runPeer(p2p.NewPeer(enode.ID{1}, "test", nil), theirs) }()
	return ours, done
}

func waitPeerEnd(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("peer not disconnected")
		return nil
	}
}

// handshake reads the node's status and answers with ours.
func handshake(t *testing.T, rw *p2p.MsgPipeRW, status *statusPacket) *statusPacket {
	t.Helper()
	msg, err := rw.ReadMsg()
	if err != nil {
		t.Fatal(err)
	}
	theirs := new(statusPacket)
	if msg.Code != statusMsg {
		t.Fatalf("first message code %d, want status", msg.Code)
	}
	if err := msg.Decode(theirs); err != nil {
		t.Fatal(err)
	}
	if err := p2p.Send(rw, statusMsg, status); err != nil {
		t.Fatal(err)
	}
	return theirs
}

func TestProtocolRejectsBadPeers(t *testing.T) {
	n := startNode(t, t.TempDir(), devGenesis(t, genesis.FeesFree))
	defer n.Close()
	waitForHead(t, n, 2)
	good := n.net.status()

	tests := []struct {
		name   string
		status func() *statusPacket
		then   func(rw *p2p.MsgPipeRW) // messages after a good handshake
		want   error
		substr string
	}{
		{name: "other genesis", status: func() *statusPacket {
			s := *good
			s.Genesis = common.Hash{1}
			return &s
		}, want: errWrongGenesis},
		{name: "other chain id", status: func() *statusPacket {
			s := *good
			s.ChainID = big.NewInt(1)
			return &s
		}, want: errWrongGenesis},
		{name: "other version", status: func() *statusPacket {
			s := *good
			s.Version = 99
			return &s
		}, want: errWrongVersion},
		{name: "garbage consensus message", then: func(rw *p2p.MsgPipeRW) {
			p2p.Send(rw, consensusMsg, &consensusPacket{Code: 0x13, Payload: []byte{0xc3, 0x01, 0x02}})
		}, substr: "bad consensus message"},
		{name: "undecodable packet", then: func(rw *p2p.MsgPipeRW) {
			p2p.Send(rw, announceMsg, []byte("not a block"))
		}, substr: "invalid message"},
		{name: "bad certificate", then: func(rw *p2p.MsgPipeRW) {
			block := n.Chain().GetBlockByNumber(1)
			p2p.Send(rw, announceMsg, &certifiedBlock{Block: block, Cert: []byte{0x01}})
		}, substr: "bad certificate"},
		{name: "unknown code", then: func(rw *p2p.MsgPipeRW) {
			p2p.Send(rw, 0x05+1, []uint{1})
		}, want: errUnexpectedMsg},
		{name: "second status", then: func(rw *p2p.MsgPipeRW) {
			p2p.Send(rw, statusMsg, good)
		}, want: errUnexpectedMsg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rw, done := protocolPeer(t, n)
			status := good
			if tt.status != nil {
				status = tt.status()
			}
			handshake(t, rw, status)
			if tt.then != nil {
				tt.then(rw)
			}
			err := waitPeerEnd(t, done)
			switch {
			case err == nil:
				t.Fatal("peer kept")
			case tt.want != nil && !errors.Is(err, tt.want):
				t.Fatalf("got %v, want %v", err, tt.want)
			case tt.substr != "" && !strings.Contains(err.Error(), tt.substr):
				t.Fatalf("got %v, want it to mention %q", err, tt.substr)
			}
		})
	}
	// The node is unharmed and keeps committing.
	waitForHead(t, n, n.Chain().CurrentBlock().Number.Uint64()+1)
}

func TestProtocolServesCertifiedBlocks(t *testing.T) {
	n := startNode(t, t.TempDir(), devGenesis(t, genesis.FeesFree))
	defer n.Close()
	waitForHead(t, n, 3)
	rw, _ := protocolPeer(t, n)
	handshake(t, rw, n.net.status())

	if err := p2p.Send(rw, getBlocksMsg, &getBlocksPacket{From: 1, Count: 2}); err != nil {
		t.Fatal(err)
	}
	for {
		msg, err := rw.ReadMsg()
		if err != nil {
			t.Fatal(err)
		}
		if msg.Code != blocksMsg {
			msg.Discard() // announcements of new blocks
			continue
		}
		var list []certifiedBlock
		if err := msg.Decode(&list); err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 {
			t.Fatalf("served %d blocks, want 2", len(list))
		}
		for i, cb := range list {
			if cb.Block.NumberU64() != uint64(i+1) {
				t.Fatalf("block %d has number %d", i, cb.Block.NumberU64())
			}
			cert, err := qbft.DecodeCommit(cb.Cert)
			if err != nil {
				t.Fatal(err)
			}
			if err := n.engine.VerifyCertificate(n.Chain(), cb.Block.Header(), cert); err != nil {
				t.Fatalf("served certificate of block %d: %v", i+1, err)
			}
		}
		return
	}
}
