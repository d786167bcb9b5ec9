// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package governance

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ValidatorSetMetaData contains all meta data concerning the ValidatorSet contract.
var ValidatorSetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"initial\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"LastValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"addValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"removeValidator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"transferAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ValidatorSet",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161090238038061090283398101604081905261002e9161021f565b6001600160a01b0382166100555760405163d92e233d60e01b815260040160405180910390fd5b80515f03610076576040516313f8a3a760e31b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b03841690811782556040519091907ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec6908290a35f5b81518110156100f8576100f08282815181106100dd576100dd6102fd565b602002602001015161010060201b60201c565b6001016100bf565b505050610311565b6001600160a01b0381166101275760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f908152600260205260409020541561016c576040516359615ad360e01b81526001600160a01b038216600482015260240160405180910390fd5b6001805480820182557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60180546001600160a01b0319166001600160a01b03841690811790915590545f828152600260205260408082209290925590517fe366c1c0452ed8eec96861e9e54141ebff23c9ec89fe27b996b45f5ec38849879190a250565b80516001600160a01b0381168114610206575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215610230575f5ffd5b610239836101f0565b60208401519092506001600160401b03811115610254575f5ffd5b8301601f81018513610264575f5ffd5b80516001600160401b0381111561027d5761027d61020b565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102ab576102ab61020b565b6040529182526020818401810192908101888411156102c8575f5ffd5b6020850194505b838510156102ee576102e0856101f0565b8152602094850194016102cf565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b6105e48061031e5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806340a141ff146100645780634d238c8e1461007957806375829def1461008c578063b7ab4db51461009f578063f851a440146100bd578063facd743b146100d7575b5f5ffd5b6100776100723660046104e9565b610111565b005b6100776100873660046104e9565b6102b9565b61007761009a3660046104e9565b6102f1565b6100a761039d565b6040516100b49190610516565b60405180910390f35b5f546040516001600160a01b0390911681526020016100b4565b6101016100e53660046104e9565b6001600160a01b03165f90815260026020526040902054151590565b60405190151581526020016100b4565b5f546001600160a01b0316331461014257604051630bd4212160e11b81523360048201526024015b60405180910390fd5b6001600160a01b0381165f908152600260205260408120549081900361018657604051633b4f6e2b60e21b81526001600160a01b0383166004820152602401610139565b60018054908190036101b65760405163a98b27f360e01b81526001600160a01b0384166004820152602401610139565b5f60016101c38184610561565b815481106101d3576101d3610586565b5f918252602090912001546001600160a01b031690508060016101f68186610561565b8154811061020657610206610586565b5f91825260208083209190910180546001600160a01b0319166001600160a01b039485161790559183168152600290915260409020839055600180548061024f5761024f61059a565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092556001600160a01b038616808352600290915260408083208390555190917fe1434e25d6611e0db941968fdc97811c982ac1602e951637d206f5fdda9dd8f191a250505050565b5f546001600160a01b031633146102e557604051630bd4212160e11b8152336004820152602401610139565b6102ee816103fd565b50565b5f546001600160a01b0316331461031d57604051630bd4212160e11b8152336004820152602401610139565b6001600160a01b0381166103445760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917ff8ccb027dfcd135e000e9d45e6cc2d662578a8825d4c45b5e32e0adf67e79ec691a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b606060018054806020026020016040519081016040528092919081815260200182805480156103f357602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116103d5575b5050505050905090565b6001600160a01b0381166104245760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526002602052604090205415610465576040516359615ad360e01b81526001600160a01b0382166004820152602401610139565b6001805480820182557fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf60180546001600160a01b0319166001600160a01b03841690811790915590545f828152600260205260408082209290925590517fe366c1c0452ed8eec96861e9e54141ebff23c9ec89fe27b996b45f5ec38849879190a250565b5f602082840312156104f9575f5ffd5b81356001600160a01b038116811461050f575f5ffd5b9392505050565b602080825282518282018190525f918401906040840190835b818110156105565783516001600160a01b031683526020938401939092019160010161052f565b509095945050505050565b8181038181111561058057634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220d36a0d67e22e8c30c3ec1b1e9a69e60608dca2435b8c09b676cca50a7541b8c564736f6c63430008250033",
}

// ValidatorSet is an auto generated Go binding around an Ethereum contract.
type ValidatorSet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValidatorSet) GetABI() abi.ABI {
	return c.abi
}

