package wallethw

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// ledgerExchangeRecord is one recorded APDU and the device's reply
// (status word included).
type ledgerExchangeRecord struct {
	request, reply []byte
}

// loadLedgerRecording reads testdata/ledger/name: "=> hex" requests and
// "<= hex" replies, '#' comments.
func loadLedgerRecording(t *testing.T, name string) []ledgerExchangeRecord {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "ledger", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ledgerExchangeRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		dir, hexdata, ok := strings.Cut(line, " ")
		b, err := hex.DecodeString(strings.TrimSpace(hexdata))
		if !ok || err != nil {
			t.Fatalf("%s: bad line %q: %v", name, line, err)
		}
		switch dir {
		case "=>":
			out = append(out, ledgerExchangeRecord{request: b})
		case "<=":
			if len(out) == 0 || out[len(out)-1].reply != nil {
				t.Fatalf("%s: reply without a request", name)
			}
			out[len(out)-1].reply = b
		default:
			t.Fatalf("%s: bad direction %q", name, dir)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// hidDeframer reassembles the HID reports a driver writes into messages.
// It is written independently of the driver's framing code.
type hidDeframer struct {
	seq  int
	want int
	buf  []byte
}

// push adds one report and returns the whole message once complete.
func (d *hidDeframer) push(report []byte) ([]byte, error) {
	if len(report) != ReportSize {
		return nil, fmt.Errorf("report of %d bytes, want %d", len(report), ReportSize)
	}
	if !bytes.Equal(report[:3], []byte{0x01, 0x01, 0x05}) {
		return nil, fmt.Errorf("report header %x", report[:3])
	}
	if seq := int(report[3])<<8 | int(report[4]); seq != d.seq {
		return nil, fmt.Errorf("report sequence %d, want %d", seq, d.seq)
	}
	data := report[5:]
	if d.seq == 0 {
		d.want = int(report[5])<<8 | int(report[6])
		data = report[7:]
		d.buf = []byte{}
	}
	d.seq++
	if rest := d.want - len(d.buf); len(data) > rest {
		if !bytes.Equal(data[rest:], make([]byte, len(data)-rest)) {
			return nil, fmt.Errorf("padding is not zero: %x", data[rest:])
		}
		data = data[:rest]
	}
	d.buf = append(d.buf, data...)
	if len(d.buf) < d.want {
		return nil, nil
	}
	d.seq = 0
	return d.buf, nil
}

// hidFrame splits msg into reports, as a Ledger frames its replies.
func hidFrame(msg []byte) [][]byte {
	body := append([]byte{byte(len(msg) >> 8), byte(len(msg))}, msg...)
	var out [][]byte
	for seq := 0; len(body) > 0 || seq == 0; seq++ {
		r := make([]byte, ReportSize)
		copy(r, []byte{0x01, 0x01, 0x05, byte(seq >> 8), byte(seq)})
		n := copy(r[5:], body)
		body = body[n:]
		out = append(out, r)
	}
	return out
}

// replayTransport checks that the driver sends exactly the recorded APDUs,
// in order, and answers each with the recorded reply.
type replayTransport struct {
	t       *testing.T
	script  []ledgerExchangeRecord
	next    int
	deframe hidDeframer
	pending [][]byte
	closed  bool
}

func (r *replayTransport) Write(report []byte) (int, error) {
	msg, err := r.deframe.push(report)
	if err != nil {
		r.t.Errorf("driver wrote a bad report: %v", err)
		return 0, err
	}
	if msg == nil {
		return len(report), nil
	}
	if r.next >= len(r.script) {
		r.t.Errorf("driver sent APDU %x after the recording ended", msg)
		return 0, io.ErrUnexpectedEOF
	}
	rec := r.script[r.next]
	r.next++
	if !bytes.Equal(msg, rec.request) {
		r.t.Errorf("APDU %d:\n got %x\nwant %x", r.next-1, msg, rec.request)
	}
	r.pending = append(r.pending, hidFrame(rec.reply)...)
	return len(report), nil
}

func (r *replayTransport) Read(p []byte) (int, error) {
	if len(r.pending) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.pending[0])
	r.pending = r.pending[1:]
	return n, nil
}

func (r *replayTransport) Close() error { r.closed = true; return nil }

// done fails the test unless every recorded exchange was used.
func (r *replayTransport) done() {
	r.t.Helper()
	if r.next != len(r.script) {
		r.t.Errorf("driver used %d of %d recorded exchanges", r.next, len(r.script))
	}
}

func mustPath(t *testing.T, s string) accounts.DerivationPath {
	t.Helper()
	p, err := accounts.ParseDerivationPath(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// openExchanges is the open handshake for a recording that has none: a
// configuration reply with version v and the address reply for pub. Only
// the recorded exchanges that follow are Ledger's; these are ours.
func openExchanges(t *testing.T, path accounts.DerivationPath, v LedgerAppVersion, pub []byte) []ledgerExchangeRecord {
	t.Helper()
	raw, err := ledgerPath(path)
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.Keccak256(pub[1:])[12:]
	reply := append([]byte{byte(len(pub))}, pub...)
	reply = append(reply, 40)
	reply = append(reply, hex.EncodeToString(addr)...)
	return []ledgerExchangeRecord{
		{request: []byte{0xe0, 0x06, 0, 0, 0}, reply: []byte{0x01, v.Major, v.Minor, v.Patch, 0x90, 0x00}},
		{request: append([]byte{0xe0, 0x02, 0, 0, byte(len(raw))}, raw...), reply: append(reply, 0x90, 0x00)},
	}
}

// recoverRecorded recovers the public key that made a recorded v ‖ r ‖ s
// reply over digest; v is reduced by vBase.
func recoverRecorded(t *testing.T, digest, reply []byte, vBase byte) []byte {
	t.Helper()
	sig := append(append([]byte{}, reply[1:65]...), reply[0]-vBase)
	pub, err := crypto.Ecrecover(digest, sig)
	if err != nil {
		t.Fatalf("recovering the recorded signature: %v", err)
	}
	return pub
}

// Addresses the recorded signatures recover to, worked out from the
// recordings alone (ecrecover over go-ethereum's own digests). The
// EIP-1559 and EIP-2930 recordings share a device: Speculos with its
// default seed, whose m/44'/60'/0'/0/0 is 0xDad7…6D8D. The two full
// EIP-712 recordings share another.
var (
	speculosAddr   = common.HexToAddress("0xDad77910DbDFdE764fC21FCD4E74D71bBACA6D8D")
	eip712Recorder = common.HexToAddress("0xB7030d92Ec58bA063aC413a2Ce0420A14686f84f")
)

func TestLedgerGoldenOpen(t *testing.T) {
	script := append(loadLedgerRecording(t, "app-config.apdus"), loadLedgerRecording(t, "get-address.apdus")...)
	tr := &replayTransport{t: t, script: script}
	s, err := NewLedger(context.Background(), tr, mustPath(t, "m/44'/60'/0'/0'/0"), Options{})
	if err != nil {
		t.Fatalf("NewLedger: %v", err)
	}
	tr.done()
	l := s.(*Ledger)
	if want := common.HexToAddress("0xCbA98362e199c41E1864D0923AF9646d3A648451"); l.Address() != want {
		t.Errorf("address %v, want %v", l.Address(), want)
	}
	if v := l.AppVersion(); v != (LedgerAppVersion{1, 1, 6}) {
		t.Errorf("app version %v, want 1.1.6", v)
	}
	if err := s.Close(); err != nil || !tr.closed {
		t.Errorf("Close = %v, transport closed %v", err, tr.closed)
	}
	if _, err := s.SignPersonal(context.Background(), []byte("x")); !errors.Is(err, ErrClosed) {
		t.Errorf("SignPersonal after Close = %v, want ErrClosed", err)
	}
}

func TestLedgerGoldenSignTx(t *testing.T) {
	tests := []struct {
		file    string
		path    string
		chainID int64
		// unsigned is the recorded payload: the typed tx, or the EIP-155 RLP.
		unsigned string
		wantAddr common.Address // zero: whatever the recording recovers to
		wantV    uint64
		wantErr  error
	}{
		{file: "sign-tx-1559.apdus", path: "m/44'/60'/0'/0/0", chainID: 3, wantAddr: speculosAddr, wantV: 0,
			unsigned: "02ef0306843b9aca008504a817c80082520894b2bb2b958afa2e96dab3f3ce7162b87daea39017872386f26fc1000080c0"},
		{file: "sign-tx-2930.apdus", path: "m/44'/60'/0'/0/0", chainID: 3, wantAddr: speculosAddr, wantV: 1,
			unsigned: "01f886030685012a05f20082520894b2bb2b958afa2e96dab3f3ce7162b87daea39017872386f26fc1000080f85bf85994de0b295669a9fd93d5f28d9ec85e40f4cb697baef842a00000000000000000000000000000000000000000000000000000000000000003a00000000000000000000000000000000000000000000000000000000000000007"},
		{file: "sign-tx-legacy-paraswap.apdus", path: "m/44'/60'/0'/0/0", chainID: 1, wantV: 38,
			unsigned: paraswapUnsigned},
		{file: "sign-tx-legacy-chunked.apdus", path: "m/44'/60'/0'/0/0", chainID: 1, wantAddr: speculosAddr, wantErr: ErrDeviceProtocol,
			unsigned: chunkedLimitUnsigned},
		{file: "sign-tx-legacy-large-chain-id.apdus", path: "m/44'/60'/0'/0'/0", chainID: 43520, wantAddr: speculosAddr, wantErr: ErrDeviceProtocol,
			unsigned: "ed018504e3b292008252089428ee52a8f3d6e5d15f8b131996950d7f296c7952872bd72a248740008082aa008080"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rec := loadLedgerRecording(t, tt.file)
			raw := mustHex(t, tt.unsigned)
			tx := decodeUnsigned(t, raw)
			chainID := big.NewInt(tt.chainID)
			if got := types.LatestSignerForChainID(chainID).Hash(tx); got != crypto.Keccak256Hash(raw) {
				t.Fatalf("decoded recording hashes to %v, go-ethereum signs %v", crypto.Keccak256Hash(raw), got)
			}
			var pub []byte
			if tt.wantAddr == speculosAddr && tt.wantErr != nil {
				// The recorded reply is not a valid signature by this device;
				// present the Speculos key recovered from the EIP-1559 recording.
				r1559 := loadLedgerRecording(t, "sign-tx-1559.apdus")
				pub = recoverRecorded(t, crypto.Keccak256(mustHex(t, "02ef0306843b9aca008504a817c80082520894b2bb2b958afa2e96dab3f3ce7162b87daea39017872386f26fc1000080c0")), r1559[0].reply, 0)
			} else {
				last := rec[len(rec)-1].reply
				vBase := byte(0)
				if tx.Type() == types.LegacyTxType {
					vBase = byte(tt.chainID*2 + 35)
				}
				pub = recoverRecorded(t, crypto.Keccak256(raw), last, vBase)
			}
			if tt.wantAddr != (common.Address{}) {
				if got := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]); got != tt.wantAddr {
					t.Fatalf("recording recovers to %v, want %v", got, tt.wantAddr)
				}
			}
			path := mustPath(t, tt.path)
			tr := &replayTransport{t: t, script: append(openExchanges(t, path, LedgerAppVersion{1, 10, 0}, pub), rec...)}
			var notes []string
			s, err := NewLedger(context.Background(), tr, path, Options{Notify: func(m string) { notes = append(notes, m) }})
			if err != nil {
				t.Fatalf("NewLedger: %v", err)
			}
			signed, err := s.SignTx(context.Background(), tx, chainID)
			tr.done()
			if len(notes) != 1 || !strings.Contains(notes[0], "Confirm the transaction") {
				t.Errorf("notices %q", notes)
			}
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("SignTx = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("SignTx: %v", err)
			}
			last := rec[len(rec)-1].reply
			v, r, sv := signed.RawSignatureValues()
			if v.Uint64() != tt.wantV || !bytes.Equal(common.LeftPadBytes(r.Bytes(), 32), last[1:33]) || !bytes.Equal(common.LeftPadBytes(sv.Bytes(), 32), last[33:65]) {
				t.Errorf("signature v=%d r=%x s=%x, recorded %x", v, r, sv, last[:65])
			}
			from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
			if err != nil || from != s.Address() {
				t.Errorf("sender %v (%v), want %v", from, err, s.Address())
			}
		})
	}
}

