package wallethw

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeBridge serves Trezor Bridge's HTTP API (trezord-go's server/api:
// configure, enumerate, acquire, call, release; POST only; the Origin must
// be a trezor.io page or a localhost development port) in front of an
// in-memory Trezor.
type fakeBridge struct {
	dev *fakeTrezor

	mu      sync.Mutex
	session string // "" when not acquired
	calls   int
}

var fakeBridgeOrigin = regexp.MustCompile(`^https?://localhost:[58][0-9]{3}$|^https://([[:alnum:]\-_]+\.)*trezor\.io$`)

func (b *fakeBridge) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	if !fakeBridgeOrigin.MatchString(r.Header.Get("Origin")) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	fail := func(msg string) {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": msg})
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	switch {
	case parts[0] == "configure":
		json.NewEncoder(w).Encode(map[string]string{"version": "2.0.33"})
	case parts[0] == "enumerate":
		var session *string
		if b.session != "" {
			s := b.session
			session = &s
		}
		json.NewEncoder(w).Encode([]map[string]any{{"path": "1", "vendor": 0x1209, "product": 0x53c1, "session": session}})
	case parts[0] == "acquire" && len(parts) == 3:
		prev := parts[2]
		if prev == "null" {
			prev = ""
		}
		if parts[1] != "1" || prev != b.session {
			fail("wrong previous session")
			return
		}
		b.session = "7"
		json.NewEncoder(w).Encode(map[string]string{"session": b.session})
	case parts[0] == "release" && len(parts) == 2 && parts[1] == b.session:
		b.session = ""
		json.NewEncoder(w).Encode(map[string]string{"session": parts[1]})
	case parts[0] == "call" && len(parts) == 2 && parts[1] == b.session && b.session != "":
		body, _ := io.ReadAll(r.Body)
		msg, err := hex.DecodeString(string(body))
		if err != nil || len(msg) < 6 || int(binary.BigEndian.Uint32(msg[2:6])) != len(msg)-6 {
			fail("malformed message")
			return
		}
		b.calls++
		if err := writeTrezorMessage(b.dev, binary.BigEndian.Uint16(msg), msg[6:]); err != nil {
			fail(err.Error())
			return
		}
		kind, payload, err := readTrezorMessage(b.dev)
		if err != nil {
			fail(err.Error())
			return
		}
		reply := binary.BigEndian.AppendUint16(nil, kind)
		reply = binary.BigEndian.AppendUint32(reply, uint32(len(payload)))
		w.Write([]byte(hex.EncodeToString(append(reply, payload...))))
	default:
		fail("session not found")
	}
}

// TestTrezorThroughBridge signs Trezor's own fixtures through Trezor
// Bridge's HTTP API, opened from a signer URI: a Trezor that speaks WebUSB
// is reached this way.
func TestTrezorThroughBridge(t *testing.T) {
	type params struct{ Msg, Path string }
	type result struct{ Address, Sig string }
	fx := loadTrezorFixture[params, result](t, "signmessage.json")
	bridge := &fakeBridge{dev: newFakeTrezor(t, fx.Setup.Mnemonic)}
	srv := httptest.NewServer(bridge)
	defer srv.Close()

	ctx := context.Background()
	s, err := Open(ctx, "trezor://"+fx.Tests[0].Parameters.Path+"?bridge="+srv.URL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Address().Hex() != fx.Tests[0].Result.Address {
		t.Fatalf("address %s, want %s", s.Address().Hex(), fx.Tests[0].Result.Address)
	}
	for _, tc := range fx.Tests[:3] {
		sig, err := s.SignPersonal(ctx, []byte(tc.Parameters.Msg))
		if err != nil {
			t.Fatal(err)
		}
		if got := hex.EncodeToString(sig); got != tc.Result.Sig {
			t.Errorf("signature %s, want the fixture's %s", got, tc.Result.Sig)
		}
	}
	// A transaction whose data spans several chunks and reports.
	to := common.HexToAddress("0xaa")
	chainID := big.NewInt(1337)
	tx, err := s.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2),
		Gas: 90000, To: &to, Data: make([]byte, 3000)}), chainID)
	if err != nil {
		t.Fatal(err)
	}
	if from, err := types.Sender(types.LatestSignerForChainID(chainID), tx); err != nil || from != s.Address() {
		t.Fatalf("tx sender %v (%v), want %v", from, err, s.Address())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	bridge.mu.Lock()
	session, calls := bridge.session, bridge.calls
	bridge.mu.Unlock()
	if session != "" {
		t.Errorf("session %q still acquired after Close", session)
	}
	if calls < 6 {
		t.Errorf("only %d calls reached the device", calls)
	}

	// A session left behind by a crashed program is taken over.
	bridge.mu.Lock()
	bridge.session = "3"
	bridge.mu.Unlock()
	s, err = Open(ctx, "trezor://?bridge="+srv.URL, Options{})
	if err != nil {
		t.Fatalf("taking over a stale session: %v", err)
	}
	s.Close()
}

