package wallethw

import (
	"errors"
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"
)

// Trezor wire message types, from trezor-firmware common/protob/messages.proto
// (MessageType enum). The numbers are the two-byte type in every frame.
const (
	trezorInitialize                 uint16 = 0
	trezorSuccess                    uint16 = 2
	trezorFailure                    uint16 = 3
	trezorFeatures                   uint16 = 17
	trezorPinMatrixRequest           uint16 = 18
	trezorPinMatrixAck               uint16 = 19
	trezorCancel                     uint16 = 20
	trezorButtonRequest              uint16 = 26
	trezorButtonAck                  uint16 = 27
	trezorPassphraseRequest          uint16 = 41
	trezorPassphraseAck              uint16 = 42
	trezorEthereumGetAddress         uint16 = 56
	trezorEthereumAddress            uint16 = 57
	trezorEthereumSignTx             uint16 = 58
	trezorEthereumTxRequest          uint16 = 59
	trezorEthereumTxAck              uint16 = 60
	trezorEthereumSignMessage        uint16 = 64
	trezorEthereumMessageSignature   uint16 = 66
	trezorPassphraseStateRequest     uint16 = 77 // firmware < 2.3.0 only
	trezorPassphraseStateAck         uint16 = 78 // firmware < 2.3.0 only
	trezorEthereumSignTxEIP1559      uint16 = 452
	trezorEthereumSignTypedData      uint16 = 464
	trezorTypedDataStructRequest     uint16 = 465
	trezorTypedDataStructAck         uint16 = 466
	trezorTypedDataValueRequest      uint16 = 467
	trezorTypedDataValueAck          uint16 = 468
	trezorEthereumTypedDataSignature uint16 = 469
	trezorEthereumSignTypedHash      uint16 = 470
)

// Failure codes (messages-common.proto, Failure.FailureType).
const (
	trezorFailureUnexpectedMessage = 1
	trezorFailureDataError         = 3
	trezorFailureActionCancelled   = 4
	trezorFailurePinExpected       = 5
	trezorFailurePinCancelled      = 6
	trezorFailurePinInvalid        = 7
	trezorFailureNotInitialized    = 11
)

// EIP-712 field kinds (messages-ethereum-eip712.proto, EthereumDataType).
const (
	trezorTypeUint    = 1
	trezorTypeInt     = 2
	trezorTypeBytes   = 3
	trezorTypeString  = 4
	trezorTypeBool    = 5
	trezorTypeAddress = 6
	trezorTypeArray   = 7
	trezorTypeStruct  = 8
)

// errTrezorProtobuf marks a payload that is not valid protobuf for its message.
var errTrezorProtobuf = errors.New("malformed protobuf")

// trezorMessage is one protobuf message of the Trezor wire protocol. Each
// message is a plain struct with a hand-written codec that knows only the
// fields the driver uses; unknown fields are skipped when decoding.
type trezorMessage interface {
	kind() uint16
	marshal() []byte
	unmarshal(b []byte) error
}

// trezorField is one decoded field: a varint value or a length-delimited
// byte string, by wire type.
type trezorField struct {
	num    protowire.Number
	typ    protowire.Type
	varint uint64
	bytes  []byte
}

