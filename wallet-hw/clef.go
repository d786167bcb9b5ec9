package wallethw

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"mime"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/internal/eip712"
)

// ClefAPIVersion is the version of Clef's external API this endpoint speaks.
// 6.0.0 is the surface without account_signGnosisSafeTx (added in 6.1.0),
// which is not implemented here.
const ClefAPIVersion = "6.0.0"

// ClefNamespace is the JSON-RPC namespace of the external API.
const ClefNamespace = "account"

// Methods of the external API, as they appear in requests, rules and the
// audit log.
const (
	MethodList            = "account_list"
	MethodSignTransaction = "account_signTransaction"
	MethodSignData        = "account_signData"
	MethodSignTypedData   = "account_signTypedData"
	MethodEcRecover       = "account_ecRecover"
	MethodVersion         = "account_version"
	MethodNew             = "account_new"
)

// Content types of account_signData.
const (
	ContentTextPlain = accounts.MimetypeTextPlain         // personal_sign (EIP-191 version 0x45)
	ContentTypedData = accounts.MimetypeTypedData         // EIP-712
	ContentClique    = accounts.MimetypeClique            // refused: consensus header digest
	ContentValidator = accounts.MimetypeDataWithValidator // refused: EIP-191 version 0x00
)

// JSON-RPC error codes. Clef answers every failure with the server-error
// code -32000 and a message; malformed parameters get the standard
// invalid-params code.
const (
	clefCodeServer        = -32000
	clefCodeInvalidParams = -32602
)

// Errors of the Clef endpoint. They reach clients as JSON-RPC error
// messages; callers in Go match them with errors.Is.
var (
	ErrClefDenied         = errors.New("request denied")
	ErrClefUnknownAccount = errors.New("unknown account")
	ErrClefInvalidParams  = errors.New("invalid parameters")
	ErrClefConsensusData  = errors.New("content type refused: consensus and validator digests are signed only by validator keys, which this signer never serves")
	ErrClefContentType    = errors.New("unsupported content type")
	ErrClefNewAccount     = errors.New("account_new is not supported: create keys with `xiang wallet new-key` or a keystore tool, then restart the signer")
	ErrClefValidatorKey   = errors.New("refusing to serve a validator key")
	ErrClefNoSigners      = errors.New("no signers to serve")
	ErrClefDuplicate      = errors.New("two signers serve the same address")
	ErrClefAuditFailed    = errors.New("audit log write failed; nothing returned")
	ErrClefRecover        = errors.New("cannot recover signer")
)

// clefError carries a JSON-RPC error code (go-ethereum's rpc package reads
// ErrorCode) and keeps the wrapped error for errors.Is.
type clefError struct {
	code int
	err  error
}

func (e *clefError) Error() string  { return e.err.Error() }
func (e *clefError) ErrorCode() int { return e.code }
func (e *clefError) Unwrap() error  { return e.err }

// invalidParams wraps a decoding failure of parameter name.
func invalidParams(name string, err error) error {
	return &clefError{clefCodeInvalidParams, fmt.Errorf("%w: %s: %v", ErrClefInvalidParams, name, err)}
}

// serverError gives err the Clef server-error code unless it already has one.
func serverError(err error) error {
	var ce *clefError
	if errors.As(err, &ce) {
		return err
	}
	return &clefError{clefCodeServer, err}
}

// ClefRequest is one external-API request after its parameters were decoded
// and checked: what an Approver decides on and what the audit log records.
type ClefRequest struct {
	Method    string // one of the Method* constants
	Transport string // "ipc" or "http"
	Remote    string // the caller's address as the transport reports it
	// From is the account asked to sign; zero for account_list.
	From common.Address
	// Tx is the unsigned transaction of account_signTransaction.
	Tx *types.Transaction
	// ChainID is the chain Tx is signed for (the server's), also for
	// legacy transactions, which carry none until signed.
	ChainID *big.Int
	// MethodSelector is the optional ABI method signature a caller passes
	// with account_signTransaction (informational only).
	MethodSelector string
	// ContentType is the media type of account_signData, and "data/typed"
	// for account_signTypedData.
	ContentType string
	// Message is the text/plain payload.
	Message []byte
	// TypedData is the EIP-712 payload of data/typed and account_signTypedData.
	TypedData *apitypes.TypedData
	// Digest is the 32-byte hash the key will sign (for a transaction, its
	// signing hash under the served chain id).
	Digest common.Hash
}

