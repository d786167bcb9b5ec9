package wallethw

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/genesis"
)

// fakeLedger is an in-memory Ethereum app behind a Transport. It parses the
// APDUs it receives the way the app does — it decodes the transaction RLP,
// rebuilds typed data from the EIP-712 struct stream, reads the EIP-7702
// TLV — and signs what it decoded with a key derived from the requested
// path, so a test passes only if the driver sent the right payload.
type fakeLedger struct {
	version LedgerAppVersion
	status  map[byte]uint16 // INS → status word to answer instead
	// wrongKey makes the device sign with another key than it reports.
	wrongKey bool

	deframe hidDeframer
	replies [][]byte
	closed  bool
	err     error // first parse failure, reported by the test

	txPath   []byte
	txBuf    []byte
	msgPath  []byte
	msgLen   int
	msgBuf   []byte
	authPath []byte
	authLen  int
	authBuf  []byte

	structs    map[string][]apitypes.Type
	structName string
	events     []eip712Event
	valueBuf   []byte
}

// eip712Event is one EIP712 SEND STRUCT IMPLEMENTATION the fake received.
type eip712Event struct {
	kind  byte // eip712P2StructName, eip712P2Array or eip712P2Field
	name  string
	count int
	value []byte
}

func newFakeLedger(v LedgerAppVersion) *fakeLedger {
	return &fakeLedger{version: v, status: map[byte]uint16{}, structs: map[string][]apitypes.Type{}}
}

// fakeLedgerKey derives the fake's key for a BIP-32 path (as encoded in
// APDUs) from a fixed seed.
func fakeLedgerKey(rawPath []byte) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("xiangchain fake ledger seed"), rawPath))
	if err != nil {
		panic(err)
	}
	return key
}

func (f *fakeLedger) Write(report []byte) (int, error) {
	if f.closed {
		return 0, errors.New("fake ledger closed")
	}
	msg, err := f.deframe.push(report)
	if err != nil {
		return 0, err
	}
	if msg != nil {
		data, sw := f.handle(msg)
		f.replies = append(f.replies, hidFrame(binary.BigEndian.AppendUint16(data, sw))...)
	}
	return len(report), nil
}

func (f *fakeLedger) Read(p []byte) (int, error) {
	if len(f.replies) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.replies[0])
	f.replies = f.replies[1:]
	return n, nil
}

func (f *fakeLedger) Close() error { f.closed = true; return nil }

// fail records a parse failure and answers "invalid data".
func (f *fakeLedger) fail(format string, args ...any) ([]byte, uint16) {
	if f.err == nil {
		f.err = fmt.Errorf(format, args...)
	}
	return nil, swInvalidData
}

// splitPath reads a BIP-32 path off the front of data.
func splitPath(data []byte) (path, rest []byte, ok bool) {
	if len(data) < 1 || len(data) < 1+4*int(data[0]) {
		return nil, nil, false
	}
	n := 1 + 4*int(data[0])
	return data[:n], data[n:], true
}

func (f *fakeLedger) handle(apdu []byte) ([]byte, uint16) {
	if len(apdu) < 5 || apdu[0] != ledgerCLA || int(apdu[4]) != len(apdu)-5 {
		return f.fail("malformed APDU %x", apdu)
	}
	ins, p1, p2, data := apdu[1], apdu[2], apdu[3], apdu[5:]
	if sw, ok := f.status[ins]; ok {
		return nil, sw
	}
	switch ins {
	case ledgerInsGetConfig:
		return []byte{0x01, f.version.Major, f.version.Minor, f.version.Patch}, swOK
	case ledgerInsGetAddress:
		path, _, ok := splitPath(data)
		if !ok {
			return f.fail("bad path in %x", data)
		}
		key := fakeLedgerKey(path)
		pub := crypto.FromECDSAPub(&key.PublicKey)
		out := append([]byte{byte(len(pub))}, pub...)
		addr := crypto.PubkeyToAddress(key.PublicKey).Hex()[2:]
		return append(append(out, byte(len(addr))), addr...), swOK
	case ledgerInsSignTx:
		return f.signTx(p1, data)
	case ledgerInsSignPersonal:
		return f.signPersonal(p1, data)
	case ledgerInsEIP712StructDef:
		return f.structDef(p2, data)
	case ledgerInsEIP712StructImp:
		return f.structImpl(p1, p2, data)
	case ledgerInsSignEIP712:
		return f.signTyped(p2, data)
	case ledgerInsSignAuth7702:
		return f.signAuth(p1, data)
	}
	return nil, swInsNotSupported
}