// trezorFields decodes b field by field. Fixed-width fields are skipped;
// groups are refused.
func trezorFields(b []byte, fn func(f trezorField) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Errorf("%w: tag: %v", errTrezorProtobuf, protowire.ParseError(n))
		}
		b = b[n:]
		f := trezorField{num: num, typ: typ}
		switch typ {
		case protowire.VarintType:
			f.varint, n = protowire.ConsumeVarint(b)
		case protowire.BytesType:
			f.bytes, n = protowire.ConsumeBytes(b)
		case protowire.Fixed32Type, protowire.Fixed64Type:
			n = protowire.ConsumeFieldValue(num, typ, b)
		default:
			return fmt.Errorf("%w: field %d has unsupported wire type %d", errTrezorProtobuf, num, typ)
		}
		if n < 0 {
			return fmt.Errorf("%w: field %d: %v", errTrezorProtobuf, num, protowire.ParseError(n))
		}
		b = b[n:]
		if typ == protowire.Fixed32Type || typ == protowire.Fixed64Type {
			continue
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// wantType checks a field's wire type.
func (f trezorField) wantType(t protowire.Type) error {
	if f.typ != t {
		return fmt.Errorf("%w: field %d has wire type %d, want %d", errTrezorProtobuf, f.num, f.typ, t)
	}
	return nil
}

// uint32Value returns a varint field that must fit 32 bits.
func (f trezorField) uint32Value() (uint32, error) {
	if err := f.wantType(protowire.VarintType); err != nil {
		return 0, err
	}
	if f.varint > 0xffffffff {
		return 0, fmt.Errorf("%w: field %d overflows uint32", errTrezorProtobuf, f.num)
	}
	return uint32(f.varint), nil
}

// bytesValue returns a copy of a length-delimited field.
func (f trezorField) bytesValue() ([]byte, error) {
	if err := f.wantType(protowire.BytesType); err != nil {
		return nil, err
	}
	return append([]byte{}, f.bytes...), nil
}

// trezorAppendUint32s appends a repeated uint32 field, unpacked as proto2 does.
func trezorAppendUint32s(b []byte, num protowire.Number, vs []uint32) []byte {
	for _, v := range vs {
		b = protowire.AppendTag(b, num, protowire.VarintType)
		b = protowire.AppendVarint(b, uint64(v))
	}
	return b
}

// trezorUint32List decodes one element of a repeated uint32 field, packed
// or not, onto list.
func trezorUint32List(list []uint32, f trezorField) ([]uint32, error) {
	if f.typ == protowire.BytesType {
		b := f.bytes
		for len(b) > 0 {
			v, n := protowire.ConsumeVarint(b)
			if n < 0 || v > 0xffffffff {
				return nil, fmt.Errorf("%w: packed field %d", errTrezorProtobuf, f.num)
			}
			list = append(list, uint32(v))
			b = b[n:]
		}
		return list, nil
	}
	v, err := f.uint32Value()
	if err != nil {
		return nil, err
	}
	return append(list, v), nil
}

func trezorAppendVarint(b []byte, num protowire.Number, v uint64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, v)
}

func trezorAppendBytes(b []byte, num protowire.Number, v []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

func trezorAppendString(b []byte, num protowire.Number, v string) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendString(b, v)
}

func trezorAppendBool(b []byte, num protowire.Number, v bool) []byte {
	return trezorAppendVarint(b, num, protowire.EncodeBool(v))
}

// trezorOptUint32 is an optional uint32 field.
type trezorOptUint32 struct {
	Value uint32
	Set   bool
}

func trezorSomeUint32(v uint32) trezorOptUint32 { return trezorOptUint32{Value: v, Set: true} }

// trezorEmpty is a message without fields (Initialize, ButtonAck, Cancel,
// PassphraseStateAck).
type trezorEmpty struct{ Type uint16 }

func (m *trezorEmpty) kind() uint16    { return m.Type }
func (m *trezorEmpty) marshal() []byte { return nil }
func (m *trezorEmpty) unmarshal(b []byte) error {
	return trezorFields(b, func(trezorField) error { return nil })
}

// trezorFeaturesMsg is Features (messages-management.proto): what the
// device is and which firmware it runs.
type trezorFeaturesMsg struct {
	Vendor         string // 1
	Major          uint32 // 2
	Minor          uint32 // 3
	Patch          uint32 // 4
	BootloaderMode bool   // 5
	Initialized    bool   // 12
	Model          string // 21
}

func (m *trezorFeaturesMsg) kind() uint16 { return trezorFeatures }