// ClefConfig configures a ClefServer.
type ClefConfig struct {
	// Signers are the accounts served. The server uses them but does not
	// close them; they must not have been opened with AllowHashSigning.
	Signers []Signer
	// ChainID is the only chain transactions are signed for.
	ChainID *big.Int
	// Approver decides every request that could sign or reveal accounts.
	// Nil denies everything.
	Approver Approver
	// Audit receives one entry per request. Nil disables auditing.
	Audit *AuditLog
	// Validators are consensus keys that must never be served; a signer
	// for one of them makes NewClefServer fail.
	Validators []common.Address
}

// ClefServer is a Clef-compatible external signer: the `account` JSON-RPC
// namespace over a Unix socket and, when asked, over HTTP (never
// WebSocket). Every request is decided by the Approver before any key is
// used, and recorded in the audit log before its response is returned.
// account_version and account_ecRecover use no key and need no approval.
type ClefServer struct {
	api *clefAPI
	rpc *rpc.Server

	mu        sync.Mutex
	listeners []net.Listener
	httpSrvs  []*http.Server
	done      sync.WaitGroup
	closed    bool
}

// NewClefServer checks cfg and builds the server; nothing listens until
// ServeIPC or ServeHTTP.
func NewClefServer(cfg ClefConfig) (*ClefServer, error) {
	if len(cfg.Signers) == 0 {
		return nil, ErrClefNoSigners
	}
	if cfg.ChainID == nil || cfg.ChainID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: clef: chain id must be positive", ErrChainIDMismatch)
	}
	validators := make(map[common.Address]bool, len(cfg.Validators))
	for _, v := range cfg.Validators {
		validators[v] = true
	}
	signers := make(map[common.Address]Signer, len(cfg.Signers))
	order := make([]common.Address, 0, len(cfg.Signers))
	for _, s := range cfg.Signers {
		addr := s.Address()
		if validators[addr] {
			return nil, fmt.Errorf("%w: %s is a validator of the chain; validator keys sign consensus messages only", ErrClefValidatorKey, addr.Hex())
		}
		if signers[addr] != nil {
			return nil, fmt.Errorf("%w: %s", ErrClefDuplicate, addr.Hex())
		}
		signers[addr] = s
		order = append(order, addr)
	}
	api := &clefAPI{
		signers:  signers,
		order:    order,
		chainID:  new(big.Int).Set(cfg.ChainID),
		approver: cfg.Approver,
		audit:    cfg.Audit,
	}
	srv := rpc.NewServer()
	if err := srv.RegisterName(ClefNamespace, api); err != nil {
		return nil, fmt.Errorf("registering the %s API: %w", ClefNamespace, err)
	}
	return &ClefServer{api: api, rpc: srv}, nil
}

// Addresses returns the served accounts in the order the signers were given.
func (s *ClefServer) Addresses() []common.Address {
	return append([]common.Address(nil), s.api.order...)
}

// ServeIPC listens on a Unix socket at path (mode 0600, its directory
// created 0700) and serves requests in the background. A stale socket
// nobody answers on is replaced; a live one is an error.
func (s *ClefServer) ServeIPC(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating IPC directory: %w", err)
	}
	if fi, err := os.Lstat(path); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return fmt.Errorf("IPC path %s exists and is not a socket", path)
		}
		if conn, err := net.DialTimeout("unix", path, time.Second); err == nil {
			conn.Close()
			return fmt.Errorf("IPC path %s: another process is listening on it", path)
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("removing stale IPC socket: %w", err)
		}
	}
	l, err := net.Listen("unix", path)
	if err != nil {
		return fmt.Errorf("listening on IPC socket %s: %w", path, err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		l.Close()
		return fmt.Errorf("restricting IPC socket: %w", err)
	}
	if !s.track(l, nil) {
		l.Close()
		return ErrClosed
	}
	go func() {
		defer s.done.Done()
		s.rpc.ServeListener(l) // returns when l is closed
	}()
	return nil
}

// ServeHTTP listens on addr (host:port; port 0 picks one) and serves
// JSON-RPC over plain HTTP POST in the background. Requests whose Host
// header is a name not in vhosts are refused ("*" allows any); IP
// addresses are always allowed, as go-ethereum does. It returns the
// address actually bound.
func (s *ClefServer) ServeHTTP(addr string, vhosts []string) (net.Addr, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	hs := &http.Server{
		Handler:           vhostHandler(vhosts, s.rpc),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	if !s.track(l, hs) {
		l.Close()
		return nil, ErrClosed
	}
	go func() {
		defer s.done.Done()
		hs.Serve(l) // returns http.ErrServerClosed on Close
	}()
	return l.Addr(), nil
}

// track registers a listener (and its HTTP server) for Close.
func (s *ClefServer) track(l net.Listener, hs *http.Server) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.listeners = append(s.listeners, l)
	if hs != nil {
		s.httpSrvs = append(s.httpSrvs, hs)
	}
	s.done.Add(1)
	return true
}

