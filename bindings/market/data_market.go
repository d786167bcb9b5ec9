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

// DataMarketListing is an auto generated low-level Go binding around an user-defined struct.
type DataMarketListing struct {
	DatasetId *big.Int
	Seller    common.Address
	Price     *big.Int
	Active    bool
}

// DataMarketOrder is an auto generated low-level Go binding around an user-defined struct.
type DataMarketOrder struct {
	DatasetId    *big.Int
	Seller       common.Address
	Buyer        common.Address
	Payer        common.Address
	Price        *big.Int
	FeeBps       uint16
	Status       uint8
	AccessPeriod uint64
	DeliverBy    uint64
	ConfirmBy    uint64
}

// DataMarketSellOrder is an auto generated low-level Go binding around an user-defined struct.
type DataMarketSellOrder struct {
	Seller    common.Address
	DatasetId *big.Int
	Price     *big.Int
	Buyer     common.Address
	Nonce     *big.Int
	Deadline  *big.Int
}

// DataMarketMetaData contains all meta data concerning the DataMarket contract.
var DataMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDataAsset\",\"name\":\"dataAsset_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"confirmBy\",\"type\":\"uint64\"}],\"name\":\"ConfirmWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"confirmBy\",\"type\":\"uint64\"}],\"name\":\"ConfirmWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"DeliveryWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"}],\"name\":\"DeliveryWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"feeBps\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"enumDataMarket.Status\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"InvalidOrderStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"}],\"name\":\"NotAuthorizedTaker\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotDatasetOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"OrderExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroWindow\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"AccessGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"Delisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"refunded\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rulingHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"name\":\"FeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"encryptedKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"confirmBy\",\"type\":\"uint64\"}],\"name\":\"KeyDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"Listed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byTimeout\",\"type\":\"bool\"}],\"name\":\"OrderCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"buyerPublicKey\",\"type\":\"bytes\"}],\"name\":\"OrderCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"OrderDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"OrderRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"SellOrderCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"SellOrderFilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deliveryWindow\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"confirmWindow\",\"type\":\"uint64\"}],\"name\":\"WindowsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ARBITER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXCHANGE_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SELL_ORDER_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accessExpiry\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"cancelSellOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"confirmWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dataAsset\",\"outputs\":[{\"internalType\":\"contractDataAsset\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"delist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"encryptedKey\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deliveryWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.SellOrder\",\"name\":\"sellOrder\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"buyerPublicKey\",\"type\":\"bytes\"}],\"name\":\"executeSellOrder\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasAccess\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structDataMarket.SellOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"hashSellOrder\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"isNonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"list\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listing\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"internalType\":\"structDataMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"order\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"enumDataMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"accessPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deliverBy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmBy\",\"type\":\"uint64\"}],\"internalType\":\"structDataMarket.Order\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"buyerPublicKey\",\"type\":\"bytes\"}],\"name\":\"purchase\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"refund\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"rulingHash\",\"type\":\"bytes32\"}],\"name\":\"resolveDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deliveryWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"confirmWindow_\",\"type\":\"uint64\"}],\"name\":\"setWindows\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalEscrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DataMarket",
	Bin: "0x6101a06040526001600855600160095534801561001a575f5ffd5b506040516136af3803806136af833981016040819052610039916103ef565b6040518060400160405280600f81526020016e161a585b99d1185d1853585c9ad95d608a1b815250604051806040016040528060018152602001603160f81b81525061008a8261017060201b60201c565b6101205261009781610170565b61014052815160208084019190912060e052815190820120610100524660a05261012360e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038581166101605284166101805261014b5f846101b6565b50610156828261025f565b6101666203f48062093a8061031e565b50505050506104c1565b5f5f829050601f815111156101a3578260405163305a27a960e01b815260040161019a9190610466565b60405180910390fd5b80516101ae8261049b565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610256575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561020e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610259565b505f5b92915050565b6001600160a01b0382166102865760405163d92e233d60e01b815260040160405180910390fd5b6103e861ffff821611156102b3576040516303dc98a160e51b815261ffff8216600482015260240161019a565b600480546001600160b01b031916620100006001600160a01b03851690810261ffff19169190911761ffff8416908117909255604051918252907f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad15549060200160405180910390a25050565b6001600160401b038216158061033b57506001600160401b038116155b1561035957604051634acbbb6560e01b815260040160405180910390fd5b60048054600160b01b600160f01b031916600160b01b6001600160401b0385811691820292909217909255600580546001600160401b03191691841691821790556040805192835260208301919091527f7b1ebbddadcc1f8048159243f7bae958f286c534afcad48942c7a7198999464a910160405180910390a15050565b6001600160a01b03811681146103ec575f5ffd5b50565b5f5f5f5f5f60a08688031215610403575f5ffd5b855161040e816103d8565b602087015190955061041f816103d8565b6040870151909450610430816103d8565b6060870151909350610441816103d8565b608087015190925061ffff81168114610458575f5ffd5b809150509295509295909350565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156104bb575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516101805161315161055e5f395f818161073e01528181610fc70152611cb601525f818161029c01528181610b8b01528181611084015281816114d80152818161171001528181611a5b01526121f101525f61212801525f6120f801525f61274901525f61272101525f61267c01525f6126a601525f6126d001526131515ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c80638456cb591161014b578063d55be8c6116100bf578063e7fa9f7d11610084578063e7fa9f7d14610701578063e9b5b6621461070a578063efbf5a791461071d578063f916823114610730578063fc0c546a14610739578063fd637a9414610760575f5ffd5b8063d55be8c61461066f578063d595bee914610678578063de847ff81461069f578063df18e047146106b2578063e63ab1e9146106da575f5ffd5b8063a217fddf11610110578063a217fddf146105e4578063b0d4d77c146105eb578063ba0179b5146105fe578063cab7e8eb14610611578063ced1419814610649578063d547741f1461065c575f5ffd5b80638456cb59146104df57806384a184de146104e757806384b0196e146105a357806391d14854146105be578063964bc33f146105d1575f5ffd5b8063337f3a31116101e257806346904840116101a7578063469048401461045b5780634d104adf1461047457806350fd73671461049b5780635c975abb146104ae5780637f10233b146104b957806380d71bf1146104cc575f5ffd5b8063337f3a31146103fe57806336568abe146104115780633b734501146104245780633ccfd60b1461044b5780633f4ba83a14610453575f5ffd5b806321603f431161023357806321603f431461031f57806322f850b31461033f578063248a9ca31461039557806324a9d853146103b75780632dabbeed146103d85780632f2ff15d146103eb575f5ffd5b806301ffc9a71461026f578063080b609714610297578063157305fe146102d65780631a46e42a146102eb5780631e7b4b4f146102fe575b5f5ffd5b61028261027d366004612932565b61077a565b60405190151581526020015b60405180910390f35b6102be7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161028e565b6102e96102e436600461299d565b6107b0565b005b6102e96102f93660046129e4565b6108f3565b61031161030c366004612a11565b610986565b60405190815260200161028e565b61033261032d3660046129e4565b610d1f565b60405161028e9190612ac5565b61037d61034d366004612bc2565b5f918252600e602090815260408084206001600160a01b039390931684529190529020546001600160401b031690565b6040516001600160401b03909116815260200161028e565b6103116103a33660046129e4565b5f9081526020819052604090206001015490565b6004546103c59061ffff1681565b60405161ffff909116815260200161028e565b6102e96103e63660046129e4565b610e4b565b6102e96103f9366004612bc2565b610ee9565b6102e961040c366004612bff565b610f13565b6102e961041f366004612bc2565b610f2c565b6103117f28d62fc77014de57a1bbaa8212ff0979fa61ab00d377b4b8d9762048fb41996181565b6102e9610f5f565b6102e9611026565b6004546102be906201000090046001600160a01b031681565b6103117fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6103116104a9366004612c2b565b61105b565b60015460ff16610282565b6102e96104c7366004612c5f565b611201565b6103116104da366004612c8b565b611215565b6102e96112c8565b6105656104f53660046129e4565b60408051608080820183525f80835260208084018290528385018290526060938401829052948152600a8552839020835191820184528054825260018101546001600160a01b03169482019490945260028401549281019290925260039092015460ff1615159181019190915290565b60405161028e9190815181526020808301516001600160a01b0316908201526040808301519082015260609182015115159181019190915260800190565b6105ab6112fa565b60405161028e9796959493929190612cd3565b6102826105cc366004612bc2565b61133c565b6102e96105df3660046129e4565b611364565b6103115f81565b60055461037d906001600160401b031681565b6102e961060c3660046129e4565b611402565b61028261061f366004612d69565b6001600160a01b03919091165f908152600d60209081526040808320938352929052205460ff1690565b610282610657366004612bc2565b6114cb565b6102e961066a366004612bc2565b6115ae565b6103c56103e881565b6103117fa9a98e587ea70871c6fd3143c437f93a176a5da4bcf04d32f0a30393921e4daa81565b6102e96106ad366004612c2b565b6115d2565b6103116106c0366004612d93565b6001600160a01b03165f908152600c602052604090205490565b6103117f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61031160075481565b61031161071836600461299d565b6116a8565b6102e961072b366004612dbb565b6117e6565b61031160065481565b6102be7f000000000000000000000000000000000000000000000000000000000000000081565b60045461037d90600160b01b90046001600160401b031681565b5f6001600160e01b03198216637965db0b60e01b14806107aa57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6107bc8460016118ba565b60018101549091506001600160a01b031633146107f3576040516371c6811560e11b81523360048201526024015b60405180910390fd5b6005810154600160581b90046001600160401b0316421115610846576005810154604051631bc80b2560e21b815260048101869052600160581b9091046001600160401b031660248201526044016107ea565b6005545f9061085e906001600160401b031642612e04565b6005830180546001600160401b038316600160981b027affffffffffffffff00000000000000000000000000000000ff000019909116176202000017905560028301546040519192506001600160a01b03169086907f4c57939790f65a76138d5cd7e3b42210b725d426aee9a9562808b00fd1de62ed906108e490889088908790612e4b565b60405180910390a35050505050565b335f908152600d6020908152604080832084845290915290205460ff1615610937576040516302af71f160e41b8152336004820152602481018290526044016107ea565b335f818152600d60209081526040808320858452909152808220805460ff19166001179055518392917fa21a2a879c924a525cd3d043187d43e34b2573d79532750b8792307a7c2feadb91a350565b5f61098f61192b565b8560a001354211156109ba576040516306b4c23760e21b815260a087013560048201526024016107ea565b600d5f6109ca6020890189612d93565b6001600160a01b0316815260208082019290925260409081015f90812060808a0135825290925290205460ff1615610a3857610a096020870187612d93565b6040516302af71f160e41b81526001600160a01b039091166004820152608087013560248201526044016107ea565b5f610a496080880160608901612d93565b90506001600160a01b038116610a60575033610acf565b6001600160a01b0381163314801590610aa05750610a9e7f28d62fc77014de57a1bbaa8212ff0979fa61ab00d377b4b8d9762048fb4199613361133c565b155b15610acf576040516305b0a74560e01b81523360048201526001600160a01b03821660248201526044016107ea565b610b23610adf6020890189612d93565b610ae889611215565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061195192505050565b610b5957610b346020880188612d93565b604051633615713d60e21b81526001600160a01b0390911660048201526024016107ea565b610b666020880188612d93565b6040516331a9108f60e11b8152602089013560048201526001600160a01b03918216917f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015610bd0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bf49190612e77565b6001600160a01b031614610c3e5760208701803590610c139089612d93565b604051632ae2b84160e11b815260048101929092526001600160a01b031660248201526044016107ea565b86604001355f03610c6257604051634dfba02360e01b815260040160405180910390fd5b6001600d5f610c7460208b018b612d93565b6001600160a01b0316815260208082019290925260409081015f90812060808c01358252835220805460ff191692151592909217909155610ccb908801803590610cbe908a612d93565b838a6040013588886119c4565b9150816080880135610ce060208a018a612d93565b6001600160a01b03167f2f745fd9ea6385feae730977f890e126aa4201e3facd274266ca4566d49624f860405160405180910390a45095945050505050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525f828152600b60209081526040918290208251610140810184528154815260018201546001600160a01b03908116938201939093526002820154831693810193909352600381015490911660608301526004810154608083015260058082015461ffff811660a085015260c08401916201000090910460ff1690811115610df857610df8612a91565b6005811115610e0957610e09612a91565b8152600591909101546001600160401b036301000000820481166020840152600160581b820481166040840152600160981b9091041660609091015292915050565b5f610e578260016118ba565b60028101549091506001600160a01b03163314610e89576040516303bb525960e21b81523360048201526024016107ea565b6005810154600160581b90046001600160401b03164211610edb576005810154604051630f5d8a2560e21b815260048101849052600160581b9091046001600160401b031660248201526044016107ea565b610ee58282611ce8565b5050565b5f82815260208190526040902060010154610f0381611d86565b610f0d8383611d90565b50505050565b5f610f1d81611d86565b610f278383611e1f565b505050565b6001600160a01b0381163314610f555760405163334bd91960e11b815260040160405180910390fd5b610f278282611ede565b335f908152600c602052604081205490819003610f9157604051636e34ee0b60e11b81523360048201526024016107ea565b335f908152600c6020526040812081905560078054839290610fb4908490612e92565b90915550610fee90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611f47565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a250565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61105081611d86565b611058611f7c565b50565b5f61106461192b565b6040516331a9108f60e11b81526004810184905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa1580156110c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ed9190612e77565b6001600160a01b03161461111d57604051632ae2b84160e11b8152600481018490523360248201526044016107ea565b815f0361113d57604051634dfba02360e01b815260040160405180910390fd5b60088054905f61114c83612ea5565b90915550604080516080810182528581523360208083018281528385018881526001606086018181525f898152600a865288902096518755925190860180546001600160a01b0319166001600160a01b03909216919091179055516002850155516003909301805460ff19169315159390931790925591518581529293509091859184917fcf4ebbb01b0166b4c3bb06d2edd4860d56a19f40c14454fdeb07220bf1752924910160405180910390a492915050565b5f61120b81611d86565b610f278383611fce565b5f6107aa7fa9a98e587ea70871c6fd3143c437f93a176a5da4bcf04d32f0a30393921e4daa6112476020850185612d93565b602085013560408601356112616080880160608901612d93565b6040805160208101969096526001600160a01b03948516908601526060850192909252608084810191909152911660a0838101919091529085013560c083015284013560e0820152610100016040516020818303038152906040528051906020012061208a565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6112f281611d86565b6110586120b6565b5f6060805f5f5f606061130b6120f1565b611313612121565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152600a60205260409020600381015460ff166113995760405163161bec9760e01b8152600481018390526024016107ea565b60018101546001600160a01b031633146113c8576040516371c6811560e11b81523360048201526024016107ea565b60038101805460ff1916905560405182907fc40fdc946efe80191c467f60727c4abc08254a056035d467a4516a86005ab763905f90a25050565b5f61140e8260026118ba565b60028101549091506001600160a01b03163314801590819061144457506005820154600160981b90046001600160401b03164211155b1561148057600582015460405163118697b760e01b815260048101859052600160981b9091046001600160401b031660248201526044016107ea565b61148a838361214c565b827f5e385b313600c611db543a06c18756cdc9a81b95934bcf296c2837baf8989508826040516114be911515815260200190565b60405180910390a2505050565b5f816001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e856040518263ffffffff1660e01b815260040161152491815260200190565b602060405180830381865afa15801561153f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115639190612e77565b6001600160a01b031603611579575060016107aa565b505f918252600e602090815260408084206001600160a01b03939093168452919052902054426001600160401b039091161190565b5f828152602081905260409020600101546115c881611d86565b610f0d8383611ede565b5f6115de8360026118ba565b60028101549091506001600160a01b03163314611610576040516303bb525960e21b81523360048201526024016107ea565b6005810154600160981b90046001600160401b031642111561166357600581015460405163dc8c5ccd60e01b815260048101859052600160981b9091046001600160401b031660248201526044016107ea565b60058101805462ff000019166203000017905560405182815283907fe780a4f750446dbad29c6ca39bda8e8659c16704b2bf0091c756e543e7e7fdb9906020016114be565b5f6116b161192b565b5f848152600a60205260409020600381015460ff166116e65760405163161bec9760e01b8152600481018690526024016107ea565b600181015481546040516331a9108f60e11b815260048101919091526001600160a01b03918216917f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa158015611755573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117799190612e77565b6001600160a01b0316146117b95780546001820154604051632ae2b84160e11b815260048101929092526001600160a01b031660248201526044016107ea565b8054600182015460028301546117dd92916001600160a01b031690339088886119c4565b95945050505050565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae61181081611d86565b5f61181c8560036118ba565b60408051861515815260208101869052919250339187917f51baeb12a3a5b0527481cfae06c75d503db7765f4d2b18e5e15b8e358a2eb0cd910160405180910390a383156118735761186e8582611ce8565b6118b3565b61187d858261214c565b6040515f815285907f5e385b313600c611db543a06c18756cdc9a81b95934bcf296c2837baf89895089060200160405180910390a25b5050505050565b5f828152600b602052604090208160058111156118d9576118d9612a91565b60058281015462010000900460ff16908111156118f8576118f8612a91565b146107aa57828160050160029054906101000a900460ff1660405163f44b38f160e01b81526004016107ea929190612ed1565b60015460ff161561194f5760405163d93c066560e01b815260040160405180910390fd5b565b5f836001600160a01b03163b5f036119af575f5f61196f8585612445565b5090925090505f81600381111561198857611988612a91565b1480156119a65750856001600160a01b0316826001600160a01b0316145b925050506119bd565b6119ba84848461248e565b90505b9392505050565b5f8181036119e557604051634f42be3d60e01b815260040160405180910390fd5b60098054905f6119f483612ea5565b9091555060408051610140810182528981526001600160a01b03898116602083015288811682840152336060830152608082018890526004805461ffff1660a0840152600160c0840152925163216e603760e01b81529283018b90529293509160e08301917f00000000000000000000000000000000000000000000000000000000000000009091169063216e603790602401606060405180830381865afa158015611aa2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ac69190612f3d565b602001516001600160401b03168152602001600460169054906101000a90046001600160401b031642611af99190612e04565b6001600160401b031681525f6020918201819052838152600b825260409081902083518155918301516001830180546001600160a01b03199081166001600160a01b0393841617909155918401516002840180548416918316919091179055606084015160038401805490931691161790556080820151600482015560a08201516005808301805461ffff19811661ffff909416938417825560c086015193919262ffffff199091169091179062010000908490811115611bbc57611bbc612a91565b021790555060e082015160059091018054610100840151610120909401516001600160401b03908116600160981b0267ffffffffffffffff60981b19958216600160581b0267ffffffffffffffff60581b19929095166301000000029190911672ffffffffffffffffffffffffffffffff00000019909216919091179290921792909216179055600680548591905f90611c57908490612fa5565b92505081905550846001600160a01b031687827f8b08c0ffbb559d291c7f6a8df02216c11873f8cf0ca4a8a4db1ed14550a9a33d8933898989604051611ca1959493929190612fb8565b60405180910390a4611cde6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330876124f3565b9695505050505050565b60058101805462ff00001916620500001790556004810154600680545f90611d11908490612e92565b909155505060038101546004820154611d379184916001600160a01b0390911690612529565b600381015460048201546040519081526001600160a01b039091169083907fe18debf292fbfc1f009a15d4e4932c1da2be34d7343f86f50989d09a04571e1b9060200160405180910390a35050565b61105881336125b2565b5f611d9b838361133c565b611e18575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611dd03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107aa565b505f6107aa565b6001600160a01b038216611e465760405163d92e233d60e01b815260040160405180910390fd5b6103e861ffff82161115611e73576040516303dc98a160e51b815261ffff821660048201526024016107ea565b600480546001600160b01b031916620100006001600160a01b03851690810261ffff19169190911761ffff8416908117909255604051918252907f0b35372508b859a302b538add9c7e744f78c2f6211e77f34c14594fc32ad15549060200160405180910390a25050565b5f611ee9838361133c565b15611e18575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107aa565b611f5483838360016125eb565b610f2757604051635274afe760e01b81526001600160a01b03841660048201526024016107ea565b611f8461264d565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160401b0382161580611feb57506001600160401b038116155b1561200957604051634acbbb6560e01b815260040160405180910390fd5b6004805467ffffffffffffffff60b01b1916600160b01b6001600160401b03858116918202929092179092556005805467ffffffffffffffff191691841691821790556040805192835260208301919091527f7b1ebbddadcc1f8048159243f7bae958f286c534afcad48942c7a7198999464a910160405180910390a15050565b5f6107aa612096612670565b8360405161190160f01b8152600281019290925260228201526042902090565b6120be61192b565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611fb1565b606061211c7f0000000000000000000000000000000000000000000000000000000000000000612799565b905090565b606061211c7f0000000000000000000000000000000000000000000000000000000000000000612799565b60058101805462ff00001916620400001790556004810154600680548291905f90612178908490612e92565b909155505060058201545f90612710906121969061ffff1684612ff6565b6121a0919061300d565b905080156121c6576004546121c69085906201000090046001600160a01b031683612529565b5f6121d18284612e92565b8454604051636725079160e01b81529192505f9182916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916367250791916122289160040190815260200190565b5f60405180830381865afa158015612242573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612269919081019061302c565b90505f5b81518110156122f6575f61271083838151811061228c5761228c613107565b60200260200101516020015161ffff16866122a79190612ff6565b6122b1919061300d565b905080156122ed576122e0898484815181106122cf576122cf613107565b60200260200101515f015183612529565b6122ea8185612fa5565b93505b5060010161226d565b50818311156123225760018601546123229088906001600160a01b031661231d8587612e92565b612529565b60058601545f90630100000090046001600160401b03161561236257600587015461235d90630100000090046001600160401b031642612e04565b61236b565b6001600160401b035b87545f908152600e6020908152604080832060028c01546001600160a01b031684529091529020549091506001600160401b0390811690821611156123ec5786545f908152600e6020908152604080832060028b01546001600160a01b031684529091529020805467ffffffffffffffff19166001600160401b0383161790555b600287015487546040516001600160401b03841681526001600160a01b03909216917f01f6b13f691b1a06a1f571e3a8f6891686570c885d51f147299201d453dc9b809060200160405180910390a35050505050505050565b5f5f5f835160410361247c576020840151604085015160608601515f1a61246e888285856127d6565b955095509550505050612487565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b61250184848484600161289e565b610f0d57604051635274afe760e01b81526001600160a01b03851660048201526024016107ea565b6001600160a01b0382165f908152600c602052604081208054839290612550908490612fa5565b925050819055508060075f8282546125689190612fa5565b90915550506040518181526001600160a01b0383169084907ffd16b8a0633cccfc2d0ab02e93e023a0a79bbcd41350ad4cb3c00c009c833ba99060200160405180910390a3505050565b6125bc828261133c565b610ee55760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016107ea565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612641578383151615612635573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b60015460ff1661194f57604051638dfc202b60e01b815260040160405180910390fd5b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156126c857507f000000000000000000000000000000000000000000000000000000000000000046145b156126f257507f000000000000000000000000000000000000000000000000000000000000000090565b61211c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f6127a58361290b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561280f57505f91506003905082612894565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612860573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661288b57505f925060019150829050612894565b92505f91508190505b9450945094915050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166128fa5783831516156128ee573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60ff8216601f8111156107aa57604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215612942575f5ffd5b81356001600160e01b0319811681146119bd575f5ffd5b5f5f83601f840112612969575f5ffd5b5081356001600160401b0381111561297f575f5ffd5b602083019150836020828501011115612996575f5ffd5b9250929050565b5f5f5f604084860312156129af575f5ffd5b8335925060208401356001600160401b038111156129cb575f5ffd5b6129d786828701612959565b9497909650939450505050565b5f602082840312156129f4575f5ffd5b5035919050565b5f60c08284031215612a0b575f5ffd5b50919050565b5f5f5f5f5f6101008688031215612a26575f5ffd5b612a3087876129fb565b945060c08601356001600160401b03811115612a4a575f5ffd5b612a5688828901612959565b90955093505060e08601356001600160401b03811115612a74575f5ffd5b612a8088828901612959565b969995985093965092949392505050565b634e487b7160e01b5f52602160045260245ffd5b60068110612ac157634e487b7160e01b5f52602160045260245ffd5b9052565b81518152602080830151610140830191612ae9908401826001600160a01b03169052565b506040830151612b0460408401826001600160a01b03169052565b506060830151612b1f60608401826001600160a01b03169052565b506080830151608083015260a0830151612b3f60a084018261ffff169052565b5060c0830151612b5260c0840182612aa5565b5060e0830151612b6d60e08401826001600160401b03169052565b50610100830151612b8a6101008401826001600160401b03169052565b50610120830151612ba76101208401826001600160401b03169052565b5092915050565b6001600160a01b0381168114611058575f5ffd5b5f5f60408385031215612bd3575f5ffd5b823591506020830135612be581612bae565b809150509250929050565b61ffff81168114611058575f5ffd5b5f5f60408385031215612c10575f5ffd5b8235612c1b81612bae565b91506020830135612be581612bf0565b5f5f60408385031215612c3c575f5ffd5b50508035926020909101359150565b6001600160401b0381168114611058575f5ffd5b5f5f60408385031215612c70575f5ffd5b8235612c7b81612c4b565b91506020830135612be581612c4b565b5f60c08284031215612c9b575f5ffd5b6119bd83836129fb565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612cf160e0830189612ca5565b8281036040840152612d038189612ca5565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612d58578351835260209384019390920191600101612d3a565b50909b9a5050505050505050505050565b5f5f60408385031215612d7a575f5ffd5b8235612d8581612bae565b946020939093013593505050565b5f60208284031215612da3575f5ffd5b81356119bd81612bae565b8015158114611058575f5ffd5b5f5f5f60608486031215612dcd575f5ffd5b833592506020840135612ddf81612dae565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156107aa576107aa612df0565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f612e5e604083018587612e23565b90506001600160401b0383166020830152949350505050565b5f60208284031215612e87575f5ffd5b81516119bd81612bae565b818103818111156107aa576107aa612df0565b5f60018201612eb657612eb6612df0565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b828152604081016119bd6020830184612aa5565b604080519081016001600160401b0381118282101715612f0757612f07612ebd565b60405290565b604051601f8201601f191681016001600160401b0381118282101715612f3557612f35612ebd565b604052919050565b5f6060828403128015612f4e575f5ffd5b50604051606081016001600160401b0381118282101715612f7157612f71612ebd565b604052825181526020830151612f8681612c4b565b60208201526040830151612f9981612dae565b60408201529392505050565b808201808211156107aa576107aa612df0565b6001600160a01b03868116825285166020820152604081018490526080606082018190525f90612feb9083018486612e23565b979650505050505050565b80820281158282048414176107aa576107aa612df0565b5f8261302757634e487b7160e01b5f52601260045260245ffd5b500490565b5f6020828403121561303c575f5ffd5b81516001600160401b03811115613051575f5ffd5b8201601f81018413613061575f5ffd5b80516001600160401b0381111561307a5761307a612ebd565b61308960208260051b01612f0d565b8082825260208201915060208360061b8501019250868311156130aa575f5ffd5b6020840193505b82841015611cde57604084880312156130c8575f5ffd5b6130d0612ee5565b84516130db81612bae565b815260208501516130eb81612bf0565b80602083015250808352506020820191506040840193506130b1565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220374cdd5f7d9b6c11c3dfeb2e52326ca2ef5038fd37145a64e2eaa80a058d189064736f6c63430008250033",
}