func (m *trezorFeaturesMsg) marshal() []byte {
	var b []byte
	b = trezorAppendString(b, 1, m.Vendor)
	b = trezorAppendVarint(b, 2, uint64(m.Major))
	b = trezorAppendVarint(b, 3, uint64(m.Minor))
	b = trezorAppendVarint(b, 4, uint64(m.Patch))
	if m.BootloaderMode {
		b = trezorAppendBool(b, 5, true)
	}
	b = trezorAppendBool(b, 12, m.Initialized)
	return trezorAppendString(b, 21, m.Model)
}

func (m *trezorFeaturesMsg) unmarshal(b []byte) error {
	*m = trezorFeaturesMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			err = trezorSetString(&m.Vendor, f)
		case 2:
			m.Major, err = f.uint32Value()
		case 3:
			m.Minor, err = f.uint32Value()
		case 4:
			m.Patch, err = f.uint32Value()
		case 5:
			err = trezorSetBool(&m.BootloaderMode, f)
		case 12:
			err = trezorSetBool(&m.Initialized, f)
		case 21:
			err = trezorSetString(&m.Model, f)
		}
		return err
	})
}

func trezorSetString(dst *string, f trezorField) error {
	if err := f.wantType(protowire.BytesType); err != nil {
		return err
	}
	*dst = string(f.bytes)
	return nil
}

func trezorSetBool(dst *bool, f trezorField) error {
	if err := f.wantType(protowire.VarintType); err != nil {
		return err
	}
	*dst = f.varint != 0
	return nil
}

// trezorFailureMsg is Failure: the device refused or could not do the
// request.
type trezorFailureMsg struct {
	Code    uint32 // 1
	Message string // 2
}

func (m *trezorFailureMsg) kind() uint16 { return trezorFailure }

func (m *trezorFailureMsg) marshal() []byte {
	return trezorAppendString(trezorAppendVarint(nil, 1, uint64(m.Code)), 2, m.Message)
}

func (m *trezorFailureMsg) unmarshal(b []byte) error {
	*m = trezorFailureMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.Code, err = f.uint32Value()
		case 2:
			err = trezorSetString(&m.Message, f)
		}
		return err
	})
}

// trezorButtonRequestMsg is ButtonRequest: the device waits for the holder
// to press a button or touch the screen.
type trezorButtonRequestMsg struct {
	Code uint32 // 1
}

func (m *trezorButtonRequestMsg) kind() uint16    { return trezorButtonRequest }
func (m *trezorButtonRequestMsg) marshal() []byte { return trezorAppendVarint(nil, 1, uint64(m.Code)) }

func (m *trezorButtonRequestMsg) unmarshal(b []byte) error {
	*m = trezorButtonRequestMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		if f.num == 1 {
			m.Code, err = f.uint32Value()
		}
		return err
	})
}

// trezorPinMatrixRequestMsg is PinMatrixRequest: the device shows a
// scrambled keypad and wants the positions of the PIN digits.
type trezorPinMatrixRequestMsg struct {
	Type uint32 // 1
}

func (m *trezorPinMatrixRequestMsg) kind() uint16 { return trezorPinMatrixRequest }
func (m *trezorPinMatrixRequestMsg) marshal() []byte {
	return trezorAppendVarint(nil, 1, uint64(m.Type))
}

func (m *trezorPinMatrixRequestMsg) unmarshal(b []byte) error {
	*m = trezorPinMatrixRequestMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		if f.num == 1 {
			m.Type, err = f.uint32Value()
		}
		return err
	})
}

// trezorPinMatrixAckMsg is PinMatrixAck: the PIN as matrix positions.
type trezorPinMatrixAckMsg struct {
	Pin string // 1
}

func (m *trezorPinMatrixAckMsg) kind() uint16    { return trezorPinMatrixAck }
func (m *trezorPinMatrixAckMsg) marshal() []byte { return trezorAppendString(nil, 1, m.Pin) }

func (m *trezorPinMatrixAckMsg) unmarshal(b []byte) error {
	*m = trezorPinMatrixAckMsg{}
	return trezorFields(b, func(f trezorField) error {
		if f.num == 1 {
			return trezorSetString(&m.Pin, f)
		}
		return nil
	})
}

