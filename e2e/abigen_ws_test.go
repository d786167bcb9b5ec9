package e2e

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/xiangchain/xiangchain/bindings/assets"
)

// TestAbigenOverWS drives a contract through our abigen v2 bindings
// (bindings/assets.Notary) against a real `xiang dev` node over WebSocket,
// under each fee profile: deploy, calls, a custom-error revert caught at gas
// estimation, transactions whose fees bind fills from the node's suggestions,
// events decoded from receipts, from a WebSocket subscription and from a
// historical filter.
func TestAbigenOverWS(t *testing.T) {
	skipShort(t)
	for _, fees := range []string{"free", "market"} {
		t.Run(fees, func(t *testing.T) { testAbigenOverWS(t, fees) })
	}
}

func testAbigenOverWS(t *testing.T, fees string) {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	n := startDev(t, filepath.Join(t.TempDir(), "dev"), fees)
	n.waitRPC(ctx)

	ec, err := ethclient.DialContext(ctx, n.wsURL)
	if err != nil {
		t.Fatalf("dialing %s: %v", n.wsURL, err)
	}
	if id, err := ec.ChainID(ctx); err != nil || id.Uint64() != devChainID {
		t.Fatalf("eth_chainId over WebSocket = %v, %v; want %d", id, err, devChainID)
	}
	key, err := crypto.HexToECDSA(devKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	opts := bind.NewKeyedTransactor(key, big.NewInt(devChainID))
	opts.Context = ctx
	notary := assets.NewNotary()
	defaultAdmin := [32]byte{}
	submitter := crypto.Keccak256Hash([]byte("SUBMITTER_ROLE"))
	doc := crypto.Keccak256Hash([]byte("xiangchain e2e: abigen over WebSocket, " + fees))

	// Deploy: the constructor grants dev account 0 the admin role.
	addr, deployTx, err := bind.DeployContract(opts, common.FromHex(assets.NotaryMetaData.Bin), ec, notary.PackConstructor(from))
	if err != nil {
		t.Fatalf("deploying Notary: %v", err)
	}
	deployed, err := bind.WaitDeployed(ctx, ec, deployTx.Hash())
	if err != nil {
		t.Fatalf("waiting for the deployment: %v", err)
	}
	if deployed != addr {
		t.Fatalf("deployed at %s, bind predicted %s", deployed, addr)
	}
	deployReceipt := minedOK(ctx, t, ec, deployTx)
	checkFees(ctx, t, ec, fees, deployTx, deployReceipt)
	granted := decodeOne(t, deployReceipt, notary.UnpackRoleGrantedEvent)
	if granted.Role != defaultAdmin || granted.Account != from || granted.Sender != from {
		t.Fatalf("RoleGranted at deployment = %+v, want admin role for %s", granted, from)
	}

	c := notary.Instance(ec, addr)
	if role := call(t, c, notary.PackSUBMITTERROLE(), notary.UnpackSUBMITTERROLE); common.Hash(role) != submitter {
		t.Fatalf("SUBMITTER_ROLE() = %x, want %s", role, submitter)
	}
	if !call(t, c, notary.PackHasRole(defaultAdmin, from), notary.UnpackHasRole) {
		t.Fatal("hasRole(DEFAULT_ADMIN_ROLE, deployer) = false")
	}
	if call(t, c, notary.PackHasRole(submitter, from), notary.UnpackHasRole) {
		t.Fatal("hasRole(SUBMITTER_ROLE, deployer) = true before any grant")
	}
	if call(t, c, notary.PackIsAnchored(doc), notary.UnpackIsAnchored) {
		t.Fatal("isAnchored = true before anchoring")
	}

	// Without the submitter role, anchor reverts at gas estimation with a
	// custom error the bindings decode, and no nonce is used.
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	_, err = bind.Transact(c, opts, notary.PackAnchor(doc))
	if err == nil {
		t.Fatal("anchor without SUBMITTER_ROLE was sent")
	}
	data := revertData(err)
	if len(data) < 4 {
		t.Fatalf("anchor without SUBMITTER_ROLE: %v, without revert data", err)
	}
	decoded, err := notary.UnpackError(data)
	if err != nil {
		t.Fatalf("decoding revert %x: %v", data, err)
	}
	unauthorized, ok := decoded.(*assets.NotaryAccessControlUnauthorizedAccount)
	if !ok || unauthorized.Account != from || unauthorized.NeededRole != submitter {
		t.Fatalf("anchor without SUBMITTER_ROLE reverted with %#v, want AccessControlUnauthorizedAccount(%s, SUBMITTER_ROLE)", decoded, from)
	}
	if after, err := ec.PendingNonceAt(ctx, from); err != nil || after != nonce {
		t.Fatalf("pending nonce after a refused transaction = %d, %v; want %d", after, err, nonce)
	}

	// A WebSocket subscription through the bindings, opened before the event.
	sink := make(chan *assets.NotaryAnchored, 1)
	sub, err := bind.WatchEvents(c, &bind.WatchOpts{Context: ctx}, notary.UnpackAnchoredEvent, sink)
	if err != nil {
		t.Fatalf("subscribing to Anchored: %v", err)
	}
	defer sub.Unsubscribe()

	grantTx, err := bind.Transact(c, opts, notary.PackGrantRole(submitter, from))
	if err != nil {
		t.Fatalf("grantRole: %v", err)
	}
	grantReceipt := minedOK(ctx, t, ec, grantTx)
	checkFees(ctx, t, ec, fees, grantTx, grantReceipt)
	if ev := decodeOne(t, grantReceipt, notary.UnpackRoleGrantedEvent); ev.Role != submitter || ev.Account != from {
		t.Fatalf("RoleGranted = %+v, want SUBMITTER_ROLE for %s", ev, from)
	}

	anchorTx, err := bind.Transact(c, opts, notary.PackAnchor(doc))
	if err != nil {
		t.Fatalf("anchor: %v", err)
	}
	if anchorTx.Nonce() != nonce+1 {
		t.Fatalf("anchor nonce %d, want %d (deploy, grant, anchor; the refused one used none)", anchorTx.Nonce(), nonce+1)
	}
	receipt := minedOK(ctx, t, ec, anchorTx)
	checkFees(ctx, t, ec, fees, anchorTx, receipt)
	header, err := ec.HeaderByHash(ctx, receipt.BlockHash)
	if err != nil {
		t.Fatalf("header of block %s: %v", receipt.BlockHash, err)
	}
	anchored := decodeOne(t, receipt, notary.UnpackAnchoredEvent)
	if anchored.Hash != doc || anchored.Submitter != from || anchored.BlockNumber != receipt.BlockNumber.Uint64() || anchored.Timestamp != header.Time {
		t.Fatalf("Anchored = %+v, want hash %s by %s in block %v at %d", anchored, doc, from, receipt.BlockNumber, header.Time)
	}

	select {
	case ev := <-sink:
		if ev.Raw.TxHash != anchorTx.Hash() || ev.Raw.BlockHash != receipt.BlockHash || ev.Raw.Index != anchored.Raw.Index || ev.Hash != doc {
			t.Fatalf("subscription delivered %+v (tx %s, block %s, index %d), want the receipt's log", ev, ev.Raw.TxHash, ev.Raw.BlockHash, ev.Raw.Index)
		}
	case err := <-sub.Err():
		t.Fatalf("Anchored subscription failed: %v", err)
	case <-ctx.Done():
		t.Fatalf("no Anchored event over the WebSocket subscription: %v", ctx.Err())
	}

	it, err := bind.FilterEvents(c, &bind.FilterOpts{Start: deployReceipt.BlockNumber.Uint64(), Context: ctx}, notary.UnpackAnchoredEvent)
	if err != nil {
		t.Fatalf("filtering Anchored: %v", err)
	}
	var filtered []*assets.NotaryAnchored
	for it.Next() {
		filtered = append(filtered, it.Value())
	}
	if err := it.Error(); err != nil {
		t.Fatalf("iterating Anchored: %v", err)
	}
	it.Close()
	if len(filtered) != 1 || filtered[0].Raw.TxHash != anchorTx.Hash() || filtered[0].Hash != doc || filtered[0].Submitter != from {
		t.Fatalf("FilterEvents(Anchored) = %d events, want exactly the anchor transaction's", len(filtered))
	}

	got := call(t, c, notary.PackAnchorOf(doc), notary.UnpackAnchorOf)
	if got.Submitter != from || got.Timestamp != header.Time || got.BlockNumber != receipt.BlockNumber.Uint64() || got.LeafCount != 0 {
		t.Fatalf("anchorOf = %+v, want the anchor of block %v", got, receipt.BlockNumber)
	}
	if !call(t, c, notary.PackIsAnchored(doc), notary.UnpackIsAnchored) {
		t.Fatal("isAnchored = false after anchoring")
	}

	sub.Unsubscribe()
	ec.Close()
	n.stop(syscall.SIGTERM)
}

// minedOK waits for tx's receipt and fails the test unless it succeeded.
func minedOK(ctx context.Context, t *testing.T, ec *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	waitCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	receipt, err := bind.WaitMined(waitCtx, ec, tx.Hash())
	if err != nil {
		t.Fatalf("waiting for %s: %v", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s failed (gas used %d of %d)", tx.Hash(), receipt.GasUsed, tx.Gas())
	}
	return receipt
}

// checkFees checks the fees bind chose from the node's suggestions: EIP-1559,
// nothing under free, and under market an effective price of base fee + tip
// that the sender's balance paid exactly (the test sends one transaction at a time).
func checkFees(ctx context.Context, t *testing.T, ec *ethclient.Client, fees string, tx *types.Transaction, receipt *types.Receipt) {
	t.Helper()
	if tx.Type() != types.DynamicFeeTxType {
		t.Fatalf("bind sent a type %d transaction, want EIP-1559", tx.Type())
	}
	header, err := ec.HeaderByHash(ctx, receipt.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(header.BaseFee, tx.EffectiveGasTipValue(header.BaseFee))
	if receipt.EffectiveGasPrice.Cmp(want) != 0 {
		t.Fatalf("effectiveGasPrice %v, want base fee %v + tip", receipt.EffectiveGasPrice, header.BaseFee)
	}
	switch fees {
	case "free":
		if tx.GasFeeCap().Sign() != 0 || tx.GasTipCap().Sign() != 0 || header.BaseFee.Sign() != 0 {
			t.Fatalf("free profile: fee cap %v, tip %v, base fee %v; want all 0", tx.GasFeeCap(), tx.GasTipCap(), header.BaseFee)
		}
	case "market":
		if header.BaseFee.Sign() <= 0 {
			t.Fatalf("market profile: base fee %v", header.BaseFee)
		}
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		t.Fatal(err)
	}
	before, err := ec.BalanceAt(ctx, from, new(big.Int).Sub(receipt.BlockNumber, common.Big1))
	if err != nil {
		t.Fatal(err)
	}
	after, err := ec.BalanceAt(ctx, from, receipt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Mul(receipt.EffectiveGasPrice, new(big.Int).SetUint64(receipt.GasUsed))
	if spent := new(big.Int).Sub(before, after); spent.Cmp(new(big.Int).Add(paid, tx.Value())) != 0 {
		t.Fatalf("sender spent %v in block %v, want gas %v + value %v", spent, receipt.BlockNumber, paid, tx.Value())
	}
}

// call runs a view function through the bindings over the node and fails the test on error.
func call[T any](t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatalf("eth_call %x: %v", data[:min(4, len(data))], err)
	}
	return v
}

// decodeOne returns the one log of the receipt that unpack decodes, failing the test unless there is exactly one.
func decodeOne[T any](t *testing.T, receipt *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	var found []*T
	for _, l := range receipt.Logs {
		ev, err := unpack(l)
		if errors.Is(err, bind.ErrEventSignatureMismatch) {
			continue
		}
		if err != nil {
			t.Fatalf("decoding log %d of %s: %v", l.Index, receipt.TxHash, err)
		}
		found = append(found, ev)
	}
	if len(found) != 1 {
		t.Fatalf("%s has %d %T events, want 1", receipt.TxHash, len(found), *new(T))
	}
	return found[0]
}

// revertData returns the revert payload an RPC error carries (eth_call or
// eth_estimateGas code 3), or nil.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	return common.FromHex(s)
}