// decodeUnsigned decodes a recorded signing payload back into a
// transaction with go-ethereum's own types.
func decodeUnsigned(t *testing.T, raw []byte) *types.Transaction {
	t.Helper()
	switch {
	case raw[0] == types.DynamicFeeTxType:
		var tx types.DynamicFeeTx
		var f struct {
			ChainID, Nonce, Tip, Fee, Gas *big.Int
			To                            *common.Address `rlp:"nil"`
			Value                         *big.Int
			Data                          []byte
			AccessList                    types.AccessList
		}
		if err := rlp.DecodeBytes(raw[1:], &f); err != nil {
			t.Fatal(err)
		}
		tx = types.DynamicFeeTx{ChainID: f.ChainID, Nonce: f.Nonce.Uint64(), GasTipCap: f.Tip, GasFeeCap: f.Fee, Gas: f.Gas.Uint64(), To: f.To, Value: f.Value, Data: f.Data, AccessList: f.AccessList}
		return types.NewTx(&tx)
	case raw[0] == types.AccessListTxType:
		var f struct {
			ChainID, Nonce, Price, Gas *big.Int
			To                         *common.Address `rlp:"nil"`
			Value                      *big.Int
			Data                       []byte
			AccessList                 types.AccessList
		}
		if err := rlp.DecodeBytes(raw[1:], &f); err != nil {
			t.Fatal(err)
		}
		return types.NewTx(&types.AccessListTx{ChainID: f.ChainID, Nonce: f.Nonce.Uint64(), GasPrice: f.Price, Gas: f.Gas.Uint64(), To: f.To, Value: f.Value, Data: f.Data, AccessList: f.AccessList})
	default:
		var f struct {
			Nonce, Price, Gas *big.Int
			To                *common.Address `rlp:"nil"`
			Value             *big.Int
			Data              []byte
			ChainID, R, S     *big.Int
		}
		if err := rlp.DecodeBytes(raw, &f); err != nil {
			t.Fatal(err)
		}
		return types.NewTx(&types.LegacyTx{Nonce: f.Nonce.Uint64(), GasPrice: f.Price, Gas: f.Gas.Uint64(), To: f.To, Value: f.Value, Data: f.Data})
	}
}

