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

// DataAssetContributor is an auto generated low-level Go binding around an user-defined struct.
type DataAssetContributor struct {
	Account  common.Address
	ShareBps uint16
}

// DataAssetDataset is an auto generated low-level Go binding around an user-defined struct.
type DataAssetDataset struct {
	ContentHash [32]byte
	PublishedAt uint64
	Publisher   common.Address
	Licence     DataAssetLicence
	MetadataURI string
}

// DataAssetLicence is an auto generated low-level Go binding around an user-defined struct.
type DataAssetLicence struct {
	TermsHash     [32]byte
	AccessPeriod  uint64
	CommercialUse bool
}

// DataAssetMetaData contains all meta data concerning the DataAsset contract.
var DataAssetMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"name\":\"ContentAlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyContentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"InvalidContributorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"SharesNotComplete\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"name\":\"ContributorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"DatasetPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"commercialUse\",\"type\":\"bool\"}],\"name\":\"LicenceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUBLISHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TOTAL_SHARES\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"name\":\"contributorsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structDataAsset.Contributor[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"name\":\"dataset\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"commercialUse\",\"type\":\"bool\"}],\"internalType\":\"structDataAsset.Licence\",\"name\":\"licence\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"internalType\":\"structDataAsset.Dataset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"datasetByContent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"name\":\"licenceOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"commercialUse\",\"type\":\"bool\"}],\"internalType\":\"structDataAsset.Licence\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"commercialUse\",\"type\":\"bool\"}],\"internalType\":\"structDataAsset.Licence\",\"name\":\"licence\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"shareBps\",\"type\":\"uint16\"}],\"internalType\":\"structDataAsset.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"commercialUse\",\"type\":\"bool\"}],\"internalType\":\"structDataAsset.Licence\",\"name\":\"licence\",\"type\":\"tuple\"}],\"name\":\"setLicence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"setMetadataURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataAsset",
	Bin: "0x60806040526001600855348015610014575f5ffd5b506040516123bc3803806123bc83398101604081905261003391610165565b6040518060400160405280601581526020017f5869616e67636861696e2044617461204173736574000000000000000000000081525060405180604001604052806005815260200164584441544160d81b815250815f90816100959190610235565b5060016100a28282610235565b506100b191505f9050826100b8565b50506102f3565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1661015c575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101143390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161015f565b505f5b92915050565b5f60208284031215610175575f5ffd5b81516001600160a01b038116811461018b575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101ba57607f821691505b6020821081036101d857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610230578282111561023057805f5260205f20601f840160051c602085101561020957505f5b90810190601f840160051c035f5b8181101561022c575f83820155600101610217565b5050505b505050565b81516001600160401b0381111561024e5761024e610192565b6102628161025c84546101a6565b846101de565b6020601f821160018114610294575f831561027d5750848201515b5f19600385901b1c1916600184901b1784556102ec565b5f84815260208120601f198516915b828110156102c357878501518255602094850194600190920191016102a3565b50848210156102e057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6120bc806103005f395ff3fe608060405234801561000f575f5ffd5b50600436106101f2575f3560e01c806370a0823111610114578063a22cb465116100a9578063d8f4b6fd11610079578063d8f4b6fd14610454578063e63ab1e91461047b578063e985e9c5146104a2578063ecc6e049146104b5578063f812bb7e146104c8575f5ffd5b8063a22cb46514610408578063b88d4fde1461041b578063c87b56dd1461042e578063d547741f14610441575f5ffd5b806391d14854116100e457806391d14854146103de57806395d89b41146103f15780639f4bca26146103f9578063a217fddf14610401575f5ffd5b806370a08231146103885780637dafc4531461039b5780638456cb59146103ba57806385e3f997146103c2575f5ffd5b80632f2ff15d1161018a5780634290fc111161015a5780634290fc111461032a5780635c975abb1461034a5780636352211e146103555780636725079114610368575f5ffd5b80632f2ff15d146102e957806336568abe146102fc5780633f4ba83a1461030f57806342842e0e14610317575f5ffd5b8063095ea7b3116101c5578063095ea7b314610273578063216e60371461028657806323b872dd146102a6578063248a9ca3146102b9575f5ffd5b806301ffc9a7146101f657806306fdde031461021e578063081812fc14610233578063087dce941461025e575b5f5ffd5b610209610204366004611842565b6104db565b60405190151581526020015b60405180910390f35b610226610505565b6040516102159190611892565b6102466102413660046118a4565b610594565b6040516001600160a01b039091168152602001610215565b61027161026c3660046118ff565b6105bb565b005b61027161028136600461195a565b610620565b6102996102943660046118a4565b61062f565b6040516102159190611984565b6102716102b43660046119b0565b6106a4565b6102db6102c73660046118a4565b5f9081526006602052604090206001015490565b604051908152602001610215565b6102716102f73660046119ee565b610732565b61027161030a3660046119ee565b610756565b61027161078e565b6102716103253660046119b0565b6107c3565b61033d6103383660046118a4565b6107dd565b6040516102159190611a1c565b60075460ff16610209565b6102466103633660046118a4565b61090a565b61037b6103763660046118a4565b610914565b6040516102159190611a98565b6102db610396366004611af3565b61099c565b6102db6103a93660046118a4565b5f908152600b602052604090205490565b6102716109e1565b6103cb61271081565b60405161ffff9091168152602001610215565b6102096103ec3660046119ee565b610a13565b610226610a3d565b6102db601081565b6102db5f81565b610271610416366004611b1b565b610a4c565b610271610429366004611b5b565b610a57565b61022661043c3660046118a4565b610a6f565b61027161044f3660046119ee565b610b19565b6102db7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a81565b6102db7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6102096104b0366004611c39565b610b3d565b6102db6104c3366004611c7b565b610b6a565b6102716104d6366004611d34565b610ec5565b5f6001600160e01b03198216632483248360e11b14806104ff57506104ff82610f65565b92915050565b60605f805461051390611d5f565b80601f016020809104026020016040519081016040528092919081815260200182805461053f90611d5f565b801561058a5780601f106105615761010080835404028352916020019161058a565b820191905f5260205f20905b81548152906001019060200180831161056d57829003601f168201915b5050505050905090565b5f61059e82610f89565b505f828152600460205260409020546001600160a01b03166104ff565b6105c3610fc1565b6105cc83610fe7565b5f8381526009602052604090206004016105e7828483611ddf565b506040518381527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1505050565b61062b828233611021565b5050565b604080516060810182525f808252602082018190529181019190915261065482610f89565b50505f908152600960209081526040918290208251606081018452600282015481526003909101546001600160401b03811692820192909252600160401b90910460ff1615159181019190915290565b6001600160a01b0382166106d257604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6106de83833361102e565b9050836001600160a01b0316816001600160a01b03161461072c576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016106c9565b50505050565b5f8281526006602052604090206001015461074c8161104a565b61072c8383611054565b6001600160a01b038116331461077f5760405163334bd91960e11b815260040160405180910390fd5b61078982826110e5565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6107b88161104a565b6107c0611150565b50565b61078983838360405180602001604052805f815250610a57565b6107e56117c5565b6107ee82610f89565b505f82815260096020908152604091829020825160a0810184528154815260018201546001600160401b0380821683860152600160401b918290046001600160a01b0316838701528551606080820188526002860154825260038601549283169682019690965291900460ff161515948101949094529182019290925260048201805491929160808401919061088390611d5f565b80601f01602080910402602001604051908101604052809291908181526020018280546108af90611d5f565b80156108fa5780601f106108d1576101008083540402835291602001916108fa565b820191905f5260205f20905b8154815290600101906020018083116108dd57829003601f168201915b5050505050815250509050919050565b5f6104ff82610f89565b606061091f82610f89565b505f828152600a6020908152604080832080548251818502810185019093528083529193909284015b82821015610991575f84815260209081902060408051808201909152908401546001600160a01b0381168252600160a01b900461ffff1681830152825260019092019101610948565b505050509050919050565b5f6001600160a01b0382166109c6576040516322718ad960e21b81525f60048201526024016106c9565b506001600160a01b03165f9081526003602052604090205490565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610a0b8161104a565b6107c06111a2565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606001805461051390611d5f565b61062b3383836111df565b610a628484846106a4565b61072c33858585856112a6565b6060610a7a82610f89565b505f8281526009602052604090206004018054610a9690611d5f565b80601f0160208091040260200160405190810160405280929190818152602001828054610ac290611d5f565b8015610b0d5780601f10610ae457610100808354040283529160200191610b0d565b820191905f5260205f20905b815481529060010190602001808311610af057829003601f168201915b50505050509050919050565b5f82815260066020526040902060010154610b338161104a565b61072c83836110e5565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f7f0ac90c257048ef1c3e387c26d4a99bde06894efbcbff862dc1885c3a9319308a610b958161104a565b610b9d610fc1565b87610bbb57604051634fd1592960e11b815260040160405180910390fd5b5f888152600b60205260409020548015610bf25760405163191eb65560e11b8152600481018a9052602481018290526044016106c9565b83801580610c005750601081115b15610c2157604051632371c22560e11b8152600481018290526024016106c9565b60088054905f610c3083611eac565b909155505f8b8152600b60209081526040808320849055838352600990915290208b8155600181018054600160401b33026001600160e01b03199091166001600160401b034216171790559094508760028201610c8d8282611ed8565b505060048101610c9e8a8c83611ddf565b505f858152600a60205260408120815b84811015610dd157368a8a83818110610cc957610cc9611f32565b6040029190910191505f9050610ce26020830183611af3565b6001600160a01b03161480610d085750610d026040820160208301611f55565b61ffff16155b15610d2957604051632524d1f560e21b8152600481018390526024016106c9565b610d396040820160208301611f55565b610d479061ffff1685611f70565b83546001810185555f85815260209020919550829101610d678282611f83565b50610d7790506020820182611af3565b6001600160a01b0316897f2f95de89a73532542463de71faceab67ec16725f7de9d8e29e34658275a1bfb0610db26040850160208601611f55565b60405161ffff909116815260200160405180910390a350600101610cae565b506127108214610df75760405163e4bf049b60e01b8152600481018390526024016106c9565b8c336001600160a01b0316887fb236d6e3ae7a456a4a9a8c64548efff34cc873b97aec049846593ed45e3e8ce58f8f604051610e34929190611fcb565b60405180910390a4867f7e3a40cb9e14f6e7f3de139c6ac4e2c68e32ef2ffd5603c4cc7a31dcc3eb9c618b35610e7060408e0160208f01611ff9565b8d6040016020810190610e839190612014565b604080519384526001600160401b03909216602084015215159082015260600160405180910390a2610eb533886113ce565b5050505050509695505050505050565b610ecd610fc1565b610ed682610fe7565b5f8281526009602052604090208190600201610ef28282611ed8565b508290507f7e3a40cb9e14f6e7f3de139c6ac4e2c68e32ef2ffd5603c4cc7a31dcc3eb9c618235610f296040850160208601611ff9565b610f396060860160408701612014565b604080519384526001600160401b03909216602084015215159082015260600160405180910390a25050565b5f6001600160e01b03198216637965db0b60e01b14806104ff57506104ff826113e7565b5f818152600260205260408120546001600160a01b0316806104ff57604051637e27328960e01b8152600481018490526024016106c9565b60075460ff1615610fe55760405163d93c066560e01b815260040160405180910390fd5b565b33610ff182610f89565b6001600160a01b0316146107c057604051632ae2b84160e11b8152600481018290523360248201526044016106c9565b6107898383836001611436565b5f611037610fc1565b61104284848461153a565b949350505050565b6107c0813361162c565b5f61105f8383610a13565b6110de575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556110963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104ff565b505f6104ff565b5f6110f08383610a13565b156110de575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104ff565b611158611665565b6007805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6111aa610fc1565b6007805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586111853390565b6001600160a01b0383166112085760405163a9fbf51f60e01b81525f60048201526024016106c9565b6001600160a01b03821661123a57604051630b61174360e31b81526001600160a01b03831660048201526024016106c9565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b156113c757604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906112e890889088908790879060040161202f565b6020604051808303815f875af1925050508015611322575060408051601f3d908101601f1916820190925261131f9181019061206b565b60015b611389573d80801561134f576040519150601f19603f3d011682016040523d82523d5f602084013e611354565b606091505b5080515f0361138157604051633250574960e11b81526001600160a01b03851660048201526024016106c9565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146113c557604051633250574960e11b81526001600160a01b03851660048201526024016106c9565b505b5050505050565b61062b828260405180602001604052805f815250611688565b5f6001600160e01b031982166380ac58cd60e01b148061141757506001600160e01b03198216635b5e139f60e01b145b806104ff57506301ffc9a760e01b6001600160e01b03198316146104ff565b808061144a57506001600160a01b03821615155b1561150b575f61145984610f89565b90506001600160a01b038316158015906114855750826001600160a01b0316816001600160a01b031614155b801561149857506114968184610b3d565b155b156114c15760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016106c9565b81156115095783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b03908116908316156115665761156681848661169f565b6001600160a01b038116156115a0576115815f855f5f611436565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156115ce576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6116368282610a13565b61062b5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106c9565b60075460ff16610fe557604051638dfc202b60e01b815260040160405180910390fd5b6116928383611703565b610789335f8585856112a6565b6116aa838383611764565b610789576001600160a01b0383166116d857604051637e27328960e01b8152600481018290526024016106c9565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016106c9565b6001600160a01b03821661172c57604051633250574960e11b81525f60048201526024016106c9565b5f61173883835f61102e565b90506001600160a01b03811615610789576040516339e3563760e11b81525f60048201526024016106c9565b5f6001600160a01b038316158015906110425750826001600160a01b0316846001600160a01b0316148061179d575061179d8484610b3d565b806110425750505f908152600460205260409020546001600160a01b03908116911614919050565b6040518060a001604052805f81526020015f6001600160401b031681526020015f6001600160a01b0316815260200161182060405180606001604052805f81526020015f6001600160401b031681526020015f151581525090565b8152602001606081525090565b6001600160e01b0319811681146107c0575f5ffd5b5f60208284031215611852575f5ffd5b813561185d8161182d565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61185d6020830184611864565b5f602082840312156118b4575f5ffd5b5035919050565b5f5f83601f8401126118cb575f5ffd5b5081356001600160401b038111156118e1575f5ffd5b6020830191508360208285010111156118f8575f5ffd5b9250929050565b5f5f5f60408486031215611911575f5ffd5b8335925060208401356001600160401b0381111561192d575f5ffd5b611939868287016118bb565b9497909650939450505050565b6001600160a01b03811681146107c0575f5ffd5b5f5f6040838503121561196b575f5ffd5b823561197681611946565b946020939093013593505050565b815181526020808301516001600160401b031690820152604080830151151590820152606081016104ff565b5f5f5f606084860312156119c2575f5ffd5b83356119cd81611946565b925060208401356119dd81611946565b929592945050506040919091013590565b5f5f604083850312156119ff575f5ffd5b823591506020830135611a1181611946565b809150509250929050565b60208152815160208201526001600160401b03602083015116604082015260018060a01b0360408301511660608201525f6060830151611a7e6080840182805182526020808201516001600160401b0316908301526040908101511515910152565b50608083015160e080840152611042610100840182611864565b602080825282518282018190525f918401906040840190835b81811015611ae857835180516001600160a01b0316845260209081015161ffff168185015290930192604090920191600101611ab1565b509095945050505050565b5f60208284031215611b03575f5ffd5b813561185d81611946565b80151581146107c0575f5ffd5b5f5f60408385031215611b2c575f5ffd5b8235611b3781611946565b91506020830135611a1181611b0e565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611b6e575f5ffd5b8435611b7981611946565b93506020850135611b8981611946565b92506040850135915060608501356001600160401b03811115611baa575f5ffd5b8501601f81018713611bba575f5ffd5b80356001600160401b03811115611bd357611bd3611b47565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611c0157611c01611b47565b604052818152828201602001891015611c18575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611c4a575f5ffd5b8235611c5581611946565b91506020830135611a1181611946565b5f60608284031215611c75575f5ffd5b50919050565b5f5f5f5f5f5f60c08789031215611c90575f5ffd5b8635955060208701356001600160401b03811115611cac575f5ffd5b611cb889828a016118bb565b9096509450611ccc90508860408901611c65565b925060a08701356001600160401b03811115611ce6575f5ffd5b8701601f81018913611cf6575f5ffd5b80356001600160401b03811115611d0b575f5ffd5b8960208260061b8401011115611d1f575f5ffd5b60208201935080925050509295509295509295565b5f5f60808385031215611d45575f5ffd5b82359150611d568460208501611c65565b90509250929050565b600181811c90821680611d7357607f821691505b602082108103611c7557634e487b7160e01b5f52602260045260245ffd5b601f821115610789578282111561078957805f5260205f20601f840160051c6020851015611dbc57505f5b90810190601f840160051c035f5b818110156113c5575f83820155600101611dca565b6001600160401b03831115611df657611df6611b47565b611e0a83611e048354611d5f565b83611d91565b5f601f841160018114611e3b575f8515611e245750838201355b5f19600387901b1c1916600186901b1783556113c7565b5f83815260208120601f198716915b82811015611e6a5786850135825560209485019460019092019101611e4a565b5086821015611e86575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201611ebd57611ebd611e98565b5060010190565b6001600160401b03811681146107c0575f5ffd5b81358155600181016020830135611eee81611ec4565b81546040850135611efe81611b0e565b68ff000000000000000081151560401b166001600160401b03841668ffffffffffffffffff19841617178455505050505050565b634e487b7160e01b5f52603260045260245ffd5b61ffff811681146107c0575f5ffd5b5f60208284031215611f65575f5ffd5b813561185d81611f46565b808201808211156104ff576104ff611e98565b8135611f8e81611946565b81546020840135611f9e81611f46565b61ffff60a01b60a09190911b166001600160a01b03929092166001600160b01b0319919091161717905550565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f60208284031215612009575f5ffd5b813561185d81611ec4565b5f60208284031215612024575f5ffd5b813561185d81611b0e565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061206190830184611864565b9695505050505050565b5f6020828403121561207b575f5ffd5b815161185d8161182d56fea2646970667358221220bb160bc96f48edbf0ebade6eefee95841585c421a990ce6d3be858edd868f15b64736f6c63430008250033",
}

