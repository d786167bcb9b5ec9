package qbft

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// VanityLength is the fixed size of the vanity field at the start of extraData.
const VanityLength = 32

// SealLength is the size of a commit seal: r ‖ s ‖ v with v ∈ {0, 1}.
const SealLength = 65

// Vote is a proposer's vote to add or drop a validator, carried in extraData.
type Vote struct {
	Address common.Address
	Add     bool // true: add (RLP 0x81ff), false: drop (RLP 0x80)
}

// CommitCertificate is the proof that a block was committed: at least Q
// commit seals of one round, by distinct validators, sorted by signer address.
// Block N+1 carries the certificate of block N in its extraData.
type CommitCertificate struct {
	Round uint64
	Seals [][]byte
}

// Extra is the decoded extraData of a QBFT header:
// RLP([vanity(32 bytes), validators, vote, parentCommit]).
type Extra struct {
	// Vanity holds free bytes in ordinary blocks; in genesis it holds the
	// keccak256 of the consensus settings (DESIGN.md §3).
	Vanity [VanityLength]byte
	// Validators is V(N+1) for header N, sorted ascending by bytes.
	Validators []common.Address
	// Vote is nil when the proposer casts no vote.
	Vote *Vote
	// ParentCommit is nil in block 1 (and genesis), else the certificate of the parent.
	ParentCommit *CommitCertificate
}

// Errors returned by DecodeExtra.
var (
	errExtraTrailing   = errors.New("qbft extraData: trailing bytes")
	errVanityLength    = errors.New("qbft extraData: vanity must be 32 bytes")
	errVoteKind        = errors.New("qbft extraData: vote kind must be 0xff (add) or empty (drop)")
	errVoteShape       = errors.New("qbft extraData: vote must be [] or [address, kind]")
	errCommitShape     = errors.New("qbft extraData: parentCommit must be [] or [round, seals]")
	errSealLength      = errors.New("qbft extraData: seal must be 65 bytes")
	errValidatorLength = errors.New("qbft extraData: validator must be 20 bytes")
)

// EncodeRLP implements rlp.Encoder.
func (e *Extra) EncodeRLP(w io.Writer) error {
	buf := rlp.NewEncoderBuffer(w)
	outer := buf.List()
	buf.WriteBytes(e.Vanity[:])
	vl := buf.List()
	for _, v := range e.Validators {
		buf.WriteBytes(v[:])
	}
	buf.ListEnd(vl)
	encodeVote(buf, e.Vote)
	encodeCommit(buf, e.ParentCommit)
	buf.ListEnd(outer)
	return buf.Flush()
}

func encodeVote(buf rlp.EncoderBuffer, v *Vote) {
	l := buf.List()
	if v != nil {
		buf.WriteBytes(v.Address[:])
		if v.Add {
			buf.WriteBytes([]byte{0xff})
		} else {
			buf.WriteBytes(nil)
		}
	}
	buf.ListEnd(l)
}

func encodeCommit(buf rlp.EncoderBuffer, c *CommitCertificate) {
	l := buf.List()
	if c != nil {
		buf.WriteUint64(c.Round)
		sl := buf.List()
		for _, s := range c.Seals {
			buf.WriteBytes(s)
		}
		buf.ListEnd(sl)
	}
	buf.ListEnd(l)
}

// EncodeCommit returns the RLP of a certificate as it appears in extraData
// (`[]` for nil). It is the input to the mixDigest rule and the wire form of
// a certificate.
func EncodeCommit(c *CommitCertificate) []byte {
	var b bytes.Buffer
	buf := rlp.NewEncoderBuffer(&b)
	encodeCommit(buf, c)
	buf.Flush()
	return b.Bytes()
}

// DecodeCommit is the inverse of EncodeCommit.
func DecodeCommit(b []byte) (*CommitCertificate, error) {
	s := rlp.NewStream(bytes.NewReader(b), uint64(len(b)))
	c, err := decodeCommit(s)
	if err != nil {
		return nil, err
	}
	if _, _, err := s.Kind(); err != io.EOF {
		return nil, errExtraTrailing
	}
	return c, nil
}