// Close stops listening (removing the IPC socket), ends open connections
// and waits for the serving goroutines. It does not close the signers.
func (s *ClefServer) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	listeners, httpSrvs := s.listeners, s.httpSrvs
	s.mu.Unlock()

	var errs []error
	for _, hs := range httpSrvs {
		if err := hs.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	for _, l := range listeners {
		if err := l.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, err)
		}
	}
	s.rpc.Stop()
	s.done.Wait()
	return errors.Join(errs...)
}

// vhostHandler refuses requests whose Host is a name outside vhosts.
func vhostHandler(vhosts []string, next http.Handler) http.Handler {
	allowed := make(map[string]bool, len(vhosts))
	for _, h := range vhosts {
		allowed[strings.ToLower(strings.TrimSpace(h))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.ToLower(host)
		if host == "" || allowed["*"] || allowed[host] || net.ParseIP(host) != nil {
			next.ServeHTTP(w, r)
			return
		}
		http.Error(w, "invalid host specified", http.StatusForbidden)
	})
}

// clefAPI is the receiver registered as the `account` namespace. Every
// parameter is taken as raw JSON so that a malformed request still reaches
// the method, is answered with a clear error and is audited.
type clefAPI struct {
	signers  map[common.Address]Signer
	order    []common.Address
	chainID  *big.Int
	approver Approver
	audit    *AuditLog
}

// SignTxResult is the reply of account_signTransaction: the RLP (for typed
// transactions, the EIP-2718 envelope) and the decoded transaction.
type SignTxResult struct {
	Raw hexutil.Bytes      `json:"raw"`
	Tx  *types.Transaction `json:"tx"`
}

// List implements account_list.
func (a *clefAPI) List(ctx context.Context) ([]common.Address, error) {
	return handle(ctx, a, MethodList, true, func(*ClefRequest) error { return nil },
		func(context.Context, *ClefRequest, Signer, *AuditEntry) ([]common.Address, error) {
			return append([]common.Address{}, a.order...), nil
		})
}

// SignTransaction implements account_signTransaction(args, methodSelector?).
func (a *clefAPI) SignTransaction(ctx context.Context, args, methodSelector *json.RawMessage) (*SignTxResult, error) {
	parse := func(req *ClefRequest) error {
		var ta clefTxArgs
		if err := decodeParam("transaction", args, &ta); err != nil {
			return err
		}
		if methodSelector != nil && !isJSONNull(*methodSelector) {
			if err := json.Unmarshal(*methodSelector, &req.MethodSelector); err != nil {
				return invalidParams("methodSelector", err)
			}
		}
		req.From = ta.From.Address()
		tx, err := ta.transaction(a.chainID)
		if err != nil {
			return err
		}
		req.Tx, req.ChainID = tx, a.chainID
		req.Digest = types.LatestSignerForChainID(a.chainID).Hash(tx)
		return nil
	}
	sign := func(ctx context.Context, req *ClefRequest, s Signer, e *AuditEntry) (*SignTxResult, error) {
		signed, err := s.SignTx(ctx, req.Tx, a.chainID)
		if err != nil {
			return nil, err
		}
		if from, err := types.Sender(types.LatestSignerForChainID(a.chainID), signed); err != nil || from != req.From {
			return nil, fmt.Errorf("signed transaction does not recover to %s (%v)", req.From.Hex(), err)
		}
		raw, err := signed.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encoding signed transaction: %w", err)
		}
		h := signed.Hash()
		e.SignedTxHash = &h
		return &SignTxResult{Raw: raw, Tx: signed}, nil
	}
	return handle(ctx, a, MethodSignTransaction, true, parse, sign)
}

