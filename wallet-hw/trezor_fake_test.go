package wallethw

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// trezorTestMnemonic is the seed trezor-firmware's device tests load.
const trezorTestMnemonic = "all all all all all all all all all all all all"

// fakeTrezor is an in-memory Trezor: it speaks the wire protocol over
// HID-sized reports, derives keys from a BIP-39 mnemonic with the test
// BIP-32 code and signs with go-ethereum's deterministic (RFC 6979, low-S)
// ECDSA, as trezor-crypto does. Every digest it signs is computed from the
// protobuf fields it received, so a signature that matches a firmware
// fixture proves what the driver sent.
type fakeTrezor struct {
	tb       testing.TB
	mnemonic string
	model    string
	version  trezorVersion

	pin  string  // PIN the holder set; "" for none
	grid [9]byte // digit shown at keypad positions 7 8 9 / 4 5 6 / 1 2 3, in that order
	pass bool    // passphrase protection on
	// devicePass is what the holder types when the passphrase is entered
	// on the device.
	devicePass string
	// legacyPassphrase makes PassphraseRequest carry the pre-2.3.0
	// _on_device flag.
	legacyPassphrase bool
	reject           bool // the holder rejects every confirmation
	oldAddress       bool // answer EthereumAddress with 20 raw bytes
	chunk            uint32

	toDevice   chan []byte
	fromDevice chan []byte
	done       chan struct{}
	closeOnce  sync.Once

	mu       sync.Mutex
	received []uint16 // message types the device received, in order
	session  *string  // cached passphrase
	unlocked bool
}

// errFakeTrezorClosed stops the fake's loop when the transport is closed.
var errFakeTrezorClosed = errors.New("fake trezor: closed")

// newFakeTrezor starts a model T on firmware 2.8.0 holding mnemonic.
func newFakeTrezor(tb testing.TB, mnemonic string, configure ...func(*fakeTrezor)) *fakeTrezor {
	f := &fakeTrezor{
		tb: tb, mnemonic: mnemonic, model: "T", version: trezorVersion{2, 8, 0},
		grid:     [9]byte{'3', '9', '1', '7', '5', '2', '8', '6', '4'},
		chunk:    trezorChunkSize,
		toDevice: make(chan []byte, 4096), fromDevice: make(chan []byte, 4096), done: make(chan struct{}),
	}
	for _, c := range configure {
		c(f)
	}
	go f.serve()
	tb.Cleanup(func() { f.Close() })
	return f
}

// trezorOne configures the fake as a Trezor One on firmware 1.12.1.
func trezorOne(f *fakeTrezor) { f.model, f.version = "1", trezorVersion{1, 12, 1} }

// Write implements Transport: one report from the host.
func (f *fakeTrezor) Write(p []byte) (int, error) {
	if len(p) != ReportSize {
		return 0, fmt.Errorf("fake trezor: %d-byte report", len(p))
	}
	select {
	case <-f.done:
		return 0, io.ErrClosedPipe
	case f.toDevice <- append([]byte{}, p...):
		return len(p), nil
	}
}

// Read implements Transport: one report to the host.
func (f *fakeTrezor) Read(p []byte) (int, error) {
	select {
	case <-f.done:
		return 0, io.ErrClosedPipe
	case r := <-f.fromDevice:
		return copy(p, r), nil
	case <-time.After(5 * time.Second):
		return 0, errors.New("fake trezor: host waited for a reply that never came")
	}
}

// Close implements Transport.
func (f *fakeTrezor) Close() error {
	f.closeOnce.Do(func() { close(f.done) })
	return nil
}

// fakeTrezorReader yields the host's reports to the device side.
type fakeTrezorReader struct{ f *fakeTrezor }

func (r fakeTrezorReader) Read(p []byte) (int, error) {
	select {
	case <-r.f.done:
		return 0, errFakeTrezorClosed
	case rep := <-r.f.toDevice:
		return copy(p, rep), nil
	}
}

// fakeTrezorWriter queues the device's reports for the host.
type fakeTrezorWriter struct{ f *fakeTrezor }

