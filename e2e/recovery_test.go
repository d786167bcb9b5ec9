package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// loadTotal is how many transactions TestKill9Recovery means to send.
	loadTotal = 400
	// loadKillAfter is how many must have been sent before the kill.
	loadKillAfter = 200
	// loadBatch is how many are sent per tick of loadTick.
	loadBatch = 6
	loadTick  = 250 * time.Millisecond
	// loadMinReceipts and loadMinBlocks are how much must be committed (and
	// reported) before the kill, so that recovery has something to prove.
	loadMinReceipts = 60
	loadMinBlocks   = 3
	// emitterEvery makes every n-th transaction a call to the log emitter, so
	// that receipts with logs are compared too.
	emitterEvery = 5
)

// headRecorder remembers every block a node reported: number → hash.
type headRecorder struct {
	t        *testing.T
	hashes   map[uint64]common.Hash
	last     uint64
	badHash  bool
	reorgErr bool
}

func newHeadRecorder(t *testing.T) *headRecorder {
	return &headRecorder{t: t, hashes: make(map[uint64]common.Hash)}
}

// record notes b; a second, different hash at one number is a safety violation.
func (r *headRecorder) record(b blockRef) {
	n := uint64(b.Number)
	if prev, ok := r.hashes[n]; ok && prev != b.Hash && !r.reorgErr {
		r.reorgErr = true
		r.t.Errorf("node reported two blocks at %d: %s, then %s (a final block changed)", n, prev, b.Hash)
	}
	r.hashes[n] = b.Hash
	r.last = max(r.last, n)
}

// recordHeader notes a newHeads notification and checks that the header it
// carries hashes to the hash it claims (go-ethereum clients rely on that).
func (r *headRecorder) recordHeader(raw json.RawMessage) {
	var ref blockRef
	if err := json.Unmarshal(raw, &ref); err != nil {
		r.t.Errorf("decoding newHeads notification: %v\n%s", err, raw)
		return
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		r.t.Errorf("decoding newHeads header: %v\n%s", err, raw)
	} else if h.Hash() != ref.Hash && !r.badHash {
		r.badHash = true
		r.t.Errorf("newHeads block %d claims hash %s, its fields hash to %s\n%s", ref.Number, ref.Hash, h.Hash(), raw)
	}
	r.record(ref)
}

// drain records every notification already queued on heads.
func (r *headRecorder) drain(heads <-chan json.RawMessage) {
	for {
		select {
		case raw := <-heads:
			r.recordHeader(raw)
		default:
			return
		}
	}
}

// pollReceipts asks for the receipts of pending in one batch, stores those that
// exist in got and returns the hashes still without one.
func pollReceipts(ctx context.Context, c *rpc.Client, pending []common.Hash, got map[common.Hash]*types.Receipt) ([]common.Hash, error) {
	if len(pending) == 0 {
		return nil, nil
	}
	results := make([]*types.Receipt, len(pending))
	batch := make([]rpc.BatchElem, len(pending))
	for i, h := range pending {
		batch[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &results[i]}
	}
	if err := c.BatchCallContext(ctx, batch); err != nil {
		return pending, fmt.Errorf("batch of %d eth_getTransactionReceipt: %w", len(batch), err)
	}
	var still []common.Hash
	for i, h := range pending {
		if batch[i].Error != nil {
			return pending, fmt.Errorf("eth_getTransactionReceipt(%s): %w", h, batch[i].Error)
		}
		if results[i] == nil {
			still = append(still, h)
			continue
		}
		got[h] = results[i]
	}
	return still, nil
}

// subscribeHeads subscribes to newHeads over c, failing the test on error.
func subscribeHeads(ctx context.Context, t *testing.T, c *rpc.Client) <-chan json.RawMessage {
	t.Helper()
	heads := make(chan json.RawMessage, 4096)
	sub, err := c.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		t.Fatalf("eth_subscribe newHeads: %v", err)
	}
	t.Cleanup(sub.Unsubscribe)
	return heads
}