// sign signs digest with the key of path, v ∈ {0, 1}.
func (f *fakeLedger) sign(path, digest []byte) []byte {
	key := fakeLedgerKey(path)
	if f.wrongKey {
		key = fakeLedgerKey(append([]byte{0xff}, path...))
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		panic(err)
	}
	return sig
}

// vrs reorders r ‖ s ‖ v into the app's v ‖ r ‖ s.
func vrs(sig []byte, v byte) []byte {
	return append([]byte{v}, sig[:64]...)
}

func (f *fakeLedger) signTx(p1 byte, data []byte) ([]byte, uint16) {
	switch p1 {
	case ledgerP1First:
		path, rest, ok := splitPath(data)
		if !ok {
			return f.fail("bad path in sign tx")
		}
		f.txPath, f.txBuf = path, append([]byte{}, rest...)
	case ledgerP1More:
		if f.txPath == nil {
			return f.fail("sign tx continuation without a first block")
		}
		f.txBuf = append(f.txBuf, data...)
	default:
		return f.fail("sign tx P1 %#x", p1)
	}
	body := f.txBuf
	if len(body) > 0 && body[0] < 0x7f {
		body = body[1:]
	}
	// The app knows the transaction is complete when its RLP list is.
	if _, _, _, err := rlp.Split(body); errors.Is(err, rlp.ErrValueTooLarge) {
		return nil, swOK
	}
	tx, chainID, err := decodeLedgerPayload(f.txBuf)
	path := f.txPath
	f.txPath, f.txBuf = nil, nil
	if err != nil {
		return f.fail("decoding the transaction: %v", err)
	}
	sig := f.sign(path, types.LatestSignerForChainID(chainID).Hash(tx).Bytes())
	if tx.Type() != types.LegacyTxType {
		return vrs(sig, sig[64]), swOK
	}
	id := chainID.Bytes()
	if len(id) > 4 {
		id = id[:4]
	}
	var trunc uint32
	for _, b := range id {
		trunc = trunc<<8 | uint32(b)
	}
	return vrs(sig, byte(trunc*2+35)+sig[64]), swOK
}

// decodeLedgerPayload decodes the unsigned transaction the app receives,
// field by field, into go-ethereum's types.
func decodeLedgerPayload(raw []byte) (*types.Transaction, *big.Int, error) {
	if len(raw) == 0 {
		return nil, nil, errors.New("empty payload")
	}
	type common1559 struct {
		ChainID    *big.Int
		Nonce      uint64
		Tip, Fee   *big.Int
		Gas        uint64
		To         *common.Address `rlp:"nil"`
		Value      *big.Int
		Data       []byte
		AccessList types.AccessList
	}
	switch raw[0] {
	case types.AccessListTxType:
		var f struct {
			ChainID    *big.Int
			Nonce      uint64
			GasPrice   *big.Int
			Gas        uint64
			To         *common.Address `rlp:"nil"`
			Value      *big.Int
			Data       []byte
			AccessList types.AccessList
		}
		if err := rlp.DecodeBytes(raw[1:], &f); err != nil {
			return nil, nil, err
		}
		return types.NewTx(&types.AccessListTx{ChainID: f.ChainID, Nonce: f.Nonce, GasPrice: f.GasPrice, Gas: f.Gas,
			To: f.To, Value: f.Value, Data: f.Data, AccessList: f.AccessList}), f.ChainID, nil
	case types.DynamicFeeTxType:
		var f common1559
		if err := rlp.DecodeBytes(raw[1:], &f); err != nil {
			return nil, nil, err
		}
		return types.NewTx(&types.DynamicFeeTx{ChainID: f.ChainID, Nonce: f.Nonce, GasTipCap: f.Tip, GasFeeCap: f.Fee, Gas: f.Gas,
			To: f.To, Value: f.Value, Data: f.Data, AccessList: f.AccessList}), f.ChainID, nil
	case types.SetCodeTxType:
		var f struct {
			ChainID    *big.Int
			Nonce      uint64
			Tip, Fee   *big.Int
			Gas        uint64
			To         common.Address
			Value      *big.Int
			Data       []byte
			AccessList types.AccessList
			Auths      []types.SetCodeAuthorization
		}
		if err := rlp.DecodeBytes(raw[1:], &f); err != nil {
			return nil, nil, err
		}
		return types.NewTx(&types.SetCodeTx{ChainID: uint256.MustFromBig(f.ChainID), Nonce: f.Nonce, GasTipCap: uint256.MustFromBig(f.Tip),
			GasFeeCap: uint256.MustFromBig(f.Fee), Gas: f.Gas, To: f.To, Value: uint256.MustFromBig(f.Value), Data: f.Data,
			AccessList: f.AccessList, AuthList: f.Auths}), f.ChainID, nil
	}
	if raw[0] < 0xc0 {
		return nil, nil, fmt.Errorf("transaction type %#x is not supported", raw[0])
	}
	var f struct {
		Nonce    uint64
		GasPrice *big.Int
		Gas      uint64
		To       *common.Address `rlp:"nil"`
		Value    *big.Int
		Data     []byte
		ChainID  *big.Int
		R, S     uint64
	}
	if err := rlp.DecodeBytes(raw, &f); err != nil {
		return nil, nil, err
	}
	if f.R != 0 || f.S != 0 || f.ChainID == nil || f.ChainID.Sign() == 0 {
		return nil, nil, errors.New("legacy payload lacks the EIP-155 (chainId, 0, 0) trailer")
	}
	return types.NewTx(&types.LegacyTx{Nonce: f.Nonce, GasPrice: f.GasPrice, Gas: f.Gas, To: f.To, Value: f.Value, Data: f.Data}), f.ChainID, nil
}

