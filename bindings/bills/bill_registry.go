// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bills

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

// BillRegistryBill is an auto generated low-level Go binding around an user-defined struct.
type BillRegistryBill struct {
	Terms      BillRegistryTerms
	State      uint8
	Redeemed   *big.Int
	Discharged *big.Int
}

// BillRegistryFinancingRequest is an auto generated low-level Go binding around an user-defined struct.
type BillRegistryFinancingRequest struct {
	Financier common.Address
	Price     *big.Int
}

// BillRegistryPart is an auto generated low-level Go binding around an user-defined struct.
type BillRegistryPart struct {
	Slot          *big.Int
	Value         *big.Int
	Parent        *big.Int
	Inherited     uint32
	Depth         uint32
	RecourseLimit uint32
	ChainHash     [32]byte
}

// BillRegistryRecourseClaim is an auto generated low-level Go binding around an user-defined struct.
type BillRegistryRecourseClaim struct {
	Claimant common.Address
	Obligor  common.Address
	Position *big.Int
	Amount   *big.Int
}

// BillRegistryTerms is an auto generated low-level Go binding around an user-defined struct.
type BillRegistryTerms struct {
	Drawer    common.Address
	Acceptor  common.Address
	Currency  common.Address
	FaceValue *big.Int
	Maturity  uint64
	BillNo    [32]byte
}

