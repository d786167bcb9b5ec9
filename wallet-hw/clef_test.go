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
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/external"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

var clefChainID = big.NewInt(genesis.DevChainID)

// countingSigner counts the signatures a real signer makes, so tests can
// assert that a denied request signed nothing.
type countingSigner struct {
	Signer
	signs atomic.Int32
}

func (c *countingSigner) SignTx(ctx context.Context, tx *types.Transaction, id *big.Int) (*types.Transaction, error) {
	c.signs.Add(1)
	return c.Signer.SignTx(ctx, tx, id)
}

func (c *countingSigner) SignTypedData(ctx context.Context, d apitypes.TypedData) ([]byte, error) {
	c.signs.Add(1)
	return c.Signer.SignTypedData(ctx, d)
}

func (c *countingSigner) SignPersonal(ctx context.Context, msg []byte) ([]byte, error) {
	c.signs.Add(1)
	return c.Signer.SignPersonal(ctx, msg)
}

// mustRules parses a rules file body.
func mustRules(t *testing.T, body string) *Rules {
	t.Helper()
	r, err := ParseRules([]byte(body))
	if err != nil {
		t.Fatalf("ParseRules: %v", err)
	}
	return r
}

// clefFixture is a running server with its audit log and IPC path.
type clefFixture struct {
	srv      *ClefServer
	ipc      string
	auditLog string
}

// startClef serves signers over IPC with rules and no prompt.
func startClef(t *testing.T, rules *Rules, signers ...Signer) *clefFixture {
	t.Helper()
	dir := t.TempDir()
	f := &clefFixture{ipc: filepath.Join(dir, "clef.ipc"), auditLog: filepath.Join(dir, "audit.log")}
	audit, err := OpenAuditLog(f.auditLog)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { audit.Close() })
	f.srv, err = NewClefServer(ClefConfig{Signers: signers, ChainID: clefChainID, Approver: NewApprover(rules, nil), Audit: audit})
	if err != nil {
		t.Fatalf("NewClefServer: %v", err)
	}
	t.Cleanup(func() { f.srv.Close() })
	if err := f.srv.ServeIPC(f.ipc); err != nil {
		t.Fatalf("ServeIPC: %v", err)
	}
	return f
}

// dial opens a raw JSON-RPC client on the fixture's socket.
func (f *clefFixture) dial(t *testing.T) *rpc.Client {
	t.Helper()
	c, err := rpc.Dial(f.ipc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// readAudit parses every line of an audit log.
func readAudit(t *testing.T, path string) []AuditEntry {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []AuditEntry
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var e AuditEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("audit line %q: %v", sc.Text(), err)
		}
		out = append(out, e)
	}
	return out
}

// recoverPersonal returns the signer of a v=27/28 signature over hash.
func recoverSig(t *testing.T, hash []byte, sig []byte) common.Address {
	t.Helper()
	if len(sig) != 65 {
		t.Fatalf("signature is %d bytes", len(sig))
	}
	rsv := append([]byte{}, sig...)
	if rsv[64] >= 27 {
		rsv[64] -= 27
	}
	pub, err := crypto.SigToPub(hash, rsv)
	if err != nil {
		t.Fatalf("recovering: %v", err)
	}
	return crypto.PubkeyToAddress(*pub)
}

// importTxs builds a block of txs under Xiangchain's rules and imports it
// into a fresh chain, failing the test if go-ethereum rejects any.
func importTxs(t *testing.T, from common.Address, txs []*types.Transaction) {
	t.Helper()
	_, receipts := importBlock(t, testGenesis(from), txs)
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("tx %d failed", i)
		}
	}
}

// TestClefExternalSignerGeth drives the server with go-ethereum's own
// Clef client (what `geth --signer` uses) and a raw RPC client, for a
// keystore and a PKCS#11 signer, and checks every audit line.
func TestClefExternalSignerGeth(t *testing.T) {
	forKeystoreAndHSM(t, testClefGeth)
}

