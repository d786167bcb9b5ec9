package qbftcore

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Message codes, relative to the consensus protocol's offset (Besu QbftV1).
const (
	CodeProposal    uint64 = 0x12
	CodePrepare     uint64 = 0x13
	CodeCommit      uint64 = 0x14
	CodeRoundChange uint64 = 0x15
)

// MaxJustification bounds each piggy-backed list (prepares, round changes) a
// message may carry; larger lists are rejected when decoding.
const MaxJustification = 1024

// Errors returned by Decode.
var (
	ErrUnknownCode       = errors.New("qbft message: unknown code")
	ErrMalformed         = errors.New("qbft message: malformed RLP")
	ErrPreparedShape     = errors.New("qbft message: prepared must be [] or [round, digest]")
	ErrPreparedBlock     = errors.New("qbft message: prepared block must be present exactly when prepared is set")
	ErrPreparesWithout   = errors.New("qbft message: prepares without a prepared round")
	ErrTooManyItems      = errors.New("qbft message: too many piggy-backed items")
	ErrBadBlock          = errors.New("qbft message: undecodable block")
	ErrSealLength        = errors.New("qbft message: commit seal must be 65 bytes")
	ErrSignatureLength   = errors.New("qbft message: signature must be 65 bytes")
	ErrHeightOverflow    = errors.New("qbft message: block number does not fit in 64 bits")
	ErrJustificationKind = errors.New("qbft message: justification is only allowed in a proposal for round > 0")
)

// Prepared is the prepared-round metadata of a ROUND_CHANGE: the node held a
// prepared certificate (a proposal and Q PREPAREs) for Digest at Round.
type Prepared struct {
	Round  uint64
	Digest common.Hash
}

// Message is one signed QBFT message. Which fields are set depends on Code:
//
//   - PROPOSAL:     Height, Round, Block; at Round > 0 the justification
//     RoundChanges (signed ROUND_CHANGE payloads for (Height, Round), without
//     blocks or prepares) and, when re-proposing, Prepares (the PREPAREs of the
//     highest prepared round).
//   - PREPARE:      Height, Round, Digest (the proposed block's hash).
//   - COMMIT:       Height, Round, Digest, CommitSeal.
//   - ROUND_CHANGE: Height, Round (the target round), and if the sender holds a
//     prepared certificate: Prepared, Block (the prepared block) and Prepares.
//
// Every message carries Signature over qbft.MessageHash(chainID, genesis,
// Code, signed payload). A decoded Message keeps the signed bytes it arrived
// with; treat its fields as read-only.
type Message struct {
	Code   uint64
	Height uint64
	Round  uint64

	Digest     common.Hash
	CommitSeal []byte
	Prepared   *Prepared
	Block      *types.Block

	Prepares     []*Message
	RoundChanges []*Message

	Signature []byte

	signed []byte // RLP of the signed payload, as received or as signed
}

// Wire shapes (research/consensus.md §2.2, the 3-item forms without BAL).
type (
	signedWire struct {
		Payload   rlp.RawValue
		Signature []byte
	}
	prepareData struct {
		Height uint64
		Round  uint64
		Digest common.Hash
	}
	commitData struct {
		Height uint64
		Round  uint64
		Digest common.Hash
		Seal   []byte
	}
	roundChangeData struct {
		Height   uint64
		Round    uint64
		Prepared rlp.RawValue // [] or [round, digest]
	}
	proposalData struct {
		Height uint64
		Round  uint64
		Block  rlp.RawValue
	}
	roundChangeWire struct {
		Signed   signedWire
		Block    rlp.RawValue // block, or 0xc0 when not prepared
		Prepares []signedWire
	}
	justificationWire struct {
		RoundChanges []signedWire
		Prepares     []signedWire
	}
	proposalWire struct {
		Signed        signedWire
		Justification justificationWire
	}
)

// emptyList is the RLP of [] (an absent prepared block or prepared metadata).
var emptyList = []byte{0xc0}

func mustEncode(v any) []byte {
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		panic(fmt.Sprintf("qbft message: encoding: %v", err)) // only writer errors, impossible here
	}
	return b
}

func encodePrepared(p *Prepared) []byte {
	if p == nil {
		return emptyList
	}
	return mustEncode([]any{p.Round, p.Digest})
}

