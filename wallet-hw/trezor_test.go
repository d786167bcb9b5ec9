package wallethw

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	gethtrezor "github.com/ethereum/go-ethereum/accounts/usbwallet/trezor"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/genesis"
	"google.golang.org/protobuf/proto"
)

// trezorFixture is the shape of trezor-firmware's fixture files.
type trezorFixture[P, R any] struct {
	Setup struct {
		Mnemonic   string `json:"mnemonic"`
		Passphrase string `json:"passphrase"`
	} `json:"setup"`
	Tests []struct {
		Name       string `json:"name"`
		Parameters P      `json:"parameters"`
		Result     R      `json:"result"`
	} `json:"tests"`
}

func loadTrezorFixture[P, R any](t *testing.T, name string) trezorFixture[P, R] {
	t.Helper()
	blob, err := os.ReadFile(filepath.Join("testdata", "trezor", name))
	if err != nil {
		t.Fatal(err)
	}
	var fx trezorFixture[P, R]
	if err := json.Unmarshal(blob, &fx); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(fx.Tests) == 0 {
		t.Fatalf("%s has no cases", name)
	}
	return fx
}

type trezorTxResult struct {
	V uint64 `json:"sig_v"`
	R string `json:"sig_r"`
	S string `json:"sig_s"`
}

// TestTrezorGoldenAddresses checks the address of every fixture path.
func TestTrezorGoldenAddresses(t *testing.T) {
	fx := loadTrezorFixture[struct{ Path string }, struct{ Address string }](t, "getaddress.json")
	for _, tc := range fx.Tests {
		t.Run(tc.Parameters.Path, func(t *testing.T) {
			s := openFakeTrezor(t, newFakeTrezor(t, fx.Setup.Mnemonic), tc.Parameters.Path, Options{})
			if got := s.Address(); got.Hex() != tc.Result.Address {
				t.Fatalf("address %s, want %s", got.Hex(), tc.Result.Address)
			}
		})
	}
}

// TestTrezorGoldenSignTx signs the legacy fixtures, including contract
// creation and 4099 bytes of calldata sent in 1024-byte chunks.
func TestTrezorGoldenSignTx(t *testing.T) {
	type params struct {
		Data     string `json:"data"`
		Path     string `json:"path"`
		To       string `json:"to_address"`
		ChainID  uint64 `json:"chain_id"`
		Nonce    string `json:"nonce"`
		GasPrice string `json:"gas_price"`
		GasLimit string `json:"gas_limit"`
		Value    string `json:"value"`
		TxType   *int   `json:"tx_type"`
	}
	fx := loadTrezorFixture[params, trezorTxResult](t, "sign_tx.json")
	ran := 0
	for _, tc := range fx.Tests {
		if tc.Parameters.TxType != nil {
			// The firmware prepends tx_type to the signed RLP list (a
			// Wanchain format); such a signature is not valid for any
			// Ethereum transaction, and the driver never sends tx_type.
			continue
		}
		ran++
		t.Run(tc.Name, func(t *testing.T) {
			p := tc.Parameters
			tx := types.NewTx(&types.LegacyTx{
				Nonce: hexutil.MustDecodeBig(p.Nonce).Uint64(), GasPrice: hexutil.MustDecodeBig(p.GasPrice),
				Gas: hexutil.MustDecodeBig(p.GasLimit).Uint64(), To: trezorFixtureTo(p.To),
				Value: hexutil.MustDecodeBig(p.Value), Data: common.FromHex(p.Data),
			})
			fake := newFakeTrezor(t, fx.Setup.Mnemonic)
			s := openFakeTrezor(t, fake, p.Path, Options{})
			signed, err := s.SignTx(context.Background(), tx, new(big.Int).SetUint64(p.ChainID))
			if err != nil {
				t.Fatal(err)
			}
			checkTrezorTxSig(t, signed, tc.Result)
			wantAcks := 0
			if n := len(tx.Data()); n > trezorChunkSize {
				wantAcks = (n - 1) / trezorChunkSize
			}
			if got := fake.count(trezorEthereumTxAck); got != wantAcks {
				t.Errorf("%d TxAck chunks for %d bytes of calldata, want %d", got, len(tx.Data()), wantAcks)
			}
		})
	}
	if ran < 6 {
		t.Fatalf("only %d legacy fixture cases ran", ran)
	}
}