// BillRegistryMetaData contains all meta data concerning the BillRegistry contract.
var BillRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ApprovalToOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"BillExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"}],\"name\":\"ChainMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"GracePeriodRunning\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"enumBillRegistry.BillState\",\"name\":\"current\",\"type\":\"uint8\"}],\"name\":\"InvalidBillState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"InvalidPosition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maturity\",\"type\":\"uint64\"}],\"name\":\"MaturityMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"MissingRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NoFinancingRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NoRecourseClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAcceptor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotOwnerOrApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"SelfRecourse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromSlot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toSlot\",\"type\":\"uint256\"}],\"name\":\"SlotMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"SplitTooDeep\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"ApprovalValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"}],\"name\":\"BillAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"BillDishonoured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"drawer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"faceValue\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maturity\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"billNo\",\"type\":\"bytes32\"}],\"name\":\"BillIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BillPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BillRedeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"BillRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"BillSplit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"Endorsed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Financed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"FinancingCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"FinancingRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RecourseClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RecourseSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_oldSlot\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_newSlot\",\"type\":\"uint256\"}],\"name\":\"SlotChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"}],\"name\":\"TransferValue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCEPTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DRAWER_POSITION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DRAWER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FINANCIER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SPLIT_DEPTH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYMENT_GRACE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"bill\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"drawer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"faceValue\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maturity\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"billNo\",\"type\":\"bytes32\"}],\"internalType\":\"structBillRegistry.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"enumBillRegistry.BillState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"redeemed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"discharged\",\"type\":\"uint256\"}],\"internalType\":\"structBillRegistry.Bill\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"cancelFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"claimRecourse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"dishonour\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"endorse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"endorsementCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"endorserAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"finance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"financingRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"internalType\":\"structBillRegistry.FinancingRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"faceValue\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maturity\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"billNo\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"issue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"part\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"parent\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"inherited\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"depth\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"recourseLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chainHash\",\"type\":\"bytes32\"}],\"internalType\":\"structBillRegistry.Part\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"}],\"name\":\"pay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"payRecourse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"recourseClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"obligor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structBillRegistry.RecourseClaim\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"reasonHash\",\"type\":\"bytes32\"}],\"name\":\"reject\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"financier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"requestFinancing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"drawer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"acceptor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"currency\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"faceValue\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"maturity\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"billNo\",\"type\":\"bytes32\"}],\"internalType\":\"structBillRegistry.Terms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"slotFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"split\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newTokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toTokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valueDecimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "BillRegistry",
	Bin: "0x60806040526001600855348015610014575f5ffd5b50604051613e72380380613e7283398101604081905261003391610157565b6040518060400160405280600f81526020016e161a585b99d8da185a5b88109a5b1b608a1b81525060405180604001604052806005815260200164161092531360da1b815250815f90816100879190610227565b5060016100948282610227565b506100a391505f9050826100aa565b50506102e5565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff1661014e575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101063390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610151565b505f5b92915050565b5f60208284031215610167575f5ffd5b81516001600160a01b038116811461017d575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101ac57607f821691505b6020821081036101ca57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610222578282111561022257805f5260205f20601f840160051c60208510156101fb57505f5b90810190601f840160051c035f5b8181101561021e575f83820155600101610209565b5050505b505050565b81516001600160401b0381111561024057610240610184565b6102548161024e8454610198565b846101d0565b6020601f821160018114610286575f831561026f5750848201515b5f19600385901b1c1916600184901b1784556102de565b5f84815260208120601f198516915b828110156102b55787850151825560209485019460019092019101610295565b50848210156102d257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b613b80806102f25f395ff3fe608060405234801561000f575f5ffd5b5060043610610367575f3560e01c8063709cc5f8116101c9578063a7f4bc3f116100fe578063c87b56dd1161009e578063dd4e536211610079578063dd4e53621461093c578063e345e0bc1461094f578063e63ab1e914610962578063e985e9c514610989575f5ffd5b8063c87b56dd14610903578063d547741f14610916578063db006a7514610929575f5ffd5b8063b88d4fde116100d9578063b88d4fde146108ad578063c06abe96146108c0578063c07b004c146108dd578063c290d691146108f0575f5ffd5b8063a7f4bc3f146107d5578063aa902be6146107dd578063ab6188a2146107f0575f5ffd5b806391be09fe116101695780639cc7f708116101445780639cc7f708146107815780639e053a7b14610794578063a217fddf146107bb578063a22cb465146107c2575f5ffd5b806391be09fe1461074457806391d148541461076657806395d89b4114610779575f5ffd5b80638456cb59116101a45780638456cb591461068857806385164c9914610690578063866580191461070a5780638cb0a51114610731575f5ffd5b8063709cc5f81461064f57806370a08231146106625780637bbc23a414610675575f5ffd5b806339ae2b7a1161029f5780635bb717341161023f5780636156673a1161021a5780636156673a146105ef5780636352211e1461061657806369574d71146106295780636be1320b1461063c575f5ffd5b80635bb71734146105b15780635c975abb146105c457806360ea5a3c146105cf575f5ffd5b8063421d5af81161027a578063421d5af81461050157806342842e0e14610578578063472d5aec1461058b5780634b19becc1461059e575f5ffd5b806339ae2b7a146104c35780633e7e8669146104eb5780633f4ba83a146104f9575f5ffd5b8063248a9ca31161030a578063310ed7f0116102e5578063310ed7f01461047757806333a898551461048a57806334fcb8c41461049d57806336568abe146104b0575f5ffd5b8063248a9ca31461042f578063263f3e7e146104515780632f2ff15d14610464575f5ffd5b8063095ea7b311610345578063095ea7b3146103d35780630f485c02146103e857806319b05f491461040957806323b872dd1461041c575f5ffd5b806301ffc9a71461036b57806306fdde0314610393578063081812fc146103a8575b5f5ffd5b61037e6103793660046134eb565b61099c565b60405190151581526020015b60405180910390f35b61039b6109c6565b60405161038a9190613534565b6103bb6103b6366004613546565b610a55565b6040516001600160a01b03909116815260200161038a565b6103e66103e1366004613578565b610a7c565b005b6103fb6103f63660046135a0565b610a8b565b60405190815260200161038a565b6103e6610417366004613546565b610aa1565b6103e661042a3660046135d3565b610b3f565b6103fb61043d366004613546565b5f9081526006602052604090206001015490565b6103fb61045f366004613546565b610bc8565b6103e66104723660046135fc565b610be5565b6103e6610485366004613626565b610c09565b6103e6610498366004613546565b610d0e565b6103e66104ab36600461364f565b610f57565b6103e66104be3660046135fc565b6111d4565b6104d66104d1366004613685565b61120c565b6040805192835260208301919091520161038a565b6040515f815260200161038a565b6103e66114e8565b61055461050f366004613546565b604080518082019091525f8082526020820152505f908152600e6020908152604091829020825180840190935280546001600160a01b03168352600101549082015290565b6040805182516001600160a01b03168152602092830151928101929092520161038a565b6103e66105863660046135d3565b61151d565b6103bb61059936600461364f565b611537565b6103fb6105ac36600461364f565b6115f8565b6103fb6105bf3660046136e7565b61160c565b60075460ff1661037e565b6105e26105dd366004613546565b61163c565b60405161038a9190613784565b6103fb7f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea0081565b6103bb610624366004613546565b61174c565b6103e66106373660046135a0565b611756565b6103e661064a36600461364f565b6118ef565b6103e661065d36600461364f565b61194a565b6103fb6106703660046137c4565b611a99565b6103e6610683366004613546565b611ade565b6103e6611ba0565b6106a361069e366004613546565b611bd2565b60405161038a91905f60e08201905082518252602083015160208301526040830151604083015263ffffffff606084015116606083015263ffffffff608084015116608083015263ffffffff60a08401511660a083015260c083015160c083015292915050565b6103fb7f250ad1e99a77296085a0ae2db117c17df190acc97320e6e73bc731d7581b59cc81565b6103e661073f3660046135a0565b611c90565b61074e6203f48081565b6040516001600160401b03909116815260200161038a565b61037e6107743660046135fc565b611d6e565b61039b611d98565b6103fb61078f366004613546565b611da7565b6103fb7f669896195937fd43b7a426ee48677440b45125c3b239efdabd4dbb39a68ebfb481565b6103fb5f81565b6103e66107d03660046137dd565b611dc7565b6103fb5f1981565b6103fb6107eb366004613546565b611dd2565b61086c6107fe366004613546565b60408051608080820183525f80835260208084018290528385018290526060938401829052948152600f85528390208351918201845280546001600160a01b039081168352600182015416948201949094526002840154928101929092526003909201549181019190915290565b60405161038a919081516001600160a01b03908116825260208084015190911690820152604080830151908201526060918201519181019190915260800190565b6103e66108bb36600461382a565b611dfe565b6108c8600881565b60405163ffffffff909116815260200161038a565b6103e66108eb366004613546565b611e16565b6103e66108fe366004613546565b611f3a565b61039b610911366004613546565b6120ab565b6103e66109243660046135fc565b61211b565b6103e6610937366004613546565b61213f565b6103e661094a3660046135fc565b61226d565b6103fb61095d3660046135fc565b6122a1565b6103fb7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61037e610997366004613904565b6122e3565b5f6001600160e01b03198216630354d60560e61b14806109c057506109c082612310565b92915050565b60605f80546109d49061392c565b80601f0160208091040260200160405190810160405280929190818152602001828054610a009061392c565b8015610a4b5780601f10610a2257610100808354040283529160200191610a4b565b820191905f5260205f20905b815481529060010190602001808311610a2e57829003601f168201915b5050505050905090565b5f610a5f82612334565b505f828152600460205260409020546001600160a01b03166109c0565b610a8782823361236c565b5050565b5f610a97848484612379565b90505b9392505050565b610aa96124b4565b5f610ab58260016124da565b60048101549091506001600160401b03164210610b005760048181015460405163394994a160e21b81529182018490526001600160401b031660248201526044015b60405180910390fd5b60068101805460ff19166002179055604051339083907f48143181b491a45985751abc15488549bf68ed73bca31cd7ed0f861a630931d7905f90a35050565b6001600160a01b038216610b6857604051633250574960e11b81525f6004820152602401610af7565b5f610b7483833361256c565b9050836001600160a01b0316816001600160a01b031614610bc2576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610af7565b50505050565b5f610bd282612334565b50505f908152600a602052604090205490565b5f82815260066020526040902060010154610bff81612628565b610bc28383612632565b610c116124b4565b610c1b83826126c3565b50610c2582612334565b505f838152600a602052604080822084835291208054825414610c68578154815460405163b75c922560e01b815260048101929092526024820152604401610af7565b80600401548260040154141580610c7e57508385145b15610ca65760405163388df5a560e11b81526004810186905260248101859052604401610af7565b8154610cb19061280d565b82826001015f828254610cc49190613978565b9250508190555082816001015f828254610cde919061398b565b9091555050604051838152849086905f516020613b2b5f395f51905f529060200160405180910390a35050505050565b5f818152600f6020908152604091829020825160808101845281546001600160a01b03908116825260018301541692810183905260028201549381019390935260030154606083015233141580610d70575060208101516001600160a01b0316155b15610d9757604051630e2794ef60e01b815260048101839052336024820152604401610af7565b5f828152600a602090815260408083208054845260099092529091206005600682015460ff166005811115610dce57610dce613750565b14158015610df557506003600682015460ff166005811115610df257610df2613750565b14155b15610e1f578154600682015460405163266b81c160e11b8152610af7929160ff169060040161399e565b5f848152600f602052604080822080546001600160a01b03199081168255600180830180549092169091556002820184905560039091019290925584015101610e8e578260600151816008015f828254610e79919061398b565b90915550610e89905084836128a3565b610ede565b60015f805c60ff19168217905d50610ea733855f61256c565b505f60ff19815c16815d50604083015160038301805463ffffffff909216600160401b0263ffffffff60401b199092169190911790555b825f01516001600160a01b0316336001600160a01b0316857f4a3c87afe2f8a55813d19a8cfdfe5b2aa575f74f693d025dbc7ee51916d67d8e8660600151604051610f2b91815260200190565b60405180910390a4825160608401516002830154610bc2926001600160a01b039091169133919061290c565b5f610f6183612334565b90506001600160a01b0381163314610f95576040516372ee75f960e11b815233600482015260248101849052604401610af7565b5f838152600a602090815260408083208054845260099092529091206005600682015460ff166005811115610fcc57610fcc613750565b14158015610ff357506003600682015460ff166005811115610ff057610ff0613750565b14155b1561101d578154600682015460405163266b81c160e11b8152610af7929160ff169060040161399e565b5f5f198503611037575080546001600160a01b031661107f565b6003830154600160401b900463ffffffff16851061107257604051637cdcced360e01b81526004810187905260248101869052604401610af7565b61107c8686611537565b90505b836001600160a01b0316816001600160a01b0316036110bc576040516352c73ad360e01b81526001600160a01b0385166004820152602401610af7565b6040518060800160405280856001600160a01b03168152602001826001600160a01b031681526020018681526020018460010154815250600f5f8881526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506040820151816002015560608201518160030155905050806001600160a01b0316846001600160a01b0316877f057dc2fd0897f9386d1a315974dceabecaa9f64d3b9e1da21a70336d1d31ce7c8887600101546040516111c4929190918252602082015260400190565b60405180910390a4505050505050565b6001600160a01b03811633146111fd5760405163334bd91960e11b815260040160405180910390fd5b6112078282612942565b505050565b5f5f7f250ad1e99a77296085a0ae2db117c17df190acc97320e6e73bc731d7581b59cc61123881612628565b6112406124b4565b61126a7f669896195937fd43b7a426ee48677440b45125c3b239efdabd4dbb39a68ebfb48a611d6e565b6112b75760405162b0d32560e11b81526001600160a01b038a1660048201527f669896195937fd43b7a426ee48677440b45125c3b239efdabd4dbb39a68ebfb46024820152604401610af7565b6001600160a01b0388163b15806112cc575086155b806112e0575042866001600160401b031611155b156112fe57604051630256965f60e01b815260040160405180910390fd5b5f6040518060c00160405280336001600160a01b031681526020018b6001600160a01b031681526020018a6001600160a01b03168152602001898152602001886001600160401b031681526020018781525090508060405160200161136391906139b2565b60408051601f1981840301815291815281516020928301205f818152600990935290822090955090600682015460ff1660058111156113a4576113a4613750565b146113c557604051630d32d8c760e01b815260048101869052602401610af7565b815181546001600160a01b03199081166001600160a01b039283161783556020840151600180850180548416928516929092179091556040850151600285018054909316931692909217905560608301516003830155608083015160048301805467ffffffffffffffff19166001600160401b0390921691909117905560a0830151600583015560068201805460ff19168280021790555061146986868b5f6129ad565b604080516001600160a01b038e8116825289811660208301528d1681830152606081018c90526001600160401b038b16608082015260a081018a905290519195503391869188917f534aefa68969e40de1c62b37eca44a0e5024ca9b81c048898673b9faf8a8c26c9181900360c00190a4505050965096945050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61151281612628565b61151a612af2565b50565b61120783838360405180602001604052805f815250611dfe565b5f61154183611dd2565b821061156a57604051637cdcced360e01b81526004810184905260248101839052604401610af7565b825b5f818152600a602052604090206003015463ffffffff168310156115a0575f908152600a602052604090206002015461156c565b5f818152600b60209081526040808320600a909252909120600301546115cc9063ffffffff1685613978565b815481106115dc576115dc6139c0565b5f918252602090912001546001600160a01b0316949350505050565b5f610a9a8361160685612334565b84612379565b5f8160405160200161161e91906139d4565b60408051601f19818403018152919052805160209091012092915050565b60408051610140810182525f6080820181815260a0830182905260c0830182905260e083018290526101008301829052610120830182905282526020820181905291810182905260608101919091525f828152600960209081526040918290208251610140810190935280546001600160a01b03908116608085019081526001830154821660a0860152600283015490911660c0850152600382015460e085015260048201546001600160401b03166101008501526005808301546101208601529084526006820154919284019160ff169081111561171d5761171d613750565b600581111561172e5761172e613750565b81526007820154602082015260089091015460409091015292915050565b5f6109c082612334565b61175e6124b4565b5f61176884612334565b90506001600160a01b038116331461179c576040516372ee75f960e11b815233600482015260248101859052604401610af7565b6117c67f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea0084611d6e565b6118135760405162b0d32560e11b81526001600160a01b03841660048201527f90ae81e350820d4cceeb313af90be8da2e3c8d05e7cdbd321e6dbc055898ea006024820152604401610af7565b5f848152600a602052604090208215806118305750806001015483115b1561185e57600181015460405163af608abb60e01b8152610af7918591600401918252602082015260400190565b80546118699061280d565b6040805180820182526001600160a01b0386811680835260208084018881525f8b8152600e8352869020945185546001600160a01b0319169085161785555160019094019390935592518681529085169188917fabea0eff1cb002e43898b1423d6c53bd58edfeaed514639e65ac57b44664693d91015b60405180910390a45050505050565b5f6118fb8360016124da565b60068101805460ff19166003179055604051838152909150339084907f860eeb898dc4061fd7a1fbd9ae7f188a9970002ed51e646cfffdd6159ff2b8c7906020015b60405180910390a3505050565b5f8281526009602052604090206002600682015460ff16600581111561197257611972613750565b1461199d57600681015460405163266b81c160e11b8152610af791859160ff9091169060040161399e565b60048101546001600160401b0316428111156119de5760405163394994a160e21b8152600481018590526001600160401b0382166024820152604401610af7565b60018201546001600160a01b03163314801590611a0f5750611a036203f48082613a55565b6001600160401b031642105b15611a4c5783611a226203f48083613a55565b604051624f02d760e31b815260048101929092526001600160401b03166024820152604401610af7565b60068201805460ff19166005179055604051838152339085907f39646bf5a5b6059a45f538979153285fc809ef55050c37ac480769cfdbde73b5906020015b60405180910390a350505050565b5f6001600160a01b038216611ac3576040516322718ad960e21b81525f6004820152602401610af7565b506001600160a01b03165f9081526003602052604090205490565b33611ae882612334565b6001600160a01b031614611b18576040516372ee75f960e11b815233600482015260248101829052604401610af7565b5f818152600e60205260409020546001600160a01b0316611b555760405163775fc50b60e01b815260048101829052336024820152604401610af7565b5f818152600e602052604080822080546001600160a01b03191681556001018290555182917f4a76c70d0348c44597d35e58d3590f2f63c57c5b2f6117e65d5118b7ac8e0afd91a250565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611bca81612628565b61151a612b44565b611c1d6040518060e001604052805f81526020015f81526020015f81526020015f63ffffffff1681526020015f63ffffffff1681526020015f63ffffffff1681526020015f81525090565b505f908152600a6020908152604091829020825160e08101845281548152600182015492810192909252600281015492820192909252600382015463ffffffff8082166060840152640100000000820481166080840152600160401b9091041660a082015260049091015460c082015290565b5f611c9a84612334565b9050806001600160a01b0316836001600160a01b031603611cd95760405163b8c748d160e01b81526001600160a01b0384166004820152602401610af7565b611ce4813386612b81565b611d0a576040516372ee75f960e11b815233600482015260248101859052604401610af7565b5f848152600d60209081526040808320600c835281842054845282528083206001600160a01b038716808552908352928190208590555184815286917f621b050de0ad08b51d19b48b3e6df75348c4de6bdd93e81b252ca62e28265b1b9101611a8b565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546109d49061392c565b5f611db182612334565b50505f908152600a602052604090206001015490565b610a87338383612be2565b5f818152600b6020908152604080832054600a9092528220600301546109c0919063ffffffff1661398b565b611e09848484610b3f565b610bc23385858585612ca1565b611e1e6124b4565b5f818152600e6020908152604091829020825180840190935280546001600160a01b03168084526001909101549183019190915233141580611e68575080516001600160a01b0316155b15611e8f5760405163775fc50b60e01b815260048101839052336024820152604401610af7565b5f611e9983612334565b5f848152600a60205260408120919250611eb6903390869061256c565b506020808401516001830154604080519283529282015233916001600160a01b0385169187917fa63ef7a6b3d1bca789a145104f6bc345044b694c60d8a5fe382a9847ac829129910160405180910390a460208084015182545f9081526009909252604090912060020154610bc2916001600160a01b03909116903390859061290c565b5f8181526009602052604090206002600682015460ff166005811115611f6257611f62613750565b14158015611f8957506005600682015460ff166005811115611f8657611f86613750565b14155b15611fb457600681015460405163266b81c160e11b8152610af791849160ff9091169060040161399e565b60018101546001600160a01b03163314611fe357604051633c5c674b60e11b8152336004820152602401610af7565b60048101546001600160401b03164210156120275760048181015460405163394994a160e21b81529182018490526001600160401b03166024820152604401610af7565b60068101805460ff19166004179055600881015460038201545f9161204b91613978565b9050336001600160a01b0316837f1160551d75c5991b99a017ccd357dc5f0c5d58b80138b93fc1867219af42889f8360405161208991815260200190565b60405180910390a36002820154611207906001600160a01b031633308461290c565b60606120b682612334565b505f6120cc60408051602081019091525f815290565b90505f8151116120ea5760405180602001604052805f815250610a9a565b806120f484612dc8565b604051602001612105929190613a8b565b6040516020818303038152906040529392505050565b5f8281526006602052604090206001015461213581612628565b610bc28383612942565b5f61214982612334565b90506001600160a01b038116331461217d576040516372ee75f960e11b815233600482015260248101839052604401610af7565b5f828152600a602090815260408083208054845260099092529091206004600682015460ff1660058111156121b4576121b4613750565b146121de578154600682015460405163266b81c160e11b8152610af7929160ff169060040161399e565b5f8260010154905080826007015f8282546121f9919061398b565b90915550612209905085846128a3565b836001600160a01b0316857f816e534dcf0d45452e33e655eb85142edb307ee6cbe0b7e5a48f2357e82097b18360405161224591815260200190565b60405180910390a36002820154612266906001600160a01b03168583612e57565b5050505050565b6001600160a01b03811661229657604051633250574960e11b81525f6004820152602401610af7565b61120781833361256c565b5f6122ab83612334565b50505f918252600d60209081526040808420600c835281852054855282528084206001600160a01b0393909316845291905290205490565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f6001600160e01b03198216637965db0b60e01b14806109c057506109c082612e8c565b5f818152600260205260408120546001600160a01b0316806109c057604051637e27328960e01b815260048101849052602401610af7565b6112078383836001612edb565b5f6123826124b4565b5f61238d85846126c3565b5f868152600a602052604090208054919250906123a99061280d565b6003810154600864010000000090910463ffffffff16106123e05760405163282c717d60e11b815260048101879052602401610af7565b83816001015f8282546123f39190613978565b909155505080546124079086905f896129ad565b5f818152600a60205260409081902060018101879055905191945090849088905f516020613b2b5f395f51905f52906124439089815260200190565b60405180910390a383877f7718da96dcba5a279c38a8a4d9ebd62efe33df4e5adea96464cbaaaef4bb95d48760405161247e91815260200190565b60405180910390a3826001600160a01b0316866001600160a01b0316146124aa576124aa848488612fdf565b5050509392505050565b60075460ff16156124d85760405163d93c066560e01b815260040160405180910390fd5b565b5f8281526009602052604090208160058111156124f9576124f9613750565b600682015460ff16600581111561251257612512613750565b1461253d57600681015460405163266b81c160e11b8152610af791859160ff9091169060040161399e565b60018101546001600160a01b031633146109c057604051633c5c674b60e11b8152336004820152602401610af7565b5f6125788484846130e5565b90506001600160a01b0381161580159061259a57506001600160a01b03841615155b15610a9a575f838152600e6020908152604080832080546001600160a01b0319168155600101839055600c909152812080549091906125d890613a9f565b9091555060ff5f5c16610a9a576125ed6124b4565b5f838152600a60205260409020546126049061280d565b836001600160a01b0316816001600160a01b031614610a9a57610a9a838286612fdf565b61151a81336131d7565b5f61263d8383611d6e565b6126bc575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556126743390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109c0565b505f6109c0565b5f6126cd83612334565b90508115806126eb57505f838152600a602052604090206001015482115b156127135760405163de9b74a160e01b81526004810184905260248101839052604401610af7565b5f838152600e6020526040812080546001600160a01b03191681556001015561273d813385612b81565b6109c0575f838152600d60209081526040808320600c835281842054845282528083203384529182905290912054838110156127a357604051630de6846b60e01b8152600481018690523360248201526044810182905260648101859052608401610af7565b5f198114612805576127b58482613978565b335f81815260208590526040902091909155857f621b050de0ad08b51d19b48b3e6df75348c4de6bdd93e81b252ca62e28265b1b6127f38785613978565b60405190815260200160405180910390a35b505092915050565b5f8181526009602052604090206002600682015460ff16600581111561283557612835613750565b1461286057600681015460405163266b81c160e11b8152610af791849160ff9091169060040161399e565b60048101546001600160401b03164210610a875760048181015460405163394994a160e21b81529182018490526001600160401b03166024820152604401610af7565b600180820180545f91829055848252600f6020526040822080546001600160a01b031990811682559381018054909416909355600283018290556003909201556128ec83613210565b5f835f516020613b2b5f395f51905f528360405161193d91815260200190565b61291a848484846001613248565b610bc257604051635274afe760e01b81526001600160a01b0385166004820152602401610af7565b5f61294d8383611d6e565b156126bc575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016109c0565b600880545f91826129bd83613a9f565b909155505f818152600a60205260409020858155600181018590559091508215612a81575f838152600a60205260408120906129f885611dd2565b600284018690556003808501805463ffffffff191663ffffffff8481169190911790915590840154919250612a37916401000000009004166001613ab7565b6003840180546bffffffffffffffff00000000191664010000000063ffffffff9384160263ffffffff60401b191617600160401b9390921692909202179055600490810154908201555b612a8b86836132b5565b845f837fe4f48c240d3b994948aa54f3e2f5fca59263dfe1d52b6e4cf39a5d249b5ccb6560405160405180910390a48315612ae957815f5f516020613b2b5f395f51905f5286604051612ae091815260200190565b60405180910390a35b50949350505050565b612afa613316565b6007805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b612b4c6124b4565b6007805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258612b273390565b5f6001600160a01b03831615801590610a975750826001600160a01b0316846001600160a01b03161480612bba5750612bba84846122e3565b80610a975750505f908152600460205260409020546001600160a01b03908116911614919050565b6001600160a01b038316612c0b5760405163a9fbf51f60e01b81525f6004820152602401610af7565b6001600160a01b038216612c3d57604051630b61174360e31b81526001600160a01b0383166004820152602401610af7565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910161193d565b6001600160a01b0383163b1561226657604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290612ce3908890889087908790600401613ad3565b6020604051808303815f875af1925050508015612d1d575060408051601f3d908101601f19168201909252612d1a91810190613b0f565b60015b612d84573d808015612d4a576040519150601f19603f3d011682016040523d82523d5f602084013e612d4f565b606091505b5080515f03612d7c57604051633250574960e11b81526001600160a01b0385166004820152602401610af7565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14612dc057604051633250574960e11b81526001600160a01b0385166004820152602401610af7565b505050505050565b60605f612dd483613339565b60010190505f816001600160401b03811115612df257612df2613816565b6040519080825280601f01601f191660200182016040528015612e1c576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084612e2657509392505050565b612e648383836001613410565b61120757604051635274afe760e01b81526001600160a01b0384166004820152602401610af7565b5f6001600160e01b031982166380ac58cd60e01b1480612ebc57506001600160e01b03198216635b5e139f60e01b145b806109c057506301ffc9a760e01b6001600160e01b03198316146109c0565b8080612eef57506001600160a01b03821615155b15612fb0575f612efe84612334565b90506001600160a01b03831615801590612f2a5750826001600160a01b0316816001600160a01b031614155b8015612f3d5750612f3b81846122e3565b155b15612f665760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610af7565b8115612fae5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f838152600a6020526040812090612ff685611dd2565b5f868152600b6020908152604080832080546001810182559084529282902090920180546001600160a01b0319166001600160a01b03898116918217909255600487015484519384015292820192909252908516606082015290915060800160408051601f198184030181529190528051602090910120600483015561307d81600161398b565b8260030160086101000a81548163ffffffff021916908363ffffffff160217905550826001600160a01b0316846001600160a01b0316867f4289abc6534411e1e472914994206d5d646f324a5618801a8f029a487fc9c596846040516118e091815260200190565b5f828152600260205260408120546001600160a01b039081169083161561311157613111818486613472565b6001600160a01b0381161561314b5761312c5f855f5f612edb565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615613179576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6131e18282611d6e565b610a875760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610af7565b5f61321c5f835f61256c565b90506001600160a01b038116610a8757604051637e27328960e01b815260048101839052602401610af7565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166132a4578383151615613298573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b0382166132de57604051633250574960e11b81525f6004820152602401610af7565b5f6132ea83835f61256c565b90506001600160a01b03811615611207576040516339e3563760e11b81525f6004820152602401610af7565b60075460ff166124d857604051638dfc202b60e01b815260040160405180910390fd5b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106133775772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106133a3576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106133c157662386f26fc10000830492506010015b6305f5e10083106133d9576305f5e100830492506008015b61271083106133ed57612710830492506004015b606483106133ff576064830492506002015b600a83106109c05760010192915050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661346657838315161561345a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b61347d838383612b81565b611207576001600160a01b0383166134ab57604051637e27328960e01b815260048101829052602401610af7565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610af7565b6001600160e01b03198116811461151a575f5ffd5b5f602082840312156134fb575f5ffd5b8135610a9a816134d6565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a9a6020830184613506565b5f60208284031215613556575f5ffd5b5035919050565b80356001600160a01b0381168114613573575f5ffd5b919050565b5f5f60408385031215613589575f5ffd5b6135928361355d565b946020939093013593505050565b5f5f5f606084860312156135b2575f5ffd5b833592506135c26020850161355d565b929592945050506040919091013590565b5f5f5f606084860312156135e5575f5ffd5b6135ee8461355d565b92506135c26020850161355d565b5f5f6040838503121561360d575f5ffd5b8235915061361d6020840161355d565b90509250929050565b5f5f5f60608486031215613638575f5ffd5b505081359360208301359350604090920135919050565b5f5f60408385031215613660575f5ffd5b50508035926020909101359150565b80356001600160401b0381168114613573575f5ffd5b5f5f5f5f5f5f60c0878903121561369a575f5ffd5b6136a38761355d565b95506136b16020880161355d565b9450604087013593506136c66060880161366f565b9250608087013591506136db60a0880161355d565b90509295509295509295565b5f60c08284031280156136f8575f5ffd5b509092915050565b80516001600160a01b03908116835260208083015182169084015260408083015190911690830152606080820151908301526080808201516001600160401b03169083015260a090810151910152565b634e487b7160e01b5f52602160045260245ffd5b6006811061378057634e487b7160e01b5f52602160045260245ffd5b9052565b5f61012082019050613797828451613700565b60208301516137a960c0840182613764565b50604083015160e08301526060909201516101009091015290565b5f602082840312156137d4575f5ffd5b610a9a8261355d565b5f5f604083850312156137ee575f5ffd5b6137f78361355d565b91506020830135801515811461380b575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f6080858703121561383d575f5ffd5b6138468561355d565b93506138546020860161355d565b92506040850135915060608501356001600160401b03811115613875575f5ffd5b8501601f81018713613885575f5ffd5b80356001600160401b0381111561389e5761389e613816565b604051601f8201601f19908116603f011681016001600160401b03811182821017156138cc576138cc613816565b6040528181528282016020018910156138e3575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215613915575f5ffd5b61391e8361355d565b915061361d6020840161355d565b600181811c9082168061394057607f821691505b60208210810361395e57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109c0576109c0613964565b808201808211156109c0576109c0613964565b82815260408101610a9a6020830184613764565b60c081016109c08284613700565b634e487b7160e01b5f52603260045260245ffd5b60c081016001600160a01b036139e98461355d565b1682526001600160a01b03613a006020850161355d565b1660208301526001600160a01b03613a1a6040850161355d565b166040830152606083810135908301526001600160401b03613a3e6080850161366f565b16608083015260a092830135929091019190915290565b6001600160401b0381811683821601908111156109c0576109c0613964565b5f81518060208401855e5f93019283525090919050565b5f610a97613a998386613a74565b84613a74565b5f60018201613ab057613ab0613964565b5060010190565b63ffffffff81811683821601908111156109c0576109c0613964565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90613b0590830184613506565b9695505050505050565b5f60208284031215613b1f575f5ffd5b8151610a9a816134d656fe0b2aac84f3ec956911fd78eae5311062972ff949f38412e8da39069d9f068cc6a2646970667358221220a3c28537cfdd64ab3af15130d9947cff2f2ce9d7c1c7e2e20ffeac7652e1a44d64736f6c63430008250033",
}

