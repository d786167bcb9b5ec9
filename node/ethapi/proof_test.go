package ethapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// verifyProof checks a proof (hex RLP nodes) against root and returns the
// proven value, nil when the proof shows the key is absent.
func verifyProof(t *testing.T, root common.Hash, key []byte, proof []string) []byte {
	t.Helper()
	db := memorydb.New()
	for _, node := range proof {
		raw, err := hexutil.Decode(node)
		if err != nil {
			t.Fatalf("proof node %q: %v", node, err)
		}
		if err := db.Put(crypto.Keccak256(raw), raw); err != nil {
			t.Fatal(err)
		}
	}
	value, err := trie.VerifyProof(root, crypto.Keccak256(key), db)
	if err != nil {
		t.Fatalf("proof of %x against %s: %v", key, root, err)
	}
	return value
}

// checkAccountProof verifies res against the state root and compares the
// proven account with the reported fields.
func checkAccountProof(t *testing.T, root common.Hash, res *AccountResult) {
	t.Helper()
	value := verifyProof(t, root, res.Address[:], res.AccountProof)
	if value == nil {
		// Absent: geth reports zero values and zero hashes.
		if res.Balance.ToInt().Sign() != 0 || res.Nonce != 0 || res.CodeHash != (common.Hash{}) || res.StorageHash != (common.Hash{}) {
			t.Errorf("absent account %s reported as %+v", res.Address, res)
		}
		return
	}
	var acct types.StateAccount
	if err := rlp.DecodeBytes(value, &acct); err != nil {
		t.Fatalf("decoding proven account: %v", err)
	}
	if acct.Nonce != uint64(res.Nonce) || acct.Balance.ToBig().Cmp(res.Balance.ToInt()) != 0 ||
		acct.Root != res.StorageHash || !bytes.Equal(acct.CodeHash, res.CodeHash[:]) {
		t.Errorf("proven account %+v differs from reported %+v", acct, res)
	}
	for _, sp := range res.StorageProof {
		key, err := decodeProofKey(sp.Key)
		if err != nil {
			t.Fatalf("echoed key %q: %v", sp.Key, err)
		}
		if res.StorageHash == types.EmptyRootHash {
			if len(sp.Proof) != 0 || sp.Value.ToInt().Sign() != 0 {
				t.Errorf("slot %s of storage-less account: %+v", sp.Key, sp)
			}
			continue
		}
		proven := verifyProof(t, res.StorageHash, key.slot[:], sp.Proof)
		want := new(big.Int)
		if proven != nil {
			var content []byte
			if err := rlp.DecodeBytes(proven, &content); err != nil {
				t.Fatalf("decoding proven slot: %v", err)
			}
			want.SetBytes(content)
		}
		if want.Cmp(sp.Value.ToInt()) != 0 {
			t.Errorf("slot %s: proven %v, reported %v", sp.Key, want, sp.Value.ToInt())
		}
	}
}

