package genesis

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/ripemd160" // BIP-32 fingerprints are RIPEMD-160 hashes
)

// TestMnemonicSeed checks the BIP-39 seed against the reference vector of
// the Trezor test set (passphrase "TREZOR").
func TestMnemonicSeed(t *testing.T) {
	seed, err := mnemonicSeed("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "TREZOR")
	if err != nil {
		t.Fatal(err)
	}
	want := "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
	if got := hex.EncodeToString(seed); got != want {
		t.Fatalf("seed = %s, want %s", got, want)
	}
}

// TestBIP32Vector1 derives every chain of BIP-32 test vector 1 and compares
// all fields of the published extended keys (xprv and xpub).
func TestBIP32Vector1(t *testing.T) {
	seed, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	tests := []struct {
		path, xpub, xprv string
	}{
		{"m",
			"xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
			"xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"},
		{"m/0H",
			"xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw",
			"xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7"},
		{"m/0H/1",
			"xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ",
			"xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs"},
		{"m/0H/1/2H",
			"xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5",
			"xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM"},
		{"m/0H/1/2H/2",
			"xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV",
			"xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334"},
		{"m/0H/1/2H/2/1000000000",
			"xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy",
			"xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76"},
	}
	master, err := hdMaster(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path, err := parsePath(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			key, err := master.derive(path)
			if err != nil {
				t.Fatal(err)
			}
			var fingerprint [4]byte
			var childNumber uint32
			if len(path) > 0 {
				parent, err := master.derive(path[:len(path)-1])
				if err != nil {
					t.Fatal(err)
				}
				copy(fingerprint[:], hash160(parent.publicKey()))
				childNumber = path[len(path)-1]
			}
			prv := decodeExtendedKey(t, tt.xprv)
			pub := decodeExtendedKey(t, tt.xpub)
			checks := []struct {
				name      string
				got, want []byte
			}{
				{"xprv version", prv[0:4], []byte{0x04, 0x88, 0xad, 0xe4}},
				{"xpub version", pub[0:4], []byte{0x04, 0x88, 0xb2, 0x1e}},
				{"depth", prv[4:5], []byte{byte(len(path))}},
				{"parent fingerprint", prv[5:9], fingerprint[:]},
				{"child number", prv[9:13], binary.BigEndian.AppendUint32(nil, childNumber)},
				{"chain code", prv[13:45], key.chainCode[:]},
				{"private key", prv[45:78], append([]byte{0}, key.key[:]...)},
				{"xpub chain code", pub[13:45], key.chainCode[:]},
				{"public key", pub[45:78], key.publicKey()},
			}
			for _, c := range checks {
				if !bytes.Equal(c.got, c.want) {
					t.Errorf("%s = %x, want %x", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		path    string
		want    []uint32
		wantErr bool
	}{
		{path: "m", want: []uint32{}},
		{path: "m/44'/60'/0'/0/7", want: []uint32{hardenedOffset + 44, hardenedOffset + 60, hardenedOffset, 0, 7}},
		{path: "m/0H/2147483647", want: []uint32{hardenedOffset, 2147483647}},
		{path: "", wantErr: true},
		{path: "44'/60'", wantErr: true},
		{path: "m/", wantErr: true},
		{path: "m/x", wantErr: true},
		{path: "m/2147483648", wantErr: true},
		{path: "m/-1", wantErr: true},
	}
	for _, tt := range tests {
		got, err := parsePath(tt.path)
		if tt.wantErr {
			if !errors.Is(err, errInvalidPath) {
				t.Errorf("parsePath(%q) error = %v, want errInvalidPath", tt.path, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("parsePath(%q): %v", tt.path, err)
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("parsePath(%q) = %v, want %v", tt.path, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("parsePath(%q) = %v, want %v", tt.path, got, tt.want)
				break
			}
		}
	}
}

// TestHDFromDigestRejectsInvalid checks the two cases BIP-32 declares
// invalid: I_L >= n and a zero resulting key.
func TestHDFromDigestRejectsInvalid(t *testing.T) {
	n := crypto.S256().Params().N
	sum := make([]byte, 64)
	n.FillBytes(sum[:32])
	if _, err := hdFromDigest(sum, big.NewInt(1)); !errors.Is(err, errInvalidHDKey) {
		t.Errorf("I_L = n: error = %v, want errInvalidHDKey", err)
	}
	new(big.Int).Sub(n, big.NewInt(5)).FillBytes(sum[:32])
	if _, err := hdFromDigest(sum, big.NewInt(5)); !errors.Is(err, errInvalidHDKey) {
		t.Errorf("I_L + parent = n: error = %v, want errInvalidHDKey", err)
	}
	if k, err := hdFromDigest(sum, big.NewInt(6)); err != nil || new(big.Int).SetBytes(k.key[:]).Cmp(big.NewInt(1)) != 0 {
		t.Errorf("I_L + parent = n+1: key %x, err %v; want key 1", k.key, err)
	}
}

func hash160(b []byte) []byte {
	sha := sha256.Sum256(b)
	r := ripemd160.New()
	r.Write(sha[:])
	return r.Sum(nil)
}

// decodeExtendedKey base58check-decodes a serialized extended key into its
// 78 bytes.
func decodeExtendedKey(t *testing.T, s string) []byte {
	t.Helper()
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	v := new(big.Int)
	for _, c := range s {
		d := strings.IndexRune(alphabet, c)
		if d < 0 {
			t.Fatalf("bad base58 character %q", c)
		}
		v.Mul(v, big.NewInt(58)).Add(v, big.NewInt(int64(d)))
	}
	raw := v.FillBytes(make([]byte, 82)) // extended keys have no leading zero bytes
	payload, check := raw[:78], raw[78:]
	first := sha256.Sum256(payload)
	second := sha256.Sum256(first[:])
	if !bytes.Equal(second[:4], check) {
		t.Fatalf("bad base58 checksum in %s", s)
	}
	return payload
}

// TestDeriveKeyTrezorFixture checks DeriveKey against the addresses of
// trezor-firmware common/tests/fixtures/ethereum/getaddress.json (commit
// 6ee176c5), derived on devices from the standard test mnemonic.
func TestDeriveKeyTrezorFixture(t *testing.T) {
	const mnemonic = "all all all all all all all all all all all all"
	tests := []struct{ path, address string }{
		{"m/44'/60'/0'", "0xdA0b608bdb1a4A154325C854607c68950b4F1a34"},
		{"m/44'/60'/0'/0/0", "0x73d0385F4d8E00C5e6504C6030F47BF6212736A8"},
		{"m/44'/60'/0'/0/100", "0x1e6E3708a059aEa1241a81c7aAe84b6CDbC54d59"},
		{"m/44'/61'/0'/0/0", "0xF410e37E9C8BCf8CF319c84Ae9dCEbe057804a04"},
	}
	for _, tt := range tests {
		key, err := DeriveKey(mnemonic, "", tt.path)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if got := crypto.PubkeyToAddress(key.PublicKey).Hex(); got != tt.address {
			t.Errorf("%s: address %s, want %s", tt.path, got, tt.address)
		}
	}
	if _, err := DeriveKey(mnemonic, "", "44'/60'"); err == nil {
		t.Error("a path without m/ was accepted")
	}
}