// BillRegistry is an auto generated Go binding around an Ethereum contract.
type BillRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BillRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewBillRegistry creates a new instance of BillRegistry.
func NewBillRegistry() *BillRegistry {
	parsed, err := BillRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BillRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BillRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (billRegistry *BillRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := billRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackACCEPTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e053a7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACCEPTOR_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) PackACCEPTORROLE() []byte {
	enc, err := billRegistry.abi.Pack("ACCEPTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCEPTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e053a7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACCEPTOR_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) TryPackACCEPTORROLE() ([]byte, error) {
	return billRegistry.abi.Pack("ACCEPTOR_ROLE")
}

// UnpackACCEPTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e053a7b.
//
// Solidity: function ACCEPTOR_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) UnpackACCEPTORROLE(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("ACCEPTOR_ROLE", data)
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
func (billRegistry *BillRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := billRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (billRegistry *BillRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return billRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDRAWERPOSITION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f4bc3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DRAWER_POSITION() view returns(uint256)
func (billRegistry *BillRegistry) PackDRAWERPOSITION() []byte {
	enc, err := billRegistry.abi.Pack("DRAWER_POSITION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDRAWERPOSITION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f4bc3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DRAWER_POSITION() view returns(uint256)
func (billRegistry *BillRegistry) TryPackDRAWERPOSITION() ([]byte, error) {
	return billRegistry.abi.Pack("DRAWER_POSITION")
}

// UnpackDRAWERPOSITION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7f4bc3f.
//
// Solidity: function DRAWER_POSITION() view returns(uint256)
func (billRegistry *BillRegistry) UnpackDRAWERPOSITION(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("DRAWER_POSITION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDRAWERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86658019.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DRAWER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) PackDRAWERROLE() []byte {
	enc, err := billRegistry.abi.Pack("DRAWER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDRAWERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86658019.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DRAWER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) TryPackDRAWERROLE() ([]byte, error) {
	return billRegistry.abi.Pack("DRAWER_ROLE")
}

// UnpackDRAWERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86658019.
//
// Solidity: function DRAWER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) UnpackDRAWERROLE(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("DRAWER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFINANCIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6156673a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) PackFINANCIERROLE() []byte {
	enc, err := billRegistry.abi.Pack("FINANCIER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFINANCIERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6156673a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) TryPackFINANCIERROLE() ([]byte, error) {
	return billRegistry.abi.Pack("FINANCIER_ROLE")
}

// UnpackFINANCIERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6156673a.
//
// Solidity: function FINANCIER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) UnpackFINANCIERROLE(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("FINANCIER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSPLITDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc06abe96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SPLIT_DEPTH() view returns(uint32)
func (billRegistry *BillRegistry) PackMAXSPLITDEPTH() []byte {
	enc, err := billRegistry.abi.Pack("MAX_SPLIT_DEPTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSPLITDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc06abe96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SPLIT_DEPTH() view returns(uint32)
func (billRegistry *BillRegistry) TryPackMAXSPLITDEPTH() ([]byte, error) {
	return billRegistry.abi.Pack("MAX_SPLIT_DEPTH")
}

// UnpackMAXSPLITDEPTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc06abe96.
//
// Solidity: function MAX_SPLIT_DEPTH() view returns(uint32)
func (billRegistry *BillRegistry) UnpackMAXSPLITDEPTH(data []byte) (uint32, error) {
	out, err := billRegistry.abi.Unpack("MAX_SPLIT_DEPTH", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) PackPAUSERROLE() []byte {
	enc, err := billRegistry.abi.Pack("PAUSER_ROLE")
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
func (billRegistry *BillRegistry) TryPackPAUSERROLE() ([]byte, error) {
	return billRegistry.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (billRegistry *BillRegistry) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAYMENTGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91be09fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYMENT_GRACE() view returns(uint64)
func (billRegistry *BillRegistry) PackPAYMENTGRACE() []byte {
	enc, err := billRegistry.abi.Pack("PAYMENT_GRACE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYMENTGRACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91be09fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYMENT_GRACE() view returns(uint64)
func (billRegistry *BillRegistry) TryPackPAYMENTGRACE() ([]byte, error) {
	return billRegistry.abi.Pack("PAYMENT_GRACE")
}

// UnpackPAYMENTGRACE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91be09fe.
//
// Solidity: function PAYMENT_GRACE() view returns(uint64)
func (billRegistry *BillRegistry) UnpackPAYMENTGRACE(data []byte) (uint64, error) {
	out, err := billRegistry.abi.Unpack("PAYMENT_GRACE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accept(uint256 slot) returns()
func (billRegistry *BillRegistry) PackAccept(slot *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("accept", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccept is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19b05f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accept(uint256 slot) returns()
func (billRegistry *BillRegistry) TryPackAccept(slot *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("accept", slot)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe345e0bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (billRegistry *BillRegistry) PackAllowance(tokenId *big.Int, operator common.Address) []byte {
	enc, err := billRegistry.abi.Pack("allowance", tokenId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe345e0bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (billRegistry *BillRegistry) TryPackAllowance(tokenId *big.Int, operator common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("allowance", tokenId, operator)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe345e0bc.
//
// Solidity: function allowance(uint256 tokenId, address operator) view returns(uint256)
func (billRegistry *BillRegistry) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("allowance", data)
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
// Solidity: function approve(address to, uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("approve", to, tokenId)
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
func (billRegistry *BillRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("approve", to, tokenId)
}

// PackApprove0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb0a511.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(uint256 tokenId, address operator, uint256 value) returns()
func (billRegistry *BillRegistry) PackApprove0(tokenId *big.Int, operator common.Address, value *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("approve0", tokenId, operator, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cb0a511.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(uint256 tokenId, address operator, uint256 value) returns()
func (billRegistry *BillRegistry) TryPackApprove0(tokenId *big.Int, operator common.Address, value *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("approve0", tokenId, operator, value)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (billRegistry *BillRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := billRegistry.abi.Pack("balanceOf", owner)
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
func (billRegistry *BillRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (billRegistry *BillRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc7f708.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) PackBalanceOf0(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("balanceOf0", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cc7f708.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) TryPackBalanceOf0(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("balanceOf0", tokenId)
}

// UnpackBalanceOf0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cc7f708.
//
// Solidity: function balanceOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) UnpackBalanceOf0(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("balanceOf0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ea5a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bill(uint256 slot) view returns(((address,address,address,uint256,uint64,bytes32),uint8,uint256,uint256))
func (billRegistry *BillRegistry) PackBill(slot *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("bill", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ea5a3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bill(uint256 slot) view returns(((address,address,address,uint256,uint64,bytes32),uint8,uint256,uint256))
func (billRegistry *BillRegistry) TryPackBill(slot *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("bill", slot)
}

// UnpackBill is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60ea5a3c.
//
// Solidity: function bill(uint256 slot) view returns(((address,address,address,uint256,uint64,bytes32),uint8,uint256,uint256))
func (billRegistry *BillRegistry) UnpackBill(data []byte) (BillRegistryBill, error) {
	out, err := billRegistry.abi.Unpack("bill", data)
	if err != nil {
		return *new(BillRegistryBill), err
	}
	out0 := *abi.ConvertType(out[0], new(BillRegistryBill)).(*BillRegistryBill)
	return out0, nil
}

// PackCancelFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbc23a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelFinancing(uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackCancelFinancing(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("cancelFinancing", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bbc23a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelFinancing(uint256 tokenId) returns()
func (billRegistry *BillRegistry) TryPackCancelFinancing(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("cancelFinancing", tokenId)
}

// PackClaimRecourse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fcb8c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRecourse(uint256 tokenId, uint256 position) returns()
func (billRegistry *BillRegistry) PackClaimRecourse(tokenId *big.Int, position *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("claimRecourse", tokenId, position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRecourse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fcb8c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRecourse(uint256 tokenId, uint256 position) returns()
func (billRegistry *BillRegistry) TryPackClaimRecourse(tokenId *big.Int, position *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("claimRecourse", tokenId, position)
}

// PackDishonour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709cc5f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dishonour(uint256 slot, bytes32 reasonHash) returns()
func (billRegistry *BillRegistry) PackDishonour(slot *big.Int, reasonHash [32]byte) []byte {
	enc, err := billRegistry.abi.Pack("dishonour", slot, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDishonour is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709cc5f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dishonour(uint256 slot, bytes32 reasonHash) returns()
func (billRegistry *BillRegistry) TryPackDishonour(slot *big.Int, reasonHash [32]byte) ([]byte, error) {
	return billRegistry.abi.Pack("dishonour", slot, reasonHash)
}

// PackEndorse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e5362.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endorse(uint256 tokenId, address to) returns()
func (billRegistry *BillRegistry) PackEndorse(tokenId *big.Int, to common.Address) []byte {
	enc, err := billRegistry.abi.Pack("endorse", tokenId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndorse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e5362.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endorse(uint256 tokenId, address to) returns()
func (billRegistry *BillRegistry) TryPackEndorse(tokenId *big.Int, to common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("endorse", tokenId, to)
}

// PackEndorsementCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa902be6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endorsementCount(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) PackEndorsementCount(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("endorsementCount", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndorsementCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa902be6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endorsementCount(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) TryPackEndorsementCount(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("endorsementCount", tokenId)
}

// UnpackEndorsementCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa902be6.
//
// Solidity: function endorsementCount(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) UnpackEndorsementCount(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("endorsementCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEndorserAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472d5aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endorserAt(uint256 tokenId, uint256 position) view returns(address)
func (billRegistry *BillRegistry) PackEndorserAt(tokenId *big.Int, position *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("endorserAt", tokenId, position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndorserAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x472d5aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endorserAt(uint256 tokenId, uint256 position) view returns(address)
func (billRegistry *BillRegistry) TryPackEndorserAt(tokenId *big.Int, position *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("endorserAt", tokenId, position)
}

// UnpackEndorserAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x472d5aec.
//
// Solidity: function endorserAt(uint256 tokenId, uint256 position) view returns(address)
func (billRegistry *BillRegistry) UnpackEndorserAt(data []byte) (common.Address, error) {
	out, err := billRegistry.abi.Unpack("endorserAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc07b004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finance(uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackFinance(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("finance", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc07b004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finance(uint256 tokenId) returns()
func (billRegistry *BillRegistry) TryPackFinance(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("finance", tokenId)
}

// PackFinancingRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x421d5af8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function financingRequest(uint256 tokenId) view returns((address,uint256))
func (billRegistry *BillRegistry) PackFinancingRequest(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("financingRequest", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinancingRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x421d5af8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function financingRequest(uint256 tokenId) view returns((address,uint256))
func (billRegistry *BillRegistry) TryPackFinancingRequest(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("financingRequest", tokenId)
}

// UnpackFinancingRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x421d5af8.
//
// Solidity: function financingRequest(uint256 tokenId) view returns((address,uint256))
func (billRegistry *BillRegistry) UnpackFinancingRequest(data []byte) (BillRegistryFinancingRequest, error) {
	out, err := billRegistry.abi.Unpack("financingRequest", data)
	if err != nil {
		return *new(BillRegistryFinancingRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(BillRegistryFinancingRequest)).(*BillRegistryFinancingRequest)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (billRegistry *BillRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("getApproved", tokenId)
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
func (billRegistry *BillRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (billRegistry *BillRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := billRegistry.abi.Unpack("getApproved", data)
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
func (billRegistry *BillRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := billRegistry.abi.Pack("getRoleAdmin", role)
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
func (billRegistry *BillRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return billRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (billRegistry *BillRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := billRegistry.abi.Unpack("getRoleAdmin", data)
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
func (billRegistry *BillRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := billRegistry.abi.Pack("grantRole", role, account)
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
func (billRegistry *BillRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (billRegistry *BillRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := billRegistry.abi.Pack("hasRole", role, account)
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
func (billRegistry *BillRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (billRegistry *BillRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := billRegistry.abi.Unpack("hasRole", data)
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
func (billRegistry *BillRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := billRegistry.abi.Pack("isApprovedForAll", owner, operator)
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
func (billRegistry *BillRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (billRegistry *BillRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := billRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ae2b7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issue(address acceptor, address currency, uint256 faceValue, uint64 maturity, bytes32 billNo, address payee) returns(uint256 slot, uint256 tokenId)
func (billRegistry *BillRegistry) PackIssue(acceptor common.Address, currency common.Address, faceValue *big.Int, maturity uint64, billNo [32]byte, payee common.Address) []byte {
	enc, err := billRegistry.abi.Pack("issue", acceptor, currency, faceValue, maturity, billNo, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ae2b7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issue(address acceptor, address currency, uint256 faceValue, uint64 maturity, bytes32 billNo, address payee) returns(uint256 slot, uint256 tokenId)
func (billRegistry *BillRegistry) TryPackIssue(acceptor common.Address, currency common.Address, faceValue *big.Int, maturity uint64, billNo [32]byte, payee common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("issue", acceptor, currency, faceValue, maturity, billNo, payee)
}

// BillRegistryIssueOutput serves as a container for the return parameters of contract
// method Issue.
type BillRegistryIssueOutput struct {
	Slot    *big.Int
	TokenId *big.Int
}

// UnpackIssue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39ae2b7a.
//
// Solidity: function issue(address acceptor, address currency, uint256 faceValue, uint64 maturity, bytes32 billNo, address payee) returns(uint256 slot, uint256 tokenId)
func (billRegistry *BillRegistry) UnpackIssue(data []byte) (BillRegistryIssueOutput, error) {
	out, err := billRegistry.abi.Unpack("issue", data)
	outstruct := new(BillRegistryIssueOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Slot = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TokenId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (billRegistry *BillRegistry) PackName() []byte {
	enc, err := billRegistry.abi.Pack("name")
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
func (billRegistry *BillRegistry) TryPackName() ([]byte, error) {
	return billRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (billRegistry *BillRegistry) UnpackName(data []byte) (string, error) {
	out, err := billRegistry.abi.Unpack("name", data)
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
func (billRegistry *BillRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("ownerOf", tokenId)
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
func (billRegistry *BillRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (billRegistry *BillRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := billRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85164c99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function part(uint256 tokenId) view returns((uint256,uint256,uint256,uint32,uint32,uint32,bytes32))
func (billRegistry *BillRegistry) PackPart(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("part", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85164c99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function part(uint256 tokenId) view returns((uint256,uint256,uint256,uint32,uint32,uint32,bytes32))
func (billRegistry *BillRegistry) TryPackPart(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("part", tokenId)
}

// UnpackPart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85164c99.
//
// Solidity: function part(uint256 tokenId) view returns((uint256,uint256,uint256,uint32,uint32,uint32,bytes32))
func (billRegistry *BillRegistry) UnpackPart(data []byte) (BillRegistryPart, error) {
	out, err := billRegistry.abi.Unpack("part", data)
	if err != nil {
		return *new(BillRegistryPart), err
	}
	out0 := *abi.ConvertType(out[0], new(BillRegistryPart)).(*BillRegistryPart)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (billRegistry *BillRegistry) PackPause() []byte {
	enc, err := billRegistry.abi.Pack("pause")
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
func (billRegistry *BillRegistry) TryPackPause() ([]byte, error) {
	return billRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (billRegistry *BillRegistry) PackPaused() []byte {
	enc, err := billRegistry.abi.Pack("paused")
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
func (billRegistry *BillRegistry) TryPackPaused() ([]byte, error) {
	return billRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (billRegistry *BillRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := billRegistry.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc290d691.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pay(uint256 slot) returns()
func (billRegistry *BillRegistry) PackPay(slot *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("pay", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc290d691.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pay(uint256 slot) returns()
func (billRegistry *BillRegistry) TryPackPay(slot *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("pay", slot)
}

// PackPayRecourse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a89855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payRecourse(uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackPayRecourse(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("payRecourse", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayRecourse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a89855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payRecourse(uint256 tokenId) returns()
func (billRegistry *BillRegistry) TryPackPayRecourse(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("payRecourse", tokenId)
}

// PackRecourseClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab6188a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recourseClaim(uint256 tokenId) view returns((address,address,uint256,uint256))
func (billRegistry *BillRegistry) PackRecourseClaim(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("recourseClaim", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecourseClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab6188a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recourseClaim(uint256 tokenId) view returns((address,address,uint256,uint256))
func (billRegistry *BillRegistry) TryPackRecourseClaim(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("recourseClaim", tokenId)
}

// UnpackRecourseClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab6188a2.
//
// Solidity: function recourseClaim(uint256 tokenId) view returns((address,address,uint256,uint256))
func (billRegistry *BillRegistry) UnpackRecourseClaim(data []byte) (BillRegistryRecourseClaim, error) {
	out, err := billRegistry.abi.Unpack("recourseClaim", data)
	if err != nil {
		return *new(BillRegistryRecourseClaim), err
	}
	out0 := *abi.ConvertType(out[0], new(BillRegistryRecourseClaim)).(*BillRegistryRecourseClaim)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackRedeem(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("redeem", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb006a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 tokenId) returns()
func (billRegistry *BillRegistry) TryPackRedeem(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("redeem", tokenId)
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint256 slot, bytes32 reasonHash) returns()
func (billRegistry *BillRegistry) PackReject(slot *big.Int, reasonHash [32]byte) []byte {
	enc, err := billRegistry.abi.Pack("reject", slot, reasonHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be1320b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint256 slot, bytes32 reasonHash) returns()
func (billRegistry *BillRegistry) TryPackReject(slot *big.Int, reasonHash [32]byte) ([]byte, error) {
	return billRegistry.abi.Pack("reject", slot, reasonHash)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (billRegistry *BillRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := billRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (billRegistry *BillRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69574d71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFinancing(uint256 tokenId, address financier, uint256 price) returns()
func (billRegistry *BillRegistry) PackRequestFinancing(tokenId *big.Int, financier common.Address, price *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("requestFinancing", tokenId, financier, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFinancing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69574d71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFinancing(uint256 tokenId, address financier, uint256 price) returns()
func (billRegistry *BillRegistry) TryPackRequestFinancing(tokenId *big.Int, financier common.Address, price *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("requestFinancing", tokenId, financier, price)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (billRegistry *BillRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := billRegistry.abi.Pack("revokeRole", role, account)
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
func (billRegistry *BillRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return billRegistry.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (billRegistry *BillRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (billRegistry *BillRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := billRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (billRegistry *BillRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return billRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (billRegistry *BillRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := billRegistry.abi.Pack("setApprovalForAll", operator, approved)
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
func (billRegistry *BillRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return billRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSlotFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb71734.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotFor((address,address,address,uint256,uint64,bytes32) terms) pure returns(uint256)
func (billRegistry *BillRegistry) PackSlotFor(terms BillRegistryTerms) []byte {
	enc, err := billRegistry.abi.Pack("slotFor", terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bb71734.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotFor((address,address,address,uint256,uint64,bytes32) terms) pure returns(uint256)
func (billRegistry *BillRegistry) TryPackSlotFor(terms BillRegistryTerms) ([]byte, error) {
	return billRegistry.abi.Pack("slotFor", terms)
}

// UnpackSlotFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bb71734.
//
// Solidity: function slotFor((address,address,address,uint256,uint64,bytes32) terms) pure returns(uint256)
func (billRegistry *BillRegistry) UnpackSlotFor(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("slotFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f3e7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) PackSlotOf(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("slotOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263f3e7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) TryPackSlotOf(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("slotOf", tokenId)
}

// UnpackSlotOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x263f3e7e.
//
// Solidity: function slotOf(uint256 tokenId) view returns(uint256)
func (billRegistry *BillRegistry) UnpackSlotOf(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("slotOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b19becc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function split(uint256 tokenId, uint256 value) returns(uint256 newTokenId)
func (billRegistry *BillRegistry) PackSplit(tokenId *big.Int, value *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("split", tokenId, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b19becc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function split(uint256 tokenId, uint256 value) returns(uint256 newTokenId)
func (billRegistry *BillRegistry) TryPackSplit(tokenId *big.Int, value *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("split", tokenId, value)
}

// UnpackSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b19becc.
//
// Solidity: function split(uint256 tokenId, uint256 value) returns(uint256 newTokenId)
func (billRegistry *BillRegistry) UnpackSplit(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("split", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (billRegistry *BillRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := billRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (billRegistry *BillRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return billRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (billRegistry *BillRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := billRegistry.abi.Unpack("supportsInterface", data)
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
func (billRegistry *BillRegistry) PackSymbol() []byte {
	enc, err := billRegistry.abi.Pack("symbol")
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
func (billRegistry *BillRegistry) TryPackSymbol() ([]byte, error) {
	return billRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (billRegistry *BillRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := billRegistry.abi.Unpack("symbol", data)
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
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (billRegistry *BillRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (billRegistry *BillRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (billRegistry *BillRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := billRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f485c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256)
func (billRegistry *BillRegistry) PackTransferFrom(fromTokenId *big.Int, to common.Address, value *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("transferFrom", fromTokenId, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f485c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256)
func (billRegistry *BillRegistry) TryPackTransferFrom(fromTokenId *big.Int, to common.Address, value *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("transferFrom", fromTokenId, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f485c02.
//
// Solidity: function transferFrom(uint256 fromTokenId, address to, uint256 value) returns(uint256)
func (billRegistry *BillRegistry) UnpackTransferFrom(data []byte) (*big.Int, error) {
	out, err := billRegistry.abi.Unpack("transferFrom", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (billRegistry *BillRegistry) PackTransferFrom0(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("transferFrom0", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (billRegistry *BillRegistry) TryPackTransferFrom0(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("transferFrom0", from, to, tokenId)
}

// PackTransferFrom1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x310ed7f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (billRegistry *BillRegistry) PackTransferFrom1(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) []byte {
	enc, err := billRegistry.abi.Pack("transferFrom1", fromTokenId, toTokenId, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x310ed7f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256 value) returns()
func (billRegistry *BillRegistry) TryPackTransferFrom1(fromTokenId *big.Int, toTokenId *big.Int, value *big.Int) ([]byte, error) {
	return billRegistry.abi.Pack("transferFrom1", fromTokenId, toTokenId, value)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (billRegistry *BillRegistry) PackUnpause() []byte {
	enc, err := billRegistry.abi.Pack("unpause")
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
func (billRegistry *BillRegistry) TryPackUnpause() ([]byte, error) {
	return billRegistry.abi.Pack("unpause")
}

// PackValueDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e7e8669.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (billRegistry *BillRegistry) PackValueDecimals() []byte {
	enc, err := billRegistry.abi.Pack("valueDecimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e7e8669.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (billRegistry *BillRegistry) TryPackValueDecimals() ([]byte, error) {
	return billRegistry.abi.Pack("valueDecimals")
}

// UnpackValueDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e7e8669.
//
// Solidity: function valueDecimals() pure returns(uint8)
func (billRegistry *BillRegistry) UnpackValueDecimals(data []byte) (uint8, error) {
	out, err := billRegistry.abi.Unpack("valueDecimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// BillRegistryApproval represents a Approval event raised by the BillRegistry contract.
type BillRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BillRegistryApproval) ContractEventName() string {
	return BillRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (billRegistry *BillRegistry) UnpackApprovalEvent(log *types.Log) (*BillRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryApproval)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryApprovalForAll represents a ApprovalForAll event raised by the BillRegistry contract.
type BillRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (BillRegistryApprovalForAll) ContractEventName() string {
	return BillRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (billRegistry *BillRegistry) UnpackApprovalForAllEvent(log *types.Log) (*BillRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryApprovalValue represents a ApprovalValue event raised by the BillRegistry contract.
type BillRegistryApprovalValue struct {
	TokenId  *big.Int
	Operator common.Address
	Value    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryApprovalValueEventName = "ApprovalValue"

// ContractEventName returns the user-defined event name.
func (BillRegistryApprovalValue) ContractEventName() string {
	return BillRegistryApprovalValueEventName
}

// UnpackApprovalValueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalValue(uint256 indexed _tokenId, address indexed _operator, uint256 _value)
func (billRegistry *BillRegistry) UnpackApprovalValueEvent(log *types.Log) (*BillRegistryApprovalValue, error) {
	event := "ApprovalValue"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryApprovalValue)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillAccepted represents a BillAccepted event raised by the BillRegistry contract.
type BillRegistryBillAccepted struct {
	Slot     *big.Int
	Acceptor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillAcceptedEventName = "BillAccepted"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillAccepted) ContractEventName() string {
	return BillRegistryBillAcceptedEventName
}

// UnpackBillAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillAccepted(uint256 indexed slot, address indexed acceptor)
func (billRegistry *BillRegistry) UnpackBillAcceptedEvent(log *types.Log) (*BillRegistryBillAccepted, error) {
	event := "BillAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillAccepted)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillDishonoured represents a BillDishonoured event raised by the BillRegistry contract.
type BillRegistryBillDishonoured struct {
	Slot       *big.Int
	By         common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillDishonouredEventName = "BillDishonoured"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillDishonoured) ContractEventName() string {
	return BillRegistryBillDishonouredEventName
}

// UnpackBillDishonouredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillDishonoured(uint256 indexed slot, address indexed by, bytes32 reasonHash)
func (billRegistry *BillRegistry) UnpackBillDishonouredEvent(log *types.Log) (*BillRegistryBillDishonoured, error) {
	event := "BillDishonoured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillDishonoured)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillIssued represents a BillIssued event raised by the BillRegistry contract.
type BillRegistryBillIssued struct {
	Slot      *big.Int
	TokenId   *big.Int
	Drawer    common.Address
	Acceptor  common.Address
	Payee     common.Address
	Currency  common.Address
	FaceValue *big.Int
	Maturity  uint64
	BillNo    [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillIssuedEventName = "BillIssued"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillIssued) ContractEventName() string {
	return BillRegistryBillIssuedEventName
}

// UnpackBillIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillIssued(uint256 indexed slot, uint256 indexed tokenId, address indexed drawer, address acceptor, address payee, address currency, uint256 faceValue, uint64 maturity, bytes32 billNo)
func (billRegistry *BillRegistry) UnpackBillIssuedEvent(log *types.Log) (*BillRegistryBillIssued, error) {
	event := "BillIssued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillIssued)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillPaid represents a BillPaid event raised by the BillRegistry contract.
type BillRegistryBillPaid struct {
	Slot     *big.Int
	Acceptor common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillPaidEventName = "BillPaid"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillPaid) ContractEventName() string {
	return BillRegistryBillPaidEventName
}

// UnpackBillPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillPaid(uint256 indexed slot, address indexed acceptor, uint256 amount)
func (billRegistry *BillRegistry) UnpackBillPaidEvent(log *types.Log) (*BillRegistryBillPaid, error) {
	event := "BillPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillPaid)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillRedeemed represents a BillRedeemed event raised by the BillRegistry contract.
type BillRegistryBillRedeemed struct {
	TokenId *big.Int
	Holder  common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillRedeemedEventName = "BillRedeemed"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillRedeemed) ContractEventName() string {
	return BillRegistryBillRedeemedEventName
}

// UnpackBillRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillRedeemed(uint256 indexed tokenId, address indexed holder, uint256 amount)
func (billRegistry *BillRegistry) UnpackBillRedeemedEvent(log *types.Log) (*BillRegistryBillRedeemed, error) {
	event := "BillRedeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillRedeemed)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillRejected represents a BillRejected event raised by the BillRegistry contract.
type BillRegistryBillRejected struct {
	Slot       *big.Int
	Acceptor   common.Address
	ReasonHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillRejectedEventName = "BillRejected"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillRejected) ContractEventName() string {
	return BillRegistryBillRejectedEventName
}

// UnpackBillRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillRejected(uint256 indexed slot, address indexed acceptor, bytes32 reasonHash)
func (billRegistry *BillRegistry) UnpackBillRejectedEvent(log *types.Log) (*BillRegistryBillRejected, error) {
	event := "BillRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillRejected)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryBillSplit represents a BillSplit event raised by the BillRegistry contract.
type BillRegistryBillSplit struct {
	FromTokenId *big.Int
	NewTokenId  *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const BillRegistryBillSplitEventName = "BillSplit"

// ContractEventName returns the user-defined event name.
func (BillRegistryBillSplit) ContractEventName() string {
	return BillRegistryBillSplitEventName
}

// UnpackBillSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BillSplit(uint256 indexed fromTokenId, uint256 indexed newTokenId, uint256 value)
func (billRegistry *BillRegistry) UnpackBillSplitEvent(log *types.Log) (*BillRegistryBillSplit, error) {
	event := "BillSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryBillSplit)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryEndorsed represents a Endorsed event raised by the BillRegistry contract.
type BillRegistryEndorsed struct {
	TokenId  *big.Int
	From     common.Address
	To       common.Address
	Position *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryEndorsedEventName = "Endorsed"

// ContractEventName returns the user-defined event name.
func (BillRegistryEndorsed) ContractEventName() string {
	return BillRegistryEndorsedEventName
}

// UnpackEndorsedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Endorsed(uint256 indexed tokenId, address indexed from, address indexed to, uint256 position)
func (billRegistry *BillRegistry) UnpackEndorsedEvent(log *types.Log) (*BillRegistryEndorsed, error) {
	event := "Endorsed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryEndorsed)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryFinanced represents a Financed event raised by the BillRegistry contract.
type BillRegistryFinanced struct {
	TokenId   *big.Int
	Holder    common.Address
	Financier common.Address
	Price     *big.Int
	Value     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BillRegistryFinancedEventName = "Financed"

// ContractEventName returns the user-defined event name.
func (BillRegistryFinanced) ContractEventName() string {
	return BillRegistryFinancedEventName
}

// UnpackFinancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Financed(uint256 indexed tokenId, address indexed holder, address indexed financier, uint256 price, uint256 value)
func (billRegistry *BillRegistry) UnpackFinancedEvent(log *types.Log) (*BillRegistryFinanced, error) {
	event := "Financed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryFinanced)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryFinancingCancelled represents a FinancingCancelled event raised by the BillRegistry contract.
type BillRegistryFinancingCancelled struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryFinancingCancelledEventName = "FinancingCancelled"

// ContractEventName returns the user-defined event name.
func (BillRegistryFinancingCancelled) ContractEventName() string {
	return BillRegistryFinancingCancelledEventName
}

// UnpackFinancingCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingCancelled(uint256 indexed tokenId)
func (billRegistry *BillRegistry) UnpackFinancingCancelledEvent(log *types.Log) (*BillRegistryFinancingCancelled, error) {
	event := "FinancingCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryFinancingCancelled)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryFinancingRequested represents a FinancingRequested event raised by the BillRegistry contract.
type BillRegistryFinancingRequested struct {
	TokenId   *big.Int
	Holder    common.Address
	Financier common.Address
	Price     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BillRegistryFinancingRequestedEventName = "FinancingRequested"

// ContractEventName returns the user-defined event name.
func (BillRegistryFinancingRequested) ContractEventName() string {
	return BillRegistryFinancingRequestedEventName
}

// UnpackFinancingRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinancingRequested(uint256 indexed tokenId, address indexed holder, address indexed financier, uint256 price)
func (billRegistry *BillRegistry) UnpackFinancingRequestedEvent(log *types.Log) (*BillRegistryFinancingRequested, error) {
	event := "FinancingRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryFinancingRequested)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryPaused represents a Paused event raised by the BillRegistry contract.
type BillRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BillRegistryPaused) ContractEventName() string {
	return BillRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (billRegistry *BillRegistry) UnpackPausedEvent(log *types.Log) (*BillRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryPaused)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryRecourseClaimed represents a RecourseClaimed event raised by the BillRegistry contract.
type BillRegistryRecourseClaimed struct {
	TokenId  *big.Int
	Claimant common.Address
	Obligor  common.Address
	Position *big.Int
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryRecourseClaimedEventName = "RecourseClaimed"

// ContractEventName returns the user-defined event name.
func (BillRegistryRecourseClaimed) ContractEventName() string {
	return BillRegistryRecourseClaimedEventName
}

// UnpackRecourseClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecourseClaimed(uint256 indexed tokenId, address indexed claimant, address indexed obligor, uint256 position, uint256 amount)
func (billRegistry *BillRegistry) UnpackRecourseClaimedEvent(log *types.Log) (*BillRegistryRecourseClaimed, error) {
	event := "RecourseClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryRecourseClaimed)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryRecourseSettled represents a RecourseSettled event raised by the BillRegistry contract.
type BillRegistryRecourseSettled struct {
	TokenId  *big.Int
	Obligor  common.Address
	Claimant common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const BillRegistryRecourseSettledEventName = "RecourseSettled"

// ContractEventName returns the user-defined event name.
func (BillRegistryRecourseSettled) ContractEventName() string {
	return BillRegistryRecourseSettledEventName
}

// UnpackRecourseSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecourseSettled(uint256 indexed tokenId, address indexed obligor, address indexed claimant, uint256 amount)
func (billRegistry *BillRegistry) UnpackRecourseSettledEvent(log *types.Log) (*BillRegistryRecourseSettled, error) {
	event := "RecourseSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryRecourseSettled)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the BillRegistry contract.
type BillRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BillRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BillRegistryRoleAdminChanged) ContractEventName() string {
	return BillRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (billRegistry *BillRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*BillRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryRoleGranted represents a RoleGranted event raised by the BillRegistry contract.
type BillRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BillRegistryRoleGranted) ContractEventName() string {
	return BillRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (billRegistry *BillRegistry) UnpackRoleGrantedEvent(log *types.Log) (*BillRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryRoleRevoked represents a RoleRevoked event raised by the BillRegistry contract.
type BillRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BillRegistryRoleRevoked) ContractEventName() string {
	return BillRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (billRegistry *BillRegistry) UnpackRoleRevokedEvent(log *types.Log) (*BillRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistrySlotChanged represents a SlotChanged event raised by the BillRegistry contract.
type BillRegistrySlotChanged struct {
	TokenId *big.Int
	OldSlot *big.Int
	NewSlot *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistrySlotChangedEventName = "SlotChanged"

// ContractEventName returns the user-defined event name.
func (BillRegistrySlotChanged) ContractEventName() string {
	return BillRegistrySlotChangedEventName
}

// UnpackSlotChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotChanged(uint256 indexed _tokenId, uint256 indexed _oldSlot, uint256 indexed _newSlot)
func (billRegistry *BillRegistry) UnpackSlotChangedEvent(log *types.Log) (*BillRegistrySlotChanged, error) {
	event := "SlotChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistrySlotChanged)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryTransfer represents a Transfer event raised by the BillRegistry contract.
type BillRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BillRegistryTransfer) ContractEventName() string {
	return BillRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (billRegistry *BillRegistry) UnpackTransferEvent(log *types.Log) (*BillRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryTransfer)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryTransferValue represents a TransferValue event raised by the BillRegistry contract.
type BillRegistryTransferValue struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Value       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const BillRegistryTransferValueEventName = "TransferValue"

// ContractEventName returns the user-defined event name.
func (BillRegistryTransferValue) ContractEventName() string {
	return BillRegistryTransferValueEventName
}

// UnpackTransferValueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferValue(uint256 indexed _fromTokenId, uint256 indexed _toTokenId, uint256 _value)
func (billRegistry *BillRegistry) UnpackTransferValueEvent(log *types.Log) (*BillRegistryTransferValue, error) {
	event := "TransferValue"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryTransferValue)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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

// BillRegistryUnpaused represents a Unpaused event raised by the BillRegistry contract.
type BillRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BillRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BillRegistryUnpaused) ContractEventName() string {
	return BillRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (billRegistry *BillRegistry) UnpackUnpausedEvent(log *types.Log) (*BillRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != billRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BillRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := billRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range billRegistry.abi.Events[event].Inputs {
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
func (billRegistry *BillRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return billRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return billRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ApprovalToOwner"].ID.Bytes()[:4]) {
		return billRegistry.UnpackApprovalToOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["BillExists"].ID.Bytes()[:4]) {
		return billRegistry.UnpackBillExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ChainMismatch"].ID.Bytes()[:4]) {
		return billRegistry.UnpackChainMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return billRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return billRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return billRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["GracePeriodRunning"].ID.Bytes()[:4]) {
		return billRegistry.UnpackGracePeriodRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InvalidBillState"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInvalidBillStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InvalidPosition"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInvalidPositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["InvalidValue"].ID.Bytes()[:4]) {
		return billRegistry.UnpackInvalidValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["MaturityMismatch"].ID.Bytes()[:4]) {
		return billRegistry.UnpackMaturityMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["MissingRole"].ID.Bytes()[:4]) {
		return billRegistry.UnpackMissingRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["NoFinancingRequest"].ID.Bytes()[:4]) {
		return billRegistry.UnpackNoFinancingRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["NoRecourseClaim"].ID.Bytes()[:4]) {
		return billRegistry.UnpackNoRecourseClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["NotAcceptor"].ID.Bytes()[:4]) {
		return billRegistry.UnpackNotAcceptorError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["NotOwnerOrApproved"].ID.Bytes()[:4]) {
		return billRegistry.UnpackNotOwnerOrApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return billRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["SelfRecourse"].ID.Bytes()[:4]) {
		return billRegistry.UnpackSelfRecourseError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["SlotMismatch"].ID.Bytes()[:4]) {
		return billRegistry.UnpackSlotMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], billRegistry.abi.Errors["SplitTooDeep"].ID.Bytes()[:4]) {
		return billRegistry.UnpackSplitTooDeepError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BillRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the BillRegistry contract.
type BillRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BillRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (billRegistry *BillRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*BillRegistryAccessControlBadConfirmation, error) {
	out := new(BillRegistryAccessControlBadConfirmation)
	if err := billRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the BillRegistry contract.
type BillRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BillRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (billRegistry *BillRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BillRegistryAccessControlUnauthorizedAccount, error) {
	out := new(BillRegistryAccessControlUnauthorizedAccount)
	if err := billRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryApprovalToOwner represents a ApprovalToOwner error raised by the BillRegistry contract.
type BillRegistryApprovalToOwner struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ApprovalToOwner(address operator)
func BillRegistryApprovalToOwnerErrorID() common.Hash {
	return common.HexToHash("0xb8c748d15c992f882ff1eeeed00e39239e6d732bbe187cb798d184b7ccec0e0d")
}

// UnpackApprovalToOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ApprovalToOwner(address operator)
func (billRegistry *BillRegistry) UnpackApprovalToOwnerError(raw []byte) (*BillRegistryApprovalToOwner, error) {
	out := new(BillRegistryApprovalToOwner)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ApprovalToOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryBillExists represents a BillExists error raised by the BillRegistry contract.
type BillRegistryBillExists struct {
	Slot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BillExists(uint256 slot)
func BillRegistryBillExistsErrorID() common.Hash {
	return common.HexToHash("0x0d32d8c79b4c74f90ff86e646e57694c250add595b8c5f53a8e1393153465b47")
}

// UnpackBillExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BillExists(uint256 slot)
func (billRegistry *BillRegistry) UnpackBillExistsError(raw []byte) (*BillRegistryBillExists, error) {
	out := new(BillRegistryBillExists)
	if err := billRegistry.abi.UnpackIntoInterface(out, "BillExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryChainMismatch represents a ChainMismatch error raised by the BillRegistry contract.
type BillRegistryChainMismatch struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChainMismatch(uint256 fromTokenId, uint256 toTokenId)
func BillRegistryChainMismatchErrorID() common.Hash {
	return common.HexToHash("0x711beb4af77b358db485a12f622b544290162636ba7413b1e9e3a6931135bc98")
}

// UnpackChainMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChainMismatch(uint256 fromTokenId, uint256 toTokenId)
func (billRegistry *BillRegistry) UnpackChainMismatchError(raw []byte) (*BillRegistryChainMismatch, error) {
	out := new(BillRegistryChainMismatch)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ChainMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the BillRegistry contract.
type BillRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func BillRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (billRegistry *BillRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*BillRegistryERC721IncorrectOwner, error) {
	out := new(BillRegistryERC721IncorrectOwner)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the BillRegistry contract.
type BillRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func BillRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (billRegistry *BillRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*BillRegistryERC721InsufficientApproval, error) {
	out := new(BillRegistryERC721InsufficientApproval)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the BillRegistry contract.
type BillRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func BillRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (billRegistry *BillRegistry) UnpackERC721InvalidApproverError(raw []byte) (*BillRegistryERC721InvalidApprover, error) {
	out := new(BillRegistryERC721InvalidApprover)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the BillRegistry contract.
type BillRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func BillRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (billRegistry *BillRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*BillRegistryERC721InvalidOperator, error) {
	out := new(BillRegistryERC721InvalidOperator)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the BillRegistry contract.
type BillRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func BillRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (billRegistry *BillRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*BillRegistryERC721InvalidOwner, error) {
	out := new(BillRegistryERC721InvalidOwner)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the BillRegistry contract.
type BillRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func BillRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (billRegistry *BillRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*BillRegistryERC721InvalidReceiver, error) {
	out := new(BillRegistryERC721InvalidReceiver)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the BillRegistry contract.
type BillRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func BillRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (billRegistry *BillRegistry) UnpackERC721InvalidSenderError(raw []byte) (*BillRegistryERC721InvalidSender, error) {
	out := new(BillRegistryERC721InvalidSender)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the BillRegistry contract.
type BillRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func BillRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (billRegistry *BillRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*BillRegistryERC721NonexistentToken, error) {
	out := new(BillRegistryERC721NonexistentToken)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryEnforcedPause represents a EnforcedPause error raised by the BillRegistry contract.
type BillRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BillRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (billRegistry *BillRegistry) UnpackEnforcedPauseError(raw []byte) (*BillRegistryEnforcedPause, error) {
	out := new(BillRegistryEnforcedPause)
	if err := billRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryExpectedPause represents a ExpectedPause error raised by the BillRegistry contract.
type BillRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BillRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (billRegistry *BillRegistry) UnpackExpectedPauseError(raw []byte) (*BillRegistryExpectedPause, error) {
	out := new(BillRegistryExpectedPause)
	if err := billRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryGracePeriodRunning represents a GracePeriodRunning error raised by the BillRegistry contract.
type BillRegistryGracePeriodRunning struct {
	Slot  *big.Int
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GracePeriodRunning(uint256 slot, uint64 until)
func BillRegistryGracePeriodRunningErrorID() common.Hash {
	return common.HexToHash("0x027816b80c5cc18dfc4f81af75f01cccecd81141d6c2af0872d09de8cecaddfd")
}

// UnpackGracePeriodRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GracePeriodRunning(uint256 slot, uint64 until)
func (billRegistry *BillRegistry) UnpackGracePeriodRunningError(raw []byte) (*BillRegistryGracePeriodRunning, error) {
	out := new(BillRegistryGracePeriodRunning)
	if err := billRegistry.abi.UnpackIntoInterface(out, "GracePeriodRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInsufficientAllowance represents a InsufficientAllowance error raised by the BillRegistry contract.
type BillRegistryInsufficientAllowance struct {
	TokenId   *big.Int
	Operator  common.Address
	Allowance *big.Int
	Value     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(uint256 tokenId, address operator, uint256 allowance, uint256 value)
func BillRegistryInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x0de6846b7f00dd0bd6435dd9ea3cccbc3d221113289f0af618977566dceb7a4c")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(uint256 tokenId, address operator, uint256 allowance, uint256 value)
func (billRegistry *BillRegistry) UnpackInsufficientAllowanceError(raw []byte) (*BillRegistryInsufficientAllowance, error) {
	out := new(BillRegistryInsufficientAllowance)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInvalidBillState represents a InvalidBillState error raised by the BillRegistry contract.
type BillRegistryInvalidBillState struct {
	Slot    *big.Int
	Current uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBillState(uint256 slot, uint8 current)
func BillRegistryInvalidBillStateErrorID() common.Hash {
	return common.HexToHash("0x4cd70382d1ea0cb6ebf29c6c494c6dab56492f5cfe53e9635964ee54f3406158")
}

// UnpackInvalidBillStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBillState(uint256 slot, uint8 current)
func (billRegistry *BillRegistry) UnpackInvalidBillStateError(raw []byte) (*BillRegistryInvalidBillState, error) {
	out := new(BillRegistryInvalidBillState)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InvalidBillState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInvalidPosition represents a InvalidPosition error raised by the BillRegistry contract.
type BillRegistryInvalidPosition struct {
	TokenId  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPosition(uint256 tokenId, uint256 position)
func BillRegistryInvalidPositionErrorID() common.Hash {
	return common.HexToHash("0x7cdcced37dbf43deca09c00165951c20af41aeb33ea1da120945f623bf8ae583")
}

// UnpackInvalidPositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPosition(uint256 tokenId, uint256 position)
func (billRegistry *BillRegistry) UnpackInvalidPositionError(raw []byte) (*BillRegistryInvalidPosition, error) {
	out := new(BillRegistryInvalidPosition)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InvalidPosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInvalidPrice represents a InvalidPrice error raised by the BillRegistry contract.
type BillRegistryInvalidPrice struct {
	Price *big.Int
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(uint256 price, uint256 value)
func BillRegistryInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0xaf608abbd05c36a3ef933b16c7a61c8ed147ca54fd55841e016ecd85c1b440db")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(uint256 price, uint256 value)
func (billRegistry *BillRegistry) UnpackInvalidPriceError(raw []byte) (*BillRegistryInvalidPrice, error) {
	out := new(BillRegistryInvalidPrice)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInvalidTerms represents a InvalidTerms error raised by the BillRegistry contract.
type BillRegistryInvalidTerms struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms()
func BillRegistryInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0x0256965f9b387bc8ec6c98cf0ff582eaf117751bcb03b5eac94f4b122d4a5fc9")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms()
func (billRegistry *BillRegistry) UnpackInvalidTermsError(raw []byte) (*BillRegistryInvalidTerms, error) {
	out := new(BillRegistryInvalidTerms)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryInvalidValue represents a InvalidValue error raised by the BillRegistry contract.
type BillRegistryInvalidValue struct {
	TokenId *big.Int
	Value   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidValue(uint256 tokenId, uint256 value)
func BillRegistryInvalidValueErrorID() common.Hash {
	return common.HexToHash("0xde9b74a1826ffcc4cf7ad18d904b76f9685eb15b18727d1e9b7b44f3c0723592")
}

// UnpackInvalidValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidValue(uint256 tokenId, uint256 value)
func (billRegistry *BillRegistry) UnpackInvalidValueError(raw []byte) (*BillRegistryInvalidValue, error) {
	out := new(BillRegistryInvalidValue)
	if err := billRegistry.abi.UnpackIntoInterface(out, "InvalidValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryMaturityMismatch represents a MaturityMismatch error raised by the BillRegistry contract.
type BillRegistryMaturityMismatch struct {
	Slot     *big.Int
	Maturity uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaturityMismatch(uint256 slot, uint64 maturity)
func BillRegistryMaturityMismatchErrorID() common.Hash {
	return common.HexToHash("0xe5265284de04480ed63572bc3c7d12891371d16463fe07b13d26a0ae2debf333")
}

// UnpackMaturityMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaturityMismatch(uint256 slot, uint64 maturity)
func (billRegistry *BillRegistry) UnpackMaturityMismatchError(raw []byte) (*BillRegistryMaturityMismatch, error) {
	out := new(BillRegistryMaturityMismatch)
	if err := billRegistry.abi.UnpackIntoInterface(out, "MaturityMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryMissingRole represents a MissingRole error raised by the BillRegistry contract.
type BillRegistryMissingRole struct {
	Account common.Address
	Role    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingRole(address account, bytes32 role)
func BillRegistryMissingRoleErrorID() common.Hash {
	return common.HexToHash("0x0161a64a164c5de4502d8e655ce6491ef7f83bda2d6a00f40693916138c4b21f")
}

// UnpackMissingRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingRole(address account, bytes32 role)
func (billRegistry *BillRegistry) UnpackMissingRoleError(raw []byte) (*BillRegistryMissingRole, error) {
	out := new(BillRegistryMissingRole)
	if err := billRegistry.abi.UnpackIntoInterface(out, "MissingRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryNoFinancingRequest represents a NoFinancingRequest error raised by the BillRegistry contract.
type BillRegistryNoFinancingRequest struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFinancingRequest(uint256 tokenId, address caller)
func BillRegistryNoFinancingRequestErrorID() common.Hash {
	return common.HexToHash("0x775fc50b6607ed8c6895d74bd8ac8809320db95249e0bfbde14d9c79d5a891cd")
}

// UnpackNoFinancingRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFinancingRequest(uint256 tokenId, address caller)
func (billRegistry *BillRegistry) UnpackNoFinancingRequestError(raw []byte) (*BillRegistryNoFinancingRequest, error) {
	out := new(BillRegistryNoFinancingRequest)
	if err := billRegistry.abi.UnpackIntoInterface(out, "NoFinancingRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryNoRecourseClaim represents a NoRecourseClaim error raised by the BillRegistry contract.
type BillRegistryNoRecourseClaim struct {
	TokenId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRecourseClaim(uint256 tokenId, address caller)
func BillRegistryNoRecourseClaimErrorID() common.Hash {
	return common.HexToHash("0x0e2794efd7ee37fd3633797b782422d86f50c5a90c1004eb9c4ef661cf39efd0")
}

// UnpackNoRecourseClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRecourseClaim(uint256 tokenId, address caller)
func (billRegistry *BillRegistry) UnpackNoRecourseClaimError(raw []byte) (*BillRegistryNoRecourseClaim, error) {
	out := new(BillRegistryNoRecourseClaim)
	if err := billRegistry.abi.UnpackIntoInterface(out, "NoRecourseClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryNotAcceptor represents a NotAcceptor error raised by the BillRegistry contract.
type BillRegistryNotAcceptor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAcceptor(address caller)
func BillRegistryNotAcceptorErrorID() common.Hash {
	return common.HexToHash("0x78b8ce96625d86498e8d575eb14a4dc1e3d88a1faec417f334bd71d906e67318")
}

// UnpackNotAcceptorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAcceptor(address caller)
func (billRegistry *BillRegistry) UnpackNotAcceptorError(raw []byte) (*BillRegistryNotAcceptor, error) {
	out := new(BillRegistryNotAcceptor)
	if err := billRegistry.abi.UnpackIntoInterface(out, "NotAcceptor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistryNotOwnerOrApproved represents a NotOwnerOrApproved error raised by the BillRegistry contract.
type BillRegistryNotOwnerOrApproved struct {
	Caller  common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrApproved(address caller, uint256 tokenId)
func BillRegistryNotOwnerOrApprovedErrorID() common.Hash {
	return common.HexToHash("0xe5dcebf2b22cb5369d1324122f3f7d60bc3e94e6f4892458c7b69ce52b622051")
}

// UnpackNotOwnerOrApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrApproved(address caller, uint256 tokenId)
func (billRegistry *BillRegistry) UnpackNotOwnerOrApprovedError(raw []byte) (*BillRegistryNotOwnerOrApproved, error) {
	out := new(BillRegistryNotOwnerOrApproved)
	if err := billRegistry.abi.UnpackIntoInterface(out, "NotOwnerOrApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the BillRegistry contract.
type BillRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BillRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (billRegistry *BillRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*BillRegistrySafeERC20FailedOperation, error) {
	out := new(BillRegistrySafeERC20FailedOperation)
	if err := billRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistrySelfRecourse represents a SelfRecourse error raised by the BillRegistry contract.
type BillRegistrySelfRecourse struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfRecourse(address account)
func BillRegistrySelfRecourseErrorID() common.Hash {
	return common.HexToHash("0x52c73ad3f7a501c9f8485277bbace8e48e6a178ef3eea8ed1992c371518b82df")
}

// UnpackSelfRecourseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfRecourse(address account)
func (billRegistry *BillRegistry) UnpackSelfRecourseError(raw []byte) (*BillRegistrySelfRecourse, error) {
	out := new(BillRegistrySelfRecourse)
	if err := billRegistry.abi.UnpackIntoInterface(out, "SelfRecourse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistrySlotMismatch represents a SlotMismatch error raised by the BillRegistry contract.
type BillRegistrySlotMismatch struct {
	FromSlot *big.Int
	ToSlot   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotMismatch(uint256 fromSlot, uint256 toSlot)
func BillRegistrySlotMismatchErrorID() common.Hash {
	return common.HexToHash("0xb75c9225187638e984228a7a6f4c3e89361783ba51179b21f743cc3f566a5be8")
}

// UnpackSlotMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotMismatch(uint256 fromSlot, uint256 toSlot)
func (billRegistry *BillRegistry) UnpackSlotMismatchError(raw []byte) (*BillRegistrySlotMismatch, error) {
	out := new(BillRegistrySlotMismatch)
	if err := billRegistry.abi.UnpackIntoInterface(out, "SlotMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BillRegistrySplitTooDeep represents a SplitTooDeep error raised by the BillRegistry contract.
type BillRegistrySplitTooDeep struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SplitTooDeep(uint256 tokenId)
func BillRegistrySplitTooDeepErrorID() common.Hash {
	return common.HexToHash("0x5058e2fa379e252662ae33489d445aa5a5aed0002f94ea0c7f73e139588b0938")
}

// UnpackSplitTooDeepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SplitTooDeep(uint256 tokenId)
func (billRegistry *BillRegistry) UnpackSplitTooDeepError(raw []byte) (*BillRegistrySplitTooDeep, error) {
	out := new(BillRegistrySplitTooDeep)
	if err := billRegistry.abi.UnpackIntoInterface(out, "SplitTooDeep", raw); err != nil {
		return nil, err
	}
	return out, nil
}
