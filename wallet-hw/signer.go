package wallethw

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/internal/eip712"
)

// Default environment variables that hold secrets when Options names none.
const (
	// DefaultPINEnv holds the PKCS#11 user PIN.
	DefaultPINEnv = "XIANG_PKCS11_PIN"
	// DefaultPasswordEnv holds the keystore password.
	DefaultPasswordEnv = "XIANG_KEYSTORE_PASSWORD"
)

// Errors shared by every driver. Callers match them with errors.Is.
var (
	ErrUnknownScheme       = errors.New("wallethw: unknown signer URI scheme")
	ErrInvalidURI          = errors.New("wallethw: invalid signer URI")
	ErrNotSupported        = errors.New("wallethw: operation not supported by this signer")
	ErrHashSigningDisabled = errors.New("wallethw: raw hash signing is not allowed for this signer")
	ErrNoSecret            = errors.New("wallethw: no PIN or password available")
	ErrChainIDMismatch     = errors.New("wallethw: transaction chain id differs from the signing chain id")
	ErrClosed              = errors.New("wallethw: signer is closed")
)

// Signer signs on behalf of one Ethereum account. Implementations are safe
// for concurrent use.
//
// Message signatures (SignTypedData, SignPersonal) are 65 bytes r‖s‖v with
// v ∈ {27, 28}, the form ecrecover and eth_sign callers expect. SignHash
// returns r‖s‖v with v ∈ {0, 1}, the consensus form (qbft.RecoverSigner).
// Every signature has a low s (EIP-2).
type Signer interface {
	// Address is the account the signer signs for.
	Address() common.Address
	// SignTx signs tx for chainID with go-ethereum's latest signer for that
	// chain (legacy transactions get EIP-155 protection). Every transaction
	// type is accepted; a typed transaction carrying another chain id is
	// refused with ErrChainIDMismatch.
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
	// SignTypedData signs the EIP-712 digest of data.
	SignTypedData(ctx context.Context, data apitypes.TypedData) ([]byte, error)
	// SignPersonal signs msg with the "\x19Ethereum Signed Message:\n" prefix.
	SignPersonal(ctx context.Context, msg []byte) ([]byte, error)
	// SignAuthorization signs an EIP-7702 authorisation and returns it with
	// V, R and S filled in.
	SignAuthorization(ctx context.Context, auth types.SetCodeAuthorization) (types.SetCodeAuthorization, error)
	// SignHash signs a 32-byte digest as is. It returns
	// ErrHashSigningDisabled unless the signer was opened with
	// Options.AllowHashSigning, and ErrNotSupported on drivers that cannot.
	SignHash(ctx context.Context, hash common.Hash) ([]byte, error)
	// Close releases the key and any session or device behind it.
	Close() error
}

// Options tune Open. The zero value reads secrets from the default
// environment variables and never prompts.
type Options struct {
	// Password is the keystore password. If empty, PasswordEnv is read,
	// then Prompt is asked.
	Password string
	// PasswordEnv names the environment variable holding the keystore
	// password (DefaultPasswordEnv if empty).
	PasswordEnv string
	// PIN is the PKCS#11 user PIN. If empty, PINEnv is read, then Prompt
	// is asked. PKCS#11 login state belongs to the token and the process:
	// once one signer has logged in, later signers on that token in the
	// same process are not asked for the PIN again.
	PIN string
	// PINEnv names the environment variable holding the PKCS#11 PIN
	// (DefaultPINEnv if empty).
	PINEnv string
	// Prompt asks the user for a secret; what describes it. Nil means
	// never prompt (ErrNoSecret instead).
	Prompt func(what string) (string, error)
	// AllowHashSigning enables Signer.SignHash. Only validator keys
	// should need it.
	AllowHashSigning bool
	// Modules shares PKCS#11 module contexts between signers. PKCS#11
	// allows one initialisation of a module per process, so a process that
	// opens several pkcs11: signers on one module must pass the same
	// Modules to each. Nil gives the signer a context of its own.
	Modules *Modules
	// Notify tells the user what a hardware wallet is waiting for, such as
	// "confirm the transaction on the Ledger". Nil discards the notices.
	Notify func(msg string)
}

