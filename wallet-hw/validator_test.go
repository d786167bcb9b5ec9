package wallethw

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// TestValidatorKey signs a commit seal and a consensus message through each
// driver and checks qbft.RecoverSigner (65 bytes, v ∈ {0,1}, low S) accepts
// them; without AllowHashSigning the adapter must refuse.
func TestValidatorKey(t *testing.T) {
	ks, _ := newKeystoreSigner(t, Options{AllowHashSigning: true})
	hsm := newHSMSigner(t, Options{AllowHashSigning: true})
	chainID, block := big.NewInt(1337), common.Hash{0xb1}
	for _, s := range []Signer{ks, hsm} {
		key := ValidatorKey(s)
		seal, err := key.SignCommitSeal(chainID, block, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := qbft.RecoverSigner(qbft.CommitSealHash(chainID, block, 3), seal); err != nil || got != s.Address() {
			t.Errorf("commit seal recovers %v, %v; want %v", got, err, s.Address())
		}
		msg, err := key.SignMessage(chainID, common.Hash{0x9e}, 1, []byte{0xc0})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := qbft.RecoverSigner(qbft.MessageHash(chainID, common.Hash{0x9e}, 1, []byte{0xc0}), msg); err != nil || got != s.Address() {
			t.Errorf("message recovers %v, %v; want %v", got, err, s.Address())
		}
	}
	plain, _ := newKeystoreSigner(t, Options{})
	if _, err := ValidatorKey(plain).SignCommitSeal(chainID, block, 0); !errors.Is(err, ErrHashSigningDisabled) {
		t.Errorf("without AllowHashSigning: %v, want ErrHashSigningDisabled", err)
	}
}
