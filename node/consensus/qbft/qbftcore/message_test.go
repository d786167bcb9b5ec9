package qbftcore

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// codecFixture returns one signed message of every shape.
func codecFixture(t testing.TB) map[string]*Message {
	keys := testKeys(4)
	head := genesisHeader()
	b := buildBlock(head, addresses(keys)[0], simStart, 1, false)
	sign := func(i int, m *Message) *Message {
		if err := m.sign(keyOf(keys[i]), testChainID, testGenesis); err != nil {
			t.Fatal(err)
		}
		return m
	}
	var prepares, rcs []*Message
	for i := 0; i < 3; i++ {
		prepares = append(prepares, sign(i, &Message{Code: CodePrepare, Height: 1, Round: 0, Digest: b.Hash()}))
	}
	for i := 0; i < 3; i++ {
		rcs = append(rcs, sign(i, &Message{Code: CodeRoundChange, Height: 1, Round: 1, Prepared: &Prepared{0, b.Hash()}}))
	}
	seal, _ := keyOf(keys[2]).SignCommitSeal(testChainID, b.Hash(), 3)
	return map[string]*Message{
		"prepare":            sign(1, &Message{Code: CodePrepare, Height: 7, Round: 2, Digest: b.Hash()}),
		"commit":             sign(2, &Message{Code: CodeCommit, Height: 7, Round: 3, Digest: b.Hash(), CommitSeal: seal}),
		"round change":       sign(3, &Message{Code: CodeRoundChange, Height: 1, Round: 4}),
		"prepared change":    sign(3, &Message{Code: CodeRoundChange, Height: 1, Round: 1, Prepared: &Prepared{0, b.Hash()}, Block: b, Prepares: prepares}),
		"proposal":           sign(0, &Message{Code: CodeProposal, Height: 1, Round: 0, Block: b}),
		"justified proposal": sign(1, &Message{Code: CodeProposal, Height: 1, Round: 1, Block: b, RoundChanges: rcs, Prepares: prepares}),
	}
}

func TestCodecRoundTrip(t *testing.T) {
	keys := testKeys(4)
	signers := map[string]int{"prepare": 1, "commit": 2, "round change": 3, "prepared change": 3, "proposal": 0, "justified proposal": 1}
	for name, m := range codecFixture(t) {
		t.Run(name, func(t *testing.T) {
			code, payload := m.Encode()
			if code != m.Code {
				t.Fatalf("code %#x, want %#x", code, m.Code)
			}
			got, err := Decode(code, payload)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if got.Height != m.Height || got.Round != m.Round || got.Digest != m.Digest || !bytes.Equal(got.CommitSeal, m.CommitSeal) ||
				!bytes.Equal(got.Signature, m.Signature) || len(got.Prepares) != len(m.Prepares) || len(got.RoundChanges) != len(m.RoundChanges) {
				t.Fatalf("decoded %+v, want %+v", got, m)
			}
			if (got.Prepared == nil) != (m.Prepared == nil) || (got.Prepared != nil && *got.Prepared != *m.Prepared) {
				t.Fatalf("prepared %+v, want %+v", got.Prepared, m.Prepared)
			}
			if (got.Block == nil) != (m.Block == nil) || (got.Block != nil && got.Block.Hash() != m.Block.Hash()) {
				t.Fatalf("block differs")
			}
			a, err := got.author(testChainID, testGenesis)
			if err != nil || a != addresses(keys)[signers[name]] {
				t.Fatalf("author %x, %v; want %x", a, err, addresses(keys)[signers[name]])
			}
			for i, p := range got.Prepares {
				if a, err := p.author(testChainID, testGenesis); err != nil || a != addresses(keys)[i] {
					t.Fatalf("piggy-backed prepare %d by %x, %v", i, a, err)
				}
			}
			for i, rc := range got.RoundChanges {
				if a, err := rc.author(testChainID, testGenesis); err != nil || a != addresses(keys)[i] || rc.Prepared == nil {
					t.Fatalf("piggy-backed round change %d by %x, %v", i, a, err)
				}
			}
			if _, again := got.Encode(); !bytes.Equal(again, payload) {
				t.Fatalf("re-encoding differs")
			}
		})
	}
}