func testClefGeth(t *testing.T, s Signer) {
	from := s.Address()
	f := startClef(t, mustRules(t, `{"rules":[{"comment":"test: approve all","approve":true}]}`), s)

	ext, err := external.NewExternalSigner(f.ipc) // calls account_version
	if err != nil {
		t.Fatalf("NewExternalSigner: %v", err)
	}
	if st, _ := ext.Status(); !strings.Contains(st, ClefAPIVersion) {
		t.Errorf("status %q lacks version %s", st, ClefAPIVersion)
	}
	accs := ext.Accounts()
	if len(accs) != 1 || accs[0].Address != from {
		t.Fatalf("Accounts() = %v, want [%v]", accs, from)
	}
	acc := accounts.Account{Address: from}

	to := common.HexToAddress("0x7e57000000000000000000000000000000000001")
	unsigned := []*types.Transaction{
		types.NewTx(&types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(2 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)}),
		types.NewTx(&types.DynamicFeeTx{ChainID: clefChainID, Nonce: 1, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: big.NewInt(2 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(2)}),
		types.NewTx(&types.AccessListTx{ChainID: clefChainID, Nonce: 2, GasPrice: big.NewInt(2 * params.GWei), Gas: 30000, To: &to,
			AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{{1}}}}}),
	}
	var signed []*types.Transaction
	for i, tx := range unsigned {
		stx, err := ext.SignTx(acc, tx, clefChainID)
		if err != nil {
			t.Fatalf("SignTx %d: %v", i, err)
		}
		if stx.Type() != tx.Type() || stx.Nonce() != tx.Nonce() || stx.Value().Cmp(tx.Value()) != 0 {
			t.Fatalf("tx %d came back as type %d nonce %d value %v", i, stx.Type(), stx.Nonce(), stx.Value())
		}
		sender, err := types.Sender(types.LatestSignerForChainID(clefChainID), stx)
		if err != nil || sender != from {
			t.Fatalf("tx %d sender %v, %v", i, sender, err)
		}
		signed = append(signed, stx)
	}
	// EIP-7702: geth's client cannot send an authorisation list; a raw call can.
	client := f.dial(t)
	auth, err := s.SignAuthorization(context.Background(), types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(clefChainID), Address: delegateAddr, Nonce: 4, // the sender's nonce once tx 3 is included
	})
	if err != nil {
		t.Fatal(err)
	}
	var setCode SignTxResult
	if err := client.Call(&setCode, "account_signTransaction", map[string]any{
		"from": from, "to": to, "gas": hexutil.Uint64(100000), "nonce": hexutil.Uint64(3), "value": "0x0",
		"maxFeePerGas": (*hexutil.Big)(big.NewInt(2 * params.GWei)), "maxPriorityFeePerGas": (*hexutil.Big)(big.NewInt(params.GWei)),
		"authorizationList": []types.SetCodeAuthorization{auth},
	}); err != nil {
		t.Fatalf("set-code account_signTransaction: %v", err)
	}
	var fromRaw types.Transaction
	if err := fromRaw.UnmarshalBinary(setCode.Raw); err != nil || fromRaw.Hash() != setCode.Tx.Hash() || setCode.Tx.Type() != types.SetCodeTxType {
		t.Fatalf("set-code result: raw decodes to %v (%v), tx %v type %d", fromRaw.Hash(), err, setCode.Tx.Hash(), setCode.Tx.Type())
	}
	signed = append(signed, setCode.Tx)
	importTxs(t, from, signed)

	// A legacy transaction asked for another chain is refused.
	if _, err := ext.SignTx(acc, unsigned[0], big.NewInt(1)); err == nil || !strings.Contains(err.Error(), "chain id") {
		t.Errorf("SignTx for chain 1: %v, want a chain id refusal", err)
	}

	msg := []byte("I approve invoice 42")
	sig, err := ext.SignText(acc, msg) // returns v ∈ {0, 1}
	if err != nil {
		t.Fatalf("SignText: %v", err)
	}
	if got := recoverSig(t, accounts.TextHash(msg), sig); got != from {
		t.Errorf("SignText recovers %v, want %v", got, from)
	}
	sig, err = ext.SignData(acc, accounts.MimetypeTextPlain, msg)
	if err != nil {
		t.Fatalf("SignData text/plain: %v", err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Errorf("text/plain v = %d, want 27/28", sig[64])
	}
	if got := recoverSig(t, accounts.TextHash(msg), sig); got != from {
		t.Errorf("SignData recovers %v, want %v", got, from)
	}

	var recovered common.Address
	if err := client.Call(&recovered, "account_ecRecover", hexutil.Bytes(msg), hexutil.Bytes(sig)); err != nil || recovered != from {
		t.Errorf("account_ecRecover = %v, %v; want %v", recovered, err, from)
	}

	order := testOrder(genesis.DevChainID, from)
	want, _, err := apitypes.TypedDataAndHash(order)
	if err != nil {
		t.Fatal(err)
	}
	var typedSig hexutil.Bytes
	if err := client.Call(&typedSig, "account_signTypedData", from, order); err != nil {
		t.Fatalf("account_signTypedData: %v", err)
	}
	if got := recoverSig(t, want, typedSig); got != from {
		t.Errorf("typed-data signature recovers %v, want %v", got, from)
	}
	orderJSON, err := json.Marshal(order)
	if err != nil {
		t.Fatal(err)
	}
	var typedSig2 hexutil.Bytes
	if err := client.Call(&typedSig2, "account_signData", accounts.MimetypeTypedData, from, hexutil.Encode(orderJSON)); err != nil {
		t.Fatalf("account_signData data/typed: %v", err)
	}
	if got := recoverSig(t, want, typedSig2); got != from {
		t.Errorf("data/typed signature recovers %v, want %v", got, from)
	}
	var version string
	if err := client.Call(&version, "account_version"); err != nil || version != ClefAPIVersion {
		t.Errorf("account_version = %q, %v", version, err)
	}
	var created common.Address
	if err := client.Call(&created, "account_new"); err == nil || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("account_new: %v, want not supported", err)
	}

	// Every request above is in the audit log, in order.
	wantMethods := []string{MethodVersion, MethodList, MethodSignTransaction, MethodSignTransaction, MethodSignTransaction,
		MethodSignTransaction, MethodSignTransaction, MethodSignData, MethodSignData, MethodEcRecover, MethodSignTypedData, MethodSignData,
		MethodVersion, MethodNew}
	entries := readAudit(t, f.auditLog)
	if len(entries) != len(wantMethods) {
		t.Fatalf("%d audit entries, want %d", len(entries), len(wantMethods))
	}
	for i, e := range entries {
		if e.Method != wantMethods[i] || e.Transport != "ipc" || e.Time.IsZero() {
			t.Errorf("entry %d: method %s transport %q time %v; want %s over ipc", i, e.Method, e.Transport, e.Time, wantMethods[i])
		}
	}
	for i, tx := range signed {
		e := entries[2+i]
		h := signed[i].Hash()
		if e.Outcome != OutcomeOK || e.SignedTxHash == nil || *e.SignedTxHash != h || e.Decision != "rule 0" ||
			e.Rule == nil || *e.Rule != 0 || e.Approved == nil || !*e.Approved {
			t.Errorf("tx %d audit entry %+v", i, e)
		}
		sigHash := types.LatestSignerForChainID(clefChainID).Hash(tx)
		if e.Digest == nil || *e.Digest != sigHash || e.From == nil || *e.From != from || e.To == nil || *e.To != to ||
			e.Value != tx.Value().String() || e.ChainID != clefChainID.String() {
			t.Errorf("tx %d audit summary %+v", i, e)
		}
	}
	if e := entries[6]; e.Outcome != OutcomeError || e.Decision != DecisionNone || !strings.Contains(e.Error, "chain id") {
		t.Errorf("chain-mismatch entry %+v", e)
	}
	if e := entries[10]; e.PrimaryType != "Order" || e.Domain == nil || e.Domain.ChainID != "1337" ||
		!strings.EqualFold(e.Domain.VerifyingContract, verifierAddr.Hex()) || e.Digest == nil || *e.Digest != common.BytesToHash(want) {
		t.Errorf("typed-data entry %+v", e)
	}
	if e := entries[9]; e.Decision != DecisionNotRequired || e.Recovered == nil || *e.Recovered != from {
		t.Errorf("ecRecover entry %+v", e)
	}
	if e := entries[13]; e.Outcome != OutcomeError || !strings.Contains(e.Error, "not supported") {
		t.Errorf("account_new entry %+v", e)
	}
}