func (f *fakeLedger) signPersonal(p1 byte, data []byte) ([]byte, uint16) {
	switch p1 {
	case ledgerP1First:
		path, rest, ok := splitPath(data)
		if !ok || len(rest) < 4 {
			return f.fail("bad personal message header %x", data)
		}
		f.msgPath, f.msgLen, f.msgBuf = path, int(binary.BigEndian.Uint32(rest)), append([]byte{}, rest[4:]...)
	case ledgerP1More:
		if f.msgPath == nil {
			return f.fail("personal message continuation without a first block")
		}
		f.msgBuf = append(f.msgBuf, data...)
	default:
		return f.fail("personal message P1 %#x", p1)
	}
	if len(f.msgBuf) < f.msgLen {
		return nil, swOK
	}
	if len(f.msgBuf) > f.msgLen {
		return f.fail("personal message of %d bytes, announced %d", len(f.msgBuf), f.msgLen)
	}
	sig := f.sign(f.msgPath, accounts.TextHash(f.msgBuf))
	f.msgPath = nil
	return vrs(sig, 27+sig[64]), swOK
}

// structDef records a struct definition, turning each field descriptor
// back into its EIP-712 type string.
func (f *fakeLedger) structDef(p2 byte, data []byte) ([]byte, uint16) {
	if p2 == eip712P2StructName {
		f.structName = string(data)
		f.structs[f.structName] = nil
		return nil, swOK
	}
	if p2 != eip712P2Field || f.structName == "" || len(data) < 2 {
		return f.fail("struct definition P2 %#x data %x", p2, data)
	}
	desc, rest := data[0], data[1:]
	next := func(n int) []byte {
		if len(rest) < n {
			return nil
		}
		b := rest[:n]
		rest = rest[n:]
		return b
	}
	var typ string
	switch desc & 0x0f {
	case eip712TypeCustom:
		n := next(1)
		if n == nil {
			return f.fail("custom type name missing")
		}
		typ = string(next(int(n[0])))
	case eip712TypeInt:
		typ = "int"
	case eip712TypeUint:
		typ = "uint"
	case eip712TypeAddress:
		typ = "address"
	case eip712TypeBool:
		typ = "bool"
	case eip712TypeString:
		typ = "string"
	case eip712TypeFixedBytes, eip712TypeBytes:
		typ = "bytes"
	default:
		return f.fail("type key %d", desc&0x0f)
	}
	if desc&eip712DescHasSize != 0 {
		size := next(1)
		if size == nil {
			return f.fail("size missing")
		}
		if desc&0x0f == eip712TypeInt || desc&0x0f == eip712TypeUint {
			typ += fmt.Sprint(8 * int(size[0]))
		} else {
			typ += fmt.Sprint(size[0])
		}
	}
	if desc&eip712DescArray != 0 {
		levels := next(1)
		if levels == nil {
			return f.fail("array levels missing")
		}
		for i := 0; i < int(levels[0]); i++ {
			kind := next(1)
			switch {
			case kind == nil:
				return f.fail("array level missing")
			case kind[0] == eip712ArrayDynamic:
				typ += "[]"
			case kind[0] == eip712ArrayFixed:
				n := next(1)
				if n == nil {
					return f.fail("array size missing")
				}
				typ += fmt.Sprintf("[%d]", n[0])
			default:
				return f.fail("array level kind %d", kind[0])
			}
		}
	}
	n := next(1)
	if n == nil || len(rest) != int(n[0]) {
		return f.fail("field name of %x", rest)
	}
	f.structs[f.structName] = append(f.structs[f.structName], apitypes.Type{Name: string(rest), Type: typ})
	return nil, swOK
}

