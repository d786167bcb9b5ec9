// Command gen writes the abigen v2 Go bindings for the compiled contracts.
//
// It reads contracts/artifacts/<family>/<Name>.json (written by contracts/scripts/compile.js) and writes one Go
// package per family, one file per contract (bindings/<family>/<snake_name>.go), calling go-ethereum's
// abigen.BindV2 as a library so that no cmd/abigen code is needed. Output depends only on the artifacts, so
// regenerating is byte-stable.
//
// BindV2 names the result struct of a multi-value method "<Method>Output" at package level, so two contracts of
// one package with the same such method (eip712Domain of DataMarket and SettlementToken) would collide. The
// generator binds each contract on its own and prefixes those structs with the contract name
// (SettlementTokenEip712DomainOutput).
//
// Usage (from the repository root): go run ./bindings/internal/gen [-artifacts dir] [-out dir]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// artifact is the subset of a compile.js artifact that the generator needs.
type artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

var errNoArtifacts = errors.New("no artifacts found")

func main() {
	artifacts := flag.String("artifacts", "contracts/artifacts", "directory of compiled artifacts, one folder per family")
	out := flag.String("out", "bindings", "directory to write one Go package per family into")
	flag.Parse()
	if err := run(*artifacts, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(artifactsDir, outDir string) error {
	entries, err := os.ReadDir(artifactsDir)
	if err != nil {
		return fmt.Errorf("read artifacts: %w", err)
	}
	var families []string
	for _, e := range entries {
		if e.IsDir() {
			families = append(families, e.Name())
		}
	}
	if len(families) == 0 {
		return fmt.Errorf("%s: %w", artifactsDir, errNoArtifacts)
	}
	sort.Strings(families)
	for _, family := range families {
		if err := bindFamily(filepath.Join(artifactsDir, family), filepath.Join(outDir, family), family); err != nil {
			return fmt.Errorf("family %s: %w", family, err)
		}
	}
	return nil
}

// outputStruct matches the declaration of a BindV2 multi-value result struct.
var outputStruct = regexp.MustCompile(`(?m)^type (\w+Output) struct`)

// generatedHeader starts every file BindV2 writes; only such files are removed before regenerating.
const generatedHeader = "// Code generated via abigen V2 - DO NOT EDIT."

// bindFamily writes one file per artifact in dir into outDir, as package family. Stale generated files of the
// package are removed first; hand-written files are left alone.
func bindFamily(dir, outDir, family string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return fmt.Errorf("list artifacts: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: %w", dir, errNoArtifacts)
	}
	sort.Strings(files)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("create output dir: %w", err)
	}
	old, err := filepath.Glob(filepath.Join(outDir, "*.go"))
	if err != nil {
		return fmt.Errorf("list old bindings: %w", err)
	}
	for _, f := range old {
		content, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read old binding: %w", err)
		}
		if !strings.HasPrefix(string(content), generatedHeader) {
			continue
		}
		if err := os.Remove(f); err != nil {
			return fmt.Errorf("remove stale binding: %w", err)
		}
	}
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("read artifact: %w", err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("decode %s: %w", file, err)
		}
		code, err := abigen.BindV2([]string{a.ContractName}, []string{string(a.ABI)},
			[]string{strings.TrimPrefix(a.Bytecode, "0x")}, family, nil, nil)
		if err != nil {
			return fmt.Errorf("bind %s: %w", a.ContractName, err)
		}
		formatted, err := format.Source([]byte(prefixOutputs(code, a.ContractName)))
		if err != nil {
			return fmt.Errorf("format %s: %w", a.ContractName, err)
		}
		target := filepath.Join(outDir, snake(a.ContractName)+".go")
		if err := os.WriteFile(target, formatted, 0o644); err != nil {
			return fmt.Errorf("write bindings: %w", err)
		}
		fmt.Println(target)
	}
	return nil
}

// prefixOutputs renames every "<Method>Output" struct of code to "<contract><Method>Output".
func prefixOutputs(code, contract string) string {
	for _, m := range outputStruct.FindAllStringSubmatch(code, -1) {
		name := m[1]
		code = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(code, contract+name)
	}
	return code
}

// snake turns "AssetRegistry" into "asset_registry".
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