// TestTrezorGoldenSignTxEIP1559 signs the EIP-1559 fixtures, including a
// chain id above 2^31 and fees above 2^64.
func TestTrezorGoldenSignTxEIP1559(t *testing.T) {
	type params struct {
		Data           string `json:"data"`
		Path           string `json:"path"`
		To             string `json:"to_address"`
		ChainID        uint64 `json:"chain_id"`
		Nonce          string `json:"nonce"`
		GasLimit       string `json:"gas_limit"`
		MaxGasFee      string `json:"max_gas_fee"`
		MaxPriorityFee string `json:"max_priority_fee"`
		Value          string `json:"value"`
	}
	fx := loadTrezorFixture[params, trezorTxResult](t, "sign_tx_eip1559.json")
	for _, tc := range fx.Tests {
		t.Run(tc.Name, func(t *testing.T) {
			p := tc.Parameters
			chainID := new(big.Int).SetUint64(p.ChainID)
			tx := types.NewTx(&types.DynamicFeeTx{
				ChainID: chainID, Nonce: hexutil.MustDecodeBig(p.Nonce).Uint64(),
				GasTipCap: hexutil.MustDecodeBig(p.MaxPriorityFee), GasFeeCap: hexutil.MustDecodeBig(p.MaxGasFee),
				Gas: hexutil.MustDecodeBig(p.GasLimit).Uint64(), To: trezorFixtureTo(p.To),
				Value: hexutil.MustDecodeBig(p.Value), Data: common.FromHex(p.Data),
			})
			fake := newFakeTrezor(t, fx.Setup.Mnemonic)
			s := openFakeTrezor(t, fake, p.Path, Options{})
			signed, err := s.SignTx(context.Background(), tx, chainID)
			if err != nil {
				t.Fatal(err)
			}
			checkTrezorTxSig(t, signed, tc.Result)
			if fake.count(trezorEthereumSignTxEIP1559) != 1 || fake.count(trezorEthereumSignTx) != 0 {
				t.Errorf("device received %v, want one EthereumSignTxEIP1559", fake.receivedKinds())
			}
		})
	}
}

func trezorFixtureTo(s string) *common.Address {
	if s == "" {
		return nil
	}
	to := common.HexToAddress(s)
	return &to
}

func checkTrezorTxSig(t *testing.T, tx *types.Transaction, want trezorTxResult) {
	t.Helper()
	v, r, s := tx.RawSignatureValues()
	if v.Uint64() != want.V || !bytes.Equal(common.LeftPadBytes(r.Bytes(), 32), common.FromHex(want.R)) ||
		!bytes.Equal(common.LeftPadBytes(s.Bytes(), 32), common.FromHex(want.S)) {
		t.Fatalf("signature v=%d r=%x s=%x, want v=%d r=%s s=%s", v, r, s, want.V, want.R, want.S)
	}
}

// TestTrezorGoldenSignMessage checks personal_sign signatures.
func TestTrezorGoldenSignMessage(t *testing.T) {
	type params struct{ Msg, Path string }
	type result struct{ Address, Sig string }
	fx := loadTrezorFixture[params, result](t, "signmessage.json")
	fake := newFakeTrezor(t, fx.Setup.Mnemonic)
	s := openFakeTrezor(t, fake, fx.Tests[0].Parameters.Path, Options{})
	for _, tc := range fx.Tests {
		name := tc.Parameters.Msg
		if len(name) > 30 {
			name = name[:30]
		}
		t.Run(name, func(t *testing.T) {
			if s.Address().Hex() != tc.Result.Address || tc.Parameters.Path != fx.Tests[0].Parameters.Path {
				t.Fatalf("fixture case for %s at %s, signer is %s", tc.Result.Address, tc.Parameters.Path, s.Address().Hex())
			}
			sig, err := s.SignPersonal(context.Background(), []byte(tc.Parameters.Msg))
			if err != nil {
				t.Fatal(err)
			}
			if got := hex.EncodeToString(sig); got != tc.Result.Sig {
				t.Fatalf("signature %s, want %s", got, tc.Result.Sig)
			}
		})
	}
}

// TestTrezorGoldenTypedData signs the EIP-712 fixtures through the full
// typed-data flow (model T) and the hash flow (Trezor One); both must give
// the firmware's signature.
func TestTrezorGoldenTypedData(t *testing.T) {
	type params struct {
		Path            string             `json:"path"`
		Data            apitypes.TypedData `json:"data"`
		MessageHash     *string            `json:"message_hash"`
		DomainSeparator string             `json:"domain_separator_hash"`
	}
	type result struct{ Address, Sig string }
	fx := loadTrezorFixture[params, result](t, "sign_typed_data.json")
	models := []struct {
		name      string
		configure func(*fakeTrezor)
		wantMsg   uint16
	}{
		{"modelT", func(*fakeTrezor) {}, trezorEthereumSignTypedData},
		{"one", trezorOne, trezorEthereumSignTypedHash},
	}
	for _, tc := range fx.Tests {
		_, domainHash, messageHash, err := trezorTypedDigest(tc.Parameters.Data)
		if err != nil {
			t.Fatalf("%s: %v", tc.Name, err)
		}
		if got := hexutil.Encode(domainHash); got != tc.Parameters.DomainSeparator {
			t.Fatalf("%s: domain separator %s, fixture says %s", tc.Name, got, tc.Parameters.DomainSeparator)
		}
		if wantMsg := tc.Parameters.MessageHash; (wantMsg == nil) != (messageHash == nil) || (wantMsg != nil && hexutil.Encode(messageHash) != *wantMsg) {
			t.Fatalf("%s: message hash %x, fixture says %v", tc.Name, messageHash, wantMsg)
		}
		for _, m := range models {
			t.Run(tc.Name+"/"+m.name, func(t *testing.T) {
				fake := newFakeTrezor(t, fx.Setup.Mnemonic, m.configure)
				var notes []string
				s := openFakeTrezor(t, fake, tc.Parameters.Path, Options{Notify: func(n string) { notes = append(notes, n) }})
				sig, err := s.SignTypedData(context.Background(), tc.Parameters.Data)
				if err != nil {
					t.Fatal(err)
				}
				if got := hexutil.Encode(sig); got != tc.Result.Sig {
					t.Fatalf("signature %s, want %s", got, tc.Result.Sig)
				}
				if fake.count(m.wantMsg) != 1 {
					t.Errorf("device received %v, want message %d", fake.receivedKinds(), m.wantMsg)
				}
				blind := strings.Contains(strings.Join(notes, "\n"), "blind")
				if blind != (m.wantMsg == trezorEthereumSignTypedHash) {
					t.Errorf("notices %q: blind-signing warning = %v", notes, blind)
				}
			})
		}
	}
}