// clefCall is one raw request and what the rules should make of it.
type clefCall struct {
	name     string
	method   string
	args     []any
	approved bool
	decision string // Decision.By recorded in the audit log
}

// TestClefRules runs requests through a rules file: approve and deny by
// method, recipient, value, gas, content type and typed-data domain, first
// match wins, and no match without a prompt is denied with nothing signed.
func TestClefRules(t *testing.T) {
	ks, _ := newKeystoreSigner(t, Options{})
	s := &countingSigner{Signer: ks}
	from := s.Address()
	blocked := common.HexToAddress("0x00000000000000000000000000000000000bad00")
	payee := common.HexToAddress("0x7e57000000000000000000000000000000000001")
	rules := mustRules(t, fmt.Sprintf(`{"rules":[
		{"comment":"list","methods":["account_list"],"approve":true},
		{"comment":"never pay the blocked address","methods":["account_signTransaction"],"to":["%s"],"approve":false},
		{"comment":"small payments","methods":["account_signTransaction"],"from":["%s"],"maxValue":"1ether","maxGas":100000,"approve":true},
		{"comment":"personal messages","contentTypes":["text/plain"],"approve":true},
		{"comment":"orders on the exchange","primaryTypes":["Order"],"domainChainIds":[1337],"verifyingContracts":["%s"],"approve":true}
	]}`, blocked.Hex(), from.Hex(), verifierAddr.Hex()))
	f := startClef(t, rules, s)
	client := f.dial(t)

	tx := func(to common.Address, value *big.Int, gas uint64) map[string]any {
		return map[string]any{"from": from, "to": to, "gas": hexutil.Uint64(gas), "gasPrice": (*hexutil.Big)(big.NewInt(1)),
			"value": (*hexutil.Big)(value), "nonce": "0x0"}
	}
	oneEther := big.NewInt(params.Ether)
	otherChain := testOrder(1, from)
	calls := []clefCall{
		{"list approved by method", "account_list", nil, true, "rule 0"},
		{"blocked recipient denied before the value rule", "account_signTransaction", []any{tx(blocked, big.NewInt(1), 21000)}, false, "rule 1"},
		{"small payment approved", "account_signTransaction", []any{tx(payee, big.NewInt(1), 21000)}, true, "rule 2"},
		{"exactly the max value approved", "account_signTransaction", []any{tx(payee, oneEther, 100000)}, true, "rule 2"},
		{"over max value: no match", "account_signTransaction", []any{tx(payee, new(big.Int).Add(oneEther, common.Big1), 21000)}, false, DecisionDefault},
		{"over max gas: no match", "account_signTransaction", []any{tx(payee, big.NewInt(1), 100001)}, false, DecisionDefault},
		{"text/plain approved by content type", "account_signData", []any{"text/plain", from, hexutil.Encode([]byte("hi"))}, true, "rule 3"},
		{"order approved by domain", "account_signTypedData", []any{from, testOrder(genesis.DevChainID, from)}, true, "rule 4"},
		{"order for another chain: no match", "account_signTypedData", []any{from, otherChain}, false, DecisionDefault},
	}

	var wantSigns int32
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			before := s.signs.Load()
			var res json.RawMessage
			err := client.Call(&res, c.method, c.args...)
			if c.approved {
				if err != nil {
					t.Fatalf("approved call failed: %v", err)
				}
			} else {
				if err == nil || !strings.Contains(err.Error(), ErrClefDenied.Error()) {
					t.Fatalf("err = %v, want %q", err, ErrClefDenied)
				}
				if c.decision == DecisionDefault && !strings.Contains(err.Error(), "no rule matched") {
					t.Errorf("denial %q does not say no rule matched", err)
				}
				if n := s.signs.Load(); n != before {
					t.Errorf("denied request signed (%d signatures)", n-before)
				}
			}
		})
		if c.approved && c.method != "account_list" {
			wantSigns++
		}
	}
	if n := s.signs.Load(); n != wantSigns {
		t.Errorf("%d signatures, want %d", n, wantSigns)
	}
	entries := readAudit(t, f.auditLog)
	if len(entries) != len(calls) {
		t.Fatalf("%d audit entries, want %d", len(entries), len(calls))
	}
	for i, c := range calls {
		e := entries[i]
		if e.Method != c.method || e.Decision != c.decision || e.Approved == nil || *e.Approved != c.approved {
			t.Errorf("%s: audit method %s decision %q approved %v; want %s %q %v", c.name, e.Method, e.Decision, e.Approved, c.method, c.decision, c.approved)
		}
		if c.approved != (e.Outcome == OutcomeOK) {
			t.Errorf("%s: outcome %s", c.name, e.Outcome)
		}
		if !c.approved && e.SignedTxHash != nil {
			t.Errorf("%s: denied request records a signed tx", c.name)
		}
	}
	if e := entries[1]; e.Reason != "never pay the blocked address" || e.To == nil || *e.To != blocked {
		t.Errorf("rule-1 denial entry %+v", e)
	}
}

