package wallethw

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/accounts"
)

// Ledger HID framing: every report starts with the channel, the command
// tag and a sequence number; the first report of a message then carries the
// message length. Replies are framed the same way.
const (
	ledgerChannel    = 0x0101 // HID channel the Ledger transport uses
	ledgerTagAPDU    = 0x05   // report tag of APDU traffic
	ledgerHeaderSize = 5      // channel(2) ‖ tag(1) ‖ sequence(2)
	ledgerMaxMessage = 0xffff // the length field is two bytes
)

// Ethereum application APDU: class and instructions (LedgerHQ/app-ethereum
// doc/ethapp.adoc, doc/apdu.md).
const (
	ledgerCLA = 0xe0

	ledgerInsGetAddress      = 0x02 // GET ETH PUBLIC ADDRESS
	ledgerInsSignTx          = 0x04 // SIGN ETH TRANSACTION
	ledgerInsGetConfig       = 0x06 // GET APP CONFIGURATION
	ledgerInsSignPersonal    = 0x08 // SIGN ETH PERSONAL MESSAGE
	ledgerInsSignEIP712      = 0x0c // SIGN ETH EIP 712 (P2 0 = hashed, 1 = full)
	ledgerInsEIP712StructDef = 0x1a // EIP712 SEND STRUCT DEFINITION
	ledgerInsEIP712StructImp = 0x1c // EIP712 SEND STRUCT IMPLEMENTATION
	ledgerInsSignAuth7702    = 0x34 // SIGN EIP 7702 AUTHORIZATION

	ledgerP1First        = 0x00 // first data block (sign tx, personal message)
	ledgerP1More         = 0x80 // subsequent data block
	ledgerP1TLVFirst     = 0x01 // first chunk of a TLV payload (7702)
	ledgerP1TLVMore      = 0x00 // later chunk of a TLV payload
	ledgerMaxAPDUData    = 255  // Lc is one byte
	ledgerChunkSize      = 150  // data per signing APDU, as ledgerjs sends it
	ledgerSignatureReply = 65   // v ‖ r ‖ s
)

// Status words of the Ethereum app and the Ledger OS.
const (
	swOK                 = 0x9000
	swUserRejected       = 0x6985 // condition not satisfied: the holder said no
	swSecurityStatus     = 0x6982 // security status not satisfied (locked, or cancelled)
	swInvalidData        = 0x6a80 // invalid data; blind signing / contract data disabled
	swPluginNotInstalled = 0x6984
	swTxTypeUnsupported  = 0x6501
	swInsNotSupported    = 0x6d00
	swClaNotSupported    = 0x6e00
	swWrongApp           = 0x6511 // the dashboard or another app is open
	swLocked             = 0x5515
	swLockedOld          = 0x6faa
)

// errLedgerShortReply is wrapped into ErrDeviceProtocol when a reply is too
// short to hold what the command returns.
var errLedgerShortReply = errors.New("ledger reply too short")

// ledgerStatus is a status word other than 0x9000.
type ledgerStatus struct {
	sw uint16
}

func (e *ledgerStatus) Error() string {
	switch e.sw {
	case swUserRejected:
		return fmt.Sprintf("ledger: request rejected on the device (status %#04x)", e.sw)
	case swInsNotSupported, swClaNotSupported, swWrongApp:
		return fmt.Sprintf("ledger: open the Ethereum app on the device (status %#04x)", e.sw)
	case swInvalidData:
		return fmt.Sprintf("ledger: the Ethereum app refused the data: enable blind signing / contract data in the Ethereum app settings (status %#04x)", e.sw)
	case swLocked, swLockedOld:
		return fmt.Sprintf("ledger: unlock the device (status %#04x)", e.sw)
	case swSecurityStatus:
		return fmt.Sprintf("ledger: unlock the device and confirm the request (status %#04x)", e.sw)
	case swPluginNotInstalled:
		return fmt.Sprintf("ledger: a plugin the Ethereum app needs is not installed (status %#04x)", e.sw)
	case swTxTypeUnsupported:
		return fmt.Sprintf("ledger: the Ethereum app does not support this transaction type; update it (status %#04x)", e.sw)
	default:
		return fmt.Sprintf("ledger: unexpected status word %#04x", e.sw)
	}
}