// TestTrezorFraming checks the report layout and reassembly.
func TestTrezorFraming(t *testing.T) {
	for _, size := range []int{0, 1, 55, 56, 118, 119, 1000} {
		payload := make([]byte, size)
		for i := range payload {
			payload[i] = byte(i*7 + 1)
		}
		var wire bytes.Buffer
		if err := writeTrezorMessage(&wire, 0x1c4, payload); err != nil {
			t.Fatal(err)
		}
		reports := (8 + size + 62) / 63 // 63 bytes after each '?'; 8 of them are the header
		if wire.Len() != reports*ReportSize {
			t.Fatalf("%d-byte payload: %d bytes on the wire, want %d reports", size, wire.Len(), reports)
		}
		raw := wire.Bytes()
		if !bytes.HasPrefix(raw, []byte{'?', '#', '#', 0x01, 0xc4}) || binary.BigEndian.Uint32(raw[5:9]) != uint32(size) {
			t.Fatalf("%d-byte payload: header %x", size, raw[:9])
		}
		for i := 0; i < reports; i++ {
			if raw[i*ReportSize] != '?' {
				t.Fatalf("report %d starts with %q", i, raw[i*ReportSize])
			}
		}
		kind, got, err := readTrezorMessage(&trezorReportStream{data: raw})
		if err != nil || kind != 0x1c4 || !bytes.Equal(got, payload) {
			t.Fatalf("%d-byte payload: read back kind %d, %d bytes, %v", size, kind, len(got), err)
		}
	}
	// A hand-built two-report message: 60 bytes of payload, 55 in the
	// first report and 5 in the second, zero padded.
	payload := bytes.Repeat([]byte{0xab}, 60)
	first := append([]byte{'?', '#', '#', 0x00, 0x3b, 0, 0, 0, 60}, payload[:55]...)
	second := append([]byte{'?'}, payload[55:]...)
	second = append(second, make([]byte, ReportSize-len(second))...)
	var wire bytes.Buffer
	if err := writeTrezorMessage(&wire, trezorEthereumTxRequest, payload); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wire.Bytes(), append(first, second...)) {
		t.Fatalf("frames\n%x\nwant\n%x", wire.Bytes(), append(first, second...))
	}
}

// trezorReportStream returns ReportSize-byte reports from data.
type trezorReportStream struct{ data []byte }

func (r *trezorReportStream) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data[:min(len(r.data), ReportSize)])
	r.data = r.data[min(len(r.data), ReportSize):]
	return n, nil
}

func (r *trezorReportStream) Write(p []byte) (int, error) { return len(p), nil }
func (r *trezorReportStream) Close() error                { return nil }

func trezorReport(b ...byte) []byte { return append(b, make([]byte, ReportSize-len(b))...) }

// TestTrezorFramingCorrupt feeds malformed reports to the reader.
func TestTrezorFramingCorrupt(t *testing.T) {
	tests := []struct {
		name    string
		reports [][]byte
	}{
		{"no magic", [][]byte{trezorReport('#', '#', '#', 0, 3, 0, 0, 0, 0)}},
		{"no hashes", [][]byte{trezorReport('?', '#', 'x', 0, 3, 0, 0, 0, 0)}},
		{"short first report", [][]byte{{'?', '#', '#', 0}}},
		{"empty read", [][]byte{{}}},
		{"huge length", [][]byte{trezorReport('?', '#', '#', 0, 3, 0x7f, 0xff, 0xff, 0xff)}},
		{"continuation without magic", [][]byte{trezorReport('?', '#', '#', 0, 3, 0, 0, 0, 100), trezorReport('#', 1, 2, 3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := readTrezorMessage(&trezorScript{reports: tt.reports})
			if !errors.Is(err, ErrDeviceProtocol) {
				t.Fatalf("err = %v, want ErrDeviceProtocol", err)
			}
		})
	}
	// A stream that ends mid-message is an I/O error, not a hang.
	if _, _, err := readTrezorMessage(&trezorReportStream{data: trezorReport('?', '#', '#', 0, 3, 0, 0, 1, 0)}); err == nil {
		t.Fatal("truncated message read without error")
	}
}

// trezorScript answers the driver with fixed reports, whatever it sends.
type trezorScript struct {
	reports [][]byte
	writes  int
	closed  bool
}

func (s *trezorScript) Read(p []byte) (int, error) {
	if len(s.reports) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.reports[0])
	s.reports = s.reports[1:]
	return n, nil
}

func (s *trezorScript) Write(p []byte) (int, error) { s.writes++; return len(p), nil }
func (s *trezorScript) Close() error                { s.closed = true; return nil }

