// Command gentestchain writes the fixed chain of the RPC conformance suite
// and the requests the suite sends about it.
//
// It writes, under -out (node/ethapi/testdata by default):
//
//	chain/genesis.json  the genesis, in go-ethereum's format (`geth init` reads it)
//	chain/chain.rlp     blocks 1..N in go-ethereum's export format (`geth import` reads it)
//	requests.json       the request cases; their expected responses are recorded
//	                    from geth by ../rpcfixtures
//
// The output depends on nothing but this program and go-ethereum: keys are
// derived from fixed names, timestamps are fixed, and signatures are
// deterministic (RFC 6979).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/rlp"
)

func main() {
	out := flag.String("out", "node/ethapi/testdata", "testdata directory to write into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gentestchain:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	tc, err := generate()
	if err != nil {
		return fmt.Errorf("generate chain: %w", err)
	}
	chainDir := filepath.Join(out, "chain")
	if err := os.MkdirAll(chainDir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", chainDir, err)
	}
	if err := writeJSON(filepath.Join(chainDir, "genesis.json"), tc.genesis); err != nil {
		return err
	}
	if err := writeBlocks(filepath.Join(chainDir, "chain.rlp"), tc); err != nil {
		return err
	}
	list := cases(tc)
	if err := writeJSON(filepath.Join(out, "requests.json"), list); err != nil {
		return err
	}
	fmt.Printf("wrote %d blocks (head %s) and %d cases to %s\n", len(tc.blocks), tc.blocks[len(tc.blocks)-1].Hash(), len(list), out)
	return nil
}

// writeBlocks writes the blocks after genesis as consecutive RLP items.
func writeBlocks(path string, tc *testChain) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	w := bufio.NewWriter(f)
	for _, b := range tc.blocks {
		if err := rlp.Encode(w, b); err != nil {
			f.Close()
			return fmt.Errorf("encode block %d: %w", b.NumberU64(), err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	return nil
}

// writeJSON writes v indented, with a final newline.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
