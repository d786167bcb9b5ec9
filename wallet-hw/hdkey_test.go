package wallethw

import (
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/xiangchain/xiangchain/genesis"
)

// hdKey returns the secp256k1 key at path under mnemonic and passphrase, as
// a hardware wallet derives it (genesis.DeriveKey is checked against
// Trezor's getaddress fixture).
func hdKey(t testing.TB, mnemonic, passphrase string, path []uint32) *ecdsa.PrivateKey {
	t.Helper()
	key, err := genesis.DeriveKey(mnemonic, passphrase, accounts.DerivationPath(path).String())
	if err != nil {
		t.Fatalf("deriving %v: %v", path, err)
	}
	return key
}
