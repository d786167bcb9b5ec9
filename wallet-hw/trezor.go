package wallethw

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Trezor wire framing. A message is "##", its type (2 bytes, big endian),
// its length (4 bytes, big endian) and its protobuf payload, cut into
// ReportSize-byte HID reports that each start with '?' and are zero padded.
const (
	trezorReportMagic = '?'
	trezorHeaderSize  = 9 // "##" + type + length, in the first report
	// trezorMaxMessage bounds the length a device may announce, so a
	// corrupt header cannot make the driver allocate without limit.
	trezorMaxMessage = 1 << 20
	// trezorChunkSize is the most calldata one EthereumSignTx or TxAck
	// carries.
	trezorChunkSize = 1024
)

// trezorMaxLegacyChainID is the largest chain id for which Trezor returns
// a full EIP-155 v (35 + 2·id + parity) in its 32-bit signature_v field;
// above it the firmware returns the parity alone.
const trezorMaxLegacyChainID = (math.MaxUint32 - 36) / 2

// trezorPINMatrix explains the scrambled PIN keypad to the holder.
const trezorPINMatrix = "Trezor PIN: the device shows the digits in a scrambled 3×3 grid. " +
	"Type, for each PIN digit, the position of that digit in the grid as on a numeric keypad:\n" +
	"  7 8 9\n  4 5 6\n  1 2 3\n(so a digit shown top left is typed as 7)"

// Errors of the Trezor driver.
var (
	errTrezorPINFormat = errors.New("wallethw: Trezor PIN must be typed as grid positions 1-9")
)

// trezorVersion is a firmware version, major.minor.patch.
type trezorVersion [3]uint32

// atLeast reports whether v ≥ want.
func (v trezorVersion) atLeast(want trezorVersion) bool {
	for i := range v {
		if v[i] != want[i] {
			return v[i] > want[i]
		}
	}
	return true
}

func (v trezorVersion) String() string { return fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2]) }

// trezorGate names the first firmware of each family (Trezor One runs
// 1.x, every touch/Safe model runs 2.x) that can do something.
type trezorGate struct {
	what        string
	one, modelT trezorVersion
}

// Capability gates, from the firmware changelogs.
var (
	// Firmware 1.8.0 / 2.1.0 switched EthereumSignTx.to and
	// EthereumAddress to hex strings.
	gateHexAddress = trezorGate{"hex addresses", trezorVersion{1, 8, 0}, trezorVersion{2, 1, 0}}
	// Firmware 1.10.4 / 2.4.2 added EIP-1559 and 64-bit chain ids.
	gateEIP1559 = trezorGate{"EIP-1559 transactions", trezorVersion{1, 10, 4}, trezorVersion{2, 4, 2}}
	gate64Chain = trezorGate{"chain ids above 2^32-1", trezorVersion{1, 10, 4}, trezorVersion{2, 4, 2}}
	// Firmware 2.4.3 added the EIP-712 typed-data flow; Trezor One only
	// signs the two EIP-712 hashes (1.10.5).
	gateTypedData = trezorGate{"EIP-712 typed data", trezorVersion{math.MaxUint32, 0, 0}, trezorVersion{2, 4, 3}}
	gateTypedHash = trezorGate{"EIP-712 hashes", trezorVersion{1, 10, 5}, trezorVersion{math.MaxUint32, 0, 0}}
)

// writeTrezorMessage frames payload as message kind into HID reports.
func writeTrezorMessage(w io.Writer, kind uint16, payload []byte) error {
	msg := make([]byte, 0, trezorHeaderSize-1+len(payload))
	msg = append(msg, '#', '#')
	msg = binary.BigEndian.AppendUint16(msg, kind)
	msg = binary.BigEndian.AppendUint32(msg, uint32(len(payload)))
	msg = append(msg, payload...)
	for len(msg) > 0 {
		report := make([]byte, ReportSize)
		report[0] = trezorReportMagic
		n := copy(report[1:], msg)
		msg = msg[n:]
		if _, err := w.Write(report); err != nil {
			return fmt.Errorf("writing to Trezor: %w", err)
		}
	}
	return nil
}