// trezorFrames returns the reports of one message.
func trezorFrames(t *testing.T, m trezorMessage) [][]byte {
	t.Helper()
	var wire bytes.Buffer
	if err := writeTrezorMessage(&wire, m.kind(), m.marshal()); err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for wire.Len() > 0 {
		out = append(out, wire.Next(ReportSize))
	}
	return out
}

func trezorRawFrames(t *testing.T, kind uint16, payload []byte) [][]byte {
	t.Helper()
	var wire bytes.Buffer
	if err := writeTrezorMessage(&wire, kind, payload); err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for wire.Len() > 0 {
		out = append(out, wire.Next(ReportSize))
	}
	return out
}

// TestTrezorBadReplies opens the driver against devices that answer
// nonsense: each must fail with ErrDeviceProtocol and never panic.
func TestTrezorBadReplies(t *testing.T) {
	features := trezorFrames(t, &trezorFeaturesMsg{Vendor: "trezor.io", Major: 2, Minor: 8, Model: "T", Initialized: true})
	tests := []struct {
		name    string
		reports [][]byte
	}{
		{"features not protobuf", trezorRawFrames(t, trezorFeatures, []byte{0x0a, 0x20, 0x01})},
		{"features wrong wire type", trezorRawFrames(t, trezorFeatures, []byte{0x10 | 2, 1, 1})},
		{"unexpected message", trezorFrames(t, &trezorTxAckMsg{DataChunk: []byte{1}})},
		{"address not hex", append(append([][]byte{}, features...), trezorFrames(t, &trezorAddressMsg{Address: "0xnothex"})...)},
		{"address missing", append(append([][]byte{}, features...), trezorFrames(t, &trezorAddressMsg{})...)},
		{"old address wrong length", append(append([][]byte{}, features...), trezorFrames(t, &trezorAddressMsg{OldAddress: []byte{1, 2}})...)},
		{"failure data error", append(append([][]byte{}, features...), trezorFrames(t, &trezorFailureMsg{Code: trezorFailureDataError, Message: "Forbidden key path"})...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewTrezor(context.Background(), &trezorScript{reports: tt.reports}, accounts.DefaultBaseDerivationPath, Options{})
			if !errors.Is(err, ErrDeviceProtocol) {
				t.Fatalf("err = %v, want ErrDeviceProtocol", err)
			}
		})
	}
	// A device without a seed refuses.
	noSeed := trezorFrames(t, &trezorFeaturesMsg{Major: 2, Minor: 8, Model: "T"})
	if _, err := NewTrezor(context.Background(), &trezorScript{reports: noSeed}, accounts.DefaultBaseDerivationPath, Options{}); !errors.Is(err, ErrDeviceRefused) {
		t.Fatalf("uninitialised device: err = %v, want ErrDeviceRefused", err)
	}
	// Random garbage: any error, no panic.
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		var reports [][]byte
		for j := 0; j < 1+rng.Intn(4); j++ {
			r := make([]byte, ReportSize)
			rng.Read(r)
			if rng.Intn(2) == 0 {
				copy(r, []byte{'?', '#', '#', 0, byte(rng.Intn(3) * 17), 0, 0, 0, byte(rng.Intn(120))})
			}
			reports = append(reports, r)
		}
		if _, err := NewTrezor(context.Background(), &trezorScript{reports: reports}, accounts.DefaultBaseDerivationPath, Options{}); err == nil {
			t.Fatalf("garbage %x accepted", reports)
		}
	}
}

// TestTrezorTamperedSignature makes the device return a signature of
// another key: the driver must refuse it.
func TestTrezorTamperedSignature(t *testing.T) {
	addr := crypto.PubkeyToAddress(hdKey(t, trezorTestMnemonic, "", []uint32{0x8000002c, 0x8000003c, 0x80000000, 0, 0}).PublicKey)
	other, _ := crypto.GenerateKey()
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 1, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), To: &recipientAddr})
	sig, _ := crypto.Sign(types.LatestSignerForChainID(big.NewInt(1337)).Hash(tx).Bytes(), other)
	reports := trezorFrames(t, &trezorFeaturesMsg{Major: 2, Minor: 8, Model: "T", Initialized: true})
	reports = append(reports, trezorFrames(t, &trezorAddressMsg{Address: addr.Hex()})...)
	reports = append(reports, trezorFrames(t, &trezorTxRequestMsg{SignatureV: trezorSomeUint32(uint32(sig[64])), SignatureR: sig[:32], SignatureS: sig[32:64]})...)
	s, err := NewTrezor(context.Background(), &trezorScript{reports: reports}, accounts.DefaultBaseDerivationPath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SignTx(context.Background(), tx, big.NewInt(1337)); !errors.Is(err, ErrDeviceProtocol) {
		t.Fatalf("err = %v, want ErrDeviceProtocol", err)
	}
}

