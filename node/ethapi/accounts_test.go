package ethapi

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/xiangchain/xiangchain/genesis"
)

// unlockedNode is a test node holding richKey and poorKey unlocked.
func unlockedNode(t *testing.T, free bool) *testNode {
	t.Helper()
	return newTestNodeWith(t, free, Options{UnlockedKeys: []*ecdsa.PrivateKey{richKey, poorKey, richKey}})
}

func TestAccounts(t *testing.T) {
	tests := []struct {
		name string
		keys []*ecdsa.PrivateKey
		want string
	}{
		{"none", nil, `[]`},
		{"configured order, no duplicates", []*ecdsa.PrivateKey{poorKey, richKey, poorKey},
			`["` + strings.ToLower(poorAddr.Hex()) + `","` + strings.ToLower(richAddr.Hex()) + `"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newTestNodeWith(t, true, Options{UnlockedKeys: tt.keys})
			if got := string(n.call("eth_accounts")); got != tt.want {
				t.Errorf("eth_accounts = %s, want %s", got, tt.want)
			}
		})
	}
}

// recoverSigner recovers the address behind a wallet-style (v = 27/28)
// signature of hash.
func recoverSigner(t *testing.T, hash []byte, sig hexutil.Bytes) common.Address {
	t.Helper()
	if len(sig) != crypto.SignatureLength {
		t.Fatalf("signature is %d bytes, want %d", len(sig), crypto.SignatureLength)
	}
	if v := sig[crypto.RecoveryIDOffset]; v != 27 && v != 28 {
		t.Fatalf("signature v = %d, want 27 or 28", v)
	}
	plain := slices.Clone(sig)
	plain[crypto.RecoveryIDOffset] -= 27
	pub, err := crypto.SigToPub(hash, plain)
	if err != nil {
		t.Fatalf("recovering signer: %v", err)
	}
	return crypto.PubkeyToAddress(*pub)
}

func TestSign(t *testing.T) {
	n := unlockedNode(t, true)
	tests := []struct {
		name    string
		addr    common.Address
		data    hexutil.Bytes
		wantErr string
	}{
		{"rich", richAddr, hexutil.Bytes("hello xiang"), ""},
		{"poor, empty message", poorAddr, hexutil.Bytes{}, ""},
		{"binary", richAddr, hexutil.Bytes{0, 1, 2, 0xff}, ""},
		{"not unlocked", coinbase, hexutil.Bytes("hello"), "unknown account"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.wantErr != "" {
				if err := n.callError("eth_sign", tt.addr, tt.data); err.Error() != tt.wantErr {
					t.Fatalf("error %q, want %q", err.Error(), tt.wantErr)
				}
				return
			}
			var sig hexutil.Bytes
			if err := json.Unmarshal(n.call("eth_sign", tt.addr, tt.data), &sig); err != nil {
				t.Fatal(err)
			}
			if got := recoverSigner(t, accounts.TextHash(tt.data), sig); got != tt.addr {
				t.Errorf("signer %s, want %s", got, tt.addr)
			}
			// personal_sign takes the same arguments swapped.
			var psig hexutil.Bytes
			if err := json.Unmarshal(n.call("personal_sign", tt.data, tt.addr), &psig); err != nil || !bytes.Equal(psig, sig) {
				t.Errorf("personal_sign = %x, %v; want eth_sign's %x", psig, err, sig)
			}
		})
	}
	// Without unlocked keys there is no personal namespace.
	plain := newTestNode(t, true)
	if e := plain.callError("personal_sign", hexutil.Bytes("x"), richAddr); e.ErrorCode() != -32601 {
		t.Errorf("personal_sign on a node without keys: %d %q, want -32601", e.ErrorCode(), e.Error())
	}
}

// mailTypedData is EIP-712's example message.
const mailTypedData = `{
  "types": {
    "EIP712Domain": [
      {"name": "name", "type": "string"},
      {"name": "version", "type": "string"},
      {"name": "chainId", "type": "uint256"},
      {"name": "verifyingContract", "type": "address"}
    ],
    "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
    "Mail": [
      {"name": "from", "type": "Person"},
      {"name": "to", "type": "Person"},
      {"name": "contents", "type": "string"}
    ]
  },
  "primaryType": "Mail",
  "domain": {
    "name": "Ether Mail",
    "version": "1",
    "chainId": 1,
    "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
  },
  "message": {
    "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
    "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
    "contents": "Hello, Bob!"
  }
}`

func TestSignTypedDataV4(t *testing.T) {
	n := unlockedNode(t, true)
	var td apitypes.TypedData
	if err := json.Unmarshal([]byte(mailTypedData), &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	// EIP-712's published digest of this message.
	if want := "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"; hexutil.Encode(hash) != want {
		t.Fatalf("reference digest %x, want %s", hash, want)
	}
	tests := []struct {
		name    string
		addr    common.Address
		param   any
		wantErr string
	}{
		{"object", richAddr, json.RawMessage(mailTypedData), ""},
		{"string (ethers, viem)", poorAddr, mailTypedData, ""},
		{"not unlocked", coinbase, json.RawMessage(mailTypedData), "unknown account"},
		{"not an object", richAddr, 42, errTypedDataNotAnObject.Error()},
		{"unknown primary type", richAddr, strings.Replace(mailTypedData, `"primaryType": "Mail"`, `"primaryType": "Letter"`, 1), "hashing typed-data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.wantErr != "" {
				err := n.callError("eth_signTypedData_v4", tt.addr, tt.param)
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %q, want it to contain %q", err.Error(), tt.wantErr)
				}
				return
			}
			var sig hexutil.Bytes
			if err := json.Unmarshal(n.call("eth_signTypedData_v4", tt.addr, tt.param), &sig); err != nil {
				t.Fatal(err)
			}
			if got := recoverSigner(t, hash, sig); got != tt.addr {
				t.Errorf("signer %s, want %s", got, tt.addr)
			}
		})
	}
}

func TestSignTransaction(t *testing.T) {
	n := unlockedNode(t, true)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	base := func() map[string]any {
		return map[string]any{
			"from": richAddr, "to": to, "gas": "0x5208", "nonce": "0x7", "value": "0x3",
			"maxFeePerGas": "0x0", "maxPriorityFeePerGas": "0x0",
		}
	}
	with := func(change func(map[string]any)) map[string]any {
		args := base()
		change(args)
		return args
	}
	tests := []struct {
		name     string
		args     map[string]any
		wantType uint8
		wantErr  string
	}{
		{"dynamic fee, zero prices (free profile)", base(), types.DynamicFeeTxType, ""},
		{"legacy, zero gasPrice (free profile)", with(func(a map[string]any) {
			delete(a, "maxFeePerGas")
			delete(a, "maxPriorityFeePerGas")
			a["gasPrice"] = "0x0"
		}), types.LegacyTxType, ""},
		{"access list", with(func(a map[string]any) {
			delete(a, "maxFeePerGas")
			delete(a, "maxPriorityFeePerGas")
			a["gasPrice"] = "0x1"
			a["accessList"] = []any{}
		}), types.AccessListTxType, ""},
		{"no gas", with(func(a map[string]any) { delete(a, "gas") }), 0, "gas not specified"},
		{"no nonce", with(func(a map[string]any) { delete(a, "nonce") }), 0, "nonce not specified"},
		{"no fee", with(func(a map[string]any) { delete(a, "maxFeePerGas") }), 0, "missing gasPrice or maxFeePerGas/maxPriorityFeePerGas"},
		{"fee below tip", with(func(a map[string]any) { a["maxPriorityFeePerGas"] = "0x2" }), 0, "maxFeePerGas (0x0) < maxPriorityFeePerGas (0x2)"},
		{"wrong chain", with(func(a map[string]any) { a["chainId"] = "0x1" }), 0, "chainId does not match node's (have=1, want=1337)"},
		{"not unlocked", with(func(a map[string]any) { a["from"] = coinbase }), 0, "unknown account"},
		{"blob", with(func(a map[string]any) { a["blobVersionedHashes"] = []common.Hash{{1}} }), 0, "signing blob transactions not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.wantErr != "" {
				if err := n.callError("eth_signTransaction", tt.args); err.Error() != tt.wantErr {
					t.Fatalf("error %q, want %q", err.Error(), tt.wantErr)
				}
				return
			}
			var res struct {
				Raw hexutil.Bytes      `json:"raw"`
				Tx  *types.Transaction `json:"tx"`
			}
			if err := json.Unmarshal(n.call("eth_signTransaction", tt.args), &res); err != nil {
				t.Fatal(err)
			}
			decoded := new(types.Transaction)
			if err := decoded.UnmarshalBinary(res.Raw); err != nil {
				t.Fatalf("raw does not decode: %v", err)
			}
			if decoded.Hash() != res.Tx.Hash() {
				t.Errorf("raw %s and tx %s differ", decoded.Hash(), res.Tx.Hash())
			}
			from, err := types.Sender(n.signer, decoded)
			if err != nil || from != richAddr {
				t.Errorf("sender %s (%v), want %s", from, err, richAddr)
			}
			if decoded.Type() != tt.wantType || decoded.Nonce() != 7 || decoded.Gas() != params.TxGas ||
				decoded.Value().Int64() != 3 || *decoded.To() != to || !decoded.Protected() {
				t.Errorf("tx type %d nonce %d gas %d value %v to %s protected %v",
					decoded.Type(), decoded.Nonce(), decoded.Gas(), decoded.Value(), decoded.To(), decoded.Protected())
			}
			if n.backend.pool.Get(decoded.Hash()) != nil {
				t.Error("eth_signTransaction submitted the transaction")
			}
		})
	}
}

func TestSignTransactionMarketRefusesZeroPrice(t *testing.T) {
	n := unlockedNode(t, false)
	args := map[string]any{"from": richAddr, "to": poorAddr, "gas": "0x5208", "nonce": "0x0", "gasPrice": "0x0"}
	if err := n.callError("eth_signTransaction", args); err.Error() != errZeroGasPrice.Error() {
		t.Errorf("error %q, want %q", err.Error(), errZeroGasPrice)
	}
}

func TestSendTransaction(t *testing.T) {
	ctx := context.Background()
	t.Run("free profile, all defaults", func(t *testing.T) {
		n := unlockedNode(t, true)
		// Two from one sender take consecutive pool nonces; the
		// zero-balance account can send too.
		senders := []common.Address{richAddr, richAddr, poorAddr}
		wantNonces := []uint64{0, 1, 0}
		var hashes []common.Hash
		for _, from := range senders {
			var hash common.Hash
			args := map[string]any{"from": from, "to": coinbase}
			if err := json.Unmarshal(n.call("eth_sendTransaction", args), &hash); err != nil {
				t.Fatal(err)
			}
			hashes = append(hashes, hash)
		}
		n.mine()
		for i, hash := range hashes {
			tx, _, err := n.client.TransactionByHash(ctx, hash)
			if err != nil {
				t.Fatalf("tx %d: %v", i, err)
			}
			if tx.Type() != types.DynamicFeeTxType || tx.Nonce() != wantNonces[i] || tx.Gas() != params.TxGas ||
				tx.GasFeeCap().Sign() != 0 || tx.GasTipCap().Sign() != 0 || tx.ChainId().Uint64() != genesis.DevChainID {
				t.Errorf("tx %d: type %d nonce %d gas %d feeCap %v tip %v chain %v", i, tx.Type(), tx.Nonce(), tx.Gas(), tx.GasFeeCap(), tx.GasTipCap(), tx.ChainId())
			}
			r, err := n.client.TransactionReceipt(ctx, hash)
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %d receipt %+v, %v", i, r, err)
			}
		}
	})
	t.Run("market profile, contract creation with estimated gas", func(t *testing.T) {
		n := unlockedNode(t, false)
		args := map[string]any{"from": richAddr, "input": hexutil.Bytes(loggerInitCode())}
		var hash common.Hash
		if err := json.Unmarshal(n.call("eth_sendTransaction", args), &hash); err != nil {
			t.Fatal(err)
		}
		pooled := n.backend.pool.Get(hash)
		if pooled == nil {
			t.Fatal("transaction not in the pool")
		}
		head := n.backend.chain.CurrentBlock()
		tip := big.NewInt(params.GWei) // the oracle's first suggestion
		wantCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
		if pooled.GasTipCap().Cmp(tip) != 0 || pooled.GasFeeCap().Cmp(wantCap) != 0 {
			t.Errorf("tip %v cap %v, want %v and %v", pooled.GasTipCap(), pooled.GasFeeCap(), tip, wantCap)
		}
		n.mine()
		r, err := n.client.TransactionReceipt(ctx, hash)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt %+v, %v", r, err)
		}
		if want := crypto.CreateAddress(richAddr, 0); r.ContractAddress != want {
			t.Errorf("contract at %s, want %s", r.ContractAddress, want)
		}
		if r.GasUsed > pooled.Gas() || pooled.Gas() > r.GasUsed*11/10 {
			t.Errorf("estimated gas %d for %d used", pooled.Gas(), r.GasUsed)
		}
		code, err := n.client.CodeAt(ctx, r.ContractAddress, nil)
		if err != nil || !slices.Equal(code, loggerRuntime()) {
			t.Errorf("deployed code %x (%v)", code, err)
		}
	})
	t.Run("errors", func(t *testing.T) {
		n := unlockedNode(t, true)
		tests := []struct {
			name    string
			args    map[string]any
			wantErr string
		}{
			{"no sender", map[string]any{"to": richAddr}, "unknown account"},
			{"not unlocked", map[string]any{"from": coinbase, "to": richAddr}, "unknown account"},
			{"creation without data", map[string]any{"from": richAddr}, errCreateWithoutData.Error()},
			{"both fee styles", map[string]any{"from": richAddr, "to": poorAddr, "gasPrice": "0x1", "maxFeePerGas": "0x1"}, errBothFeeStyles.Error()},
			{"reverts", map[string]any{"from": richAddr, "to": reverter}, "execution reverted: boom"},
			{"nonce too low", map[string]any{"from": richAddr, "to": poorAddr, "nonce": "0x0", "gas": "0x5208"}, "nonce too low"},
		}
		// Use up nonce 0, so that the last case is refused by the pool.
		n.call("eth_sendTransaction", map[string]any{"from": richAddr, "to": poorAddr})
		n.mine()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := n.callError("eth_sendTransaction", tt.args); !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Errorf("error %q, want prefix %q", err.Error(), tt.wantErr)
				}
			})
		}
	})
}
