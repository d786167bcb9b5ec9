package wallethw

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrBadRules reports a rules file that cannot be used.
var ErrBadRules = errors.New("clef rules")

// Decision is an Approver's answer to one request.
type Decision struct {
	Approved bool
	// By says who decided: "rule N" (N is the rule's index in the file,
	// from 0), DecisionPrompt or DecisionDefault.
	By string
	// Rule is the index of the deciding rule when By is "rule N"; it is
	// ignored otherwise (-1 by convention).
	Rule int
	// Reason explains the decision (a rule's comment, why nobody was asked).
	Reason string
}

// Approver decides whether a request may go ahead. It is asked before any
// key is used. An error counts as a denial.
type Approver interface {
	Approve(ctx context.Context, req *ClefRequest) (Decision, error)
}

// Rules is an ordered list of approval rules read from a JSON file. The
// first rule whose every condition holds decides; a condition left out (or
// an empty list) holds for every request. The format:
//
//	{
//	  "rules": [
//	    {
//	      "comment": "free text, copied to the audit log",
//	      "methods": ["account_signTransaction"],   // account_list, account_signTransaction,
//	                                                 // account_signData, account_signTypedData
//	      "from": ["0xADDR", ...],                   // the account asked to sign
//	      "to": ["0xADDR", ...],                     // transaction recipient (never matches a contract creation)
//	      "maxValue": "1ether",                      // transaction value: wei, 0x-hex, or with suffix gwei/ether
//	      "maxGas": 100000,                          // transaction gas limit
//	      "contentTypes": ["text/plain", "data/typed"], // account_signData type; account_signTypedData is data/typed
//	      "primaryTypes": ["Order"],                 // EIP-712 primaryType
//	      "domainChainIds": [1337],                  // EIP-712 domain chainId
//	      "verifyingContracts": ["0xADDR", ...],     // EIP-712 domain verifyingContract
//	      "approve": true                            // required: approve (true) or deny (false)
//	    }
//	  ]
//	}
//
// A condition about a field the request does not have fails: a rule with
// "to" or "maxValue" never matches account_signData, one with
// "primaryTypes" never matches a transaction, one with "from" never
// matches account_list. Unknown keys are an error, so a misspelt condition
// cannot silently widen a rule. Consensus content types (application/clique,
// text/validator) are refused before rules are consulted.
type Rules struct {
	rules []rule
}

// ruleJSON is one rule as written in the file.
type ruleJSON struct {
	Comment            string           `json:"comment"`
	Methods            []string         `json:"methods"`
	From               []common.Address `json:"from"`
	To                 []common.Address `json:"to"`
	MaxValue           *string          `json:"maxValue"`
	MaxGas             *uint64          `json:"maxGas"`
	ContentTypes       []string         `json:"contentTypes"`
	PrimaryTypes       []string         `json:"primaryTypes"`
	DomainChainIDs     []uint64         `json:"domainChainIds"`
	VerifyingContracts []common.Address `json:"verifyingContracts"`
	Approve            *bool            `json:"approve"`
}

// rule is a checked ruleJSON.
type rule struct {
	comment      string
	methods      map[string]bool
	from, to     map[common.Address]bool
	maxValue     *big.Int
	maxGas       *uint64
	contentTypes map[string]bool
	primaryTypes map[string]bool
	chainIDs     map[uint64]bool
	contracts    map[common.Address]bool
	approve      bool
}

// approvableMethods are the methods rules and prompts decide on.
var approvableMethods = map[string]bool{
	MethodList: true, MethodSignTransaction: true, MethodSignData: true, MethodSignTypedData: true,
}

