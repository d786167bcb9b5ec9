package bindingstest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// updateDocs rewrites the generated sections of docs/contracts.md from this run's measurements.
var updateDocs = flag.Bool("update-docs", false, "rewrite the gas and size tables in docs/contracts.md")

// docsPath is the document whose generated sections -update-docs rewrites.
var docsPath = filepath.Join("..", "..", "docs", "contracts.md")

// maxCodeSize is the EIP-170 limit on deployed code.
const maxCodeSize = 24_576

// exemption names an ABI entry no test can exercise, with the reason. contract "*" applies to every contract
// whose ABI has the entry.
type exemption struct {
	contract, kind, sig, reason string
}

// exemptions are the only ABI entries allowed to stay unexercised. Each one is unreachable by construction.
var exemptions = []exemption{
	{"*", "event", "RoleAdminChanged(bytes32,bytes32,bytes32)",
		"declared by IAccessControl; no contract changes a role's admin (every role is administered by DEFAULT_ADMIN_ROLE)"},
	{"*", "event", "EIP712DomainChanged()", "declared by IERC5267; the EIP-712 domains are immutable"},
	{"*", "error", "ERC721InvalidSender(address)", "raised by _mint for an existing id; token ids are sequential"},
	{"*", "error", "ERC20InvalidSender(address)",
		"transferFrom(0, …) spends the zero owner's allowance first, which raises ERC20InvalidApprover; nothing else moves from zero"},
	{"*", "error", "InvalidAccountNonce(address,uint256)", "ERC20Permit consumes nonces unchecked (Nonces._useNonce)"},
	{"*", "error", "ECDSAInvalidSignatureLength(uint256)", "permit passes (v, r, s), never a byte signature"},
	{"*", "error", "InvalidShortString()", "ShortStrings: the EIP-712 name and version are fixed at deployment"},
	{"*", "error", "StringTooLong(string)", "ShortStrings: EIP712 stores long names in storage instead of raising"},
	{"*", "error", "SafeERC20FailedOperation(address)",
		"the settlement token reverts on failure; no token that returns false or has no code can be used " +
			"(BillRegistry refuses a currency without code, DataMarket's token is fixed at deployment)"},
}

func exempt(contract, kind, sig string) bool {
	for _, x := range exemptions {
		if (x.contract == "*" || x.contract == contract) && x.kind == kind && x.sig == sig {
			return true
		}
	}
	return false
}

func TestMain(m *testing.M) {
	flag.Parse()
	artifacts, err := loadArtifacts()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bindingstest:", err)
		os.Exit(1)
	}
	suite.artifacts = artifacts
	suite.covered = newRecord()
	code := m.Run()
	if code != 0 || flag.Lookup("test.run").Value.String() != "" || flag.Lookup("test.skip").Value.String() != "" {
		// A failing or partial run says nothing about coverage.
		os.Exit(code)
	}
	if testing.Verbose() {
		fmt.Println(coverageSummary())
	}
	if missing := uncovered(); len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "ABI coverage check failed (%d entries):\n  %s\n",
			len(missing), strings.Join(missing, "\n  "))
		os.Exit(1)
	}
	if *updateDocs {
		if err := writeDocs(); err != nil {
			fmt.Fprintln(os.Stderr, "bindingstest:", err)
			os.Exit(1)
		}
	}
	os.Exit(0)
}

// uncovered lists every function, event and custom error of every artifact that no test exercised and that
// is not exempt, and every exemption that is in fact exercised (so the list cannot go stale).
func uncovered() []string {
	var missing []string
	cov := suite.covered
	for _, name := range sortedKeys(suite.artifacts) {
		a := suite.artifacts[name]
		check := func(kind, sig string, seen map[string]bool) {
			switch {
			case !seen[sig] && !exempt(name, kind, sig):
				missing = append(missing, fmt.Sprintf("%s: %s %s", name, kind, sig))
			case seen[sig] && exempt(name, kind, sig):
				missing = append(missing, fmt.Sprintf("%s: %s %s is exercised but listed as exempt", name, kind, sig))
			}
		}
		check("function", "constructor", cov.functions[name])
		for _, m := range a.abi.Methods {
			check("function", m.Sig, cov.functions[name])
		}
		for _, ev := range a.abi.Events {
			check("event", ev.Sig, cov.events[name])
		}
		for _, e := range a.abi.Errors {
			check("error", e.Sig, cov.errors[name])
		}
	}
	slices.Sort(missing)
	return missing
}

