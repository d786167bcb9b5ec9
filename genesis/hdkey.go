package genesis

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// BIP-32 / BIP-39 constants.
const (
	// hardenedOffset is the first hardened child index (2^31).
	hardenedOffset = 1 << 31
	// bip39Iterations is the PBKDF2 iteration count of BIP-39 seeds.
	bip39Iterations = 2048
	// bip39SeedLength is the size of a BIP-39 seed.
	bip39SeedLength = 64
	// bip32MasterKey is the HMAC key of BIP-32 master key generation.
	bip32MasterKey = "Bitcoin seed"
)

// Errors returned by the key derivation.
var (
	errInvalidHDKey = errors.New("hd derivation: derived key is invalid (zero or not below the curve order)")
	errInvalidPath  = errors.New("hd derivation: invalid path")
)

// mnemonicSeed is the BIP-39 seed of a mnemonic and passphrase:
// PBKDF2-HMAC-SHA512(mnemonic, "mnemonic"+passphrase, 2048, 64 bytes).
// Both are used as given: BIP-39's NFKD normalisation is the identity on
// ASCII, the only input here.
func mnemonicSeed(mnemonic, passphrase string) ([]byte, error) {
	seed, err := pbkdf2.Key(sha512.New, mnemonic, []byte("mnemonic"+passphrase), bip39Iterations, bip39SeedLength)
	if err != nil {
		return nil, fmt.Errorf("bip39 seed: %w", err)
	}
	return seed, nil
}

// hdKey is a BIP-32 extended private key over secp256k1.
type hdKey struct {
	key       [32]byte // private key, big-endian
	chainCode [32]byte
}

// hdMaster derives the master key of a seed.
func hdMaster(seed []byte) (hdKey, error) {
	mac := hmac.New(sha512.New, []byte(bip32MasterKey))
	mac.Write(seed)
	return hdFromDigest(mac.Sum(nil), new(big.Int))
}

// child derives child i (hardened when i >= 2^31) with BIP-32's CKDpriv.
func (k hdKey) child(i uint32) (hdKey, error) {
	mac := hmac.New(sha512.New, k.chainCode[:])
	if i >= hardenedOffset {
		mac.Write([]byte{0})
		mac.Write(k.key[:])
	} else {
		mac.Write(k.publicKey())
	}
	var index [4]byte
	binary.BigEndian.PutUint32(index[:], i)
	mac.Write(index[:])
	return hdFromDigest(mac.Sum(nil), new(big.Int).SetBytes(k.key[:]))
}

// hdFromDigest splits an HMAC-SHA512 output I into key (I_L + parent) mod n
// and chain code I_R, rejecting the invalid cases BIP-32 names.
func hdFromDigest(sum []byte, parent *big.Int) (hdKey, error) {
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return hdKey{}, errInvalidHDKey
	}
	il.Add(il, parent).Mod(il, n)
	if il.Sign() == 0 {
		return hdKey{}, errInvalidHDKey
	}
	var out hdKey
	il.FillBytes(out.key[:])
	copy(out.chainCode[:], sum[32:])
	return out, nil
}

// publicKey is the compressed (33-byte) public key.
func (k hdKey) publicKey() []byte {
	priv, err := crypto.ToECDSA(k.key[:])
	if err != nil {
		panic(fmt.Sprintf("hd derivation: a derived key is always valid: %v", err))
	}
	return crypto.CompressPubkey(&priv.PublicKey)
}

// derive follows a path of child indexes from k.
func (k hdKey) derive(path []uint32) (hdKey, error) {
	for _, i := range path {
		var err error
		if k, err = k.child(i); err != nil {
			return hdKey{}, err
		}
	}
	return k, nil
}

// parsePath parses "m/44'/60'/0'/0/1" (hardened with ' or H) into indexes.
func parsePath(path string) ([]uint32, error) {
	parts := strings.Split(path, "/")
	if parts[0] != "m" {
		return nil, fmt.Errorf("%w %q: must start with m", errInvalidPath, path)
	}
	out := make([]uint32, 0, len(parts)-1)
	for _, p := range parts[1:] {
		var offset uint32
		if s, ok := strings.CutSuffix(p, "'"); ok {
			p, offset = s, hardenedOffset
		} else if s, ok := strings.CutSuffix(p, "H"); ok {
			p, offset = s, hardenedOffset
		}
		i, err := strconv.ParseUint(p, 10, 32)
		if err != nil || i >= hardenedOffset {
			return nil, fmt.Errorf("%w %q: bad component %q", errInvalidPath, path, p)
		}
		out = append(out, uint32(i)+offset)
	}
	return out, nil
}

// DeriveKey returns the secp256k1 key at path ("m/44'/60'/0'/0/0") of the
// BIP-39 mnemonic with the given passphrase, as hardware wallets derive it.
func DeriveKey(mnemonic, passphrase, path string) (*ecdsa.PrivateKey, error) {
	indexes, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	seed, err := mnemonicSeed(mnemonic, passphrase)
	if err != nil {
		return nil, err
	}
	master, err := hdMaster(seed)
	if err != nil {
		return nil, fmt.Errorf("deriving %s: %w", path, err)
	}
	k, err := master.derive(indexes)
	if err != nil {
		return nil, fmt.Errorf("deriving %s: %w", path, err)
	}
	key, err := crypto.ToECDSA(k.key[:])
	if err != nil {
		return nil, fmt.Errorf("deriving %s: %w", path, err)
	}
	return key, nil
}