// LoadRules reads a rules file.
func LoadRules(path string) (*Rules, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading rules file: %w", err)
	}
	r, err := ParseRules(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// ParseRules parses and checks the JSON form documented on Rules.
func ParseRules(b []byte) (*Rules, error) {
	var file struct {
		Rules []ruleJSON `json:"rules"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadRules, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the rules object", ErrBadRules)
	}
	out := &Rules{rules: make([]rule, 0, len(file.Rules))}
	for i, rj := range file.Rules {
		r, err := rj.check()
		if err != nil {
			return nil, fmt.Errorf("%w: rule %d: %v", ErrBadRules, i, err)
		}
		out.rules = append(out.rules, r)
	}
	return out, nil
}

func (rj ruleJSON) check() (rule, error) {
	if rj.Approve == nil {
		return rule{}, errors.New(`"approve" (true or false) is required`)
	}
	r := rule{comment: rj.Comment, approve: *rj.Approve, maxGas: rj.MaxGas}
	if len(rj.Methods) > 0 {
		r.methods = make(map[string]bool)
		for _, m := range rj.Methods {
			if !approvableMethods[m] {
				return rule{}, fmt.Errorf("method %q is not one rules decide (account_list, account_signTransaction, account_signData, account_signTypedData)", m)
			}
			r.methods[m] = true
		}
	}
	r.from, r.to, r.contracts = addrSet(rj.From), addrSet(rj.To), addrSet(rj.VerifyingContracts)
	if rj.MaxValue != nil {
		v, err := parseAmount("maxValue", *rj.MaxValue)
		if err != nil {
			return rule{}, err
		}
		r.maxValue = v
	}
	r.contentTypes = stringSet(rj.ContentTypes, strings.ToLower)
	r.primaryTypes = stringSet(rj.PrimaryTypes, nil)
	if len(rj.DomainChainIDs) > 0 {
		r.chainIDs = make(map[uint64]bool)
		for _, id := range rj.DomainChainIDs {
			r.chainIDs[id] = true
		}
	}
	return r, nil
}

func addrSet(addrs []common.Address) map[common.Address]bool {
	if len(addrs) == 0 {
		return nil
	}
	set := make(map[common.Address]bool, len(addrs))
	for _, a := range addrs {
		set[a] = true
	}
	return set
}

func stringSet(items []string, norm func(string) string) map[string]bool {
	if len(items) == 0 {
		return nil
	}
	set := make(map[string]bool, len(items))
	for _, s := range items {
		if norm != nil {
			s = norm(s)
		}
		set[s] = true
	}
	return set
}

// Len is the number of rules.
func (r *Rules) Len() int {
	if r == nil {
		return 0
	}
	return len(r.rules)
}

// Match returns the decision of the first rule matching req, and false if
// none does.
func (r *Rules) Match(req *ClefRequest) (Decision, bool) {
	if r == nil {
		return Decision{}, false
	}
	for i := range r.rules {
		if r.rules[i].matches(req) {
			return Decision{Approved: r.rules[i].approve, By: fmt.Sprintf("rule %d", i), Rule: i, Reason: r.rules[i].comment}, true
		}
	}
	return Decision{}, false
}

func (r *rule) matches(req *ClefRequest) bool {
	if r.methods != nil && !r.methods[req.Method] {
		return false
	}
	if r.from != nil && (req.From == (common.Address{}) || !r.from[req.From]) {
		return false
	}
	tx := req.Tx
	if r.to != nil && (tx == nil || tx.To() == nil || !r.to[*tx.To()]) {
		return false
	}
	if r.maxValue != nil && (tx == nil || tx.Value().Cmp(r.maxValue) > 0) {
		return false
	}
	if r.maxGas != nil && (tx == nil || tx.Gas() > *r.maxGas) {
		return false
	}
	if r.contentTypes != nil && !r.contentTypes[strings.ToLower(req.ContentType)] {
		return false
	}
	td := req.TypedData
	if r.primaryTypes != nil && (td == nil || !r.primaryTypes[td.PrimaryType]) {
		return false
	}
	if r.chainIDs != nil {
		if td == nil || td.Domain.ChainId == nil {
			return false
		}
		id := (*big.Int)(td.Domain.ChainId)
		if !id.IsUint64() || !r.chainIDs[id.Uint64()] {
			return false
		}
	}
	if r.contracts != nil {
		if td == nil || !common.IsHexAddress(td.Domain.VerifyingContract) || !r.contracts[common.HexToAddress(td.Domain.VerifyingContract)] {
			return false
		}
	}
	return true
}

// chainApprover asks the rules, then the prompt, then denies.
type chainApprover struct {
	rules  *Rules
	prompt Approver
}

// NewApprover returns the approval chain of `xiang wallet clef`: the first
// matching rule decides; with no match, prompt (if not nil) decides;
// otherwise the request is denied (DecisionDefault).
func NewApprover(rules *Rules, prompt Approver) Approver {
	return &chainApprover{rules: rules, prompt: prompt}
}

func (c *chainApprover) Approve(ctx context.Context, req *ClefRequest) (Decision, error) {
	if d, ok := c.rules.Match(req); ok {
		return d, nil
	}
	if c.prompt != nil {
		return c.prompt.Approve(ctx, req)
	}
	return Decision{By: DecisionDefault, Rule: -1, Reason: "no rule matched and no interactive prompt (--interactive on a terminal)"}, nil
}

// PromptApprover asks an operator: it writes a summary of each request to
// out and reads a y/N answer line from in. Prompts are serialised; an
// answer typed while no prompt is open is discarded, so it cannot approve
// the next request.
type PromptApprover struct {
	out   io.Writer
	mu    sync.Mutex
	lines chan string
	eof   chan struct{}
}

// NewPromptApprover returns a PromptApprover reading answers from in (the
// controlling terminal) and writing summaries to out.
func NewPromptApprover(in io.Reader, out io.Writer) *PromptApprover {
	p := &PromptApprover{out: out, lines: make(chan string, 16), eof: make(chan struct{})}
	go func() {
		defer close(p.eof)
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			select {
			case p.lines <- sc.Text():
			default: // nobody asked; drop it
			}
		}
	}()
	return p
}

// Approve shows req and waits for the answer or for ctx to end.
func (p *PromptApprover) Approve(ctx context.Context, req *ClefRequest) (Decision, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for drained := false; !drained; { // stale answers must not approve this request
		select {
		case <-p.lines:
		default:
			drained = true
		}
	}
	describeRequest(p.out, req)
	fmt.Fprint(p.out, "Approve? [y/N] ")
	deny := Decision{By: DecisionPrompt, Rule: -1}
	select {
	case line := <-p.lines:
		if a := strings.ToLower(strings.TrimSpace(line)); a == "y" || a == "yes" {
			return Decision{Approved: true, By: DecisionPrompt, Rule: -1, Reason: "approved by the operator"}, nil
		}
		deny.Reason = "declined by the operator"
	case <-p.eof:
		fmt.Fprintln(p.out)
		deny.Reason = "no answer: input closed"
	case <-ctx.Done():
		fmt.Fprintln(p.out)
		deny.Reason = "no answer: " + ctx.Err().Error()
	}
	return deny, nil
}

// describeRequest writes what a request asks for, as `xiang wallet
// sign-tx` does before signing.
func describeRequest(w io.Writer, req *ClefRequest) {
	fmt.Fprintf(w, "\nRequest %s over %s from %s\n", req.Method, req.Transport, req.Remote)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	if req.From != (common.Address{}) {
		fmt.Fprintf(tw, "  account\t%s\n", req.From.Hex())
	}
	if tx := req.Tx; tx != nil {
		to := "(contract creation)"
		if tx.To() != nil {
			to = tx.To().Hex()
		}
		fmt.Fprintf(tw, "  to\t%s\n  value\t%s\n  chain id\t%v\n  nonce\t%d\n  gas\t%d\n", to, formatWei(tx.Value()), req.ChainID, tx.Nonce(), tx.Gas())
		switch tx.Type() {
		case types.LegacyTxType, types.AccessListTxType:
			fmt.Fprintf(tw, "  gas price\t%s per gas\n", formatWei(tx.GasPrice()))
		default:
			fmt.Fprintf(tw, "  max fee\t%s per gas\n  max priority fee\t%s per gas\n", formatWei(tx.GasFeeCap()), formatWei(tx.GasTipCap()))
		}
		fmt.Fprintf(tw, "  type\t%d\n  data\t%d bytes\n", tx.Type(), len(tx.Data()))
		if n := len(tx.SetCodeAuthorizations()); n > 0 {
			fmt.Fprintf(tw, "  authorisations\t%d (EIP-7702: delegates an account's code)\n", n)
		}
		if req.MethodSelector != "" {
			fmt.Fprintf(tw, "  method (caller's claim)\t%s\n", req.MethodSelector)
		}
	}
	if req.ContentType != "" {
		fmt.Fprintf(tw, "  content type\t%s\n", req.ContentType)
	}
	if req.Message != nil {
		fmt.Fprintf(tw, "  message\t%q\n", printable(req.Message))
	}
	if td := req.TypedData; td != nil {
		d := td.Domain
		fmt.Fprintf(tw, "  domain name\t%s\n  domain version\t%s\n", d.Name, d.Version)
		if d.ChainId != nil {
			fmt.Fprintf(tw, "  domain chain id\t%s\n", (*big.Int)(d.ChainId))
		}
		if d.VerifyingContract != "" {
			fmt.Fprintf(tw, "  verifying contract\t%s\n", d.VerifyingContract)
		}
		fmt.Fprintf(tw, "  primary type\t%s\n", td.PrimaryType)
		if msg, err := json.Marshal(td.Message); err == nil {
			fmt.Fprintf(tw, "  message\t%s\n", msg)
		}
	}
	if req.Digest != (common.Hash{}) {
		fmt.Fprintf(tw, "  digest\t%s\n", req.Digest.Hex())
	}
}

// printable shows msg as text when it is valid UTF-8, else as hex.
func printable(msg []byte) string {
	if s := string(msg); strings.ToValidUTF8(s, "\uFFFD") == s {
		return s
	}
	return hexutil.Encode(msg)
}