// TestTrezorRefusals checks that rejecting on the device, a wrong PIN and
// cancelling map to ErrDeviceRefused.
func TestTrezorRefusals(t *testing.T) {
	ctx := context.Background()
	tx := types.NewTx(&types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(1), Gas: 21000, To: &recipientAddr})
	fake := newFakeTrezor(t, trezorTestMnemonic)
	var notes []string
	s := openFakeTrezor(t, fake, DefaultDerivationPath, Options{Notify: func(n string) { notes = append(notes, n) }})
	fake.reject = true
	if _, err := s.SignTx(ctx, tx, big.NewInt(1)); !errors.Is(err, ErrDeviceRefused) {
		t.Errorf("rejected tx: err = %v, want ErrDeviceRefused", err)
	}
	if _, err := s.SignPersonal(ctx, []byte("hi")); !errors.Is(err, ErrDeviceRefused) {
		t.Errorf("rejected message: err = %v, want ErrDeviceRefused", err)
	}
	if _, err := s.SignTypedData(ctx, testOrder(1, common.Address{1})); !errors.Is(err, ErrDeviceRefused) {
		t.Errorf("rejected typed data: err = %v, want ErrDeviceRefused", err)
	}
	joined := strings.Join(notes, "\n")
	for _, want := range []string{"Confirm the transaction on the Trezor", "Confirm the message on the Trezor", "Confirm the typed data on the Trezor"} {
		if !strings.Contains(joined, want) {
			t.Errorf("notices %q lack %q", notes, want)
		}
	}
	// The session survives a refusal.
	fake.reject = false
	if _, err := s.SignTx(ctx, tx, big.NewInt(1)); err != nil {
		t.Fatalf("after a refusal: %v", err)
	}
}

