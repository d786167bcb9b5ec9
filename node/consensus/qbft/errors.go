package qbft

import "errors"

// Every way a header, a certificate or an engine configuration can be invalid
// is one of the values below, so tests (and callers) can tell them apart with
// errors.Is. The engine also returns go-ethereum's consensus.ErrUnknownAncestor
// (parent not found) and consensus.ErrFutureBlock (timestamp too far ahead).

// Configuration errors, returned by every engine method that needs the
// configuration (see Engine.ConfigError).
var (
	// ErrUnknownFeeProfile is returned for a fee profile other than "free" or "market".
	ErrUnknownFeeProfile = errors.New("qbft: unknown fee profile")
	// ErrMissingChainID is returned when the engine is built without a chain id.
	ErrMissingChainID = errors.New("qbft: missing chain id")
	// ErrUnsupportedForks is returned when the chain config does not activate
	// London through Prague for a header, or activates Amsterdam (DESIGN.md §3).
	ErrUnsupportedForks = errors.New("qbft: chain config must activate London through Prague and not Amsterdam")
)

// Header errors that need no chain.
var (
	// ErrMissingNumber is returned for a header without a block number.
	ErrMissingNumber = errors.New("qbft: header has no number")
	// ErrInvalidDifficulty is returned when difficulty is not 0.
	ErrInvalidDifficulty = errors.New("qbft: difficulty must be 0")
	// ErrInvalidNonce is returned when the nonce is not 0.
	ErrInvalidNonce = errors.New("qbft: nonce must be 0")
	// ErrInvalidUncleHash is returned when the uncle hash is not the hash of an empty list.
	ErrInvalidUncleHash = errors.New("qbft: uncles hash must be the empty-list hash")
	// ErrInvalidExtra is returned when extraData does not decode.
	ErrInvalidExtra = errors.New("qbft: invalid extraData")
	// ErrEmptyValidators is returned when a header lists no validators, or a
	// vote would drop the last one.
	ErrEmptyValidators = errors.New("qbft: empty validator set")
	// ErrUnsortedValidators is returned when the listed validators are not in ascending byte order.
	ErrUnsortedValidators = errors.New("qbft: validators not sorted")
	// ErrDuplicateValidator is returned when an address is listed twice.
	ErrDuplicateValidator = errors.New("qbft: duplicate validator")
	// ErrEpochVote is returned for a vote in an epoch block (number % epochlength == 0).
	ErrEpochVote = errors.New("qbft: vote in an epoch block")
	// ErrInvalidWithdrawalsHash is returned when withdrawalsRoot is not the empty-list hash.
	ErrInvalidWithdrawalsHash = errors.New("qbft: withdrawals hash must be the empty-list hash")
	// ErrInvalidParentBeaconRoot is returned when parentBeaconBlockRoot is missing or not the zero hash.
	ErrInvalidParentBeaconRoot = errors.New("qbft: parent beacon root must be the zero hash")
	// ErrInvalidBlobGas is returned when blobGasUsed or excessBlobGas is missing or not 0.
	ErrInvalidBlobGas = errors.New("qbft: blob gas fields must be 0")
	// ErrMissingRequestsHash is returned when requestsHash is missing.
	ErrMissingRequestsHash = errors.New("qbft: missing requests hash")
	// ErrUnexpectedField is returned for header fields of forks the chain does
	// not run (blockAccessListHash, slotNumber).
	ErrUnexpectedField = errors.New("qbft: unexpected header field")
	// ErrInvalidGasLimit is returned when the gas limit is above the maximum or
	// moves too far from the parent's.
	ErrInvalidGasLimit = errors.New("qbft: invalid gas limit")
	// ErrInvalidGasUsed is returned when gas used exceeds the gas limit.
	ErrInvalidGasUsed = errors.New("qbft: gas used above gas limit")
)