func (f *fakeLedger) structImpl(p1, p2 byte, data []byte) ([]byte, uint16) {
	switch p2 {
	case eip712P2StructName:
		f.events = append(f.events, eip712Event{kind: p2, name: string(data)})
	case eip712P2Array:
		if len(data) != 1 {
			return f.fail("array length %x", data)
		}
		f.events = append(f.events, eip712Event{kind: p2, count: int(data[0])})
	case eip712P2Field:
		f.valueBuf = append(f.valueBuf, data...)
		if p1 == eip712P1Partial {
			return nil, swOK
		}
		if p1 != eip712P1Complete || len(f.valueBuf) < 2 || int(binary.BigEndian.Uint16(f.valueBuf)) != len(f.valueBuf)-2 {
			return f.fail("field value %x (P1 %#x)", f.valueBuf, p1)
		}
		f.events = append(f.events, eip712Event{kind: p2, value: f.valueBuf[2:]})
		f.valueBuf = nil
	default:
		return f.fail("struct implementation P2 %#x", p2)
	}
	return nil, swOK
}

func (f *fakeLedger) signTyped(p2 byte, data []byte) ([]byte, uint16) {
	path, rest, ok := splitPath(data)
	if !ok {
		return f.fail("bad path in EIP-712 sign")
	}
	var digest []byte
	switch {
	case p2 == 0 && len(rest) == 64:
		digest = crypto.Keccak256([]byte{0x19, 0x01}, rest)
	case p2 == 1 && len(rest) == 0:
		td, err := f.rebuildTypedData()
		if err != nil {
			return f.fail("rebuilding typed data: %v", err)
		}
		if digest, _, err = apitypes.TypedDataAndHash(td); err != nil {
			return f.fail("hashing rebuilt typed data: %v", err)
		}
	default:
		return f.fail("EIP-712 sign P2 %d with %d bytes", p2, len(rest))
	}
	sig := f.sign(path, digest)
	return vrs(sig, 27+sig[64]), swOK
}

// rebuildTypedData turns the struct definitions and the value stream back
// into typed data, as the device would hash it.
func (f *fakeLedger) rebuildTypedData() (apitypes.TypedData, error) {
	events := f.events
	f.events = nil
	pop := func() (eip712Event, error) {
		if len(events) == 0 {
			return eip712Event{}, errors.New("value stream ended early")
		}
		e := events[0]
		events = events[1:]
		return e, nil
	}
	var decodeStruct func(name string) (map[string]any, error)
	var decodeField func(typ string) (any, error)
	decodeField = func(typ string) (any, error) {
		if i := strings.LastIndex(typ, "["); i >= 0 {
			e, err := pop()
			if err != nil || e.kind != eip712P2Array {
				return nil, fmt.Errorf("want the length of %s, got %+v (%v)", typ, e, err)
			}
			list := make([]any, e.count)
			for j := range list {
				if list[j], err = decodeField(typ[:i]); err != nil {
					return nil, err
				}
			}
			return list, nil
		}
		if _, ok := f.structs[typ]; ok {
			return decodeStruct(typ)
		}
		e, err := pop()
		if err != nil || e.kind != eip712P2Field {
			return nil, fmt.Errorf("want a %s value, got %+v (%v)", typ, e, err)
		}
		v := e.value
		switch {
		case typ == "address":
			if len(v) != 20 {
				return nil, fmt.Errorf("address of %d bytes", len(v))
			}
			return common.BytesToAddress(v).Hex(), nil
		case typ == "bool":
			return len(v) == 1 && v[0] == 1, nil
		case typ == "string":
			return string(v), nil
		case strings.HasPrefix(typ, "bytes"):
			return hexutil.Encode(v), nil
		case strings.HasPrefix(typ, "uint"):
			return new(big.Int).SetBytes(v).String(), nil
		case strings.HasPrefix(typ, "int"):
			n := new(big.Int).SetBytes(v)
			if len(v) > 0 && v[0]&0x80 != 0 {
				n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(v))))
			}
			return n.String(), nil
		}
		return nil, fmt.Errorf("unknown type %q", typ)
	}
	decodeStruct = func(name string) (map[string]any, error) {
		out := map[string]any{}
		for _, field := range f.structs[name] {
			v, err := decodeField(field.Type)
			if err != nil {
				return nil, fmt.Errorf("%s.%s: %w", name, field.Name, err)
			}
			out[field.Name] = v
		}
		return out, nil
	}
	root := func() (string, map[string]any, error) {
		e, err := pop()
		if err != nil || e.kind != eip712P2StructName {
			return "", nil, fmt.Errorf("want a root struct, got %+v (%v)", e, err)
		}
		m, err := decodeStruct(e.name)
		return e.name, m, err
	}
	domainName, domain, err := root()
	if err != nil || domainName != "EIP712Domain" {
		return apitypes.TypedData{}, fmt.Errorf("domain %q: %v", domainName, err)
	}
	primary, message, err := root()
	if err != nil {
		return apitypes.TypedData{}, err
	}
	if len(events) != 0 {
		return apitypes.TypedData{}, fmt.Errorf("%d values left over", len(events))
	}
	td := apitypes.TypedData{Types: apitypes.Types{}, PrimaryType: primary, Message: message}
	for name, fields := range f.structs {
		td.Types[name] = fields
	}
	for k, v := range domain {
		switch k {
		case "name":
			td.Domain.Name = v.(string)
		case "version":
			td.Domain.Version = v.(string)
		case "chainId":
			n, _ := new(big.Int).SetString(v.(string), 10)
			td.Domain.ChainId = (*math.HexOrDecimal256)(n)
		case "verifyingContract":
			td.Domain.VerifyingContract = v.(string)
		case "salt":
			td.Domain.Salt = v.(string)
		}
	}
	return td, nil
}