// trezorPassphraseRequestMsg is PassphraseRequest. OnDevice is the field
// firmware before 2.3.0 set when the passphrase is typed on the device.
type trezorPassphraseRequestMsg struct {
	OnDevice bool // 1 (deprecated)
}

func (m *trezorPassphraseRequestMsg) kind() uint16 { return trezorPassphraseRequest }

func (m *trezorPassphraseRequestMsg) marshal() []byte {
	if !m.OnDevice {
		return nil
	}
	return trezorAppendBool(nil, 1, true)
}

func (m *trezorPassphraseRequestMsg) unmarshal(b []byte) error {
	*m = trezorPassphraseRequestMsg{}
	return trezorFields(b, func(f trezorField) error {
		if f.num == 1 {
			return trezorSetBool(&m.OnDevice, f)
		}
		return nil
	})
}

// trezorPassphraseAckMsg is PassphraseAck: the passphrase, or a request to
// type it on the device.
type trezorPassphraseAckMsg struct {
	Passphrase string // 1
	OnDevice   bool   // 3
}

func (m *trezorPassphraseAckMsg) kind() uint16 { return trezorPassphraseAck }

func (m *trezorPassphraseAckMsg) marshal() []byte {
	if m.OnDevice {
		return trezorAppendBool(nil, 3, true)
	}
	return trezorAppendString(nil, 1, m.Passphrase)
}

func (m *trezorPassphraseAckMsg) unmarshal(b []byte) error {
	*m = trezorPassphraseAckMsg{}
	return trezorFields(b, func(f trezorField) error {
		switch f.num {
		case 1:
			return trezorSetString(&m.Passphrase, f)
		case 3:
			return trezorSetBool(&m.OnDevice, f)
		}
		return nil
	})
}

// trezorGetAddressMsg is EthereumGetAddress.
type trezorGetAddressMsg struct {
	AddressN    []uint32 // 1
	ShowDisplay bool     // 2
}

func (m *trezorGetAddressMsg) kind() uint16 { return trezorEthereumGetAddress }

func (m *trezorGetAddressMsg) marshal() []byte {
	return trezorAppendBool(trezorAppendUint32s(nil, 1, m.AddressN), 2, m.ShowDisplay)
}

func (m *trezorGetAddressMsg) unmarshal(b []byte) error {
	*m = trezorGetAddressMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			err = trezorSetBool(&m.ShowDisplay, f)
		}
		return err
	})
}

// trezorAddressMsg is EthereumAddress: a hex string since firmware 1.8.0 /
// 2.1.0, 20 raw bytes before.
type trezorAddressMsg struct {
	OldAddress []byte // 1 (deprecated)
	Address    string // 2
}

func (m *trezorAddressMsg) kind() uint16 { return trezorEthereumAddress }

func (m *trezorAddressMsg) marshal() []byte {
	var b []byte
	if m.OldAddress != nil {
		b = trezorAppendBytes(b, 1, m.OldAddress)
	}
	if m.Address != "" {
		b = trezorAppendString(b, 2, m.Address)
	}
	return b
}

func (m *trezorAddressMsg) unmarshal(b []byte) error {
	*m = trezorAddressMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.OldAddress, err = f.bytesValue()
		case 2:
			err = trezorSetString(&m.Address, f)
		}
		return err
	})
}

// trezorSignTxMsg is EthereumSignTx, a legacy (EIP-155) transaction.
type trezorSignTxMsg struct {
	AddressN         []uint32 // 1
	Nonce            []byte   // 2
	GasPrice         []byte   // 3
	GasLimit         []byte   // 4
	ToBin            []byte   // 5, firmware before 1.8.0 / 2.1.0
	To               string   // 11
	Value            []byte   // 6
	DataInitialChunk []byte   // 7
	DataLength       uint32   // 8
	ChainID          uint64   // 9 (uint32 before firmware 1.10.4 / 2.4.2)
}

func (m *trezorSignTxMsg) kind() uint16 { return trezorEthereumSignTx }

