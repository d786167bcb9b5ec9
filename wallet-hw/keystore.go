package wallethw

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keystoreKey is the keystore: driver: a go-ethereum encrypted JSON key file,
// decrypted once at Open and held in memory until Close.
type keystoreKey struct {
	mu   sync.RWMutex
	key  *ecdsa.PrivateKey // nil once closed
	addr common.Address
}

func openKeystore(path string, opts Options) (Signer, error) {
	if path == "" {
		return nil, fmt.Errorf("%w: keystore: needs a file path", ErrInvalidURI)
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading keystore file: %w", err)
	}
	pass, err := secret(opts.Password, opts.PasswordEnv, DefaultPasswordEnv, "keystore password for "+path, opts.Prompt)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(blob, pass)
	if err != nil {
		return nil, fmt.Errorf("decrypting keystore file %s: %w", path, err)
	}
	return &wallet{d: &keystoreKey{key: key.PrivateKey, addr: key.Address}, allowHash: opts.AllowHashSigning}, nil
}

func (k *keystoreKey) address() common.Address { return k.addr }

func (k *keystoreKey) signDigest(_ context.Context, hash common.Hash) ([]byte, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if k.key == nil {
		return nil, ErrClosed
	}
	return crypto.Sign(hash[:], k.key)
}

func (k *keystoreKey) close() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.key != nil {
		k.key.D.SetInt64(0)
		k.key = nil
	}
	return nil
}