// NewValidatorSet creates a new instance of ValidatorSet.
func NewValidatorSet() *ValidatorSet {
	parsed, err := ValidatorSetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValidatorSet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValidatorSet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin_, address[] initial) returns()
func (validatorSet *ValidatorSet) PackConstructor(admin_ common.Address, initial []common.Address) []byte {
	enc, err := validatorSet.abi.Pack("", admin_, initial)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d238c8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addValidator(address validator) returns()
func (validatorSet *ValidatorSet) PackAddValidator(validator common.Address) []byte {
	enc, err := validatorSet.abi.Pack("addValidator", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d238c8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addValidator(address validator) returns()
func (validatorSet *ValidatorSet) TryPackAddValidator(validator common.Address) ([]byte, error) {
	return validatorSet.abi.Pack("addValidator", validator)
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (validatorSet *ValidatorSet) PackAdmin() []byte {
	enc, err := validatorSet.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (validatorSet *ValidatorSet) TryPackAdmin() ([]byte, error) {
	return validatorSet.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (validatorSet *ValidatorSet) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := validatorSet.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab4db5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidators() view returns(address[])
func (validatorSet *ValidatorSet) PackGetValidators() []byte {
	enc, err := validatorSet.abi.Pack("getValidators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab4db5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidators() view returns(address[])
func (validatorSet *ValidatorSet) TryPackGetValidators() ([]byte, error) {
	return validatorSet.abi.Pack("getValidators")
}

// UnpackGetValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7ab4db5.
//
// Solidity: function getValidators() view returns(address[])
func (validatorSet *ValidatorSet) UnpackGetValidators(data []byte) ([]common.Address, error) {
	out, err := validatorSet.abi.Unpack("getValidators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfacd743b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidator(address account) view returns(bool)
func (validatorSet *ValidatorSet) PackIsValidator(account common.Address) []byte {
	enc, err := validatorSet.abi.Pack("isValidator", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfacd743b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidator(address account) view returns(bool)
func (validatorSet *ValidatorSet) TryPackIsValidator(account common.Address) ([]byte, error) {
	return validatorSet.abi.Pack("isValidator", account)
}

// UnpackIsValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfacd743b.
//
// Solidity: function isValidator(address account) view returns(bool)
func (validatorSet *ValidatorSet) UnpackIsValidator(data []byte) (bool, error) {
	out, err := validatorSet.abi.Unpack("isValidator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40a141ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeValidator(address validator) returns()
func (validatorSet *ValidatorSet) PackRemoveValidator(validator common.Address) []byte {
	enc, err := validatorSet.abi.Pack("removeValidator", validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40a141ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeValidator(address validator) returns()
func (validatorSet *ValidatorSet) TryPackRemoveValidator(validator common.Address) ([]byte, error) {
	return validatorSet.abi.Pack("removeValidator", validator)
}

// PackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75829def.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAdmin(address newAdmin) returns()
func (validatorSet *ValidatorSet) PackTransferAdmin(newAdmin common.Address) []byte {
	enc, err := validatorSet.abi.Pack("transferAdmin", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75829def.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAdmin(address newAdmin) returns()
func (validatorSet *ValidatorSet) TryPackTransferAdmin(newAdmin common.Address) ([]byte, error) {
	return validatorSet.abi.Pack("transferAdmin", newAdmin)
}

// ValidatorSetAdminTransferred represents a AdminTransferred event raised by the ValidatorSet contract.
type ValidatorSetAdminTransferred struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidatorSetAdminTransferredEventName = "AdminTransferred"

// ContractEventName returns the user-defined event name.
func (ValidatorSetAdminTransferred) ContractEventName() string {
	return ValidatorSetAdminTransferredEventName
}

// UnpackAdminTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminTransferred(address indexed previousAdmin, address indexed newAdmin)
func (validatorSet *ValidatorSet) UnpackAdminTransferredEvent(log *types.Log) (*ValidatorSetAdminTransferred, error) {
	event := "AdminTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorSetAdminTransferred)
	if len(log.Data) > 0 {
		if err := validatorSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorSet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorSetValidatorAdded represents a ValidatorAdded event raised by the ValidatorSet contract.
type ValidatorSetValidatorAdded struct {
	Validator common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorSetValidatorAddedEventName = "ValidatorAdded"

// ContractEventName returns the user-defined event name.
func (ValidatorSetValidatorAdded) ContractEventName() string {
	return ValidatorSetValidatorAddedEventName
}

// UnpackValidatorAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorAdded(address indexed validator)
func (validatorSet *ValidatorSet) UnpackValidatorAddedEvent(log *types.Log) (*ValidatorSetValidatorAdded, error) {
	event := "ValidatorAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorSetValidatorAdded)
	if len(log.Data) > 0 {
		if err := validatorSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorSet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorSetValidatorRemoved represents a ValidatorRemoved event raised by the ValidatorSet contract.
type ValidatorSetValidatorRemoved struct {
	Validator common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorSetValidatorRemovedEventName = "ValidatorRemoved"

// ContractEventName returns the user-defined event name.
func (ValidatorSetValidatorRemoved) ContractEventName() string {
	return ValidatorSetValidatorRemovedEventName
}

// UnpackValidatorRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRemoved(address indexed validator)
func (validatorSet *ValidatorSet) UnpackValidatorRemovedEvent(log *types.Log) (*ValidatorSetValidatorRemoved, error) {
	event := "ValidatorRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorSet.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorSetValidatorRemoved)
	if len(log.Data) > 0 {
		if err := validatorSet.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorSet.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (validatorSet *ValidatorSet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return validatorSet.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["LastValidator"].ID.Bytes()[:4]) {
		return validatorSet.UnpackLastValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["NoValidators"].ID.Bytes()[:4]) {
		return validatorSet.UnpackNoValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return validatorSet.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return validatorSet.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorSet.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return validatorSet.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValidatorSetAlreadyValidator represents a AlreadyValidator error raised by the ValidatorSet contract.
type ValidatorSetAlreadyValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(address validator)
func ValidatorSetAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x59615ad3a367eab8dcd25f6daa9f268c32bc6203d8155d625b9eb74607972291")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(address validator)
func (validatorSet *ValidatorSet) UnpackAlreadyValidatorError(raw []byte) (*ValidatorSetAlreadyValidator, error) {
	out := new(ValidatorSetAlreadyValidator)
	if err := validatorSet.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorSetLastValidator represents a LastValidator error raised by the ValidatorSet contract.
type ValidatorSetLastValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LastValidator(address validator)
func ValidatorSetLastValidatorErrorID() common.Hash {
	return common.HexToHash("0xa98b27f3f7d6612cd82b2d9dfbc4292f5cfcd3a0f332bbd3143b4f24b89adebc")
}

// UnpackLastValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LastValidator(address validator)
func (validatorSet *ValidatorSet) UnpackLastValidatorError(raw []byte) (*ValidatorSetLastValidator, error) {
	out := new(ValidatorSetLastValidator)
	if err := validatorSet.abi.UnpackIntoInterface(out, "LastValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorSetNoValidators represents a NoValidators error raised by the ValidatorSet contract.
type ValidatorSetNoValidators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoValidators()
func ValidatorSetNoValidatorsErrorID() common.Hash {
	return common.HexToHash("0x9fc51d38400b51f3e674fdb3d5301f19c8eacfc8dbff7f6c33697c643c6cbfa9")
}

// UnpackNoValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoValidators()
func (validatorSet *ValidatorSet) UnpackNoValidatorsError(raw []byte) (*ValidatorSetNoValidators, error) {
	out := new(ValidatorSetNoValidators)
	if err := validatorSet.abi.UnpackIntoInterface(out, "NoValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorSetNotAdmin represents a NotAdmin error raised by the ValidatorSet contract.
type ValidatorSetNotAdmin struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin(address caller)
func ValidatorSetNotAdminErrorID() common.Hash {
	return common.HexToHash("0x17a8424239494df835a470bd5e48f10a94b5febfef662a1917fe31decebbedeb")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin(address caller)
func (validatorSet *ValidatorSet) UnpackNotAdminError(raw []byte) (*ValidatorSetNotAdmin, error) {
	out := new(ValidatorSetNotAdmin)
	if err := validatorSet.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorSetNotValidator represents a NotValidator error raised by the ValidatorSet contract.
type ValidatorSetNotValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address validator)
func ValidatorSetNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address validator)
func (validatorSet *ValidatorSet) UnpackNotValidatorError(raw []byte) (*ValidatorSetNotValidator, error) {
	out := new(ValidatorSetNotValidator)
	if err := validatorSet.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorSetZeroAddress represents a ZeroAddress error raised by the ValidatorSet contract.
type ValidatorSetZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ValidatorSetZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (validatorSet *ValidatorSet) UnpackZeroAddressError(raw []byte) (*ValidatorSetZeroAddress, error) {
	out := new(ValidatorSetZeroAddress)
	if err := validatorSet.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