// DataMarket is an auto generated Go binding around an Ethereum contract.
type DataMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataMarket) GetABI() abi.ABI {
	return c.abi
}

// NewDataMarket creates a new instance of DataMarket.
func NewDataMarket() *DataMarket {
	parsed, err := DataMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address dataAsset_, address token_, address admin, address feeRecipient_, uint16 feeBps_) returns()
func (dataMarket *DataMarket) PackConstructor(dataAsset_ common.Address, token_ common.Address, admin common.Address, feeRecipient_ common.Address, feeBps_ uint16) []byte {
	enc, err := dataMarket.abi.Pack("", dataAsset_, token_, admin, feeRecipient_, feeBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) PackARBITERROLE() []byte {
	enc, err := dataMarket.abi.Pack("ARBITER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) TryPackARBITERROLE() ([]byte, error) {
	return dataMarket.abi.Pack("ARBITER_ROLE")
}

// UnpackARBITERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d104adf.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackARBITERROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("ARBITER_ROLE", data)
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
func (dataMarket *DataMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := dataMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (dataMarket *DataMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXCHANGEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b734501.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXCHANGE_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) PackEXCHANGEROLE() []byte {
	enc, err := dataMarket.abi.Pack("EXCHANGE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXCHANGEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b734501.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXCHANGE_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) TryPackEXCHANGEROLE() ([]byte, error) {
	return dataMarket.abi.Pack("EXCHANGE_ROLE")
}

// UnpackEXCHANGEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b734501.
//
// Solidity: function EXCHANGE_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackEXCHANGEROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("EXCHANGE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) PackMAXFEEBPS() []byte {
	enc, err := dataMarket.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) TryPackMAXFEEBPS() ([]byte, error) {
	return dataMarket.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (dataMarket *DataMarket) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := dataMarket.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) PackPAUSERROLE() []byte {
	enc, err := dataMarket.abi.Pack("PAUSER_ROLE")
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
func (dataMarket *DataMarket) TryPackPAUSERROLE() ([]byte, error) {
	return dataMarket.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (dataMarket *DataMarket) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSELLORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd595bee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SELL_ORDER_TYPEHASH() view returns(bytes32)
func (dataMarket *DataMarket) PackSELLORDERTYPEHASH() []byte {
	enc, err := dataMarket.abi.Pack("SELL_ORDER_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSELLORDERTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd595bee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SELL_ORDER_TYPEHASH() view returns(bytes32)
func (dataMarket *DataMarket) TryPackSELLORDERTYPEHASH() ([]byte, error) {
	return dataMarket.abi.Pack("SELL_ORDER_TYPEHASH")
}

// UnpackSELLORDERTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd595bee9.
//
// Solidity: function SELL_ORDER_TYPEHASH() view returns(bytes32)
func (dataMarket *DataMarket) UnpackSELLORDERTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("SELL_ORDER_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccessExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22f850b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accessExpiry(uint256 datasetId, address account) view returns(uint64)
func (dataMarket *DataMarket) PackAccessExpiry(datasetId *big.Int, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("accessExpiry", datasetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccessExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22f850b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accessExpiry(uint256 datasetId, address account) view returns(uint64)
func (dataMarket *DataMarket) TryPackAccessExpiry(datasetId *big.Int, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("accessExpiry", datasetId, account)
}

// UnpackAccessExpiry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22f850b3.
//
// Solidity: function accessExpiry(uint256 datasetId, address account) view returns(uint64)
func (dataMarket *DataMarket) UnpackAccessExpiry(data []byte) (uint64, error) {
	out, err := dataMarket.abi.Unpack("accessExpiry", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCancelSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a46e42a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelSellOrder(uint256 nonce) returns()
func (dataMarket *DataMarket) PackCancelSellOrder(nonce *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("cancelSellOrder", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a46e42a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelSellOrder(uint256 nonce) returns()
func (dataMarket *DataMarket) TryPackCancelSellOrder(nonce *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("cancelSellOrder", nonce)
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(uint256 orderId) returns()
func (dataMarket *DataMarket) PackConfirm(orderId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("confirm", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(uint256 orderId) returns()
func (dataMarket *DataMarket) TryPackConfirm(orderId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("confirm", orderId)
}

// PackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmWindow() view returns(uint64)
func (dataMarket *DataMarket) PackConfirmWindow() []byte {
	enc, err := dataMarket.abi.Pack("confirmWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d4d77c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmWindow() view returns(uint64)
func (dataMarket *DataMarket) TryPackConfirmWindow() ([]byte, error) {
	return dataMarket.abi.Pack("confirmWindow")
}

// UnpackConfirmWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0d4d77c.
//
// Solidity: function confirmWindow() view returns(uint64)
func (dataMarket *DataMarket) UnpackConfirmWindow(data []byte) (uint64, error) {
	out, err := dataMarket.abi.Unpack("confirmWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDataAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x080b6097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataAsset() view returns(address)
func (dataMarket *DataMarket) PackDataAsset() []byte {
	enc, err := dataMarket.abi.Pack("dataAsset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataAsset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x080b6097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataAsset() view returns(address)
func (dataMarket *DataMarket) TryPackDataAsset() ([]byte, error) {
	return dataMarket.abi.Pack("dataAsset")
}

// UnpackDataAsset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x080b6097.
//
// Solidity: function dataAsset() view returns(address)
func (dataMarket *DataMarket) UnpackDataAsset(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("dataAsset", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delist(uint256 listingId) returns()
func (dataMarket *DataMarket) PackDelist(listingId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("delist", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delist(uint256 listingId) returns()
func (dataMarket *DataMarket) TryPackDelist(listingId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("delist", listingId)
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157305fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint256 orderId, bytes encryptedKey) returns()
func (dataMarket *DataMarket) PackDeliver(orderId *big.Int, encryptedKey []byte) []byte {
	enc, err := dataMarket.abi.Pack("deliver", orderId, encryptedKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x157305fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint256 orderId, bytes encryptedKey) returns()
func (dataMarket *DataMarket) TryPackDeliver(orderId *big.Int, encryptedKey []byte) ([]byte, error) {
	return dataMarket.abi.Pack("deliver", orderId, encryptedKey)
}

// PackDeliveryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd637a94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (dataMarket *DataMarket) PackDeliveryWindow() []byte {
	enc, err := dataMarket.abi.Pack("deliveryWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd637a94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (dataMarket *DataMarket) TryPackDeliveryWindow() ([]byte, error) {
	return dataMarket.abi.Pack("deliveryWindow")
}

// UnpackDeliveryWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd637a94.
//
// Solidity: function deliveryWindow() view returns(uint64)
func (dataMarket *DataMarket) UnpackDeliveryWindow(data []byte) (uint64, error) {
	out, err := dataMarket.abi.Unpack("deliveryWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde847ff8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 orderId, bytes32 reasonHash) returns()
func (dataMarket *DataMarket) PackDispute(orderId *big.Int, reasonHash [32]byte) []byte {
	enc, err := dataMarket.abi.Pack("dispute", orderId, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde847ff8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 orderId, bytes32 reasonHash) returns()
func (dataMarket *DataMarket) TryPackDispute(orderId *big.Int, reasonHash [32]byte) ([]byte, error) {
	return dataMarket.abi.Pack("dispute", orderId, reasonHash)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (dataMarket *DataMarket) PackEip712Domain() []byte {
	enc, err := dataMarket.abi.Pack("eip712Domain")
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
func (dataMarket *DataMarket) TryPackEip712Domain() ([]byte, error) {
	return dataMarket.abi.Pack("eip712Domain")
}

// DataMarketEip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type DataMarketEip712DomainOutput struct {
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
func (dataMarket *DataMarket) UnpackEip712Domain(data []byte) (DataMarketEip712DomainOutput, error) {
	out, err := dataMarket.abi.Unpack("eip712Domain", data)
	outstruct := new(DataMarketEip712DomainOutput)
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

// PackExecuteSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e7b4b4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeSellOrder((address,uint256,uint256,address,uint256,uint256) sellOrder, bytes signature, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) PackExecuteSellOrder(sellOrder DataMarketSellOrder, signature []byte, buyerPublicKey []byte) []byte {
	enc, err := dataMarket.abi.Pack("executeSellOrder", sellOrder, signature, buyerPublicKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e7b4b4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeSellOrder((address,uint256,uint256,address,uint256,uint256) sellOrder, bytes signature, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) TryPackExecuteSellOrder(sellOrder DataMarketSellOrder, signature []byte, buyerPublicKey []byte) ([]byte, error) {
	return dataMarket.abi.Pack("executeSellOrder", sellOrder, signature, buyerPublicKey)
}

// UnpackExecuteSellOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e7b4b4f.
//
// Solidity: function executeSellOrder((address,uint256,uint256,address,uint256,uint256) sellOrder, bytes signature, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) UnpackExecuteSellOrder(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("executeSellOrder", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (dataMarket *DataMarket) PackFeeBps() []byte {
	enc, err := dataMarket.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (dataMarket *DataMarket) TryPackFeeBps() ([]byte, error) {
	return dataMarket.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (dataMarket *DataMarket) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := dataMarket.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) PackFeeRecipient() []byte {
	enc, err := dataMarket.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) TryPackFeeRecipient() ([]byte, error) {
	return dataMarket.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (dataMarket *DataMarket) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("feeRecipient", data)
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
func (dataMarket *DataMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataMarket.abi.Pack("getRoleAdmin", role)
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
func (dataMarket *DataMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataMarket *DataMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("getRoleAdmin", data)
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
func (dataMarket *DataMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("grantRole", role, account)
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
func (dataMarket *DataMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("grantRole", role, account)
}

// PackHasAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced14198.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasAccess(uint256 datasetId, address account) view returns(bool)
func (dataMarket *DataMarket) PackHasAccess(datasetId *big.Int, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("hasAccess", datasetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xced14198.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasAccess(uint256 datasetId, address account) view returns(bool)
func (dataMarket *DataMarket) TryPackHasAccess(datasetId *big.Int, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("hasAccess", datasetId, account)
}

// UnpackHasAccess is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xced14198.
//
// Solidity: function hasAccess(uint256 datasetId, address account) view returns(bool)
func (dataMarket *DataMarket) UnpackHasAccess(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("hasAccess", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataMarket *DataMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("hasRole", role, account)
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
func (dataMarket *DataMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataMarket *DataMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80d71bf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSellOrder((address,uint256,uint256,address,uint256,uint256) o) view returns(bytes32)
func (dataMarket *DataMarket) PackHashSellOrder(o DataMarketSellOrder) []byte {
	enc, err := dataMarket.abi.Pack("hashSellOrder", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80d71bf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSellOrder((address,uint256,uint256,address,uint256,uint256) o) view returns(bytes32)
func (dataMarket *DataMarket) TryPackHashSellOrder(o DataMarketSellOrder) ([]byte, error) {
	return dataMarket.abi.Pack("hashSellOrder", o)
}

// UnpackHashSellOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80d71bf1.
//
// Solidity: function hashSellOrder((address,uint256,uint256,address,uint256,uint256) o) view returns(bytes32)
func (dataMarket *DataMarket) UnpackHashSellOrder(data []byte) ([32]byte, error) {
	out, err := dataMarket.abi.Unpack("hashSellOrder", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab7e8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isNonceUsed(address seller, uint256 nonce) view returns(bool)
func (dataMarket *DataMarket) PackIsNonceUsed(seller common.Address, nonce *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("isNonceUsed", seller, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcab7e8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isNonceUsed(address seller, uint256 nonce) view returns(bool)
func (dataMarket *DataMarket) TryPackIsNonceUsed(seller common.Address, nonce *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("isNonceUsed", seller, nonce)
}

// UnpackIsNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcab7e8eb.
//
// Solidity: function isNonceUsed(address seller, uint256 nonce) view returns(bool)
func (dataMarket *DataMarket) UnpackIsNonceUsed(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("isNonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fd7367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 datasetId, uint256 price) returns(uint256 listingId)
func (dataMarket *DataMarket) PackList(datasetId *big.Int, price *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("list", datasetId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fd7367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 datasetId, uint256 price) returns(uint256 listingId)
func (dataMarket *DataMarket) TryPackList(datasetId *big.Int, price *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("list", datasetId, price)
}

// UnpackList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50fd7367.
//
// Solidity: function list(uint256 datasetId, uint256 price) returns(uint256 listingId)
func (dataMarket *DataMarket) UnpackList(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("list", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,address,uint256,bool))
func (dataMarket *DataMarket) PackListing(listingId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("listing", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84a184de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,address,uint256,bool))
func (dataMarket *DataMarket) TryPackListing(listingId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("listing", listingId)
}

// UnpackListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84a184de.
//
// Solidity: function listing(uint256 listingId) view returns((uint256,address,uint256,bool))
func (dataMarket *DataMarket) UnpackListing(data []byte) (DataMarketListing, error) {
	out, err := dataMarket.abi.Unpack("listing", data)
	if err != nil {
		return *new(DataMarketListing), err
	}
	out0 := *abi.ConvertType(out[0], new(DataMarketListing)).(*DataMarketListing)
	return out0, nil
}

// PackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function order(uint256 orderId) view returns((uint256,address,address,address,uint256,uint16,uint8,uint64,uint64,uint64))
func (dataMarket *DataMarket) PackOrder(orderId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("order", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function order(uint256 orderId) view returns((uint256,address,address,address,uint256,uint16,uint8,uint64,uint64,uint64))
func (dataMarket *DataMarket) TryPackOrder(orderId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("order", orderId)
}

// UnpackOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21603f43.
//
// Solidity: function order(uint256 orderId) view returns((uint256,address,address,address,uint256,uint16,uint8,uint64,uint64,uint64))
func (dataMarket *DataMarket) UnpackOrder(data []byte) (DataMarketOrder, error) {
	out, err := dataMarket.abi.Unpack("order", data)
	if err != nil {
		return *new(DataMarketOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(DataMarketOrder)).(*DataMarketOrder)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address account) view returns(uint256)
func (dataMarket *DataMarket) PackOwed(account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("owed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address account) view returns(uint256)
func (dataMarket *DataMarket) TryPackOwed(account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("owed", account)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address account) view returns(uint256)
func (dataMarket *DataMarket) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("owed", data)
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
func (dataMarket *DataMarket) PackPause() []byte {
	enc, err := dataMarket.abi.Pack("pause")
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
func (dataMarket *DataMarket) TryPackPause() ([]byte, error) {
	return dataMarket.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (dataMarket *DataMarket) PackPaused() []byte {
	enc, err := dataMarket.abi.Pack("paused")
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
func (dataMarket *DataMarket) TryPackPaused() ([]byte, error) {
	return dataMarket.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (dataMarket *DataMarket) UnpackPaused(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9b5b662.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchase(uint256 listingId, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) PackPurchase(listingId *big.Int, buyerPublicKey []byte) []byte {
	enc, err := dataMarket.abi.Pack("purchase", listingId, buyerPublicKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9b5b662.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchase(uint256 listingId, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) TryPackPurchase(listingId *big.Int, buyerPublicKey []byte) ([]byte, error) {
	return dataMarket.abi.Pack("purchase", listingId, buyerPublicKey)
}

// UnpackPurchase is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe9b5b662.
//
// Solidity: function purchase(uint256 listingId, bytes buyerPublicKey) returns(uint256 orderId)
func (dataMarket *DataMarket) UnpackPurchase(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("purchase", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 orderId) returns()
func (dataMarket *DataMarket) PackReclaim(orderId *big.Int) []byte {
	enc, err := dataMarket.abi.Pack("reclaim", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dabbeed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 orderId) returns()
func (dataMarket *DataMarket) TryPackReclaim(orderId *big.Int) ([]byte, error) {
	return dataMarket.abi.Pack("reclaim", orderId)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dataMarket *DataMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dataMarket.abi.Pack("renounceRole", role, callerConfirmation)
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
func (dataMarket *DataMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbf5a79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint256 orderId, bool refund, bytes32 rulingHash) returns()
func (dataMarket *DataMarket) PackResolveDispute(orderId *big.Int, refund bool, rulingHash [32]byte) []byte {
	enc, err := dataMarket.abi.Pack("resolveDispute", orderId, refund, rulingHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbf5a79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint256 orderId, bool refund, bytes32 rulingHash) returns()
func (dataMarket *DataMarket) TryPackResolveDispute(orderId *big.Int, refund bool, rulingHash [32]byte) ([]byte, error) {
	return dataMarket.abi.Pack("resolveDispute", orderId, refund, rulingHash)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataMarket *DataMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataMarket.abi.Pack("revokeRole", role, account)
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
func (dataMarket *DataMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataMarket.abi.Pack("revokeRole", role, account)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(address recipient, uint16 feeBps_) returns()
func (dataMarket *DataMarket) PackSetFee(recipient common.Address, feeBps uint16) []byte {
	enc, err := dataMarket.abi.Pack("setFee", recipient, feeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x337f3a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(address recipient, uint16 feeBps_) returns()
func (dataMarket *DataMarket) TryPackSetFee(recipient common.Address, feeBps uint16) ([]byte, error) {
	return dataMarket.abi.Pack("setFee", recipient, feeBps)
}

// PackSetWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f10233b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWindows(uint64 deliveryWindow_, uint64 confirmWindow_) returns()
func (dataMarket *DataMarket) PackSetWindows(deliveryWindow uint64, confirmWindow uint64) []byte {
	enc, err := dataMarket.abi.Pack("setWindows", deliveryWindow, confirmWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f10233b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWindows(uint64 deliveryWindow_, uint64 confirmWindow_) returns()
func (dataMarket *DataMarket) TryPackSetWindows(deliveryWindow uint64, confirmWindow uint64) ([]byte, error) {
	return dataMarket.abi.Pack("setWindows", deliveryWindow, confirmWindow)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataMarket *DataMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataMarket.abi.Pack("supportsInterface", interfaceId)
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
func (dataMarket *DataMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataMarket *DataMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (dataMarket *DataMarket) PackToken() []byte {
	enc, err := dataMarket.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (dataMarket *DataMarket) TryPackToken() ([]byte, error) {
	return dataMarket.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (dataMarket *DataMarket) UnpackToken(data []byte) (common.Address, error) {
	out, err := dataMarket.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9168231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (dataMarket *DataMarket) PackTotalEscrowed() []byte {
	enc, err := dataMarket.abi.Pack("totalEscrowed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9168231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (dataMarket *DataMarket) TryPackTotalEscrowed() ([]byte, error) {
	return dataMarket.abi.Pack("totalEscrowed")
}

// UnpackTotalEscrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9168231.
//
// Solidity: function totalEscrowed() view returns(uint256)
func (dataMarket *DataMarket) UnpackTotalEscrowed(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("totalEscrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (dataMarket *DataMarket) PackTotalOwed() []byte {
	enc, err := dataMarket.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (dataMarket *DataMarket) TryPackTotalOwed() ([]byte, error) {
	return dataMarket.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (dataMarket *DataMarket) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := dataMarket.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (dataMarket *DataMarket) PackUnpause() []byte {
	enc, err := dataMarket.abi.Pack("unpause")
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
func (dataMarket *DataMarket) TryPackUnpause() ([]byte, error) {
	return dataMarket.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (dataMarket *DataMarket) PackWithdraw() []byte {
	enc, err := dataMarket.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (dataMarket *DataMarket) TryPackWithdraw() ([]byte, error) {
	return dataMarket.abi.Pack("withdraw")
}

// DataMarketAccessGranted represents a AccessGranted event raised by the DataMarket contract.
type DataMarketAccessGranted struct {
	DatasetId *big.Int
	Account   common.Address
	ExpiresAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketAccessGrantedEventName = "AccessGranted"

// ContractEventName returns the user-defined event name.
func (DataMarketAccessGranted) ContractEventName() string {
	return DataMarketAccessGrantedEventName
}

// UnpackAccessGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccessGranted(uint256 indexed datasetId, address indexed account, uint64 expiresAt)
func (dataMarket *DataMarket) UnpackAccessGrantedEvent(log *types.Log) (*DataMarketAccessGranted, error) {
	event := "AccessGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketAccessGranted)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDelisted represents a Delisted event raised by the DataMarket contract.
type DataMarketDelisted struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketDelistedEventName = "Delisted"

// ContractEventName returns the user-defined event name.
func (DataMarketDelisted) ContractEventName() string {
	return DataMarketDelistedEventName
}

// UnpackDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delisted(uint256 indexed listingId)
func (dataMarket *DataMarket) UnpackDelistedEvent(log *types.Log) (*DataMarketDelisted, error) {
	event := "Delisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDelisted)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketDisputeResolved represents a DisputeResolved event raised by the DataMarket contract.
type DataMarketDisputeResolved struct {
	OrderId    *big.Int
	Refunded   bool
	RulingHash [32]byte
	Arbiter    common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (DataMarketDisputeResolved) ContractEventName() string {
	return DataMarketDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed orderId, bool refunded, bytes32 rulingHash, address indexed arbiter)
func (dataMarket *DataMarket) UnpackDisputeResolvedEvent(log *types.Log) (*DataMarketDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketDisputeResolved)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketEIP712DomainChanged represents a EIP712DomainChanged event raised by the DataMarket contract.
type DataMarketEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DataMarketEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DataMarketEIP712DomainChanged) ContractEventName() string {
	return DataMarketEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (dataMarket *DataMarket) UnpackEIP712DomainChangedEvent(log *types.Log) (*DataMarketEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketFeeUpdated represents a FeeUpdated event raised by the DataMarket contract.
type DataMarketFeeUpdated struct {
	Recipient common.Address
	FeeBps    uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketFeeUpdatedEventName = "FeeUpdated"

// ContractEventName returns the user-defined event name.
func (DataMarketFeeUpdated) ContractEventName() string {
	return DataMarketFeeUpdatedEventName
}

// UnpackFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeUpdated(address indexed recipient, uint16 feeBps)
func (dataMarket *DataMarket) UnpackFeeUpdatedEvent(log *types.Log) (*DataMarketFeeUpdated, error) {
	event := "FeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketFeeUpdated)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketKeyDelivered represents a KeyDelivered event raised by the DataMarket contract.
type DataMarketKeyDelivered struct {
	OrderId      *big.Int
	Buyer        common.Address
	EncryptedKey []byte
	ConfirmBy    uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataMarketKeyDeliveredEventName = "KeyDelivered"

// ContractEventName returns the user-defined event name.
func (DataMarketKeyDelivered) ContractEventName() string {
	return DataMarketKeyDeliveredEventName
}

// UnpackKeyDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyDelivered(uint256 indexed orderId, address indexed buyer, bytes encryptedKey, uint64 confirmBy)
func (dataMarket *DataMarket) UnpackKeyDeliveredEvent(log *types.Log) (*DataMarketKeyDelivered, error) {
	event := "KeyDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketKeyDelivered)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketListed represents a Listed event raised by the DataMarket contract.
type DataMarketListed struct {
	ListingId *big.Int
	DatasetId *big.Int
	Seller    common.Address
	Price     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (DataMarketListed) ContractEventName() string {
	return DataMarketListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed listingId, uint256 indexed datasetId, address indexed seller, uint256 price)
func (dataMarket *DataMarket) UnpackListedEvent(log *types.Log) (*DataMarketListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketListed)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketOrderCompleted represents a OrderCompleted event raised by the DataMarket contract.
type DataMarketOrderCompleted struct {
	OrderId   *big.Int
	ByTimeout bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataMarketOrderCompletedEventName = "OrderCompleted"

// ContractEventName returns the user-defined event name.
func (DataMarketOrderCompleted) ContractEventName() string {
	return DataMarketOrderCompletedEventName
}

// UnpackOrderCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCompleted(uint256 indexed orderId, bool byTimeout)
func (dataMarket *DataMarket) UnpackOrderCompletedEvent(log *types.Log) (*DataMarketOrderCompleted, error) {
	event := "OrderCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketOrderCompleted)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketOrderCreated represents a OrderCreated event raised by the DataMarket contract.
type DataMarketOrderCreated struct {
	OrderId        *big.Int
	DatasetId      *big.Int
	Buyer          common.Address
	Seller         common.Address
	Payer          common.Address
	Price          *big.Int
	BuyerPublicKey []byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataMarketOrderCreatedEventName = "OrderCreated"

// ContractEventName returns the user-defined event name.
func (DataMarketOrderCreated) ContractEventName() string {
	return DataMarketOrderCreatedEventName
}

// UnpackOrderCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCreated(uint256 indexed orderId, uint256 indexed datasetId, address indexed buyer, address seller, address payer, uint256 price, bytes buyerPublicKey)
func (dataMarket *DataMarket) UnpackOrderCreatedEvent(log *types.Log) (*DataMarketOrderCreated, error) {
	event := "OrderCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketOrderCreated)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketOrderDisputed represents a OrderDisputed event raised by the DataMarket contract.
type DataMarketOrderDisputed struct {
	OrderId    *big.Int
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataMarketOrderDisputedEventName = "OrderDisputed"

// ContractEventName returns the user-defined event name.
func (DataMarketOrderDisputed) ContractEventName() string {
	return DataMarketOrderDisputedEventName
}

// UnpackOrderDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderDisputed(uint256 indexed orderId, bytes32 reasonHash)
func (dataMarket *DataMarket) UnpackOrderDisputedEvent(log *types.Log) (*DataMarketOrderDisputed, error) {
	event := "OrderDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketOrderDisputed)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketOrderRefunded represents a OrderRefunded event raised by the DataMarket contract.
type DataMarketOrderRefunded struct {
	OrderId *big.Int
	Payer   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketOrderRefundedEventName = "OrderRefunded"

// ContractEventName returns the user-defined event name.
func (DataMarketOrderRefunded) ContractEventName() string {
	return DataMarketOrderRefundedEventName
}

// UnpackOrderRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderRefunded(uint256 indexed orderId, address indexed payer, uint256 amount)
func (dataMarket *DataMarket) UnpackOrderRefundedEvent(log *types.Log) (*DataMarketOrderRefunded, error) {
	event := "OrderRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketOrderRefunded)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketPaused represents a Paused event raised by the DataMarket contract.
type DataMarketPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (DataMarketPaused) ContractEventName() string {
	return DataMarketPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (dataMarket *DataMarket) UnpackPausedEvent(log *types.Log) (*DataMarketPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketPaused)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketPaymentCredited represents a PaymentCredited event raised by the DataMarket contract.
type DataMarketPaymentCredited struct {
	OrderId *big.Int
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketPaymentCreditedEventName = "PaymentCredited"

// ContractEventName returns the user-defined event name.
func (DataMarketPaymentCredited) ContractEventName() string {
	return DataMarketPaymentCreditedEventName
}

// UnpackPaymentCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentCredited(uint256 indexed orderId, address indexed account, uint256 amount)
func (dataMarket *DataMarket) UnpackPaymentCreditedEvent(log *types.Log) (*DataMarketPaymentCredited, error) {
	event := "PaymentCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketPaymentCredited)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleAdminChanged represents a RoleAdminChanged event raised by the DataMarket contract.
type DataMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleAdminChanged) ContractEventName() string {
	return DataMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataMarket *DataMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*DataMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleGranted represents a RoleGranted event raised by the DataMarket contract.
type DataMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleGranted) ContractEventName() string {
	return DataMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataMarket *DataMarket) UnpackRoleGrantedEvent(log *types.Log) (*DataMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketRoleRevoked represents a RoleRevoked event raised by the DataMarket contract.
type DataMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataMarketRoleRevoked) ContractEventName() string {
	return DataMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataMarket *DataMarket) UnpackRoleRevokedEvent(log *types.Log) (*DataMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketSellOrderCancelled represents a SellOrderCancelled event raised by the DataMarket contract.
type DataMarketSellOrderCancelled struct {
	Seller common.Address
	Nonce  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DataMarketSellOrderCancelledEventName = "SellOrderCancelled"

// ContractEventName returns the user-defined event name.
func (DataMarketSellOrderCancelled) ContractEventName() string {
	return DataMarketSellOrderCancelledEventName
}

// UnpackSellOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SellOrderCancelled(address indexed seller, uint256 indexed nonce)
func (dataMarket *DataMarket) UnpackSellOrderCancelledEvent(log *types.Log) (*DataMarketSellOrderCancelled, error) {
	event := "SellOrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketSellOrderCancelled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketSellOrderFilled represents a SellOrderFilled event raised by the DataMarket contract.
type DataMarketSellOrderFilled struct {
	Seller  common.Address
	Nonce   *big.Int
	OrderId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketSellOrderFilledEventName = "SellOrderFilled"

// ContractEventName returns the user-defined event name.
func (DataMarketSellOrderFilled) ContractEventName() string {
	return DataMarketSellOrderFilledEventName
}

// UnpackSellOrderFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SellOrderFilled(address indexed seller, uint256 indexed nonce, uint256 indexed orderId)
func (dataMarket *DataMarket) UnpackSellOrderFilledEvent(log *types.Log) (*DataMarketSellOrderFilled, error) {
	event := "SellOrderFilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketSellOrderFilled)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketUnpaused represents a Unpaused event raised by the DataMarket contract.
type DataMarketUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (DataMarketUnpaused) ContractEventName() string {
	return DataMarketUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (dataMarket *DataMarket) UnpackUnpausedEvent(log *types.Log) (*DataMarketUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketUnpaused)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketWindowsUpdated represents a WindowsUpdated event raised by the DataMarket contract.
type DataMarketWindowsUpdated struct {
	DeliveryWindow uint64
	ConfirmWindow  uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const DataMarketWindowsUpdatedEventName = "WindowsUpdated"

// ContractEventName returns the user-defined event name.
func (DataMarketWindowsUpdated) ContractEventName() string {
	return DataMarketWindowsUpdatedEventName
}

// UnpackWindowsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WindowsUpdated(uint64 deliveryWindow, uint64 confirmWindow)
func (dataMarket *DataMarket) UnpackWindowsUpdatedEvent(log *types.Log) (*DataMarketWindowsUpdated, error) {
	event := "WindowsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketWindowsUpdated)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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

// DataMarketWithdrawn represents a Withdrawn event raised by the DataMarket contract.
type DataMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DataMarketWithdrawn) ContractEventName() string {
	return DataMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (dataMarket *DataMarket) UnpackWithdrawnEvent(log *types.Log) (*DataMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := dataMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataMarket.abi.Events[event].Inputs {
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
func (dataMarket *DataMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ConfirmWindowClosed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackConfirmWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ConfirmWindowOpen"].ID.Bytes()[:4]) {
		return dataMarket.UnpackConfirmWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeliveryWindowClosed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeliveryWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["DeliveryWindowOpen"].ID.Bytes()[:4]) {
		return dataMarket.UnpackDeliveryWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["EmptyPublicKey"].ID.Bytes()[:4]) {
		return dataMarket.UnpackEmptyPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return dataMarket.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return dataMarket.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return dataMarket.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidOrderStatus"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidOrderStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return dataMarket.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return dataMarket.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NonceUsed"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNonceUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotAuthorizedTaker"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotAuthorizedTakerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotBuyer"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotDatasetOwner"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotDatasetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NotSeller"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNotSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return dataMarket.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["OrderExpired"].ID.Bytes()[:4]) {
		return dataMarket.UnpackOrderExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return dataMarket.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return dataMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return dataMarket.UnpackZeroPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataMarket.abi.Errors["ZeroWindow"].ID.Bytes()[:4]) {
		return dataMarket.UnpackZeroWindowError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataMarket contract.
type DataMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataMarket *DataMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*DataMarketAccessControlBadConfirmation, error) {
	out := new(DataMarketAccessControlBadConfirmation)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataMarket contract.
type DataMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataMarket *DataMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataMarketAccessControlUnauthorizedAccount, error) {
	out := new(DataMarketAccessControlUnauthorizedAccount)
	if err := dataMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketConfirmWindowClosed represents a ConfirmWindowClosed error raised by the DataMarket contract.
type DataMarketConfirmWindowClosed struct {
	OrderId   *big.Int
	ConfirmBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfirmWindowClosed(uint256 orderId, uint64 confirmBy)
func DataMarketConfirmWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xdc8c5ccd315144e7eae6094e47b019983eaaa76b8991a4c2a4609356e6a713e2")
}

// UnpackConfirmWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfirmWindowClosed(uint256 orderId, uint64 confirmBy)
func (dataMarket *DataMarket) UnpackConfirmWindowClosedError(raw []byte) (*DataMarketConfirmWindowClosed, error) {
	out := new(DataMarketConfirmWindowClosed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ConfirmWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketConfirmWindowOpen represents a ConfirmWindowOpen error raised by the DataMarket contract.
type DataMarketConfirmWindowOpen struct {
	OrderId   *big.Int
	ConfirmBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfirmWindowOpen(uint256 orderId, uint64 confirmBy)
func DataMarketConfirmWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x118697b704ef33a531ecf6cc90403373563f256391b4e8b0cc35b3c495b3417c")
}

// UnpackConfirmWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfirmWindowOpen(uint256 orderId, uint64 confirmBy)
func (dataMarket *DataMarket) UnpackConfirmWindowOpenError(raw []byte) (*DataMarketConfirmWindowOpen, error) {
	out := new(DataMarketConfirmWindowOpen)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ConfirmWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeliveryWindowClosed represents a DeliveryWindowClosed error raised by the DataMarket contract.
type DataMarketDeliveryWindowClosed struct {
	OrderId   *big.Int
	DeliverBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeliveryWindowClosed(uint256 orderId, uint64 deliverBy)
func DataMarketDeliveryWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x6f202c94eb86332c10a0079c9a3d30e0d4bc81aa89d63007d9fa082e32facd3a")
}

// UnpackDeliveryWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeliveryWindowClosed(uint256 orderId, uint64 deliverBy)
func (dataMarket *DataMarket) UnpackDeliveryWindowClosedError(raw []byte) (*DataMarketDeliveryWindowClosed, error) {
	out := new(DataMarketDeliveryWindowClosed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeliveryWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketDeliveryWindowOpen represents a DeliveryWindowOpen error raised by the DataMarket contract.
type DataMarketDeliveryWindowOpen struct {
	OrderId   *big.Int
	DeliverBy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeliveryWindowOpen(uint256 orderId, uint64 deliverBy)
func DataMarketDeliveryWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x3d76289426d8be368221593348c7cf008c5b5938dd2d453d731ec572ac2f25af")
}

// UnpackDeliveryWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeliveryWindowOpen(uint256 orderId, uint64 deliverBy)
func (dataMarket *DataMarket) UnpackDeliveryWindowOpenError(raw []byte) (*DataMarketDeliveryWindowOpen, error) {
	out := new(DataMarketDeliveryWindowOpen)
	if err := dataMarket.abi.UnpackIntoInterface(out, "DeliveryWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketEmptyPublicKey represents a EmptyPublicKey error raised by the DataMarket contract.
type DataMarketEmptyPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPublicKey()
func DataMarketEmptyPublicKeyErrorID() common.Hash {
	return common.HexToHash("0x4f42be3d0ceaf4ea5b69c99c3607aa56e28f89c131a1fc4d75901e55c66b66c3")
}

// UnpackEmptyPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPublicKey()
func (dataMarket *DataMarket) UnpackEmptyPublicKeyError(raw []byte) (*DataMarketEmptyPublicKey, error) {
	out := new(DataMarketEmptyPublicKey)
	if err := dataMarket.abi.UnpackIntoInterface(out, "EmptyPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketEnforcedPause represents a EnforcedPause error raised by the DataMarket contract.
type DataMarketEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func DataMarketEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (dataMarket *DataMarket) UnpackEnforcedPauseError(raw []byte) (*DataMarketEnforcedPause, error) {
	out := new(DataMarketEnforcedPause)
	if err := dataMarket.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketExpectedPause represents a ExpectedPause error raised by the DataMarket contract.
type DataMarketExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func DataMarketExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (dataMarket *DataMarket) UnpackExpectedPauseError(raw []byte) (*DataMarketExpectedPause, error) {
	out := new(DataMarketExpectedPause)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketFeeTooHigh represents a FeeTooHigh error raised by the DataMarket contract.
type DataMarketFeeTooHigh struct {
	FeeBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 feeBps)
func DataMarketFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x7b9314203a3b3ff62160a372518d07bc82a41321a06443b2fb210b880301fa53")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 feeBps)
func (dataMarket *DataMarket) UnpackFeeTooHighError(raw []byte) (*DataMarketFeeTooHigh, error) {
	out := new(DataMarketFeeTooHigh)
	if err := dataMarket.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidOrderStatus represents a InvalidOrderStatus error raised by the DataMarket contract.
type DataMarketInvalidOrderStatus struct {
	OrderId *big.Int
	Current uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOrderStatus(uint256 orderId, uint8 current)
func DataMarketInvalidOrderStatusErrorID() common.Hash {
	return common.HexToHash("0xf44b38f1d384e927808064d4df9b40c904436d8c6909267505b61f1625546dbe")
}

// UnpackInvalidOrderStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOrderStatus(uint256 orderId, uint8 current)
func (dataMarket *DataMarket) UnpackInvalidOrderStatusError(raw []byte) (*DataMarketInvalidOrderStatus, error) {
	out := new(DataMarketInvalidOrderStatus)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidOrderStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidShortString represents a InvalidShortString error raised by the DataMarket contract.
type DataMarketInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DataMarketInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (dataMarket *DataMarket) UnpackInvalidShortStringError(raw []byte) (*DataMarketInvalidShortString, error) {
	out := new(DataMarketInvalidShortString)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketInvalidSignature represents a InvalidSignature error raised by the DataMarket contract.
type DataMarketInvalidSignature struct {
	Seller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address seller)
func DataMarketInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address seller)
func (dataMarket *DataMarket) UnpackInvalidSignatureError(raw []byte) (*DataMarketInvalidSignature, error) {
	out := new(DataMarketInvalidSignature)
	if err := dataMarket.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketListingInactive represents a ListingInactive error raised by the DataMarket contract.
type DataMarketListingInactive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 listingId)
func DataMarketListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 listingId)
func (dataMarket *DataMarket) UnpackListingInactiveError(raw []byte) (*DataMarketListingInactive, error) {
	out := new(DataMarketListingInactive)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNonceUsed represents a NonceUsed error raised by the DataMarket contract.
type DataMarketNonceUsed struct {
	Seller common.Address
	Nonce  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceUsed(address seller, uint256 nonce)
func DataMarketNonceUsedErrorID() common.Hash {
	return common.HexToHash("0x2af71f10069c28afc67c3752e87e0e4616a97948d33c8f404a856c0c334b3e01")
}

// UnpackNonceUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceUsed(address seller, uint256 nonce)
func (dataMarket *DataMarket) UnpackNonceUsedError(raw []byte) (*DataMarketNonceUsed, error) {
	out := new(DataMarketNonceUsed)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NonceUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotAuthorizedTaker represents a NotAuthorizedTaker error raised by the DataMarket contract.
type DataMarketNotAuthorizedTaker struct {
	Caller common.Address
	Buyer  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizedTaker(address caller, address buyer)
func DataMarketNotAuthorizedTakerErrorID() common.Hash {
	return common.HexToHash("0x05b0a745ea07c966c34f8124f124901596b6800c3cce80638f518ad8477903ec")
}

// UnpackNotAuthorizedTakerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizedTaker(address caller, address buyer)
func (dataMarket *DataMarket) UnpackNotAuthorizedTakerError(raw []byte) (*DataMarketNotAuthorizedTaker, error) {
	out := new(DataMarketNotAuthorizedTaker)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotAuthorizedTaker", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotBuyer represents a NotBuyer error raised by the DataMarket contract.
type DataMarketNotBuyer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBuyer(address caller)
func DataMarketNotBuyerErrorID() common.Hash {
	return common.HexToHash("0x0eed4964bdba59f1f4a6af293f1d22a09b8d0f1e14d063f9e38b143777733580")
}

// UnpackNotBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBuyer(address caller)
func (dataMarket *DataMarket) UnpackNotBuyerError(raw []byte) (*DataMarketNotBuyer, error) {
	out := new(DataMarketNotBuyer)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotDatasetOwner represents a NotDatasetOwner error raised by the DataMarket contract.
type DataMarketNotDatasetOwner struct {
	DatasetId *big.Int
	Account   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatasetOwner(uint256 datasetId, address account)
func DataMarketNotDatasetOwnerErrorID() common.Hash {
	return common.HexToHash("0x55c570826f7a2de708d5db11d0cff85668fc1b3c4affc90bfe0ac828f5a61398")
}

// UnpackNotDatasetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatasetOwner(uint256 datasetId, address account)
func (dataMarket *DataMarket) UnpackNotDatasetOwnerError(raw []byte) (*DataMarketNotDatasetOwner, error) {
	out := new(DataMarketNotDatasetOwner)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotDatasetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNotSeller represents a NotSeller error raised by the DataMarket contract.
type DataMarketNotSeller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeller(address caller)
func DataMarketNotSellerErrorID() common.Hash {
	return common.HexToHash("0xe38d022aeae454264a63d593ece823a0feb1e7878fb6162bd7e8cd8c97eab88c")
}

// UnpackNotSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeller(address caller)
func (dataMarket *DataMarket) UnpackNotSellerError(raw []byte) (*DataMarketNotSeller, error) {
	out := new(DataMarketNotSeller)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NotSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketNothingToWithdraw represents a NothingToWithdraw error raised by the DataMarket contract.
type DataMarketNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func DataMarketNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (dataMarket *DataMarket) UnpackNothingToWithdrawError(raw []byte) (*DataMarketNothingToWithdraw, error) {
	out := new(DataMarketNothingToWithdraw)
	if err := dataMarket.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketOrderExpired represents a OrderExpired error raised by the DataMarket contract.
type DataMarketOrderExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderExpired(uint256 deadline)
func DataMarketOrderExpiredErrorID() common.Hash {
	return common.HexToHash("0x1ad308dc7017610c82d08084545f7176df5e2f08f078c3c8f8926cd7e5555514")
}

// UnpackOrderExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderExpired(uint256 deadline)
func (dataMarket *DataMarket) UnpackOrderExpiredError(raw []byte) (*DataMarketOrderExpired, error) {
	out := new(DataMarketOrderExpired)
	if err := dataMarket.abi.UnpackIntoInterface(out, "OrderExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataMarket contract.
type DataMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataMarket *DataMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*DataMarketSafeERC20FailedOperation, error) {
	out := new(DataMarketSafeERC20FailedOperation)
	if err := dataMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketStringTooLong represents a StringTooLong error raised by the DataMarket contract.
type DataMarketStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DataMarketStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (dataMarket *DataMarket) UnpackStringTooLongError(raw []byte) (*DataMarketStringTooLong, error) {
	out := new(DataMarketStringTooLong)
	if err := dataMarket.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketZeroAddress represents a ZeroAddress error raised by the DataMarket contract.
type DataMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DataMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (dataMarket *DataMarket) UnpackZeroAddressError(raw []byte) (*DataMarketZeroAddress, error) {
	out := new(DataMarketZeroAddress)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketZeroPrice represents a ZeroPrice error raised by the DataMarket contract.
type DataMarketZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func DataMarketZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (dataMarket *DataMarket) UnpackZeroPriceError(raw []byte) (*DataMarketZeroPrice, error) {
	out := new(DataMarketZeroPrice)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataMarketZeroWindow represents a ZeroWindow error raised by the DataMarket contract.
type DataMarketZeroWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroWindow()
func DataMarketZeroWindowErrorID() common.Hash {
	return common.HexToHash("0x4acbbb65735ebcb75e546edde022e21caf0dc1d70da374d006de6ea05b2b92cf")
}

// UnpackZeroWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroWindow()
func (dataMarket *DataMarket) UnpackZeroWindowError(raw []byte) (*DataMarketZeroWindow, error) {
	out := new(DataMarketZeroWindow)
	if err := dataMarket.abi.UnpackIntoInterface(out, "ZeroWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}
