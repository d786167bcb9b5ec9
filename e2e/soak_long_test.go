//go:build long

package e2e

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestSoakFreshAccounts (make test-long) loads a four-validator network of
// real processes with 20,000 zero-priced transfers from 400 new, unfunded
// accounts (50 each, sent as fast as RPC takes them, spread over all nodes),
// and requires every transfer mined within a bound and every node to agree.
// It exercises transaction relay, the fresh-sender queue (go-ethereum's pool
// takes one in-flight transaction from an account that does not exist yet),
// large blocks and proposer rotation under load.
func TestSoakFreshAccounts(t *testing.T) {
	skipShort(t)
	const (
		size, senders, perSender = 4, 400, 50
		bound                    = 3 * time.Minute
	)
	ctx, cancel := context.WithTimeout(context.Background(), bound+time.Minute)
	defer cancel()
	_, clients := startNetwork(ctx, t, size)

	signer := types.NewEIP155Signer(big.NewInt(networkChainID))
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	start := time.Now()
	lasts := make([]*types.Transaction, senders)
	var wg sync.WaitGroup
	errs := make(chan error, senders)
	for w := 0; w < size; w++ { // one sending goroutine per node
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for s := w; s < senders; s += size {
				key, _ := crypto.GenerateKey()
				for n := 0; n < perSender; n++ {
					tx := types.MustSignNewTx(key, signer, &types.LegacyTx{
						Nonce: uint64(n), GasPrice: new(big.Int), Gas: params.TxGas, To: &to, Value: new(big.Int),
					})
					if err := clients[w].SendTransaction(ctx, tx); err != nil {
						errs <- err
						return
					}
					lasts[s] = tx
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("sending: %v", err)
	}
	t.Logf("sent %d transfers in %v", senders*perSender, time.Since(start))

	deadline := start.Add(bound)
	for _, tx := range lasts {
		for {
			r, err := clients[0].TransactionReceipt(ctx, tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("transfer %x failed", tx.Hash())
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("transfer %x not mined within %v", tx.Hash(), bound)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	t.Logf("all mined %v after the first was sent", time.Since(start))

	head, err := clients[0].BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var mined int
	for num := uint64(1); num <= head; num++ {
		var want common.Hash
		for i, c := range clients {
			for {
				if n, err := c.BlockNumber(ctx); err == nil && n >= num {
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(num))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				want = b.Hash()
				mined += len(b.Transactions())
			} else if b.Hash() != want {
				t.Fatalf("node%d disagrees at block %d", i, num)
			}
		}
	}
	if mined != senders*perSender {
		t.Fatalf("%d transfers in blocks 1..%d, want %d", mined, head, senders*perSender)
	}
}
