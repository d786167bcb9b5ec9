package node

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// importBatch is how many blocks are inserted at a time.
const importBatch = 2048

const certFileSuffix = qbft.CertFileSuffix

// ErrConflictsWithFinal is returned when an import would replace a block
// this node already holds as final.
var ErrConflictsWithFinal = errors.New("block conflicts with a final block")

// ExportBlocks writes blocks first..last as concatenated RLP, the format
// geth export writes (gzip when the name ends in .gz), and the certificate
// of the last block, if held, to FILE.cert. A progress bar is drawn on
// progressOut unless it is nil.
func (n *Node) ExportBlocks(path string, first, last uint64, progressOut io.Writer) error {
	if head := n.chain.CurrentBlock().Number.Uint64(); last > head {
		return fmt.Errorf("last block %d is above the head %d", last, head)
	}
	if first > last {
		return fmt.Errorf("first block %d is above last %d", first, last)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating export file: %w", err)
	}
	defer f.Close()
	var w io.Writer = f
	var gz *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		gz = gzip.NewWriter(f)
		w = gz
	}
	bar := newProgress(progressOut, "export", "blocks", int64(last-first+1))
	for num := first; num <= last; num++ {
		block := n.chain.GetBlockByNumber(num)
		if block == nil {
			return fmt.Errorf("exporting blocks: block %d not found", num)
		}
		if err := block.EncodeRLP(w); err != nil {
			return fmt.Errorf("exporting block %d: %w", num, err)
		}
		bar.Set(int64(num - first + 1))
	}
	bar.Finish()
	if gz != nil {
		if err := gz.Close(); err != nil {
			return fmt.Errorf("closing export file: %w", err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing export file: %w", err)
	}
	hash := n.chain.GetCanonicalHash(last)
	cert := n.certs.Certificate(hash)
	if cert == nil {
		os.Remove(path + certFileSuffix)
		return nil
	}
	return qbft.WriteCertFile(path+certFileSuffix, last, hash, cert)
}

// ImportBlocks reads an export file and inserts its blocks on the head.
// Blocks the node already has are skipped; a block that differs from a
// final block at its height stops the import. Every block's parentCommit
// is verified by the engine and stored as the parent's certificate, and the
// last block's certificate is read from FILE.cert if present, so the
// imported chain is final up to the last certified block (finalHeader).
// A progress bar (bytes of the file) is drawn on progressOut unless it is nil.
func (n *Node) ImportBlocks(path string, progressOut io.Writer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("opening import file: %w", err)
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	counter := &countingReader{r: f}
	bar := newProgress(progressOut, "import", "B", size)
	defer bar.Finish()
	var r io.Reader = bufio.NewReader(counter)
	if strings.HasSuffix(path, ".gz") {
		if r, err = gzip.NewReader(r); err != nil {
			return 0, fmt.Errorf("reading gzip: %w", err)
		}
	}
	stream := rlp.NewStream(r, 0)
	imported := 0
	for {
		batch, err := n.readImportBatch(stream)
		if len(batch) > 0 {
			if _, ierr := n.chain.InsertChain(batch); ierr != nil {
				return imported, fmt.Errorf("importing blocks %d..%d: %w", batch[0].NumberU64(), batch[len(batch)-1].NumberU64(), ierr)
			}
			if n.engine != nil {
				if cerr := n.storeParentCommits(batch); cerr != nil {
					return imported, cerr
				}
			}
			imported += len(batch)
			bar.Set(counter.n)
			log.Debug("Imported blocks", "count", imported, "head", batch[len(batch)-1].NumberU64())
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return imported, err
		}
	}
	if n.engine == nil {
		return imported, nil // test chain: no certificates
	}
	if err := n.importCertFile(path + certFileSuffix); err != nil {
		return imported, err
	}
	return imported, nil
}

// readImportBatch decodes up to importBatch new blocks, skipping known ones.
func (n *Node) readImportBatch(stream *rlp.Stream) (types.Blocks, error) {
	var batch types.Blocks
	for len(batch) < importBatch {
		block := new(types.Block)
		if err := stream.Decode(block); err == io.EOF {
			return batch, io.EOF
		} else if err != nil {
			return batch, fmt.Errorf("decoding block %d of the file: %w", len(batch), err)
		}
		num := block.NumberU64()
		if num == 0 {
			if block.Hash() != n.chainConfig.GenesisHash {
				return nil, fmt.Errorf("file is for another network: genesis %x, ours %x", block.Hash(), n.chainConfig.GenesisHash)
			}
			continue
		}
		if head := n.chain.CurrentBlock().Number.Uint64(); num <= head && len(batch) == 0 {
			if n.chain.GetCanonicalHash(num) != block.Hash() {
				return nil, fmt.Errorf("%w: block %d is %x in the file, %x here", ErrConflictsWithFinal, num, block.Hash(), n.chain.GetCanonicalHash(num))
			}
			continue
		}
		batch = append(batch, block)
	}
	return batch, nil
}

// storeParentCommits keeps the certificate each block carries for its parent.
func (n *Node) storeParentCommits(blocks types.Blocks) error {
	for _, b := range blocks {
		if b.NumberU64() < 2 {
			continue
		}
		extra, err := qbft.DecodeExtra(b.Extra())
		if err != nil || extra.ParentCommit == nil {
			return fmt.Errorf("block %d: parent certificate missing after verification", b.NumberU64())
		}
		if err := n.certs.Put(b.NumberU64()-1, b.ParentHash(), extra.ParentCommit, false); err != nil {
			return err
		}
	}
	return n.db.SyncKeyValue()
}

func (n *Node) importCertFile(path string) error {
	cf, err := qbft.ReadCertFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	header := n.chain.GetHeader(cf.Hash, cf.Number)
	if header == nil {
		return fmt.Errorf("%s: certificate for unknown block %d", path, cf.Number)
	}
	if err := n.engine.VerifyCertificate(n.chain, header, cf.Cert); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return n.certs.Put(cf.Number, cf.Hash, cf.Cert, true)
}