func (w fakeTrezorWriter) Write(p []byte) (int, error) {
	w.f.fromDevice <- append([]byte{}, p...)
	return len(p), nil
}

func (f *fakeTrezor) recv() (uint16, []byte, error) {
	kind, payload, err := readTrezorMessage(fakeTrezorReader{f})
	if err == nil {
		f.mu.Lock()
		f.received = append(f.received, kind)
		f.mu.Unlock()
	}
	return kind, payload, err
}

func (f *fakeTrezor) send(m trezorMessage) {
	if err := writeTrezorMessage(fakeTrezorWriter{f}, m.kind(), m.marshal()); err != nil {
		f.tb.Errorf("fake trezor: %v", err)
	}
}

// receivedKinds returns the message types received so far.
func (f *fakeTrezor) receivedKinds() []uint16 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]uint16{}, f.received...)
}

// count returns how often the device received kind.
func (f *fakeTrezor) count(kind uint16) int {
	n := 0
	for _, k := range f.receivedKinds() {
		if k == kind {
			n++
		}
	}
	return n
}

// fakeTrezorFailure aborts a workflow with a Failure to the host.
type fakeTrezorFailure struct {
	code uint32
	msg  string
}

func (e *fakeTrezorFailure) Error() string { return e.msg }

func trezorFailf(code uint32, format string, args ...interface{}) error {
	return &fakeTrezorFailure{code: code, msg: fmt.Sprintf(format, args...)}
}

func (f *fakeTrezor) serve() {
	for {
		kind, payload, err := f.recv()
		if err != nil {
			if !errors.Is(err, errFakeTrezorClosed) {
				f.tb.Errorf("fake trezor: %v", err)
			}
			return
		}
		reply, err := f.handle(kind, payload)
		var fail *fakeTrezorFailure
		switch {
		case errors.As(err, &fail):
			f.send(&trezorFailureMsg{Code: fail.code, Message: fail.msg})
		case errors.Is(err, errFakeTrezorClosed):
			return
		case err != nil:
			f.send(&trezorFailureMsg{Code: trezorFailureDataError, Message: err.Error()})
		default:
			f.send(reply)
		}
	}
}

// ask sends req and waits for a message of kind want; Cancel aborts.
func (f *fakeTrezor) ask(req trezorMessage, want uint16, cancelled uint32) ([]byte, error) {
	f.send(req)
	kind, payload, err := f.recv()
	if err != nil {
		return nil, err
	}
	switch kind {
	case want:
		return payload, nil
	case trezorCancel:
		return nil, trezorFailf(cancelled, "Cancelled")
	default:
		return nil, trezorFailf(trezorFailureUnexpectedMessage, "Unexpected message %d", kind)
	}
}

// confirm asks the holder to press the button.
func (f *fakeTrezor) confirm() error {
	if _, err := f.ask(&trezorButtonRequestMsg{Code: 8}, trezorButtonAck, trezorFailureActionCancelled); err != nil {
		return err
	}
	if f.reject {
		return trezorFailf(trezorFailureActionCancelled, "Cancelled")
	}
	return nil
}

// pinPositions is how a holder looking at the fake's grid types pin.
func (f *fakeTrezor) pinPositions(pin string) string {
	const keypad = "789456123"
	var out strings.Builder
	for _, digit := range []byte(pin) {
		out.WriteByte(keypad[bytes.IndexByte(f.grid[:], digit)])
	}
	return out.String()
}

