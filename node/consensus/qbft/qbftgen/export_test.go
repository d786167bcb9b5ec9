package qbftgen_test

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
)

// nodeCertFile mirrors node/exportimport.go's certificate file, the
// format `xiang import` decodes.
type nodeCertFile struct {
	Number uint64
	Hash   common.Hash
	Cert   []byte
}

// readExport reads an export the way `xiang import` does: a stream of
// block RLPs, gzip-compressed for ".gz" names.
func readExport(t *testing.T, path string) []*types.Block {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = bufio.NewReader(f)
	if strings.HasSuffix(path, ".gz") {
		if r, err = gzip.NewReader(r); err != nil {
			t.Fatal(err)
		}
	}
	stream := rlp.NewStream(r, 0)
	var blocks []*types.Block
	for {
		block := new(types.Block)
		if err := stream.Decode(block); err == io.EOF {
			return blocks
		} else if err != nil {
			t.Fatalf("decoding block %d: %v", len(blocks), err)
		}
		blocks = append(blocks, block)
	}
}

// TestWriteExport writes a generated chain, plain and gzipped, reads it
// back as the importer does, imports the blocks and verifies the
// certificate read from the side file.
func TestWriteExport(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	gen, err := qbftgen.Generate(f.spec, f.keys, 12, qbftgen.Options{Gen: f.transfers(1)})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"chain.rlp", "chain.rlp.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			if err := qbftgen.WriteExport(path, gen.Blocks, gen.Certificate); err != nil {
				t.Fatalf("WriteExport: %v", err)
			}
			blocks := readExport(t, path)
			if len(blocks) != len(gen.Blocks) {
				t.Fatalf("read %d blocks, want %d", len(blocks), len(gen.Blocks))
			}
			for i, b := range blocks {
				if b.Hash() != gen.Blocks[i].Hash() {
					t.Fatalf("block %d: read %x, wrote %x", i+1, b.Hash(), gen.Blocks[i].Hash())
				}
			}
			raw, err := os.ReadFile(path + qbftgen.CertFileSuffix)
			if err != nil {
				t.Fatal(err)
			}
			var cf nodeCertFile
			if err := rlp.DecodeBytes(raw, &cf); err != nil {
				t.Fatalf("decoding certificate file: %v", err)
			}
			if cf.Number != 12 || cf.Hash != gen.Head().Hash() || !slices.Equal(cf.Cert, qbft.EncodeCommit(gen.Certificate)) {
				t.Fatalf("certificate file %d %x %x, want 12 %x %x", cf.Number, cf.Hash, cf.Cert, gen.Head().Hash(), qbft.EncodeCommit(gen.Certificate))
			}
			cert, err := qbft.DecodeCommit(cf.Cert)
			if err != nil {
				t.Fatal(err)
			}
			chain, engine := f.insert(t, blocks)
			if err := engine.VerifyCertificate(chain, chain.GetHeader(cf.Hash, cf.Number), cert); err != nil {
				t.Fatalf("certificate from the file: %v", err)
			}
		})
	}
}

// TestWriteExportWithoutCertificate checks that an export without a
// certificate leaves no stale certificate file behind, and that a
// certificate without blocks is refused.
func TestWriteExportWithoutCertificate(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	gen, err := qbftgen.Generate(f.spec, f.keys, 3, qbftgen.Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "chain.rlp")
	if err := qbftgen.WriteExport(path, gen.Blocks, gen.Certificate); err != nil {
		t.Fatal(err)
	}
	if err := qbftgen.WriteExport(path, gen.Blocks[:2], nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + qbftgen.CertFileSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("stale certificate file: stat error %v", err)
	}
	if got := readExport(t, path); len(got) != 2 || got[1].Hash() != gen.Blocks[1].Hash() {
		t.Fatalf("read %d blocks, want blocks 1 and 2", len(got))
	}
	if err := qbftgen.WriteExport(path, nil, gen.Certificate); !errors.Is(err, qbftgen.ErrEmptyExport) {
		t.Fatalf("certificate without blocks: got %v, want %v", err, qbftgen.ErrEmptyExport)
	}
}