func (f *fakeLedger) signAuth(p1 byte, data []byte) ([]byte, uint16) {
	switch p1 {
	case ledgerP1TLVFirst:
		path, rest, ok := splitPath(data)
		if !ok || len(rest) < 2 {
			return f.fail("bad 7702 header %x", data)
		}
		f.authPath, f.authLen, f.authBuf = path, int(binary.BigEndian.Uint16(rest)), append([]byte{}, rest[2:]...)
	case ledgerP1TLVMore:
		if f.authPath == nil {
			return f.fail("7702 continuation without a first chunk")
		}
		f.authBuf = append(f.authBuf, data...)
	default:
		return f.fail("7702 P1 %#x", p1)
	}
	if len(f.authBuf) < f.authLen {
		return nil, swOK
	}
	var (
		auth types.SetCodeAuthorization
		seen = map[byte]bool{}
		tlv  = f.authBuf
	)
	for len(tlv) > 0 {
		if len(tlv) < 2 || len(tlv) < 2+int(tlv[1]) {
			return f.fail("truncated TLV %x", tlv)
		}
		tag, v := tlv[0], tlv[2:2+int(tlv[1])]
		tlv = tlv[2+int(tlv[1]):]
		seen[tag] = true
		switch tag {
		case ledgerTagStructVersion:
			if len(v) != 1 || v[0] != ledgerAuthVersion {
				return f.fail("struct version %x", v)
			}
		case ledgerTagDelegate:
			if len(v) > 20 {
				return f.fail("delegate %x", v)
			}
			auth.Address = common.BytesToAddress(v)
		case ledgerTagChainID, ledgerTagNonce:
			if len(v) > 8 {
				return f.fail("integer %x", v)
			}
			n := new(big.Int).SetBytes(v).Uint64()
			if tag == ledgerTagChainID {
				auth.ChainID.SetUint64(n)
			} else {
				auth.Nonce = n
			}
		default:
			return f.fail("unknown tag %#x", tag)
		}
	}
	if len(seen) != 4 {
		return f.fail("TLV has tags %v", seen)
	}
	hash := auth.SigHash()
	sig := f.sign(f.authPath, hash[:])
	f.authPath = nil
	return vrs(sig, sig[64]), swOK
}

// openFakeLedger opens the driver on a fake with app version v.
func openFakeLedger(t *testing.T, v LedgerAppVersion, opts Options) (*Ledger, *fakeLedger) {
	t.Helper()
	dev := newFakeLedger(v)
	s, err := NewLedger(context.Background(), dev, mustPath(t, DefaultDerivationPath), opts)
	if err != nil {
		t.Fatalf("NewLedger: %v", err)
	}
	t.Cleanup(func() {
		s.Close()
		if dev.err != nil {
			t.Errorf("fake ledger: %v", dev.err)
		}
	})
	return s.(*Ledger), dev
}

// TestLedgerFakeChainAcceptance runs the chain test every driver passes:
// legacy, EIP-2930, EIP-1559 and EIP-7702 transactions, an EIP-7702
// authorisation and an EIP-712 signature checked on chain.
func TestLedgerFakeChainAcceptance(t *testing.T) {
	var notes []string
	s, _ := openFakeLedger(t, LedgerAppVersion{1, 17, 0}, Options{Notify: func(m string) { notes = append(notes, m) }})
	raw, _ := ledgerPath(mustPath(t, DefaultDerivationPath))
	if want := crypto.PubkeyToAddress(fakeLedgerKey(raw).PublicKey); s.Address() != want {
		t.Fatalf("address %v, want the fake's %v", s.Address(), want)
	}
	testChainAcceptance(t, s)
	// One typed data, one authorisation, five transactions.
	if len(notes) != 7 {
		t.Errorf("%d notices, want 7: %q", len(notes), notes)
	}
	for _, n := range notes {
		if !strings.HasPrefix(n, "Confirm") || !strings.Contains(n, "Ledger") {
			t.Errorf("notice %q", n)
		}
	}
}

