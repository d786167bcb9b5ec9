package wallethw

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Decision.By values other than "rule N", and the audit log's decision for
// requests that never reached approval.
const (
	// DecisionPrompt: the operator answered on the terminal.
	DecisionPrompt = "prompt"
	// DecisionDefault: no rule matched and nobody could be asked, so denied.
	DecisionDefault = "default-deny"
	// DecisionNone: the request failed before approval (malformed, refused).
	DecisionNone = "none"
	// DecisionNotRequired: the method uses no key (account_version,
	// account_ecRecover) or is refused outright (account_new).
	DecisionNotRequired = "not-required"
)

// Outcomes in the audit log.
const (
	OutcomeOK    = "ok"
	OutcomeError = "error"
)

// AuditEntry is one line of the audit log: one request, what it asked,
// who decided and what came of it.
type AuditEntry struct {
	Time      time.Time `json:"time"`
	Method    string    `json:"method"`
	Transport string    `json:"transport,omitempty"` // "ipc" or "http"
	Remote    string    `json:"remote,omitempty"`

	// What was asked.
	From           *common.Address `json:"from,omitempty"`
	To             *common.Address `json:"to,omitempty"`
	Create         bool            `json:"create,omitempty"` // a contract-creation transaction
	Value          string          `json:"value,omitempty"`  // wei, decimal
	Gas            uint64          `json:"gas,omitempty"`
	Nonce          *uint64         `json:"nonce,omitempty"`
	TxType         *uint8          `json:"txType,omitempty"`
	ChainID        string          `json:"chainId,omitempty"`
	MethodSelector string          `json:"methodSelector,omitempty"`
	ContentType    string          `json:"contentType,omitempty"`
	MessageLength  *int            `json:"messageLength,omitempty"` // text/plain and ecRecover payload size
	PrimaryType    string          `json:"primaryType,omitempty"`
	Domain         *AuditDomain    `json:"domain,omitempty"`
	// Digest is the hash to be signed (a transaction's signing hash).
	Digest *common.Hash `json:"digest,omitempty"`

	// Who decided.
	Decision string `json:"decision"`
	Rule     *int   `json:"rule,omitempty"`
	Approved *bool  `json:"approved,omitempty"`
	Reason   string `json:"reason,omitempty"`

	// What came of it.
	Outcome      string          `json:"outcome"`
	SignedTxHash *common.Hash    `json:"signedTxHash,omitempty"`
	Recovered    *common.Address `json:"recovered,omitempty"`
	Error        string          `json:"error,omitempty"`
}

// AuditDomain is the EIP-712 domain of a typed-data request.
type AuditDomain struct {
	Name              string `json:"name,omitempty"`
	Version           string `json:"version,omitempty"`
	ChainID           string `json:"chainId,omitempty"`
	VerifyingContract string `json:"verifyingContract,omitempty"`
}

// describe copies the request summary into e.
func (e *AuditEntry) describe(req *ClefRequest) {
	if req.From != (common.Address{}) {
		from := req.From
		e.From = &from
	}
	e.MethodSelector = req.MethodSelector
	e.ContentType = req.ContentType
	if req.Digest != (common.Hash{}) {
		d := req.Digest
		e.Digest = &d
	}
	if tx := req.Tx; tx != nil {
		if tx.To() != nil {
			e.To = tx.To()
		} else {
			e.Create = true
		}
		e.Value, e.Gas = tx.Value().String(), tx.Gas()
		nonce, typ := tx.Nonce(), tx.Type()
		e.Nonce, e.TxType = &nonce, &typ
		if req.ChainID != nil {
			e.ChainID = req.ChainID.String()
		}
	}
	if req.Message != nil {
		n := len(req.Message)
		e.MessageLength = &n
	}
	if td := req.TypedData; td != nil {
		e.PrimaryType = td.PrimaryType
		d := &AuditDomain{Name: td.Domain.Name, Version: td.Domain.Version, VerifyingContract: td.Domain.VerifyingContract}
		if td.Domain.ChainId != nil {
			d.ChainID = (*big.Int)(td.Domain.ChainId).String()
		}
		e.Domain = d
	}
}

// AuditLog appends JSON lines to a file and syncs each before returning,
// so an entry is on disk before the request it records is answered. A nil
// *AuditLog records nothing.
type AuditLog struct {
	mu   sync.Mutex
	f    *os.File
	path string
}

// OpenAuditLog opens (creating with mode 0600) path for appending.
func OpenAuditLog(path string) (*AuditLog, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening audit log: %w", err)
	}
	return &AuditLog{f: f, path: path}, nil
}

// Path is the file the log appends to.
func (l *AuditLog) Path() string {
	if l == nil {
		return ""
	}
	return l.path
}

// Record appends e as one JSON line and syncs the file.
func (l *AuditLog) Record(e *AuditEntry) error {
	if l == nil {
		return nil
	}
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encoding audit entry: %w", err)
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return fmt.Errorf("audit log %s: %w", l.path, ErrClosed)
	}
	if _, err := l.f.Write(line); err != nil {
		return fmt.Errorf("writing audit log %s: %w", l.path, err)
	}
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("syncing audit log %s: %w", l.path, err)
	}
	return nil
}

// Close closes the file; later Records fail.
func (l *AuditLog) Close() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