// coverageSummary counts the ABI entries that were checked and exempted.
func coverageSummary() string {
	var total, exempted int
	for _, name := range sortedKeys(suite.artifacts) {
		a := suite.artifacts[name]
		count := func(kind, sig string) {
			total++
			if exempt(name, kind, sig) {
				exempted++
			}
		}
		count("function", "constructor")
		for _, m := range a.abi.Methods {
			count("function", m.Sig)
		}
		for _, ev := range a.abi.Events {
			count("event", ev.Sig)
		}
		for _, e := range a.abi.Errors {
			count("error", e.Sig)
		}
	}
	return fmt.Sprintf("ABI coverage: %d entries of %d contracts, %d exercised, %d exempt as unreachable",
		total, len(suite.artifacts), total-exempted, exempted)
}

func TestContractSizes(t *testing.T) {
	for _, name := range sortedKeys(suite.artifacts) {
		a := suite.artifacts[name]
		size := len(common.FromHex(a.DeployedBytecode))
		if size == 0 || size > maxCodeSize {
			t.Errorf("%s: deployed code is %d bytes, limit %d", name, size, maxCodeSize)
		}
	}
}

const (
	gasBegin  = "<!-- BEGIN GENERATED: gas table (go test ./bindings/bindingstest -update-docs) -->"
	gasEnd    = "<!-- END GENERATED: gas table -->"
	sizeBegin = "<!-- BEGIN GENERATED: code sizes (go test ./bindings/bindingstest -update-docs) -->"
	sizeEnd   = "<!-- END GENERATED: code sizes -->"
)

// writeDocs replaces the generated sections of docs/contracts.md.
func writeDocs() error {
	doc, err := os.ReadFile(docsPath)
	if err != nil {
		return fmt.Errorf("read docs: %w", err)
	}
	doc, err = replaceSection(doc, gasBegin, gasEnd, gasTable())
	if err != nil {
		return err
	}
	doc, err = replaceSection(doc, sizeBegin, sizeEnd, sizeTable())
	if err != nil {
		return err
	}
	if err := os.WriteFile(docsPath, doc, 0o644); err != nil {
		return fmt.Errorf("write docs: %w", err)
	}
	return nil
}

func replaceSection(doc []byte, begin, end, body string) ([]byte, error) {
	i := bytes.Index(doc, []byte(begin))
	j := bytes.Index(doc, []byte(end))
	if i < 0 || j < i {
		return nil, fmt.Errorf("docs: markers %q/%q not found", begin, end)
	}
	var out bytes.Buffer
	out.Write(doc[:i+len(begin)])
	out.WriteString("\n" + body)
	out.Write(doc[j:])
	return out.Bytes(), nil
}

// gasTable renders the gas used by every mined call of every state-changing function in this run.
func gasTable() string {
	var b strings.Builder
	b.WriteString("| contract | function | calls | min gas | median gas | max gas |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|\n")
	for _, name := range familyOrder() {
		gas := suite.covered.gas[name]
		for _, sig := range sortedKeys(gas) {
			samples := slices.Clone(gas[sig])
			slices.Sort(samples)
			fmt.Fprintf(&b, "| %s | `%s` | %d | %d | %d | %d |\n", name, sig, len(samples),
				samples[0], samples[len(samples)/2], samples[len(samples)-1])
		}
	}
	return b.String()
}

// sizeTable renders the deployed code size of every contract against the EIP-170 limit.
func sizeTable() string {
	var b strings.Builder
	b.WriteString("| family | contract | deployed bytes | share of 24,576 |\n|---|---|---:|---:|\n")
	for _, name := range familyOrder() {
		a := suite.artifacts[name]
		size := len(common.FromHex(a.DeployedBytecode))
		fmt.Fprintf(&b, "| %s | %s | %d | %.1f%% |\n", a.family, name, size, 100*float64(size)/maxCodeSize)
	}
	return b.String()
}

// familyOrder lists contract names sorted by family, then name.
func familyOrder() []string {
	names := sortedKeys(suite.artifacts)
	slices.SortStableFunc(names, func(x, y string) int {
		return strings.Compare(suite.artifacts[x].family, suite.artifacts[y].family)
	})
	return names
}