// unlock asks for the PIN and the passphrase as a locked device does.
func (f *fakeTrezor) unlock() error {
	if f.pin != "" && !f.unlocked {
		payload, err := f.ask(&trezorPinMatrixRequestMsg{Type: 1}, trezorPinMatrixAck, trezorFailurePinCancelled)
		if err != nil {
			return err
		}
		var ack trezorPinMatrixAckMsg
		if err := ack.unmarshal(payload); err != nil {
			return err
		}
		const keypad = "789456123"
		var entered strings.Builder
		for _, pos := range []byte(ack.Pin) {
			i := strings.IndexByte(keypad, pos)
			if i < 0 {
				return trezorFailf(trezorFailurePinInvalid, "Invalid PIN")
			}
			entered.WriteByte(f.grid[i])
		}
		if entered.String() != f.pin {
			return trezorFailf(trezorFailurePinInvalid, "Invalid PIN")
		}
		f.unlocked = true
	}
	if f.pass && f.session == nil {
		payload, err := f.ask(&trezorPassphraseRequestMsg{OnDevice: f.legacyPassphrase}, trezorPassphraseAck, trezorFailureActionCancelled)
		if err != nil {
			return err
		}
		var ack trezorPassphraseAckMsg
		if err := ack.unmarshal(payload); err != nil {
			return err
		}
		pass := ack.Passphrase
		if ack.OnDevice || f.legacyPassphrase {
			pass = f.devicePass
		}
		f.session = &pass
	}
	return nil
}

func (f *fakeTrezor) handle(kind uint16, payload []byte) (trezorMessage, error) {
	switch kind {
	case trezorInitialize:
		f.session, f.unlocked = nil, false
		return &trezorFeaturesMsg{
			Vendor: "trezor.io", Major: f.version[0], Minor: f.version[1], Patch: f.version[2],
			Initialized: true, Model: f.model,
		}, nil
	case trezorEthereumGetAddress:
		var m trezorGetAddressMsg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		if err := f.unlock(); err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(hdKey(f.tb, f.mnemonic, f.passphrase(), m.AddressN).PublicKey)
		if f.oldAddress {
			return &trezorAddressMsg{OldAddress: addr.Bytes()}, nil
		}
		return &trezorAddressMsg{Address: addr.Hex()}, nil
	case trezorEthereumSignTx:
		var m trezorSignTxMsg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		return f.signTx(m.AddressN, m.DataInitialChunk, m.DataLength, func(data []byte) (types.Signer, types.TxData, error) {
			to, err := fakeTrezorTo(m.To, m.ToBin)
			if err != nil {
				return nil, nil, err
			}
			tx := &types.LegacyTx{
				Nonce: new(big.Int).SetBytes(m.Nonce).Uint64(), GasPrice: new(big.Int).SetBytes(m.GasPrice),
				Gas: new(big.Int).SetBytes(m.GasLimit).Uint64(), To: to, Value: new(big.Int).SetBytes(m.Value), Data: data,
			}
			return types.NewEIP155Signer(new(big.Int).SetUint64(m.ChainID)), tx, nil
		}, m.ChainID)
	case trezorEthereumSignTxEIP1559:
		if f.version[0] >= 2 && !f.version.atLeast(trezorVersion{2, 4, 2}) {
			return nil, trezorFailf(trezorFailureUnexpectedMessage, "Unexpected message")
		}
		var m trezorSignTxEIP1559Msg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		return f.signTx(m.AddressN, m.DataInitialChunk, m.DataLength, func(data []byte) (types.Signer, types.TxData, error) {
			to, err := fakeTrezorTo(m.To, nil)
			if err != nil {
				return nil, nil, err
			}
			var al types.AccessList
			for _, e := range m.AccessList {
				if !common.IsHexAddress(e.Address) {
					return nil, nil, fmt.Errorf("bad access-list address %q", e.Address)
				}
				t := types.AccessTuple{Address: common.HexToAddress(e.Address)}
				for _, k := range e.StorageKeys {
					if len(k) != 32 {
						return nil, nil, fmt.Errorf("%d-byte storage key", len(k))
					}
					t.StorageKeys = append(t.StorageKeys, common.BytesToHash(k))
				}
				al = append(al, t)
			}
			chainID := new(big.Int).SetUint64(m.ChainID)
			tx := &types.DynamicFeeTx{
				ChainID: chainID, Nonce: new(big.Int).SetBytes(m.Nonce).Uint64(),
				GasTipCap: new(big.Int).SetBytes(m.MaxPriorityFee), GasFeeCap: new(big.Int).SetBytes(m.MaxGasFee),
				Gas: new(big.Int).SetBytes(m.GasLimit).Uint64(), To: to, Value: new(big.Int).SetBytes(m.Value),
				Data: data, AccessList: al,
			}
			return types.NewLondonSigner(chainID), tx, nil
		}, 0)
	case trezorEthereumSignMessage:
		var m trezorSignMessageMsg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		return f.signDigest(m.AddressN, accounts.TextHash(m.Message), trezorEthereumMessageSignature)
	case trezorEthereumSignTypedHash:
		if f.model != "1" {
			return nil, trezorFailf(trezorFailureUnexpectedMessage, "Unexpected message")
		}
		var m trezorSignTypedHashMsg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		if len(m.DomainSeparatorHash) != 32 || (m.MessageHash != nil && len(m.MessageHash) != 32) {
			return nil, trezorFailf(trezorFailureDataError, "Invalid hash length")
		}
		digest := crypto.Keccak256(append(append([]byte{0x19, 0x01}, m.DomainSeparatorHash...), m.MessageHash...))
		return f.signDigest(m.AddressN, digest, trezorEthereumTypedDataSignature)
	case trezorEthereumSignTypedData:
		if f.model == "1" || !f.version.atLeast(trezorVersion{2, 4, 3}) {
			return nil, trezorFailf(trezorFailureUnexpectedMessage, "Unexpected message")
		}
		var m trezorSignTypedDataMsg
		if err := m.unmarshal(payload); err != nil {
			return nil, err
		}
		if err := f.unlock(); err != nil {
			return nil, err
		}
		td := &fakeTrezorTypedData{f: f, types: map[string][]trezorMember{}}
		digest, err := td.digest(m.PrimaryType)
		if err != nil {
			return nil, err
		}
		return f.signDigest(m.AddressN, digest, trezorEthereumTypedDataSignature)
	case trezorCancel:
		return nil, trezorFailf(trezorFailureActionCancelled, "Cancelled")
	default:
		return nil, trezorFailf(trezorFailureUnexpectedMessage, "Unexpected message %d", kind)
	}
}