// TestLedgerFakeTypedData signs typed data with nested structs, arrays,
// negative integers and bytes in both modes and checks the signatures with
// go-ethereum's hashing and ecrecover.
func TestLedgerFakeTypedData(t *testing.T) {
	data := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}, {Name: "salt", Type: "bytes32"}},
			"Bill": {{Name: "payer", Type: "Party"}, {Name: "payees", Type: "Party[]"}, {Name: "amounts", Type: "int64[2]"},
				{Name: "memo", Type: "bytes"}, {Name: "paid", Type: "bool"}, {Name: "due", Type: "uint32"}, {Name: "tag", Type: "bytes4"}},
			"Party": {{Name: "name", Type: "string"}, {Name: "wallets", Type: "address[]"}},
		},
		PrimaryType: "Bill",
		Domain: apitypes.TypedDataDomain{Name: "Xiang Bills", ChainId: math.NewHexOrDecimal256(genesis.DevChainID),
			VerifyingContract: verifierAddr.Hex(), Salt: "0x" + strings.Repeat("ab", 32)},
		Message: apitypes.TypedDataMessage{
			"payer": map[string]any{"name": "Ann", "wallets": []any{recipientAddr.Hex()}},
			"payees": []any{
				map[string]any{"name": "Bo", "wallets": []any{}},
				map[string]any{"name": strings.Repeat("long name ", 40), "wallets": []any{delegateAddr.Hex(), verifierAddr.Hex()}},
			},
			"amounts": []any{"-5", float64(300)},
			"memo":    hexutil.Encode(bytes.Repeat([]byte{0x5a}, 300)),
			"paid":    true,
			"due":     "0x0",
			"tag":     "0xdeadbeef",
		},
	}
	want, _, err := apitypes.TypedDataAndHash(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []LedgerAppVersion{{1, 9, 19}, {1, 9, 18}, {1, 5, 0}} {
		t.Run(v.String(), func(t *testing.T) {
			var notes []string
			s, _ := openFakeLedger(t, v, Options{Notify: func(m string) { notes = append(notes, m) }})
			sig, err := s.SignTypedData(context.Background(), data)
			if err != nil {
				t.Fatalf("SignTypedData: %v", err)
			}
			if sig[64] != 27 && sig[64] != 28 {
				t.Fatalf("v = %d", sig[64])
			}
			plain := append(append([]byte{}, sig[:64]...), sig[64]-27)
			pub, err := crypto.SigToPub(want, plain)
			if err != nil || crypto.PubkeyToAddress(*pub) != s.Address() {
				t.Fatalf("signature does not recover to %v", s.Address())
			}
			blind := !v.AtLeast(ledgerMinFull712)
			if len(notes) != 1 || strings.Contains(notes[0], "blind") != blind {
				t.Errorf("notices %q, blind mode %v", notes, blind)
			}
		})
	}
}

