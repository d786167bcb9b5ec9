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

// AssetRegistryAsset is an auto generated low-level Go binding around an user-defined struct.
type AssetRegistryAsset struct {
	AssetClass   uint8
	Status       uint8
	Frozen       bool
	RegisteredAt uint64
	ConfirmedAt  uint64
	DocumentHash [32]byte
	ExternalId   [32]byte
	FreezeReason [32]byte
	MetadataURI  string
}

// AssetRegistryAttestation is an auto generated low-level Go binding around an user-defined struct.
type AssetRegistryAttestation struct {
	Attester  common.Address
	Timestamp uint64
	ClaimHash [32]byte
	Uri       string
}

// AssetRegistryMetaData contains all meta data concerning the AssetRegistry contract.
var AssetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"AssetIsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"AssetNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AttestationOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyDocumentHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumAssetRegistry.AssetClass\",\"name\":\"assetClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"externalId\",\"type\":\"bytes32\"}],\"name\":\"ExternalIdTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"enumAssetRegistry.Status\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"InvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotOwnerOrRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"UnknownAsset\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"enumAssetRegistry.AssetClass\",\"name\":\"assetClass\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"externalId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"registeredBy\",\"type\":\"address\"}],\"name\":\"AssetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"regulator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"RegistrationRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"RightsConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"regulator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"Unfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGULATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"asset\",\"outputs\":[{\"components\":[{\"internalType\":\"enumAssetRegistry.AssetClass\",\"name\":\"assetClass\",\"type\":\"uint8\"},{\"internalType\":\"enumAssetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"externalId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"freezeReason\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"internalType\":\"structAssetRegistry.Asset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumAssetRegistry.AssetClass\",\"name\":\"assetClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"externalId\",\"type\":\"bytes32\"}],\"name\":\"assetByExternalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"attestation\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structAssetRegistry.Attestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"attestationCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"confirmRights\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"isTransferable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"enumAssetRegistry.AssetClass\",\"name\":\"assetClass\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"externalId\",\"type\":\"bytes32\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"rejectRegistration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"unfreeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AssetRegistry",
	Bin: "0x60806040526001600855348015610014575f5ffd5b5060405161291b38038061291b83398101604081905261003391610159565b6040518060400160405280601081526020016f161a585b99d8da185a5b88105cdcd95d60821b81525060405180604001604052806006815260200165161054d4d15560d21b815250815f90816100899190610229565b5060016100968282610229565b506100a591505f9050826100ac565b50506102e7565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff16610150575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101083390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610153565b505f5b92915050565b5f60208284031215610169575f5ffd5b81516001600160a01b038116811461017f575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101ae57607f821691505b6020821081036101cc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610224578282111561022457805f5260205f20601f840160051c60208510156101fd57505f5b90810190601f840160051c035f5b81811015610220575f8382015560010161020b565b5050505b505050565b81516001600160401b0381111561024257610242610186565b61025681610250845461019a565b846101d2565b6020601f821160018114610288575f83156102715750848201515b5f19600385901b1c1916600184901b1784556102e0565b5f84815260208120601f198516915b828110156102b75787850151825560209485019460019092019101610297565b50848210156102d457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b612627806102f45f395ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c806370a082311161012a578063b2564569116100b4578063da9a284211610079578063da9a2842146104e9578063e33e1bbf146104fc578063e63ab1e91461050f578063e985e9c514610536578063f68e955314610549575f5ffd5b8063b25645691461048a578063b88d4fde1461049d578063c87b56dd146104b0578063cf72818f146104c3578063d547741f146104d6575f5ffd5b806391d14854116100fa57806391d148541461043557806395d89b4114610448578063a217fddf14610450578063a22cb46514610457578063b0a4f32f1461046a575f5ffd5b806370a08231146103db5780638456cb59146103ee5780638ea06f81146103f657806390dd411c14610416575f5ffd5b80632f2ff15d116101ab57806342842e0e1161017b57806342842e0e1461038457806345773a481461039757806351d77826146103aa5780635c975abb146103bd5780636352211e146103c8575f5ffd5b80632f2ff15d1461032f5780632f81bb581461034257806336568abe146103695780633f4ba83a1461037c575f5ffd5b8063144bf589116101f1578063144bf5891461029f5780631f9b99d9146102d457806323b872dd146102e7578063248a9ca3146102fa578063274898c41461031c575f5ffd5b806301ffc9a71461022257806306fdde031461024a578063081812fc1461025f578063095ea7b31461028a575b5f5ffd5b610235610230366004611da5565b61055d565b60405190151581526020015b60405180910390f35b61025261056d565b6040516102419190611dee565b61027261026d366004611e00565b6105fc565b6040516001600160a01b039091168152602001610241565b61029d610298366004611e2d565b610623565b005b6102c67f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e681565b604051908152602001610241565b61029d6102e2366004611e99565b610632565b61029d6102f5366004611ee7565b6107f8565b6102c6610308366004611e00565b5f9081526006602052604090206001015490565b6102c661032a366004611f2f565b610881565b61029d61033d366004611f49565b6108cd565b6102c67fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa981565b61029d610377366004611f49565b6108f1565b61029d610929565b61029d610392366004611ee7565b61095e565b61029d6103a5366004611f73565b610978565b6102c66103b8366004611f93565b610a46565b60075460ff16610235565b6102726103d6366004611e00565b610c70565b6102c66103e9366004612004565b610c7a565b61029d610cbf565b610409610404366004611e00565b610cf1565b6040516102419190612055565b6102c6610424366004611e00565b5f908152600a602052604090205490565b610235610443366004611f49565b610eb4565b610252610ede565b6102c65f81565b61029d6104653660046120ed565b610eed565b61047d610478366004611f73565b610ef8565b6040516102419190612126565b610235610498366004611e00565b611050565b61029d6104ab366004612183565b611096565b6102526104be366004611e00565b6110ae565b61029d6104d1366004611f73565b611158565b61029d6104e4366004611f49565b61124f565b61029d6104f7366004611f73565b611273565b61029d61050a366004611e00565b611319565b6102c67f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61023561054436600461225d565b6113a7565b6102c65f5160206125d25f395f51905f5281565b5f610567826113d4565b92915050565b60605f805461057b90612285565b80601f01602080910402602001604051908101604052809291908181526020018280546105a790612285565b80156105f25780601f106105c9576101008083540402835291602001916105f2565b820191905f5260205f20905b8154815290600101906020018083116105d557829003601f168201915b5050505050905090565b5f610606826113f8565b505f828152600460205260409020546001600160a01b0316610567565b61062e828233611430565b5050565b7fca77cd8f9856ef5fcd36f6b15bf469fe216c2f9114f60dd031f0a2b97b67aaa961065c8161143d565b610664611447565b5f61066e8661146d565b905060038154610100900460ff16600381111561068d5761068d61201d565b036106c25780546040516301f6ee9360e21b81526106b991889161010090910460ff16906004016122bd565b60405180910390fd5b5f868152600a602090815260409182902082516080810184523381526001600160401b034216818401528084018990528351601f88018490048402810184019094528684529092839260608301919089908990819084018382808284375f92018290525093909452505083546001818101865594825260209182902084516003909202018054928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039092169190911791909117815560408301519381019390935550606081015190919060028201906107a0908261231f565b505081543391506107b3906001906123ed565b887fb01d2f5fca3d21cac374f83e113738636aa0537dad3b5326cb32ee1e1d416bac8989896040516107e793929190612428565b60405180910390a450505050505050565b6001600160a01b03821661082157604051633250574960e11b81525f60048201526024016106b9565b5f61082d8383336114bc565b9050836001600160a01b0316816001600160a01b03161461087b576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016106b9565b50505050565b5f600b5f8460058111156108975761089761201d565b60058111156108a8576108a861201d565b81526020019081526020015f205f8381526020019081526020015f2054905092915050565b5f828152600660205260409020600101546108e78161143d565b61087b838361158f565b6001600160a01b038116331461091a5760405163334bd91960e11b815260040160405180910390fd5b6109248282611620565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6109538161143d565b61095b61168b565b50565b61092483838360405180602001604052805f815250611096565b5f5160206125d25f395f51905f5261098f8161143d565b610997611447565b5f6109a1846116dd565b805461030061ff00198216178255909150600b905f9060ff1660058111156109cb576109cb61201d565b60058111156109dc576109dc61201d565b81526020019081526020015f205f826002015481526020019081526020015f205f9055610a0884611732565b604051838152339085907f10ac5b366c5116f538f851ce547c5923ff9504b7eb9b37a6cb1fd04f49dcf503906020015b60405180910390a350505050565b5f610a4f611447565b336001600160a01b03881614801590610a7c5750610a7a5f5160206125d25f395f51905f5233610eb4565b155b15610aab5760405163cfc8c02360e01b81523360048201526001600160a01b03881660248201526044016106b9565b84610ac957604051632218812360e01b815260040160405180910390fd5b600b5f876005811115610ade57610ade61201d565b6005811115610aef57610aef61201d565b81526020019081526020015f205f8381526020019081526020015f20545f14610b2f578582604051639bab61cd60e01b81526004016106b9929190612441565b60088054905f610b3e8361245c565b91905055905080600b5f886005811115610b5a57610b5a61201d565b6005811115610b6b57610b6b61201d565b815260208082019290925260409081015f9081208682528352818120939093558383526009909152902080548790829060ff19166001836005811115610bb357610bb361201d565b021790555080546001600160401b0342166301000000026affffffffffffffff00ff001990911617610100178155600181018690556002810183905560048101610bfe858783612474565b50866005811115610c1157610c1161201d565b886001600160a01b0316837f13f5e26c8fbd49c14bc5805a3f6d7446aa3c8b94e152ebac33939c457f8e7a7389878a8a33604051610c5395949392919061252d565b60405180910390a4610c65888361176a565b509695505050505050565b5f610567826113f8565b5f6001600160a01b038216610ca4576040516322718ad960e21b81525f60048201526024016106b9565b506001600160a01b03165f9081526003602052604090205490565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610ce98161143d565b61095b611783565b610d4d604080516101208101909152805f81526020015f81526020015f151581526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f8152602001606081525090565b610d568261146d565b6040805161012081019091528154909190829060ff166005811115610d7d57610d7d61201d565b6005811115610d8e57610d8e61201d565b81528154602090910190610100900460ff166003811115610db157610db161201d565b6003811115610dc257610dc261201d565b8152815460ff62010000820416151560208301526001600160401b036301000000820481166040840152600160581b90910416606082015260018201546080820152600282015460a0820152600382015460c082015260048201805460e090920191610e2d90612285565b80601f0160208091040260200160405190810160405280929190818152602001828054610e5990612285565b8015610ea45780601f10610e7b57610100808354040283529160200191610ea4565b820191905f5260205f20905b815481529060010190602001808311610e8757829003601f168201915b5050505050815250509050919050565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606001805461057b90612285565b61062e3383836117c0565b604080516080810182525f80825260208201819052918101919091526060808201525f838152600a6020526040902080548310610f525760405163e93ed0c160e01b815260048101859052602481018490526044016106b9565b808381548110610f6457610f64612566565b5f91825260209182902060408051608081018252600390930290910180546001600160a01b03811684526001600160401b03600160a01b9091041693830193909352600183015490820152600282018054919291606084019190610fc790612285565b80601f0160208091040260200160405190810160405280929190818152602001828054610ff390612285565b801561103e5780601f106110155761010080835404028352916020019161103e565b820191905f5260205f20905b81548152906001019060200180831161102157829003601f168201915b50505050508152505091505092915050565b5f81815260096020526040812060028154610100900460ff16600381111561107a5761107a61201d565b14801561108f5750805462010000900460ff16155b9392505050565b6110a18484846107f8565b61087b3385858585611887565b60606110b9826113f8565b505f82815260096020526040902060040180546110d590612285565b80601f016020809104026020016040519081016040528092919081815260200182805461110190612285565b801561114c5780601f106111235761010080835404028352916020019161114c565b820191905f5260205f20905b81548152906001019060200180831161112f57829003601f168201915b50505050509050919050565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e66111828161143d565b5f61118c8461146d565b905060028154610100900460ff1660038111156111ab576111ab61201d565b146111d75780546040516301f6ee9360e21b81526106b991869161010090910460ff16906004016122bd565b805462010000900460ff16156112035760405163e218b11b60e01b8152600481018590526024016106b9565b805462ff000019166201000017815560038101839055604051339085907f858f9de2e0c360c592b126d78322a6e4ae38d74d031fe9448fdc8567a45427c490610a389087815260200190565b5f828152600660205260409020600101546112698161143d565b61087b8383611620565b7f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e661129d8161143d565b5f6112a78461146d565b805490915062010000900460ff166112d557604051630b47665760e41b8152600481018590526024016106b9565b805462ff0000191681555f6003820155604051838152339085907fe39dda7fe77b1bb0d96849922f08ae2fbf3d003cac0651fdba3a6089d28888a890602001610a38565b5f5160206125d25f395f51905f526113308161143d565b611338611447565b5f611342836116dd565b80546001600160401b034216600160581b0272ffffffffffffffff000000000000000000ff001990911617610200178155604051909150339084907f7dac04d712d0dc3a42a1d1534b0ff85c7a7c6a18e62720433540992b85d7b0cc905f90a3505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b03198216637965db0b60e01b14806105675750610567826119af565b5f818152600260205260408120546001600160a01b03168061056757604051637e27328960e01b8152600481018490526024016106b9565b61092483838360016119fe565b61095b8133611b02565b60075460ff161561146b5760405163d93c066560e01b815260040160405180910390fd5b565b5f818152600960205260408120908154610100900460ff1660038111156114965761149661201d565b036114b75760405163659f13b960e11b8152600481018390526024016106b9565b919050565b5f828152600260205260408120546001600160a01b031680158015906114ea57506001600160a01b03851615155b1561157b576114f7611447565b5f848152600960205260409020805462010000900460ff16156115305760405163e218b11b60e01b8152600481018690526024016106b9565b60028154610100900460ff16600381111561154d5761154d61201d565b146115795780546040516301f6ee9360e21b81526106b991879161010090910460ff16906004016122bd565b505b611586858585611b3b565b95945050505050565b5f61159a8383610eb4565b611619575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556115d13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610567565b505f610567565b5f61162b8383610eb4565b15611619575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610567565b611693611c2d565b6007805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f6116e78261146d565b905060018154610100900460ff1660038111156117065761170661201d565b146114b75780546040516301f6ee9360e21b81526106b991849161010090910460ff16906004016122bd565b5f61173e5f835f6114bc565b90506001600160a01b03811661062e57604051637e27328960e01b8152600481018390526024016106b9565b61062e828260405180602001604052805f815250611c50565b61178b611447565b6007805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586116c03390565b6001600160a01b0383166117e95760405163a9fbf51f60e01b81525f60048201526024016106b9565b6001600160a01b03821661181b57604051630b61174360e31b81526001600160a01b03831660048201526024016106b9565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b156119a857604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906118c990889088908790879060040161257a565b6020604051808303815f875af1925050508015611903575060408051601f3d908101601f19168201909252611900918101906125b6565b60015b61196a573d808015611930576040519150601f19603f3d011682016040523d82523d5f602084013e611935565b606091505b5080515f0361196257604051633250574960e11b81526001600160a01b03851660048201526024016106b9565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146119a657604051633250574960e11b81526001600160a01b03851660048201526024016106b9565b505b5050505050565b5f6001600160e01b031982166380ac58cd60e01b14806119df57506001600160e01b03198216635b5e139f60e01b145b8061056757506301ffc9a760e01b6001600160e01b0319831614610567565b8080611a1257506001600160a01b03821615155b15611ad3575f611a21846113f8565b90506001600160a01b03831615801590611a4d5750826001600160a01b0316816001600160a01b031614155b8015611a605750611a5e81846113a7565b155b15611a895760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016106b9565b8115611ad15783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b611b0c8282610eb4565b61062e5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016106b9565b5f828152600260205260408120546001600160a01b0390811690831615611b6757611b67818486611c67565b6001600160a01b03811615611ba157611b825f855f5f6119fe565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611bcf576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60075460ff1661146b57604051638dfc202b60e01b815260040160405180910390fd5b611c5a8383611ccb565b610924335f858585611887565b611c72838383611d2c565b610924576001600160a01b038316611ca057604051637e27328960e01b8152600481018290526024016106b9565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016106b9565b6001600160a01b038216611cf457604051633250574960e11b81525f60048201526024016106b9565b5f611d0083835f6114bc565b90506001600160a01b03811615610924576040516339e3563760e11b81525f60048201526024016106b9565b5f6001600160a01b03831615801590611d885750826001600160a01b0316846001600160a01b03161480611d655750611d6584846113a7565b80611d8857505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b03198116811461095b575f5ffd5b5f60208284031215611db5575f5ffd5b813561108f81611d90565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61108f6020830184611dc0565b5f60208284031215611e10575f5ffd5b5035919050565b80356001600160a01b03811681146114b7575f5ffd5b5f5f60408385031215611e3e575f5ffd5b611e4783611e17565b946020939093013593505050565b5f5f83601f840112611e65575f5ffd5b5081356001600160401b03811115611e7b575f5ffd5b602083019150836020828501011115611e92575f5ffd5b9250929050565b5f5f5f5f60608587031215611eac575f5ffd5b843593506020850135925060408501356001600160401b03811115611ecf575f5ffd5b611edb87828801611e55565b95989497509550505050565b5f5f5f60608486031215611ef9575f5ffd5b611f0284611e17565b9250611f1060208501611e17565b929592945050506040919091013590565b8035600681106114b7575f5ffd5b5f5f60408385031215611f40575f5ffd5b611e4783611f21565b5f5f60408385031215611f5a575f5ffd5b82359150611f6a60208401611e17565b90509250929050565b5f5f60408385031215611f84575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60a08789031215611fa8575f5ffd5b611fb187611e17565b9550611fbf60208801611f21565b94506040870135935060608701356001600160401b03811115611fe0575f5ffd5b611fec89828a01611e55565b979a9699509497949695608090950135949350505050565b5f60208284031215612014575f5ffd5b61108f82611e17565b634e487b7160e01b5f52602160045260245ffd5b600681106120415761204161201d565b9052565b600481106120415761204161201d565b60208152612067602082018351612031565b5f602083015161207a6040840182612045565b50604083015180151560608401525060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a083015160c083015260c083015160e083015260e083015161010083015261010083015161012080840152611d88610140840182611dc0565b5f5f604083850312156120fe575f5ffd5b61210783611e17565b91506020830135801515811461211b575f5ffd5b809150509250929050565b6020815260018060a01b0382511660208201526001600160401b036020830151166040820152604082015160608201525f6060830151608080840152611d8860a0840182611dc0565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215612196575f5ffd5b61219f85611e17565b93506121ad60208601611e17565b92506040850135915060608501356001600160401b038111156121ce575f5ffd5b8501601f810187136121de575f5ffd5b80356001600160401b038111156121f7576121f761216f565b604051601f8201601f19908116603f011681016001600160401b03811182821017156122255761222561216f565b60405281815282820160200189101561223c575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f6040838503121561226e575f5ffd5b61227783611e17565b9150611f6a60208401611e17565b600181811c9082168061229957607f821691505b6020821081036122b757634e487b7160e01b5f52602260045260245ffd5b50919050565b8281526040810161108f6020830184612045565b601f821115610924578282111561092457805f5260205f20601f840160051c60208510156122fc57505f5b90810190601f840160051c035f5b818110156119a6575f8382015560010161230a565b81516001600160401b038111156123385761233861216f565b61234c816123468454612285565b846122d1565b6020601f82116001811461237e575f83156123675750848201515b5f19600385901b1c1916600184901b1784556119a8565b5f84815260208120601f198516915b828110156123ad578785015182556020948501946001909201910161238d565b50848210156123ca57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610567576105676123d9565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f611586604083018486612400565b6040810161244f8285612031565b8260208301529392505050565b5f6001820161246d5761246d6123d9565b5060010190565b6001600160401b0383111561248b5761248b61216f565b61249f836124998354612285565b836122d1565b5f601f8411600181146124d0575f85156124b95750838201355b5f19600387901b1c1916600186901b1783556119a8565b5f83815260208120601f198716915b828110156124ff57868501358255602094850194600190920191016124df565b508682101561251b575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b858152846020820152608060408201525f61254c608083018587612400565b905060018060a01b03831660608301529695505050505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906125ac90830184611dc0565b9695505050505050565b5f602082840312156125c6575f5ffd5b815161108f81611d9056feedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a26469706673582212203c741c974e945f10333864105204733eba2444263950561e94b8cdfb9dfd388f64736f6c63430008250033",
}

