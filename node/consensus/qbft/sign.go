package qbft

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Domain tags that separate what a validator key signs (DESIGN.md §4).
const (
	commitDomain  = "xiang/qbft/commit/v1"
	messageDomain = "xiang/qbft/msg/v1"
)

// secp256k1HalfN is n/2; signatures with s above it are rejected (low-S rule).
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Errors returned when a signature is malformed.
var (
	ErrSignatureLength = errors.New("qbft: signature must be 65 bytes")
	ErrSignatureV      = errors.New("qbft: signature recovery id must be 0 or 1")
	ErrSignatureHighS  = errors.New("qbft: signature s value is not in the lower half of the curve order")
)

// CommitSealHash is the digest a commit seal signs:
// keccak256(RLP(["xiang/qbft/commit/v1", chainId, blockHash, round])).
func CommitSealHash(chainID *big.Int, blockHash common.Hash, round uint64) common.Hash {
	b, err := rlp.EncodeToBytes([]any{commitDomain, chainID, blockHash, round})
	if err != nil {
		panic(fmt.Sprintf("qbft: encoding commit seal digest: %v", err))
	}
	return crypto.Keccak256Hash(b)
}

// MessageHash is the digest a consensus message signs:
// keccak256(RLP(["xiang/qbft/msg/v1", chainId, genesisHash, code, payload])),
// where payload is the message's unsigned RLP payload embedded as one item.
func MessageHash(chainID *big.Int, genesis common.Hash, code uint64, payload []byte) common.Hash {
	b, err := rlp.EncodeToBytes([]any{messageDomain, chainID, genesis, code, rlp.RawValue(payload)})
	if err != nil {
		panic(fmt.Sprintf("qbft: encoding message digest: %v", err))
	}
	return crypto.Keccak256Hash(b)
}

// MixDigest is the mixDigest a header must carry:
// keccak256(RLP([parent.mixDigest, parentCommit])). It is not randomness.
func MixDigest(parentMix common.Hash, parentCommit *CommitCertificate) common.Hash {
	b, err := rlp.EncodeToBytes([]any{parentMix, rlp.RawValue(EncodeCommit(parentCommit))})
	if err != nil {
		panic(fmt.Sprintf("qbft: encoding mixDigest: %v", err))
	}
	return crypto.Keccak256Hash(b)
}

// RecoverSigner returns the address that produced sig over hash, enforcing
// the 65-byte, v ∈ {0,1}, low-S form.
func RecoverSigner(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SealLength {
		return common.Address{}, ErrSignatureLength
	}
	if sig[64] > 1 {
		return common.Address{}, ErrSignatureV
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrSignatureHighS
	}
	pub, err := crypto.SigToPub(hash[:], sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("qbft: recovering signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ValidatorKey is what a validator signs with. It signs commit seals and
// consensus messages only, never arbitrary hashes, so a validator key (in a
// keystore or an HSM) cannot be used to sign transactions or other data.
type ValidatorKey interface {
	// Address is the validator's address.
	Address() common.Address
	// SignCommitSeal signs CommitSealHash(chainID, blockHash, round).
	SignCommitSeal(chainID *big.Int, blockHash common.Hash, round uint64) ([]byte, error)
	// SignMessage signs MessageHash(chainID, genesis, code, payload).
	SignMessage(chainID *big.Int, genesis common.Hash, code uint64, payload []byte) ([]byte, error)
}

// KeyFromECDSA returns a ValidatorKey backed by an in-memory private key
// (loaded from a keystore or a raw node key file).
func KeyFromECDSA(key *ecdsa.PrivateKey) ValidatorKey {
	return &ecdsaKey{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

type ecdsaKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (k *ecdsaKey) Address() common.Address { return k.addr }

func (k *ecdsaKey) SignCommitSeal(chainID *big.Int, blockHash common.Hash, round uint64) ([]byte, error) {
	h := CommitSealHash(chainID, blockHash, round)
	return crypto.Sign(h[:], k.key)
}

func (k *ecdsaKey) SignMessage(chainID *big.Int, genesis common.Hash, code uint64, payload []byte) ([]byte, error) {
	h := MessageHash(chainID, genesis, code, payload)
	return crypto.Sign(h[:], k.key)
}
