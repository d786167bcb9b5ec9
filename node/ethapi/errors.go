package ethapi

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/vm"
)

// JSON-RPC error codes beyond the default -32000.
const (
	// errCodeReverted is EIP-1474's "execution reverted" code, which
	// wallets and libraries key on to decode the revert data.
	errCodeReverted = 3
	// errCodeInvalidParams is JSON-RPC's invalid-params code.
	errCodeInvalidParams = -32602
)

// Errors returned to callers, worded as go-ethereum words them.
var (
	errHeaderNotFound     = errors.New("header not found")
	errHashNotFound       = errors.New("header for hash not found")
	errHashNotCanonical   = errors.New("hash is not currently canonical")
	errBlockNotFound      = errors.New("block not found")
	errTxIndexing         = errors.New("transaction indexing is in progress")
	errUnprotectedTx      = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
	errBothFeeStyles      = errors.New("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified")
	errDataInputMismatch  = errors.New(`both "data" and "input" are set and not equal. Please use "input" to pass transaction call data`)
	errStateAndStateDiff  = errors.New("has both 'state' and 'stateDiff'")
	errReceiptsIncomplete = errors.New("receipts do not match the block's transactions")
)

// revertError is an EVM revert: code 3, the decoded reason (when the data
// is an Error(string)) in the message and the raw revert data as hex in
// the error's data field.
type revertError struct {
	msg  string
	data string
}

func newRevertError(revert []byte) *revertError {
	msg := vm.ErrExecutionReverted.Error()
	if reason, err := abi.UnpackRevert(revert); err == nil {
		msg = fmt.Sprintf("%s: %s", msg, reason)
	}
	return &revertError{msg: msg, data: hexutil.Encode(revert)}
}

func (e *revertError) Error() string { return e.msg }

// ErrorCode is the JSON-RPC error code (rpc.Error).
func (e *revertError) ErrorCode() int { return errCodeReverted }

// ErrorData is the hex revert data (rpc.DataError).
func (e *revertError) ErrorData() any { return e.data }

// txIndexingError tells the caller the lookup may succeed later.
type txIndexingError struct{}

func (txIndexingError) Error() string { return errTxIndexing.Error() }

// ErrorCode is the JSON-RPC error code (rpc.Error).
func (txIndexingError) ErrorCode() int { return -32000 }

// ErrorData repeats the message, as go-ethereum does (rpc.DataError).
func (txIndexingError) ErrorData() any { return errTxIndexing.Error() }

// Is lets callers match errTxIndexing.
func (txIndexingError) Is(target error) bool { return target == errTxIndexing }

// invalidParamsError is a request the node refuses to run as given.
type invalidParamsError struct{ err error }

func (e invalidParamsError) Error() string { return e.err.Error() }

// ErrorCode is the JSON-RPC error code (rpc.Error).
func (e invalidParamsError) ErrorCode() int { return errCodeInvalidParams }

func (e invalidParamsError) Unwrap() error { return e.err }