// dial connects to url, closing the client when the test ends.
func dial(ctx context.Context, t *testing.T, url string) (*rpc.Client, *ethclient.Client) {
	t.Helper()
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatalf("dialling %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c, ethclient.NewClient(c)
}

// TestKill9Recovery kills a loaded node with SIGKILL and checks that, after a
// restart on the same data directory, nothing it ever reported has changed
// and that it carries on producing blocks and accepting transactions.
func TestKill9Recovery(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	datadir := filepath.Join(t.TempDir(), "dev")

	n := startDev(t, datadir, "free")
	n.waitRPC(ctx)
	rc, ec := dial(ctx, t, n.wsURL)
	heads := subscribeHeads(ctx, t, rc)
	heads1 := newHeadRecorder(t)
	tr := newDevTransactor(ctx, t, ec)

	// Deploy the log emitter first, so that receipts with logs are in the load.
	deployCtx, deployCancel := context.WithTimeout(ctx, 30*time.Second)
	deploy, err := tr.send(deployCtx, ec, nil, new(big.Int), 200_000, logEmitterCode)
	if err != nil {
		t.Fatalf("deploying the log emitter: %v", err)
	}
	deployReceipt, err := waitReceipt(deployCtx, ec, deploy.Hash())
	deployCancel()
	if err != nil {
		t.Fatalf("deploying the log emitter: %v", err)
	}
	if deployReceipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("log emitter deployment failed: %s", receiptSummary(deployReceipt))
	}
	emitter := deployReceipt.ContractAddress

	receipts := map[common.Hash]*types.Receipt{deploy.Hash(): deployReceipt}
	nonces := map[common.Hash]uint64{deploy.Hash(): deploy.Nonce()}
	recipients := []common.Address{
		common.HexToAddress("0x00000000000000000000000000000000000e2e01"),
		common.HexToAddress("0x00000000000000000000000000000000000e2e02"),
		common.HexToAddress("0x00000000000000000000000000000000000e2e03"),
	}
	var pending []common.Hash
	sent := 0
	for {
		for i := 0; i < loadBatch && sent < loadTotal; i++ {
			var tx *types.Transaction
			if sent%emitterEvery == emitterEvery-1 {
				tx, err = tr.send(ctx, ec, &emitter, new(big.Int), 100_000, common.BigToHash(big.NewInt(int64(sent))).Bytes())
			} else {
				to := recipients[sent%len(recipients)]
				tx, err = tr.send(ctx, ec, &to, big.NewInt(int64(sent+1)), 21_000, nil)
			}
			if err != nil {
				t.Fatalf("transaction %d of the load: %v", sent, err)
			}
			pending = append(pending, tx.Hash())
			nonces[tx.Hash()] = tx.Nonce()
			sent++
		}
		if pending, err = pollReceipts(ctx, rc, pending, receipts); err != nil {
			t.Fatal(err)
		}
		heads1.drain(heads)
		if head, err := blockByTag(ctx, rc, "latest"); err == nil {
			heads1.record(head)
		}
		blocks := make(map[common.Hash]bool)
		for _, r := range receipts {
			blocks[r.BlockHash] = true
		}
		if sent >= loadKillAfter && len(receipts) >= loadMinReceipts && len(blocks) >= loadMinBlocks && len(pending) > 0 {
			t.Logf("kill -9 with %d sent, %d receipts in %d blocks, %d pending, last reported block %d",
				sent, len(receipts), len(blocks), len(pending), heads1.last)
			break
		}
		if sent >= loadTotal && len(pending) == 0 {
			t.Fatalf("load finished before the kill point: %d receipts in %d blocks", len(receipts), len(blocks))
		}
		select {
		case <-ctx.Done():
			t.Fatalf("load did not reach the kill point: %d sent, %d receipts in %d blocks: %v", sent, len(receipts), len(blocks), ctx.Err())
		case <-n.exited:
			t.Fatalf("xiang dev exited under load: %v", n.cmd.ProcessState)
		case <-time.After(loadTick):
		}
	}
	n.kill9()
	heads1.drain(heads)
	rc.Close()

	n2 := startDev(t, datadir, "free")
	n2.waitRPC(ctx)
	rc2, ec2 := dial(ctx, t, n2.wsURL)

	head, err := blockByTag(ctx, rc2, "latest")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("after restart: head %d, last reported before kill -9 %d", head.Number, heads1.last)
	if uint64(head.Number) < heads1.last {
		t.Errorf("head after restart is %d, behind block %d reported before kill -9", head.Number, heads1.last)
	}
	for _, tag := range []string{"finalized", "safe"} {
		b, err := blockByTag(ctx, rc2, tag)
		if err != nil {
			t.Errorf("after restart: %v", err)
		} else if uint64(b.Number) < heads1.last {
			t.Errorf("%s after restart is %d, behind committed block %d reported before kill -9", tag, b.Number, heads1.last)
		}
	}

	// Every reported block is unchanged.
	numbers := make([]uint64, 0, len(heads1.hashes))
	for num := range heads1.hashes {
		numbers = append(numbers, num)
	}
	slices.Sort(numbers)
	for chunk := range slices.Chunk(numbers, 100) {
		results := make([]*blockRef, len(chunk))
		batch := make([]rpc.BatchElem, len(chunk))
		for i, num := range chunk {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(num), false}, Result: &results[i]}
		}
		if err := rc2.BatchCallContext(ctx, batch); err != nil {
			t.Fatalf("batch eth_getBlockByNumber after restart: %v", err)
		}
		for i, num := range chunk {
			switch {
			case batch[i].Error != nil:
				t.Errorf("block %d after restart: %v", num, batch[i].Error)
			case results[i] == nil:
				t.Errorf("block %d (%s) reported before kill -9 is missing after restart", num, heads1.hashes[num])
			case results[i].Hash != heads1.hashes[num]:
				t.Errorf("block %d is %s after restart, was %s before kill -9", num, results[i].Hash, heads1.hashes[num])
			}
		}
	}

	// Every obtained receipt is unchanged, and the sender's nonce counts them all.
	hashes := make([]common.Hash, 0, len(receipts))
	var nextNonce uint64
	for h := range receipts {
		hashes = append(hashes, h)
		nextNonce = max(nextNonce, nonces[h]+1)
	}
	again := make(map[common.Hash]*types.Receipt)
	for chunk := range slices.Chunk(hashes, 100) {
		missing, err := pollReceipts(ctx, rc2, chunk, again)
		if err != nil {
			t.Fatalf("after restart: %v", err)
		}
		for _, h := range missing {
			t.Errorf("receipt of %s (%s) obtained before kill -9 is missing after restart", h, receiptSummary(receipts[h]))
		}
	}
	for h, r := range again {
		if before, after := receiptSummary(receipts[h]), receiptSummary(r); before != after {
			t.Errorf("receipt of %s changed across kill -9:\nbefore %s\nafter  %s", h, before, after)
		}
	}
	latestNonce, err := ec2.NonceAt(ctx, tr.from, nil)
	if err != nil {
		t.Fatalf("eth_getTransactionCount after restart: %v", err)
	}
	if latestNonce < nextNonce {
		t.Errorf("nonce of dev account 0 after restart is %d, but a receipt for nonce %d was reported", latestNonce, nextNonce-1)
	}

	// The chain goes on: two more blocks, and a new transaction is mined.
	moreCtx, moreCancel := context.WithTimeout(ctx, 30*time.Second)
	defer moreCancel()
	if _, err := waitHead(moreCtx, rc2, uint64(head.Number)+2); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	tr2 := newDevTransactor(moreCtx, t, ec2)
	t.Logf("after restart: nonce %d latest, %d pending; %d sent before kill -9", latestNonce, tr2.nonce, sent+1)
	tx, err := tr2.send(moreCtx, ec2, &recipients[0], big.NewInt(1), 21_000, nil)
	if err != nil {
		t.Fatalf("after restart: %v", err)
	}
	r, err := waitReceipt(moreCtx, ec2, tx.Hash())
	if err != nil {
		t.Fatalf("after restart: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Errorf("transaction after restart failed: %s", receiptSummary(r))
	}
	if tx.Nonce() < latestNonce {
		t.Errorf("transaction after restart used nonce %d below the account nonce %d", tx.Nonce(), latestNonce)
	}
	n2.stop(syscall.SIGTERM)
}