// SignData implements account_signData(contentType, address, data).
func (a *clefAPI) SignData(ctx context.Context, contentType, addr, data *json.RawMessage) (hexutil.Bytes, error) {
	parse := func(req *ClefRequest) error {
		var ct string
		if err := decodeParam("content type", contentType, &ct); err != nil {
			return err
		}
		media, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return invalidParams("content type", err)
		}
		req.ContentType = media
		if err := decodeAddress(addr, &req.From); err != nil {
			return err
		}
		switch media {
		case ContentClique, ContentValidator:
			return serverError(fmt.Errorf("%w (%s)", ErrClefConsensusData, media))
		case ContentTextPlain:
			var msg hexutil.Bytes
			if err := decodeParam("data (hex-encoded text)", data, &msg); err != nil {
				return err
			}
			req.Message = msg
			req.Digest = common.BytesToHash(accounts.TextHash(msg))
			return nil
		case ContentTypedData:
			td, err := decodeTypedDataParam(data)
			if err != nil {
				return err
			}
			return setTypedData(req, td)
		default:
			return serverError(fmt.Errorf("%w %q (want %s or %s)", ErrClefContentType, media, ContentTextPlain, ContentTypedData))
		}
	}
	return handle(ctx, a, MethodSignData, true, parse, signMessage)
}

// SignTypedData implements account_signTypedData(address, typedData).
func (a *clefAPI) SignTypedData(ctx context.Context, addr, data *json.RawMessage) (hexutil.Bytes, error) {
	parse := func(req *ClefRequest) error {
		if err := decodeAddress(addr, &req.From); err != nil {
			return err
		}
		var td apitypes.TypedData
		if err := decodeParam("typed data", data, &td); err != nil {
			return err
		}
		req.ContentType = ContentTypedData
		return setTypedData(req, &td)
	}
	return handle(ctx, a, MethodSignTypedData, true, parse, signMessage)
}

// EcRecover implements account_ecRecover(data, signature): the address
// whose personal_sign signature (v = 27/28) over data sig is.
func (a *clefAPI) EcRecover(ctx context.Context, data, sig *json.RawMessage) (common.Address, error) {
	var msg, signature hexutil.Bytes
	parse := func(req *ClefRequest) error {
		if err := decodeParam("data", data, &msg); err != nil {
			return err
		}
		if err := decodeParam("signature", sig, &signature); err != nil {
			return err
		}
		if len(signature) != crypto.SignatureLength {
			return invalidParams("signature", fmt.Errorf("must be %d bytes, got %d", crypto.SignatureLength, len(signature)))
		}
		if v := signature[crypto.RecoveryIDOffset]; v != 27 && v != 28 {
			return invalidParams("signature", fmt.Errorf("v must be 27 or 28, got %d", v))
		}
		req.Message = msg
		req.Digest = common.BytesToHash(accounts.TextHash(msg))
		return nil
	}
	recoverAddr := func(_ context.Context, req *ClefRequest, _ Signer, e *AuditEntry) (common.Address, error) {
		rsv := append([]byte{}, signature...)
		rsv[crypto.RecoveryIDOffset] -= 27
		pub, err := crypto.SigToPub(req.Digest[:], rsv)
		if err != nil {
			return common.Address{}, serverError(fmt.Errorf("%w: %v", ErrClefRecover, err))
		}
		addr := crypto.PubkeyToAddress(*pub)
		e.Recovered = &addr
		return addr, nil
	}
	return handle(ctx, a, MethodEcRecover, false, parse, recoverAddr)
}

// Version implements account_version.
func (a *clefAPI) Version(ctx context.Context) (string, error) {
	return handle(ctx, a, MethodVersion, false, func(*ClefRequest) error { return nil },
		func(context.Context, *ClefRequest, Signer, *AuditEntry) (string, error) { return ClefAPIVersion, nil })
}

// New implements account_new, which this signer refuses: keys are made
// with their own tools (an HSM's key is generated on the token).
func (a *clefAPI) New(ctx context.Context) (common.Address, error) {
	return handle(ctx, a, MethodNew, false, func(*ClefRequest) error { return serverError(ErrClefNewAccount) },
		func(context.Context, *ClefRequest, Signer, *AuditEntry) (common.Address, error) {
			return common.Address{}, nil
		})
}

// signMessage signs a text/plain or typed-data request (v = 27/28).
func signMessage(ctx context.Context, req *ClefRequest, s Signer, e *AuditEntry) (hexutil.Bytes, error) {
	if req.TypedData != nil {
		return s.SignTypedData(ctx, *req.TypedData)
	}
	return s.SignPersonal(ctx, req.Message)
}