// AssetRegistry is an auto generated Go binding around an Ethereum contract.
type AssetRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAssetRegistry creates a new instance of AssetRegistry.
func NewAssetRegistry() *AssetRegistry {
	parsed, err := AssetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (assetRegistry *AssetRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f81bb58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackATTESTERROLE() []byte {
	enc, err := assetRegistry.abi.Pack("ATTESTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f81bb58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackATTESTERROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("ATTESTER_ROLE")
}

// UnpackATTESTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f81bb58.
//
// Solidity: function ATTESTER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackATTESTERROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("ATTESTER_ROLE", data)
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
func (assetRegistry *AssetRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := assetRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (assetRegistry *AssetRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (assetRegistry *AssetRegistry) PackPAUSERROLE() []byte {
	enc, err := assetRegistry.abi.Pack("PAUSER_ROLE")
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
func (assetRegistry *AssetRegistry) TryPackPAUSERROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackREGISTRARROLE() []byte {
	enc, err := assetRegistry.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackREGISTRARROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGULATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x144bf589.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) PackREGULATORROLE() []byte {
	enc, err := assetRegistry.abi.Pack("REGULATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGULATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x144bf589.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) TryPackREGULATORROLE() ([]byte, error) {
	return assetRegistry.abi.Pack("REGULATOR_ROLE")
}

// UnpackREGULATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x144bf589.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackREGULATORROLE(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("REGULATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("approve", to, tokenId)
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
func (assetRegistry *AssetRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("approve", to, tokenId)
}

// PackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea06f81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asset(uint256 assetId) view returns((uint8,uint8,bool,uint64,uint64,bytes32,bytes32,bytes32,string))
func (assetRegistry *AssetRegistry) PackAsset(assetId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("asset", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea06f81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asset(uint256 assetId) view returns((uint8,uint8,bool,uint64,uint64,bytes32,bytes32,bytes32,string))
func (assetRegistry *AssetRegistry) TryPackAsset(assetId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("asset", assetId)
}

// UnpackAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ea06f81.
//
// Solidity: function asset(uint256 assetId) view returns((uint8,uint8,bool,uint64,uint64,bytes32,bytes32,bytes32,string))
func (assetRegistry *AssetRegistry) UnpackAsset(data []byte) (AssetRegistryAsset, error) {
	out, err := assetRegistry.abi.Unpack("asset", data)
	if err != nil {
		return *new(AssetRegistryAsset), err
	}
	out0 := *abi.ConvertType(out[0], new(AssetRegistryAsset)).(*AssetRegistryAsset)
	return out0, nil
}

// PackAssetByExternalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274898c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assetByExternalId(uint8 assetClass, bytes32 externalId) view returns(uint256)
func (assetRegistry *AssetRegistry) PackAssetByExternalId(assetClass uint8, externalId [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("assetByExternalId", assetClass, externalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssetByExternalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274898c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assetByExternalId(uint8 assetClass, bytes32 externalId) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackAssetByExternalId(assetClass uint8, externalId [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("assetByExternalId", assetClass, externalId)
}

// UnpackAssetByExternalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x274898c4.
//
// Solidity: function assetByExternalId(uint8 assetClass, bytes32 externalId) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackAssetByExternalId(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("assetByExternalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f9b99d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(uint256 assetId, bytes32 claimHash, string uri) returns()
func (assetRegistry *AssetRegistry) PackAttest(assetId *big.Int, claimHash [32]byte, uri string) []byte {
	enc, err := assetRegistry.abi.Pack("attest", assetId, claimHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f9b99d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(uint256 assetId, bytes32 claimHash, string uri) returns()
func (assetRegistry *AssetRegistry) TryPackAttest(assetId *big.Int, claimHash [32]byte, uri string) ([]byte, error) {
	return assetRegistry.abi.Pack("attest", assetId, claimHash, uri)
}

// PackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a4f32f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestation(uint256 assetId, uint256 index) view returns((address,uint64,bytes32,string))
func (assetRegistry *AssetRegistry) PackAttestation(assetId *big.Int, index *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("attestation", assetId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a4f32f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestation(uint256 assetId, uint256 index) view returns((address,uint64,bytes32,string))
func (assetRegistry *AssetRegistry) TryPackAttestation(assetId *big.Int, index *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("attestation", assetId, index)
}

// UnpackAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0a4f32f.
//
// Solidity: function attestation(uint256 assetId, uint256 index) view returns((address,uint64,bytes32,string))
func (assetRegistry *AssetRegistry) UnpackAttestation(data []byte) (AssetRegistryAttestation, error) {
	out, err := assetRegistry.abi.Unpack("attestation", data)
	if err != nil {
		return *new(AssetRegistryAttestation), err
	}
	out0 := *abi.ConvertType(out[0], new(AssetRegistryAttestation)).(*AssetRegistryAttestation)
	return out0, nil
}

// PackAttestationCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90dd411c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationCount(uint256 assetId) view returns(uint256)
func (assetRegistry *AssetRegistry) PackAttestationCount(assetId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("attestationCount", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90dd411c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationCount(uint256 assetId) view returns(uint256)
func (assetRegistry *AssetRegistry) TryPackAttestationCount(assetId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("attestationCount", assetId)
}

// UnpackAttestationCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90dd411c.
//
// Solidity: function attestationCount(uint256 assetId) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackAttestationCount(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("attestationCount", data)
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
// Solidity: function balanceOf(address owner) view returns(uint256)
func (assetRegistry *AssetRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("balanceOf", owner)
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
func (assetRegistry *AssetRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (assetRegistry *AssetRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfirmRights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33e1bbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmRights(uint256 assetId) returns()
func (assetRegistry *AssetRegistry) PackConfirmRights(assetId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("confirmRights", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmRights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe33e1bbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmRights(uint256 assetId) returns()
func (assetRegistry *AssetRegistry) TryPackConfirmRights(assetId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("confirmRights", assetId)
}

// PackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf72818f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeze(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) PackFreeze(assetId *big.Int, reasonHash [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("freeze", assetId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf72818f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeze(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) TryPackFreeze(assetId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("freeze", assetId, reasonHash)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("getApproved", tokenId)
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
func (assetRegistry *AssetRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("getApproved", data)
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
func (assetRegistry *AssetRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("getRoleAdmin", role)
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
func (assetRegistry *AssetRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetRegistry *AssetRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetRegistry.abi.Unpack("getRoleAdmin", data)
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
func (assetRegistry *AssetRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("grantRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetRegistry *AssetRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("hasRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("hasRole", data)
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
func (assetRegistry *AssetRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("isApprovedForAll", owner, operator)
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
func (assetRegistry *AssetRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsTransferable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2564569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTransferable(uint256 assetId) view returns(bool)
func (assetRegistry *AssetRegistry) PackIsTransferable(assetId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("isTransferable", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTransferable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2564569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTransferable(uint256 assetId) view returns(bool)
func (assetRegistry *AssetRegistry) TryPackIsTransferable(assetId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("isTransferable", assetId)
}

// UnpackIsTransferable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2564569.
//
// Solidity: function isTransferable(uint256 assetId) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackIsTransferable(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("isTransferable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetRegistry *AssetRegistry) PackName() []byte {
	enc, err := assetRegistry.abi.Pack("name")
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
func (assetRegistry *AssetRegistry) TryPackName() ([]byte, error) {
	return assetRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetRegistry *AssetRegistry) UnpackName(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("name", data)
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
func (assetRegistry *AssetRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("ownerOf", tokenId)
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
func (assetRegistry *AssetRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (assetRegistry *AssetRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := assetRegistry.abi.Unpack("ownerOf", data)
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
func (assetRegistry *AssetRegistry) PackPause() []byte {
	enc, err := assetRegistry.abi.Pack("pause")
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
func (assetRegistry *AssetRegistry) TryPackPause() ([]byte, error) {
	return assetRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetRegistry *AssetRegistry) PackPaused() []byte {
	enc, err := assetRegistry.abi.Pack("paused")
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
func (assetRegistry *AssetRegistry) TryPackPaused() ([]byte, error) {
	return assetRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetRegistry *AssetRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51d77826.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(address owner, uint8 assetClass, bytes32 documentHash, string metadataURI, bytes32 externalId) returns(uint256 assetId)
func (assetRegistry *AssetRegistry) PackRegister(owner common.Address, assetClass uint8, documentHash [32]byte, metadataURI string, externalId [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("register", owner, assetClass, documentHash, metadataURI, externalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51d77826.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(address owner, uint8 assetClass, bytes32 documentHash, string metadataURI, bytes32 externalId) returns(uint256 assetId)
func (assetRegistry *AssetRegistry) TryPackRegister(owner common.Address, assetClass uint8, documentHash [32]byte, metadataURI string, externalId [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("register", owner, assetClass, documentHash, metadataURI, externalId)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51d77826.
//
// Solidity: function register(address owner, uint8 assetClass, bytes32 documentHash, string metadataURI, bytes32 externalId) returns(uint256 assetId)
func (assetRegistry *AssetRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := assetRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRejectRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45773a48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectRegistration(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) PackRejectRegistration(assetId *big.Int, reasonHash [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("rejectRegistration", assetId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectRegistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45773a48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectRegistration(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) TryPackRejectRegistration(assetId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("rejectRegistration", assetId, reasonHash)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetRegistry *AssetRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (assetRegistry *AssetRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (assetRegistry *AssetRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetRegistry.abi.Pack("revokeRole", role, account)
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
func (assetRegistry *AssetRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetRegistry.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (assetRegistry *AssetRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (assetRegistry *AssetRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (assetRegistry *AssetRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := assetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (assetRegistry *AssetRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return assetRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (assetRegistry *AssetRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := assetRegistry.abi.Pack("setApprovalForAll", operator, approved)
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
func (assetRegistry *AssetRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return assetRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetRegistry *AssetRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (assetRegistry *AssetRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetRegistry *AssetRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetRegistry.abi.Unpack("supportsInterface", data)
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
func (assetRegistry *AssetRegistry) PackSymbol() []byte {
	enc, err := assetRegistry.abi.Pack("symbol")
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
func (assetRegistry *AssetRegistry) TryPackSymbol() ([]byte, error) {
	return assetRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetRegistry *AssetRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("symbol", data)
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
// Solidity: function tokenURI(uint256 assetId) view returns(string)
func (assetRegistry *AssetRegistry) PackTokenURI(assetId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("tokenURI", assetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 assetId) view returns(string)
func (assetRegistry *AssetRegistry) TryPackTokenURI(assetId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("tokenURI", assetId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 assetId) view returns(string)
func (assetRegistry *AssetRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := assetRegistry.abi.Unpack("tokenURI", data)
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
func (assetRegistry *AssetRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := assetRegistry.abi.Pack("transferFrom", from, to, tokenId)
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
func (assetRegistry *AssetRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return assetRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUnfreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda9a2842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreeze(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) PackUnfreeze(assetId *big.Int, reasonHash [32]byte) []byte {
	enc, err := assetRegistry.abi.Pack("unfreeze", assetId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda9a2842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreeze(uint256 assetId, bytes32 reasonHash) returns()
func (assetRegistry *AssetRegistry) TryPackUnfreeze(assetId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return assetRegistry.abi.Pack("unfreeze", assetId, reasonHash)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (assetRegistry *AssetRegistry) PackUnpause() []byte {
	enc, err := assetRegistry.abi.Pack("unpause")
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
func (assetRegistry *AssetRegistry) TryPackUnpause() ([]byte, error) {
	return assetRegistry.abi.Pack("unpause")
}

// AssetRegistryApproval represents a Approval event raised by the AssetRegistry contract.
type AssetRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetRegistryApproval) ContractEventName() string {
	return AssetRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (assetRegistry *AssetRegistry) UnpackApprovalEvent(log *types.Log) (*AssetRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryApproval)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryApprovalForAll represents a ApprovalForAll event raised by the AssetRegistry contract.
type AssetRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AssetRegistryApprovalForAll) ContractEventName() string {
	return AssetRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (assetRegistry *AssetRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AssetRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryAssetRegistered represents a AssetRegistered event raised by the AssetRegistry contract.
type AssetRegistryAssetRegistered struct {
	AssetId      *big.Int
	Owner        common.Address
	AssetClass   uint8
	DocumentHash [32]byte
	ExternalId   [32]byte
	MetadataURI  string
	RegisteredBy common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetRegistryAssetRegisteredEventName = "AssetRegistered"

// ContractEventName returns the user-defined event name.
func (AssetRegistryAssetRegistered) ContractEventName() string {
	return AssetRegistryAssetRegisteredEventName
}

// UnpackAssetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AssetRegistered(uint256 indexed assetId, address indexed owner, uint8 indexed assetClass, bytes32 documentHash, bytes32 externalId, string metadataURI, address registeredBy)
func (assetRegistry *AssetRegistry) UnpackAssetRegisteredEvent(log *types.Log) (*AssetRegistryAssetRegistered, error) {
	event := "AssetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryAssetRegistered)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryAttested represents a Attested event raised by the AssetRegistry contract.
type AssetRegistryAttested struct {
	AssetId   *big.Int
	Index     *big.Int
	Attester  common.Address
	ClaimHash [32]byte
	Uri       string
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetRegistryAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (AssetRegistryAttested) ContractEventName() string {
	return AssetRegistryAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(uint256 indexed assetId, uint256 indexed index, address indexed attester, bytes32 claimHash, string uri)
func (assetRegistry *AssetRegistry) UnpackAttestedEvent(log *types.Log) (*AssetRegistryAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryAttested)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryFrozen represents a Frozen event raised by the AssetRegistry contract.
type AssetRegistryFrozen struct {
	AssetId    *big.Int
	Regulator  common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetRegistryFrozen) ContractEventName() string {
	return AssetRegistryFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(uint256 indexed assetId, address indexed regulator, bytes32 reasonHash)
func (assetRegistry *AssetRegistry) UnpackFrozenEvent(log *types.Log) (*AssetRegistryFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryFrozen)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryPaused represents a Paused event raised by the AssetRegistry contract.
type AssetRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetRegistryPaused) ContractEventName() string {
	return AssetRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetRegistry *AssetRegistry) UnpackPausedEvent(log *types.Log) (*AssetRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryPaused)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRegistrationRejected represents a RegistrationRejected event raised by the AssetRegistry contract.
type AssetRegistryRegistrationRejected struct {
	AssetId    *big.Int
	Registrar  common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRegistrationRejectedEventName = "RegistrationRejected"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRegistrationRejected) ContractEventName() string {
	return AssetRegistryRegistrationRejectedEventName
}

// UnpackRegistrationRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RegistrationRejected(uint256 indexed assetId, address indexed registrar, bytes32 reasonHash)
func (assetRegistry *AssetRegistry) UnpackRegistrationRejectedEvent(log *types.Log) (*AssetRegistryRegistrationRejected, error) {
	event := "RegistrationRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRegistrationRejected)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRightsConfirmed represents a RightsConfirmed event raised by the AssetRegistry contract.
type AssetRegistryRightsConfirmed struct {
	AssetId   *big.Int
	Registrar common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRightsConfirmedEventName = "RightsConfirmed"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRightsConfirmed) ContractEventName() string {
	return AssetRegistryRightsConfirmedEventName
}

// UnpackRightsConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RightsConfirmed(uint256 indexed assetId, address indexed registrar)
func (assetRegistry *AssetRegistry) UnpackRightsConfirmedEvent(log *types.Log) (*AssetRegistryRightsConfirmed, error) {
	event := "RightsConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRightsConfirmed)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the AssetRegistry contract.
type AssetRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleAdminChanged) ContractEventName() string {
	return AssetRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetRegistry *AssetRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleGranted represents a RoleGranted event raised by the AssetRegistry contract.
type AssetRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleGranted) ContractEventName() string {
	return AssetRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetRegistry *AssetRegistry) UnpackRoleGrantedEvent(log *types.Log) (*AssetRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryRoleRevoked represents a RoleRevoked event raised by the AssetRegistry contract.
type AssetRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetRegistryRoleRevoked) ContractEventName() string {
	return AssetRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetRegistry *AssetRegistry) UnpackRoleRevokedEvent(log *types.Log) (*AssetRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryTransfer represents a Transfer event raised by the AssetRegistry contract.
type AssetRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetRegistryTransfer) ContractEventName() string {
	return AssetRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (assetRegistry *AssetRegistry) UnpackTransferEvent(log *types.Log) (*AssetRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryTransfer)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryUnfrozen represents a Unfrozen event raised by the AssetRegistry contract.
type AssetRegistryUnfrozen struct {
	AssetId    *big.Int
	Regulator  common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetRegistryUnfrozenEventName = "Unfrozen"

// ContractEventName returns the user-defined event name.
func (AssetRegistryUnfrozen) ContractEventName() string {
	return AssetRegistryUnfrozenEventName
}

// UnpackUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unfrozen(uint256 indexed assetId, address indexed regulator, bytes32 reasonHash)
func (assetRegistry *AssetRegistry) UnpackUnfrozenEvent(log *types.Log) (*AssetRegistryUnfrozen, error) {
	event := "Unfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryUnfrozen)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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

// AssetRegistryUnpaused represents a Unpaused event raised by the AssetRegistry contract.
type AssetRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetRegistryUnpaused) ContractEventName() string {
	return AssetRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetRegistry *AssetRegistry) UnpackUnpausedEvent(log *types.Log) (*AssetRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := assetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetRegistry.abi.Events[event].Inputs {
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
func (assetRegistry *AssetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AssetIsFrozen"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAssetIsFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AssetNotFrozen"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAssetNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["AttestationOutOfRange"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackAttestationOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["EmptyDocumentHash"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackEmptyDocumentHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["ExternalIdTaken"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackExternalIdTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["InvalidStatus"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackInvalidStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["NotOwnerOrRegistrar"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackNotOwnerOrRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetRegistry.abi.Errors["UnknownAsset"].ID.Bytes()[:4]) {
		return assetRegistry.UnpackUnknownAssetError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetRegistry contract.
type AssetRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetRegistry *AssetRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetRegistryAccessControlBadConfirmation, error) {
	out := new(AssetRegistryAccessControlBadConfirmation)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetRegistry contract.
type AssetRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetRegistry *AssetRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetRegistryAccessControlUnauthorizedAccount, error) {
	out := new(AssetRegistryAccessControlUnauthorizedAccount)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAssetIsFrozen represents a AssetIsFrozen error raised by the AssetRegistry contract.
type AssetRegistryAssetIsFrozen struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetIsFrozen(uint256 assetId)
func AssetRegistryAssetIsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe218b11b3f0139c7b9d0fa29709d4ae361f6a33a6444bee0482d51402a507dc4")
}

// UnpackAssetIsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetIsFrozen(uint256 assetId)
func (assetRegistry *AssetRegistry) UnpackAssetIsFrozenError(raw []byte) (*AssetRegistryAssetIsFrozen, error) {
	out := new(AssetRegistryAssetIsFrozen)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AssetIsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAssetNotFrozen represents a AssetNotFrozen error raised by the AssetRegistry contract.
type AssetRegistryAssetNotFrozen struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssetNotFrozen(uint256 assetId)
func AssetRegistryAssetNotFrozenErrorID() common.Hash {
	return common.HexToHash("0xb47665708ecd36c177b50b292bb30bf86185775cf126a862348f991a97f4017a")
}

// UnpackAssetNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssetNotFrozen(uint256 assetId)
func (assetRegistry *AssetRegistry) UnpackAssetNotFrozenError(raw []byte) (*AssetRegistryAssetNotFrozen, error) {
	out := new(AssetRegistryAssetNotFrozen)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AssetNotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryAttestationOutOfRange represents a AttestationOutOfRange error raised by the AssetRegistry contract.
type AssetRegistryAttestationOutOfRange struct {
	AssetId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationOutOfRange(uint256 assetId, uint256 index)
func AssetRegistryAttestationOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xe93ed0c195ebfb9caa0558b7bfe51e9889c51f1aa961166987a1e79a5aa9a1c1")
}

// UnpackAttestationOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationOutOfRange(uint256 assetId, uint256 index)
func (assetRegistry *AssetRegistry) UnpackAttestationOutOfRangeError(raw []byte) (*AssetRegistryAttestationOutOfRange, error) {
	out := new(AssetRegistryAttestationOutOfRange)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "AttestationOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AssetRegistry contract.
type AssetRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AssetRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (assetRegistry *AssetRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AssetRegistryERC721IncorrectOwner, error) {
	out := new(AssetRegistryERC721IncorrectOwner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AssetRegistry contract.
type AssetRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AssetRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AssetRegistryERC721InsufficientApproval, error) {
	out := new(AssetRegistryERC721InsufficientApproval)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AssetRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AssetRegistryERC721InvalidApprover, error) {
	out := new(AssetRegistryERC721InvalidApprover)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AssetRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AssetRegistryERC721InvalidOperator, error) {
	out := new(AssetRegistryERC721InvalidOperator)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AssetRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AssetRegistryERC721InvalidOwner, error) {
	out := new(AssetRegistryERC721InvalidOwner)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AssetRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AssetRegistryERC721InvalidReceiver, error) {
	out := new(AssetRegistryERC721InvalidReceiver)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AssetRegistry contract.
type AssetRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AssetRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (assetRegistry *AssetRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AssetRegistryERC721InvalidSender, error) {
	out := new(AssetRegistryERC721InvalidSender)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AssetRegistry contract.
type AssetRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AssetRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (assetRegistry *AssetRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AssetRegistryERC721NonexistentToken, error) {
	out := new(AssetRegistryERC721NonexistentToken)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryEmptyDocumentHash represents a EmptyDocumentHash error raised by the AssetRegistry contract.
type AssetRegistryEmptyDocumentHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyDocumentHash()
func AssetRegistryEmptyDocumentHashErrorID() common.Hash {
	return common.HexToHash("0x2218812397eaec6b10ca975fc3a0f5eb63c688e61891cfd87eeac2b9d7ca603f")
}

// UnpackEmptyDocumentHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyDocumentHash()
func (assetRegistry *AssetRegistry) UnpackEmptyDocumentHashError(raw []byte) (*AssetRegistryEmptyDocumentHash, error) {
	out := new(AssetRegistryEmptyDocumentHash)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "EmptyDocumentHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryEnforcedPause represents a EnforcedPause error raised by the AssetRegistry contract.
type AssetRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func AssetRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (assetRegistry *AssetRegistry) UnpackEnforcedPauseError(raw []byte) (*AssetRegistryEnforcedPause, error) {
	out := new(AssetRegistryEnforcedPause)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryExpectedPause represents a ExpectedPause error raised by the AssetRegistry contract.
type AssetRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func AssetRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (assetRegistry *AssetRegistry) UnpackExpectedPauseError(raw []byte) (*AssetRegistryExpectedPause, error) {
	out := new(AssetRegistryExpectedPause)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryExternalIdTaken represents a ExternalIdTaken error raised by the AssetRegistry contract.
type AssetRegistryExternalIdTaken struct {
	AssetClass uint8
	ExternalId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExternalIdTaken(uint8 assetClass, bytes32 externalId)
func AssetRegistryExternalIdTakenErrorID() common.Hash {
	return common.HexToHash("0x9bab61cd96d096eb77a8f87806e4b1f7ae65b1e0b5bc5b9b3f31bff9ff9a90b3")
}

// UnpackExternalIdTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExternalIdTaken(uint8 assetClass, bytes32 externalId)
func (assetRegistry *AssetRegistry) UnpackExternalIdTakenError(raw []byte) (*AssetRegistryExternalIdTaken, error) {
	out := new(AssetRegistryExternalIdTaken)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "ExternalIdTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryInvalidStatus represents a InvalidStatus error raised by the AssetRegistry contract.
type AssetRegistryInvalidStatus struct {
	AssetId *big.Int
	Current uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStatus(uint256 assetId, uint8 current)
func AssetRegistryInvalidStatusErrorID() common.Hash {
	return common.HexToHash("0x07dbba4c837d1f7ce93aaf56a4f7ddb2fef74f7511454e59fc0daaf8a79ebe41")
}

// UnpackInvalidStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStatus(uint256 assetId, uint8 current)
func (assetRegistry *AssetRegistry) UnpackInvalidStatusError(raw []byte) (*AssetRegistryInvalidStatus, error) {
	out := new(AssetRegistryInvalidStatus)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "InvalidStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryNotOwnerOrRegistrar represents a NotOwnerOrRegistrar error raised by the AssetRegistry contract.
type AssetRegistryNotOwnerOrRegistrar struct {
	Caller common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrRegistrar(address caller, address owner)
func AssetRegistryNotOwnerOrRegistrarErrorID() common.Hash {
	return common.HexToHash("0xcfc8c02350abdeed2e48465adeb3f4d40e786f4edc9dc3c8e1222b0bb20c4969")
}

// UnpackNotOwnerOrRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrRegistrar(address caller, address owner)
func (assetRegistry *AssetRegistry) UnpackNotOwnerOrRegistrarError(raw []byte) (*AssetRegistryNotOwnerOrRegistrar, error) {
	out := new(AssetRegistryNotOwnerOrRegistrar)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "NotOwnerOrRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetRegistryUnknownAsset represents a UnknownAsset error raised by the AssetRegistry contract.
type AssetRegistryUnknownAsset struct {
	AssetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAsset(uint256 assetId)
func AssetRegistryUnknownAssetErrorID() common.Hash {
	return common.HexToHash("0xcb3e2772d2362b85f30073738c859b7c3d6307867e03f1cca89c8c8e027288a2")
}

// UnpackUnknownAssetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAsset(uint256 assetId)
func (assetRegistry *AssetRegistry) UnpackUnknownAssetError(raw []byte) (*AssetRegistryUnknownAsset, error) {
	out := new(AssetRegistryUnknownAsset)
	if err := assetRegistry.abi.UnpackIntoInterface(out, "UnknownAsset", raw); err != nil {
		return nil, err
	}
	return out, nil
}
