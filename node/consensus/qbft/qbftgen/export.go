package qbftgen

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// CertFileSuffix names the file beside an export that holds the last
// block's commit certificate (qbft.CertFileSuffix).
const CertFileSuffix = qbft.CertFileSuffix

// ErrEmptyExport is returned by WriteExport for a certificate without blocks.
var ErrEmptyExport = errors.New("qbftgen: certificate given for an empty export")

// WriteExport writes blocks as `xiang export` does, so `xiang import` (and
// geth import) read them: the blocks' RLP concatenated, gzip-compressed
// when path ends in ".gz". With a certificate, which must be the last
// block's, it is written to path+CertFileSuffix; without one, a stale
// certificate file there is removed. The engine verifies the certificate on
// import, not this function.
func WriteExport(path string, blocks []*types.Block, cert *qbft.CommitCertificate) error {
	if cert != nil && len(blocks) == 0 {
		return ErrEmptyExport
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating export file: %w", err)
	}
	defer f.Close()
	if err := writeBlocks(f, strings.HasSuffix(path, ".gz"), blocks); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing export file: %w", err)
	}
	certPath := path + CertFileSuffix
	if cert == nil {
		if err := os.Remove(certPath); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("removing stale certificate file: %w", err)
		}
		return nil
	}
	last := blocks[len(blocks)-1]
	return qbft.WriteCertFile(certPath, last.NumberU64(), last.Hash(), cert)
}

func writeBlocks(f io.Writer, compress bool, blocks []*types.Block) error {
	bw := bufio.NewWriter(f)
	var w io.Writer = bw
	var gz *gzip.Writer
	if compress {
		gz = gzip.NewWriter(bw)
		w = gz
	}
	for _, block := range blocks {
		if err := block.EncodeRLP(w); err != nil {
			return fmt.Errorf("exporting block %d: %w", block.NumberU64(), err)
		}
	}
	if gz != nil {
		if err := gz.Close(); err != nil {
			return fmt.Errorf("compressing export: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing export file: %w", err)
	}
	return nil
}
