package main

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/program"
	"github.com/ethereum/go-ethereum/crypto"
)

// The chain's contracts are a few lines of EVM assembly each, so the test data
// does not depend on a compiler version.

var (
	// topicStored is topic 0 of the store contract's event; topics 1 and 2
	// are the caller and the storage key, the data is the stored value.
	topicStored = crypto.Keccak256Hash([]byte("Stored(address,uint256,uint256)"))
	// topicForwarded is topic 0 of the forwarder's event; topic 1 is the
	// caller, the data is the two call results.
	topicForwarded = crypto.Keccak256Hash([]byte("Forwarded(address,bool,bool)"))
	// revertReason is what the reverter contract reverts with.
	revertReason = "xiang: reverted"
)

// storeCode is the runtime of the store contract: calldata (value, key)
// stores value at key, emits Stored(caller, key) with the value as data and
// returns the value.
func storeCode() []byte {
	return program.New().
		Push(0).Op(vm.CALLDATALOAD).  // value
		Push(32).Op(vm.CALLDATALOAD). // key
		Op(vm.SSTORE).
		Push(0).Op(vm.CALLDATALOAD).Push(0).Op(vm.MSTORE).
		Push(32).Op(vm.CALLDATALOAD). // topic 2: key
		Op(vm.CALLER).                // topic 1: caller
		Push(topicStored).
		Push(32).Push(0).Op(vm.LOG3).
		Return(0, 32).
		Bytes()
}

// revertData is the ABI encoding of Error(revertReason).
func revertData() []byte {
	data := common.FromHex("0x08c379a0")
	data = append(data, common.LeftPadBytes([]byte{0x20}, 32)...)
	data = append(data, common.LeftPadBytes(big.NewInt(int64(len(revertReason))).Bytes(), 32)...)
	return append(data, common.RightPadBytes([]byte(revertReason), 32)...)
}

// reverterCode always reverts with Error(revertReason). Used as init code it
// makes a deployment fail.
func reverterCode() []byte {
	data := revertData()
	return program.New().Mstore(data, 0).Push(len(data)).Push(0).Op(vm.REVERT).Bytes()
}

// infoCode returns nine words describing its execution context: number,
// timestamp, base fee, chain id, coinbase, gas limit, prevrandao, the caller's
// balance and its own storage slot 0. Block and state overrides show in it.
func infoCode() []byte {
	p := program.New()
	for i, op := range []vm.OpCode{vm.NUMBER, vm.TIMESTAMP, vm.BASEFEE, vm.CHAINID, vm.COINBASE, vm.GASLIMIT, vm.PREVRANDAO} {
		p.Op(op).Push(32 * i).Op(vm.MSTORE)
	}
	p.Op(vm.CALLER).Op(vm.BALANCE).Push(32 * 7).Op(vm.MSTORE)
	p.Push(0).Op(vm.SLOAD).Push(32 * 8).Op(vm.MSTORE)
	return p.Return(0, 32*9).Bytes()
}

// forwarderCode calls store with its own calldata, calls reverter (which
// fails, and is ignored), static-calls info, then emits Forwarded(caller)
// with both call results as data.
func forwarderCode(store, reverter, info common.Address) []byte {
	return program.New().
		Op(vm.CALLDATASIZE).Push(0).Push(0).Op(vm.CALLDATACOPY).
		Push(0).Push(0).Op(vm.CALLDATASIZE).Push(0).Push(0).Push(store).Op(vm.GAS).Op(vm.CALL).
		Push(0).Push(0).Push(0).Push(0).Push(0).Push(reverter).Op(vm.GAS).Op(vm.CALL).
		Push(32).Op(vm.MSTORE). // reverter's result
		Push(0).Op(vm.MSTORE).  // store's result
		Push(0).Push(0).Push(0).Push(0).Push(info).Op(vm.GAS).Op(vm.STATICCALL).Op(vm.POP).
		Op(vm.CALLER).Push(topicForwarded).Push(64).Push(0).Op(vm.LOG2).
		Op(vm.STOP).
		Bytes()
}

// deployCode wraps runtime code in init code that returns it.
func deployCode(runtime []byte) []byte {
	return program.New().ReturnViaCodeCopy(runtime).Bytes()
}

// storeCall is the calldata of a store call.
func storeCall(value, key uint64) []byte {
	return append(word(value), word(key)...)
}

// word is v as a 32-byte big-endian word.
func word(v uint64) []byte {
	w := make([]byte, 32)
	binary.BigEndian.PutUint64(w[24:], v)
	return w
}