// readTrezorReport reads one HID report.
func readTrezorReport(r io.Reader) ([]byte, error) {
	report := make([]byte, ReportSize)
	n, err := r.Read(report)
	if err != nil {
		return nil, fmt.Errorf("reading from Trezor: %w", err)
	}
	if n < 1 || report[0] != trezorReportMagic {
		return nil, fmt.Errorf("%w: Trezor report does not start with '?'", ErrDeviceProtocol)
	}
	return report[1:n], nil
}

// readTrezorMessage reads one framed message.
func readTrezorMessage(r io.Reader) (uint16, []byte, error) {
	first, err := readTrezorReport(r)
	if err != nil {
		return 0, nil, err
	}
	if len(first) < trezorHeaderSize-1 || first[0] != '#' || first[1] != '#' {
		return 0, nil, fmt.Errorf("%w: Trezor message header missing", ErrDeviceProtocol)
	}
	kind := binary.BigEndian.Uint16(first[2:4])
	size := binary.BigEndian.Uint32(first[4:8])
	if size > trezorMaxMessage {
		return 0, nil, fmt.Errorf("%w: Trezor announces a %d-byte message", ErrDeviceProtocol, size)
	}
	payload := make([]byte, 0, size)
	payload = append(payload, first[8:min(len(first), 8+int(size))]...)
	for len(payload) < int(size) {
		next, err := readTrezorReport(r)
		if err != nil {
			return 0, nil, err
		}
		payload = append(payload, next[:min(len(next), int(size)-len(payload))]...)
	}
	return kind, payload, nil
}

// trezor drives a Trezor through its Ethereum messages. Every exchange
// holds mu, so one operation owns the device at a time.
type trezor struct {
	mu       sync.Mutex
	t        Transport
	path     []uint32
	opts     Options
	addr     common.Address
	model    string
	version  trezorVersion
	closed   bool
	brokenBy error // a transport or protocol failure that left the session unusable
}

// NewTrezor opens the Ethereum account at path on the Trezor behind t. It
// initialises the session (reading the model and firmware version), asks
// for the address (unlocking with PIN and passphrase through opts.Prompt if
// the device wants them) and keeps it. Raw digest signing is never
// available: SignHash returns ErrNotSupported.
func NewTrezor(ctx context.Context, t Transport, path accounts.DerivationPath, opts Options) (Signer, error) {
	d := &trezor{t: t, path: append([]uint32{}, path...), opts: opts}
	var features trezorFeaturesMsg
	if _, err := d.call(ctx, "", &trezorEmpty{Type: trezorInitialize}, &features); err != nil {
		return nil, fmt.Errorf("initialising Trezor: %w", err)
	}
	if features.BootloaderMode {
		return nil, fmt.Errorf("%w: the Trezor is in bootloader mode; restart it", ErrDeviceRefused)
	}
	if !features.Initialized {
		return nil, fmt.Errorf("%w: the Trezor holds no seed; set it up with Trezor Suite first", ErrDeviceRefused)
	}
	d.model = features.Model
	if d.model == "" {
		d.model = "1" // Trezor One firmware before 1.6 did not send a model
	}
	d.version = trezorVersion{features.Major, features.Minor, features.Patch}

	var reply trezorAddressMsg
	if _, err := d.call(ctx, "the address", &trezorGetAddressMsg{AddressN: d.path}, &reply); err != nil {
		return nil, fmt.Errorf("reading address %v: %w", path, err)
	}
	switch {
	case reply.Address != "":
		if !common.IsHexAddress(reply.Address) {
			return nil, fmt.Errorf("%w: Trezor returned address %q", ErrDeviceProtocol, reply.Address)
		}
		d.addr = common.HexToAddress(reply.Address)
	case len(reply.OldAddress) == common.AddressLength:
		d.addr = common.BytesToAddress(reply.OldAddress)
	default:
		return nil, fmt.Errorf("%w: Trezor returned no address", ErrDeviceProtocol)
	}
	return d, nil
}

