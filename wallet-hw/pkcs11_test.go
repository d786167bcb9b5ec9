package wallethw

import (
	"context"
	"crypto/rand"
	"encoding/asn1"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/miekg/pkcs11"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

func TestPKCS11KeygenAndOpen(t *testing.T) {
	ctx := context.Background()
	mods := NewModules()
	gen := newHSMSigner(t, Options{Modules: mods})
	if gen.Address() == (common.Address{}) {
		t.Fatal("generated key has zero address")
	}

	// The same key, opened by URI through the shared module context.
	s, err := Open(ctx, tokenURI("01"), Options{Modules: mods, AllowHashSigning: true})
	if err != nil {
		t.Fatalf("open by uri: %v", err)
	}
	defer s.Close()
	if s.Address() != gen.Address() {
		t.Fatalf("reopened address %v, generated %v", s.Address(), gen.Address())
	}
	// The address read from CKA_EC_POINT is the one signatures recover to.
	hash := crypto.Keccak256Hash([]byte("consensus digest"))
	sig, err := s.SignHash(ctx, hash)
	if err != nil {
		t.Fatalf("SignHash: %v", err)
	}
	if got, err := qbft.RecoverSigner(hash, sig); err != nil || got != gen.Address() {
		t.Fatalf("qbft.RecoverSigner = %v, %v; want %v", got, err, gen.Address())
	}
	if _, err := gen.SignHash(ctx, hash); !errors.Is(err, ErrHashSigningDisabled) {
		t.Errorf("SignHash without permission: %v, want ErrHashSigningDisabled", err)
	}

	failures := []struct {
		name string
		open func() (Signer, error)
		err  error
	}{
		{"duplicate id", func() (Signer, error) { return GeneratePKCS11Key(ctx, tokenURI("01"), Options{Modules: mods}) }, ErrKeyExists},
		{"unknown id", func() (Signer, error) { return Open(ctx, tokenURI("02"), Options{Modules: mods}) }, ErrKeyNotFound},
		{"unknown token", func() (Signer, error) {
			return Open(ctx, "pkcs11:module="+softHSMModule+";token=other;id=01", Options{Modules: mods})
		}, ErrTokenNotFound},
		{"second module context", func() (Signer, error) { return Open(ctx, tokenURI("01"), Options{}) }, ErrModuleInitialized},
	}
	for _, f := range failures {
		s, err := f.open()
		if !errors.Is(err, f.err) {
			t.Errorf("%s: err = %v, want %v", f.name, err, f.err)
		}
		if s != nil {
			s.Close()
		}
	}

	// A second key on the same token gets its own address.
	other, err := GeneratePKCS11Key(ctx, tokenURI("02"), Options{Modules: mods})
	if err != nil {
		t.Fatalf("second key: %v", err)
	}
	if other.Address() == gen.Address() {
		t.Error("two generated keys share an address")
	}
	other.Close()
	if _, err := other.SignPersonal(ctx, []byte("x")); !errors.Is(err, ErrClosed) {
		t.Errorf("sign after close: %v, want ErrClosed", err)
	}
}

// TestPKCS11WrongPIN needs a token nobody is logged in to: PKCS#11 login
// state is per token and process, so a later session is not asked again.
func TestPKCS11WrongPIN(t *testing.T) {
	newToken(t)
	s, err := GeneratePKCS11Key(context.Background(), tokenURI("01"), Options{PIN: "9999"})
	if !errors.Is(err, pkcs11.Error(pkcs11.CKR_PIN_INCORRECT)) {
		t.Errorf("err = %v, want CKR_PIN_INCORRECT", err)
	}
	if s != nil {
		s.Close()
	}
	// The failed attempt released the module: a correct PIN works now.
	s, err = GeneratePKCS11Key(context.Background(), tokenURI("01"), Options{})
	if err != nil {
		t.Fatalf("after wrong PIN: %v", err)
	}
	s.Close()
}

// TestPKCS11ThousandLowS signs 1,000 random digests on the token: every
// signature must have low s, a valid v and recover the key's address.
func TestPKCS11ThousandLowS(t *testing.T) {
	s := newHSMSigner(t, Options{AllowHashSigning: true})
	ctx := context.Background()
	var parity [2]int
	for i := 0; i < 1000; i++ {
		var hash common.Hash
		if _, err := rand.Read(hash[:]); err != nil {
			t.Fatal(err)
		}
		sig, err := s.SignHash(ctx, hash)
		if err != nil {
			t.Fatalf("signature %d: %v", i, err)
		}
		r, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
		if !crypto.ValidateSignatureValues(sig[64], r, ss, true) {
			t.Fatalf("signature %d is not a valid low-S signature: %x", i, sig)
		}
		pub, err := crypto.SigToPub(hash[:], sig)
		if err != nil || crypto.PubkeyToAddress(*pub) != s.Address() {
			t.Fatalf("signature %d does not recover the key (%v)", i, err)
		}
		parity[sig[64]]++
	}
	// Both recovery ids occur about equally: v is recovered, not assumed.
	if parity[0] < 100 || parity[1] < 100 {
		t.Errorf("recovery ids 0/1 seen %d/%d times in 1,000 signatures", parity[0], parity[1])
	}
}

// TestRecoverableSignature feeds the normaliser what an HSM may return:
// high-S and DER forms of a known signature, and garbage.
func TestRecoverableSignature(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	pub := crypto.FromECDSAPub(&key.PublicKey)
	hash := crypto.Keccak256Hash([]byte("hsm"))
	want, err := crypto.Sign(hash[:], key)
	if err != nil {
		t.Fatal(err)
	}
	r, s := new(big.Int).SetBytes(want[:32]), new(big.Int).SetBytes(want[32:64])
	highS := new(big.Int).Sub(secp256k1N, s)
	raw := func(r, s *big.Int) []byte {
		b := make([]byte, 64)
		r.FillBytes(b[:32])
		s.FillBytes(b[32:])
		return b
	}
	der := func(r, s *big.Int) []byte {
		b, err := asn1Marshal(r, s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"low-S r‖s", raw(r, s), nil},
		{"high-S r‖s", raw(r, highS), nil},
		{"high-S DER", der(r, highS), nil},
		{"truncated", raw(r, s)[:63], ErrBadHSMSignature},
		{"zero r", raw(new(big.Int), s), ErrBadHSMSignature},
		{"other key", raw(new(big.Int).Add(r, big.NewInt(1)), s), ErrBadHSMSignature},
	}
	for _, tt := range tests {
		got, err := recoverableSignature(hash, tt.in, pub)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: got %x, %v; want %x", tt.name, got, err, want)
		}
	}
}

func asn1Marshal(r, s *big.Int) ([]byte, error) {
	return asn1.Marshal(struct{ R, S *big.Int }{r, s})
}
