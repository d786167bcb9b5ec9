// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assets

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

// NotaryAnchor is an auto generated low-level Go binding around an user-defined struct.
type NotaryAnchor struct {
	Submitter   common.Address
	Timestamp   uint64
	BlockNumber uint64
	LeafCount   uint64
}

// NotaryMetaData contains all meta data concerning the Notary contract.
var NotaryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"AlreadyAnchored\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"NotABatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"NotAnchored\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"Anchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"leafCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"BatchAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUBMITTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"anchor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leafCount\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"anchorBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"leafCount\",\"type\":\"uint64\"}],\"internalType\":\"structNotary.Anchor\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"isAnchored\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"leafOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyDocument\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"leafCount\",\"type\":\"uint64\"}],\"internalType\":\"structNotary.Anchor\",\"name\":\"anchored\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Notary",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610e4b380380610e4b83398101604081905261002e916100e8565b6100385f8261003f565b5050610115565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100e2565b505f5b92915050565b5f602082840312156100f8575f5ffd5b81516001600160a01b038116811461010e575f5ffd5b9392505050565b610d29806101225f395ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c80638456cb591161009e578063cf4ff9011161006e578063cf4ff90114610241578063d547741f14610261578063dab82cb414610274578063e63ab1e914610295578063eecdf927146102bc575f5ffd5b80638456cb59146101f857806391712a0b1461020057806391d1485414610227578063a217fddf1461023a575f5ffd5b80633f4ba83a116100e45780633f4ba83a146101955780634ee876dd1461019d5780634f0b5801146101b05780635c975abb146101da5780636252a35b146101e5575f5ffd5b806301ffc9a714610115578063248a9ca31461013d5780632f2ff15d1461016d57806336568abe14610182575b5f5ffd5b610128610123366004610aa0565b6102cf565b60405190151581526020015b60405180910390f35b61015f61014b366004610ac7565b5f9081526020819052604090206001015490565b604051908152602001610134565b61018061017b366004610ade565b610305565b005b610180610190366004610ade565b61032f565b610180610367565b61015f6101ab366004610ac7565b61039c565b6101286101be366004610ac7565b5f908152600260205260409020546001600160a01b0316151590565b60015460ff16610128565b6101806101f3366004610b17565b6103cd565b610180610483565b61015f7fe1a65d1a914580ff6931bc952f0fb26573e9282358a4458bceb9ccc6d923d04181565b610128610235366004610ade565b6104b5565b61015f5f81565b61025461024f366004610ac7565b6104dd565b6040516101349190610bee565b61018061026f366004610ade565b610584565b610287610282366004610bfc565b6105a8565b604051610134929190610c6b565b61015f7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6101806102ca366004610ac7565b610699565b5f6001600160e01b03198216637965db0b60e01b14806102ff57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461031f81610720565b610329838361072a565b50505050565b6001600160a01b03811633146103585760405163334bd91960e11b815260040160405180910390fd5b61036282826107b9565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61039181610720565b610399610822565b50565b5f816040516020016103b091815260200190565b604051602081830303815290604052805190602001209050919050565b7fe1a65d1a914580ff6931bc952f0fb26573e9282358a4458bceb9ccc6d923d0416103f781610720565b6103ff610874565b836001600160401b03165f036104285760405163c2e5347d60e01b815260040160405180910390fd5b610432858561089a565b336001600160a01b0316857f45b0b91fcdb693a5e1fddf5f4452b0e04c3d705a0309c02f49f22eee344fe3c68642438888604051610474959493929190610c81565b60405180910390a35050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6104ad81610720565b610399610982565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b604080516080810182525f8082526020820181905291810182905260608101919091525f82815260026020908152604091829020825160808101845281546001600160a01b0381168083526001600160401b03600160a01b90920482169483019490945260019092015480831694820194909452600160401b9093041660608301526102ff576040516307b5496b60e51b8152600481018490526024015b60405180910390fd5b5f8281526020819052604090206001015461059e81610720565b61032983836107b9565b604080516080810182525f8082526020820181905291810182905260608101829052505f85815260026020908152604091829020825160808101845281546001600160a01b0381168083526001600160401b03600160a01b90920482169483019490945260019092015480831694820194909452600160401b90930416606083015261064a576040516307b5496b60e51b81526004810187905260240161057b565b80606001516001600160401b03165f0361067a57604051631086862960e01b81526004810187905260240161057b565b61068e8484886106898961039c565b6109bd565b915094509492505050565b7fe1a65d1a914580ff6931bc952f0fb26573e9282358a4458bceb9ccc6d923d0416106c381610720565b6106cb610874565b6106d5825f61089a565b604080516001600160401b03428116825243166020820152339184917f657c885d7d5dd131160c24792c13cea0c72bc48d2e2121e97ce7f9faf98ec379910160405180910390a35050565b61039981336109d4565b5f61073583836104b5565b6107b2575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561076a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f6102ff565b5f6107c483836104b5565b156107b2575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102ff565b61082a610a11565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b60015460ff16156108985760405163d93c066560e01b815260040160405180910390fd5b565b816108b857604051631c37cddf60e21b815260040160405180910390fd5b5f82815260026020526040902080546001600160a01b031615610918578054604051636cdc4b3160e01b8152600481018590526001600160a01b0382166024820152600160a01b9091046001600160401b0316604482015260640161057b565b80546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b426001600160401b0390811691909102919091178255600190910180544383166fffffffffffffffffffffffffffffffff1990911617600160401b939092169290920217905550565b61098a610874565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610857565b5f826109ca868685610a34565b1495945050505050565b6109de82826104b5565b610a0d5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161057b565b5050565b60015460ff1661089857604051638dfc202b60e01b815260040160405180910390fd5b5f81815b84811015610a6c57610a6282878784818110610a5657610a56610cdf565b90506020020135610a77565b9150600101610a38565b5090505b9392505050565b5f818310610a91575f828152602084905260409020610a70565b505f9182526020526040902090565b5f60208284031215610ab0575f5ffd5b81356001600160e01b031981168114610a70575f5ffd5b5f60208284031215610ad7575f5ffd5b5035919050565b5f5f60408385031215610aef575f5ffd5b8235915060208301356001600160a01b0381168114610b0c575f5ffd5b809150509250929050565b5f5f5f5f60608587031215610b2a575f5ffd5b8435935060208501356001600160401b0381168114610b47575f5ffd5b925060408501356001600160401b03811115610b61575f5ffd5b8501601f81018713610b71575f5ffd5b80356001600160401b03811115610b86575f5ffd5b876020828401011115610b97575f5ffd5b949793965060200194505050565b60018060a01b0381511682526001600160401b0360208201511660208301526001600160401b0360408201511660408301526001600160401b0360608201511660608301525050565b608081016102ff8284610ba5565b5f5f5f5f60608587031215610c0f575f5ffd5b843593506020850135925060408501356001600160401b03811115610c32575f5ffd5b8501601f81018713610c42575f5ffd5b80356001600160401b03811115610c57575f5ffd5b8760208260051b8401011115610b97575f5ffd5b821515815260a08101610a706020830184610ba5565b6001600160401b03861681526001600160401b03851660208201526001600160401b038416604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f909201601f19160101949350505050565b634e487b7160e01b5f52603260045260245ffdfea264697066735822122078ae475381aaf73c5caeba2d01e0296a8efeb253ed5d320c19ae351ead09de8064736f6c63430008250033",
}

