package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestSnake(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"AssetRegistry", "asset_registry"},
		{"Notary", "notary"},
		{"DataMarket", "data_market"},
	} {
		if got := snake(tc.in); got != tc.want {
			t.Errorf("snake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPrefixOutputs(t *testing.T) {
	in := "type Eip712DomainOutput struct{}\nfunc f() Eip712DomainOutput { return Eip712DomainOutput{} }\n// NotEip712DomainOutputX\n"
	want := "type TokEip712DomainOutput struct{}\nfunc f() TokEip712DomainOutput { return TokEip712DomainOutput{} }\n// NotEip712DomainOutputX\n"
	if got := prefixOutputs(in, "Tok"); got != want {
		t.Fatalf("prefixOutputs:\n%s\nwant\n%s", got, want)
	}
}

// TestCommittedBindingsAreCurrent regenerates every family into a temporary directory and compares it with the
// committed bindings, so stale bindings fail `go test` even outside git.
func TestCommittedBindingsAreCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	out := t.TempDir()
	if err := run(filepath.Join(root, "contracts", "artifacts"), out); err != nil {
		t.Fatal(err)
	}
	generated, err := filepath.Glob(filepath.Join(out, "*", "*.go"))
	if err != nil || len(generated) == 0 {
		t.Fatalf("no bindings generated (%v)", err)
	}
	for _, file := range generated {
		rel, _ := filepath.Rel(out, file)
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(root, "bindings", rel))
		if err != nil {
			t.Errorf("%s: %v (run make bindings)", rel, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s is stale: run make bindings", rel)
		}
	}
}