func (f *fakeTrezor) passphrase() string {
	if f.session == nil {
		return ""
	}
	return *f.session
}

// fakeTrezorTo parses a recipient as the firmware does: empty means contract
// creation.
func fakeTrezorTo(hexTo string, bin []byte) (*common.Address, error) {
	switch {
	case hexTo != "":
		if !common.IsHexAddress(hexTo) {
			return nil, fmt.Errorf("bad recipient %q", hexTo)
		}
		to := common.HexToAddress(hexTo)
		return &to, nil
	case len(bin) == common.AddressLength:
		to := common.BytesToAddress(bin)
		return &to, nil
	case len(bin) == 0:
		return nil, nil
	}
	return nil, fmt.Errorf("bad recipient %x", bin)
}

// signTx collects the calldata in chunks, asks for confirmation and signs
// the transaction build returns. legacyChainID is the EIP-155 chain id of
// a legacy transaction (0 for typed ones).
func (f *fakeTrezor) signTx(path []uint32, data []byte, total uint32, build func([]byte) (types.Signer, types.TxData, error), legacyChainID uint64) (trezorMessage, error) {
	if err := f.unlock(); err != nil {
		return nil, err
	}
	if len(data) > trezorChunkSize || uint32(len(data)) > total {
		return nil, trezorFailf(trezorFailureDataError, "Invalid size of initial chunk")
	}
	data = append([]byte{}, data...)
	for uint32(len(data)) < total {
		n := min(f.chunk, total-uint32(len(data)))
		payload, err := f.ask(&trezorTxRequestMsg{DataLength: trezorSomeUint32(n)}, trezorEthereumTxAck, trezorFailureActionCancelled)
		if err != nil {
			return nil, err
		}
		var ack trezorTxAckMsg
		if err := ack.unmarshal(payload); err != nil {
			return nil, err
		}
		if uint32(len(ack.DataChunk)) != n {
			return nil, trezorFailf(trezorFailureDataError, "Invalid data chunk length")
		}
		data = append(data, ack.DataChunk...)
	}
	signer, txdata, err := build(data)
	if err != nil {
		return nil, trezorFailf(trezorFailureDataError, "%v", err)
	}
	if err := f.confirm(); err != nil {
		return nil, err
	}
	key := hdKey(f.tb, f.mnemonic, f.passphrase(), path)
	sig, err := crypto.Sign(signer.Hash(types.NewTx(txdata)).Bytes(), key)
	if err != nil {
		return nil, err
	}
	v := uint32(sig[64])
	if legacyChainID != 0 && legacyChainID <= trezorMaxLegacyChainID {
		v += uint32(35 + 2*legacyChainID)
	}
	return &trezorTxRequestMsg{SignatureV: trezorSomeUint32(v), SignatureR: sig[:32], SignatureS: sig[32:64]}, nil
}