// Notary is an auto generated Go binding around an Ethereum contract.
type Notary struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Notary) GetABI() abi.ABI {
	return c.abi
}

// NewNotary creates a new instance of Notary.
func NewNotary() *Notary {
	parsed, err := NotaryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Notary{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Notary) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (notary *Notary) PackConstructor(admin common.Address) []byte {
	enc, err := notary.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (notary *Notary) PackDEFAULTADMINROLE() []byte {
	enc, err := notary.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (notary *Notary) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return notary.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (notary *Notary) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := notary.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (notary *Notary) PackPAUSERROLE() []byte {
	enc, err := notary.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (notary *Notary) TryPackPAUSERROLE() ([]byte, error) {
	return notary.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (notary *Notary) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := notary.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSUBMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91712a0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SUBMITTER_ROLE() view returns(bytes32)
func (notary *Notary) PackSUBMITTERROLE() []byte {
	enc, err := notary.abi.Pack("SUBMITTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSUBMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91712a0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SUBMITTER_ROLE() view returns(bytes32)
func (notary *Notary) TryPackSUBMITTERROLE() ([]byte, error) {
	return notary.abi.Pack("SUBMITTER_ROLE")
}

// UnpackSUBMITTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91712a0b.
//
// Solidity: function SUBMITTER_ROLE() view returns(bytes32)
func (notary *Notary) UnpackSUBMITTERROLE(data []byte) ([32]byte, error) {
	out, err := notary.abi.Unpack("SUBMITTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecdf927.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchor(bytes32 hash) returns()
func (notary *Notary) PackAnchor(hash [32]byte) []byte {
	enc, err := notary.abi.Pack("anchor", hash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecdf927.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchor(bytes32 hash) returns()
func (notary *Notary) TryPackAnchor(hash [32]byte) ([]byte, error) {
	return notary.abi.Pack("anchor", hash)
}

// PackAnchorBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6252a35b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorBatch(bytes32 root, uint64 leafCount, string uri) returns()
func (notary *Notary) PackAnchorBatch(root [32]byte, leafCount uint64, uri string) []byte {
	enc, err := notary.abi.Pack("anchorBatch", root, leafCount, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6252a35b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorBatch(bytes32 root, uint64 leafCount, string uri) returns()
func (notary *Notary) TryPackAnchorBatch(root [32]byte, leafCount uint64, uri string) ([]byte, error) {
	return notary.abi.Pack("anchorBatch", root, leafCount, uri)
}

// PackAnchorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf4ff901.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorOf(bytes32 hash) view returns((address,uint64,uint64,uint64))
func (notary *Notary) PackAnchorOf(hash [32]byte) []byte {
	enc, err := notary.abi.Pack("anchorOf", hash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf4ff901.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorOf(bytes32 hash) view returns((address,uint64,uint64,uint64))
func (notary *Notary) TryPackAnchorOf(hash [32]byte) ([]byte, error) {
	return notary.abi.Pack("anchorOf", hash)
}

// UnpackAnchorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf4ff901.
//
// Solidity: function anchorOf(bytes32 hash) view returns((address,uint64,uint64,uint64))
func (notary *Notary) UnpackAnchorOf(data []byte) (NotaryAnchor, error) {
	out, err := notary.abi.Unpack("anchorOf", data)
	if err != nil {
		return *new(NotaryAnchor), err
	}
	out0 := *abi.ConvertType(out[0], new(NotaryAnchor)).(*NotaryAnchor)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (notary *Notary) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := notary.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (notary *Notary) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return notary.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (notary *Notary) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := notary.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (notary *Notary) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := notary.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (notary *Notary) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return notary.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (notary *Notary) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := notary.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (notary *Notary) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return notary.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (notary *Notary) UnpackHasRole(data []byte) (bool, error) {
	out, err := notary.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0b5801.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAnchored(bytes32 hash) view returns(bool)
func (notary *Notary) PackIsAnchored(hash [32]byte) []byte {
	enc, err := notary.abi.Pack("isAnchored", hash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAnchored is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f0b5801.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAnchored(bytes32 hash) view returns(bool)
func (notary *Notary) TryPackIsAnchored(hash [32]byte) ([]byte, error) {
	return notary.abi.Pack("isAnchored", hash)
}

// UnpackIsAnchored is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f0b5801.
//
// Solidity: function isAnchored(bytes32 hash) view returns(bool)
func (notary *Notary) UnpackIsAnchored(data []byte) (bool, error) {
	out, err := notary.abi.Unpack("isAnchored", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeafOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee876dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafOf(bytes32 documentHash) pure returns(bytes32)
func (notary *Notary) PackLeafOf(documentHash [32]byte) []byte {
	enc, err := notary.abi.Pack("leafOf", documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee876dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafOf(bytes32 documentHash) pure returns(bytes32)
func (notary *Notary) TryPackLeafOf(documentHash [32]byte) ([]byte, error) {
	return notary.abi.Pack("leafOf", documentHash)
}

// UnpackLeafOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ee876dd.
//
// Solidity: function leafOf(bytes32 documentHash) pure returns(bytes32)
func (notary *Notary) UnpackLeafOf(data []byte) ([32]byte, error) {
	out, err := notary.abi.Unpack("leafOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (notary *Notary) PackPause() []byte {
	enc, err := notary.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (notary *Notary) TryPackPause() ([]byte, error) {
	return notary.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (notary *Notary) PackPaused() []byte {
	enc, err := notary.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (notary *Notary) TryPackPaused() ([]byte, error) {
	return notary.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (notary *Notary) UnpackPaused(data []byte) (bool, error) {
	out, err := notary.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (notary *Notary) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := notary.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (notary *Notary) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return notary.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (notary *Notary) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := notary.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (notary *Notary) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return notary.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (notary *Notary) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := notary.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (notary *Notary) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return notary.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (notary *Notary) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := notary.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (notary *Notary) PackUnpause() []byte {
	enc, err := notary.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (notary *Notary) TryPackUnpause() ([]byte, error) {
	return notary.abi.Pack("unpause")
}

// PackVerifyDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab82cb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyDocument(bytes32 root, bytes32 documentHash, bytes32[] proof) view returns(bool ok, (address,uint64,uint64,uint64) anchored)
func (notary *Notary) PackVerifyDocument(root [32]byte, documentHash [32]byte, proof [][32]byte) []byte {
	enc, err := notary.abi.Pack("verifyDocument", root, documentHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdab82cb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyDocument(bytes32 root, bytes32 documentHash, bytes32[] proof) view returns(bool ok, (address,uint64,uint64,uint64) anchored)
func (notary *Notary) TryPackVerifyDocument(root [32]byte, documentHash [32]byte, proof [][32]byte) ([]byte, error) {
	return notary.abi.Pack("verifyDocument", root, documentHash, proof)
}

// NotaryVerifyDocumentOutput serves as a container for the return parameters of contract
// method VerifyDocument.
type NotaryVerifyDocumentOutput struct {
	Ok       bool
	Anchored NotaryAnchor
}

// UnpackVerifyDocument is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdab82cb4.
//
// Solidity: function verifyDocument(bytes32 root, bytes32 documentHash, bytes32[] proof) view returns(bool ok, (address,uint64,uint64,uint64) anchored)
func (notary *Notary) UnpackVerifyDocument(data []byte) (NotaryVerifyDocumentOutput, error) {
	out, err := notary.abi.Unpack("verifyDocument", data)
	outstruct := new(NotaryVerifyDocumentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Anchored = *abi.ConvertType(out[1], new(NotaryAnchor)).(*NotaryAnchor)
	return *outstruct, nil
}

// NotaryAnchored represents a Anchored event raised by the Notary contract.
type NotaryAnchored struct {
	Hash        [32]byte
	Submitter   common.Address
	Timestamp   uint64
	BlockNumber uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const NotaryAnchoredEventName = "Anchored"

// ContractEventName returns the user-defined event name.
func (NotaryAnchored) ContractEventName() string {
	return NotaryAnchoredEventName
}

// UnpackAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Anchored(bytes32 indexed hash, address indexed submitter, uint64 timestamp, uint64 blockNumber)
func (notary *Notary) UnpackAnchoredEvent(log *types.Log) (*NotaryAnchored, error) {
	event := "Anchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryAnchored)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryBatchAnchored represents a BatchAnchored event raised by the Notary contract.
type NotaryBatchAnchored struct {
	Root        [32]byte
	Submitter   common.Address
	LeafCount   uint64
	Timestamp   uint64
	BlockNumber uint64
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const NotaryBatchAnchoredEventName = "BatchAnchored"

// ContractEventName returns the user-defined event name.
func (NotaryBatchAnchored) ContractEventName() string {
	return NotaryBatchAnchoredEventName
}

// UnpackBatchAnchoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchAnchored(bytes32 indexed root, address indexed submitter, uint64 leafCount, uint64 timestamp, uint64 blockNumber, string uri)
func (notary *Notary) UnpackBatchAnchoredEvent(log *types.Log) (*NotaryBatchAnchored, error) {
	event := "BatchAnchored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryBatchAnchored)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryPaused represents a Paused event raised by the Notary contract.
type NotaryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NotaryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (NotaryPaused) ContractEventName() string {
	return NotaryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (notary *Notary) UnpackPausedEvent(log *types.Log) (*NotaryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryPaused)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryRoleAdminChanged represents a RoleAdminChanged event raised by the Notary contract.
type NotaryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NotaryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NotaryRoleAdminChanged) ContractEventName() string {
	return NotaryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (notary *Notary) UnpackRoleAdminChangedEvent(log *types.Log) (*NotaryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryRoleGranted represents a RoleGranted event raised by the Notary contract.
type NotaryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NotaryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NotaryRoleGranted) ContractEventName() string {
	return NotaryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (notary *Notary) UnpackRoleGrantedEvent(log *types.Log) (*NotaryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryRoleGranted)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryRoleRevoked represents a RoleRevoked event raised by the Notary contract.
type NotaryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NotaryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NotaryRoleRevoked) ContractEventName() string {
	return NotaryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (notary *Notary) UnpackRoleRevokedEvent(log *types.Log) (*NotaryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryRoleRevoked)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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

// NotaryUnpaused represents a Unpaused event raised by the Notary contract.
type NotaryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NotaryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (NotaryUnpaused) ContractEventName() string {
	return NotaryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (notary *Notary) UnpackUnpausedEvent(log *types.Log) (*NotaryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != notary.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NotaryUnpaused)
	if len(log.Data) > 0 {
		if err := notary.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range notary.abi.Events[event].Inputs {
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
func (notary *Notary) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], notary.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return notary.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return notary.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["AlreadyAnchored"].ID.Bytes()[:4]) {
		return notary.UnpackAlreadyAnchoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return notary.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["EmptyHash"].ID.Bytes()[:4]) {
		return notary.UnpackEmptyHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return notary.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return notary.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["NotABatch"].ID.Bytes()[:4]) {
		return notary.UnpackNotABatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], notary.abi.Errors["NotAnchored"].ID.Bytes()[:4]) {
		return notary.UnpackNotAnchoredError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NotaryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Notary contract.
type NotaryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NotaryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (notary *Notary) UnpackAccessControlBadConfirmationError(raw []byte) (*NotaryAccessControlBadConfirmation, error) {
	out := new(NotaryAccessControlBadConfirmation)
	if err := notary.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Notary contract.
type NotaryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NotaryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (notary *Notary) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NotaryAccessControlUnauthorizedAccount, error) {
	out := new(NotaryAccessControlUnauthorizedAccount)
	if err := notary.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryAlreadyAnchored represents a AlreadyAnchored error raised by the Notary contract.
type NotaryAlreadyAnchored struct {
	Hash      [32]byte
	Submitter common.Address
	Timestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAnchored(bytes32 hash, address submitter, uint64 timestamp)
func NotaryAlreadyAnchoredErrorID() common.Hash {
	return common.HexToHash("0x6cdc4b31563a21a0a3c362d2f07e4307641d09296f26c5f1d1e3d7bb1322a640")
}

// UnpackAlreadyAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAnchored(bytes32 hash, address submitter, uint64 timestamp)
func (notary *Notary) UnpackAlreadyAnchoredError(raw []byte) (*NotaryAlreadyAnchored, error) {
	out := new(NotaryAlreadyAnchored)
	if err := notary.abi.UnpackIntoInterface(out, "AlreadyAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryEmptyBatch represents a EmptyBatch error raised by the Notary contract.
type NotaryEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func NotaryEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (notary *Notary) UnpackEmptyBatchError(raw []byte) (*NotaryEmptyBatch, error) {
	out := new(NotaryEmptyBatch)
	if err := notary.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryEmptyHash represents a EmptyHash error raised by the Notary contract.
type NotaryEmptyHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyHash()
func NotaryEmptyHashErrorID() common.Hash {
	return common.HexToHash("0x70df377cb5e35d4fc3652be04d195d335c43a1b49cdc6a9ad38c5d59d13d587c")
}

// UnpackEmptyHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyHash()
func (notary *Notary) UnpackEmptyHashError(raw []byte) (*NotaryEmptyHash, error) {
	out := new(NotaryEmptyHash)
	if err := notary.abi.UnpackIntoInterface(out, "EmptyHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryEnforcedPause represents a EnforcedPause error raised by the Notary contract.
type NotaryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func NotaryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (notary *Notary) UnpackEnforcedPauseError(raw []byte) (*NotaryEnforcedPause, error) {
	out := new(NotaryEnforcedPause)
	if err := notary.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryExpectedPause represents a ExpectedPause error raised by the Notary contract.
type NotaryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func NotaryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (notary *Notary) UnpackExpectedPauseError(raw []byte) (*NotaryExpectedPause, error) {
	out := new(NotaryExpectedPause)
	if err := notary.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryNotABatch represents a NotABatch error raised by the Notary contract.
type NotaryNotABatch struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotABatch(bytes32 root)
func NotaryNotABatchErrorID() common.Hash {
	return common.HexToHash("0x10868629a9bf8ad9fca68223557e284f35fa7ae55427566c8cb832a36bd242bb")
}

// UnpackNotABatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotABatch(bytes32 root)
func (notary *Notary) UnpackNotABatchError(raw []byte) (*NotaryNotABatch, error) {
	out := new(NotaryNotABatch)
	if err := notary.abi.UnpackIntoInterface(out, "NotABatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NotaryNotAnchored represents a NotAnchored error raised by the Notary contract.
type NotaryNotAnchored struct {
	Hash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAnchored(bytes32 hash)
func NotaryNotAnchoredErrorID() common.Hash {
	return common.HexToHash("0xf6a92d605f4dc2ed9716e6f5864cfe66f49f622ad1a075682a52dd3e79188b3c")
}

// UnpackNotAnchoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAnchored(bytes32 hash)
func (notary *Notary) UnpackNotAnchoredError(raw []byte) (*NotaryNotAnchored, error) {
	out := new(NotaryNotAnchored)
	if err := notary.abi.UnpackIntoInterface(out, "NotAnchored", raw); err != nil {
		return nil, err
	}
	return out, nil
}
