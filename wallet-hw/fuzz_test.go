package wallethw

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// scriptedTransport is a device that answers every read with the next
// ReportSize bytes of a script (zero-padded) and fails once the script is
// used up; writes are accepted and ignored.
type scriptedTransport struct{ script []byte }

func (s *scriptedTransport) Write(p []byte) (int, error) { return len(p), nil }

func (s *scriptedTransport) Read(p []byte) (int, error) {
	if len(s.script) == 0 {
		return 0, io.ErrUnexpectedEOF
	}
	clear(p[:ReportSize])
	n := copy(p[:ReportSize], s.script)
	s.script = s.script[n:]
	return ReportSize, nil
}

func (s *scriptedTransport) Close() error { return nil }

// exerciseSigner runs every operation of s once; the fuzz targets only
// require that nothing panics and that errors are errors.
func exerciseSigner(s Signer) {
	ctx := context.Background()
	to := common.HexToAddress("0xaa")
	s.SignTx(ctx, types.NewTx(&types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(1), Gas: 21000, To: &to}), big.NewInt(1337))
	s.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to}), big.NewInt(1337))
	s.SignPersonal(ctx, []byte("fuzz"))
	s.SignTypedData(ctx, testOrder(1337, to))
	s.Close()
}

func ledgerReplyReports(t testing.TB, hexReplies ...string) []byte {
	var out []byte
	for _, h := range hexReplies {
		msg, err := hex.DecodeString(h)
		if err != nil {
			t.Fatal(err)
		}
		reports, err := ledgerFrame(msg)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range reports {
			out = append(out, r...)
		}
	}
	return out
}

// FuzzLedgerReplies feeds arbitrary device replies to the Ledger driver:
// every outcome must be an error or a valid signer, never a panic.
func FuzzLedgerReplies(f *testing.F) {
	path, _ := accounts.ParseDerivationPath(DefaultDerivationPath)
	// A well-formed opening (app 1.9.19, the getAddress recording of
	// testdata/ledger/get-address.apdus), then a rejection.
	f.Add(ledgerReplyReports(f,
		"010109139000",
		"4104df00ad3869baad7ce54f4d560ba7f268d542df8f2679a5898d78a690c3db8f9833d2973671cb14b088e91bdf7c0ab00029a576473c0e12f84d252e630bb3809b28436241393833363265313939633431453138363444303932334146393634366433413634383435319000",
		"6985"))
	f.Add(ledgerReplyReports(f, "9000", "9000"))
	f.Add([]byte{0x01, 0x01, 0x05, 0x00, 0x00, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, script []byte) {
		s, err := NewLedger(context.Background(), &scriptedTransport{script: bytes.Clone(script)}, path, Options{})
		if err != nil {
			if s != nil {
				t.Fatal("NewLedger returned a signer with an error")
			}
			return
		}
		exerciseSigner(s)
	})
}

func trezorReplyReports(t testing.TB, msgs ...trezorMessage) []byte {
	var buf bytes.Buffer
	for _, m := range msgs {
		if err := writeTrezorMessage(&buf, m.kind(), m.marshal()); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// FuzzTrezorReplies feeds arbitrary device replies to the Trezor driver.
func FuzzTrezorReplies(f *testing.F) {
	path, _ := accounts.ParseDerivationPath(DefaultDerivationPath)
	f.Add(trezorReplyReports(f,
		&trezorFeaturesMsg{Vendor: "trezor.io", Major: 2, Minor: 8, Patch: 1, Initialized: true, Model: "T"},
		&trezorAddressMsg{Address: "0x73d0385F4d8E00C5e6504C6030F47BF6212736A8"}))
	f.Add(trezorReplyReports(f, &trezorFeaturesMsg{Major: 1, Minor: 9, Initialized: true, Model: "1"}))
	f.Add([]byte("?##\x00\x11\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, script []byte) {
		s, err := NewTrezor(context.Background(), &scriptedTransport{script: bytes.Clone(script)}, path, Options{})
		if err != nil {
			if s != nil {
				t.Fatal("NewTrezor returned a signer with an error")
			}
			return
		}
		exerciseSigner(s)
	})
}

// FuzzClefRules parses arbitrary rules files: an error or rules, never a
// panic, and rules that loaded match a request without panicking.
func FuzzClefRules(f *testing.F) {
	blob, err := os.ReadFile(filepath.Join("testdata", "clef", "rules.example.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(blob)
	f.Add([]byte(`{"rules":[{"approve":true}]}`))
	f.Add([]byte(`{"rules":[{"maxValue":"1e999ether","approve":false}]}`))
	f.Fuzz(func(t *testing.T, blob []byte) {
		rules, err := ParseRules(blob)
		if err != nil {
			return
		}
		to := common.HexToAddress("0x7e57000000000000000000000000000000000712")
		rules.Match(&ClefRequest{Method: MethodSignTransaction,
			Tx: types.NewTx(&types.LegacyTx{To: &to, Value: big.NewInt(1), Gas: 21000})})
		rules.Match(&ClefRequest{Method: MethodList})
	})
}
