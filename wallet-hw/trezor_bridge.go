package wallethw

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultTrezorBridge is where Trezor Bridge (trezord, shipped with Trezor
// Suite) listens.
const DefaultTrezorBridge = "http://127.0.0.1:21325"

// trezorBridgeOrigin is the Origin header sent to the Bridge. The Bridge
// serves only requests whose Origin is a trezor.io page or a localhost
// development port; a local program names itself as the latter.
const trezorBridgeOrigin = "http://localhost:8545"

// Timeouts of Bridge requests. A call has none: it lasts as long as the
// holder takes to confirm on the device.
const trezorBridgeTimeout = 5 * time.Second

// ErrNoBridge means Trezor Bridge did not answer.
var ErrNoBridge = errors.New("wallethw: Trezor Bridge is not running")

// trezorBridge carries a Trezor's messages through Trezor Bridge over HTTP
// and presents them to the driver as the HID reports it speaks: the
// reports of one message are reassembled and sent as one /call, and the
// reply is cut into reports again. Trezors that speak WebUSB (Model T,
// Safe 3 and 5, One with firmware 1.8 and later) are not HID devices, so
// github.com/ethereum/hid cannot reach them; the Bridge can.
type trezorBridge struct {
	url     string
	session string
	client  *http.Client // for calls: no timeout

	out []byte   // the message being written, header included
	in  [][]byte // reports of the last reply not yet read
}

// bridgeDevice is one entry of the Bridge's /enumerate answer.
type bridgeDevice struct {
	Path    string  `json:"path"`
	Session *string `json:"session"`
}

// newTrezorBridge is a client of the Bridge at url, with no session yet.
func newTrezorBridge(url string) *trezorBridge {
	return &trezorBridge{url: strings.TrimRight(url, "/"), client: &http.Client{}}
}

// BridgeTrezors asks Trezor Bridge at url which Trezors it offers. It
// returns their number and the Bridge's version, or ErrNoBridge when
// nothing answers there.
func BridgeTrezors(ctx context.Context, url string) (int, string, error) {
	b := newTrezorBridge(url)
	version, devices, err := b.enumerate(ctx)
	return len(devices), version, err
}

// enumerate asks the Bridge for its version and its devices.
func (b *trezorBridge) enumerate(ctx context.Context) (string, []bridgeDevice, error) {
	var version struct {
		Version string `json:"version"`
	}
	if err := b.post(ctx, "/configure", nil, &version, trezorBridgeTimeout); err != nil {
		return "", nil, fmt.Errorf("%w at %s: %v", ErrNoBridge, b.url, err)
	}
	var devices []bridgeDevice
	if err := b.post(ctx, "/enumerate", nil, &devices, trezorBridgeTimeout); err != nil {
		return "", nil, fmt.Errorf("listing Trezors through the Bridge %s: %w", b.url, err)
	}
	return version.Version, devices, nil
}

// openTrezorBridge acquires the first Trezor the Bridge at url lists.
func openTrezorBridge(ctx context.Context, url string) (*trezorBridge, error) {
	b := newTrezorBridge(url)
	version, devices, err := b.enumerate(ctx)
	if err != nil {
		return nil, err
	}
	if len(devices) == 0 {
		return nil, fmt.Errorf("%w: Trezor Bridge %s (version %s) sees no Trezor", ErrNoDevice, b.url, version)
	}
	prev := "null"
	if devices[0].Session != nil {
		prev = *devices[0].Session // take over a session a crashed program left behind
	}
	var acquired struct {
		Session string `json:"session"`
	}
	if err := b.post(ctx, "/acquire/"+devices[0].Path+"/"+prev, nil, &acquired, trezorBridgeTimeout); err != nil {
		return nil, fmt.Errorf("acquiring the Trezor through the Bridge (is Trezor Suite using it?): %w", err)
	}
	if acquired.Session == "" {
		return nil, fmt.Errorf("%w: Trezor Bridge gave no session", ErrDeviceProtocol)
	}
	b.session = acquired.Session
	return b, nil
}

// post sends one Bridge request. A JSON answer is decoded into out; a hex
// answer (a call) is returned by call instead.
func (b *trezorBridge) post(ctx context.Context, path string, body []byte, out any, timeout time.Duration) error {
	raw, err := b.do(ctx, path, body, timeout)
	if err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("%w: Trezor Bridge %s answered %q: %v", ErrDeviceProtocol, path, raw, err)
	}
	return nil
}

