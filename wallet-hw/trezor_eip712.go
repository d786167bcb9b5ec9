package wallethw

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/xiangchain/xiangchain/internal/eip712"
)

// trezorDomainType is the EIP-712 domain's type name; member path 0 on the
// device.
const trezorDomainType = "EIP712Domain"

// errTrezorTypedData means the typed data does not fit the Trezor EIP-712
// protocol or the device asked for something the data does not have.
var errTrezorTypedData = errors.New("wallethw: typed data cannot be sent to the Trezor")

// trezorTypedDigest hashes data as MetaMask's signTypedData_v4 and Trezor
// do: keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(message)), with the
// message hash left out when the primary type is the domain itself. It
// returns the digest and the two hashes.
func trezorTypedDigest(data apitypes.TypedData) (digest, domainHash, messageHash []byte, err error) {
	domainHash, messageHash, err = eip712.Hashes(data)
	if err != nil {
		return nil, nil, nil, err
	}
	return eip712.Join(domainHash, messageHash), domainHash, messageHash, nil
}

// signTypedData runs the EIP-712 flow: the device asks for each struct
// type it meets (EthereumTypedDataStructRequest) and for each value by its
// member path (EthereumTypedDataValueRequest), then signs.
func (d *trezor) signTypedData(ctx context.Context, data apitypes.TypedData, reply *trezorSignatureMsg) (*trezorSignatureMsg, error) {
	enc := trezorTypedEncoder{data: data, domain: data.Domain.Map()}
	var (
		structReq trezorStructRequestMsg
		valueReq  trezorValueRequestMsg
		req       trezorMessage = &trezorSignTypedDataMsg{AddressN: d.path, PrimaryType: data.PrimaryType, MetamaskV4Compat: true}
	)
	for {
		i, err := d.call(ctx, "the typed data", req, &structReq, &valueReq, reply)
		if err != nil {
			return nil, err
		}
		switch i {
		case 0:
			ack, err := enc.structAck(structReq.Name)
			if err != nil {
				d.cancel()
				return nil, err
			}
			req = ack
		case 1:
			v, err := enc.value(valueReq.MemberPath)
			if err != nil {
				d.cancel()
				return nil, err
			}
			req = &trezorValueAckMsg{Value: v}
		default:
			return reply, nil
		}
	}
}

// trezorTypedEncoder answers the device's EIP-712 requests from typed data.
type trezorTypedEncoder struct {
	data   apitypes.TypedData
	domain map[string]interface{}
}

// structAck describes struct type name.
func (e *trezorTypedEncoder) structAck(name string) (*trezorStructAckMsg, error) {
	members, ok := e.data.Types[name]
	if !ok {
		return nil, fmt.Errorf("%w: the device asked for struct %q, which the types do not define", errTrezorTypedData, name)
	}
	ack := &trezorStructAckMsg{}
	for _, m := range members {
		ft, err := e.fieldType(m.Type, 0)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", name, m.Name, err)
		}
		ack.Members = append(ack.Members, trezorMember{Type: ft, Name: m.Name})
	}
	return ack, nil
}

// fieldType translates a Solidity-style EIP-712 type name.
func (e *trezorTypedEncoder) fieldType(typ string, depth int) (trezorFieldType, error) {
	if depth > trezorMaxTypeDepth {
		return trezorFieldType{}, fmt.Errorf("%w: type %q nests too deep", errTrezorTypedData, typ)
	}
	if strings.HasSuffix(typ, "]") {
		open := strings.LastIndexByte(typ, '[')
		if open <= 0 {
			return trezorFieldType{}, fmt.Errorf("%w: malformed array type %q", errTrezorTypedData, typ)
		}
		entry, err := e.fieldType(typ[:open], depth+1)
		if err != nil {
			return trezorFieldType{}, err
		}
		ft := trezorFieldType{DataType: trezorTypeArray, EntryType: &entry}
		if n := typ[open+1 : len(typ)-1]; n != "" {
			size, err := strconv.ParseUint(n, 10, 16)
			if err != nil {
				return trezorFieldType{}, fmt.Errorf("%w: array size in %q: %v", errTrezorTypedData, typ, err)
			}
			ft.Size = trezorSomeUint32(uint32(size))
		}
		return ft, nil
	}
	if members, ok := e.data.Types[typ]; ok {
		return trezorFieldType{DataType: trezorTypeStruct, Size: trezorSomeUint32(uint32(len(members))), StructName: typ}, nil
	}
	switch typ {
	case "string":
		return trezorFieldType{DataType: trezorTypeString}, nil
	case "bool":
		return trezorFieldType{DataType: trezorTypeBool}, nil
	case "address":
		return trezorFieldType{DataType: trezorTypeAddress}, nil
	case "bytes":
		return trezorFieldType{DataType: trezorTypeBytes}, nil
	case "uint", "int":
		typ += "256"
	}
	for _, p := range []struct {
		prefix   string
		dataType uint32
		bits     bool
	}{{"uint", trezorTypeUint, true}, {"int", trezorTypeInt, true}, {"bytes", trezorTypeBytes, false}} {
		n, ok := strings.CutPrefix(typ, p.prefix)
		if !ok {
			continue
		}
		size, err := strconv.Atoi(n)
		if err != nil {
			break
		}
		if p.bits {
			if size%8 != 0 || size < 8 || size > 256 {
				break
			}
			size /= 8
		} else if size < 1 || size > 32 {
			break
		}
		return trezorFieldType{DataType: p.dataType, Size: trezorSomeUint32(uint32(size))}, nil
	}
	return trezorFieldType{}, fmt.Errorf("%w: unknown type %q", errTrezorTypedData, typ)
}