// handle runs one request: decode and check (parse), approve when
// needsApproval, find the signer for req.From when there is one, run act,
// and record the whole in the audit log before answering. If the audit
// entry cannot be written, the result is withheld.
func handle[T any](ctx context.Context, a *clefAPI, method string, needsApproval bool,
	parse func(*ClefRequest) error,
	act func(context.Context, *ClefRequest, Signer, *AuditEntry) (T, error),
) (T, error) {
	var zero T
	peer := rpc.PeerInfoFromContext(ctx)
	req := &ClefRequest{Method: method, Transport: peer.Transport, Remote: peer.RemoteAddr}
	entry := &AuditEntry{Time: time.Now().UTC(), Method: method, Transport: peer.Transport, Remote: peer.RemoteAddr}

	finish := func(res T, err error) (T, error) {
		if err != nil {
			err = serverError(err)
			entry.Outcome, entry.Error = OutcomeError, err.Error()
		} else {
			entry.Outcome = OutcomeOK
		}
		if aerr := a.audit.Record(entry); aerr != nil {
			return zero, serverError(fmt.Errorf("%w: %v", ErrClefAuditFailed, aerr))
		}
		return res, err
	}

	err := safeParse(parse, req)
	entry.describe(req)
	if err != nil {
		entry.Decision = DecisionNone
		return finish(zero, err)
	}
	if !needsApproval {
		entry.Decision = DecisionNotRequired
	} else {
		dec := a.decide(ctx, req)
		approved := dec.Approved
		entry.Decision, entry.Reason, entry.Approved = dec.By, dec.Reason, &approved
		if strings.HasPrefix(dec.By, "rule ") && dec.Rule >= 0 {
			rule := dec.Rule
			entry.Rule = &rule
		}
		if !approved {
			return finish(zero, fmt.Errorf("%w: %s", ErrClefDenied, denyReason(dec)))
		}
	}
	var s Signer
	if req.From != (common.Address{}) {
		if s = a.signers[req.From]; s == nil {
			return finish(zero, fmt.Errorf("%w %s", ErrClefUnknownAccount, req.From.Hex()))
		}
	}
	return finish(act(ctx, req, s, entry))
}

// decide asks the approver; no approver, or one that fails, denies.
func (a *clefAPI) decide(ctx context.Context, req *ClefRequest) Decision {
	if a.approver == nil {
		return Decision{By: DecisionDefault, Rule: -1, Reason: "no approver configured"}
	}
	dec, err := a.approver.Approve(ctx, req)
	if err != nil {
		return Decision{By: DecisionDefault, Rule: -1, Reason: err.Error()}
	}
	return dec
}

// safeParse runs parse, turning a panic in a decoder (on input no decoder
// should have crashed on) into an invalid-params error.
func safeParse(parse func(*ClefRequest) error, req *ClefRequest) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = invalidParams("request", fmt.Errorf("malformed input (%v)", r))
		}
	}()
	return parse(req)
}

// denyReason is the client-facing explanation of a denial.
func denyReason(d Decision) string {
	switch {
	case d.By != "" && d.Reason != "":
		return d.By + ": " + d.Reason
	case d.By != "":
		return d.By
	}
	return "not approved"
}

// clefTxArgs is Clef's transaction argument with an optional EIP-7702
// authorisation list, so set-code transactions can be signed too.
type clefTxArgs struct {
	apitypes.SendTxArgs
	AuthorizationList []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
}

