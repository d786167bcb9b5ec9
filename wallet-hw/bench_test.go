package wallethw

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkSignPKCS11 measures signatures per second through PKCS#11
// (SoftHSM2): token signature, low-S normalisation and v recovery.
func BenchmarkSignPKCS11(b *testing.B) {
	benchmarkSign(b, newHSMSigner(b, Options{AllowHashSigning: true}))
}

// BenchmarkSignKeystore measures the same with an in-process key.
func BenchmarkSignKeystore(b *testing.B) {
	s, _ := newKeystoreSigner(b, Options{AllowHashSigning: true})
	benchmarkSign(b, s)
}

func benchmarkSign(b *testing.B, s Signer) {
	ctx := context.Background()
	hash := crypto.Keccak256Hash([]byte("benchmark"))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		hash[0] = byte(i)
		if _, err := s.SignHash(ctx, hash); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sigs/s")
}