// TestLedgerFakeRefusals covers what the device or the app version
// refuses, and the operations the driver never offers.
func TestLedgerFakeRefusals(t *testing.T) {
	ctx := context.Background()
	chainID := big.NewInt(genesis.DevChainID)
	legacy := types.NewTx(&types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(1), Gas: 21000, To: &recipientAddr})
	dynamic := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 1, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: 21000, To: &recipientAddr})
	setCode := types.NewTx(&types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: 1, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1),
		Gas: 50000, To: recipientAddr, AuthList: []types.SetCodeAuthorization{{ChainID: *uint256.MustFromBig(chainID), Address: delegateAddr}}})
	blob := types.NewTx(&types.BlobTx{ChainID: uint256.MustFromBig(chainID), Nonce: 1, Gas: 21000, To: recipientAddr})
	auth := types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(chainID), Address: delegateAddr, Nonce: 1}
	tests := []struct {
		name    string
		version LedgerAppVersion
		status  map[byte]uint16
		op      func(s *Ledger) error
		want    error
		text    string
	}{
		{name: "user rejects tx", version: LedgerAppVersion{1, 17, 0}, status: map[byte]uint16{ledgerInsSignTx: swUserRejected},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, dynamic, chainID); return err }, want: ErrDeviceRefused, text: "rejected"},
		{name: "user rejects message", version: LedgerAppVersion{1, 17, 0}, status: map[byte]uint16{ledgerInsSignPersonal: swUserRejected},
			op: func(s *Ledger) error { _, err := s.SignPersonal(ctx, []byte("hi")); return err }, want: ErrDeviceRefused},
		{name: "blind signing off", version: LedgerAppVersion{1, 17, 0}, status: map[byte]uint16{ledgerInsSignTx: swInvalidData},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, legacy, chainID); return err }, want: ErrDeviceRefused, text: "enable blind signing"},
		{name: "delegate not whitelisted", version: LedgerAppVersion{1, 17, 0}, status: map[byte]uint16{ledgerInsSignAuth7702: swUserRejected},
			op: func(s *Ledger) error { _, err := s.SignAuthorization(ctx, auth); return err }, want: ErrDeviceRefused, text: "whitelist"},
		{name: "1559 on old app", version: LedgerAppVersion{1, 8, 9},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, dynamic, chainID); return err }, want: ErrDeviceTooOld, text: "1.9.0"},
		{name: "set-code on old app", version: LedgerAppVersion{1, 16, 0},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, setCode, chainID); return err }, want: ErrDeviceTooOld, text: "1.17.0"},
		{name: "authorisation on old app", version: LedgerAppVersion{1, 16, 0},
			op: func(s *Ledger) error { _, err := s.SignAuthorization(ctx, auth); return err }, want: ErrDeviceTooOld, text: "1.17.0"},
		{name: "typed data on old app", version: LedgerAppVersion{1, 4, 9},
			op: func(s *Ledger) error {
				_, err := s.SignTypedData(ctx, testOrder(genesis.DevChainID, recipientAddr))
				return err
			}, want: ErrDeviceTooOld, text: "1.5.0"},
		{name: "blob tx", version: LedgerAppVersion{1, 17, 0},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, blob, chainID); return err }, want: ErrNotSupported, text: "blob"},
		{name: "sign hash", version: LedgerAppVersion{1, 17, 0},
			op: func(s *Ledger) error { _, err := s.SignHash(ctx, common.Hash{1}); return err }, want: ErrNotSupported, text: "raw digests"},
		{name: "other chain", version: LedgerAppVersion{1, 17, 0},
			op: func(s *Ledger) error { _, err := s.SignTx(ctx, dynamic, big.NewInt(1)); return err }, want: ErrChainIDMismatch},
		{name: "cancelled context", version: LedgerAppVersion{1, 17, 0},
			op: func(s *Ledger) error {
				c, cancel := context.WithCancel(ctx)
				cancel()
				_, err := s.SignPersonal(c, []byte("hi"))
				return err
			}, want: context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, dev := openFakeLedger(t, tt.version, Options{})
			for ins, sw := range tt.status {
				dev.status[ins] = sw
			}
			err := tt.op(s)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("err %q does not mention %q", err, tt.text)
			}
		})
	}
}

// TestLedgerFakeWrongSigner: a device that signs with another key than the
// one it reported is caught on every signing operation.
func TestLedgerFakeWrongSigner(t *testing.T) {
	ctx := context.Background()
	chainID := big.NewInt(genesis.DevChainID)
	s, dev := openFakeLedger(t, LedgerAppVersion{1, 17, 0}, Options{})
	dev.wrongKey = true
	ops := map[string]func() error{
		"tx": func() error {
			_, err := s.SignTx(ctx, types.NewTx(&types.LegacyTx{Gas: 21000, GasPrice: big.NewInt(1), To: &recipientAddr}), chainID)
			return err
		},
		"personal": func() error { _, err := s.SignPersonal(ctx, []byte("hi")); return err },
		"typed":    func() error { _, err := s.SignTypedData(ctx, testOrder(genesis.DevChainID, recipientAddr)); return err },
		"auth": func() error {
			_, err := s.SignAuthorization(ctx, types.SetCodeAuthorization{ChainID: *uint256.NewInt(1), Address: delegateAddr})
			return err
		},
	}
	for name, op := range ops {
		if err := op(); !errors.Is(err, ErrDeviceProtocol) {
			t.Errorf("%s: err = %v, want ErrDeviceProtocol", name, err)
		}
	}
}

