// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package market

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

// SettlementTokenMetaData contains all meta data concerning the SettlementToken contract.
var SettlementTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"depositRef\",\"type\":\"bytes32\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"withdrawalRef\",\"type\":\"bytes32\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ISSUER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"depositRef\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRef\",\"type\":\"bytes32\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SettlementToken",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611a46380380611a4683398101604081905261002f916102be565b6040805180820190915260018152603160f81b6020820152839081908185600361005983826103d2565b50600461006682826103d2565b5050506100788261012e60201b60201c565b610120526100858161012e565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506101255f82610174565b505050506104e8565b5f5f829050601f81511115610161578260405163305a27a960e01b81526004016101589190610490565b60405180910390fd5b805161016c826104c5565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff16610218575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021b565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610244575f5ffd5b81516001600160401b0381111561025d5761025d610221565b604051601f8201601f19908116603f011681016001600160401b038111828210171561028b5761028b610221565b6040528181528382016020018510156102a2575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156102d0575f5ffd5b83516001600160401b038111156102e5575f5ffd5b6102f186828701610235565b602086015190945090506001600160401b0381111561030e575f5ffd5b61031a86828701610235565b604086015190935090506001600160a01b0381168114610338575f5ffd5b809150509250925092565b600181811c9082168061035757607f821691505b60208210810361037557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103cd57828211156103cd57805f5260205f20601f840160051c60208510156103a657505f5b90810190601f840160051c035f5b818110156103c9575f838201556001016103b4565b5050505b505050565b81516001600160401b038111156103eb576103eb610221565b6103ff816103f98454610343565b8461037b565b6020601f821160018114610431575f831561041a5750848201515b5f19600385901b1c1916600184901b178455610489565b5f84815260208120601f198516915b828110156104605787850151825560209485019460019092019101610440565b508482101561047d57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610375575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161150d6105395f395f610ccd01525f610ca201525f610b5101525f610b2901525f610a8401525f610aae01525f610ad8015261150d5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c80635c975abb116100f357806395d89b4111610093578063d505accf1161006e578063d505accf1461036e578063d547741f14610381578063dd62ed3e14610394578063e63ab1e9146103cc575f5ffd5b806395d89b411461034c578063a217fddf14610354578063a9059cbb1461035b575f5ffd5b806382aefa24116100ce57806382aefa24146102ef5780638456cb591461031657806384b0196e1461031e57806391d1485414610339575f5ffd5b80635c975abb146102a957806370a08231146102b45780637ecebe00146102dc575f5ffd5b806323b872dd1161015e578063313ce56711610139578063313ce567146102775780633644e5151461028657806336568abe1461028e5780633f4ba83a146102a1575f5ffd5b806323b872dd1461022f578063248a9ca3146102425780632f2ff15d14610264575f5ffd5b806301ffc9a7146101a557806306fdde03146101cd578063095ea7b3146101e257806318160ddd146101f55780631e458bee1461020757806322e4e61d1461021c575b5f5ffd5b6101b86101b33660046111ac565b6103f3565b60405190151581526020015b60405180910390f35b6101d5610429565b6040516101c49190611208565b6101b86101f0366004611235565b6104b9565b6002545b6040519081526020016101c4565b61021a61021536600461125d565b6104d0565b005b61021a61022a36600461128d565b61054e565b6101b861023d3660046112ad565b610593565b6101f96102503660046112e7565b5f9081526008602052604090206001015490565b61021a6102723660046112fe565b6105b6565b604051600281526020016101c4565b6101f96105e0565b61021a61029c3660046112fe565b6105ee565b61021a610626565b60095460ff166101b8565b6101f96102c2366004611328565b6001600160a01b03165f9081526020819052604090205490565b6101f96102ea366004611328565b61065b565b6101f97f114e74f6ea3bd819998f78687bfcb11b140da08e9b7d222fa9c1f1ba1f2aa12281565b61021a610678565b6103266106aa565b6040516101c49796959493929190611341565b6101b86103473660046112fe565b6106ec565b6101d5610716565b6101f95f81565b6101b8610369366004611235565b610725565b61021a61037c3660046113d7565b610732565b61021a61038f3660046112fe565b61086d565b6101f96103a2366004611444565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101f97f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b5f6001600160e01b03198216637965db0b60e01b148061042357506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546104389061146c565b80601f01602080910402602001604051908101604052809291908181526020018280546104649061146c565b80156104af5780601f10610486576101008083540402835291602001916104af565b820191905f5260205f20905b81548152906001019060200180831161049257829003601f168201915b5050505050905090565b5f336104c6818585610891565b5060019392505050565b7f114e74f6ea3bd819998f78687bfcb11b140da08e9b7d222fa9c1f1ba1f2aa1226104fa8161089e565b61050484846108a8565b81846001600160a01b03167fea5027ca690118a868ddc2cd8aab5af666df70818535852e44e807ac5f77a6cb8560405161054091815260200190565b60405180910390a350505050565b61055833836108e0565b604051828152819033907f3be2edea458ae9d9dd885a96aa23c988b15277ec0f613d273e6fcc4a27e610ff9060200160405180910390a35050565b5f336105a0858285610914565b6105ab85858561098a565b506001949350505050565b5f828152600860205260409020600101546105d08161089e565b6105da83836109e7565b50505050565b5f6105e9610a78565b905090565b6001600160a01b03811633146106175760405163334bd91960e11b815260040160405180910390fd5b6106218282610ba1565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6106508161089e565b610658610c0c565b50565b6001600160a01b0381165f90815260076020526040812054610423565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6106a28161089e565b610658610c5e565b5f6060805f5f5f60606106bb610c9b565b6106c3610cc6565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546104389061146c565b5f336104c681858561098a565b8342111561075b5760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107a68c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61080082610cf1565b90505f61080f82878787610d1d565b9050896001600160a01b0316816001600160a01b031614610856576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610752565b6108618a8a8a610891565b50505050505050505050565b5f828152600860205260409020600101546108878161089e565b6105da8383610ba1565b6106218383836001610d49565b6106588133610e0d565b6001600160a01b0382166108d15760405163ec442f0560e01b81525f6004820152602401610752565b6108dc5f8383610e46565b5050565b6001600160a01b03821661090957604051634b637e8f60e11b81525f6004820152602401610752565b6108dc825f83610e46565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156105da578181101561097c57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610752565b6105da84848484035f610d49565b6001600160a01b0383166109b357604051634b637e8f60e11b81525f6004820152602401610752565b6001600160a01b0382166109dc5760405163ec442f0560e01b81525f6004820152602401610752565b610621838383610e46565b5f6109f283836106ec565b610a71575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610a293390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610423565b505f610423565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610ad057507f000000000000000000000000000000000000000000000000000000000000000046145b15610afa57507f000000000000000000000000000000000000000000000000000000000000000090565b6105e9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610bac83836106ec565b15610a71575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610423565b610c14610e59565b6009805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b610c66610e7e565b6009805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258610c413390565b60606105e97f0000000000000000000000000000000000000000000000000000000000000000610ea2565b60606105e97f0000000000000000000000000000000000000000000000000000000000000000610ea2565b5f610423610cfd610a78565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610d2d88888888610edf565b925092509250610d3d8282610fa7565b50909695505050505050565b6001600160a01b038416610d725760405163e602df0560e01b81525f6004820152602401610752565b6001600160a01b038316610d9b57604051634a1406b160e11b81525f6004820152602401610752565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156105da57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161054091815260200190565b610e1782826106ec565b6108dc5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610752565b610e4e610e7e565b61062183838361105f565b60095460ff16610e7c57604051638dfc202b60e01b815260040160405180910390fd5b565b60095460ff1615610e7c5760405163d93c066560e01b815260040160405180910390fd5b60605f610eae83611185565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610f1857505f91506003905082610f9d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610f69573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610f9457505f925060019150829050610f9d565b92505f91508190505b9450945094915050565b5f826003811115610fba57610fba6114a4565b03610fc3575050565b6001826003811115610fd757610fd76114a4565b03610ff55760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115611009576110096114a4565b0361102a5760405163fce698f760e01b815260048101829052602401610752565b600382600381111561103e5761103e6114a4565b036108dc576040516335e2f38360e21b815260048101829052602401610752565b6001600160a01b038316611089578060025f82825461107e91906114b8565b909155506110f99050565b6001600160a01b0383165f90815260208190526040902054818110156110db5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610752565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661111557600280548290039055611133565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161117891815260200190565b60405180910390a3505050565b5f60ff8216601f81111561042357604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156111bc575f5ffd5b81356001600160e01b0319811681146111d3575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111d360208301846111da565b80356001600160a01b0381168114611230575f5ffd5b919050565b5f5f60408385031215611246575f5ffd5b61124f8361121a565b946020939093013593505050565b5f5f5f6060848603121561126f575f5ffd5b6112788461121a565b95602085013595506040909401359392505050565b5f5f6040838503121561129e575f5ffd5b50508035926020909101359150565b5f5f5f606084860312156112bf575f5ffd5b6112c88461121a565b92506112d66020850161121a565b929592945050506040919091013590565b5f602082840312156112f7575f5ffd5b5035919050565b5f5f6040838503121561130f575f5ffd5b8235915061131f6020840161121a565b90509250929050565b5f60208284031215611338575f5ffd5b6111d38261121a565b60ff60f81b8816815260e060208201525f61135f60e08301896111da565b828103604084015261137181896111da565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156113c65783518352602093840193909201916001016113a8565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156113ed575f5ffd5b6113f68861121a565b96506114046020890161121a565b95506040880135945060608801359350608088013560ff81168114611427575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611455575f5ffd5b61145e8361121a565b915061131f6020840161121a565b600181811c9082168061148057607f821691505b60208210810361149e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52602160045260245ffd5b8082018082111561042357634e487b7160e01b5f52601160045260245ffdfea26469706673582212203c8528d63dcaef0771682ead1fe055f9c9b27458ffc35bdffe95cc9cceb8ff7564736f6c63430008250033",
}