// DataAsset is an auto generated Go binding around an Ethereum contract.
type DataAsset struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataAsset) GetABI() abi.ABI {
	return c.abi
}

// NewDataAsset creates a new instance of DataAsset.
func NewDataAsset() *DataAsset {
	parsed, err := DataAssetMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataAsset{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataAsset) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (dataAsset *DataAsset) PackConstructor(admin common.Address) []byte {
	enc, err := dataAsset.abi.Pack("", admin)
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
func (dataAsset *DataAsset) PackDEFAULTADMINROLE() []byte {
	enc, err := dataAsset.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dataAsset *DataAsset) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataAsset.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataAsset.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (dataAsset *DataAsset) PackMAXCONTRIBUTORS() []byte {
	enc, err := dataAsset.abi.Pack("MAX_CONTRIBUTORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCONTRIBUTORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f4bca26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (dataAsset *DataAsset) TryPackMAXCONTRIBUTORS() ([]byte, error) {
	return dataAsset.abi.Pack("MAX_CONTRIBUTORS")
}

// UnpackMAXCONTRIBUTORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (dataAsset *DataAsset) UnpackMAXCONTRIBUTORS(data []byte) (*big.Int, error) {
	out, err := dataAsset.abi.Unpack("MAX_CONTRIBUTORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) PackPAUSERROLE() []byte {
	enc, err := dataAsset.abi.Pack("PAUSER_ROLE")
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
func (dataAsset *DataAsset) TryPackPAUSERROLE() ([]byte, error) {
	return dataAsset.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := dataAsset.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) PackPUBLISHERROLE() []byte {
	enc, err := dataAsset.abi.Pack("PUBLISHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUBLISHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8f4b6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) TryPackPUBLISHERROLE() ([]byte, error) {
	return dataAsset.abi.Pack("PUBLISHER_ROLE")
}

// UnpackPUBLISHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8f4b6fd.
//
// Solidity: function PUBLISHER_ROLE() view returns(bytes32)
func (dataAsset *DataAsset) UnpackPUBLISHERROLE(data []byte) ([32]byte, error) {
	out, err := dataAsset.abi.Unpack("PUBLISHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTOTALSHARES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85e3f997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TOTAL_SHARES() view returns(uint16)
func (dataAsset *DataAsset) PackTOTALSHARES() []byte {
	enc, err := dataAsset.abi.Pack("TOTAL_SHARES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTOTALSHARES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85e3f997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TOTAL_SHARES() view returns(uint16)
func (dataAsset *DataAsset) TryPackTOTALSHARES() ([]byte, error) {
	return dataAsset.abi.Pack("TOTAL_SHARES")
}

// UnpackTOTALSHARES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85e3f997.
//
// Solidity: function TOTAL_SHARES() view returns(uint16)
func (dataAsset *DataAsset) UnpackTOTALSHARES(data []byte) (uint16, error) {
	out, err := dataAsset.abi.Unpack("TOTAL_SHARES", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAsset *DataAsset) PackBalanceOf(owner common.Address) []byte {
	enc, err := dataAsset.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAsset *DataAsset) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (dataAsset *DataAsset) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := dataAsset.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributorsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67250791.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorsOf(uint256 datasetId) view returns((address,uint16)[])
func (dataAsset *DataAsset) PackContributorsOf(datasetId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("contributorsOf", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67250791.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorsOf(uint256 datasetId) view returns((address,uint16)[])
func (dataAsset *DataAsset) TryPackContributorsOf(datasetId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("contributorsOf", datasetId)
}

// UnpackContributorsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67250791.
//
// Solidity: function contributorsOf(uint256 datasetId) view returns((address,uint16)[])
func (dataAsset *DataAsset) UnpackContributorsOf(data []byte) ([]DataAssetContributor, error) {
	out, err := dataAsset.abi.Unpack("contributorsOf", data)
	if err != nil {
		return *new([]DataAssetContributor), err
	}
	out0 := *abi.ConvertType(out[0], new([]DataAssetContributor)).(*[]DataAssetContributor)
	return out0, nil
}

// PackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4290fc11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataset(uint256 datasetId) view returns((bytes32,uint64,address,(bytes32,uint64,bool),string))
func (dataAsset *DataAsset) PackDataset(datasetId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("dataset", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4290fc11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataset(uint256 datasetId) view returns((bytes32,uint64,address,(bytes32,uint64,bool),string))
func (dataAsset *DataAsset) TryPackDataset(datasetId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("dataset", datasetId)
}

// UnpackDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4290fc11.
//
// Solidity: function dataset(uint256 datasetId) view returns((bytes32,uint64,address,(bytes32,uint64,bool),string))
func (dataAsset *DataAsset) UnpackDataset(data []byte) (DataAssetDataset, error) {
	out, err := dataAsset.abi.Unpack("dataset", data)
	if err != nil {
		return *new(DataAssetDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(DataAssetDataset)).(*DataAssetDataset)
	return out0, nil
}

// PackDatasetByContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dafc453.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetByContent(bytes32 contentHash) view returns(uint256)
func (dataAsset *DataAsset) PackDatasetByContent(contentHash [32]byte) []byte {
	enc, err := dataAsset.abi.Pack("datasetByContent", contentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetByContent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dafc453.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetByContent(bytes32 contentHash) view returns(uint256)
func (dataAsset *DataAsset) TryPackDatasetByContent(contentHash [32]byte) ([]byte, error) {
	return dataAsset.abi.Pack("datasetByContent", contentHash)
}

// UnpackDatasetByContent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dafc453.
//
// Solidity: function datasetByContent(bytes32 contentHash) view returns(uint256)
func (dataAsset *DataAsset) UnpackDatasetByContent(data []byte) (*big.Int, error) {
	out, err := dataAsset.abi.Unpack("datasetByContent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := dataAsset.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataAsset *DataAsset) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataAsset.abi.Pack("getRoleAdmin", role)
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
func (dataAsset *DataAsset) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataAsset.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataAsset *DataAsset) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataAsset.abi.Unpack("getRoleAdmin", data)
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
func (dataAsset *DataAsset) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAsset.abi.Pack("grantRole", role, account)
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
func (dataAsset *DataAsset) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataAsset *DataAsset) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAsset.abi.Pack("hasRole", role, account)
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
func (dataAsset *DataAsset) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataAsset *DataAsset) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataAsset.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (dataAsset *DataAsset) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := dataAsset.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (dataAsset *DataAsset) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (dataAsset *DataAsset) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := dataAsset.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x216e6037.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licenceOf(uint256 datasetId) view returns((bytes32,uint64,bool))
func (dataAsset *DataAsset) PackLicenceOf(datasetId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("licenceOf", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicenceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x216e6037.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licenceOf(uint256 datasetId) view returns((bytes32,uint64,bool))
func (dataAsset *DataAsset) TryPackLicenceOf(datasetId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("licenceOf", datasetId)
}

// UnpackLicenceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x216e6037.
//
// Solidity: function licenceOf(uint256 datasetId) view returns((bytes32,uint64,bool))
func (dataAsset *DataAsset) UnpackLicenceOf(data []byte) (DataAssetLicence, error) {
	out, err := dataAsset.abi.Unpack("licenceOf", data)
	if err != nil {
		return *new(DataAssetLicence), err
	}
	out0 := *abi.ConvertType(out[0], new(DataAssetLicence)).(*DataAssetLicence)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (dataAsset *DataAsset) PackName() []byte {
	enc, err := dataAsset.abi.Pack("name")
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
func (dataAsset *DataAsset) TryPackName() ([]byte, error) {
	return dataAsset.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (dataAsset *DataAsset) UnpackName(data []byte) (string, error) {
	out, err := dataAsset.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (dataAsset *DataAsset) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := dataAsset.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (dataAsset *DataAsset) PackPause() []byte {
	enc, err := dataAsset.abi.Pack("pause")
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
func (dataAsset *DataAsset) TryPackPause() ([]byte, error) {
	return dataAsset.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (dataAsset *DataAsset) PackPaused() []byte {
	enc, err := dataAsset.abi.Pack("paused")
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
func (dataAsset *DataAsset) TryPackPaused() ([]byte, error) {
	return dataAsset.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (dataAsset *DataAsset) UnpackPaused(data []byte) (bool, error) {
	out, err := dataAsset.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecc6e049.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish(bytes32 contentHash, string metadataURI, (bytes32,uint64,bool) licence, (address,uint16)[] contributors) returns(uint256 datasetId)
func (dataAsset *DataAsset) PackPublish(contentHash [32]byte, metadataURI string, licence DataAssetLicence, contributors []DataAssetContributor) []byte {
	enc, err := dataAsset.abi.Pack("publish", contentHash, metadataURI, licence, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecc6e049.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish(bytes32 contentHash, string metadataURI, (bytes32,uint64,bool) licence, (address,uint16)[] contributors) returns(uint256 datasetId)
func (dataAsset *DataAsset) TryPackPublish(contentHash [32]byte, metadataURI string, licence DataAssetLicence, contributors []DataAssetContributor) ([]byte, error) {
	return dataAsset.abi.Pack("publish", contentHash, metadataURI, licence, contributors)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xecc6e049.
//
// Solidity: function publish(bytes32 contentHash, string metadataURI, (bytes32,uint64,bool) licence, (address,uint16)[] contributors) returns(uint256 datasetId)
func (dataAsset *DataAsset) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := dataAsset.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dataAsset *DataAsset) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dataAsset.abi.Pack("renounceRole", role, callerConfirmation)
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
func (dataAsset *DataAsset) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataAsset *DataAsset) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataAsset.abi.Pack("revokeRole", role, account)
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
func (dataAsset *DataAsset) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataAsset.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (dataAsset *DataAsset) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := dataAsset.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (dataAsset *DataAsset) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return dataAsset.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (dataAsset *DataAsset) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := dataAsset.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (dataAsset *DataAsset) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return dataAsset.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf812bb7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLicence(uint256 datasetId, (bytes32,uint64,bool) licence) returns()
func (dataAsset *DataAsset) PackSetLicence(datasetId *big.Int, licence DataAssetLicence) []byte {
	enc, err := dataAsset.abi.Pack("setLicence", datasetId, licence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf812bb7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLicence(uint256 datasetId, (bytes32,uint64,bool) licence) returns()
func (dataAsset *DataAsset) TryPackSetLicence(datasetId *big.Int, licence DataAssetLicence) ([]byte, error) {
	return dataAsset.abi.Pack("setLicence", datasetId, licence)
}

// PackSetMetadataURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x087dce94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetadataURI(uint256 datasetId, string metadataURI) returns()
func (dataAsset *DataAsset) PackSetMetadataURI(datasetId *big.Int, metadataURI string) []byte {
	enc, err := dataAsset.abi.Pack("setMetadataURI", datasetId, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetadataURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x087dce94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetadataURI(uint256 datasetId, string metadataURI) returns()
func (dataAsset *DataAsset) TryPackSetMetadataURI(datasetId *big.Int, metadataURI string) ([]byte, error) {
	return dataAsset.abi.Pack("setMetadataURI", datasetId, metadataURI)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataAsset *DataAsset) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataAsset.abi.Pack("supportsInterface", interfaceId)
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
func (dataAsset *DataAsset) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataAsset.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataAsset *DataAsset) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataAsset.abi.Unpack("supportsInterface", data)
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
func (dataAsset *DataAsset) PackSymbol() []byte {
	enc, err := dataAsset.abi.Pack("symbol")
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
func (dataAsset *DataAsset) TryPackSymbol() ([]byte, error) {
	return dataAsset.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (dataAsset *DataAsset) UnpackSymbol(data []byte) (string, error) {
	out, err := dataAsset.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 datasetId) view returns(string)
func (dataAsset *DataAsset) PackTokenURI(datasetId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("tokenURI", datasetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 datasetId) view returns(string)
func (dataAsset *DataAsset) TryPackTokenURI(datasetId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("tokenURI", datasetId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 datasetId) view returns(string)
func (dataAsset *DataAsset) UnpackTokenURI(data []byte) (string, error) {
	out, err := dataAsset.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := dataAsset.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (dataAsset *DataAsset) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return dataAsset.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (dataAsset *DataAsset) PackUnpause() []byte {
	enc, err := dataAsset.abi.Pack("unpause")
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
func (dataAsset *DataAsset) TryPackUnpause() ([]byte, error) {
	return dataAsset.abi.Pack("unpause")
}

// DataAssetApproval represents a Approval event raised by the DataAsset contract.
type DataAssetApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataAssetApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DataAssetApproval) ContractEventName() string {
	return DataAssetApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (dataAsset *DataAsset) UnpackApprovalEvent(log *types.Log) (*DataAssetApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetApproval)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetApprovalForAll represents a ApprovalForAll event raised by the DataAsset contract.
type DataAssetApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataAssetApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (DataAssetApprovalForAll) ContractEventName() string {
	return DataAssetApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (dataAsset *DataAsset) UnpackApprovalForAllEvent(log *types.Log) (*DataAssetApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetApprovalForAll)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetContributorSet represents a ContributorSet event raised by the DataAsset contract.
type DataAssetContributorSet struct {
	DatasetId *big.Int
	Account   common.Address
	ShareBps  uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataAssetContributorSetEventName = "ContributorSet"

// ContractEventName returns the user-defined event name.
func (DataAssetContributorSet) ContractEventName() string {
	return DataAssetContributorSetEventName
}

// UnpackContributorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributorSet(uint256 indexed datasetId, address indexed account, uint16 shareBps)
func (dataAsset *DataAsset) UnpackContributorSetEvent(log *types.Log) (*DataAssetContributorSet, error) {
	event := "ContributorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetContributorSet)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetDatasetPublished represents a DatasetPublished event raised by the DataAsset contract.
type DataAssetDatasetPublished struct {
	DatasetId   *big.Int
	Publisher   common.Address
	ContentHash [32]byte
	MetadataURI string
	Raw         *types.Log // Blockchain specific contextual infos
}

const DataAssetDatasetPublishedEventName = "DatasetPublished"

// ContractEventName returns the user-defined event name.
func (DataAssetDatasetPublished) ContractEventName() string {
	return DataAssetDatasetPublishedEventName
}

// UnpackDatasetPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetPublished(uint256 indexed datasetId, address indexed publisher, bytes32 indexed contentHash, string metadataURI)
func (dataAsset *DataAsset) UnpackDatasetPublishedEvent(log *types.Log) (*DataAssetDatasetPublished, error) {
	event := "DatasetPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetDatasetPublished)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetLicenceSet represents a LicenceSet event raised by the DataAsset contract.
type DataAssetLicenceSet struct {
	DatasetId     *big.Int
	TermsHash     [32]byte
	AccessPeriod  uint64
	CommercialUse bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const DataAssetLicenceSetEventName = "LicenceSet"

// ContractEventName returns the user-defined event name.
func (DataAssetLicenceSet) ContractEventName() string {
	return DataAssetLicenceSetEventName
}

// UnpackLicenceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicenceSet(uint256 indexed datasetId, bytes32 termsHash, uint64 accessPeriod, bool commercialUse)
func (dataAsset *DataAsset) UnpackLicenceSetEvent(log *types.Log) (*DataAssetLicenceSet, error) {
	event := "LicenceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetLicenceSet)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetMetadataUpdate represents a MetadataUpdate event raised by the DataAsset contract.
type DataAssetMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (DataAssetMetadataUpdate) ContractEventName() string {
	return DataAssetMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 tokenId)
func (dataAsset *DataAsset) UnpackMetadataUpdateEvent(log *types.Log) (*DataAssetMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetMetadataUpdate)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetPaused represents a Paused event raised by the DataAsset contract.
type DataAssetPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (DataAssetPaused) ContractEventName() string {
	return DataAssetPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (dataAsset *DataAsset) UnpackPausedEvent(log *types.Log) (*DataAssetPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetPaused)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetRoleAdminChanged represents a RoleAdminChanged event raised by the DataAsset contract.
type DataAssetRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataAssetRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataAssetRoleAdminChanged) ContractEventName() string {
	return DataAssetRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataAsset *DataAsset) UnpackRoleAdminChangedEvent(log *types.Log) (*DataAssetRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetRoleGranted represents a RoleGranted event raised by the DataAsset contract.
type DataAssetRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataAssetRoleGranted) ContractEventName() string {
	return DataAssetRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataAsset *DataAsset) UnpackRoleGrantedEvent(log *types.Log) (*DataAssetRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetRoleGranted)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetRoleRevoked represents a RoleRevoked event raised by the DataAsset contract.
type DataAssetRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataAssetRoleRevoked) ContractEventName() string {
	return DataAssetRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataAsset *DataAsset) UnpackRoleRevokedEvent(log *types.Log) (*DataAssetRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetTransfer represents a Transfer event raised by the DataAsset contract.
type DataAssetTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DataAssetTransfer) ContractEventName() string {
	return DataAssetTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (dataAsset *DataAsset) UnpackTransferEvent(log *types.Log) (*DataAssetTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetTransfer)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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

// DataAssetUnpaused represents a Unpaused event raised by the DataAsset contract.
type DataAssetUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataAssetUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (DataAssetUnpaused) ContractEventName() string {
	return DataAssetUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (dataAsset *DataAsset) UnpackUnpausedEvent(log *types.Log) (*DataAssetUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataAsset.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataAssetUnpaused)
	if len(log.Data) > 0 {
		if err := dataAsset.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataAsset.abi.Events[event].Inputs {
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
func (dataAsset *DataAsset) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataAsset.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataAsset.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ContentAlreadyPublished"].ID.Bytes()[:4]) {
		return dataAsset.UnpackContentAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return dataAsset.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["EmptyContentHash"].ID.Bytes()[:4]) {
		return dataAsset.UnpackEmptyContentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return dataAsset.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return dataAsset.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["InvalidContributor"].ID.Bytes()[:4]) {
		return dataAsset.UnpackInvalidContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["InvalidContributorCount"].ID.Bytes()[:4]) {
		return dataAsset.UnpackInvalidContributorCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["NotDatasetOwner"].ID.Bytes()[:4]) {
		return dataAsset.UnpackNotDatasetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataAsset.abi.Errors["SharesNotComplete"].ID.Bytes()[:4]) {
		return dataAsset.UnpackSharesNotCompleteError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataAssetAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataAsset contract.
type DataAssetAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataAssetAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataAsset *DataAsset) UnpackAccessControlBadConfirmationError(raw []byte) (*DataAssetAccessControlBadConfirmation, error) {
	out := new(DataAssetAccessControlBadConfirmation)
	if err := dataAsset.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataAsset contract.
type DataAssetAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataAssetAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataAsset *DataAsset) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataAssetAccessControlUnauthorizedAccount, error) {
	out := new(DataAssetAccessControlUnauthorizedAccount)
	if err := dataAsset.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetContentAlreadyPublished represents a ContentAlreadyPublished error raised by the DataAsset contract.
type DataAssetContentAlreadyPublished struct {
	ContentHash [32]byte
	DatasetId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContentAlreadyPublished(bytes32 contentHash, uint256 datasetId)
func DataAssetContentAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0x323d6caad50ae1c6c2faa43a56a63c85e601fd59809bcc84b49f84d3954e3dc2")
}

// UnpackContentAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContentAlreadyPublished(bytes32 contentHash, uint256 datasetId)
func (dataAsset *DataAsset) UnpackContentAlreadyPublishedError(raw []byte) (*DataAssetContentAlreadyPublished, error) {
	out := new(DataAssetContentAlreadyPublished)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ContentAlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the DataAsset contract.
type DataAssetERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func DataAssetERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (dataAsset *DataAsset) UnpackERC721IncorrectOwnerError(raw []byte) (*DataAssetERC721IncorrectOwner, error) {
	out := new(DataAssetERC721IncorrectOwner)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the DataAsset contract.
type DataAssetERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func DataAssetERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (dataAsset *DataAsset) UnpackERC721InsufficientApprovalError(raw []byte) (*DataAssetERC721InsufficientApproval, error) {
	out := new(DataAssetERC721InsufficientApproval)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InvalidApprover represents a ERC721InvalidApprover error raised by the DataAsset contract.
type DataAssetERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func DataAssetERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (dataAsset *DataAsset) UnpackERC721InvalidApproverError(raw []byte) (*DataAssetERC721InvalidApprover, error) {
	out := new(DataAssetERC721InvalidApprover)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InvalidOperator represents a ERC721InvalidOperator error raised by the DataAsset contract.
type DataAssetERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func DataAssetERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (dataAsset *DataAsset) UnpackERC721InvalidOperatorError(raw []byte) (*DataAssetERC721InvalidOperator, error) {
	out := new(DataAssetERC721InvalidOperator)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InvalidOwner represents a ERC721InvalidOwner error raised by the DataAsset contract.
type DataAssetERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func DataAssetERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (dataAsset *DataAsset) UnpackERC721InvalidOwnerError(raw []byte) (*DataAssetERC721InvalidOwner, error) {
	out := new(DataAssetERC721InvalidOwner)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the DataAsset contract.
type DataAssetERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func DataAssetERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (dataAsset *DataAsset) UnpackERC721InvalidReceiverError(raw []byte) (*DataAssetERC721InvalidReceiver, error) {
	out := new(DataAssetERC721InvalidReceiver)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721InvalidSender represents a ERC721InvalidSender error raised by the DataAsset contract.
type DataAssetERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func DataAssetERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (dataAsset *DataAsset) UnpackERC721InvalidSenderError(raw []byte) (*DataAssetERC721InvalidSender, error) {
	out := new(DataAssetERC721InvalidSender)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetERC721NonexistentToken represents a ERC721NonexistentToken error raised by the DataAsset contract.
type DataAssetERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func DataAssetERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (dataAsset *DataAsset) UnpackERC721NonexistentTokenError(raw []byte) (*DataAssetERC721NonexistentToken, error) {
	out := new(DataAssetERC721NonexistentToken)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetEmptyContentHash represents a EmptyContentHash error raised by the DataAsset contract.
type DataAssetEmptyContentHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyContentHash()
func DataAssetEmptyContentHashErrorID() common.Hash {
	return common.HexToHash("0x9fa2b252911b51b9f6dbf9fedc5a4a2e0f6967b2e676669bbfedc147bd544cbd")
}

// UnpackEmptyContentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyContentHash()
func (dataAsset *DataAsset) UnpackEmptyContentHashError(raw []byte) (*DataAssetEmptyContentHash, error) {
	out := new(DataAssetEmptyContentHash)
	if err := dataAsset.abi.UnpackIntoInterface(out, "EmptyContentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetEnforcedPause represents a EnforcedPause error raised by the DataAsset contract.
type DataAssetEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func DataAssetEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (dataAsset *DataAsset) UnpackEnforcedPauseError(raw []byte) (*DataAssetEnforcedPause, error) {
	out := new(DataAssetEnforcedPause)
	if err := dataAsset.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetExpectedPause represents a ExpectedPause error raised by the DataAsset contract.
type DataAssetExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func DataAssetExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (dataAsset *DataAsset) UnpackExpectedPauseError(raw []byte) (*DataAssetExpectedPause, error) {
	out := new(DataAssetExpectedPause)
	if err := dataAsset.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetInvalidContributor represents a InvalidContributor error raised by the DataAsset contract.
type DataAssetInvalidContributor struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidContributor(uint256 index)
func DataAssetInvalidContributorErrorID() common.Hash {
	return common.HexToHash("0x949347d492c8c31754306fb0a65b0e7188bed32e4eb5458d2dbd9fe62b05ccc3")
}

// UnpackInvalidContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidContributor(uint256 index)
func (dataAsset *DataAsset) UnpackInvalidContributorError(raw []byte) (*DataAssetInvalidContributor, error) {
	out := new(DataAssetInvalidContributor)
	if err := dataAsset.abi.UnpackIntoInterface(out, "InvalidContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetInvalidContributorCount represents a InvalidContributorCount error raised by the DataAsset contract.
type DataAssetInvalidContributorCount struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidContributorCount(uint256 count)
func DataAssetInvalidContributorCountErrorID() common.Hash {
	return common.HexToHash("0x46e3844a6c86bac6ff1d2da3105897e2c03170e7c0d1d521e05cf71632d351c3")
}

// UnpackInvalidContributorCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidContributorCount(uint256 count)
func (dataAsset *DataAsset) UnpackInvalidContributorCountError(raw []byte) (*DataAssetInvalidContributorCount, error) {
	out := new(DataAssetInvalidContributorCount)
	if err := dataAsset.abi.UnpackIntoInterface(out, "InvalidContributorCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetNotDatasetOwner represents a NotDatasetOwner error raised by the DataAsset contract.
type DataAssetNotDatasetOwner struct {
	DatasetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatasetOwner(uint256 datasetId, address caller)
func DataAssetNotDatasetOwnerErrorID() common.Hash {
	return common.HexToHash("0x55c570826f7a2de708d5db11d0cff85668fc1b3c4affc90bfe0ac828f5a61398")
}

// UnpackNotDatasetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatasetOwner(uint256 datasetId, address caller)
func (dataAsset *DataAsset) UnpackNotDatasetOwnerError(raw []byte) (*DataAssetNotDatasetOwner, error) {
	out := new(DataAssetNotDatasetOwner)
	if err := dataAsset.abi.UnpackIntoInterface(out, "NotDatasetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataAssetSharesNotComplete represents a SharesNotComplete error raised by the DataAsset contract.
type DataAssetSharesNotComplete struct {
	Total *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SharesNotComplete(uint256 total)
func DataAssetSharesNotCompleteErrorID() common.Hash {
	return common.HexToHash("0xe4bf049b5f6e7c8027461451c06342b01f2125083df45c3ffcc08b1d55bf5fdc")
}

// UnpackSharesNotCompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SharesNotComplete(uint256 total)
func (dataAsset *DataAsset) UnpackSharesNotCompleteError(raw []byte) (*DataAssetSharesNotComplete, error) {
	out := new(DataAssetSharesNotComplete)
	if err := dataAsset.abi.UnpackIntoInterface(out, "SharesNotComplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}