// TestLedgerFakeLongPayloads sends a transaction and a message that need
// several APDUs, on two paths, from several goroutines at once.
func TestLedgerFakeLongPayloads(t *testing.T) {
	ctx := context.Background()
	chainID := big.NewInt(genesis.DevChainID)
	dev := newFakeLedger(LedgerAppVersion{1, 17, 0})
	s1, err := NewLedger(ctx, dev, mustPath(t, "m/44'/60'/0'/0/1"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := openFakeLedger(t, LedgerAppVersion{1, 17, 0}, Options{})
	if s1.Address() == s.Address() {
		t.Fatal("two paths gave one address")
	}
	msg := bytes.Repeat([]byte("invoice 42 "), 100)
	data := bytes.Repeat([]byte{0xfe}, 1000)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			tx := types.NewTx(&types.LegacyTx{Nonce: uint64(i), GasPrice: big.NewInt(1), Gas: 100000, To: &recipientAddr, Data: data})
			signed, err := s.SignTx(ctx, tx, chainID)
			if err == nil {
				var from common.Address
				if from, err = types.Sender(types.LatestSignerForChainID(chainID), signed); err == nil && from != s.Address() {
					err = fmt.Errorf("sender %v", from)
				}
			}
			errs <- err
		}(i)
		go func() {
			defer wg.Done()
			sig, err := s.SignPersonal(ctx, msg)
			if err == nil {
				sig[64] -= 27
				var pub *ecdsa.PublicKey
				if pub, err = crypto.SigToPub(accounts.TextHash(msg), sig); err == nil && crypto.PubkeyToAddress(*pub) != s.Address() {
					err = errors.New("personal signature recovers to another address")
				}
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if dev.err != nil {
		t.Errorf("fake ledger on path 1: %v", dev.err)
	}
}

// TestLedgerPayloadMatchesSigningHash checks the payload the driver streams
// hashes to what go-ethereum signs, for every transaction type, and that
// the chunks reassemble it with the legacy trailer never travelling alone,
// whatever the data length.
func TestLedgerPayloadMatchesSigningHash(t *testing.T) {
	head := make([]byte, 21) // a five-component path
	for _, id := range []int64{1, 1337, 43520, 0x02a15c308d} {
		chainID := big.NewInt(id)
		for n := 0; n < 600; n += 7 {
			data := bytes.Repeat([]byte{0x61}, n)
			txs := []types.TxData{
				&types.LegacyTx{Nonce: 7, GasPrice: big.NewInt(3), Gas: 21000, Value: big.NewInt(9), Data: data},
				&types.AccessListTx{ChainID: chainID, Nonce: 7, GasPrice: big.NewInt(3), Gas: 21000, To: &recipientAddr, Data: data,
					AccessList: types.AccessList{{Address: recipientAddr, StorageKeys: []common.Hash{{1}, {2}}}}},
				&types.DynamicFeeTx{ChainID: chainID, Nonce: 7, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(3), Gas: 21000, To: &recipientAddr, Data: data},
				&types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: 7, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(3), Gas: 60000,
					To: recipientAddr, Data: data, AuthList: []types.SetCodeAuthorization{{ChainID: *uint256.MustFromBig(chainID), Address: delegateAddr, Nonce: 8}}},
			}
			for _, txdata := range txs {
				tx := types.NewTx(txdata)
				payload, tail, err := ledgerTxPayload(tx, chainID)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := crypto.Keccak256Hash(payload), types.LatestSignerForChainID(chainID).Hash(tx); got != want {
					t.Fatalf("chain %d type %d data %d: payload hashes to %v, go-ethereum signs %v", id, tx.Type(), n, got, want)
				}
				chunks := splitLedgerPayload(head, payload, tail)
				if got := bytes.Join(chunks, nil); !bytes.Equal(got, append(append([]byte{}, head...), payload...)) {
					t.Fatalf("chain %d type %d data %d: chunks do not reassemble the payload", id, tx.Type(), n)
				}
				for i, c := range chunks {
					if len(c) > ledgerMaxAPDUData || len(c) == 0 {
						t.Errorf("chain %d type %d data %d: chunk %d has %d bytes", id, tx.Type(), n, i, len(c))
					}
					if i > 0 && tail > 0 && len(c) <= tail {
						t.Errorf("chain %d data %d: chunk %d carries only %d trailer bytes", id, n, i, len(c))
					}
				}
			}
		}
	}
}

// TestLedgerRefusesDomainOnlyTypedData: the app always signs a message hash,
// so domain-only data, which every other signer signs without one, is
// refused rather than signed differently.
func TestLedgerRefusesDomainOnlyTypedData(t *testing.T) {
	s, _ := openFakeLedger(t, ledgerMinFull712, Options{})
	data := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": {{Name: "name", Type: "string"}}},
		PrimaryType: "EIP712Domain",
		Domain:      apitypes.TypedDataDomain{Name: "Xiang"},
		Message:     apitypes.TypedDataMessage{},
	}
	if _, err := s.SignTypedData(context.Background(), data); !errors.Is(err, ErrNotSupported) {
		t.Fatalf("domain-only typed data: %v, want ErrNotSupported", err)
	}
}