// notify passes msg to o.Notify when one is set.
func (o Options) notify(msg string) {
	if o.Notify != nil {
		o.Notify(msg)
	}
}

// Open parses uri and opens the signer it names.
func Open(ctx context.Context, uri string, opts Options) (Signer, error) {
	scheme, rest, ok := strings.Cut(uri, ":")
	if !ok {
		return nil, fmt.Errorf("%w: %q has no scheme", ErrInvalidURI, uri)
	}
	switch scheme {
	case "keystore":
		return openKeystore(rest, opts)
	case "pkcs11":
		loc, err := ParsePKCS11URI(uri)
		if err != nil {
			return nil, err
		}
		return openPKCS11(ctx, loc, opts)
	case "ledger", "trezor":
		loc, err := ParseHardwareURI(uri)
		if err != nil {
			return nil, err
		}
		return openHardware(ctx, loc, opts)
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownScheme, scheme)
	}
}

// secret returns the explicit value, else the environment variable, else
// what the prompt returns.
func secret(explicit, env, defaultEnv, what string, prompt func(string) (string, error)) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	if env == "" {
		env = defaultEnv
	}
	if v, ok := os.LookupEnv(env); ok && v != "" {
		return v, nil
	}
	if prompt == nil {
		return "", fmt.Errorf("%w: set %s or pass a prompt (%s)", ErrNoSecret, env, what)
	}
	v, err := prompt(what)
	if err != nil {
		return "", fmt.Errorf("prompting for %s: %w", what, err)
	}
	return v, nil
}

// digestSigner is what a driver that can sign raw digests provides; wallet
// builds every Signer operation on top of it, once.
type digestSigner interface {
	address() common.Address
	// signDigest returns r‖s‖v with low s and v ∈ {0, 1}.
	signDigest(ctx context.Context, hash common.Hash) ([]byte, error)
	close() error
}

// wallet implements Signer over a digestSigner.
type wallet struct {
	d         digestSigner
	allowHash bool
}

func (w *wallet) Address() common.Address { return w.d.address() }

func (w *wallet) Close() error { return w.d.close() }

func (w *wallet) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: chain id must be positive", ErrChainIDMismatch)
	}
	if tx.Type() != types.LegacyTxType && tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: tx has %v, signing for %v", ErrChainIDMismatch, tx.ChainId(), chainID)
	}
	signer := types.LatestSignerForChainID(chainID)
	sig, err := w.d.signDigest(ctx, signer.Hash(tx))
	if err != nil {
		return nil, fmt.Errorf("signing transaction: %w", err)
	}
	signed, err := tx.WithSignature(signer, sig)
	if err != nil {
		return nil, fmt.Errorf("attaching transaction signature: %w", err)
	}
	return signed, nil
}

func (w *wallet) SignTypedData(ctx context.Context, data apitypes.TypedData) ([]byte, error) {
	hash, err := eip712.Digest(data)
	if err != nil {
		return nil, err
	}
	return w.signMessageDigest(ctx, common.BytesToHash(hash))
}

func (w *wallet) SignPersonal(ctx context.Context, msg []byte) ([]byte, error) {
	return w.signMessageDigest(ctx, common.BytesToHash(accounts.TextHash(msg)))
}

func (w *wallet) signMessageDigest(ctx context.Context, hash common.Hash) ([]byte, error) {
	sig, err := w.d.signDigest(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("signing message: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

func (w *wallet) SignAuthorization(ctx context.Context, auth types.SetCodeAuthorization) (types.SetCodeAuthorization, error) {
	sig, err := w.d.signDigest(ctx, auth.SigHash())
	if err != nil {
		return types.SetCodeAuthorization{}, fmt.Errorf("signing authorisation: %w", err)
	}
	out := types.SetCodeAuthorization{ChainID: auth.ChainID, Address: auth.Address, Nonce: auth.Nonce, V: sig[64]}
	out.R = *new(uint256.Int).SetBytes(sig[:32])
	out.S = *new(uint256.Int).SetBytes(sig[32:64])
	return out, nil
}

func (w *wallet) SignHash(ctx context.Context, hash common.Hash) ([]byte, error) {
	if !w.allowHash {
		return nil, ErrHashSigningDisabled
	}
	sig, err := w.d.signDigest(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("signing hash: %w", err)
	}
	return sig, nil
}
