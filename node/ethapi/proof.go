package ethapi

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxProofKeys caps the storage keys of one eth_getProof request, as
// go-ethereum does, so a single request cannot walk a whole storage trie.
const maxProofKeys = 1024

// Storage-key parse errors of eth_getProof, worded as go-ethereum words them.
var (
	errProofKeyTooLong = errors.New("storage key too long (want at most 32 bytes)")
	errProofKeyHex     = errors.New("invalid hex in storage key")
)

// AccountResult is eth_getProof's answer (EIP-1186): the account's fields
// and the trie nodes proving them against the block's state root, plus one
// StorageResult per requested key proving it against StorageHash. An
// account that does not exist has a zero code hash and storage hash, zero
// balance and nonce, and an account proof of its absence.
type AccountResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []string        `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []StorageResult `json:"storageProof"`
}

// StorageResult is one storage slot's value and proof. Key echoes the
// request: a 32-byte key as given (lower-case hex), any shorter one as a
// quantity. An account without storage gets an empty proof.
type StorageResult struct {
	Key   string       `json:"key"`
	Value *hexutil.Big `json:"value"`
	Proof []string     `json:"proof"`
}

// proofCollector gathers the RLP trie nodes a Prove call emits, as hex, in
// the order they are written (root first).
type proofCollector []string

// Put implements ethdb.KeyValueWriter; the key (the node hash) is implied.
func (p *proofCollector) Put(_ []byte, value []byte) error {
	*p = append(*p, hexutil.Encode(value))
	return nil
}

// Delete implements ethdb.KeyValueWriter; proofs only ever add nodes.
func (p *proofCollector) Delete([]byte) error {
	return errors.New("proof collector: delete is not supported")
}

// proofKey is a parsed storage key and how many bytes the caller wrote.
type proofKey struct {
	slot common.Hash
	size int
}

// decodeProofKey parses a storage key of eth_getProof leniently, as
// go-ethereum does for compatibility: the 0x prefix is optional, an odd
// digit count is left-padded and at most 32 bytes are allowed.
func decodeProofKey(s string) (proofKey, error) {
	digits := s
	if strings.HasPrefix(digits, "0x") || strings.HasPrefix(digits, "0X") {
		digits = digits[2:]
	}
	if len(digits)%2 == 1 {
		digits = "0" + digits
	}
	if len(digits) > 2*common.HashLength {
		return proofKey{}, errProofKeyTooLong
	}
	raw, err := hex.DecodeString(digits)
	if err != nil {
		return proofKey{}, errProofKeyHex
	}
	return proofKey{slot: common.BytesToHash(raw), size: len(raw)}, nil
}

// echo renders the key for the answer.
func (k proofKey) echo() string {
	if k.size == common.HashLength {
		return hexutil.Encode(k.slot[:])
	}
	return hexutil.EncodeBig(k.slot.Big())
}

// GetProof is eth_getProof (EIP-1186): the Merkle-Patricia proofs of an
// account and of some of its storage slots in the state after the given
// block (latest when omitted). Keys are parsed before any state is read;
// a malformed key or more than 1024 keys is an invalid-params error.
func (api *EthAPI) GetProof(ctx context.Context, address common.Address, storageKeys []string, blockNrOrHash *rpc.BlockNumberOrHash) (*AccountResult, error) {
	if len(storageKeys) > maxProofKeys {
		return nil, invalidParamsError{fmt.Errorf("too many storage keys requested (max %d, got %d)", maxProofKeys, len(storageKeys))}
	}
	keys := make([]proofKey, len(storageKeys))
	for i, s := range storageKeys {
		key, err := decodeProofKey(s)
		if err != nil {
			return nil, invalidParamsError{fmt.Errorf("%w: %q", err, s)}
		}
		keys[i] = key
	}
	st, header, err := api.stateAndHeader(ctx, orLatest(blockNrOrHash))
	if err != nil {
		return nil, err
	}
	storageRoot := st.GetStorageRoot(address)
	storage, err := storageProofs(ctx, st, header.Root, address, storageRoot, keys)
	if err != nil {
		return nil, err
	}
	accountTrie, err := st.Database().OpenTrie(header.Root)
	if err != nil {
		return nil, fmt.Errorf("opening account trie %s: %w", header.Root, err)
	}
	var accountProof proofCollector
	if err := accountTrie.Prove(crypto.Keccak256(address[:]), &accountProof); err != nil {
		return nil, fmt.Errorf("proving account %s: %w", address.Hex(), err)
	}
	out := &AccountResult{
		Address:      address,
		AccountProof: accountProof,
		Balance:      (*hexutil.Big)(st.GetBalance(address).ToBig()),
		CodeHash:     st.GetCodeHash(address),
		Nonce:        hexutil.Uint64(st.GetNonce(address)),
		StorageHash:  storageRoot,
		StorageProof: storage,
	}
	if err := st.Error(); err != nil {
		return nil, fmt.Errorf("reading state: %w", err)
	}
	return out, nil
}

// storageProofs proves each key in the storage trie rooted at storageRoot.
// An account without storage (empty or zero root) has nothing to prove:
// every value is zero with an empty proof.
func storageProofs(ctx context.Context, st *state.StateDB, stateRoot common.Hash, address common.Address, storageRoot common.Hash, keys []proofKey) ([]StorageResult, error) {
	out := make([]StorageResult, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	var storageTrie state.Trie
	if storageRoot != types.EmptyRootHash && storageRoot != (common.Hash{}) {
		tr, err := st.Database().OpenStorageTrie(stateRoot, address, storageRoot, nil)
		if err != nil {
			return nil, fmt.Errorf("opening storage trie of %s: %w", address.Hex(), err)
		}
		storageTrie = tr
	}
	for i, key := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if storageTrie == nil {
			out[i] = StorageResult{Key: key.echo(), Value: new(hexutil.Big), Proof: []string{}}
			continue
		}
		var proof proofCollector
		if err := storageTrie.Prove(crypto.Keccak256(key.slot[:]), &proof); err != nil {
			return nil, fmt.Errorf("proving slot %s of %s: %w", key.slot, address.Hex(), err)
		}
		value := st.GetState(address, key.slot)
		out[i] = StorageResult{Key: key.echo(), Value: (*hexutil.Big)(value.Big()), Proof: proof}
	}
	return out, nil
}