func TestLedgerGoldenMessages(t *testing.T) {
	loadTyped := func(t *testing.T, name string) apitypes.TypedData {
		t.Helper()
		blob, err := os.ReadFile(filepath.Join("testdata", "ledger", name))
		if err != nil {
			t.Fatal(err)
		}
		var td apitypes.TypedData
		if err := json.Unmarshal(blob, &td); err != nil {
			t.Fatal(err)
		}
		return td
	}
	tests := []struct {
		name     string
		file     string
		path     string
		version  LedgerAppVersion
		wantAddr common.Address
		wantNote string
		digest   func(t *testing.T) []byte
		sign     func(ctx context.Context, s Signer) ([]byte, error)
	}{
		{
			name: "personal", file: "personal-message.apdus", path: "m/44'/60'/0'/0'/0", version: LedgerAppVersion{1, 10, 0},
			wantNote: "message",
			digest:   func(*testing.T) []byte { return accounts.TextHash([]byte("test")) },
			sign:     func(ctx context.Context, s Signer) ([]byte, error) { return s.SignPersonal(ctx, []byte("test")) },
		},
		{
			name: "eip712-hashed", file: "eip712-hashed.apdus", path: "m/44'/60'/0'/0'/0", version: LedgerAppVersion{1, 9, 18},
			wantNote: "blind",
			digest: func(t *testing.T) []byte {
				return crypto.Keccak256(mustHex(t, "1901c24f499b8c957196651b13edd64aaccc3980009674b2aea0966c8a56ba81278e9d96be8a7cca396e711a3ba356bd9878df02a726d753ddb6cda3c507d888bc77"))
			},
			sign: func(ctx context.Context, s Signer) ([]byte, error) {
				// The recording names only the two hashes, not the typed data
				// behind them, so enter the hashed path below SignTypedData.
				return s.(*Ledger).signTypedHashes(ctx,
					common.HexToHash("c24f499b8c957196651b13edd64aaccc3980009674b2aea0966c8a56ba81278e"),
					common.HexToHash("9d96be8a7cca396e711a3ba356bd9878df02a726d753ddb6cda3c507d888bc77"))
			},
		},
		{
			name: "eip712-full-0", file: "eip712-full-0.apdus", path: "m/44'/60'/0'/0/0", version: LedgerAppVersion{1, 9, 19},
			wantAddr: eip712Recorder, wantNote: "every field",
			digest: func(t *testing.T) []byte {
				h, _, err := apitypes.TypedDataAndHash(loadTyped(t, "eip712-full-0.json"))
				if err != nil {
					t.Fatal(err)
				}
				return h
			},
			sign: func(ctx context.Context, s Signer) ([]byte, error) {
				return s.SignTypedData(ctx, loadTyped(t, "eip712-full-0.json"))
			},
		},
		{
			name: "eip712-full-12", file: "eip712-full-12.apdus", path: "m/44'/60'/0'/0/0", version: LedgerAppVersion{1, 12, 0},
			wantAddr: eip712Recorder, wantNote: "every field",
			digest: func(t *testing.T) []byte {
				h, _, err := apitypes.TypedDataAndHash(loadTyped(t, "eip712-full-12.json"))
				if err != nil {
					t.Fatal(err)
				}
				return h
			},
			sign: func(ctx context.Context, s Signer) ([]byte, error) {
				return s.SignTypedData(ctx, loadTyped(t, "eip712-full-12.json"))
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := loadLedgerRecording(t, tt.file)
			last := rec[len(rec)-1].reply
			digest := tt.digest(t)
			pub := recoverRecorded(t, digest, last, 27)
			if tt.wantAddr != (common.Address{}) {
				if got := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]); got != tt.wantAddr {
					t.Fatalf("recording recovers to %v, want %v", got, tt.wantAddr)
				}
			}
			path := mustPath(t, tt.path)
			tr := &replayTransport{t: t, script: append(openExchanges(t, path, tt.version, pub), rec...)}
			var notes []string
			s, err := NewLedger(context.Background(), tr, path, Options{Notify: func(m string) { notes = append(notes, m) }})
			if err != nil {
				t.Fatalf("NewLedger: %v", err)
			}
			sig, err := tt.sign(context.Background(), s)
			if err != nil {
				t.Fatalf("sign: %v", err)
			}
			tr.done()
			want := append(append([]byte{}, last[1:65]...), last[0])
			if !bytes.Equal(sig, want) {
				t.Errorf("signature %x, recorded %x", sig, want)
			}
			plain := append(append([]byte{}, sig[:64]...), sig[64]-27)
			if got, err := crypto.SigToPub(digest, plain); err != nil || crypto.PubkeyToAddress(*got) != s.Address() {
				t.Errorf("signature does not recover to %v", s.Address())
			}
			if len(notes) != 1 || !strings.Contains(notes[0], tt.wantNote) {
				t.Errorf("notices %q, want one mentioning %q", notes, tt.wantNote)
			}
		})
	}
}

