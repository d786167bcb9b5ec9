package wallethw

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/hid"
)

// ReportSize is the size of one USB HID report exchanged with a Ledger or a
// Trezor.
const ReportSize = 64

// Errors of the hardware-wallet drivers.
var (
	// ErrNoDevice means no connected device of the requested kind was found.
	ErrNoDevice = errors.New("wallethw: no hardware wallet found")
	// ErrDeviceProtocol means the device answered something the driver
	// cannot parse (a corrupt report, an unexpected message).
	ErrDeviceProtocol = errors.New("wallethw: device protocol error")
	// ErrDeviceRefused means the holder rejected the request on the device
	// or the device refused it (locked, wrong app, policy).
	ErrDeviceRefused = errors.New("wallethw: request refused by the device")
	// ErrDeviceTooOld means the connected device or app version cannot do
	// what was asked; the error text names the version needed.
	ErrDeviceTooOld = errors.New("wallethw: device or app version too old")
)

// Transport moves HID reports between a driver and a device. Every Write
// sends exactly one ReportSize-byte report; every Read blocks until the next
// report arrives and returns it. A USB device (github.com/ethereum/hid)
// satisfies it; tests put an in-memory device behind it.
type Transport interface {
	io.ReadWriteCloser
}

// DeviceKind names a family of hardware wallets.
type DeviceKind string

// The hardware wallets the package drives.
const (
	KindLedger DeviceKind = "ledger"
	KindTrezor DeviceKind = "trezor"
)

// USB identifiers of the supported devices (as go-ethereum's usbwallet
// lists them).
const (
	ledgerVendorID       = 0x2c97
	ledgerUsagePage      = 0xffa0
	trezorVendorID       = 0x534c // Trezor One, HID
	trezorProductID      = 0x0001
	trezorUsagePage      = 0xff00
	trezorWebUSBVendorID = 0x1209 // Trezor T and later (firmware > 1.8)
	trezorWebUSBProduct  = 0x53c1
)

// DeviceInfo describes a connected hardware wallet.
type DeviceInfo struct {
	Kind         DeviceKind
	Product      string // product string reported by USB
	Manufacturer string
	Path         string // platform device path, stable while plugged in
	Serial       string
}

// ListDevices enumerates the Ledger and Trezor devices connected over USB.
// It returns an empty list, not an error, when USB HID is unsupported on
// this platform or build (no cgo).
func ListDevices() ([]DeviceInfo, error) {
	found, err := connected("")
	if err != nil {
		return nil, err
	}
	out := make([]DeviceInfo, 0, len(found))
	for _, d := range found {
		out = append(out, DeviceInfo{
			Kind: d.kind, Product: d.info.Product, Manufacturer: d.info.Manufacturer,
			Path: d.info.Path, Serial: d.info.Serial,
		})
	}
	return out, nil
}

// hidDevice is a connected device's Ethereum-app interface.
type hidDevice struct {
	kind DeviceKind
	info hid.DeviceInfo
}

// connected lists the Ethereum-app interfaces of connected devices, of kind
// only unless kind is empty.
func connected(kind DeviceKind) ([]hidDevice, error) {
	if !hid.Supported() {
		return nil, nil
	}
	var out []hidDevice
	for _, q := range deviceQueries {
		if kind != "" && q.kind != kind {
			continue
		}
		infos, err := hid.Enumerate(q.vendor, q.product)
		if err != nil {
			return nil, fmt.Errorf("enumerating %s devices: %w", q.kind, err)
		}
		for _, info := range infos {
			if q.matches(info) {
				out = append(out, hidDevice{q.kind, info})
			}
		}
	}
	return out, nil
}

// deviceQuery selects the HID interface a driver talks to.
type deviceQuery struct {
	kind            DeviceKind
	vendor, product uint16
	usagePage       uint16
}

// matches reports whether info is the Ethereum-app interface: on Windows and
// macOS by usage page, on Linux (no usage page) by interface 0.
func (q deviceQuery) matches(info hid.DeviceInfo) bool {
	return info.UsagePage == q.usagePage || (info.UsagePage == 0 && info.Interface == 0)
}

var deviceQueries = [...]deviceQuery{
	{kind: KindLedger, vendor: ledgerVendorID, usagePage: ledgerUsagePage},
	{kind: KindTrezor, vendor: trezorVendorID, product: trezorProductID, usagePage: trezorUsagePage},
	{kind: KindTrezor, vendor: trezorWebUSBVendorID, product: trezorWebUSBProduct, usagePage: trezorUsagePage},
}

// openTransport opens the first connected device of kind, or the one whose
// serial number is serial.
func openTransport(kind DeviceKind, serial string) (Transport, error) {
	if !hid.Supported() {
		return nil, fmt.Errorf("%w: this build has no USB HID support (built without cgo?)", ErrNoDevice)
	}
	found, err := connected(kind)
	if err != nil {
		return nil, err
	}
	for _, d := range found {
		if serial != "" && d.info.Serial != serial {
			continue
		}
		dev, err := d.info.Open()
		if err != nil {
			return nil, fmt.Errorf("opening %s %s at %s (on Linux, check the udev rules in docs/wallet.md): %w", kind, d.info.Product, d.info.Path, err)
		}
		return dev, nil
	}
	if serial != "" {
		return nil, fmt.Errorf("%w: no %s with serial %q is connected", ErrNoDevice, kind, serial)
	}
	return nil, fmt.Errorf("%w: no %s is connected (unlocked, with the Ethereum app open for a Ledger)", ErrNoDevice, kind)
}