// TestClefRulesFile checks the documented example parses and that bad
// rules files are refused.
func TestClefRulesFile(t *testing.T) {
	r, err := LoadRules(filepath.Join("testdata", "clef", "rules.example.json"))
	if err != nil {
		t.Fatalf("example rules: %v", err)
	}
	if r.Len() == 0 {
		t.Fatal("example has no rules")
	}
	bad := []struct{ name, body string }{
		{"missing approve", `{"rules":[{"methods":["account_list"]}]}`},
		{"misspelt condition", `{"rules":[{"maxValu":"1","approve":true}]}`},
		{"unknown method", `{"rules":[{"methods":["account_export"],"approve":true}]}`},
		{"bad address", `{"rules":[{"to":["0x12"],"approve":true}]}`},
		{"bad amount", `{"rules":[{"maxValue":"lots","approve":true}]}`},
		{"not JSON", `rules`},
		{"trailing data", `{"rules":[]} {}`},
	}
	for _, b := range bad {
		if _, err := ParseRules([]byte(b.body)); !errors.Is(err, ErrBadRules) && !errors.Is(err, ErrBadFlag) {
			t.Errorf("%s: err = %v, want a rules error", b.name, err)
		}
	}
}

// TestClefPromptApprover answers the prompt through a pipe: yes, no, and a
// stale answer typed before the prompt that must not approve.
func TestClefPromptApprover(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	var out syncBuffer
	p := NewPromptApprover(pr, &out)
	req := &ClefRequest{Method: MethodSignData, Transport: "ipc", ContentType: ContentTextPlain, Message: []byte("hello"),
		From: common.Address{1}, Digest: common.BytesToHash(accounts.TextHash([]byte("hello")))}

	asked := 0
	answer := func(line string) Decision {
		t.Helper()
		asked++
		done := make(chan Decision, 1)
		go func() {
			d, err := p.Approve(context.Background(), req)
			if err != nil {
				t.Error(err)
			}
			done <- d
		}()
		waitFor(t, func() bool { return strings.Count(out.String(), "Approve?") == asked })
		if _, err := io.WriteString(pw, line+"\n"); err != nil {
			t.Fatal(err)
		}
		select {
		case d := <-done:
			return d
		case <-time.After(10 * time.Second):
			t.Fatal("prompt did not answer")
		}
		return Decision{}
	}
	if d := answer("y"); !d.Approved || d.By != DecisionPrompt {
		t.Errorf("answer y: %+v", d)
	}
	if d := answer("n"); d.Approved {
		t.Errorf("answer n approved: %+v", d)
	}
	if d := answer(""); d.Approved {
		t.Errorf("empty answer approved: %+v", d)
	}
	if !strings.Contains(out.String(), "hello") || !strings.Contains(out.String(), req.Digest.Hex()) {
		t.Errorf("prompt summary lacks message or digest:\n%s", out.String())
	}
	// A cancelled context denies.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, _ := p.Approve(ctx, req); d.Approved {
		t.Errorf("cancelled prompt approved: %+v", d)
	}
}