// value returns the encoding of the value at path: path[0] is 0 for the
// domain and 1 for the message, then member indices of structs and element
// indices of arrays. An array's value is its length as a big-endian
// uint16.
func (e *trezorTypedEncoder) value(path []uint32) ([]byte, error) {
	if len(path) == 0 || path[0] > 1 {
		return nil, fmt.Errorf("%w: member path %v has no root", errTrezorTypedData, path)
	}
	typ, val := trezorDomainType, interface{}(e.domain)
	if path[0] == 1 {
		typ, val = e.data.PrimaryType, interface{}(e.data.Message)
	}
	for _, idx := range path[1:] {
		ft, err := e.fieldType(typ, 0)
		if err != nil {
			return nil, err
		}
		switch ft.DataType {
		case trezorTypeArray:
			elems, err := trezorSliceOf(val)
			if err != nil || int(idx) >= len(elems) {
				return nil, fmt.Errorf("%w: %v has no element %d (path %v)", errTrezorTypedData, typ, idx, path)
			}
			typ, val = typ[:strings.LastIndexByte(typ, '[')], elems[idx]
		case trezorTypeStruct:
			members := e.data.Types[typ]
			fields, ok := val.(map[string]interface{})
			if !ok || int(idx) >= len(members) {
				return nil, fmt.Errorf("%w: %s has no member %d (path %v)", errTrezorTypedData, typ, idx, path)
			}
			typ, val = members[idx].Type, fields[members[idx].Name]
		default:
			return nil, fmt.Errorf("%w: path %v goes through %s", errTrezorTypedData, path, typ)
		}
	}
	ft, err := e.fieldType(typ, 0)
	if err != nil {
		return nil, err
	}
	return e.atomic(typ, ft, val, path)
}

// atomic encodes a leaf value the way the firmware wants it: integers as
// size-byte big-endian (two's complement for int), addresses as 20 bytes,
// bool as one byte, bytesN as N bytes, strings and bytes as they are,
// array lengths as uint16.
func (e *trezorTypedEncoder) atomic(typ string, ft trezorFieldType, val interface{}, path []uint32) ([]byte, error) {
	switch ft.DataType {
	case trezorTypeArray:
		elems, err := trezorSliceOf(val)
		if err != nil {
			return nil, fmt.Errorf("%w: %s at %v: %v", errTrezorTypedData, typ, path, err)
		}
		if len(elems) > math.MaxUint16 {
			return nil, fmt.Errorf("%w: %s at %v has %d elements, the device takes at most %d", errTrezorTypedData, typ, path, len(elems), math.MaxUint16)
		}
		return binary.BigEndian.AppendUint16(nil, uint16(len(elems))), nil
	case trezorTypeStruct:
		return nil, fmt.Errorf("%w: the device asked for struct %s at %v as a value", errTrezorTypedData, typ, path)
	case trezorTypeString:
		s, ok := val.(string)
		if !ok {
			return nil, fmt.Errorf("%w: %v at %v is not a string", errTrezorTypedData, val, path)
		}
		return []byte(s), nil
	case trezorTypeBytes:
		if !ft.Size.Set {
			switch v := val.(type) {
			case []byte:
				return v, nil
			case hexutil.Bytes:
				return v, nil
			case string:
				b, err := hexutil.Decode(v)
				if err != nil {
					return nil, fmt.Errorf("%w: bytes at %v: %v", errTrezorTypedData, path, err)
				}
				return b, nil
			}
			return nil, fmt.Errorf("%w: %v at %v is not bytes", errTrezorTypedData, val, path)
		}
	}
	word, err := e.data.EncodePrimitiveValue(typ, val, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %s at %v: %v", errTrezorTypedData, typ, path, err)
	}
	switch ft.DataType {
	case trezorTypeAddress:
		return word[12:], nil
	case trezorTypeBool:
		return word[31:], nil
	case trezorTypeBytes:
		return word[:ft.Size.Value], nil
	default: // uint, int: the low Size bytes of the 256-bit word
		return word[32-ft.Size.Value:], nil
	}
}

// trezorSliceOf returns the elements of any slice or array value.
func trezorSliceOf(v interface{}) ([]interface{}, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return nil, fmt.Errorf("%v is not a list", v)
	}
	out := make([]interface{}, rv.Len())
	for i := range out {
		out[i] = rv.Index(i).Interface()
	}
	return out, nil
}