// TestWireShapes pins the RLP layouts of research/consensus.md §2.2.
func TestWireShapes(t *testing.T) {
	fx := codecFixture(t)
	enc := func(v any) []byte {
		b, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	p := fx["prepare"]
	c := fx["commit"]
	rc := fx["prepared change"]
	prop := fx["justified proposal"]
	signedPrepares := func(ps []*Message) []any {
		var out []any
		for _, x := range ps {
			out = append(out, []any{[]any{x.Height, x.Round, x.Digest}, x.Signature})
		}
		return out
	}
	var rcPayloads []any
	for _, x := range prop.RoundChanges {
		rcPayloads = append(rcPayloads, []any{[]any{x.Height, x.Round, []any{x.Prepared.Round, x.Prepared.Digest}}, x.Signature})
	}
	tests := []struct {
		name string
		msg  *Message
		want []byte
	}{
		{"PREPARE [[seq, r, digest], sig]", p, enc([]any{[]any{p.Height, p.Round, p.Digest}, p.Signature})},
		{"COMMIT [[seq, r, digest, seal], sig]", c, enc([]any{[]any{c.Height, c.Round, c.Digest, c.CommitSeal}, c.Signature})},
		{"ROUND_CHANGE [[[seq, r, [pr, pd]], sig], block, [prepares]]", rc,
			enc([]any{[]any{[]any{rc.Height, rc.Round, []any{rc.Prepared.Round, rc.Prepared.Digest}}, rc.Signature}, rc.Block, signedPrepares(rc.Prepares)})},
		{"ROUND_CHANGE unprepared [[[seq, r, []], sig], [], []]", fx["round change"],
			enc([]any{[]any{[]any{uint64(1), uint64(4), []any{}}, fx["round change"].Signature}, []any{}, []any{}})},
		{"PROPOSAL [[[seq, r, block], sig], [[rcs], [prepares]]]", prop,
			enc([]any{[]any{[]any{prop.Height, prop.Round, prop.Block}, prop.Signature}, []any{rcPayloads, signedPrepares(prop.Prepares)}})},
	}
	for _, tc := range tests {
		if _, got := tc.msg.Encode(); !bytes.Equal(got, tc.want) {
			t.Errorf("%s: encoding differs\n got %x\nwant %x", tc.name, got, tc.want)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	fx := codecFixture(t)
	enc := func(v any) []byte {
		b, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sig := bytes.Repeat([]byte{1}, 65)
	d := common.Hash{7}
	_, goodPrepare := fx["prepare"].Encode()
	b := fx["proposal"].Block
	hugeHeader := types.CopyHeader(b.Header())
	hugeHeader.Number = new(big.Int).Lsh(common.Big1, 64)
	huge := types.NewBlockWithHeader(hugeHeader)
	var many []any
	for i := 0; i <= MaxJustification; i++ {
		many = append(many, []any{[]any{uint64(1), uint64(0), d}, sig})
	}
	tests := []struct {
		name    string
		code    uint64
		payload []byte
		want    error
	}{
		{"unknown code", 0x11, goodPrepare, ErrUnknownCode},
		{"empty payload", CodePrepare, nil, ErrMalformed},
		{"string instead of list", CodePrepare, []byte{0x80}, ErrMalformed},
		{"trailing bytes", CodePrepare, append(append([]byte(nil), goodPrepare...), 0x00), ErrMalformed},
		{"prepare with extra field", CodePrepare, enc([]any{[]any{uint64(1), uint64(0), d, uint64(9)}, sig}), ErrMalformed},
		{"prepare with short digest", CodePrepare, enc([]any{[]any{uint64(1), uint64(0), d[:31]}, sig}), ErrMalformed},
		{"non-canonical height", CodePrepare, enc([]any{[]any{[]byte{0, 1}, uint64(0), d}, sig}), ErrMalformed},
		{"short signature", CodePrepare, enc([]any{[]any{uint64(1), uint64(0), d}, sig[:64]}), ErrSignatureLength},
		{"envelope missing signature", CodePrepare, enc([]any{[]any{uint64(1), uint64(0), d}}), ErrMalformed},
		{"short commit seal", CodeCommit, enc([]any{[]any{uint64(1), uint64(0), d, sig[:64]}, sig}), ErrSealLength},
		{"prepared with one item", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{uint64(0)}}, sig}, []any{}, []any{}}), ErrPreparedShape},
		{"prepared as a string", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []byte{}}, sig}, []any{}, []any{}}), ErrPreparedShape},
		{"prepared without block", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{uint64(0), d}}, sig}, []any{}, []any{}}), ErrPreparedBlock},
		{"block without prepared", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{}}, sig}, b, []any{}}), ErrPreparedBlock},
		{"prepares without prepared", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{}}, sig}, []any{}, many[:1]}), ErrPreparesWithout},
		{"undecodable prepared block", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{uint64(0), d}}, sig}, []any{uint64(1)}, []any{}}), ErrBadBlock},
		{"bad piggy-backed prepare", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{uint64(0), d}}, sig}, b, []any{[]any{[]any{uint64(1), uint64(0), d}, sig[:3]}}}), ErrSignatureLength},
		{"round-change without prepares list", CodeRoundChange, enc([]any{[]any{[]any{uint64(1), uint64(1), []any{}}, sig}, []any{}}), ErrMalformed},
		{"proposal block not a block", CodeProposal, enc([]any{[]any{[]any{uint64(1), uint64(0), []byte{1, 2}}, sig}, []any{[]any{}, []any{}}}), ErrBadBlock},
		{"proposal number beyond 64 bits", CodeProposal, enc([]any{[]any{[]any{uint64(1), uint64(0), huge}, sig}, []any{[]any{}, []any{}}}), ErrHeightOverflow},
		{"round-0 proposal with justification", CodeProposal, enc([]any{[]any{[]any{uint64(1), uint64(0), b}, sig}, []any{[]any{}, many[:1]}}), ErrJustificationKind},
		{"too many piggy-backed prepares", CodeProposal, enc([]any{[]any{[]any{uint64(1), uint64(1), b}, sig}, []any{[]any{}, many}}), ErrTooManyItems},
		{"proposal without justification", CodeProposal, enc([]any{[]any{[]any{uint64(1), uint64(0), b}, sig}}), ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Decode(tc.code, tc.payload)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Decode = %v, %v; want error %v", m, err, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, m := range codecFixture(f) {
		code, payload := m.Encode()
		f.Add(uint8(code-CodeProposal), payload)
		f.Add(uint8(code-CodeProposal), payload[:len(payload)/2])
	}
	f.Add(uint8(0), []byte{0xc0})
	f.Add(uint8(3), []byte{0xc3, 0xc0, 0xc0, 0xc0})
	f.Fuzz(func(t *testing.T, c uint8, payload []byte) {
		code := CodeProposal + uint64(c%5) // 0x16 is unknown
		m, err := Decode(code, payload)
		if err != nil {
			if m != nil {
				t.Fatalf("message and error both returned")
			}
			return
		}
		code2, payload2 := m.Encode()
		m2, err := Decode(code2, payload2)
		if err != nil {
			t.Fatalf("re-encoded message does not decode: %v", err)
		}
		if m2.Height != m.Height || m2.Round != m.Round || m2.Code != m.Code || m2.digest() != m.digest() {
			t.Fatalf("round trip changed the message: %v → %v", m, m2)
		}
		if _, payload3 := m2.Encode(); !bytes.Equal(payload2, payload3) {
			t.Fatalf("encoding not stable after one round trip")
		}
	})
}

func keyOf(k *ecdsa.PrivateKey) qbft.ValidatorKey { return qbft.KeyFromECDSA(k) }