// signDigest confirms and signs digest as a message signature (v 27/28).
func (f *fakeTrezor) signDigest(path []uint32, digest []byte, kind uint16) (trezorMessage, error) {
	if err := f.unlock(); err != nil {
		return nil, err
	}
	if err := f.confirm(); err != nil {
		return nil, err
	}
	key := hdKey(f.tb, f.mnemonic, f.passphrase(), path)
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return &trezorSignatureMsg{Type: kind, Signature: sig, Address: crypto.PubkeyToAddress(key.PublicKey).Hex()}, nil
}

// fakeTrezorTypedData is the device side of the EIP-712 flow, written from the
// firmware's description: collect the struct types by name, then hash the
// domain (member path 0) and the message (1), asking for every value.
type fakeTrezorTypedData struct {
	f     *fakeTrezor
	types map[string][]trezorMember
}

func (td *fakeTrezorTypedData) digest(primary string) ([]byte, error) {
	if err := td.collect(trezorDomainType); err != nil {
		return nil, err
	}
	if primary != trezorDomainType {
		if err := td.collect(primary); err != nil {
			return nil, err
		}
	}
	domain, err := td.hashStruct(trezorDomainType, []uint32{0})
	if err != nil {
		return nil, err
	}
	var message []byte
	if primary != trezorDomainType {
		if message, err = td.hashStruct(primary, []uint32{1}); err != nil {
			return nil, err
		}
	}
	if err := td.f.confirm(); err != nil {
		return nil, err
	}
	return crypto.Keccak256(append(append([]byte{0x19, 0x01}, domain...), message...)), nil
}