// require returns ErrDeviceTooOld unless the firmware passes g.
func (d *trezor) require(g trezorGate) error {
	want := g.modelT
	if d.version[0] <= 1 {
		want = g.one
	}
	if d.version.atLeast(want) {
		return nil
	}
	if want[0] == math.MaxUint32 {
		return fmt.Errorf("%w: Trezor model %s cannot sign %s", ErrDeviceTooOld, d.model, g.what)
	}
	return fmt.Errorf("%w: Trezor firmware %s cannot sign %s; update to %s or later", ErrDeviceTooOld, d.version, g.what, want)
}

func (d *trezor) has(g trezorGate) bool { return d.require(g) == nil }

// send writes one message.
func (d *trezor) send(m trezorMessage) error {
	if err := writeTrezorMessage(d.t, m.kind(), m.marshal()); err != nil {
		d.brokenBy = err
		return err
	}
	return nil
}

// receive reads one message.
func (d *trezor) receive() (uint16, []byte, error) {
	kind, payload, err := readTrezorMessage(d.t)
	if err != nil {
		d.brokenBy = err
	}
	return kind, payload, err
}

// call sends req and answers the device's interaction requests (button,
// PIN, passphrase) until it sends one of replies, which it decodes into
// that reply and returns the reply's index. action names what the holder
// confirms ("the transaction"). The caller holds d.mu (or owns d alone).
func (d *trezor) call(ctx context.Context, action string, req trezorMessage, replies ...trezorMessage) (int, error) {
	if d.closed {
		return 0, ErrClosed
	}
	if d.brokenBy != nil {
		return 0, fmt.Errorf("session broken by an earlier Trezor error: %w", d.brokenBy)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := d.send(req); err != nil {
		return 0, err
	}
	for {
		if err := ctx.Err(); err != nil {
			d.cancel()
			return 0, err
		}
		kind, payload, err := d.receive()
		if err != nil {
			return 0, err
		}
		for i, r := range replies {
			if r.kind() == kind {
				if err := r.unmarshal(payload); err != nil {
					return 0, fmt.Errorf("%w: message %d: %v", ErrDeviceProtocol, kind, err)
				}
				return i, nil
			}
		}
		next, err := d.interact(kind, payload, action)
		if err != nil {
			return 0, err
		}
		if err := d.send(next); err != nil {
			return 0, err
		}
	}
}

// interact answers a device request that is not a reply: it returns the
// message to send back, or the error the device reported.
func (d *trezor) interact(kind uint16, payload []byte, action string) (trezorMessage, error) {
	switch kind {
	case trezorFailure:
		var f trezorFailureMsg
		if err := f.unmarshal(payload); err != nil {
			return nil, fmt.Errorf("%w: Failure: %v", ErrDeviceProtocol, err)
		}
		return nil, f.err()
	case trezorButtonRequest:
		if action == "" {
			d.opts.notify("Confirm on the Trezor")
		} else {
			d.opts.notify("Confirm " + action + " on the Trezor")
		}
		return &trezorEmpty{Type: trezorButtonAck}, nil
	case trezorPinMatrixRequest:
		if d.opts.Prompt == nil {
			d.cancel()
			return nil, fmt.Errorf("%w: the Trezor is locked and no prompt is set to ask for its PIN", ErrNoSecret)
		}
		pin, err := d.opts.Prompt(trezorPINMatrix)
		if err != nil {
			d.cancel()
			return nil, fmt.Errorf("prompting for the Trezor PIN: %w", err)
		}
		if pin == "" || strings.Trim(pin, "123456789") != "" {
			d.cancel()
			return nil, errTrezorPINFormat
		}
		return &trezorPinMatrixAckMsg{Pin: pin}, nil
	case trezorPassphraseRequest:
		var req trezorPassphraseRequestMsg
		if err := req.unmarshal(payload); err != nil {
			return nil, fmt.Errorf("%w: PassphraseRequest: %v", ErrDeviceProtocol, err)
		}
		if req.OnDevice {
			d.opts.notify("Enter the passphrase on the Trezor")
			return &trezorPassphraseAckMsg{}, nil
		}
		if d.opts.Prompt == nil {
			if d.version[0] >= 2 && d.version.atLeast(trezorVersion{2, 3, 0}) {
				d.opts.notify("Enter the passphrase on the Trezor")
				return &trezorPassphraseAckMsg{OnDevice: true}, nil
			}
			d.cancel()
			return nil, fmt.Errorf("%w: the Trezor wants a passphrase and no prompt is set", ErrNoSecret)
		}
		pass, err := d.opts.Prompt("Trezor passphrase (empty for the standard wallet)")
		if err != nil {
			d.cancel()
			return nil, fmt.Errorf("prompting for the Trezor passphrase: %w", err)
		}
		return &trezorPassphraseAckMsg{Passphrase: pass}, nil
	case trezorPassphraseStateRequest:
		return &trezorEmpty{Type: trezorPassphraseStateAck}, nil
	default:
		d.cancel()
		return nil, fmt.Errorf("%w: unexpected Trezor message type %d", ErrDeviceProtocol, kind)
	}
}

// trezorCancelDrain bounds how many messages cancel reads while waiting
// for the device to acknowledge a Cancel.
const trezorCancelDrain = 16

// cancel aborts the device's current workflow so it does not stay waiting
// for an answer, reading what the device sent before the Failure that
// acknowledges the Cancel. If no Failure comes, the session is marked
// broken.
func (d *trezor) cancel() {
	if d.brokenBy != nil || d.send(&trezorEmpty{Type: trezorCancel}) != nil {
		return
	}
	for i := 0; i < trezorCancelDrain; i++ {
		kind, _, err := d.receive()
		if err != nil || kind == trezorFailure {
			return
		}
	}
	d.brokenBy = fmt.Errorf("%w: Trezor did not acknowledge Cancel", ErrDeviceProtocol)
}

// err maps a device Failure to the package's errors.
func (f *trezorFailureMsg) err() error {
	switch f.Code {
	case trezorFailureActionCancelled, trezorFailurePinExpected, trezorFailurePinCancelled,
		trezorFailurePinInvalid, trezorFailureNotInitialized:
		return fmt.Errorf("%w: Trezor: %s (failure %d)", ErrDeviceRefused, f.Message, f.Code)
	default:
		return fmt.Errorf("%w: Trezor: %s (failure %d)", ErrDeviceProtocol, f.Message, f.Code)
	}
}

// lock takes the device for one operation.
func (d *trezor) lock() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return ErrClosed
	}
	return nil
}