// transaction checks the arguments and builds the unsigned transaction for
// chainID. A chain id in the arguments must equal chainID.
func (ta *clefTxArgs) transaction(chainID *big.Int) (*types.Transaction, error) {
	bad := func(format string, args ...any) error {
		return invalidParams("transaction", fmt.Errorf(format, args...))
	}
	if ta.ChainID != nil && ta.ChainID.ToInt().Cmp(chainID) != 0 {
		return nil, serverError(fmt.Errorf("%w: requested chain id %v, this signer signs for %v", ErrChainIDMismatch, ta.ChainID.ToInt(), chainID))
	}
	ta.ChainID = (*hexutil.Big)(new(big.Int).Set(chainID))
	if ta.From.Address() == (common.Address{}) {
		return nil, bad("from is required")
	}
	if ta.Data != nil && ta.Input != nil && !bytesEqual(*ta.Data, *ta.Input) {
		return nil, bad("data and input differ")
	}
	if ta.Gas == 0 {
		return nil, bad("gas is required")
	}
	dynamic := ta.MaxFeePerGas != nil || ta.MaxPriorityFeePerGas != nil
	switch {
	case ta.GasPrice != nil && dynamic:
		return nil, bad("gasPrice excludes maxFeePerGas/maxPriorityFeePerGas")
	case dynamic && (ta.MaxFeePerGas == nil || ta.MaxPriorityFeePerGas == nil):
		return nil, bad("maxFeePerGas and maxPriorityFeePerGas go together")
	case !dynamic && ta.GasPrice == nil:
		return nil, bad("gasPrice or maxFeePerGas/maxPriorityFeePerGas is required")
	case dynamic && ta.MaxPriorityFeePerGas.ToInt().Cmp(ta.MaxFeePerGas.ToInt()) > 0:
		return nil, bad("maxPriorityFeePerGas exceeds maxFeePerGas")
	case ta.BlobHashes != nil && (!dynamic || ta.BlobFeeCap == nil):
		return nil, bad("a blob transaction needs maxFeePerGas, maxPriorityFeePerGas and maxFeePerBlobGas")
	}
	for name, v := range map[string]*hexutil.Big{"value": &ta.Value, "gasPrice": ta.GasPrice, "maxFeePerGas": ta.MaxFeePerGas,
		"maxPriorityFeePerGas": ta.MaxPriorityFeePerGas, "maxFeePerBlobGas": ta.BlobFeeCap} {
		if v != nil && (v.ToInt().Sign() < 0 || v.ToInt().BitLen() > 256) {
			return nil, bad("%s out of range", name)
		}
	}
	if len(ta.AuthorizationList) == 0 {
		tx, err := ta.ToTransaction()
		if err != nil {
			return nil, bad("%v", err)
		}
		return tx, nil
	}
	if !dynamic || ta.To == nil || ta.BlobHashes != nil {
		return nil, bad("a set-code transaction needs to, maxFeePerGas and maxPriorityFeePerGas, and no blobs")
	}
	var al types.AccessList
	if ta.AccessList != nil {
		al = *ta.AccessList
	}
	data := ta.Input
	if data == nil {
		data = ta.Data
	}
	var input []byte
	if data != nil {
		input = *data
	}
	return types.NewTx(&types.SetCodeTx{
		ChainID:    uint256.MustFromBig(chainID),
		Nonce:      uint64(ta.Nonce),
		GasTipCap:  uint256.MustFromBig(ta.MaxPriorityFeePerGas.ToInt()),
		GasFeeCap:  uint256.MustFromBig(ta.MaxFeePerGas.ToInt()),
		Gas:        uint64(ta.Gas),
		To:         ta.To.Address(),
		Value:      uint256.MustFromBig(ta.Value.ToInt()),
		Data:       input,
		AccessList: al,
		AuthList:   ta.AuthorizationList,
	}), nil
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// isJSONNull reports whether raw is the JSON literal null.
func isJSONNull(raw json.RawMessage) bool { return strings.TrimSpace(string(raw)) == "null" }

// decodeParam decodes a required parameter.
func decodeParam(name string, raw *json.RawMessage, dst any) error {
	if raw == nil || isJSONNull(*raw) {
		return invalidParams(name, errors.New("missing"))
	}
	if err := json.Unmarshal(*raw, dst); err != nil {
		return invalidParams(name, err)
	}
	return nil
}

// decodeAddress decodes a required address parameter.
func decodeAddress(raw *json.RawMessage, dst *common.Address) error {
	var m common.MixedcaseAddress
	if err := decodeParam("address", raw, &m); err != nil {
		return err
	}
	if m.Address() == (common.Address{}) {
		return invalidParams("address", errors.New("zero address"))
	}
	*dst = m.Address()
	return nil
}

// decodeTypedDataParam reads the data of a data/typed account_signData:
// hex-encoded JSON as Clef takes it, or the JSON object itself.
func decodeTypedDataParam(raw *json.RawMessage) (*apitypes.TypedData, error) {
	if raw == nil || isJSONNull(*raw) {
		return nil, invalidParams("data", errors.New("missing"))
	}
	body := []byte(*raw)
	var s string
	if json.Unmarshal(body, &s) == nil {
		b, err := hexutil.Decode(s)
		if err != nil {
			return nil, invalidParams("data (hex-encoded typed data)", err)
		}
		body = b
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(body, &td); err != nil {
		return nil, invalidParams("data (typed data)", err)
	}
	return &td, nil
}

// setTypedData hashes td (which validates it) and stores it in req.
func setTypedData(req *ClefRequest, td *apitypes.TypedData) error {
	hash, err := eip712.Digest(*td)
	if err != nil {
		return invalidParams("typed data", err)
	}
	req.TypedData = td
	req.Digest = common.BytesToHash(hash)
	return nil
}
