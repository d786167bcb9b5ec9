package wallethw

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 clear signing (LedgerHQ/app-ethereum doc/ethapp.adoc "EIP712 SEND
// STRUCT DEFINITION / IMPLEMENTATION", app 1.9.19+): the host sends every
// struct type, field by field (INS 0x1A), then the domain and the message
// values in type order (INS 0x1C), then asks for the signature (INS 0x0C,
// P2 = 1). The device hashes it all itself and shows each field.
const (
	eip712P2StructName = 0x00 // 0x1A: a struct's name; 0x1C: the root struct to fill
	eip712P2Field      = 0xff // a field definition (0x1A) or value (0x1C)
	eip712P2Array      = 0x0f // 0x1C: the length of the array that follows
	eip712P1Complete   = 0x00 // 0x1C: this APDU ends the value
	eip712P1Partial    = 0x01 // 0x1C: more of the value follows

	// Field type keys, the low four bits of a field's type descriptor.
	eip712TypeCustom     = 0
	eip712TypeInt        = 1
	eip712TypeUint       = 2
	eip712TypeAddress    = 3
	eip712TypeBool       = 4
	eip712TypeString     = 5
	eip712TypeFixedBytes = 6
	eip712TypeBytes      = 7

	eip712DescArray   = 0x80 // the field is an array
	eip712DescHasSize = 0x40 // a size byte follows the type

	eip712ArrayDynamic = 0
	eip712ArrayFixed   = 1
)

// errTypedDataValue is wrapped into the error for a value the driver cannot
// encode for the device.
var errTypedDataValue = errors.New("typed data value")

// ledgerCommand is one APDU of a longer conversation.
type ledgerCommand struct {
	ins, p1, p2 byte
	data        []byte
}

// eip712Field is a parsed EIP-712 field type such as "uint8[2][]".
type eip712Field struct {
	base string // "uint8", "Person"
	key  byte   // eip712Type*
	size int    // bytes for int/uint/bytesN, 0 otherwise
	dims []int  // array dimensions as written, -1 for dynamic
}

var eip712TypeRE = regexp.MustCompile(`^([A-Za-z_$][A-Za-z0-9_$]*)((?:\[[0-9]*\])*)$`)

// parseEIP712Type splits a field type into its base and array dimensions.
func parseEIP712Type(typ string, types apitypes.Types) (eip712Field, error) {
	m := eip712TypeRE.FindStringSubmatch(typ)
	if m == nil {
		return eip712Field{}, fmt.Errorf("invalid EIP-712 type %q", typ)
	}
	f := eip712Field{base: m[1]}
	for _, d := range strings.Split(m[2], "[")[1:] {
		d = strings.TrimSuffix(d, "]")
		if d == "" {
			f.dims = append(f.dims, -1)
			continue
		}
		n, err := strconv.Atoi(d)
		if err != nil || n > 255 {
			return eip712Field{}, fmt.Errorf("array size %q in %q", d, typ)
		}
		f.dims = append(f.dims, n)
	}
	if _, ok := types[f.base]; ok {
		f.key = eip712TypeCustom
		return f, nil
	}
	sized := func(prefix string, key byte, bits bool) (bool, error) {
		rest, ok := strings.CutPrefix(f.base, prefix)
		if !ok {
			return false, nil
		}
		f.key = key
		if rest == "" {
			if bits {
				f.size = 32
				return true, nil
			}
			return false, nil
		}
		n, err := strconv.Atoi(rest)
		if err != nil {
			return false, fmt.Errorf("invalid EIP-712 type %q", typ)
		}
		if bits {
			if n%8 != 0 || n < 8 || n > 256 {
				return false, fmt.Errorf("invalid EIP-712 type %q", typ)
			}
			n /= 8
		} else if n < 1 || n > 32 {
			return false, fmt.Errorf("invalid EIP-712 type %q", typ)
		}
		f.size = n
		return true, nil
	}
	switch f.base {
	case "address":
		f.key = eip712TypeAddress
	case "bool":
		f.key = eip712TypeBool
	case "string":
		f.key = eip712TypeString
	case "bytes":
		f.key = eip712TypeBytes
	default:
		for _, c := range []struct {
			prefix string
			key    byte
			bits   bool
		}{{"uint", eip712TypeUint, true}, {"int", eip712TypeInt, true}, {"bytes", eip712TypeFixedBytes, false}} {
			ok, err := sized(c.prefix, c.key, c.bits)
			if err != nil {
				return eip712Field{}, err
			}
			if ok {
				return f, nil
			}
		}
		return eip712Field{}, fmt.Errorf("unknown EIP-712 type %q", typ)
	}
	return f, nil
}

// definition encodes the field for EIP712 SEND STRUCT DEFINITION.
func (f eip712Field) definition(name string) []byte {
	desc := f.key
	if len(f.dims) > 0 {
		desc |= eip712DescArray
	}
	if f.size > 0 {
		desc |= eip712DescHasSize
	}
	out := []byte{desc}
	if f.key == eip712TypeCustom {
		out = append(out, byte(len(f.base)))
		out = append(out, f.base...)
	}
	if f.size > 0 {
		out = append(out, byte(f.size))
	}
	if len(f.dims) > 0 {
		out = append(out, byte(len(f.dims)))
		for _, d := range f.dims {
			if d < 0 {
				out = append(out, eip712ArrayDynamic)
			} else {
				out = append(out, eip712ArrayFixed, byte(d))
			}
		}
	}
	out = append(out, byte(len(name)))
	return append(out, name...)
}

// eip712Stream builds every APDU of a clear-signing request except the
// final SIGN: the struct definitions (sorted by name), then the domain and
// the message values in field order.
func eip712Stream(data apitypes.TypedData) ([]ledgerCommand, error) {
	if _, ok := data.Types["EIP712Domain"]; !ok {
		return nil, fmt.Errorf("%w: typed data has no EIP712Domain type", errTypedDataValue)
	}
	if _, ok := data.Types[data.PrimaryType]; !ok {
		return nil, fmt.Errorf("%w: primary type %q is not defined", errTypedDataValue, data.PrimaryType)
	}
	var cmds []ledgerCommand
	add := func(ins, p1, p2 byte, payload []byte) error {
		if len(payload) > ledgerMaxAPDUData {
			return fmt.Errorf("%w: EIP-712 APDU of %d bytes (a name too long for the Ledger?)", ErrNotSupported, len(payload))
		}
		cmds = append(cmds, ledgerCommand{ins: ins, p1: p1, p2: p2, data: payload})
		return nil
	}
	names := make([]string, 0, len(data.Types))
	for name := range data.Types {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := add(ledgerInsEIP712StructDef, 0, eip712P2StructName, []byte(name)); err != nil {
			return nil, err
		}
		for _, field := range data.Types[name] {
			f, err := parseEIP712Type(field.Type, data.Types)
			if err != nil {
				return nil, fmt.Errorf("%w: %s.%s: %v", errTypedDataValue, name, field.Name, err)
			}
			if err := add(ledgerInsEIP712StructDef, 0, eip712P2Field, f.definition(field.Name)); err != nil {
				return nil, err
			}
		}
	}
	enc := eip712Encoder{types: data.Types, add: add}
	for _, root := range []struct {
		name  string
		value map[string]any
	}{{"EIP712Domain", data.Domain.Map()}, {data.PrimaryType, data.Message}} {
		if err := add(ledgerInsEIP712StructImp, eip712P1Complete, eip712P2StructName, []byte(root.name)); err != nil {
			return nil, err
		}
		if err := enc.structValue(root.name, root.value, root.name); err != nil {
			return nil, err
		}
	}
	return cmds, nil
}

// eip712Encoder turns values into EIP712 SEND STRUCT IMPLEMENTATION APDUs.
type eip712Encoder struct {
	types apitypes.Types
	add   func(ins, p1, p2 byte, payload []byte) error
}

func (e eip712Encoder) structValue(name string, value map[string]any, where string) error {
	for _, field := range e.types[name] {
		f, err := parseEIP712Type(field.Type, e.types)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", errTypedDataValue, where, err)
		}
		v, ok := value[field.Name]
		if !ok {
			return fmt.Errorf("%w: %s.%s is missing", errTypedDataValue, where, field.Name)
		}
		if err := e.fieldValue(f, f.dims, v, where+"."+field.Name); err != nil {
			return err
		}
	}
	return nil
}

