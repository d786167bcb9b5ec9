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

// ShareTokenMetaData contains all meta data concerning the ShareToken contract.
var ShareTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"contractAssetRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assetId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"AssetNotConfirmed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"AssetNotInCustody\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"frozenAfter\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RecipientNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalSupply\",\"type\":\"uint256\"}],\"name\":\"SharesOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"UnderlyingFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"AssetReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"identityHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"IdentityUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"assetId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"identityOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractAssetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseAsset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"identityHash\",\"type\":\"bytes32\"}],\"name\":\"setIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ShareToken",
	Bin: "0x6101a0604052348015610010575f5ffd5b5060405161278d38038061278d83398101604081905261002f916103b1565b6040805180820190915260018152603160f81b6020820152859081908187600361005983826104d5565b50600461006682826104d5565b505050610078826101ea60201b60201c565b61012052610085816101ea565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506002604051638ea06f8160e01b8152600481018490526001600160a01b03851690638ea06f81906024015f60405180830381865afa15801561015f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261018691908101906105ed565b60200151600381111561019b5761019b610593565b146101c157604051630f5d141560e01b8152600481018390526024015b60405180910390fd5b6001600160a01b038316610160526101808290526101df5f82610227565b505050505050610725565b5f5f829050601f81511115610214578260405163305a27a960e01b81526004016101b891906106cd565b805161021f82610702565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166102cb575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ce565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b038111828210171561030b5761030b6102d4565b60405290565b5f82601f830112610320575f5ffd5b81516001600160401b03811115610339576103396102d4565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610367576103676102d4565b60405281815283820160200185101561037e575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146103ae575f5ffd5b50565b5f5f5f5f5f60a086880312156103c5575f5ffd5b85516001600160401b038111156103da575f5ffd5b6103e688828901610311565b602088015190965090506001600160401b03811115610403575f5ffd5b61040f88828901610311565b94505060408601516104208161039a565b6060870151608088015191945092506104388161039a565b809150509295509295909350565b600181811c9082168061045a57607f821691505b60208210810361047857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104d057828211156104d057805f5260205f20601f840160051c60208510156104a957505f5b90810190601f840160051c035f5b818110156104cc575f838201556001016104b7565b5050505b505050565b81516001600160401b038111156104ee576104ee6102d4565b610502816104fc8454610446565b8461047e565b6020601f821160018114610534575f831561051d5750848201515b5f19600385901b1c1916600184901b17845561058c565b5f84815260208120601f198516915b828110156105635787850151825560209485019460019092019101610543565b508482101561058057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52602160045260245ffd5b8051600681106105b5575f5ffd5b919050565b8051600481106105b5575f5ffd5b805180151581146105b5575f5ffd5b80516001600160401b03811681146105b5575f5ffd5b5f602082840312156105fd575f5ffd5b81516001600160401b03811115610612575f5ffd5b82016101208185031215610624575f5ffd5b61062c6102e8565b610635826105a7565b8152610643602083016105ba565b6020820152610654604083016105c8565b6040820152610665606083016105d7565b6060820152610676608083016105d7565b608082015260a0828101519082015260c0808301519082015260e080830151908201526101008201516001600160401b038111156106b2575f5ffd5b6106be86828501610311565b61010083015250949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610478575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516101605161018051611fc46107c95f395f81816103a6015281816109ef01528181610aa501528181610b2b01528181610b950152818161135101526113fa01525f818161041301528181610a1f01528181610bbb015261137701525f6114cf01525f6114a401525f61123501525f61120d01525f61116801525f61119201525f6111bc0152611fc45ff3fe608060405234801561000f575f5ffd5b5060043610610234575f3560e01c80635c975abb11610135578063a217fddf116100b4578063d505accf11610079578063d505accf14610543578063d547741f14610556578063dd62ed3e14610569578063e5839836146105a1578063e63ab1e9146105cc575f5ffd5b8063a217fddf146104c4578063a9059cbb146104cb578063b9209e33146104de578063c634562614610508578063c69c09cf14610530575f5ffd5b806384b0196e116100fa57806384b0196e1461046857806391d148541461048357806395d89b41146104965780639dc29fac1461049e5780639fc1d0e7146104b1575f5ffd5b80635c975abb146103db57806370a08231146103e65780637b1039991461040e5780637ecebe001461044d5780638456cb5914610460575f5ffd5b8063248a9ca3116101c157806336568abe1161018657806336568abe146103735780633f4ba83a1461038657806340c10f191461038e57806344de240a146103a15780635a260731146103c8575f5ffd5b8063248a9ca3146103155780632f2ff15d14610337578063313ce5671461034a57806332be4b5e146103585780633644e5151461036b575f5ffd5b8063158b1a5711610207578063158b1a571461029d57806318160ddd146102d35780631fe56f7d146102db57806322459e18146102ee57806323b872dd14610302575f5ffd5b806301ffc9a71461023857806306fdde0314610260578063095ea7b314610275578063125c4a3314610288575b5f5ffd5b61024b610246366004611bdb565b6105f3565b60405190151581526020015b60405180910390f35b610268610603565b6040516102579190611c37565b61024b610283366004611c5d565b610693565b61029b610296366004611c5d565b6106aa565b005b6102c56102ab366004611c87565b6001600160a01b03165f908152600c602052604090205490565b604051908152602001610257565b6002546102c5565b61029b6102e9366004611c5d565b610792565b6102c55f516020611f6f5f395f51905f5281565b61024b610310366004611ca2565b61084e565b6102c5610323366004611ce0565b5f9081526008602052604090206001015490565b61029b610345366004611cf7565b610871565b6040515f8152602001610257565b61029b610366366004611c5d565b61089b565b6102c561090e565b61029b610381366004611cf7565b61091c565b61029b610954565b61029b61039c366004611c5d565b610989565b6102c57f000000000000000000000000000000000000000000000000000000000000000081565b61029b6103d6366004611c87565b610ae3565b60095460ff1661024b565b6102c56103f4366004611c87565b6001600160a01b03165f9081526020819052604090205490565b6104357f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610257565b6102c561045b366004611c87565b610c17565b61029b610c34565b610470610c66565b6040516102579796959493929190611d25565b61024b610491366004611cf7565b610ca8565b610268610cd2565b61029b6104ac366004611c5d565b610ce1565b61029b6104bf366004611ca2565b610d0c565b6102c55f81565b61024b6104d9366004611c5d565b610ded565b61024b6104ec366004611c87565b6001600160a01b03165f908152600a6020526040902054151590565b6102c5610516366004611c87565b6001600160a01b03165f908152600a602052604090205490565b61029b61053e366004611dc8565b610dfa565b61029b610551366004611df4565b610e66565b61029b610564366004611cf7565b610f9c565b6102c5610577366004611e65565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61024b6105af366004611c87565b6001600160a01b03165f908152600b602052604090205460ff1690565b6102c57f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b5f6105fd82610fc0565b92915050565b60606003805461061290611e91565b80601f016020809104026020016040519081016040528092919081815260200182805461063e90611e91565b80156106895780601f1061066057610100808354040283529160200191610689565b820191905f5260205f20905b81548152906001019060200180831161066c57829003601f168201915b5050505050905090565b5f336106a0818585610ff4565b5060019392505050565b5f516020611f6f5f395f51905f526106c181611001565b6001600160a01b0383165f908152600c60205260408120546106e4908490611edd565b90505f610705856001600160a01b03165f9081526020819052604090205490565b9050808211156107375784818360405163f0d8212b60e01b815260040161072e93929190611ef0565b60405180910390fd5b6001600160a01b0385165f818152600c602052604090819020849055517fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45906107839087815260200190565b60405180910390a25050505050565b5f516020611f6f5f395f51905f526107a981611001565b6001600160a01b0383165f908152600c6020526040902054808311156107e85783818460405163e0dfe97f60e01b815260040161072e93929190611ef0565b6107f28382611f11565b6001600160a01b0385165f818152600c6020526040908190209290925590517f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6906108409086815260200190565b60405180910390a250505050565b5f3361085b85828561100b565b61086685858561106e565b506001949350505050565b5f8281526008602052604090206001015461088b81611001565b61089583836110cb565b50505050565b5f516020611f6f5f395f51905f526108b281611001565b6001600160a01b0383165f818152600a602052604090819020849055513391907f71c5d40e44de7c376beae7dbec1b5f7b5e9177b838c7d65aa9fba2017a2c278e906109019086815260200190565b60405180910390a3505050565b5f61091761115c565b905090565b6001600160a01b03811633146109455760405163334bd91960e11b815260040160405180910390fd5b61094f8282611285565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61097e81611001565b6109866112f0565b50565b5f516020611f6f5f395f51905f526109a081611001565b6001600160a01b0383165f908152600a60205260409020546109e0576040516351f4ec8f60e11b81526001600160a01b038416600482015260240161072e565b6040516331a9108f60e11b81527f0000000000000000000000000000000000000000000000000000000000000000600482015230906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015610a64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a889190611f24565b6001600160a01b031614610ad15760405163c728044760e01b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260240161072e565b610ad9611342565b61094f8383611428565b5f610aed81611001565b5f610af760025490565b90508015610b1b576040516348bc2b0f60e01b81526004810182905260240161072e565b6040516001600160a01b038416907f0000000000000000000000000000000000000000000000000000000000000000907fa6beaa28c0fece1ae6319144a40bae517a3d55231c725f5aa07d3ba77edc2d97905f90a36040516323b872dd60e01b81523060048201526001600160a01b0384811660248301527f000000000000000000000000000000000000000000000000000000000000000060448301527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064015f604051808303815f87803b158015610bfc575f5ffd5b505af1158015610c0e573d5f5f3e3d5ffd5b50505050505050565b6001600160a01b0381165f908152600760205260408120546105fd565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610c5e81611001565b610986611460565b5f6060805f5f5f6060610c7761149d565b610c7f6114c8565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461061290611e91565b5f516020611f6f5f395f51905f52610cf881611001565b610d0283836114f3565b61094f83836115ab565b5f516020611f6f5f395f51905f52610d2381611001565b6001600160a01b0383165f908152600a6020526040902054610d63576040516351f4ec8f60e11b81526001600160a01b038416600482015260240161072e565b610d6d84836114f3565b60015f805c60ff19168217905d50610d8684848461106e565b5f60ff19815c16815d50336001600160a01b0316836001600160a01b0316856001600160a01b03167f31a05a6a55253f32ca1a2eae200ad7ddf38d17e9f6e0535e9a85ab4a218aeaa385604051610ddf91815260200190565b60405180910390a450505050565b5f336106a081858561106e565b5f516020611f6f5f395f51905f52610e1181611001565b6001600160a01b0383165f818152600b6020526040808220805460ff19168615159081179091559051339391927f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691a4505050565b83421115610e8a5760405163313c898160e11b81526004810185905260240161072e565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610ed58c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610f2f826115df565b90505f610f3e8287878761160b565b9050896001600160a01b0316816001600160a01b031614610f85576040516325c0072360e11b81526001600160a01b0380831660048301528b16602482015260440161072e565b610f908a8a8a610ff4565b50505050505050505050565b5f82815260086020526040902060010154610fb681611001565b6108958383611285565b5f6001600160e01b03198216637965db0b60e01b14806105fd57506301ffc9a760e01b6001600160e01b03198316146105fd565b61094f8383836001611637565b6109868133611709565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610895578181101561106057828183604051637dc7a0d960e11b815260040161072e93929190611ef0565b61089584848484035f611637565b6001600160a01b03831661109757604051634b637e8f60e11b81525f600482015260240161072e565b6001600160a01b0382166110c05760405163ec442f0560e01b81525f600482015260240161072e565b61094f838383611742565b5f6110d68383610ca8565b611155575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561110d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105fd565b505f6105fd565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156111b457507f000000000000000000000000000000000000000000000000000000000000000046145b156111de57507f000000000000000000000000000000000000000000000000000000000000000090565b610917604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6112908383610ca8565b15611155575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105fd565b6112f86118aa565b6009805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b60405163b256456960e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b256456990602401602060405180830381865afa1580156113c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113e89190611f3f565b6114265760405162f9740b60e21b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260240161072e565b565b6001600160a01b0382166114515760405163ec442f0560e01b81525f600482015260240161072e565b61145c5f8383611742565b5050565b6114686118cd565b6009805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586113253390565b60606109177f00000000000000000000000000000000000000000000000000000000000000006118f1565b60606109177f00000000000000000000000000000000000000000000000000000000000000006118f1565b6001600160a01b0382165f9081526020818152604080832054600c90925282205490916115208284611f11565b9050808411156115a4575f6115358286611f11565b9050828111156115425750815b61154c8184611f11565b6001600160a01b0387165f818152600c6020526040908190209290925590517f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d69061159a9084815260200190565b60405180910390a2505b5050505050565b6001600160a01b0382166115d457604051634b637e8f60e11b81525f600482015260240161072e565b61145c825f83611742565b5f6105fd6115eb61115c565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f61161b8888888861192e565b92509250925061162b82826119f6565b50909695505050505050565b6001600160a01b0384166116605760405163e602df0560e01b81525f600482015260240161072e565b6001600160a01b03831661168957604051634a1406b160e11b81525f600482015260240161072e565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561089557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516116fb91815260200190565b60405180910390a350505050565b6117138282610ca8565b61145c5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161072e565b60ff5f5c1615801561175c57506001600160a01b03821615155b1561189f576117696118cd565b6001600160a01b0383161561181b576001600160a01b0383165f908152600b602052604090205460ff16156117bc576040516327951b3f60e11b81526001600160a01b038416600482015260240161072e565b6001600160a01b0383165f908152600c6020908152604080832054918390528220546117e89190611f11565b9050808211156118115783818360405163131ef55560e21b815260040161072e93929190611ef0565b611819611342565b505b6001600160a01b0382165f908152600b602052604090205460ff161561185f576040516327951b3f60e11b81526001600160a01b038316600482015260240161072e565b6001600160a01b0382165f908152600a602052604090205461189f576040516351f4ec8f60e11b81526001600160a01b038316600482015260240161072e565b61094f838383611aae565b60095460ff1661142657604051638dfc202b60e01b815260040160405180910390fd5b60095460ff16156114265760405163d93c066560e01b815260040160405180910390fd5b60605f6118fd83611bb4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561196757505f915060039050826119ec565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156119b8573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166119e357505f9250600191508290506119ec565b92505f91508190505b9450945094915050565b5f826003811115611a0957611a09611f5a565b03611a12575050565b6001826003811115611a2657611a26611f5a565b03611a445760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115611a5857611a58611f5a565b03611a795760405163fce698f760e01b81526004810182905260240161072e565b6003826003811115611a8d57611a8d611f5a565b0361145c576040516335e2f38360e21b81526004810182905260240161072e565b6001600160a01b038316611ad8578060025f828254611acd9190611edd565b90915550611b359050565b6001600160a01b0383165f9081526020819052604090205481811015611b175783818360405163391434e360e21b815260040161072e93929190611ef0565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611b5157600280548290039055611b6f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161090191815260200190565b5f60ff8216601f8111156105fd57604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215611beb575f5ffd5b81356001600160e01b031981168114611c02575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611c026020830184611c09565b6001600160a01b0381168114610986575f5ffd5b5f5f60408385031215611c6e575f5ffd5b8235611c7981611c49565b946020939093013593505050565b5f60208284031215611c97575f5ffd5b8135611c0281611c49565b5f5f5f60608486031215611cb4575f5ffd5b8335611cbf81611c49565b92506020840135611ccf81611c49565b929592945050506040919091013590565b5f60208284031215611cf0575f5ffd5b5035919050565b5f5f60408385031215611d08575f5ffd5b823591506020830135611d1a81611c49565b809150509250929050565b60ff60f81b8816815260e060208201525f611d4360e0830189611c09565b8281036040840152611d558189611c09565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611daa578351835260209384019390920191600101611d8c565b50909b9a5050505050505050505050565b8015158114610986575f5ffd5b5f5f60408385031215611dd9575f5ffd5b8235611de481611c49565b91506020830135611d1a81611dbb565b5f5f5f5f5f5f5f60e0888a031215611e0a575f5ffd5b8735611e1581611c49565b96506020880135611e2581611c49565b95506040880135945060608801359350608088013560ff81168114611e48575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611e76575f5ffd5b8235611e8181611c49565b91506020830135611d1a81611c49565b600181811c90821680611ea557607f821691505b602082108103611ec357634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105fd576105fd611ec9565b6001600160a01b039390931683526020830191909152604082015260600190565b818103818111156105fd576105fd611ec9565b5f60208284031215611f34575f5ffd5b8151611c0281611c49565b5f60208284031215611f4f575f5ffd5b8151611c0281611dbb565b634e487b7160e01b5f52602160045260245ffdfecab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a26469706673582212208d3b7d42b1623750a6e86b24f933f112cee3ee913048bcaf2a1519a1f929f03d64736f6c63430008250033",
}