// The unsigned payloads of the two long legacy recordings.
const (
	paraswapUnsigned = "f903cd82043d8509c765240083042e73941bd435f3c054b6e901b7b108a0ab7617c808677b80b903a4cfc0afeb000000000000000000000000111111111117dc0aa78b770fa6a738034120c302000000000000000000000000eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee00000000000000000000000000000000000000000000000af10f7eb24f506cfd00000000000000000000000000000000000000000000000002a5b905b3c9fa4c00000000000000000000000000000000000000000000000002baaee8d905020a000000000000000000000000000000000000000000000000000000000000018000000000000000000000000000000000000000000000000000000000000001c000000000000000000000000000000000000000000000000000000000000002c00000000000000000000000000000000000000000000000000000000000000320000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000000000086d3579b043585a97532514016dcf0c2d6c4b6a100000000000000000000000000000000000000000000000000000000000000c499585aac00000000000000000000000000000000000000000000000af10f7eb24f506cfd000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000600000000000000000000000000000000000000000000000000000000000000002000000000000000000000000111111111117dc0aa78b770fa6a738034120c302000000000000000000000000eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000c40000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000076c65646765723200000000000000000000000000000000000000000000000000018080"

	chunkedLimitUnsigned = "f901ad8205448505c205da808310c8e19402b3f51ac9202aa19be63d61a8c681579d6e3a5180b90184293491160000000000000000000000000000000000000000000000000000000005ee832e0000000000000000000000000000000000000000000000000000000005eeb9ac000000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000001000000000000000000000000505846a0a89dd26fa5cd0677fd5406039c218620000000000000000000000000000000000000000000000000000000001f969fc88a4d19062c1525d6ca664dee285aa573c06e0f8bdd4971032d2b63be6183d05300000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000041c4c3f1f8711741f2180d850a09a2933bb21dff1c79caf8c45ecda957836ec7e60d78661c28ad96713e5f22a458376422599bd3776d9aeafc02e319ed0c1b41e51c00000000000000000000000000000000000000000000000000000000000000018080"
)