// signedPayload returns the RLP of the part of m its signature covers.
func (m *Message) signedPayload() []byte {
	if m.signed != nil {
		return m.signed
	}
	switch m.Code {
	case CodePrepare:
		return mustEncode(&prepareData{m.Height, m.Round, m.Digest})
	case CodeCommit:
		return mustEncode(&commitData{m.Height, m.Round, m.Digest, m.CommitSeal})
	case CodeRoundChange:
		return mustEncode(&roundChangeData{m.Height, m.Round, encodePrepared(m.Prepared)})
	case CodeProposal:
		return mustEncode(&proposalData{m.Height, m.Round, mustEncode(m.Block)})
	}
	panic(fmt.Sprintf("qbft message: unknown code %#x", m.Code))
}

func (m *Message) signedWire() signedWire {
	return signedWire{Payload: m.signedPayload(), Signature: m.Signature}
}

func signedWires(msgs []*Message) []signedWire {
	out := make([]signedWire, len(msgs))
	for i, p := range msgs {
		out[i] = p.signedWire()
	}
	return out
}

// Encode returns the devp2p message code and payload of m. It panics if
// m.Code is not one of the four message codes (a programming error: Decode
// never produces such a message).
func (m *Message) Encode() (code uint64, payload []byte) {
	switch m.Code {
	case CodePrepare, CodeCommit:
		return m.Code, mustEncode(m.signedWire())
	case CodeRoundChange:
		block := rlp.RawValue(emptyList)
		if m.Block != nil {
			block = mustEncode(m.Block)
		}
		return m.Code, mustEncode(&roundChangeWire{m.signedWire(), block, signedWires(m.Prepares)})
	case CodeProposal:
		return m.Code, mustEncode(&proposalWire{m.signedWire(), justificationWire{signedWires(m.RoundChanges), signedWires(m.Prepares)}})
	}
	panic(fmt.Sprintf("qbft message: unknown code %#x", m.Code))
}

// Decode parses a devp2p consensus message. It checks the structure only:
// signatures, membership, height and round are checked by Core.Step.
func Decode(code uint64, payload []byte) (*Message, error) {
	switch code {
	case CodePrepare, CodeCommit:
		var w signedWire
		if err := rlp.DecodeBytes(payload, &w); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		return decodeSigned(code, w)
	case CodeRoundChange:
		return decodeRoundChange(payload)
	case CodeProposal:
		return decodeProposal(payload)
	}
	return nil, fmt.Errorf("%w %#x", ErrUnknownCode, code)
}

// decodeSigned decodes the signed part of a message: for ROUND_CHANGE and
// PROPOSAL only the payload fields, not the unsigned wrapper.
func decodeSigned(code uint64, w signedWire) (*Message, error) {
	if len(w.Signature) != qbft.SealLength {
		return nil, ErrSignatureLength
	}
	m := &Message{Code: code, Signature: w.Signature, signed: w.Payload}
	switch code {
	case CodePrepare:
		var d prepareData
		if err := rlp.DecodeBytes(w.Payload, &d); err != nil {
			return nil, fmt.Errorf("%w: prepare payload: %w", ErrMalformed, err)
		}
		m.Height, m.Round, m.Digest = d.Height, d.Round, d.Digest
	case CodeCommit:
		var d commitData
		if err := rlp.DecodeBytes(w.Payload, &d); err != nil {
			return nil, fmt.Errorf("%w: commit payload: %w", ErrMalformed, err)
		}
		if len(d.Seal) != qbft.SealLength {
			return nil, ErrSealLength
		}
		m.Height, m.Round, m.Digest, m.CommitSeal = d.Height, d.Round, d.Digest, d.Seal
	case CodeRoundChange:
		var d roundChangeData
		if err := rlp.DecodeBytes(w.Payload, &d); err != nil {
			return nil, fmt.Errorf("%w: round-change payload: %w", ErrMalformed, err)
		}
		m.Height, m.Round = d.Height, d.Round
		p, err := decodePrepared(d.Prepared)
		if err != nil {
			return nil, err
		}
		m.Prepared = p
	case CodeProposal:
		var d proposalData
		if err := rlp.DecodeBytes(w.Payload, &d); err != nil {
			return nil, fmt.Errorf("%w: proposal payload: %w", ErrMalformed, err)
		}
		block, err := decodeBlock(d.Block)
		if err != nil {
			return nil, err
		}
		m.Height, m.Round, m.Block = d.Height, d.Round, block
	}
	return m, nil
}