// TestClefRefusesConsensusAndMalformed checks the refused content types
// and malformed requests: each gets a JSON-RPC error, is audited, signs
// nothing, and the server keeps answering.
func TestClefRefusesConsensusAndMalformed(t *testing.T) {
	ks, _ := newKeystoreSigner(t, Options{})
	s := &countingSigner{Signer: ks}
	from := s.Address()
	f := startClef(t, mustRules(t, `{"rules":[{"approve":true}]}`), s)
	client := f.dial(t)
	stranger := common.HexToAddress("0x5000000000000000000000000000000000000005")
	goodTx := map[string]any{"from": from, "to": stranger, "gas": "0x5208", "gasPrice": "0x1", "value": "0x0", "nonce": "0x0"}
	with := func(k string, v any) map[string]any {
		m := make(map[string]any, len(goodTx))
		for key, val := range goodTx {
			m[key] = val
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	cases := []struct {
		name, method string
		args         []any
		code         int
		contains     string
	}{
		{"clique header", "account_signData", []any{accounts.MimetypeClique, from, "0xc0"}, clefCodeServer, "validator keys"},
		{"intended validator", "account_signData", []any{accounts.MimetypeDataWithValidator, from, "0x00"}, clefCodeServer, "validator keys"},
		{"unknown content type", "account_signData", []any{"image/png", from, "0x00"}, clefCodeServer, "unsupported content type"},
		{"bad media type", "account_signData", []any{"///", from, "0x00"}, clefCodeInvalidParams, "content type"},
		{"text not hex", "account_signData", []any{"text/plain", from, "hello"}, clefCodeInvalidParams, "data"},
		{"address not an address", "account_signData", []any{"text/plain", "0x1234", "0x00"}, clefCodeInvalidParams, "address"},
		{"no params", "account_signData", nil, clefCodeInvalidParams, "missing"},
		{"typed data garbage", "account_signData", []any{"data/typed", from, "0x7b7d"}, clefCodeInvalidParams, "typed data"},
		{"typed data wrong shape", "account_signTypedData", []any{from, 42}, clefCodeInvalidParams, "typed data"},
		{"typed data undefined primary type", "account_signTypedData", []any{from, map[string]any{"primaryType": "Nope",
			"types": map[string]any{"EIP712Domain": []any{}}, "domain": map[string]any{}, "message": map[string]any{}}}, clefCodeInvalidParams, "typed data"},
		{"tx not an object", "account_signTransaction", []any{"garbage"}, clefCodeInvalidParams, "transaction"},
		{"tx without from", "account_signTransaction", []any{with("from", nil)}, clefCodeInvalidParams, "from"},
		{"tx without fee", "account_signTransaction", []any{with("gasPrice", nil)}, clefCodeInvalidParams, "gasPrice"},
		{"tx without gas", "account_signTransaction", []any{with("gas", nil)}, clefCodeInvalidParams, "gas"},
		{"tx with both fee kinds", "account_signTransaction", []any{with("maxFeePerGas", "0x2")}, clefCodeInvalidParams, "excludes"},
		{"tx tip without cap", "account_signTransaction", []any{map[string]any{"from": from, "to": stranger, "gas": "0x5208",
			"maxPriorityFeePerGas": "0x1"}, "transfer(address,uint256)"}, clefCodeInvalidParams, "go together"},
		{"blob tx without chain fields", "account_signTransaction", []any{with("blobVersionedHashes", []string{common.Hash{1}.Hex()})}, clefCodeInvalidParams, "blob"},
		{"tx for another chain", "account_signTransaction", []any{with("chainId", "0x1")}, clefCodeServer, "chain id"},
		{"tx from an unserved account", "account_signTransaction", []any{with("from", stranger)}, clefCodeServer, "unknown account"},
		{"ecRecover short signature", "account_ecRecover", []any{"0x00", "0x0102"}, clefCodeInvalidParams, "65 bytes"},
		{"ecRecover bad v", "account_ecRecover", []any{"0x00", hexutil.Encode(make([]byte, 65))}, clefCodeInvalidParams, "27 or 28"},
		{"ecRecover invalid curve point", "account_ecRecover", []any{"0x00", hexutil.Encode(append(make([]byte, 64), 27))}, clefCodeServer, "recover"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var res json.RawMessage
			err := client.Call(&res, c.method, c.args...)
			var rerr rpc.Error
			if !errors.As(err, &rerr) {
				t.Fatalf("err = %v (result %s), want a JSON-RPC error", err, res)
			}
			if rerr.ErrorCode() != c.code || !strings.Contains(err.Error(), c.contains) {
				t.Errorf("error %d %q, want code %d containing %q", rerr.ErrorCode(), err, c.code, c.contains)
			}
		})
	}
	// Arguments rpc itself cannot fit are refused before the method; the server stays up.
	var res json.RawMessage
	if err := client.Call(&res, "account_signData", 1, 2, 3, 4); err == nil {
		t.Error("four arguments accepted")
	}
	if n := s.signs.Load(); n != 0 {
		t.Errorf("%d signatures made by refused requests", n)
	}
	var version string
	if err := client.Call(&version, "account_version"); err != nil || version != ClefAPIVersion {
		t.Fatalf("server not answering after malformed input: %q, %v", version, err)
	}
	entries := readAudit(t, f.auditLog)
	if len(entries) != len(cases)+1 {
		t.Fatalf("%d audit entries, want %d (every case + version)", len(entries), len(cases)+1)
	}
	for i, c := range cases {
		e := entries[i]
		if e.Method != c.method || e.Outcome != OutcomeError || e.Error == "" || e.SignedTxHash != nil {
			t.Errorf("%s: audit entry %+v", c.name, e)
		}
	}
	if e := entries[0]; e.ContentType != accounts.MimetypeClique || e.Decision != DecisionNone {
		t.Errorf("clique entry %+v", e)
	}
	if e := entries[18]; e.Decision != "rule 0" || e.From == nil || *e.From != stranger {
		t.Errorf("unknown-account entry (approved, then not found) %+v", e)
	}
}

// TestClefRefusesValidatorKeys: a signer whose address is a validator, by
// --validators, genesis extraData, a genesis transition or a node's
// answer, keeps the server from starting.
func TestClefRefusesValidatorKeys(t *testing.T) {
	ks, key := newKeystoreSigner(t, Options{})
	addr := ks.Address()
	other := common.HexToAddress("0x1000000000000000000000000000000000000001")
	if _, err := NewClefServer(ClefConfig{Signers: []Signer{ks}, ChainID: clefChainID, Validators: []common.Address{other, addr}}); !errors.Is(err, ErrClefValidatorKey) {
		t.Errorf("NewClefServer with the signer as validator: %v", err)
	}
	if _, err := NewClefServer(ClefConfig{Signers: []Signer{ks, ks}, ChainID: clefChainID}); !errors.Is(err, ErrClefDuplicate) {
		t.Errorf("duplicate signers: %v", err)
	}

	dir := t.TempDir()
	writeGenesis := func(name string, validators []common.Address, transition []common.Address) string {
		cfg := &qbft.Config{BlockPeriodSeconds: 1, EpochLength: 30000, RequestTimeoutSeconds: 4}
		if transition != nil {
			cfg.Transitions = []qbft.Transition{{Block: 100, Validators: transition}}
		}
		g := &genesis.Genesis{
			Core: &core.Genesis{Config: genesis.ChainConfig(genesis.DevChainID), GasLimit: genesis.DefaultGasLimit,
				Difficulty: common.Big0, Alloc: types.GenesisAlloc{}},
			QBFT: cfg, Xiang: genesis.XiangConfig{FeeProfile: genesis.FeesFree},
		}
		vs := append([]common.Address{}, validators...)
		qbft.SortAddresses(vs)
		extra := qbft.Extra{Vanity: g.SettingsHash(), Validators: vs}
		g.Core.ExtraData = extra.Encode()
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := genesis.Load(path); err != nil {
			t.Fatalf("test genesis invalid: %v", err)
		}
		return path
	}
	inExtra := writeGenesis("extra.json", []common.Address{other, addr}, nil)
	inTransition := writeGenesis("transition.json", []common.Address{other}, []common.Address{addr})
	clean := writeGenesis("clean.json", []common.Address{other}, nil)

	// A node answering qbft_getValidatorsByBlockNumber.
	node := rpc.NewServer()
	if err := node.RegisterName("qbft", &fakeQBFTAPI{validators: []common.Address{other, addr}}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(node)
	defer hs.Close()
	defer node.Stop()

	t.Setenv(DefaultPasswordEnv, testPassword)
	uri := "keystore:" + writeKeystore(t, key)
	cases := []struct {
		name    string
		args    []string
		refused bool
	}{
		{"--validators", []string{"--validators", other.Hex() + "," + strings.ToLower(addr.Hex())}, true},
		{"--genesis extraData", []string{"--genesis", inExtra}, true},
		{"--genesis transition", []string{"--genesis", inTransition}, true},
		{"--rpc", []string{"--rpc", hs.URL}, true},
		{"clean genesis", []string{"--genesis", clean}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			args := append([]string{"--signer", uri, "--chainid", "1337", "--auditlog", filepath.Join(t.TempDir(), "a.log"),
				"--ipcpath", filepath.Join(t.TempDir(), "c.ipc")}, c.args...)
			run := startClefCommand(t, ctx, args...)
			if c.refused {
				err := run.wait(t)
				if !errors.Is(err, ErrClefValidatorKey) || !strings.Contains(err.Error(), addr.Hex()) {
					t.Fatalf("err = %v, want %v naming %s", err, ErrClefValidatorKey, addr.Hex())
				}
				return
			}
			run.waitListening(t)
			cancel()
			if err := run.wait(t); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// fakeQBFTAPI stands in for our node's qbft namespace.
type fakeQBFTAPI struct{ validators []common.Address }

func (f *fakeQBFTAPI) GetValidatorsByBlockNumber(number string) ([]common.Address, error) {
	if number != "latest" {
		return nil, fmt.Errorf("asked for block %q, want latest", number)
	}
	return f.validators, nil
}

// syncBuffer is a bytes.Buffer safe for a writer goroutine and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls cond for up to 10 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// clefRun is `xiang wallet clef` running in a goroutine.
type clefRun struct {
	out, errOut syncBuffer
	done        chan error
}

// startClefCommand runs clefCommand in-process with stdin not a terminal.
func startClefCommand(t *testing.T, ctx context.Context, args ...string) *clefRun {
	t.Helper()
	r := &clefRun{done: make(chan error, 1)}
	app := &cli.App{Name: "xiang", Commands: []*cli.Command{clefCommand()}, Reader: strings.NewReader(""), Writer: &r.out, ErrWriter: &r.errOut}
	go func() { r.done <- app.RunContext(ctx, append([]string{"xiang", "clef"}, args...)) }()
	return r
}

func (r *clefRun) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-r.done:
		return err
	case <-time.After(30 * time.Second):
		t.Fatal("clef command did not return")
		return nil
	}
}

// waitListening waits for the endpoint table to be printed.
func (r *clefRun) waitListening(t *testing.T) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for !strings.Contains(r.out.String(), "ACCOUNT") {
		select {
		case err := <-r.done:
			t.Fatalf("clef command ended: %v\n%s", err, r.errOut.String())
		case <-deadline:
			t.Fatal("clef command did not start")
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// endpoint returns the address printed for kind ("ipc" or "http").
func (r *clefRun) endpoint(t *testing.T, kind string) string {
	t.Helper()
	for _, line := range strings.Split(r.out.String(), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == kind {
			return f[1]
		}
	}
	return ""
}

// TestClefCommand runs `xiang wallet clef` in-process with a keystore
// signer: it prints its endpoints and account, serves geth's client over
// IPC, answers HTTP only with --http (checking the Host header), writes the
// audit log, and on cancel stops and removes its socket.
func TestClefCommand(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	uri := "keystore:" + writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, "")
	t.Setenv("CLEF_TEST_PASS", testPassword)
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.json")
	if err := os.WriteFile(rules, []byte(`{"rules":[{"methods":["account_list","account_signTransaction"],"approve":true}]}`), 0o600); err != nil {
		t.Fatal(err)
	}

	// A free port, to show nothing listens on it without --http.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	freePort := fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
	l.Close()

	for _, withHTTP := range []bool{false, true} {
		t.Run(fmt.Sprintf("http=%v", withHTTP), func(t *testing.T) {
			ipc := filepath.Join(t.TempDir(), "clef.ipc")
			audit := filepath.Join(t.TempDir(), "audit.log")
			args := []string{"--signer", uri, "--password-env", "CLEF_TEST_PASS", "--chainid", "1337", "--rules", rules,
				"--auditlog", audit, "--ipcpath", ipc, "--validators", "0x1000000000000000000000000000000000000001"}
			if withHTTP {
				args = append(args, "--http", "--http.port", "0")
			} else {
				args = append(args, "--http.port", freePort)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			run := startClefCommand(t, ctx, args...)
			run.waitListening(t)
			if got := run.endpoint(t, "ipc"); got != ipc {
				t.Errorf("printed ipc endpoint %q, want %q", got, ipc)
			}
			if !strings.Contains(run.out.String(), addr.Hex()) {
				t.Errorf("account table lacks %s:\n%s", addr.Hex(), run.out.String())
			}
			if fi, err := os.Stat(ipc); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("socket %v, %v; want mode 0600", fi, err)
			}

			ext, err := external.NewExternalSigner(ipc)
			if err != nil {
				t.Fatal(err)
			}
			to := common.Address{0x42}
			stx, err := ext.SignTx(accounts.Account{Address: addr},
				types.NewTx(&types.DynamicFeeTx{ChainID: clefChainID, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), To: &to}), clefChainID)
			if err != nil {
				t.Fatalf("SignTx over the command's socket: %v", err)
			}
			if sender, err := types.Sender(types.LatestSignerForChainID(clefChainID), stx); err != nil || sender != addr {
				t.Errorf("sender %v, %v", sender, err)
			}
			// Not approved by the rules file, and not interactive: denied.
			if _, err := ext.SignText(accounts.Account{Address: addr}, []byte("x")); err == nil || !strings.Contains(err.Error(), "denied") {
				t.Errorf("SignText: %v, want denied", err)
			}

			httpURL := run.endpoint(t, "http")
			if !withHTTP {
				if httpURL != "" {
					t.Errorf("http endpoint printed without --http: %s", httpURL)
				}
				if c, err := net.DialTimeout("tcp", "127.0.0.1:"+freePort, time.Second); err == nil {
					c.Close()
					t.Errorf("something listens on --http.port %s without --http", freePort)
				}
			} else {
				hc, err := rpc.Dial(httpURL)
				if err != nil {
					t.Fatal(err)
				}
				var got []common.Address
				if err := hc.Call(&got, "account_list"); err != nil || len(got) != 1 || got[0] != addr {
					t.Errorf("account_list over HTTP = %v, %v", got, err)
				}
				hc.Close()
				body := `{"jsonrpc":"2.0","id":1,"method":"account_version","params":[]}`
				for host, want := range map[string]int{"localhost": http.StatusOK, "evil.example": http.StatusForbidden} {
					req, _ := http.NewRequest(http.MethodPost, httpURL, strings.NewReader(body))
					req.Host = host
					req.Header.Set("Content-Type", "application/json")
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						t.Fatal(err)
					}
					resp.Body.Close()
					if resp.StatusCode != want {
						t.Errorf("Host %s: status %d, want %d", host, resp.StatusCode, want)
					}
				}
				// No WebSocket upgrade.
				req, _ := http.NewRequest(http.MethodGet, httpURL, nil)
				req.Header.Set("Connection", "Upgrade")
				req.Header.Set("Upgrade", "websocket")
				req.Header.Set("Sec-WebSocket-Version", "13")
				req.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode == http.StatusSwitchingProtocols {
					t.Error("HTTP endpoint accepted a WebSocket upgrade")
				}
			}

			cancel()
			if err := run.wait(t); err != nil {
				t.Fatalf("command: %v\n%s", err, run.errOut.String())
			}
			if _, err := os.Stat(ipc); !os.IsNotExist(err) {
				t.Errorf("socket still there after shutdown: %v", err)
			}
			entries := readAudit(t, audit)
			want := []string{MethodVersion, MethodSignTransaction, MethodSignData}
			if withHTTP {
				want = append(want, MethodList, MethodVersion)
			}
			if len(entries) != len(want) {
				t.Fatalf("%d audit entries, want %d", len(entries), len(want))
			}
			for i, e := range entries {
				if e.Method != want[i] {
					t.Errorf("audit entry %d method %s, want %s", i, e.Method, want[i])
				}
			}
			if withHTTP && entries[3].Transport != "http" {
				t.Errorf("HTTP request audited with transport %q", entries[3].Transport)
			}
			if e := entries[2]; e.Decision != DecisionDefault || e.Outcome != OutcomeError {
				t.Errorf("denied SignText entry %+v", e)
			}
		})
	}
}

// TestClefAuditFailureWithholdsResult: when the audit entry cannot be
// written, the client gets an error, not the signature.
func TestClefAuditFailureWithholdsResult(t *testing.T) {
	ks, _ := newKeystoreSigner(t, Options{})
	dir := t.TempDir()
	audit, err := OpenAuditLog(filepath.Join(dir, "audit.log"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := NewClefServer(ClefConfig{Signers: []Signer{ks}, ChainID: clefChainID,
		Approver: NewApprover(mustRules(t, `{"rules":[{"approve":true}]}`), nil), Audit: audit})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ipc := filepath.Join(dir, "clef.ipc")
	if err := srv.ServeIPC(ipc); err != nil {
		t.Fatal(err)
	}
	client, err := rpc.Dial(ipc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var sig hexutil.Bytes
	if err := client.Call(&sig, "account_signData", "text/plain", ks.Address(), "0x6869"); err != nil || len(sig) != 65 {
		t.Fatalf("signData with a working audit log: %x, %v", sig, err)
	}
	audit.Close()
	sig = nil
	err = client.Call(&sig, "account_signData", "text/plain", ks.Address(), "0x6869")
	if err == nil || !strings.Contains(err.Error(), ErrClefAuditFailed.Error()) || sig != nil {
		t.Fatalf("signData with a closed audit log: %x, %v; want %q and no signature", sig, err, ErrClefAuditFailed)
	}
	if err := srv.ServeIPC(ipc); err == nil {
		t.Error("a second server took over a live socket")
	}
}