// TestLedgerFraming checks the HID reports of APDUs of every size class:
// one report, exactly full, spilling into a second and third report.
func TestLedgerFraming(t *testing.T) {
	for _, n := range []int{0, 1, 56, 57, 58, 116, 117, 260, 300} {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(i*7 + 1)
		}
		reports, err := ledgerFrame(msg)
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if n > 57 {
			want += (n - 57 + 58) / 59
		}
		if len(reports) != want {
			t.Errorf("%d bytes: %d reports, want %d", n, len(reports), want)
		}
		var d hidDeframer
		var got []byte
		for i, r := range reports {
			if seq := binary.BigEndian.Uint16(r[3:]); int(seq) != i {
				t.Errorf("%d bytes: report %d has sequence %d", n, i, seq)
			}
			out, err := d.push(r)
			if err != nil {
				t.Fatalf("%d bytes: report %d: %v", n, i, err)
			}
			if out != nil {
				if i != len(reports)-1 {
					t.Errorf("%d bytes: message complete after report %d of %d", n, i, len(reports))
				}
				got = out
			}
		}
		if !bytes.Equal(got, msg) && !(n == 0 && len(got) == 0) {
			t.Errorf("%d bytes: reassembled %x", n, got)
		}
		// And the driver reads the same framing back.
		back, err := ledgerReadMessage(&reportReader{reports: hidFrame(msg)})
		if err != nil || !bytes.Equal(back, msg) {
			t.Errorf("%d bytes: read back %x, %v", n, back, err)
		}
	}
	if _, err := ledgerFrame(make([]byte, 0x10000)); err == nil {
		t.Error("framed a message longer than the length field allows")
	}
	if _, err := ledgerAPDU(ledgerInsSignTx, 0, 0, make([]byte, 256)); err == nil {
		t.Error("built an APDU with 256 data bytes")
	}
}