func (m *trezorSignTxMsg) marshal() []byte {
	b := trezorAppendUint32s(nil, 1, m.AddressN)
	b = trezorAppendBytes(b, 2, m.Nonce)
	b = trezorAppendBytes(b, 3, m.GasPrice)
	b = trezorAppendBytes(b, 4, m.GasLimit)
	if m.ToBin != nil {
		b = trezorAppendBytes(b, 5, m.ToBin)
	}
	b = trezorAppendBytes(b, 6, m.Value)
	b = trezorAppendBytes(b, 7, m.DataInitialChunk)
	b = trezorAppendVarint(b, 8, uint64(m.DataLength))
	b = trezorAppendVarint(b, 9, m.ChainID)
	if m.To != "" {
		b = trezorAppendString(b, 11, m.To)
	}
	return b
}

func (m *trezorSignTxMsg) unmarshal(b []byte) error {
	*m = trezorSignTxMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			m.Nonce, err = f.bytesValue()
		case 3:
			m.GasPrice, err = f.bytesValue()
		case 4:
			m.GasLimit, err = f.bytesValue()
		case 5:
			m.ToBin, err = f.bytesValue()
		case 6:
			m.Value, err = f.bytesValue()
		case 7:
			m.DataInitialChunk, err = f.bytesValue()
		case 8:
			m.DataLength, err = f.uint32Value()
		case 9:
			if err = f.wantType(protowire.VarintType); err == nil {
				m.ChainID = f.varint
			}
		case 11:
			err = trezorSetString(&m.To, f)
		}
		return err
	})
}

// trezorAccessListEntry is EthereumSignTxEIP1559.EthereumAccessList.
type trezorAccessListEntry struct {
	Address     string   // 1
	StorageKeys [][]byte // 2
}

// trezorSignTxEIP1559Msg is EthereumSignTxEIP1559, a dynamic-fee
// transaction.
type trezorSignTxEIP1559Msg struct {
	AddressN         []uint32                // 1
	Nonce            []byte                  // 2
	MaxGasFee        []byte                  // 3
	MaxPriorityFee   []byte                  // 4
	GasLimit         []byte                  // 5
	To               string                  // 6
	Value            []byte                  // 7
	DataInitialChunk []byte                  // 8
	DataLength       uint32                  // 9
	ChainID          uint64                  // 10
	AccessList       []trezorAccessListEntry // 11
}

func (m *trezorSignTxEIP1559Msg) kind() uint16 { return trezorEthereumSignTxEIP1559 }

func (m *trezorSignTxEIP1559Msg) marshal() []byte {
	b := trezorAppendUint32s(nil, 1, m.AddressN)
	b = trezorAppendBytes(b, 2, m.Nonce)
	b = trezorAppendBytes(b, 3, m.MaxGasFee)
	b = trezorAppendBytes(b, 4, m.MaxPriorityFee)
	b = trezorAppendBytes(b, 5, m.GasLimit)
	if m.To != "" {
		b = trezorAppendString(b, 6, m.To)
	}
	b = trezorAppendBytes(b, 7, m.Value)
	b = trezorAppendBytes(b, 8, m.DataInitialChunk)
	b = trezorAppendVarint(b, 9, uint64(m.DataLength))
	b = trezorAppendVarint(b, 10, m.ChainID)
	for _, e := range m.AccessList {
		entry := trezorAppendString(nil, 1, e.Address)
		for _, k := range e.StorageKeys {
			entry = trezorAppendBytes(entry, 2, k)
		}
		b = trezorAppendBytes(b, 11, entry)
	}
	return b
}