// TestTrezorBridgeErrors: no Bridge, a Bridge without devices, and a
// Bridge that refuses the session each give a clear error.
func TestTrezorBridgeErrors(t *testing.T) {
	ctx := context.Background()
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	if _, err := Open(ctx, "trezor://?bridge="+deadURL, Options{}); !errors.Is(err, ErrNoBridge) {
		t.Errorf("no Bridge: %v, want ErrNoBridge", err)
	}
	empty := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/configure":
			w.Write([]byte(`{"version":"2.0.33"}`))
		case "/enumerate":
			w.Write([]byte(`[]`))
		}
	}))
	defer empty.Close()
	if _, err := Open(ctx, "trezor://?bridge="+empty.URL, Options{}); !errors.Is(err, ErrNoDevice) {
		t.Errorf("no device: %v, want ErrNoDevice", err)
	}
	busy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/configure":
			w.Write([]byte(`{"version":"2.0.33"}`))
		case r.URL.Path == "/enumerate":
			w.Write([]byte(`[{"path":"1","session":null}]`))
		default:
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"error":"wrong previous session"}`))
		}
	}))
	defer busy.Close()
	if _, err := Open(ctx, "trezor://?bridge="+busy.URL, Options{}); err == nil || !strings.Contains(err.Error(), "wrong previous session") {
		t.Errorf("busy device: %v, want the Bridge's reason", err)
	}
}

// TestWalletCommandThroughBridge runs `xiang wallet` against a Trezor behind
// the Bridge: the device list, its address, and a message signed with the
// device's prompts relayed on screen.
func TestWalletCommandThroughBridge(t *testing.T) {
	type params struct{ Msg, Path string }
	type result struct{ Address, Sig string }
	fx := loadTrezorFixture[params, result](t, "signmessage.json")
	srv := httptest.NewServer(&fakeBridge{dev: newFakeTrezor(t, fx.Setup.Mnemonic)})
	defer srv.Close()

	out, _ := mustRun(t, "devices", "--bridge", srv.URL)
	uri := "trezor://m/44'/60'/0'/0/0?bridge=" + url.QueryEscape(srv.URL)
	if !strings.Contains(out, "via Trezor Bridge 2.0.33") || !strings.Contains(out, uri) {
		t.Fatalf("devices output lacks the bridged Trezor and its URI %s:\n%s", uri, out)
	}
	out, _ = mustRun(t, "address", "--signer", uri)
	if strings.TrimSpace(out) != fx.Tests[0].Result.Address {
		t.Fatalf("address %q, want %s", out, fx.Tests[0].Result.Address)
	}
	out, errOut := mustRun(t, "sign-message", "--signer", uri, fx.Tests[0].Parameters.Msg)
	if got := strings.TrimPrefix(strings.TrimSpace(out), "0x"); got != fx.Tests[0].Result.Sig {
		t.Errorf("signature %s, want the fixture's %s", got, fx.Tests[0].Result.Sig)
	}
	for _, want := range []string{"Trezor: the device shows what it signs", ">> Confirm", fx.Tests[0].Result.Address} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}