func (d *trezor) Address() common.Address { return d.addr }

func (d *trezor) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	return d.t.Close()
}

// SignTx signs legacy (EIP-155) and EIP-1559 transactions; the firmware
// has no message for other types.
func (d *trezor) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: chain id must be positive", ErrChainIDMismatch)
	}
	if tx.Type() != types.LegacyTxType && tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: tx has %v, signing for %v", ErrChainIDMismatch, tx.ChainId(), chainID)
	}
	if err := d.lock(); err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	switch tx.Type() {
	case types.LegacyTxType, types.DynamicFeeTxType:
	default:
		return nil, fmt.Errorf("%w: Trezor firmware cannot sign type-%d transactions", ErrNotSupported, tx.Type())
	}
	if !chainID.IsUint64() {
		return nil, fmt.Errorf("%w: Trezor firmware cannot sign for chain id %v (above 2^64-1)", ErrNotSupported, chainID)
	}
	if chainID.Uint64() > math.MaxUint32 {
		if err := d.require(gate64Chain); err != nil {
			return nil, err
		}
	}

	data := tx.Data()
	if uint64(len(data)) > math.MaxUint32 {
		return nil, fmt.Errorf("%w: calldata of %d bytes is too long for a Trezor", ErrNotSupported, len(data))
	}
	first := data[:min(len(data), trezorChunkSize)]
	var req trezorMessage
	if tx.Type() == types.LegacyTxType {
		m := &trezorSignTxMsg{
			AddressN: d.path, Nonce: trezorUint(tx.Nonce()), GasPrice: tx.GasPrice().Bytes(),
			GasLimit: trezorUint(tx.Gas()), Value: tx.Value().Bytes(),
			DataInitialChunk: first, DataLength: uint32(len(data)), ChainID: chainID.Uint64(),
		}
		if to := tx.To(); to != nil {
			if d.has(gateHexAddress) {
				m.To = to.Hex()
			} else {
				m.ToBin = to.Bytes()
			}
		}
		req = m
	} else {
		if err := d.require(gateEIP1559); err != nil {
			return nil, err
		}
		m := &trezorSignTxEIP1559Msg{
			AddressN: d.path, Nonce: trezorUint(tx.Nonce()), MaxGasFee: tx.GasFeeCap().Bytes(),
			MaxPriorityFee: tx.GasTipCap().Bytes(), GasLimit: trezorUint(tx.Gas()), Value: tx.Value().Bytes(),
			DataInitialChunk: first, DataLength: uint32(len(data)), ChainID: chainID.Uint64(),
		}
		if to := tx.To(); to != nil {
			m.To = to.Hex()
		}
		for _, t := range tx.AccessList() {
			e := trezorAccessListEntry{Address: t.Address.Hex()}
			for _, k := range t.StorageKeys {
				e.StorageKeys = append(e.StorageKeys, k.Bytes())
			}
			m.AccessList = append(m.AccessList, e)
		}
		req = m
	}

	sent := len(first)
	var reply trezorTxRequestMsg
	if _, err := d.call(ctx, "the transaction", req, &reply); err != nil {
		return nil, fmt.Errorf("signing transaction: %w", err)
	}
	for reply.DataLength.Set && reply.DataLength.Value > 0 {
		n := int(reply.DataLength.Value)
		if n > trezorChunkSize || n > len(data)-sent {
			d.cancel()
			return nil, fmt.Errorf("%w: Trezor asked for %d calldata bytes, %d remain", ErrDeviceProtocol, n, len(data)-sent)
		}
		chunk := data[sent : sent+n]
		sent += n
		if _, err := d.call(ctx, "the transaction", &trezorTxAckMsg{DataChunk: chunk}, &reply); err != nil {
			return nil, fmt.Errorf("signing transaction: %w", err)
		}
	}
	if !reply.SignatureV.Set || len(reply.SignatureR) == 0 || len(reply.SignatureR) > 32 ||
		len(reply.SignatureS) == 0 || len(reply.SignatureS) > 32 {
		return nil, fmt.Errorf("%w: Trezor returned no complete transaction signature", ErrDeviceProtocol)
	}
	parity, err := trezorTxParity(tx.Type(), reply.SignatureV.Value, chainID.Uint64())
	if err != nil {
		return nil, err
	}
	sig := make([]byte, crypto.SignatureLength)
	copy(sig[32-len(reply.SignatureR):32], reply.SignatureR)
	copy(sig[64-len(reply.SignatureS):64], reply.SignatureS)
	sig[64] = parity
	signer := types.LatestSignerForChainID(chainID)
	signed, err := tx.WithSignature(signer, sig)
	if err != nil {
		return nil, fmt.Errorf("%w: attaching Trezor signature: %v", ErrDeviceProtocol, err)
	}
	if from, err := types.Sender(signer, signed); err != nil || from != d.addr {
		return nil, fmt.Errorf("%w: Trezor signature recovers to %v (%v), not %v", ErrDeviceProtocol, from, err, d.addr)
	}
	return signed, nil
}