func (m *trezorSignTxEIP1559Msg) unmarshal(b []byte) error {
	*m = trezorSignTxEIP1559Msg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			m.Nonce, err = f.bytesValue()
		case 3:
			m.MaxGasFee, err = f.bytesValue()
		case 4:
			m.MaxPriorityFee, err = f.bytesValue()
		case 5:
			m.GasLimit, err = f.bytesValue()
		case 6:
			err = trezorSetString(&m.To, f)
		case 7:
			m.Value, err = f.bytesValue()
		case 8:
			m.DataInitialChunk, err = f.bytesValue()
		case 9:
			m.DataLength, err = f.uint32Value()
		case 10:
			if err = f.wantType(protowire.VarintType); err == nil {
				m.ChainID = f.varint
			}
		case 11:
			var e trezorAccessListEntry
			if err = f.wantType(protowire.BytesType); err != nil {
				return err
			}
			err = trezorFields(f.bytes, func(g trezorField) error {
				switch g.num {
				case 1:
					return trezorSetString(&e.Address, g)
				case 2:
					k, err := g.bytesValue()
					e.StorageKeys = append(e.StorageKeys, k)
					return err
				}
				return nil
			})
			m.AccessList = append(m.AccessList, e)
		}
		return err
	})
}

// trezorTxRequestMsg is EthereumTxRequest: a request for more calldata, or
// the signature.
type trezorTxRequestMsg struct {
	DataLength trezorOptUint32 // 1
	SignatureV trezorOptUint32 // 2
	SignatureR []byte          // 3
	SignatureS []byte          // 4
}

func (m *trezorTxRequestMsg) kind() uint16 { return trezorEthereumTxRequest }

func (m *trezorTxRequestMsg) marshal() []byte {
	var b []byte
	if m.DataLength.Set {
		b = trezorAppendVarint(b, 1, uint64(m.DataLength.Value))
	}
	if m.SignatureV.Set {
		b = trezorAppendVarint(b, 2, uint64(m.SignatureV.Value))
	}
	if m.SignatureR != nil {
		b = trezorAppendBytes(b, 3, m.SignatureR)
	}
	if m.SignatureS != nil {
		b = trezorAppendBytes(b, 4, m.SignatureS)
	}
	return b
}

func (m *trezorTxRequestMsg) unmarshal(b []byte) error {
	*m = trezorTxRequestMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.DataLength.Value, err = f.uint32Value()
			m.DataLength.Set = true
		case 2:
			m.SignatureV.Value, err = f.uint32Value()
			m.SignatureV.Set = true
		case 3:
			m.SignatureR, err = f.bytesValue()
		case 4:
			m.SignatureS, err = f.bytesValue()
		}
		return err
	})
}

// trezorTxAckMsg is EthereumTxAck: the next calldata chunk.
type trezorTxAckMsg struct {
	DataChunk []byte // 1
}

func (m *trezorTxAckMsg) kind() uint16    { return trezorEthereumTxAck }
func (m *trezorTxAckMsg) marshal() []byte { return trezorAppendBytes(nil, 1, m.DataChunk) }

func (m *trezorTxAckMsg) unmarshal(b []byte) error {
	*m = trezorTxAckMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		if f.num == 1 {
			m.DataChunk, err = f.bytesValue()
		}
		return err
	})
}

// trezorSignMessageMsg is EthereumSignMessage (personal_sign).
type trezorSignMessageMsg struct {
	AddressN []uint32 // 1
	Message  []byte   // 2
}

func (m *trezorSignMessageMsg) kind() uint16 { return trezorEthereumSignMessage }

func (m *trezorSignMessageMsg) marshal() []byte {
	return trezorAppendBytes(trezorAppendUint32s(nil, 1, m.AddressN), 2, m.Message)
}

func (m *trezorSignMessageMsg) unmarshal(b []byte) error {
	*m = trezorSignMessageMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			m.Message, err = f.bytesValue()
		}
		return err
	})
}

// trezorSignatureMsg is EthereumMessageSignature (fields 2, 3) or
// EthereumTypedDataSignature (fields 1, 2): a 65-byte r‖s‖v signature and
// the signing address.
type trezorSignatureMsg struct {
	Type      uint16
	Signature []byte
	Address   string
}

// fields returns the field numbers of the signature and the address.
func (m *trezorSignatureMsg) fields() (sig, addr protowire.Number) {
	if m.Type == trezorEthereumMessageSignature {
		return 2, 3
	}
	return 1, 2
}