func (b *trezorBridge) do(ctx context.Context, path string, body []byte, timeout time.Duration) ([]byte, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.url+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Origin", trezorBridgeOrigin)
	resp, err := b.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 2*trezorMaxMessage+1024))
	if err != nil {
		return nil, fmt.Errorf("reading Trezor Bridge answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error != "" {
			return nil, fmt.Errorf("Trezor Bridge %s: %s", path, e.Error)
		}
		return nil, fmt.Errorf("Trezor Bridge %s: HTTP %d", path, resp.StatusCode)
	}
	return raw, nil
}

// Write takes one report. Once a whole message has arrived it is sent to
// the device and its reply queued for Read.
func (b *trezorBridge) Write(report []byte) (int, error) {
	if b.session == "" {
		return 0, ErrClosed
	}
	if len(report) != ReportSize || report[0] != trezorReportMagic {
		return 0, fmt.Errorf("%w: not a Trezor report", ErrDeviceProtocol)
	}
	if len(b.in) > 0 {
		return 0, fmt.Errorf("%w: a new message before the last reply was read", ErrDeviceProtocol)
	}
	b.out = append(b.out, report[1:]...)
	if len(b.out) < trezorHeaderSize-1 {
		return len(report), nil
	}
	if b.out[0] != '#' || b.out[1] != '#' {
		b.out = nil
		return 0, fmt.Errorf("%w: Trezor message header missing", ErrDeviceProtocol)
	}
	size := int(binary.BigEndian.Uint32(b.out[4:8]))
	if len(b.out) < trezorHeaderSize-1+size {
		return len(report), nil
	}
	msg := b.out[2 : trezorHeaderSize-1+size] // type, length, payload: what the Bridge takes
	b.out = nil
	raw, err := b.do(context.Background(), "/call/"+b.session, []byte(hex.EncodeToString(msg)), 0)
	if err != nil {
		return 0, fmt.Errorf("calling the Trezor through the Bridge: %w", err)
	}
	reply, err := hex.DecodeString(strings.TrimSpace(string(raw)))
	if err != nil || len(reply) < 6 {
		return 0, fmt.Errorf("%w: Trezor Bridge reply %q", ErrDeviceProtocol, raw)
	}
	framed := append([]byte{'#', '#'}, reply...)
	for len(framed) > 0 {
		r := make([]byte, ReportSize)
		r[0] = trezorReportMagic
		n := copy(r[1:], framed)
		framed = framed[n:]
		b.in = append(b.in, r)
	}
	return len(report), nil
}

// Read returns the next report of the last reply.
func (b *trezorBridge) Read(p []byte) (int, error) {
	if b.session == "" {
		return 0, ErrClosed
	}
	if len(b.in) == 0 {
		return 0, fmt.Errorf("%w: read with no Trezor reply pending", ErrDeviceProtocol)
	}
	n := copy(p, b.in[0])
	b.in = b.in[1:]
	return n, nil
}

// Close releases the Bridge session.
func (b *trezorBridge) Close() error {
	if b.session == "" {
		return nil
	}
	session := b.session
	b.session = ""
	if _, err := b.do(context.Background(), "/release/"+session, nil, trezorBridgeTimeout); err != nil {
		return fmt.Errorf("releasing the Trezor Bridge session: %w", err)
	}
	return nil
}