func (e eip712Encoder) fieldValue(f eip712Field, dims []int, v any, where string) error {
	if len(dims) > 0 {
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
			return fmt.Errorf("%w: %s is %T, want an array", errTypedDataValue, where, v)
		}
		n := rv.Len()
		if n > 255 || (dims[0] >= 0 && n != dims[0]) {
			return fmt.Errorf("%w: %s has %d elements", errTypedDataValue, where, n)
		}
		if err := e.add(ledgerInsEIP712StructImp, eip712P1Complete, eip712P2Array, []byte{byte(n)}); err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			if err := e.fieldValue(f, dims[1:], rv.Index(i).Interface(), fmt.Sprintf("%s[%d]", where, i)); err != nil {
				return err
			}
		}
		return nil
	}
	if f.key == eip712TypeCustom {
		m, ok := asMap(v)
		if !ok {
			return fmt.Errorf("%w: %s is %T, want a %s struct", errTypedDataValue, where, v, f.base)
		}
		return e.structValue(f.base, m, where)
	}
	raw, err := encodeEIP712Atom(f, v)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errTypedDataValue, where, err)
	}
	if len(raw) > 0xffff {
		return fmt.Errorf("%w: %s: value of %d bytes", errTypedDataValue, where, len(raw))
	}
	payload := binary.BigEndian.AppendUint16(nil, uint16(len(raw)))
	payload = append(payload, raw...)
	for len(payload) > 0 {
		n := min(len(payload), ledgerMaxAPDUData)
		p1 := byte(eip712P1Partial)
		if n == len(payload) {
			p1 = eip712P1Complete
		}
		if err := e.add(ledgerInsEIP712StructImp, p1, eip712P2Field, payload[:n]); err != nil {
			return err
		}
		payload = payload[n:]
	}
	return nil
}