// ShareToken is an auto generated Go binding around an Ethereum contract.
type ShareToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ShareToken) GetABI() abi.ABI {
	return c.abi
}

// NewShareToken creates a new instance of ShareToken.
func NewShareToken() *ShareToken {
	parsed, err := ShareTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ShareToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ShareToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address registry_, uint256 assetId_, address admin) returns()
func (shareToken *ShareToken) PackConstructor(name_ string, symbol_ string, registry_ common.Address, assetId_ *big.Int, admin common.Address) []byte {
	enc, err := shareToken.abi.Pack("", name_, symbol_, registry_, assetId_, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (shareToken *ShareToken) PackAGENTROLE() []byte {
	enc, err := shareToken.abi.Pack("AGENT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (shareToken *ShareToken) TryPackAGENTROLE() ([]byte, error) {
	return shareToken.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (shareToken *ShareToken) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("AGENT_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (shareToken *ShareToken) PackDEFAULTADMINROLE() []byte {
	enc, err := shareToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (shareToken *ShareToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return shareToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (shareToken *ShareToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (shareToken *ShareToken) PackDOMAINSEPARATOR() []byte {
	enc, err := shareToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (shareToken *ShareToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return shareToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (shareToken *ShareToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (shareToken *ShareToken) PackPAUSERROLE() []byte {
	enc, err := shareToken.abi.Pack("PAUSER_ROLE")
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
func (shareToken *ShareToken) TryPackPAUSERROLE() ([]byte, error) {
	return shareToken.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (shareToken *ShareToken) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("PAUSER_ROLE", data)
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
func (shareToken *ShareToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := shareToken.abi.Pack("allowance", owner, spender)
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
func (shareToken *ShareToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return shareToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (shareToken *ShareToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("allowance", data)
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
func (shareToken *ShareToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("approve", spender, value)
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
func (shareToken *ShareToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackApprove(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAssetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44de240a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetId() view returns(uint256)
func (shareToken *ShareToken) PackAssetId() []byte {
	enc, err := shareToken.abi.Pack("assetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44de240a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetId() view returns(uint256)
func (shareToken *ShareToken) TryPackAssetId() ([]byte, error) {
	return shareToken.abi.Pack("assetId")
}

// UnpackAssetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44de240a.
//
// Solidity: function assetId() view returns(uint256)
func (shareToken *ShareToken) UnpackAssetId(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("assetId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (shareToken *ShareToken) PackBalanceOf(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("balanceOf", account)
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
func (shareToken *ShareToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (shareToken *ShareToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (shareToken *ShareToken) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (shareToken *ShareToken) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("burn", from, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (shareToken *ShareToken) PackDecimals() []byte {
	enc, err := shareToken.abi.Pack("decimals")
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
func (shareToken *ShareToken) TryPackDecimals() ([]byte, error) {
	return shareToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (shareToken *ShareToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := shareToken.abi.Unpack("decimals", data)
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
func (shareToken *ShareToken) PackEip712Domain() []byte {
	enc, err := shareToken.abi.Pack("eip712Domain")
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
func (shareToken *ShareToken) TryPackEip712Domain() ([]byte, error) {
	return shareToken.abi.Pack("eip712Domain")
}

// ShareTokenEip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type ShareTokenEip712DomainOutput struct {
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
func (shareToken *ShareToken) UnpackEip712Domain(data []byte) (ShareTokenEip712DomainOutput, error) {
	out, err := shareToken.abi.Unpack("eip712Domain", data)
	outstruct := new(ShareTokenEip712DomainOutput)
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

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns()
func (shareToken *ShareToken) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns()
func (shareToken *ShareToken) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("forcedTransfer", from, to, amount)
}

// PackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (shareToken *ShareToken) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("freezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (shareToken *ShareToken) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (shareToken *ShareToken) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("getFrozenTokens", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (shareToken *ShareToken) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (shareToken *ShareToken) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareToken *ShareToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := shareToken.abi.Pack("getRoleAdmin", role)
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
func (shareToken *ShareToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return shareToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (shareToken *ShareToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("getRoleAdmin", data)
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
func (shareToken *ShareToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := shareToken.abi.Pack("grantRole", role, account)
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
func (shareToken *ShareToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareToken *ShareToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := shareToken.abi.Pack("hasRole", role, account)
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
func (shareToken *ShareToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (shareToken *ShareToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6345626.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityOf(address account) view returns(bytes32)
func (shareToken *ShareToken) PackIdentityOf(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("identityOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6345626.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityOf(address account) view returns(bytes32)
func (shareToken *ShareToken) TryPackIdentityOf(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("identityOf", account)
}

// UnpackIdentityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6345626.
//
// Solidity: function identityOf(address account) view returns(bytes32)
func (shareToken *ShareToken) UnpackIdentityOf(data []byte) ([32]byte, error) {
	out, err := shareToken.abi.Unpack("identityOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (shareToken *ShareToken) PackIsFrozen(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (shareToken *ShareToken) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (shareToken *ShareToken) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address account) view returns(bool)
func (shareToken *ShareToken) PackIsVerified(account common.Address) []byte {
	enc, err := shareToken.abi.Pack("isVerified", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address account) view returns(bool)
func (shareToken *ShareToken) TryPackIsVerified(account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("isVerified", account)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address account) view returns(bool)
func (shareToken *ShareToken) UnpackIsVerified(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (shareToken *ShareToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (shareToken *ShareToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (shareToken *ShareToken) PackName() []byte {
	enc, err := shareToken.abi.Pack("name")
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
func (shareToken *ShareToken) TryPackName() ([]byte, error) {
	return shareToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (shareToken *ShareToken) UnpackName(data []byte) (string, error) {
	out, err := shareToken.abi.Unpack("name", data)
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
func (shareToken *ShareToken) PackNonces(owner common.Address) []byte {
	enc, err := shareToken.abi.Pack("nonces", owner)
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
func (shareToken *ShareToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return shareToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (shareToken *ShareToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("nonces", data)
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
func (shareToken *ShareToken) PackPause() []byte {
	enc, err := shareToken.abi.Pack("pause")
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
func (shareToken *ShareToken) TryPackPause() ([]byte, error) {
	return shareToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (shareToken *ShareToken) PackPaused() []byte {
	enc, err := shareToken.abi.Pack("paused")
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
func (shareToken *ShareToken) TryPackPaused() ([]byte, error) {
	return shareToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (shareToken *ShareToken) UnpackPaused(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("paused", data)
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
func (shareToken *ShareToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := shareToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (shareToken *ShareToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return shareToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (shareToken *ShareToken) PackRegistry() []byte {
	enc, err := shareToken.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (shareToken *ShareToken) TryPackRegistry() ([]byte, error) {
	return shareToken.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (shareToken *ShareToken) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := shareToken.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleaseAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a260731.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseAsset(address to) returns()
func (shareToken *ShareToken) PackReleaseAsset(to common.Address) []byte {
	enc, err := shareToken.abi.Pack("releaseAsset", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a260731.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseAsset(address to) returns()
func (shareToken *ShareToken) TryPackReleaseAsset(to common.Address) ([]byte, error) {
	return shareToken.abi.Pack("releaseAsset", to)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (shareToken *ShareToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := shareToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (shareToken *ShareToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return shareToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (shareToken *ShareToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := shareToken.abi.Pack("revokeRole", role, account)
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
func (shareToken *ShareToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return shareToken.abi.Pack("revokeRole", role, account)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (shareToken *ShareToken) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := shareToken.abi.Pack("setAddressFrozen", account, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (shareToken *ShareToken) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return shareToken.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32be4b5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentity(address account, bytes32 identityHash) returns()
func (shareToken *ShareToken) PackSetIdentity(account common.Address, identityHash [32]byte) []byte {
	enc, err := shareToken.abi.Pack("setIdentity", account, identityHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32be4b5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentity(address account, bytes32 identityHash) returns()
func (shareToken *ShareToken) TryPackSetIdentity(account common.Address, identityHash [32]byte) ([]byte, error) {
	return shareToken.abi.Pack("setIdentity", account, identityHash)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (shareToken *ShareToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := shareToken.abi.Pack("supportsInterface", interfaceId)
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
func (shareToken *ShareToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return shareToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (shareToken *ShareToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("supportsInterface", data)
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
func (shareToken *ShareToken) PackSymbol() []byte {
	enc, err := shareToken.abi.Pack("symbol")
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
func (shareToken *ShareToken) TryPackSymbol() ([]byte, error) {
	return shareToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (shareToken *ShareToken) UnpackSymbol(data []byte) (string, error) {
	out, err := shareToken.abi.Unpack("symbol", data)
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
func (shareToken *ShareToken) PackTotalSupply() []byte {
	enc, err := shareToken.abi.Pack("totalSupply")
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
func (shareToken *ShareToken) TryPackTotalSupply() ([]byte, error) {
	return shareToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (shareToken *ShareToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := shareToken.abi.Unpack("totalSupply", data)
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
func (shareToken *ShareToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("transfer", to, value)
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
func (shareToken *ShareToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("transfer", data)
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
func (shareToken *ShareToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := shareToken.abi.Pack("transferFrom", from, to, value)
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
func (shareToken *ShareToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (shareToken *ShareToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := shareToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (shareToken *ShareToken) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := shareToken.abi.Pack("unfreezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (shareToken *ShareToken) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return shareToken.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (shareToken *ShareToken) PackUnpause() []byte {
	enc, err := shareToken.abi.Pack("unpause")
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
func (shareToken *ShareToken) TryPackUnpause() ([]byte, error) {
	return shareToken.abi.Pack("unpause")
}

// ShareTokenAddressFrozen represents a AddressFrozen event raised by the ShareToken contract.
type ShareTokenAddressFrozen struct {
	Account common.Address
	Frozen  bool
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (ShareTokenAddressFrozen) ContractEventName() string {
	return ShareTokenAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed frozen, address indexed agent)
func (shareToken *ShareToken) UnpackAddressFrozenEvent(log *types.Log) (*ShareTokenAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenAddressFrozen)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenApproval represents a Approval event raised by the ShareToken contract.
type ShareTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ShareTokenApproval) ContractEventName() string {
	return ShareTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (shareToken *ShareToken) UnpackApprovalEvent(log *types.Log) (*ShareTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenApproval)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenAssetReleased represents a AssetReleased event raised by the ShareToken contract.
type ShareTokenAssetReleased struct {
	AssetId *big.Int
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenAssetReleasedEventName = "AssetReleased"

// ContractEventName returns the user-defined event name.
func (ShareTokenAssetReleased) ContractEventName() string {
	return ShareTokenAssetReleasedEventName
}

// UnpackAssetReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetReleased(uint256 indexed assetId, address indexed to)
func (shareToken *ShareToken) UnpackAssetReleasedEvent(log *types.Log) (*ShareTokenAssetReleased, error) {
	event := "AssetReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenAssetReleased)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the ShareToken contract.
type ShareTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ShareTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (ShareTokenEIP712DomainChanged) ContractEventName() string {
	return ShareTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (shareToken *ShareToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*ShareTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenForcedTransfer represents a ForcedTransfer event raised by the ShareToken contract.
type ShareTokenForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Agent  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ShareTokenForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (ShareTokenForcedTransfer) ContractEventName() string {
	return ShareTokenForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent)
func (shareToken *ShareToken) UnpackForcedTransferEvent(log *types.Log) (*ShareTokenForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenForcedTransfer)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenIdentityUpdated represents a IdentityUpdated event raised by the ShareToken contract.
type ShareTokenIdentityUpdated struct {
	Account      common.Address
	IdentityHash [32]byte
	Agent        common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const ShareTokenIdentityUpdatedEventName = "IdentityUpdated"

// ContractEventName returns the user-defined event name.
func (ShareTokenIdentityUpdated) ContractEventName() string {
	return ShareTokenIdentityUpdatedEventName
}

// UnpackIdentityUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityUpdated(address indexed account, bytes32 identityHash, address indexed agent)
func (shareToken *ShareToken) UnpackIdentityUpdatedEvent(log *types.Log) (*ShareTokenIdentityUpdated, error) {
	event := "IdentityUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenIdentityUpdated)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenPaused represents a Paused event raised by the ShareToken contract.
type ShareTokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ShareTokenPaused) ContractEventName() string {
	return ShareTokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (shareToken *ShareToken) UnpackPausedEvent(log *types.Log) (*ShareTokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenPaused)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenRoleAdminChanged represents a RoleAdminChanged event raised by the ShareToken contract.
type ShareTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ShareTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ShareTokenRoleAdminChanged) ContractEventName() string {
	return ShareTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (shareToken *ShareToken) UnpackRoleAdminChangedEvent(log *types.Log) (*ShareTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenRoleGranted represents a RoleGranted event raised by the ShareToken contract.
type ShareTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ShareTokenRoleGranted) ContractEventName() string {
	return ShareTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (shareToken *ShareToken) UnpackRoleGrantedEvent(log *types.Log) (*ShareTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenRoleRevoked represents a RoleRevoked event raised by the ShareToken contract.
type ShareTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ShareTokenRoleRevoked) ContractEventName() string {
	return ShareTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (shareToken *ShareToken) UnpackRoleRevokedEvent(log *types.Log) (*ShareTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenTokensFrozen represents a TokensFrozen event raised by the ShareToken contract.
type ShareTokenTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (ShareTokenTokensFrozen) ContractEventName() string {
	return ShareTokenTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (shareToken *ShareToken) UnpackTokensFrozenEvent(log *types.Log) (*ShareTokenTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenTokensFrozen)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenTokensUnfrozen represents a TokensUnfrozen event raised by the ShareToken contract.
type ShareTokenTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (ShareTokenTokensUnfrozen) ContractEventName() string {
	return ShareTokenTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (shareToken *ShareToken) UnpackTokensUnfrozenEvent(log *types.Log) (*ShareTokenTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenTransfer represents a Transfer event raised by the ShareToken contract.
type ShareTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ShareTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ShareTokenTransfer) ContractEventName() string {
	return ShareTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (shareToken *ShareToken) UnpackTransferEvent(log *types.Log) (*ShareTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenTransfer)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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

// ShareTokenUnpaused represents a Unpaused event raised by the ShareToken contract.
type ShareTokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ShareTokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ShareTokenUnpaused) ContractEventName() string {
	return ShareTokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (shareToken *ShareToken) UnpackUnpausedEvent(log *types.Log) (*ShareTokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != shareToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ShareTokenUnpaused)
	if len(log.Data) > 0 {
		if err := shareToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range shareToken.abi.Events[event].Inputs {
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
func (shareToken *ShareToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return shareToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return shareToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AccountFrozen"].ID.Bytes()[:4]) {
		return shareToken.UnpackAccountFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AssetNotConfirmed"].ID.Bytes()[:4]) {
		return shareToken.UnpackAssetNotConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["AssetNotInCustody"].ID.Bytes()[:4]) {
		return shareToken.UnpackAssetNotInCustodyError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return shareToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return shareToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return shareToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return shareToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return shareToken.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return shareToken.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return shareToken.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return shareToken.UnpackInsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return shareToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return shareToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["RecipientNotVerified"].ID.Bytes()[:4]) {
		return shareToken.UnpackRecipientNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["SharesOutstanding"].ID.Bytes()[:4]) {
		return shareToken.UnpackSharesOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return shareToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["UnderlyingFrozen"].ID.Bytes()[:4]) {
		return shareToken.UnpackUnderlyingFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], shareToken.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return shareToken.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ShareTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ShareToken contract.
type ShareTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ShareTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (shareToken *ShareToken) UnpackAccessControlBadConfirmationError(raw []byte) (*ShareTokenAccessControlBadConfirmation, error) {
	out := new(ShareTokenAccessControlBadConfirmation)
	if err := shareToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ShareToken contract.
type ShareTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ShareTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (shareToken *ShareToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ShareTokenAccessControlUnauthorizedAccount, error) {
	out := new(ShareTokenAccessControlUnauthorizedAccount)
	if err := shareToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenAccountFrozen represents a AccountFrozen error raised by the ShareToken contract.
type ShareTokenAccountFrozen struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountFrozen(address account)
func ShareTokenAccountFrozenErrorID() common.Hash {
	return common.HexToHash("0x4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d")
}

// UnpackAccountFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountFrozen(address account)
func (shareToken *ShareToken) UnpackAccountFrozenError(raw []byte) (*ShareTokenAccountFrozen, error) {
	out := new(ShareTokenAccountFrozen)
	if err := shareToken.abi.UnpackIntoInterface(out, "AccountFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenAssetNotConfirmed represents a AssetNotConfirmed error raised by the ShareToken contract.
type ShareTokenAssetNotConfirmed struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotConfirmed(uint256 assetId)
func ShareTokenAssetNotConfirmedErrorID() common.Hash {
	return common.HexToHash("0x0f5d1415e9d6abf8225dd3f6cd6ff3dce5008627b6811603e146df55b960d1cf")
}

// UnpackAssetNotConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotConfirmed(uint256 assetId)
func (shareToken *ShareToken) UnpackAssetNotConfirmedError(raw []byte) (*ShareTokenAssetNotConfirmed, error) {
	out := new(ShareTokenAssetNotConfirmed)
	if err := shareToken.abi.UnpackIntoInterface(out, "AssetNotConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenAssetNotInCustody represents a AssetNotInCustody error raised by the ShareToken contract.
type ShareTokenAssetNotInCustody struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotInCustody(uint256 assetId)
func ShareTokenAssetNotInCustodyErrorID() common.Hash {
	return common.HexToHash("0xc7280447b4fd31f6921a29a65b1319f5e9b9c64c79dd37732080a791fbb30d4a")
}

// UnpackAssetNotInCustodyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotInCustody(uint256 assetId)
func (shareToken *ShareToken) UnpackAssetNotInCustodyError(raw []byte) (*ShareTokenAssetNotInCustody, error) {
	out := new(ShareTokenAssetNotInCustody)
	if err := shareToken.abi.UnpackIntoInterface(out, "AssetNotInCustody", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the ShareToken contract.
type ShareTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func ShareTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (shareToken *ShareToken) UnpackECDSAInvalidSignatureError(raw []byte) (*ShareTokenECDSAInvalidSignature, error) {
	out := new(ShareTokenECDSAInvalidSignature)
	if err := shareToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the ShareToken contract.
type ShareTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func ShareTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (shareToken *ShareToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*ShareTokenECDSAInvalidSignatureLength, error) {
	out := new(ShareTokenECDSAInvalidSignatureLength)
	if err := shareToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the ShareToken contract.
type ShareTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func ShareTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (shareToken *ShareToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*ShareTokenECDSAInvalidSignatureS, error) {
	out := new(ShareTokenECDSAInvalidSignatureS)
	if err := shareToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ShareToken contract.
type ShareTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ShareTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (shareToken *ShareToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ShareTokenERC20InsufficientAllowance, error) {
	out := new(ShareTokenERC20InsufficientAllowance)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ShareToken contract.
type ShareTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ShareTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (shareToken *ShareToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ShareTokenERC20InsufficientBalance, error) {
	out := new(ShareTokenERC20InsufficientBalance)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ShareToken contract.
type ShareTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ShareTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (shareToken *ShareToken) UnpackERC20InvalidApproverError(raw []byte) (*ShareTokenERC20InvalidApprover, error) {
	out := new(ShareTokenERC20InvalidApprover)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ShareToken contract.
type ShareTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ShareTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (shareToken *ShareToken) UnpackERC20InvalidReceiverError(raw []byte) (*ShareTokenERC20InvalidReceiver, error) {
	out := new(ShareTokenERC20InvalidReceiver)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ShareToken contract.
type ShareTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ShareTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (shareToken *ShareToken) UnpackERC20InvalidSenderError(raw []byte) (*ShareTokenERC20InvalidSender, error) {
	out := new(ShareTokenERC20InvalidSender)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ShareToken contract.
type ShareTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ShareTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (shareToken *ShareToken) UnpackERC20InvalidSpenderError(raw []byte) (*ShareTokenERC20InvalidSpender, error) {
	out := new(ShareTokenERC20InvalidSpender)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the ShareToken contract.
type ShareTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func ShareTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (shareToken *ShareToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*ShareTokenERC2612ExpiredSignature, error) {
	out := new(ShareTokenERC2612ExpiredSignature)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the ShareToken contract.
type ShareTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func ShareTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (shareToken *ShareToken) UnpackERC2612InvalidSignerError(raw []byte) (*ShareTokenERC2612InvalidSigner, error) {
	out := new(ShareTokenERC2612InvalidSigner)
	if err := shareToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenEnforcedPause represents a EnforcedPause error raised by the ShareToken contract.
type ShareTokenEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ShareTokenEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (shareToken *ShareToken) UnpackEnforcedPauseError(raw []byte) (*ShareTokenEnforcedPause, error) {
	out := new(ShareTokenEnforcedPause)
	if err := shareToken.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenExpectedPause represents a ExpectedPause error raised by the ShareToken contract.
type ShareTokenExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ShareTokenExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (shareToken *ShareToken) UnpackExpectedPauseError(raw []byte) (*ShareTokenExpectedPause, error) {
	out := new(ShareTokenExpectedPause)
	if err := shareToken.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the ShareToken contract.
type ShareTokenFreezeExceedsBalance struct {
	Account     common.Address
	Balance     *big.Int
	FrozenAfter *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 balance, uint256 frozenAfter)
func ShareTokenFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 balance, uint256 frozenAfter)
func (shareToken *ShareToken) UnpackFreezeExceedsBalanceError(raw []byte) (*ShareTokenFreezeExceedsBalance, error) {
	out := new(ShareTokenFreezeExceedsBalance)
	if err := shareToken.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenInsufficientUnfrozenBalance represents a InsufficientUnfrozenBalance error raised by the ShareToken contract.
type ShareTokenInsufficientUnfrozenBalance struct {
	Account   common.Address
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnfrozenBalance(address account, uint256 available, uint256 needed)
func ShareTokenInsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x4c7bd554bce7e549146135b541f4fff31edfae351ffbe8749d651dfec90766bf")
}

// UnpackInsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnfrozenBalance(address account, uint256 available, uint256 needed)
func (shareToken *ShareToken) UnpackInsufficientUnfrozenBalanceError(raw []byte) (*ShareTokenInsufficientUnfrozenBalance, error) {
	out := new(ShareTokenInsufficientUnfrozenBalance)
	if err := shareToken.abi.UnpackIntoInterface(out, "InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the ShareToken contract.
type ShareTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func ShareTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (shareToken *ShareToken) UnpackInvalidAccountNonceError(raw []byte) (*ShareTokenInvalidAccountNonce, error) {
	out := new(ShareTokenInvalidAccountNonce)
	if err := shareToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenInvalidShortString represents a InvalidShortString error raised by the ShareToken contract.
type ShareTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func ShareTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (shareToken *ShareToken) UnpackInvalidShortStringError(raw []byte) (*ShareTokenInvalidShortString, error) {
	out := new(ShareTokenInvalidShortString)
	if err := shareToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenRecipientNotVerified represents a RecipientNotVerified error raised by the ShareToken contract.
type ShareTokenRecipientNotVerified struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientNotVerified(address account)
func ShareTokenRecipientNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0xa3e9d91e5021fd3839c552cde6b49f6dfffc94926159d34a11f7d570b3ac3839")
}

// UnpackRecipientNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientNotVerified(address account)
func (shareToken *ShareToken) UnpackRecipientNotVerifiedError(raw []byte) (*ShareTokenRecipientNotVerified, error) {
	out := new(ShareTokenRecipientNotVerified)
	if err := shareToken.abi.UnpackIntoInterface(out, "RecipientNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenSharesOutstanding represents a SharesOutstanding error raised by the ShareToken contract.
type ShareTokenSharesOutstanding struct {
	TotalSupply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SharesOutstanding(uint256 totalSupply)
func ShareTokenSharesOutstandingErrorID() common.Hash {
	return common.HexToHash("0x48bc2b0fe0f200245b044c113d34aaa2aff5119435ca71196d686f443a61bc13")
}

// UnpackSharesOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SharesOutstanding(uint256 totalSupply)
func (shareToken *ShareToken) UnpackSharesOutstandingError(raw []byte) (*ShareTokenSharesOutstanding, error) {
	out := new(ShareTokenSharesOutstanding)
	if err := shareToken.abi.UnpackIntoInterface(out, "SharesOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenStringTooLong represents a StringTooLong error raised by the ShareToken contract.
type ShareTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func ShareTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (shareToken *ShareToken) UnpackStringTooLongError(raw []byte) (*ShareTokenStringTooLong, error) {
	out := new(ShareTokenStringTooLong)
	if err := shareToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenUnderlyingFrozen represents a UnderlyingFrozen error raised by the ShareToken contract.
type ShareTokenUnderlyingFrozen struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnderlyingFrozen(uint256 assetId)
func ShareTokenUnderlyingFrozenErrorID() common.Hash {
	return common.HexToHash("0x03e5d02c238415bcc53a3cb4a69450ab075c2ddde5ff9244bfc8188eb4cd1f56")
}

// UnpackUnderlyingFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnderlyingFrozen(uint256 assetId)
func (shareToken *ShareToken) UnpackUnderlyingFrozenError(raw []byte) (*ShareTokenUnderlyingFrozen, error) {
	out := new(ShareTokenUnderlyingFrozen)
	if err := shareToken.abi.UnpackIntoInterface(out, "UnderlyingFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ShareTokenUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the ShareToken contract.
type ShareTokenUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func ShareTokenUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (shareToken *ShareToken) UnpackUnfreezeExceedsFrozenError(raw []byte) (*ShareTokenUnfreezeExceedsFrozen, error) {
	out := new(ShareTokenUnfreezeExceedsFrozen)
	if err := shareToken.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