// TestTrezorPIN unlocks a PIN-protected device through the scrambled
// matrix.
func TestTrezorPIN(t *testing.T) {
	withPIN := func(f *fakeTrezor) { f.pin = "1234" }
	want := crypto.PubkeyToAddress(hdKey(t, trezorTestMnemonic, "", []uint32{0x8000002c, 0x8000003c, 0x80000000, 0, 0}).PublicKey)
	path, _ := accounts.ParseDerivationPath(DefaultDerivationPath)

	t.Run("correct", func(t *testing.T) {
		fake := newFakeTrezor(t, trezorTestMnemonic, withPIN)
		var asked string
		s := openFakeTrezor(t, fake, DefaultDerivationPath, Options{Prompt: func(what string) (string, error) {
			asked = what
			return fake.pinPositions("1234"), nil
		}})
		if s.Address() != want {
			t.Fatalf("address %v, want %v", s.Address(), want)
		}
		if !strings.Contains(asked, "7 8 9") || !strings.Contains(asked, "1 2 3") {
			t.Errorf("PIN prompt %q does not explain the matrix", asked)
		}
	})
	tests := []struct {
		name   string
		prompt func(f *fakeTrezor) func(string) (string, error)
		want   error
	}{
		{"wrong", func(f *fakeTrezor) func(string) (string, error) {
			return func(string) (string, error) { return f.pinPositions("4321"), nil }
		}, ErrDeviceRefused},
		{"typed digits not positions", func(*fakeTrezor) func(string) (string, error) {
			return func(string) (string, error) { return "12a4", nil }
		}, errTrezorPINFormat},
		{"no prompt", func(*fakeTrezor) func(string) (string, error) { return nil }, ErrNoSecret},
		{"prompt fails", func(*fakeTrezor) func(string) (string, error) {
			return func(string) (string, error) { return "", io.ErrUnexpectedEOF }
		}, io.ErrUnexpectedEOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFakeTrezor(t, trezorTestMnemonic, withPIN)
			_, err := NewTrezor(context.Background(), fake, path, Options{Prompt: tt.prompt(fake)})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestTrezorPassphrase checks the passphrase reaches the device: the
// account changes with it, as BIP-39 says.
func TestTrezorPassphrase(t *testing.T) {
	path := []uint32{0x8000002c, 0x8000003c, 0x80000000, 0, 0}
	addrFor := func(pass string) common.Address {
		return crypto.PubkeyToAddress(hdKey(t, trezorTestMnemonic, pass, path).PublicKey)
	}
	tests := []struct {
		name      string
		configure func(*fakeTrezor)
		prompt    func(string) (string, error)
		want      common.Address
		wantErr   error
	}{
		{"prompted", nil, func(string) (string, error) { return "TREZOR", nil }, addrFor("TREZOR"), nil},
		{"empty is the standard wallet", nil, func(string) (string, error) { return "", nil }, addrFor(""), nil},
		{"typed on device (no prompt)", nil, nil, addrFor("on device"), nil},
		{"old firmware enters on device", func(f *fakeTrezor) { f.legacyPassphrase, f.version = true, trezorVersion{2, 2, 0} },
			func(string) (string, error) { return "ignored", nil }, addrFor("on device"), nil},
		{"Trezor One without prompt", trezorOne, nil, common.Address{}, ErrNoSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFakeTrezor(t, trezorTestMnemonic, func(f *fakeTrezor) {
				f.pass, f.devicePass = true, "on device"
				if tt.configure != nil {
					tt.configure(f)
				}
			})
			s, err := NewTrezor(context.Background(), fake, path, Options{Prompt: tt.prompt})
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			defer s.Close()
			if s.Address() != tt.want {
				t.Fatalf("address %v, want %v", s.Address(), tt.want)
			}
			// The passphrase is cached for the session: signing asks again for nothing.
			sig, err := s.SignPersonal(context.Background(), []byte("x"))
			if err != nil {
				t.Fatal(err)
			}
			if fake.count(trezorPassphraseAck) != 1 {
				t.Errorf("%d PassphraseAcks, want 1", fake.count(trezorPassphraseAck))
			}
			sig[64] -= 27
			if pub, err := crypto.SigToPub(accounts.TextHash([]byte("x")), sig); err != nil || crypto.PubkeyToAddress(*pub) != tt.want {
				t.Fatalf("signature by %v, want %v", pub, tt.want)
			}
		})
	}
}

// TestTrezorOldAddressFormat reads the 20-byte address of firmware before
// 1.8.0 and sends it the recipient as bytes.
func TestTrezorOldAddressFormat(t *testing.T) {
	fake := newFakeTrezor(t, trezorTestMnemonic, func(f *fakeTrezor) { f.oldAddress, f.model, f.version = true, "1", trezorVersion{1, 6, 3} })
	s := openFakeTrezor(t, fake, "m/44'/60'/0'/0/0", Options{})
	if got := s.Address().Hex(); got != "0x73d0385F4d8E00C5e6504C6030F47BF6212736A8" {
		t.Fatalf("address %s", got)
	}
	tx := types.NewTx(&types.LegacyTx{Nonce: 3, GasPrice: big.NewInt(5), Gas: 21000, To: &recipientAddr, Value: big.NewInt(9)})
	signed, err := s.SignTx(context.Background(), tx, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	if from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(1337)), signed); err != nil || from != s.Address() || *signed.To() != recipientAddr {
		t.Fatalf("sender %v (%v), to %v", from, err, signed.To())
	}
}

// TestTrezorCapabilityGates checks what old firmware and the Trezor One
// refuse, and what no Trezor can sign.
func TestTrezorCapabilityGates(t *testing.T) {
	ctx := context.Background()
	chainID := big.NewInt(genesis.DevChainID)
	legacy := types.NewTx(&types.LegacyTx{Gas: 21000, GasPrice: big.NewInt(1), To: &recipientAddr})
	dynamic := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Gas: 21000, GasFeeCap: big.NewInt(1), To: &recipientAddr})
	bigChain := new(big.Int).Lsh(big.NewInt(1), 33)
	bigDynamic := types.NewTx(&types.DynamicFeeTx{ChainID: bigChain, Gas: 21000, GasFeeCap: big.NewInt(1), To: &recipientAddr})
	tests := []struct {
		name    string
		model   string
		version trezorVersion
		sign    func(Signer) error
		want    error
	}{
		{"1559 on 2.4.1", "T", trezorVersion{2, 4, 1}, func(s Signer) error { _, err := s.SignTx(ctx, dynamic, chainID); return err }, ErrDeviceTooOld},
		{"1559 on 1.10.3", "1", trezorVersion{1, 10, 3}, func(s Signer) error { _, err := s.SignTx(ctx, dynamic, chainID); return err }, ErrDeviceTooOld},
		{"1559 on 1.10.4", "1", trezorVersion{1, 10, 4}, func(s Signer) error { _, err := s.SignTx(ctx, dynamic, chainID); return err }, nil},
		{"64-bit chain id on 2.4.1", "T", trezorVersion{2, 4, 1}, func(s Signer) error { _, err := s.SignTx(ctx, legacy, bigChain); return err }, ErrDeviceTooOld},
		{"64-bit chain id legacy on 2.8.0", "T", trezorVersion{2, 8, 0}, func(s Signer) error { _, err := s.SignTx(ctx, legacy, bigChain); return err }, nil},
		{"64-bit chain id 1559 on 2.8.0", "T", trezorVersion{2, 8, 0}, func(s Signer) error { _, err := s.SignTx(ctx, bigDynamic, bigChain); return err }, nil},
		{"typed data on 2.4.2", "T", trezorVersion{2, 4, 2}, func(s Signer) error { _, err := s.SignTypedData(ctx, testOrder(1, common.Address{})); return err }, ErrDeviceTooOld},
		{"typed data on 1.10.4", "1", trezorVersion{1, 10, 4}, func(s Signer) error { _, err := s.SignTypedData(ctx, testOrder(1, common.Address{})); return err }, ErrDeviceTooOld},
		{"access-list tx", "T", trezorVersion{2, 8, 0}, func(s Signer) error {
			_, err := s.SignTx(ctx, types.NewTx(&types.AccessListTx{ChainID: chainID, Gas: 21000, GasPrice: big.NewInt(1)}), chainID)
			return err
		}, ErrNotSupported},
		{"set-code tx", "T", trezorVersion{2, 8, 0}, func(s Signer) error {
			_, err := s.SignTx(ctx, types.NewTx(&types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Gas: 21000, To: recipientAddr}), chainID)
			return err
		}, ErrNotSupported},
		{"blob tx", "T", trezorVersion{2, 8, 0}, func(s Signer) error {
			_, err := s.SignTx(ctx, types.NewTx(&types.BlobTx{ChainID: uint256.MustFromBig(chainID), Gas: 21000, To: recipientAddr}), chainID)
			return err
		}, ErrNotSupported},
		{"typed tx for another chain", "T", trezorVersion{2, 8, 0}, func(s Signer) error { _, err := s.SignTx(ctx, dynamic, big.NewInt(1)); return err }, ErrChainIDMismatch},
		{"authorisation", "T", trezorVersion{2, 8, 0}, func(s Signer) error {
			_, err := s.SignAuthorization(ctx, types.SetCodeAuthorization{ChainID: *uint256.NewInt(1), Address: delegateAddr})
			return err
		}, ErrNotSupported},
		{"raw hash", "T", trezorVersion{2, 8, 0}, func(s Signer) error { _, err := s.SignHash(ctx, common.Hash{1}); return err }, ErrNotSupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFakeTrezor(t, trezorTestMnemonic, func(f *fakeTrezor) { f.model, f.version = tt.model, tt.version })
			s := openFakeTrezor(t, fake, DefaultDerivationPath, Options{AllowHashSigning: true})
			err := tt.sign(s)
			if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestTrezorCloseAndConcurrency signs from several goroutines at once,
// then closes.
func TestTrezorCloseAndConcurrency(t *testing.T) {
	fake := newFakeTrezor(t, trezorTestMnemonic)
	path, _ := accounts.ParseDerivationPath(DefaultDerivationPath)
	s, err := NewTrezor(context.Background(), fake, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			msg := []byte{byte(i)}
			sig, err := s.SignPersonal(context.Background(), msg)
			if err == nil {
				sig[64] -= 27
				var pub []byte
				if pub, err = crypto.Ecrecover(accounts.TextHash(msg), sig); err == nil && common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != s.Address() {
					err = errors.New("wrong signer")
				}
			}
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-fake.done:
	default:
		t.Fatal("Close did not close the transport")
	}
	if _, err := s.SignPersonal(context.Background(), []byte("x")); !errors.Is(err, ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
}

// TestTrezorProtoMatchesGoEthereum decodes the driver's messages with the
// protobuf code go-ethereum generated from older Trezor protos, and the
// reverse, so a wrong field number cannot hide behind a codec that agrees
// with itself.
func TestTrezorProtoMatchesGoEthereum(t *testing.T) {
	var signTx gethtrezor.EthereumSignTx
	mine := &trezorSignTxMsg{AddressN: []uint32{0x8000002c, 1}, Nonce: []byte{7}, GasPrice: []byte{1, 0}, GasLimit: []byte{0x52, 0x08},
		To: "0x7e57000000000000000000000000000000000001", Value: []byte{9}, DataInitialChunk: []byte{0xaa}, DataLength: 1, ChainID: 1337}
	if err := proto.Unmarshal(mine.marshal(), &signTx); err != nil {
		t.Fatal(err)
	}
	if signTx.GetChainId() != 1337 || signTx.GetToHex() != mine.To || !bytes.Equal(signTx.GetNonce(), mine.Nonce) ||
		!bytes.Equal(signTx.GetGasLimit(), mine.GasLimit) || !bytes.Equal(signTx.GetGasPrice(), mine.GasPrice) ||
		!bytes.Equal(signTx.GetValue(), mine.Value) || !bytes.Equal(signTx.GetDataInitialChunk(), mine.DataInitialChunk) ||
		signTx.GetDataLength() != 1 || len(signTx.GetAddressN()) != 2 || signTx.GetAddressN()[0] != 0x8000002c {
		t.Fatalf("go-ethereum reads EthereumSignTx as %v", &signTx)
	}
	var getAddr gethtrezor.EthereumGetAddress
	if err := proto.Unmarshal((&trezorGetAddressMsg{AddressN: []uint32{5, 6}, ShowDisplay: true}).marshal(), &getAddr); err != nil ||
		!getAddr.GetShowDisplay() || len(getAddr.GetAddressN()) != 2 {
		t.Fatalf("go-ethereum reads EthereumGetAddress as %v (%v)", &getAddr, err)
	}
	var signMsg gethtrezor.EthereumSignMessage
	if err := proto.Unmarshal((&trezorSignMessageMsg{AddressN: []uint32{1}, Message: []byte("hi")}).marshal(), &signMsg); err != nil ||
		string(signMsg.GetMessage()) != "hi" {
		t.Fatalf("go-ethereum reads EthereumSignMessage as %v (%v)", &signMsg, err)
	}
	var pin gethtrezor.PinMatrixAck
	if err := proto.Unmarshal((&trezorPinMatrixAckMsg{Pin: "951"}).marshal(), &pin); err != nil || pin.GetPin() != "951" {
		t.Fatalf("go-ethereum reads PinMatrixAck as %v (%v)", &pin, err)
	}

	// Device → host: encode with go-ethereum, decode with the driver.
	model := "T"
	blob, _ := proto.Marshal(&gethtrezor.Features{Vendor: proto.String("trezor.io"), MajorVersion: proto.Uint32(2), MinorVersion: proto.Uint32(5),
		PatchVersion: proto.Uint32(3), Model: &model, Initialized: proto.Bool(true), Label: proto.String("lab")})
	var f trezorFeaturesMsg
	if err := f.unmarshal(blob); err != nil || f.Major != 2 || f.Minor != 5 || f.Patch != 3 || f.Model != "T" || !f.Initialized {
		t.Fatalf("Features decoded as %+v (%v)", f, err)
	}
	blob, _ = proto.Marshal(&gethtrezor.EthereumTxRequest{DataLength: proto.Uint32(1024)})
	var req trezorTxRequestMsg
	if err := req.unmarshal(blob); err != nil || req.DataLength != trezorSomeUint32(1024) || req.SignatureV.Set {
		t.Fatalf("TxRequest decoded as %+v (%v)", req, err)
	}
	blob, _ = proto.Marshal(&gethtrezor.EthereumTxRequest{SignatureV: proto.Uint32(38), SignatureR: []byte{1}, SignatureS: []byte{2}})
	if err := req.unmarshal(blob); err != nil || req.SignatureV != trezorSomeUint32(38) || req.DataLength.Set || req.SignatureR[0] != 1 || req.SignatureS[0] != 2 {
		t.Fatalf("TxRequest decoded as %+v (%v)", req, err)
	}
	code := gethtrezor.Failure_Failure_ActionCancelled
	blob, _ = proto.Marshal(&gethtrezor.Failure{Code: &code, Message: proto.String("Cancelled")})
	var fail trezorFailureMsg
	if err := fail.unmarshal(blob); err != nil || fail.Code != trezorFailureActionCancelled || fail.Message != "Cancelled" {
		t.Fatalf("Failure decoded as %+v (%v)", fail, err)
	}
	blob, _ = proto.Marshal(&gethtrezor.EthereumAddress{AddressHex: proto.String("0xab")})
	var addr trezorAddressMsg
	if err := addr.unmarshal(blob); err != nil || addr.Address != "0xab" {
		t.Fatalf("EthereumAddress decoded as %+v (%v)", addr, err)
	}
	blob, _ = proto.Marshal(&gethtrezor.EthereumMessageSignature{Signature: []byte{1, 2}, AddressHex: proto.String("0xcd")})
	sig := trezorSignatureMsg{Type: trezorEthereumMessageSignature}
	if err := sig.unmarshal(blob); err != nil || !bytes.Equal(sig.Signature, []byte{1, 2}) || sig.Address != "0xcd" {
		t.Fatalf("EthereumMessageSignature decoded as %+v (%v)", sig, err)
	}
}

// TestTrezorSignedTransactionsAcceptedByChain signs a legacy transfer and
// two EIP-1559 calls (one with an access list, one proving a Trezor
// EIP-712 signature to the verifier contract) and imports them into a
// chain under Xiangchain's rules.
func TestTrezorSignedTransactionsAcceptedByChain(t *testing.T) {
	ctx := context.Background()
	s := openFakeTrezor(t, newFakeTrezor(t, trezorTestMnemonic), DefaultDerivationPath, Options{})
	from := s.Address()
	gspec := testGenesis(from)
	chainID := gspec.Config.ChainID
	order := testOrder(chainID.Int64(), from)
	orderSig, err := s.SignTypedData(ctx, order)
	if err != nil {
		t.Fatal(err)
	}
	gasPrice := big.NewInt(2 * params.GWei)
	unsigned := []types.TxData{
		&types.LegacyTx{Nonce: 0, GasPrice: gasPrice, Gas: 21000, To: &recipientAddr, Value: big.NewInt(1)},
		&types.DynamicFeeTx{ChainID: chainID, Nonce: 1, GasTipCap: big.NewInt(params.GWei), GasFeeCap: gasPrice, Gas: 100000,
			To: &verifierAddr, Data: verifierCalldata(t, order, orderSig, from)},
		&types.DynamicFeeTx{ChainID: chainID, Nonce: 2, GasTipCap: big.NewInt(params.GWei), GasFeeCap: gasPrice, Gas: 50000,
			To: &recipientAddr, Value: big.NewInt(3), AccessList: types.AccessList{{Address: recipientAddr, StorageKeys: []common.Hash{{1}}}}},
	}
	var txs []*types.Transaction
	for i, data := range unsigned {
		tx, err := s.SignTx(ctx, types.NewTx(data), chainID)
		if err != nil {
			t.Fatalf("SignTx %d: %v", i, err)
		}
		txs = append(txs, tx)
	}
	chain, receipts := importBlock(t, gspec, txs)
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("tx %d failed", i)
		}
	}
	state, err := chain.State()
	if err != nil {
		t.Fatal(err)
	}
	if got := state.GetState(verifierAddr, common.Hash{}); got != common.BigToHash(common.Big1) {
		t.Errorf("verifier did not accept the Trezor EIP-712 signature (slot 0 = %x)", got)
	}
	if got := state.GetNonce(from); got != 3 {
		t.Errorf("nonce %d, want 3", got)
	}
}

// TestTrezorContextCancel checks that a cancelled context stops a flow
// waiting for the holder and leaves the session usable.
func TestTrezorContextCancel(t *testing.T) {
	fake := newFakeTrezor(t, trezorTestMnemonic)
	ctx, cancel := context.WithCancel(context.Background())
	s := openFakeTrezor(t, fake, DefaultDerivationPath, Options{Notify: func(string) { cancel() }})
	if _, err := s.SignPersonal(ctx, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if fake.count(trezorCancel) != 1 {
		t.Fatalf("device received %v, want one Cancel", fake.receivedKinds())
	}
	if _, err := s.SignPersonal(ctx, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: err = %v", err)
	}
	if _, err := s.SignPersonal(context.Background(), []byte("x")); err != nil {
		t.Fatalf("after cancelling: %v", err)
	}
}