func (m *trezorSignatureMsg) kind() uint16 { return m.Type }

func (m *trezorSignatureMsg) marshal() []byte {
	sig, addr := m.fields()
	return trezorAppendString(trezorAppendBytes(nil, sig, m.Signature), addr, m.Address)
}

func (m *trezorSignatureMsg) unmarshal(b []byte) error {
	m.Signature, m.Address = nil, ""
	sig, addr := m.fields()
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case sig:
			m.Signature, err = f.bytesValue()
		case addr:
			err = trezorSetString(&m.Address, f)
		}
		return err
	})
}

// trezorSignTypedHashMsg is EthereumSignTypedHash: blind EIP-712 signing
// of the two hashes (Trezor One).
type trezorSignTypedHashMsg struct {
	AddressN            []uint32 // 1
	DomainSeparatorHash []byte   // 2
	MessageHash         []byte   // 3, absent for domain-only data
}

func (m *trezorSignTypedHashMsg) kind() uint16 { return trezorEthereumSignTypedHash }

func (m *trezorSignTypedHashMsg) marshal() []byte {
	b := trezorAppendBytes(trezorAppendUint32s(nil, 1, m.AddressN), 2, m.DomainSeparatorHash)
	if m.MessageHash != nil {
		b = trezorAppendBytes(b, 3, m.MessageHash)
	}
	return b
}

func (m *trezorSignTypedHashMsg) unmarshal(b []byte) error {
	*m = trezorSignTypedHashMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			m.DomainSeparatorHash, err = f.bytesValue()
		case 3:
			m.MessageHash, err = f.bytesValue()
		}
		return err
	})
}

// trezorSignTypedDataMsg is EthereumSignTypedData: starts the EIP-712
// flow in which the device asks for types and values.
type trezorSignTypedDataMsg struct {
	AddressN         []uint32 // 1
	PrimaryType      string   // 2
	MetamaskV4Compat bool     // 3
}

func (m *trezorSignTypedDataMsg) kind() uint16 { return trezorEthereumSignTypedData }

func (m *trezorSignTypedDataMsg) marshal() []byte {
	b := trezorAppendString(trezorAppendUint32s(nil, 1, m.AddressN), 2, m.PrimaryType)
	return trezorAppendBool(b, 3, m.MetamaskV4Compat)
}

func (m *trezorSignTypedDataMsg) unmarshal(b []byte) error {
	*m = trezorSignTypedDataMsg{MetamaskV4Compat: true} // the proto default
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			m.AddressN, err = trezorUint32List(m.AddressN, f)
		case 2:
			err = trezorSetString(&m.PrimaryType, f)
		case 3:
			err = trezorSetBool(&m.MetamaskV4Compat, f)
		}
		return err
	})
}

// trezorStructRequestMsg is EthereumTypedDataStructRequest.
type trezorStructRequestMsg struct {
	Name string // 1
}

func (m *trezorStructRequestMsg) kind() uint16    { return trezorTypedDataStructRequest }
func (m *trezorStructRequestMsg) marshal() []byte { return trezorAppendString(nil, 1, m.Name) }

func (m *trezorStructRequestMsg) unmarshal(b []byte) error {
	*m = trezorStructRequestMsg{}
	return trezorFields(b, func(f trezorField) error {
		if f.num == 1 {
			return trezorSetString(&m.Name, f)
		}
		return nil
	})
}

// trezorFieldType is EthereumTypedDataStructAck.EthereumFieldType.
type trezorFieldType struct {
	DataType   uint32           // 1
	Size       trezorOptUint32  // 2
	EntryType  *trezorFieldType // 3, arrays
	StructName string           // 4, structs
}

func (t *trezorFieldType) marshal() []byte {
	b := trezorAppendVarint(nil, 1, uint64(t.DataType))
	if t.Size.Set {
		b = trezorAppendVarint(b, 2, uint64(t.Size.Value))
	}
	if t.EntryType != nil {
		b = trezorAppendBytes(b, 3, t.EntryType.marshal())
	}
	if t.DataType == trezorTypeStruct {
		b = trezorAppendString(b, 4, t.StructName)
	}
	return b
}