// TestShutdownSignal stops a node with SIGINT and checks that it exits 0 and
// comes back with the same chain and the state of its last block.
func TestShutdownSignal(t *testing.T) {
	skipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	datadir := filepath.Join(t.TempDir(), "dev")

	n := startDev(t, datadir, "free")
	n.waitRPC(ctx)
	if !fileContains(t, n.logPath, devAddressHex) {
		t.Errorf("the dev banner does not list account 0 (%s)", devAddressHex)
	}
	rc, ec := dial(ctx, t, n.wsURL)
	heads := subscribeHeads(ctx, t, rc)
	recorder := newHeadRecorder(t)

	tr := newDevTransactor(ctx, t, ec)
	to := common.HexToAddress("0x00000000000000000000000000000000000e2e51")
	value := big.NewInt(12345)
	tx, err := tr.send(ctx, ec, &to, value, 21_000, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := waitReceipt(ctx, ec, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := waitHead(ctx, rc, r.BlockNumber.Uint64()+1); err != nil {
		t.Fatal(err)
	}
	last, err := blockByTag(ctx, rc, "latest")
	if err != nil {
		t.Fatal(err)
	}
	recorder.record(last)

	n.stop(syscall.SIGINT)
	recorder.drain(heads)
	last = blockRef{Number: hexutil.Uint64(recorder.last), Hash: recorder.hashes[recorder.last]}
	t.Logf("last block reported before SIGINT: %d %s", last.Number, last.Hash)

	n2 := startDev(t, datadir, "free")
	n2.waitRPC(ctx)
	rc2, ec2 := dial(ctx, t, n2.wsURL)
	head, err := blockByTag(ctx, rc2, "latest")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("head after restart: %d %s", head.Number, head.Hash)
	if head.Number < last.Number {
		t.Errorf("head after restart is %d, behind %d before SIGINT", head.Number, last.Number)
	}
	same, err := blockByTag(ctx, rc2, last.Number.String())
	if err != nil {
		t.Fatal(err)
	}
	if same.Hash != last.Hash {
		t.Errorf("block %d is %s after restart, was %s before SIGINT", last.Number, same.Hash, last.Hash)
	}
	if fin, err := blockByTag(ctx, rc2, "finalized"); err != nil {
		t.Error(err)
	} else if fin.Number < last.Number {
		t.Errorf("finalized after restart is %d, behind %d before SIGINT", fin.Number, last.Number)
	}
	// A clean shutdown keeps the state of the last block, not only of older ones.
	at := new(big.Int).SetUint64(uint64(last.Number))
	if bal, err := ec2.BalanceAt(ctx, to, at); err != nil {
		t.Errorf("state of block %d after restart: %v", last.Number, err)
	} else if bal.Cmp(value) != 0 {
		t.Errorf("balance at block %d after restart is %v, want %v", last.Number, bal, value)
	}
	if nonce, err := ec2.NonceAt(ctx, tr.from, at); err != nil {
		t.Errorf("state of block %d after restart: %v", last.Number, err)
	} else if nonce != tx.Nonce()+1 {
		t.Errorf("nonce at block %d after restart is %d, want %d", last.Number, nonce, tx.Nonce()+1)
	}
	n2.stop(syscall.SIGTERM)
}