func (td *fakeTrezorTypedData) collect(name string) error {
	payload, err := td.f.ask(&trezorStructRequestMsg{Name: name}, trezorTypedDataStructAck, trezorFailureActionCancelled)
	if err != nil {
		return err
	}
	var ack trezorStructAckMsg
	if err := ack.unmarshal(payload); err != nil {
		return err
	}
	td.types[name] = ack.Members
	for _, m := range ack.Members {
		t := m.Type
		for t.DataType == trezorTypeArray {
			if t.EntryType == nil {
				return trezorFailf(trezorFailureDataError, "array without entry type")
			}
			t = *t.EntryType
		}
		if t.DataType == trezorTypeStruct {
			if _, ok := td.types[t.StructName]; !ok {
				if err := td.collect(t.StructName); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// typeName spells a field type in EIP-712 notation.
func fakeTrezorTypeName(t trezorFieldType) string {
	switch t.DataType {
	case trezorTypeArray:
		if t.Size.Set {
			return fmt.Sprintf("%s[%d]", fakeTrezorTypeName(*t.EntryType), t.Size.Value)
		}
		return fakeTrezorTypeName(*t.EntryType) + "[]"
	case trezorTypeStruct:
		return t.StructName
	case trezorTypeUint:
		return fmt.Sprintf("uint%d", 8*t.Size.Value)
	case trezorTypeInt:
		return fmt.Sprintf("int%d", 8*t.Size.Value)
	case trezorTypeBytes:
		if t.Size.Set {
			return fmt.Sprintf("bytes%d", t.Size.Value)
		}
		return "bytes"
	case trezorTypeString:
		return "string"
	case trezorTypeBool:
		return "bool"
	case trezorTypeAddress:
		return "address"
	}
	return "?"
}

// typeHash is keccak256 of the type's encoding with its dependencies
// appended in alphabetical order.
func (td *fakeTrezorTypedData) typeHash(name string) []byte {
	deps := map[string]bool{}
	var walk func(string)
	walk = func(n string) {
		for _, m := range td.types[n] {
			t := m.Type
			for t.DataType == trezorTypeArray {
				t = *t.EntryType
			}
			if t.DataType == trezorTypeStruct && !deps[t.StructName] && t.StructName != name {
				deps[t.StructName] = true
				walk(t.StructName)
			}
		}
	}
	walk(name)
	names := []string{}
	for n := range deps {
		names = append(names, n)
	}
	sort.Strings(names)
	var enc strings.Builder
	for _, n := range append([]string{name}, names...) {
		fields := []string{}
		for _, m := range td.types[n] {
			fields = append(fields, fakeTrezorTypeName(m.Type)+" "+m.Name)
		}
		enc.WriteString(n + "(" + strings.Join(fields, ",") + ")")
	}
	return crypto.Keccak256([]byte(enc.String()))
}

func (td *fakeTrezorTypedData) hashStruct(name string, path []uint32) ([]byte, error) {
	buf := td.typeHash(name)
	for i, m := range td.types[name] {
		word, err := td.encode(m.Type, append(append([]uint32{}, path...), uint32(i)))
		if err != nil {
			return nil, err
		}
		buf = append(buf, word...)
	}
	return crypto.Keccak256(buf), nil
}

func (td *fakeTrezorTypedData) value(path []uint32) ([]byte, error) {
	payload, err := td.f.ask(&trezorValueRequestMsg{MemberPath: path}, trezorTypedDataValueAck, trezorFailureActionCancelled)
	if err != nil {
		return nil, err
	}
	var ack trezorValueAckMsg
	if err := ack.unmarshal(payload); err != nil {
		return nil, err
	}
	return ack.Value, nil
}

// encode returns the 32-byte encoding of the field at path.
func (td *fakeTrezorTypedData) encode(t trezorFieldType, path []uint32) ([]byte, error) {
	switch t.DataType {
	case trezorTypeStruct:
		return td.hashStruct(t.StructName, path)
	case trezorTypeArray:
		n := t.Size.Value
		if !t.Size.Set {
			v, err := td.value(path)
			if err != nil {
				return nil, err
			}
			if len(v) != 2 {
				return nil, trezorFailf(trezorFailureDataError, "array length must be 2 bytes")
			}
			n = uint32(binary.BigEndian.Uint16(v))
		}
		var buf []byte
		for i := uint32(0); i < n; i++ {
			word, err := td.encode(*t.EntryType, append(append([]uint32{}, path...), i))
			if err != nil {
				return nil, err
			}
			buf = append(buf, word...)
		}
		return crypto.Keccak256(buf), nil
	}
	v, err := td.value(path)
	if err != nil {
		return nil, err
	}
	want := map[uint32]int{trezorTypeBool: 1, trezorTypeAddress: 20}[t.DataType]
	if t.Size.Set {
		want = int(t.Size.Value)
	}
	if want != 0 && len(v) != want {
		return nil, trezorFailf(trezorFailureDataError, "value at %v has %d bytes, want %d", path, len(v), want)
	}
	word := make([]byte, 32)
	switch t.DataType {
	case trezorTypeString:
		return crypto.Keccak256(v), nil
	case trezorTypeBytes:
		if !t.Size.Set {
			return crypto.Keccak256(v), nil
		}
		copy(word, v)
	case trezorTypeInt:
		if v[0]&0x80 != 0 {
			for i := range word {
				word[i] = 0xff
			}
		}
		copy(word[32-len(v):], v)
	default:
		copy(word[32-len(v):], v)
	}
	return word, nil
}

// openFakeTrezor opens the driver on f at path.
func openFakeTrezor(t *testing.T, f *fakeTrezor, path string, opts Options) Signer {
	t.Helper()
	p, err := accounts.ParseDerivationPath(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewTrezor(context.Background(), f, p, opts)
	if err != nil {
		t.Fatalf("NewTrezor(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