// trezorMaxTypeDepth bounds the nesting of array entry types a decoder accepts.
const trezorMaxTypeDepth = 16

func (t *trezorFieldType) unmarshal(b []byte, depth int) error {
	if depth > trezorMaxTypeDepth {
		return fmt.Errorf("%w: field type nested deeper than %d", errTrezorProtobuf, trezorMaxTypeDepth)
	}
	*t = trezorFieldType{}
	return trezorFields(b, func(f trezorField) (err error) {
		switch f.num {
		case 1:
			t.DataType, err = f.uint32Value()
		case 2:
			t.Size.Value, err = f.uint32Value()
			t.Size.Set = true
		case 3:
			if err = f.wantType(protowire.BytesType); err != nil {
				return err
			}
			t.EntryType = new(trezorFieldType)
			err = t.EntryType.unmarshal(f.bytes, depth+1)
		case 4:
			err = trezorSetString(&t.StructName, f)
		}
		return err
	})
}

// trezorMember is EthereumTypedDataStructAck.EthereumStructMember.
type trezorMember struct {
	Type trezorFieldType // 1
	Name string          // 2
}

// trezorStructAckMsg is EthereumTypedDataStructAck: the members of one
// struct type.
type trezorStructAckMsg struct {
	Members []trezorMember // 1
}

func (m *trezorStructAckMsg) kind() uint16 { return trezorTypedDataStructAck }

func (m *trezorStructAckMsg) marshal() []byte {
	var b []byte
	for _, mem := range m.Members {
		entry := trezorAppendBytes(nil, 1, mem.Type.marshal())
		entry = trezorAppendString(entry, 2, mem.Name)
		b = trezorAppendBytes(b, 1, entry)
	}
	return b
}

func (m *trezorStructAckMsg) unmarshal(b []byte) error {
	*m = trezorStructAckMsg{}
	return trezorFields(b, func(f trezorField) error {
		if f.num != 1 {
			return nil
		}
		if err := f.wantType(protowire.BytesType); err != nil {
			return err
		}
		var mem trezorMember
		err := trezorFields(f.bytes, func(g trezorField) error {
			switch g.num {
			case 1:
				if err := g.wantType(protowire.BytesType); err != nil {
					return err
				}
				return mem.Type.unmarshal(g.bytes, 0)
			case 2:
				return trezorSetString(&mem.Name, g)
			}
			return nil
		})
		m.Members = append(m.Members, mem)
		return err
	})
}

// trezorValueRequestMsg is EthereumTypedDataValueRequest: the device wants
// the value at MemberPath (first element 0 = domain, 1 = message).
type trezorValueRequestMsg struct {
	MemberPath []uint32 // 1
}

func (m *trezorValueRequestMsg) kind() uint16    { return trezorTypedDataValueRequest }
func (m *trezorValueRequestMsg) marshal() []byte { return trezorAppendUint32s(nil, 1, m.MemberPath) }

func (m *trezorValueRequestMsg) unmarshal(b []byte) error {
	*m = trezorValueRequestMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		if f.num == 1 {
			m.MemberPath, err = trezorUint32List(m.MemberPath, f)
		}
		return err
	})
}

// trezorValueAckMsg is EthereumTypedDataValueAck.
type trezorValueAckMsg struct {
	Value []byte // 1
}

func (m *trezorValueAckMsg) kind() uint16    { return trezorTypedDataValueAck }
func (m *trezorValueAckMsg) marshal() []byte { return trezorAppendBytes(nil, 1, m.Value) }

func (m *trezorValueAckMsg) unmarshal(b []byte) error {
	*m = trezorValueAckMsg{}
	return trezorFields(b, func(f trezorField) (err error) {
		if f.num == 1 {
			m.Value, err = f.bytesValue()
		}
		return err
	})
}