// trezorTxParity extracts the recovery id from the signature_v the device
// returned: 35+2·chainID+parity for EIP-155, parity alone for typed
// transactions and for chain ids too large for the field, 27+parity from
// firmware that predates either.
func trezorTxParity(txType uint8, v uint32, chainID uint64) (byte, error) {
	switch {
	case v <= 1:
		return byte(v), nil
	case v == 27 || v == 28:
		return byte(v - 27), nil
	case txType == types.LegacyTxType && chainID <= trezorMaxLegacyChainID:
		base := 35 + 2*chainID
		if uint64(v) == base || uint64(v) == base+1 {
			return byte(uint64(v) - base), nil
		}
	}
	return 0, fmt.Errorf("%w: Trezor returned signature v=%d for chain id %d", ErrDeviceProtocol, v, chainID)
}

// trezorUint is n as a minimal big-endian byte string (empty for zero), the
// form Trezor wants for quantities.
func trezorUint(n uint64) []byte { return new(big.Int).SetUint64(n).Bytes() }

// SignPersonal signs msg with EthereumSignMessage, which prefixes it with
// "\x19Ethereum Signed Message:\n" and its length on the device.
func (d *trezor) SignPersonal(ctx context.Context, msg []byte) ([]byte, error) {
	if err := d.lock(); err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	reply := trezorSignatureMsg{Type: trezorEthereumMessageSignature}
	if _, err := d.call(ctx, "the message", &trezorSignMessageMsg{AddressN: d.path, Message: msg}, &reply); err != nil {
		return nil, fmt.Errorf("signing message: %w", err)
	}
	return d.checkMessageSignature(reply.Signature, accounts.TextHash(msg))
}