func asMap(v any) (map[string]any, bool) {
	switch m := v.(type) {
	case map[string]any:
		return m, true
	}
	return nil, false
}

// encodeEIP712Atom encodes one value of an atomic type the way the app
// reads it: integers as big-endian bytes (unsigned minimal and at least one
// byte, signed in two's complement at the type's size), bool as one byte,
// address as 20 bytes, bytesN as N bytes, strings as UTF-8.
func encodeEIP712Atom(f eip712Field, v any) ([]byte, error) {
	switch f.key {
	case eip712TypeString:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%T is not a string", v)
		}
		return []byte(s), nil
	case eip712TypeAddress:
		switch a := v.(type) {
		case common.Address:
			return a.Bytes(), nil
		case string:
			if !common.IsHexAddress(a) {
				return nil, fmt.Errorf("%q is not an address", a)
			}
			return common.HexToAddress(a).Bytes(), nil
		}
		return nil, fmt.Errorf("%T is not an address", v)
	case eip712TypeBool:
		switch b := v.(type) {
		case bool:
			if b {
				return []byte{1}, nil
			}
			return []byte{0}, nil
		case string:
			switch b {
			case "true":
				return []byte{1}, nil
			case "false":
				return []byte{0}, nil
			}
		}
		return nil, fmt.Errorf("%v is not a bool", v)
	case eip712TypeBytes, eip712TypeFixedBytes:
		var b []byte
		switch x := v.(type) {
		case []byte:
			b = x
		case hexutil.Bytes:
			b = x
		case string:
			var err error
			if b, err = hexutil.Decode(x); err != nil {
				return nil, fmt.Errorf("bytes %q: %v", x, err)
			}
		default:
			return nil, fmt.Errorf("%T is not bytes", v)
		}
		if f.key == eip712TypeFixedBytes {
			if len(b) > f.size {
				return nil, fmt.Errorf("%d bytes for bytes%d", len(b), f.size)
			}
			return common.RightPadBytes(b, f.size), nil
		}
		return b, nil
	case eip712TypeUint, eip712TypeInt:
		n, err := eip712Integer(v)
		if err != nil {
			return nil, err
		}
		bits := uint(8 * f.size)
		if f.key == eip712TypeUint {
			if n.Sign() < 0 || n.BitLen() > int(bits) {
				return nil, fmt.Errorf("%v does not fit uint%d", n, bits)
			}
			if n.Sign() == 0 {
				return []byte{0}, nil
			}
			return n.Bytes(), nil
		}
		limit := new(big.Int).Lsh(big.NewInt(1), bits-1)
		if n.Cmp(limit) >= 0 || n.Cmp(new(big.Int).Neg(limit)) < 0 {
			return nil, fmt.Errorf("%v does not fit int%d", n, bits)
		}
		return math.U256Bytes(new(big.Int).Set(n))[32-f.size:], nil
	}
	return nil, fmt.Errorf("type key %d is not atomic", f.key)
}

// eip712Integer reads the integer forms typed data carries: numbers from
// JSON, decimal or 0x-hex strings, and Go integers.
func eip712Integer(v any) (*big.Int, error) {
	switch x := v.(type) {
	case *big.Int:
		if x == nil {
			return nil, errors.New("nil integer")
		}
		return x, nil
	case big.Int:
		return &x, nil
	case *math.HexOrDecimal256:
		if x == nil {
			return nil, errors.New("nil integer")
		}
		return (*big.Int)(x), nil
	case math.HexOrDecimal256:
		return (*big.Int)(&x), nil
	case json.Number:
		return eip712Integer(string(x))
	case string:
		n, ok := math.ParseBig256(x)
		if !ok {
			if strings.HasPrefix(x, "-") {
				if m, ok := math.ParseBig256(x[1:]); ok {
					return m.Neg(m), nil
				}
			}
			return nil, fmt.Errorf("invalid integer %q", x)
		}
		return n, nil
	case float64:
		if x != float64(int64(x)) {
			return nil, fmt.Errorf("%v is not an integer", x)
		}
		return big.NewInt(int64(x)), nil
	case int:
		return big.NewInt(int64(x)), nil
	case int8, int16, int32, int64:
		return big.NewInt(reflect.ValueOf(x).Int()), nil
	case uint, uint8, uint16, uint32, uint64:
		return new(big.Int).SetUint64(reflect.ValueOf(x).Uint()), nil
	}
	return nil, fmt.Errorf("%T is not an integer", v)
}
