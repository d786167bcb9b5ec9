package qbft

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestCommitSealHashKnownAnswer checks the digest against RLP written out by
// hand: list of 58 bytes (long form 0xf8 0x3a) ["xiang/qbft/commit/v1" (0x94), 1337 (0x820539), hash (0xa0), round 0 (0x80)].
func TestCommitSealHashKnownAnswer(t *testing.T) {
	hash := common.HexToHash("0x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	var pre []byte
	pre = append(pre, 0xf8, 58, 0x94)
	pre = append(pre, "xiang/qbft/commit/v1"...)
	pre = append(pre, 0x82, 0x05, 0x39, 0xa0)
	pre = append(pre, hash[:]...)
	pre = append(pre, 0x80)
	if got, want := CommitSealHash(big.NewInt(1337), hash, 0), crypto.Keccak256Hash(pre); got != want {
		t.Fatalf("CommitSealHash = %x, want %x", got, want)
	}
	// Every input is bound.
	base := CommitSealHash(big.NewInt(1337), hash, 0)
	for name, other := range map[string]common.Hash{
		"chain id": CommitSealHash(big.NewInt(1338), hash, 0),
		"block":    CommitSealHash(big.NewInt(1337), common.Hash{}, 0),
		"round":    CommitSealHash(big.NewInt(1337), hash, 1),
	} {
		if other == base {
			t.Errorf("changing the %s does not change the digest", name)
		}
	}
}

// TestMixDigestKnownAnswer: keccak256(RLP([zero hash, []])) = keccak256(0xe2 0xa0 <32 zero bytes> 0xc0).
func TestMixDigestKnownAnswer(t *testing.T) {
	pre := append([]byte{0xe2, 0xa0}, make([]byte, 32)...)
	pre = append(pre, 0xc0)
	if got, want := MixDigest(common.Hash{}, nil), crypto.Keccak256Hash(pre); got != want {
		t.Fatalf("MixDigest = %x, want %x", got, want)
	}
	if MixDigest(common.Hash{}, &CommitCertificate{}) == MixDigest(common.Hash{}, nil) {
		t.Error("an empty certificate and none give the same mixDigest")
	}
}

func TestRecoverSigner(t *testing.T) {
	key := vectorKey(t, 0)
	digest := CommitSealHash(big.NewInt(1), common.Hash{0xaa}, 4)
	sig, err := key.SignCommitSeal(big.NewInt(1), common.Hash{0xaa}, 4)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := RecoverSigner(digest, sig); err != nil || got != key.Address() {
		t.Fatalf("RecoverSigner = %s, %v; want %s", got, err, key.Address())
	}
	highS := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(highS[32:64])
	highS[64] ^= 1
	v27 := bytes.Clone(sig)
	v27[64] += 27
	tests := []struct {
		name string
		sig  []byte
		want error
	}{
		{"short", sig[:64], ErrSignatureLength},
		{"long", append(bytes.Clone(sig), 0), ErrSignatureLength},
		{"v = 27", v27, ErrSignatureV},
		{"high s", highS, ErrSignatureHighS},
	}
	for _, tc := range tests {
		if _, err := RecoverSigner(digest, tc.sig); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestMessageSignature(t *testing.T) {
	key := vectorKey(t, 1)
	chainID, genesis := big.NewInt(1337), common.Hash{0x0e}
	payload := []byte{0xc2, 0x01, 0x02} // an RLP list, embedded as one item
	sig, err := key.SignMessage(chainID, genesis, 3, payload)
	if err != nil {
		t.Fatal(err)
	}
	digest := MessageHash(chainID, genesis, 3, payload)
	if got, err := RecoverSigner(digest, sig); err != nil || got != key.Address() {
		t.Fatalf("RecoverSigner = %s, %v; want %s", got, err, key.Address())
	}
	for name, other := range map[string]common.Hash{
		"code":    MessageHash(chainID, genesis, 4, payload),
		"genesis": MessageHash(chainID, common.Hash{}, 3, payload),
		"chain":   MessageHash(big.NewInt(1), genesis, 3, payload),
		"payload": MessageHash(chainID, genesis, 3, []byte{0xc0}),
	} {
		if other == digest {
			t.Errorf("changing the %s does not change the message digest", name)
		}
	}
}