// reportReader serves fixed reports, then an error.
type reportReader struct {
	reports [][]byte
	writes  int
}

func (r *reportReader) Read(p []byte) (int, error) {
	if len(r.reports) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.reports[0])
	r.reports = r.reports[1:]
	return n, nil
}

func (r *reportReader) Write(p []byte) (int, error) { r.writes++; return len(p), nil }
func (r *reportReader) Close() error                { return nil }

// TestLedgerCorruptReplies feeds broken replies to one exchange: every one
// must be an error of the right kind, none a panic.
func TestLedgerCorruptReplies(t *testing.T) {
	good := hidFrame(append(bytes.Repeat([]byte{0xab}, 70), 0x90, 0x00))
	mutate := func(i int, f func(r []byte)) [][]byte {
		out := make([][]byte, len(good))
		for j, r := range good {
			out[j] = append([]byte{}, r...)
		}
		f(out[i])
		return out
	}
	tests := []struct {
		name    string
		reports [][]byte
		want    error
		text    string
	}{
		{"wrong channel", mutate(0, func(r []byte) { r[1] = 0x02 }), ErrDeviceProtocol, "channel"},
		{"wrong tag", mutate(0, func(r []byte) { r[2] = 0x02 }), ErrDeviceProtocol, "tag"},
		{"wrong first sequence", mutate(0, func(r []byte) { r[4] = 1 }), ErrDeviceProtocol, "sequence"},
		{"wrong second sequence", mutate(1, func(r []byte) { r[4] = 2 }), ErrDeviceProtocol, "sequence"},
		{"short report", [][]byte{{0x01, 0x01, 0x05}}, ErrDeviceProtocol, "report of 3 bytes"},
		{"no length", [][]byte{{0x01, 0x01, 0x05, 0, 0, 0x00}}, ErrDeviceProtocol, "length"},
		{"truncated", good[:1], io.EOF, ""},
		{"no status word", hidFrame([]byte{0x90}), ErrDeviceProtocol, "status word"},
		{"empty", nil, io.EOF, ""},
		{"rejected", hidFrame([]byte{0x69, 0x85}), ErrDeviceRefused, "rejected"},
		{"app closed 6d00", hidFrame([]byte{0x6d, 0x00}), ErrDeviceRefused, "open the Ethereum app"},
		{"app closed 6e00", hidFrame([]byte{0x6e, 0x00}), ErrDeviceRefused, "open the Ethereum app"},
		{"wrong app", hidFrame([]byte{0x65, 0x11}), ErrDeviceRefused, "open the Ethereum app"},
		{"blind signing off", hidFrame([]byte{0x6a, 0x80}), ErrDeviceRefused, "enable blind signing"},
		{"locked", hidFrame([]byte{0x55, 0x15}), ErrDeviceRefused, "unlock the device"},
		{"unknown status", hidFrame([]byte{0x6f, 0x01}), ErrDeviceProtocol, "0x6f01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ledgerExchange(&reportReader{reports: tt.reports}, ledgerInsGetConfig, 0, 0, nil)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("err %q does not mention %q", err, tt.text)
			}
		})
	}
	// A well-framed reply is read back.
	got, err := ledgerExchange(&reportReader{reports: good}, ledgerInsGetConfig, 0, 0, nil)
	if err != nil || !bytes.Equal(got, bytes.Repeat([]byte{0xab}, 70)) {
		t.Errorf("good reply: %x, %v", got, err)
	}
}