// Unwrap maps the status word to the package's error values.
func (e *ledgerStatus) Unwrap() error {
	switch e.sw {
	case swUserRejected, swInsNotSupported, swClaNotSupported, swWrongApp, swInvalidData,
		swLocked, swLockedOld, swSecurityStatus, swPluginNotInstalled:
		return ErrDeviceRefused
	case swTxTypeUnsupported:
		return ErrDeviceTooOld
	default:
		return ErrDeviceProtocol
	}
}

// ledgerFrame splits msg into HID reports: header, then (first report only)
// the two-byte message length, then data, the last report zero-padded.
func ledgerFrame(msg []byte) ([][]byte, error) {
	if len(msg) > ledgerMaxMessage {
		return nil, fmt.Errorf("ledger message of %d bytes exceeds %d", len(msg), ledgerMaxMessage)
	}
	body := binary.BigEndian.AppendUint16(nil, uint16(len(msg)))
	body = append(body, msg...)
	var reports [][]byte
	for seq := 0; len(body) > 0; seq++ {
		r := make([]byte, ReportSize)
		binary.BigEndian.PutUint16(r[0:], ledgerChannel)
		r[2] = ledgerTagAPDU
		binary.BigEndian.PutUint16(r[3:], uint16(seq))
		n := copy(r[ledgerHeaderSize:], body)
		body = body[n:]
		reports = append(reports, r)
	}
	return reports, nil
}

// ledgerReadMessage reads reports from r until one whole message has
// arrived and returns it. Any report with the wrong channel, tag or
// sequence number is a protocol error.
func ledgerReadMessage(r io.Reader) ([]byte, error) {
	var (
		msg  []byte
		want = -1
		buf  = make([]byte, ReportSize)
	)
	for seq := 0; want < 0 || len(msg) < want; seq++ {
		n, err := r.Read(buf)
		if err != nil {
			return nil, fmt.Errorf("reading from the Ledger: %w", err)
		}
		report := buf[:n]
		if n < ledgerHeaderSize {
			return nil, fmt.Errorf("%w: ledger report of %d bytes", ErrDeviceProtocol, n)
		}
		if ch := binary.BigEndian.Uint16(report); ch != ledgerChannel {
			return nil, fmt.Errorf("%w: ledger reply on channel %#04x, want %#04x (is the device in browser mode?)", ErrDeviceProtocol, ch, ledgerChannel)
		}
		if report[2] != ledgerTagAPDU {
			return nil, fmt.Errorf("%w: ledger reply tag %#02x, want %#02x", ErrDeviceProtocol, report[2], ledgerTagAPDU)
		}
		if got := binary.BigEndian.Uint16(report[3:]); int(got) != seq {
			return nil, fmt.Errorf("%w: ledger reply sequence %d, want %d", ErrDeviceProtocol, got, seq)
		}
		data := report[ledgerHeaderSize:]
		if seq == 0 {
			if len(data) < 2 {
				return nil, fmt.Errorf("%w: first ledger report lacks the length", ErrDeviceProtocol)
			}
			want = int(binary.BigEndian.Uint16(data))
			data = data[2:]
			msg = make([]byte, 0, want)
		}
		if rest := want - len(msg); len(data) > rest {
			data = data[:rest]
		}
		msg = append(msg, data...)
	}
	return msg, nil
}

