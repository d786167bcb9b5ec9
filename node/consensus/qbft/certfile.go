package qbft

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// CertFileSuffix names the file written beside a block export (`xiang
// export FILE` writes FILE and FILE.cert) that holds the commit certificate
// of the export's last block, so an imported chain is final up to it.
const CertFileSuffix = ".cert"

// CertFile is the certificate file's content: RLP([number, hash,
// EncodeCommit(cert)]).
type CertFile struct {
	Number uint64
	Hash   common.Hash
	Cert   *CommitCertificate
}

type certFileRLP struct {
	Number uint64
	Hash   common.Hash
	Cert   []byte
}

// WriteCertFile writes the certificate of block (number, hash) to path.
func WriteCertFile(path string, number uint64, hash common.Hash, cert *CommitCertificate) error {
	b, err := rlp.EncodeToBytes(&certFileRLP{Number: number, Hash: hash, Cert: EncodeCommit(cert)})
	if err != nil {
		return fmt.Errorf("encoding certificate file: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("writing certificate file: %w", err)
	}
	return nil
}

// ReadCertFile reads a certificate file. A missing file is an error
// satisfying errors.Is(err, os.ErrNotExist). The certificate is decoded, not
// verified: that needs the chain (Engine.VerifyCertificate).
func ReadCertFile(path string) (*CertFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading certificate file: %w", err)
	}
	var raw certFileRLP
	if err := rlp.DecodeBytes(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cert, err := DecodeCommit(raw.Cert)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &CertFile{Number: raw.Number, Hash: raw.Hash, Cert: cert}, nil
}