// TestLedgerBadOpenReplies checks NewLedger against malformed
// configuration and address replies.
func TestLedgerBadOpenReplies(t *testing.T) {
	path := mustPath(t, "m/44'/60'/0'/0/0")
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5decb2e3ccb2d7ddf8f6d83e1e2c0e1fc4b1e6f1")
	pub := crypto.FromECDSAPub(&key.PublicKey)
	other, _ := crypto.HexToECDSA("8c0883a69102937d6231471b5decb2e3ccb2d7ddf8f6d83e1e2c0e1fc4b1e6f1")
	base := openExchanges(t, path, LedgerAppVersion{1, 10, 0}, pub)
	swapAddr := func(r []byte) []byte {
		out := append([]byte{}, r...)
		copy(out[67:107], hex.EncodeToString(crypto.PubkeyToAddress(other.PublicKey).Bytes()))
		return out
	}
	tests := []struct {
		name          string
		config, reply []byte
		want          error
	}{
		{"short config", []byte{0x01, 0x01, 0x90, 0x00}, base[1].reply, ErrDeviceProtocol},
		{"app not open", []byte{0x6e, 0x00}, base[1].reply, ErrDeviceRefused},
		{"no address", base[0].reply, []byte{0x41, 0x04, 0x90, 0x00}, ErrDeviceProtocol},
		{"address of another key", base[0].reply, swapAddr(base[1].reply), ErrDeviceProtocol},
		{"locked", base[0].reply, []byte{0x55, 0x15}, ErrDeviceRefused},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := []ledgerExchangeRecord{{base[0].request, tt.config}}
			if len(tt.config) == ledgerAppConfigSize+2 {
				script = append(script, ledgerExchangeRecord{base[1].request, tt.reply})
			}
			tr := &replayTransport{t: t, script: script}
			if _, err := NewLedger(context.Background(), tr, path, Options{}); !errors.Is(err, tt.want) {
				t.Fatalf("NewLedger = %v, want %v", err, tt.want)
			}
			tr.done()
		})
	}
}