// DefaultDerivationPath is the account a hardware-wallet URI without a path
// names: BIP-44, Ethereum, account 0, first address.
const DefaultDerivationPath = "m/44'/60'/0'/0/0"

// HardwareLocation names a key on a hardware wallet, parsed from
// "ledger://PATH" or "trezor://PATH" with optional query parameters:
// "serial=S" chooses the USB device when several are connected, and (Trezor
// only) "bridge=URL" reaches the device through Trezor Bridge at URL
// ("bridge=default" for DefaultTrezorBridge).
type HardwareLocation struct {
	Kind   DeviceKind
	Path   accounts.DerivationPath
	Serial string
	Bridge string // Trezor Bridge URL; empty for USB HID (with the Bridge as fallback)
}

// String returns the URI form of loc.
func (loc HardwareLocation) String() string {
	s := string(loc.Kind) + "://" + loc.Path.String()
	q := url.Values{}
	if loc.Serial != "" {
		q.Set("serial", loc.Serial)
	}
	if loc.Bridge != "" {
		q.Set("bridge", loc.Bridge)
	}
	if len(q) > 0 {
		s += "?" + q.Encode()
	}
	return s
}

// IsHardwareURI reports whether uri names a Ledger or a Trezor: a signer
// with its own screen and buttons, which cannot sign raw digests.
func IsHardwareURI(uri string) bool {
	scheme, _, _ := strings.Cut(uri, ":")
	return scheme == string(KindLedger) || scheme == string(KindTrezor)
}

// ParseHardwareURI parses a ledger:// or trezor:// signer URI. An empty path
// means DefaultDerivationPath.
func ParseHardwareURI(uri string) (HardwareLocation, error) {
	scheme, rest, ok := strings.Cut(uri, "://")
	if !ok {
		return HardwareLocation{}, fmt.Errorf("%w: %q is not ledger://PATH or trezor://PATH", ErrInvalidURI, uri)
	}
	loc := HardwareLocation{Kind: DeviceKind(scheme)}
	if loc.Kind != KindLedger && loc.Kind != KindTrezor {
		return HardwareLocation{}, fmt.Errorf("%w: %q", ErrUnknownScheme, scheme)
	}
	rest, query, hasQuery := strings.Cut(rest, "?")
	if hasQuery {
		q, err := url.ParseQuery(query)
		if err != nil {
			return HardwareLocation{}, fmt.Errorf("%w: query %q: %v", ErrInvalidURI, query, err)
		}
		for k, vs := range q {
			if len(vs) != 1 || vs[0] == "" {
				return HardwareLocation{}, fmt.Errorf("%w: query parameter %q needs exactly one value", ErrInvalidURI, k)
			}
			switch {
			case k == "serial":
				loc.Serial = vs[0]
			case k == "bridge" && loc.Kind == KindTrezor:
				loc.Bridge = vs[0]
				if loc.Bridge == "default" {
					loc.Bridge = DefaultTrezorBridge
				}
				if u, err := url.Parse(loc.Bridge); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					return HardwareLocation{}, fmt.Errorf("%w: bridge %q is not an http URL", ErrInvalidURI, vs[0])
				}
			default:
				return HardwareLocation{}, fmt.Errorf("%w: unknown query parameter %q (serial=S, and bridge=URL for a Trezor)", ErrInvalidURI, k)
			}
		}
		if loc.Serial != "" && loc.Bridge != "" {
			return HardwareLocation{}, fmt.Errorf("%w: serial picks a USB device; the Bridge offers its first Trezor", ErrInvalidURI)
		}
	}
	if rest == "" {
		rest = DefaultDerivationPath
	}
	if !strings.HasPrefix(rest, "m/") {
		return HardwareLocation{}, fmt.Errorf("%w: derivation path %q must start with m/", ErrInvalidURI, rest)
	}
	path, err := accounts.ParseDerivationPath(rest)
	if err != nil {
		return HardwareLocation{}, fmt.Errorf("%w: derivation path %q: %v", ErrInvalidURI, rest, err)
	}
	loc.Path = path
	return loc, nil
}

// openHardware opens the device loc names and the driver for it. A Trezor
// not found over USB HID is looked for through Trezor Bridge at its default
// address: Trezors that speak WebUSB are reachable only that way.
func openHardware(ctx context.Context, loc HardwareLocation, opts Options) (Signer, error) {
	t, err := openHardwareTransport(ctx, loc)
	if err != nil {
		return nil, err
	}
	var s Signer
	switch loc.Kind {
	case KindLedger:
		s, err = NewLedger(ctx, t, loc.Path, opts)
	case KindTrezor:
		s, err = NewTrezor(ctx, t, loc.Path, opts)
	}
	if err != nil {
		t.Close()
		return nil, fmt.Errorf("opening %s: %w", loc, err)
	}
	return s, nil
}

func openHardwareTransport(ctx context.Context, loc HardwareLocation) (Transport, error) {
	if loc.Bridge != "" {
		return openTrezorBridge(ctx, loc.Bridge)
	}
	t, err := openTransport(loc.Kind, loc.Serial)
	if err == nil || loc.Kind != KindTrezor || loc.Serial != "" || !errors.Is(err, ErrNoDevice) {
		return t, err
	}
	bt, berr := openTrezorBridge(ctx, DefaultTrezorBridge)
	if berr != nil {
		if errors.Is(berr, ErrNoBridge) {
			return nil, fmt.Errorf("%w; a Trezor Model T, Safe, or One with firmware 1.8 or later is reached through Trezor Bridge (run Trezor Suite), which did not answer at %s", err, DefaultTrezorBridge)
		}
		return nil, berr
	}
	return bt, nil
}
