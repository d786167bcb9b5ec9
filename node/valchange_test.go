package node

import (
	"crypto/ecdsa"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// txLoad sends zero-priced transfers from one funded key to the running
// nodes of a cluster, round-robin, until stopped. It leaves out node skip,
// which the test stops: transactions only in its pool would be lost with it.
type txLoad struct {
	c    *cluster
	key  *ecdsa.PrivateKey
	skip int
	stop chan struct{}
	done chan struct{}
	once sync.Once

	mu   sync.Mutex
	sent []*types.Transaction
}

func startLoad(c *cluster, key *ecdsa.PrivateKey, skip int) *txLoad {
	l := &txLoad{c: c, key: key, skip: skip, stop: make(chan struct{}), done: make(chan struct{})}
	go l.run()
	// Registered after the cluster's cleanup, so it runs before the nodes close.
	c.t.Cleanup(l.halt)
	return l
}

// halt stops sending and waits for the sender to return.
func (l *txLoad) halt() {
	l.once.Do(func() { close(l.stop) })
	<-l.done
}

func (l *txLoad) run() {
	defer close(l.done)
	config := l.c.gen.Core.Config
	signer := types.LatestSigner(config)
	to := common.HexToAddress("0x000000000000000000000000000000000000d00d")
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	nonce, target := uint64(0), 0
	for {
		select {
		case <-l.stop:
			return
		case <-tick.C:
		}
		var n *Node
		for range l.c.nodes { // the next running node
			target = (target + 1) % len(l.c.nodes)
			if n = l.c.nodes[target]; n != nil && target != l.skip {
				break
			}
			n = nil
		}
		if n == nil {
			continue
		}
		batch := make([]*types.Transaction, 10)
		for i := range batch {
			batch[i] = types.MustSignNewTx(l.key, signer, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: nonce, To: &to, Value: big.NewInt(1), Gas: params.TxGas,
				GasFeeCap: new(big.Int), GasTipCap: new(big.Int),
			})
			nonce++
		}
		n.TxPool().Add(batch, true)
		l.mu.Lock()
		l.sent = append(l.sent, batch...)
		l.mu.Unlock()
	}
}

// finish stops the load and waits until every transfer is included on
// every running node.
func (l *txLoad) finish(t *testing.T) {
	t.Helper()
	l.halt()
	for _, n := range l.c.nodes {
		if n != nil {
			waitForReceipts(t, n, l.sent)
		}
	}
	if len(l.sent) == 0 {
		t.Fatal("no load was sent")
	}
}

// waitValidators waits until node n's head lists a set satisfying ok.
func waitValidators(t *testing.T, n *Node, what string, ok func([]common.Address) bool) uint64 {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		head := n.Chain().CurrentBlock()
		vals, err := qbft.ValidatorsOf(head)
		if err != nil {
			t.Fatal(err)
		}
		if ok(vals) {
			return head.Number.Uint64()
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never happened; validators at %d: %v", what, head.Number, vals)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestVoteAddAndRemoveUnderLoad: while transfers flow, the four genesis
// validators vote a fifth node in, then vote one of themselves out; the
// chain keeps committing throughout and every transfer is included.
func TestVoteAddAndRemoveUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("starts five nodes")
	}
	keys := make([]*ecdsa.PrivateKey, 5)
	addrs := make([]common.Address, 5)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	funded, _ := genesis.DevAccounts(1)
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    4246,
		Validators: addrs[:4],
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2},
		FeeProfile: genesis.FeesFree,
		Alloc:      types.GenesisAlloc{funded[0].Address: {Balance: big.NewInt(params.Ether)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, gen: g, keys: keys}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	for i := range keys { // the fifth runs with its key but is not in V yet
		c.dirs = append(c.dirs, t.TempDir())
		c.nodes = append(c.nodes, nil)
		c.start(i)
	}
	c.waitAll(1)
	load := startLoad(c, funded[0].Key, 0)

	for i := 0; i < 3; i++ { // more than half of four
		if _, err := (&qbftAPI{n: c.nodes[i]}).ProposeValidatorVote(addrs[4], true); err != nil {
			t.Fatal(err)
		}
	}
	added := waitValidators(t, c.nodes[0], "adding the fifth validator", func(v []common.Address) bool {
		return len(v) == 5 && slices.Contains(v, addrs[4])
	})
	for i := 0; i < 3; i++ {
		(&qbftAPI{n: c.nodes[i]}).DiscardValidatorVote(addrs[4])
	}
	for _, i := range []int{1, 2, 4} { // more than half of five, the new one included
		if _, err := (&qbftAPI{n: c.nodes[i]}).ProposeValidatorVote(addrs[0], false); err != nil {
			t.Fatal(err)
		}
	}
	removed := waitValidators(t, c.nodes[1], "removing the first validator", func(v []common.Address) bool {
		return len(v) == 4 && !slices.Contains(v, addrs[0])
	})
	if removed <= added {
		t.Fatalf("removal at %d not after addition at %d", removed, added)
	}
	// Without the removed validator, the four others keep committing.
	c.stop(0)
	c.waitAll(removed + 3)
	load.finish(t)
	head := c.nodes[1].Chain().CurrentBlock().Number.Uint64()
	c.checkAgreement(head)
	// The added validator took part: it proposed a block after joining.
	proposed := false
	for num := added + 1; num <= head && !proposed; num++ {
		proposed = c.nodes[1].Chain().GetHeaderByNumber(num).Coinbase == addrs[4]
	}
	if !proposed {
		t.Errorf("the added validator proposed nothing in blocks %d..%d", added+1, head)
	}
}