func decodePrepared(raw []byte) (*Prepared, error) {
	if bytes.Equal(raw, emptyList) {
		return nil, nil
	}
	var p Prepared
	if err := rlp.DecodeBytes(raw, &p); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPreparedShape, err)
	}
	return &p, nil
}

func decodeBlock(raw []byte) (*types.Block, error) {
	block := new(types.Block)
	if err := rlp.DecodeBytes(raw, block); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadBlock, err)
	}
	if !block.Number().IsUint64() {
		return nil, ErrHeightOverflow
	}
	return block, nil
}

func decodeList(code uint64, ws []signedWire) ([]*Message, error) {
	if len(ws) > MaxJustification {
		return nil, ErrTooManyItems
	}
	var out []*Message
	for i, w := range ws {
		m, err := decodeSigned(code, w)
		if err != nil {
			return nil, fmt.Errorf("piggy-backed item %d: %w", i, err)
		}
		out = append(out, m)
	}
	return out, nil
}

func decodeRoundChange(payload []byte) (*Message, error) {
	var w roundChangeWire
	if err := rlp.DecodeBytes(payload, &w); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	m, err := decodeSigned(CodeRoundChange, w.Signed)
	if err != nil {
		return nil, err
	}
	hasBlock := !bytes.Equal(w.Block, emptyList)
	if hasBlock != (m.Prepared != nil) {
		return nil, ErrPreparedBlock
	}
	if m.Prepared == nil && len(w.Prepares) > 0 {
		return nil, ErrPreparesWithout
	}
	if hasBlock {
		if m.Block, err = decodeBlock(w.Block); err != nil {
			return nil, err
		}
	}
	if m.Prepares, err = decodeList(CodePrepare, w.Prepares); err != nil {
		return nil, err
	}
	return m, nil
}

func decodeProposal(payload []byte) (*Message, error) {
	var w proposalWire
	if err := rlp.DecodeBytes(payload, &w); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	m, err := decodeSigned(CodeProposal, w.Signed)
	if err != nil {
		return nil, err
	}
	if m.RoundChanges, err = decodeList(CodeRoundChange, w.Justification.RoundChanges); err != nil {
		return nil, err
	}
	if m.Prepares, err = decodeList(CodePrepare, w.Justification.Prepares); err != nil {
		return nil, err
	}
	if m.Round == 0 && (len(m.RoundChanges) > 0 || len(m.Prepares) > 0) {
		return nil, ErrJustificationKind
	}
	return m, nil
}

// sign fills m.Signature (and the signed bytes) with key's signature.
func (m *Message) sign(key qbft.ValidatorKey, chainID *big.Int, genesis common.Hash) error {
	m.signed = nil
	payload := m.signedPayload()
	sig, err := key.SignMessage(chainID, genesis, m.Code, payload)
	if err != nil {
		return fmt.Errorf("signing qbft message %#x: %w", m.Code, err)
	}
	m.signed, m.Signature = payload, sig
	return nil
}

// author recovers the address that signed m.
func (m *Message) author(chainID *big.Int, genesis common.Hash) (common.Address, error) {
	h := qbft.MessageHash(chainID, genesis, m.Code, m.signedPayload())
	return qbft.RecoverSigner(h, m.Signature)
}

// digest is the value a message is about: the block hash of a proposal, the
// Digest of a PREPARE or COMMIT.
func (m *Message) digest() common.Hash {
	if m.Code == CodeProposal && m.Block != nil {
		return m.Block.Hash()
	}
	return m.Digest
}

// withoutAttachments returns the signed ROUND_CHANGE payload of m, without
// the prepared block and prepares, as piggy-backed in a proposal.
func (m *Message) withoutAttachments() *Message {
	return &Message{Code: m.Code, Height: m.Height, Round: m.Round, Prepared: m.Prepared, Signature: m.Signature, signed: m.signed}
}

func (m *Message) String() string {
	names := map[uint64]string{CodeProposal: "PROPOSAL", CodePrepare: "PREPARE", CodeCommit: "COMMIT", CodeRoundChange: "ROUND_CHANGE"}
	name, ok := names[m.Code]
	if !ok {
		name = fmt.Sprintf("code %#x", m.Code)
	}
	return fmt.Sprintf("%s(h=%d r=%d %x)", name, m.Height, m.Round, m.digest().Bytes()[:4])
}