// Header errors that need the parent and the validator set.
var (
	// ErrInvalidNumber is returned when the header's number is not its parent's plus one.
	ErrInvalidNumber = errors.New("qbft: number is not parent number + 1")
	// ErrInvalidTimestamp is returned when time < parent time + block period.
	ErrInvalidTimestamp = errors.New("qbft: timestamp too close to parent")
	// ErrInvalidBaseFee is returned when the base fee breaks the fee profile's rule.
	ErrInvalidBaseFee = errors.New("qbft: invalid base fee")
	// ErrInvalidMixDigest is returned when mixDigest != keccak256(RLP([parent.mixDigest, parentCommit])).
	ErrInvalidMixDigest = errors.New("qbft: invalid mix digest")
	// ErrCoinbaseNotValidator is returned when the coinbase is not in V(N).
	ErrCoinbaseNotValidator = errors.New("qbft: coinbase is not a validator of the block")
	// ErrRedundantVote is returned for a vote that would not change the set
	// (adding a member, dropping a non-member).
	ErrRedundantVote = errors.New("qbft: vote would not change the validator set")
	// ErrValidatorsMismatch is returned when the listed validators differ from the expected V(N+1).
	ErrValidatorsMismatch = errors.New("qbft: listed validators differ from the expected set")
)

// Commit certificate errors.
var (
	// ErrUnexpectedParentCommit is returned when block 1 carries a parentCommit.
	ErrUnexpectedParentCommit = errors.New("qbft: block 1 must not carry a parent commit")
	// ErrMissingParentCommit is returned when a block ≥ 2 carries no parentCommit,
	// or Prepare finds no certificate for the parent.
	ErrMissingParentCommit = errors.New("qbft: missing parent commit certificate")
	// ErrGenesisCertificate is returned when asked to verify a certificate for the genesis block.
	ErrGenesisCertificate = errors.New("qbft: the genesis block has no commit certificate")
	// ErrInsufficientSeals is returned when a certificate has fewer than Q seals.
	ErrInsufficientSeals = errors.New("qbft: too few commit seals")
	// ErrInvalidSeal is returned for a malformed seal (length, v, high s, no recovery).
	ErrInvalidSeal = errors.New("qbft: malformed commit seal")
	// ErrDuplicateSeal is returned when two seals have the same signer.
	ErrDuplicateSeal = errors.New("qbft: duplicate commit seal signer")
	// ErrUnsortedSeals is returned when seals are not sorted by signer address.
	ErrUnsortedSeals = errors.New("qbft: commit seals not sorted by signer")
	// ErrSealNotValidator is returned when a seal does not recover to a validator
	// for this block, round and chain.
	ErrSealNotValidator = errors.New("qbft: commit seal not signed by a validator")
	// ErrMixedRoundSeals is returned when a seal is a validator's seal for the
	// block in another round than the certificate's.
	ErrMixedRoundSeals = errors.New("qbft: commit seal for another round")
	// ErrSealWrongDomain is returned when a seal is a validator's signature of
	// the block without the commit domain tag (raw hash, untagged digest, or the
	// consensus-message tag).
	ErrSealWrongDomain = errors.New("qbft: commit seal without the commit domain tag")
	// ErrSealWrongChain is returned when a seal is a validator's seal for the
	// block under another chain id.
	ErrSealWrongChain = errors.New("qbft: commit seal for another chain id")
)

// Engine method errors.
var (
	// ErrUnclesNotAllowed is returned by VerifyUncles for any uncle.
	ErrUnclesNotAllowed = errors.New("qbft: uncles not allowed")
	// ErrSealNotSupported is returned by Seal: blocks are sealed by the QBFT
	// protocol (commit seals collected into the child's certificate), not by the engine.
	ErrSealNotSupported = errors.New("qbft: Engine.Seal is not used; blocks are committed by the QBFT protocol")
	// ErrNoCertificateSource is returned by Prepare for a block ≥ 2 when the
	// engine was built without a CertificateSource.
	ErrNoCertificateSource = errors.New("qbft: engine has no certificate source")
)