// DecodeRLP implements rlp.Decoder.
func (e *Extra) DecodeRLP(s *rlp.Stream) error {
	if _, err := s.List(); err != nil {
		return fmt.Errorf("qbft extraData: %w", err)
	}
	vanity, err := s.Bytes()
	if err != nil {
		return fmt.Errorf("qbft extraData vanity: %w", err)
	}
	if len(vanity) != VanityLength {
		return errVanityLength
	}
	copy(e.Vanity[:], vanity)
	if _, err := s.List(); err != nil {
		return fmt.Errorf("qbft extraData validators: %w", err)
	}
	e.Validators = nil
	for {
		b, err := s.Bytes()
		if err == rlp.EOL {
			break
		}
		if err != nil {
			return fmt.Errorf("qbft extraData validators: %w", err)
		}
		if len(b) != common.AddressLength {
			return errValidatorLength
		}
		e.Validators = append(e.Validators, common.BytesToAddress(b))
	}
	if err := s.ListEnd(); err != nil {
		return fmt.Errorf("qbft extraData validators: %w", err)
	}
	if e.Vote, err = decodeVote(s); err != nil {
		return err
	}
	if e.ParentCommit, err = decodeCommit(s); err != nil {
		return err
	}
	if err := s.ListEnd(); err != nil {
		return fmt.Errorf("qbft extraData: %w", err)
	}
	return nil
}

func decodeVote(s *rlp.Stream) (*Vote, error) {
	size, err := s.List()
	if err != nil {
		return nil, fmt.Errorf("qbft extraData vote: %w", err)
	}
	if size == 0 {
		return nil, s.ListEnd()
	}
	addr, err := s.Bytes()
	if err != nil || len(addr) != common.AddressLength {
		return nil, errVoteShape
	}
	kind, err := s.Bytes()
	if err != nil {
		return nil, errVoteShape
	}
	v := &Vote{Address: common.BytesToAddress(addr)}
	switch {
	case len(kind) == 0:
	case len(kind) == 1 && kind[0] == 0xff:
		v.Add = true
	default:
		return nil, errVoteKind
	}
	if err := s.ListEnd(); err != nil {
		return nil, errVoteShape
	}
	return v, nil
}

func decodeCommit(s *rlp.Stream) (*CommitCertificate, error) {
	size, err := s.List()
	if err != nil {
		return nil, fmt.Errorf("qbft extraData parentCommit: %w", err)
	}
	if size == 0 {
		return nil, s.ListEnd()
	}
	c := new(CommitCertificate)
	if c.Round, err = s.Uint64(); err != nil {
		return nil, errCommitShape
	}
	if _, err := s.List(); err != nil {
		return nil, errCommitShape
	}
	for {
		b, err := s.Bytes()
		if err == rlp.EOL {
			break
		}
		if err != nil {
			return nil, errCommitShape
		}
		if len(b) != SealLength {
			return nil, errSealLength
		}
		c.Seals = append(c.Seals, b)
	}
	if err := s.ListEnd(); err != nil {
		return nil, errCommitShape
	}
	if err := s.ListEnd(); err != nil {
		return nil, errCommitShape
	}
	return c, nil
}

// Encode returns the extraData bytes.
func (e *Extra) Encode() []byte {
	b, err := rlp.EncodeToBytes(e)
	if err != nil {
		panic(fmt.Sprintf("qbft: encoding extraData: %v", err)) // only writer errors, impossible here
	}
	return b
}

// DecodeExtra parses a header's extraData, rejecting trailing bytes.
func DecodeExtra(extra []byte) (*Extra, error) {
	e := new(Extra)
	if err := rlp.DecodeBytes(extra, e); err != nil {
		return nil, err
	}
	return e, nil
}

// SortAddresses sorts validators ascending by bytes, the canonical order.
func SortAddresses(addrs []common.Address) {
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
}
