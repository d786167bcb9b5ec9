package node

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Database keys owned by the node (go-ethereum's rawdb uses other prefixes).
var (
	certPrefix      = []byte("xiang-cert-")     // + block hash → RLP commit certificate
	certHeadKey     = []byte("xiang-cert-head") // → number (8 bytes) ‖ hash of the highest certified block
	genesisSpecKey  = []byte("xiang-genesis")   // → genesis.json the database was initialised with
	signedLogPrefix = []byte("xiang-signed-")   // + height (8 bytes) → RLP list of messages this node signed
)

// certStore keeps commit certificates, keyed by block hash, and the pointer to
// the highest certified block. It implements qbft.CertificateSource.
type certStore struct {
	db ethdb.Database

	mu         sync.Mutex
	headNumber uint64
	headHash   common.Hash
	cache      map[common.Hash]*qbft.CommitCertificate // recent certificates
}

func newCertStore(db ethdb.Database) (*certStore, error) {
	s := &certStore{db: db, cache: make(map[common.Hash]*qbft.CommitCertificate)}
	b, err := db.Get(certHeadKey)
	if err == nil {
		if len(b) != 8+common.HashLength {
			return nil, fmt.Errorf("corrupt certified-head record (%d bytes)", len(b))
		}
		s.headNumber = binary.BigEndian.Uint64(b[:8])
		s.headHash = common.BytesToHash(b[8:])
	}
	return s, nil
}

// Certificate returns the certificate held for a block, or nil.
func (s *certStore) Certificate(hash common.Hash) *qbft.CommitCertificate {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.cache[hash]; ok {
		return c
	}
	b, err := s.db.Get(append(append([]byte{}, certPrefix...), hash[:]...))
	if err != nil {
		return nil
	}
	c, err := qbft.DecodeCommit(b)
	if err != nil {
		return nil
	}
	s.cache[hash] = c
	return c
}

// Head returns the highest certified block (zero hash if none yet).
func (s *certStore) Head() (uint64, common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.headNumber, s.headHash
}

// Put stores a certificate for block (number, hash). When the block is above
// the certified head the head pointer moves to it. With sync set the write is
// flushed to disk before Put returns, together with every earlier write (the
// block and receipts the chain stored), so a committed block survives kill -9.
func (s *certStore) Put(number uint64, hash common.Hash, cert *qbft.CommitCertificate, sync bool) error {
	batch := s.db.NewBatch()
	if err := batch.Put(append(append([]byte{}, certPrefix...), hash[:]...), qbft.EncodeCommit(cert)); err != nil {
		return fmt.Errorf("storing certificate: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	moveHead := number > s.headNumber || s.headHash == (common.Hash{})
	if moveHead {
		rec := make([]byte, 8+common.HashLength)
		binary.BigEndian.PutUint64(rec, number)
		copy(rec[8:], hash[:])
		if err := batch.Put(certHeadKey, rec); err != nil {
			return fmt.Errorf("storing certified head: %w", err)
		}
	}
	if err := batch.Write(); err != nil {
		return fmt.Errorf("writing certificate: %w", err)
	}
	if sync {
		if err := s.db.SyncKeyValue(); err != nil {
			return fmt.Errorf("syncing certificate: %w", err)
		}
	}
	if moveHead {
		s.headNumber, s.headHash = number, hash
	}
	if len(s.cache) > 1024 {
		clear(s.cache)
	}
	s.cache[hash] = cert
	return nil
}