func TestGetProof(t *testing.T) {
	n := newTestNode(t, true)
	ctx := context.Background()
	logger, _ := n.deployLogger(new(big.Int), new(big.Int)) // block 1: slot 1 = 42
	send := n.signTx(richKey, 1, &poorAddr, big.NewInt(1000), params.TxGas, new(big.Int), new(big.Int), nil)
	if err := n.client.SendTransaction(ctx, send); err != nil {
		t.Fatal(err)
	}
	n.mine() // block 2: poorAddr gets 1000 wei

	slot1 := common.BigToHash(big.NewInt(1)).Hex()
	absent := common.HexToAddress("0x00000000000000000000000000000000000a75e7")
	tests := []struct {
		name     string
		address  common.Address
		keys     []string
		block    string
		balance  int64
		wantKeys []string
		values   []int64
	}{
		{"contract slots", logger, []string{"0x1", slot1, "0x02", "1"}, "latest", 0,
			[]string{"0x1", slot1, "0x2", "0x1"}, []int64{42, 42, 0, 42}},
		{"funded account", poorAddr, []string{"0x0"}, "latest", 1000, []string{"0x0"}, []int64{0}},
		{"account before funding", poorAddr, nil, "0x1", 0, nil, nil},
		{"contract before deployment", logger, []string{"0x1"}, "0x0", 0, []string{"0x1"}, []int64{0}},
		{"absent account", absent, []string{slot1}, "latest", 0, []string{slot1}, []int64{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			keys := tt.keys
			if keys == nil {
				keys = []string{}
			}
			var res AccountResult
			if err := json.Unmarshal(sub.call("eth_getProof", tt.address, keys, tt.block), &res); err != nil {
				t.Fatal(err)
			}
			header, err := n.client.HeaderByNumber(ctx, blockArg(t, tt.block))
			if err != nil {
				t.Fatal(err)
			}
			checkAccountProof(t, header.Root, &res)
			if res.Address != tt.address || res.Balance.ToInt().Int64() != tt.balance {
				t.Errorf("address %s balance %v, want %s %d", res.Address, res.Balance, tt.address, tt.balance)
			}
			if len(res.StorageProof) != len(tt.wantKeys) {
				t.Fatalf("%d storage proofs, want %d", len(res.StorageProof), len(tt.wantKeys))
			}
			for i, sp := range res.StorageProof {
				if sp.Key != tt.wantKeys[i] || sp.Value.ToInt().Int64() != tt.values[i] {
					t.Errorf("storage proof %d: key %s value %v, want %s %d", i, sp.Key, sp.Value, tt.wantKeys[i], tt.values[i])
				}
			}
		})
	}

	// JSON shape of a storage-less, absent account, field by field.
	raw := n.callObject("eth_getProof", absent, []string{"0x5"}, "latest")
	want := map[string]string{
		"address":      fmt.Sprintf("%q", strings.ToLower(absent.Hex())),
		"balance":      `"0x0"`,
		"codeHash":     fmt.Sprintf("%q", common.Hash{}.Hex()),
		"nonce":        `"0x0"`,
		"storageHash":  fmt.Sprintf("%q", common.Hash{}.Hex()),
		"storageProof": `[{"key":"0x5","value":"0x0","proof":[]}]`,
	}
	for field, w := range want {
		if got := string(raw[field]); got != w {
			t.Errorf("%s = %s, want %s", field, got, w)
		}
	}
	if len(raw) != len(want)+1 {
		t.Errorf("answer has %d fields, want %d: %v", len(raw), len(want)+1, raw)
	}
	// The EOA's code hash is the empty-code hash, and proving it needs the
	// default block parameter too.
	var eoa AccountResult
	if err := json.Unmarshal(n.call("eth_getProof", poorAddr, []string{}), &eoa); err != nil {
		t.Fatal(err)
	}
	if eoa.CodeHash != types.EmptyCodeHash || eoa.StorageHash != types.EmptyRootHash {
		t.Errorf("EOA code hash %s storage hash %s", eoa.CodeHash, eoa.StorageHash)
	}
}

// blockArg turns a block tag or hex number into ethclient's argument.
func blockArg(t *testing.T, block string) *big.Int {
	t.Helper()
	if block == "latest" {
		return nil
	}
	n, err := hexutil.DecodeBig(block)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestGetProofErrors(t *testing.T) {
	n := newTestNode(t, true)
	n.mine()
	long := "0x" + strings.Repeat("ab", 33)
	many := make([]string, maxProofKeys+1)
	for i := range many {
		many[i] = "0x1"
	}
	tests := []struct {
		name string
		keys []string
		code int
		msg  string
	}{
		{"33-byte key", []string{"0x1", long}, errCodeInvalidParams, `storage key too long (want at most 32 bytes): "` + long + `"`},
		{"bad hex", []string{"0xzz"}, errCodeInvalidParams, `invalid hex in storage key: "0xzz"`},
		{"too many keys", many, errCodeInvalidParams, "too many storage keys requested (max 1024, got 1025)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := *n
			sub.t = t
			e := sub.callError("eth_getProof", proxy, tt.keys, "latest")
			if e.ErrorCode() != tt.code || e.Error() != tt.msg {
				t.Errorf("error %d %q, want %d %q", e.ErrorCode(), e.Error(), tt.code, tt.msg)
			}
		})
	}
	if e := n.callError("eth_getProof", proxy, []string{}, "0x99"); e.Error() != errHeaderNotFound.Error() {
		t.Errorf("future block: %q", e.Error())
	}
}

func TestDecodeProofKey(t *testing.T) {
	full := strings.Repeat("01", 32)
	tests := []struct {
		in   string
		slot common.Hash
		echo string
		err  error
	}{
		{"0x1", common.BigToHash(big.NewInt(1)), "0x1", nil},
		{"0X0a", common.BigToHash(big.NewInt(10)), "0xa", nil},
		{"ff", common.BigToHash(big.NewInt(255)), "0xff", nil},
		{"", common.Hash{}, "0x0", nil},
		{"0x" + full, common.HexToHash(full), "0x" + full, nil},
		{"0x" + strings.ToUpper("ab"+full[2:]), common.HexToHash("ab" + full[2:]), "0xab" + full[2:], nil},
		{"0x1" + full, common.Hash{}, "", errProofKeyTooLong},
		{"0xg1", common.Hash{}, "", errProofKeyHex},
	}
	for _, tt := range tests {
		key, err := decodeProofKey(tt.in)
		if err != tt.err {
			t.Errorf("%q: error %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && (key.slot != tt.slot || key.echo() != tt.echo) {
			t.Errorf("%q: slot %s echo %s, want %s %s", tt.in, key.slot, key.echo(), tt.slot, tt.echo)
		}
	}
}