// checkMessageSignature normalises a 65-byte r‖s‖v signature to v ∈ {27,
// 28} and checks it recovers to the account for digest.
func (d *trezor) checkMessageSignature(sig, digest []byte) ([]byte, error) {
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: Trezor returned a %d-byte signature", ErrDeviceProtocol, len(sig))
	}
	sig = append([]byte{}, sig...)
	switch sig[64] {
	case 0, 1:
		sig[64] += 27
	case 27, 28:
	default:
		return nil, fmt.Errorf("%w: Trezor returned signature v=%d", ErrDeviceProtocol, sig[64])
	}
	check := append([]byte{}, sig...)
	check[64] -= 27
	pub, err := crypto.SigToPub(digest, check)
	if err != nil || crypto.PubkeyToAddress(*pub) != d.addr {
		return nil, fmt.Errorf("%w: Trezor message signature does not recover to %v", ErrDeviceProtocol, d.addr)
	}
	return sig, nil
}

// SignTypedData sends the whole typed data to the device, which shows and
// hashes it (firmware 2.4.3 or later). A Trezor One can only sign the two
// EIP-712 hashes, which the holder cannot check on the device; the driver
// says so through Options.Notify before asking.
func (d *trezor) SignTypedData(ctx context.Context, data apitypes.TypedData) ([]byte, error) {
	digest, domainHash, messageHash, err := trezorTypedDigest(data)
	if err != nil {
		return nil, err
	}
	if err := d.lock(); err != nil {
		return nil, err
	}
	defer d.mu.Unlock()
	reply := trezorSignatureMsg{Type: trezorEthereumTypedDataSignature}
	switch {
	case d.has(gateTypedData):
		if _, err := d.signTypedData(ctx, data, &reply); err != nil {
			return nil, fmt.Errorf("signing typed data: %w", err)
		}
	case d.has(gateTypedHash):
		d.opts.notify("This Trezor can only sign EIP-712 data as two hashes (blind signing): " +
			"check domain hash " + common.Bytes2Hex(domainHash) + " and message hash " +
			common.Bytes2Hex(messageHash) + " on the device")
		req := &trezorSignTypedHashMsg{AddressN: d.path, DomainSeparatorHash: domainHash, MessageHash: messageHash}
		if _, err := d.call(ctx, "the typed-data hashes", req, &reply); err != nil {
			return nil, fmt.Errorf("signing typed data hashes: %w", err)
		}
	case d.version[0] <= 1:
		return nil, d.require(gateTypedHash)
	default:
		return nil, d.require(gateTypedData)
	}
	return d.checkMessageSignature(reply.Signature, digest)
}

// SignAuthorization is not supported: Trezor firmware has no message for
// EIP-7702 authorisations.
func (d *trezor) SignAuthorization(context.Context, types.SetCodeAuthorization) (types.SetCodeAuthorization, error) {
	return types.SetCodeAuthorization{}, fmt.Errorf("%w: Trezor firmware cannot sign EIP-7702 authorisations", ErrNotSupported)
}

// SignHash is not supported: a hardware wallet cannot sign raw digests.
func (d *trezor) SignHash(context.Context, common.Hash) ([]byte, error) {
	return nil, fmt.Errorf("%w: a hardware wallet cannot sign raw digests", ErrNotSupported)
}