// ledgerAPDU builds a command APDU. data must fit one APDU.
func ledgerAPDU(ins, p1, p2 byte, data []byte) ([]byte, error) {
	if len(data) > ledgerMaxAPDUData {
		return nil, fmt.Errorf("ledger APDU data of %d bytes exceeds %d", len(data), ledgerMaxAPDUData)
	}
	apdu := make([]byte, 0, 5+len(data))
	apdu = append(apdu, ledgerCLA, ins, p1, p2, byte(len(data)))
	return append(apdu, data...), nil
}

// ledgerExchange sends one APDU over t and returns the reply data without
// the status word. A status word other than 0x9000 is a *ledgerStatus.
func ledgerExchange(t Transport, ins, p1, p2 byte, data []byte) ([]byte, error) {
	apdu, err := ledgerAPDU(ins, p1, p2, data)
	if err != nil {
		return nil, err
	}
	reports, err := ledgerFrame(apdu)
	if err != nil {
		return nil, err
	}
	for _, r := range reports {
		if _, err := t.Write(r); err != nil {
			return nil, fmt.Errorf("writing to the Ledger: %w", err)
		}
	}
	reply, err := ledgerReadMessage(t)
	if err != nil {
		return nil, err
	}
	if len(reply) < 2 {
		return nil, fmt.Errorf("%w: ledger reply of %d bytes has no status word", ErrDeviceProtocol, len(reply))
	}
	body, sw := reply[:len(reply)-2], binary.BigEndian.Uint16(reply[len(reply)-2:])
	if sw != swOK {
		return nil, &ledgerStatus{sw: sw}
	}
	return body, nil
}

// ledgerPath encodes a BIP-32 path as the app expects it: the number of
// components, then each component as four big-endian bytes.
func ledgerPath(path accounts.DerivationPath) ([]byte, error) {
	if len(path) == 0 || len(path) > 10 {
		return nil, fmt.Errorf("%w: a Ledger derivation path has 1 to 10 components, not %d", ErrInvalidURI, len(path))
	}
	out := []byte{byte(len(path))}
	for _, c := range path {
		out = binary.BigEndian.AppendUint32(out, c)
	}
	return out, nil
}

// LedgerAppVersion is the version of the Ethereum app on a Ledger.
type LedgerAppVersion struct {
	Major, Minor, Patch uint8
}

func (v LedgerAppVersion) String() string {
	return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
}

// AtLeast reports whether v is o or newer.
func (v LedgerAppVersion) AtLeast(o LedgerAppVersion) bool {
	if v.Major != o.Major {
		return v.Major > o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor > o.Minor
	}
	return v.Patch >= o.Patch
}

// Ethereum app versions that gate features.
var (
	ledgerMinPersonal   = LedgerAppVersion{1, 0, 8}  // SIGN ETH PERSONAL MESSAGE
	ledgerMinEIP155     = LedgerAppVersion{1, 0, 3}  // EIP-155 chain ids in legacy transactions
	ledgerMinHashed712  = LedgerAppVersion{1, 5, 0}  // SIGN ETH EIP 712, hashed (v0) mode
	ledgerMinTyped      = LedgerAppVersion{1, 9, 0}  // EIP-2930 / EIP-1559 transactions
	ledgerMinFull712    = LedgerAppVersion{1, 9, 19} // EIP-712 struct definition/implementation
	ledgerMinSetCode    = LedgerAppVersion{1, 17, 0} // EIP-7702 set-code transactions
	ledgerMinAuth7702   = LedgerAppVersion{1, 17, 0} // SIGN EIP 7702 AUTHORIZATION
	ledgerAppConfigSize = 4                          // flags ‖ major ‖ minor ‖ patch
)

// require returns ErrDeviceTooOld naming min when v is older than it.
func (v LedgerAppVersion) require(min LedgerAppVersion, what string) error {
	if v.AtLeast(min) {
		return nil
	}
	return fmt.Errorf("%w: %s needs Ledger Ethereum app %s or newer, the device has %s", ErrDeviceTooOld, what, min, v)
}