// SettlementToken is an auto generated Go binding around an Ethereum contract.
type SettlementToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementToken) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementToken creates a new instance of SettlementToken.
func NewSettlementToken() *SettlementToken {
	parsed, err := SettlementTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address admin) returns()
func (settlementToken *SettlementToken) PackConstructor(name_ string, symbol_ string, admin common.Address) []byte {
	enc, err := settlementToken.abi.Pack("", name_, symbol_, admin)
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
func (settlementToken *SettlementToken) PackDEFAULTADMINROLE() []byte {
	enc, err := settlementToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (settlementToken *SettlementToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return settlementToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (settlementToken *SettlementToken) PackDOMAINSEPARATOR() []byte {
	enc, err := settlementToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (settlementToken *SettlementToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return settlementToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackISSUERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82aefa24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ISSUER_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) PackISSUERROLE() []byte {
	enc, err := settlementToken.abi.Pack("ISSUER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackISSUERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82aefa24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ISSUER_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) TryPackISSUERROLE() ([]byte, error) {
	return settlementToken.abi.Pack("ISSUER_ROLE")
}

// UnpackISSUERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82aefa24.
//
// Solidity: function ISSUER_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackISSUERROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("ISSUER_ROLE", data)
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
func (settlementToken *SettlementToken) PackPAUSERROLE() []byte {
	enc, err := settlementToken.abi.Pack("PAUSER_ROLE")
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
func (settlementToken *SettlementToken) TryPackPAUSERROLE() ([]byte, error) {
	return settlementToken.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (settlementToken *SettlementToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := settlementToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (settlementToken *SettlementToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (settlementToken *SettlementToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (settlementToken *SettlementToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (settlementToken *SettlementToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackApprove(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (settlementToken *SettlementToken) PackBalanceOf(account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (settlementToken *SettlementToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (settlementToken *SettlementToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (settlementToken *SettlementToken) PackDecimals() []byte {
	enc, err := settlementToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (settlementToken *SettlementToken) TryPackDecimals() ([]byte, error) {
	return settlementToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (settlementToken *SettlementToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := settlementToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlementToken *SettlementToken) PackEip712Domain() []byte {
	enc, err := settlementToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlementToken *SettlementToken) TryPackEip712Domain() ([]byte, error) {
	return settlementToken.abi.Pack("eip712Domain")
}

// SettlementTokenEip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type SettlementTokenEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (settlementToken *SettlementToken) UnpackEip712Domain(data []byte) (SettlementTokenEip712DomainOutput, error) {
	out, err := settlementToken.abi.Unpack("eip712Domain", data)
	outstruct := new(SettlementTokenEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (settlementToken *SettlementToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("getRoleAdmin", role)
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
func (settlementToken *SettlementToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (settlementToken *SettlementToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("getRoleAdmin", data)
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
func (settlementToken *SettlementToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("grantRole", role, account)
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
func (settlementToken *SettlementToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlementToken *SettlementToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("hasRole", role, account)
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
func (settlementToken *SettlementToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlementToken *SettlementToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount, bytes32 depositRef) returns()
func (settlementToken *SettlementToken) PackMint(to common.Address, amount *big.Int, depositRef [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("mint", to, amount, depositRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount, bytes32 depositRef) returns()
func (settlementToken *SettlementToken) TryPackMint(to common.Address, amount *big.Int, depositRef [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("mint", to, amount, depositRef)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (settlementToken *SettlementToken) PackName() []byte {
	enc, err := settlementToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (settlementToken *SettlementToken) TryPackName() ([]byte, error) {
	return settlementToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (settlementToken *SettlementToken) UnpackName(data []byte) (string, error) {
	out, err := settlementToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (settlementToken *SettlementToken) PackNonces(owner common.Address) []byte {
	enc, err := settlementToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (settlementToken *SettlementToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (settlementToken *SettlementToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (settlementToken *SettlementToken) PackPause() []byte {
	enc, err := settlementToken.abi.Pack("pause")
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
func (settlementToken *SettlementToken) TryPackPause() ([]byte, error) {
	return settlementToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (settlementToken *SettlementToken) PackPaused() []byte {
	enc, err := settlementToken.abi.Pack("paused")
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
func (settlementToken *SettlementToken) TryPackPaused() ([]byte, error) {
	return settlementToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (settlementToken *SettlementToken) UnpackPaused(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (settlementToken *SettlementToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (settlementToken *SettlementToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e4e61d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 amount, bytes32 withdrawalRef) returns()
func (settlementToken *SettlementToken) PackRedeem(amount *big.Int, withdrawalRef [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("redeem", amount, withdrawalRef)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e4e61d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 amount, bytes32 withdrawalRef) returns()
func (settlementToken *SettlementToken) TryPackRedeem(amount *big.Int, withdrawalRef [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("redeem", amount, withdrawalRef)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (settlementToken *SettlementToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := settlementToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (settlementToken *SettlementToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (settlementToken *SettlementToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("revokeRole", role, account)
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
func (settlementToken *SettlementToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (settlementToken *SettlementToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := settlementToken.abi.Pack("supportsInterface", interfaceId)
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
func (settlementToken *SettlementToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return settlementToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (settlementToken *SettlementToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (settlementToken *SettlementToken) PackSymbol() []byte {
	enc, err := settlementToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (settlementToken *SettlementToken) TryPackSymbol() ([]byte, error) {
	return settlementToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (settlementToken *SettlementToken) UnpackSymbol(data []byte) (string, error) {
	out, err := settlementToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (settlementToken *SettlementToken) PackTotalSupply() []byte {
	enc, err := settlementToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (settlementToken *SettlementToken) TryPackTotalSupply() ([]byte, error) {
	return settlementToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (settlementToken *SettlementToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("transferFrom", data)
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
func (settlementToken *SettlementToken) PackUnpause() []byte {
	enc, err := settlementToken.abi.Pack("unpause")
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
func (settlementToken *SettlementToken) TryPackUnpause() ([]byte, error) {
	return settlementToken.abi.Pack("unpause")
}

// SettlementTokenApproval represents a Approval event raised by the SettlementToken contract.
type SettlementTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SettlementTokenApproval) ContractEventName() string {
	return SettlementTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (settlementToken *SettlementToken) UnpackApprovalEvent(log *types.Log) (*SettlementTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenApproval)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the SettlementToken contract.
type SettlementTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SettlementTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SettlementTokenEIP712DomainChanged) ContractEventName() string {
	return SettlementTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (settlementToken *SettlementToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*SettlementTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenIssued represents a Issued event raised by the SettlementToken contract.
type SettlementTokenIssued struct {
	To         common.Address
	Amount     *big.Int
	DepositRef [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementTokenIssuedEventName = "Issued"

// ContractEventName returns the user-defined event name.
func (SettlementTokenIssued) ContractEventName() string {
	return SettlementTokenIssuedEventName
}

// UnpackIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Issued(address indexed to, uint256 amount, bytes32 indexed depositRef)
func (settlementToken *SettlementToken) UnpackIssuedEvent(log *types.Log) (*SettlementTokenIssued, error) {
	event := "Issued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenIssued)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenPaused represents a Paused event raised by the SettlementToken contract.
type SettlementTokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (SettlementTokenPaused) ContractEventName() string {
	return SettlementTokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (settlementToken *SettlementToken) UnpackPausedEvent(log *types.Log) (*SettlementTokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenPaused)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRedeemed represents a Redeemed event raised by the SettlementToken contract.
type SettlementTokenRedeemed struct {
	From          common.Address
	Amount        *big.Int
	WithdrawalRef [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRedeemed) ContractEventName() string {
	return SettlementTokenRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed from, uint256 amount, bytes32 indexed withdrawalRef)
func (settlementToken *SettlementToken) UnpackRedeemedEvent(log *types.Log) (*SettlementTokenRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRedeemed)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleAdminChanged represents a RoleAdminChanged event raised by the SettlementToken contract.
type SettlementTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleAdminChanged) ContractEventName() string {
	return SettlementTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (settlementToken *SettlementToken) UnpackRoleAdminChangedEvent(log *types.Log) (*SettlementTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleGranted represents a RoleGranted event raised by the SettlementToken contract.
type SettlementTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleGranted) ContractEventName() string {
	return SettlementTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (settlementToken *SettlementToken) UnpackRoleGrantedEvent(log *types.Log) (*SettlementTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleRevoked represents a RoleRevoked event raised by the SettlementToken contract.
type SettlementTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleRevoked) ContractEventName() string {
	return SettlementTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (settlementToken *SettlementToken) UnpackRoleRevokedEvent(log *types.Log) (*SettlementTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenTransfer represents a Transfer event raised by the SettlementToken contract.
type SettlementTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SettlementTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SettlementTokenTransfer) ContractEventName() string {
	return SettlementTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (settlementToken *SettlementToken) UnpackTransferEvent(log *types.Log) (*SettlementTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenTransfer)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenUnpaused represents a Unpaused event raised by the SettlementToken contract.
type SettlementTokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (SettlementTokenUnpaused) ContractEventName() string {
	return SettlementTokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (settlementToken *SettlementToken) UnpackUnpausedEvent(log *types.Log) (*SettlementTokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenUnpaused)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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
func (settlementToken *SettlementToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return settlementToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return settlementToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return settlementToken.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return settlementToken.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return settlementToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return settlementToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return settlementToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the SettlementToken contract.
type SettlementTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func SettlementTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (settlementToken *SettlementToken) UnpackAccessControlBadConfirmationError(raw []byte) (*SettlementTokenAccessControlBadConfirmation, error) {
	out := new(SettlementTokenAccessControlBadConfirmation)
	if err := settlementToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the SettlementToken contract.
type SettlementTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func SettlementTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (settlementToken *SettlementToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*SettlementTokenAccessControlUnauthorizedAccount, error) {
	out := new(SettlementTokenAccessControlUnauthorizedAccount)
	if err := settlementToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func SettlementTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureError(raw []byte) (*SettlementTokenECDSAInvalidSignature, error) {
	out := new(SettlementTokenECDSAInvalidSignature)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func SettlementTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*SettlementTokenECDSAInvalidSignatureLength, error) {
	out := new(SettlementTokenECDSAInvalidSignatureLength)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func SettlementTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*SettlementTokenECDSAInvalidSignatureS, error) {
	out := new(SettlementTokenECDSAInvalidSignatureS)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SettlementToken contract.
type SettlementTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SettlementTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (settlementToken *SettlementToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*SettlementTokenERC20InsufficientAllowance, error) {
	out := new(SettlementTokenERC20InsufficientAllowance)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SettlementToken contract.
type SettlementTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SettlementTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (settlementToken *SettlementToken) UnpackERC20InsufficientBalanceError(raw []byte) (*SettlementTokenERC20InsufficientBalance, error) {
	out := new(SettlementTokenERC20InsufficientBalance)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SettlementTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (settlementToken *SettlementToken) UnpackERC20InvalidApproverError(raw []byte) (*SettlementTokenERC20InvalidApprover, error) {
	out := new(SettlementTokenERC20InvalidApprover)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SettlementTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (settlementToken *SettlementToken) UnpackERC20InvalidReceiverError(raw []byte) (*SettlementTokenERC20InvalidReceiver, error) {
	out := new(SettlementTokenERC20InvalidReceiver)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SettlementTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (settlementToken *SettlementToken) UnpackERC20InvalidSenderError(raw []byte) (*SettlementTokenERC20InvalidSender, error) {
	out := new(SettlementTokenERC20InvalidSender)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SettlementTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (settlementToken *SettlementToken) UnpackERC20InvalidSpenderError(raw []byte) (*SettlementTokenERC20InvalidSpender, error) {
	out := new(SettlementTokenERC20InvalidSpender)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the SettlementToken contract.
type SettlementTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func SettlementTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (settlementToken *SettlementToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*SettlementTokenERC2612ExpiredSignature, error) {
	out := new(SettlementTokenERC2612ExpiredSignature)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the SettlementToken contract.
type SettlementTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func SettlementTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (settlementToken *SettlementToken) UnpackERC2612InvalidSignerError(raw []byte) (*SettlementTokenERC2612InvalidSigner, error) {
	out := new(SettlementTokenERC2612InvalidSigner)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenEnforcedPause represents a EnforcedPause error raised by the SettlementToken contract.
type SettlementTokenEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func SettlementTokenEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (settlementToken *SettlementToken) UnpackEnforcedPauseError(raw []byte) (*SettlementTokenEnforcedPause, error) {
	out := new(SettlementTokenEnforcedPause)
	if err := settlementToken.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenExpectedPause represents a ExpectedPause error raised by the SettlementToken contract.
type SettlementTokenExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func SettlementTokenExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (settlementToken *SettlementToken) UnpackExpectedPauseError(raw []byte) (*SettlementTokenExpectedPause, error) {
	out := new(SettlementTokenExpectedPause)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the SettlementToken contract.
type SettlementTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func SettlementTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (settlementToken *SettlementToken) UnpackInvalidAccountNonceError(raw []byte) (*SettlementTokenInvalidAccountNonce, error) {
	out := new(SettlementTokenInvalidAccountNonce)
	if err := settlementToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenInvalidShortString represents a InvalidShortString error raised by the SettlementToken contract.
type SettlementTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func SettlementTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (settlementToken *SettlementToken) UnpackInvalidShortStringError(raw []byte) (*SettlementTokenInvalidShortString, error) {
	out := new(SettlementTokenInvalidShortString)
	if err := settlementToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenStringTooLong represents a StringTooLong error raised by the SettlementToken contract.
type SettlementTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func SettlementTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (settlementToken *SettlementToken) UnpackStringTooLongError(raw []byte) (*SettlementTokenStringTooLong, error) {
	out := new(SettlementTokenStringTooLong)
	if err := settlementToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
