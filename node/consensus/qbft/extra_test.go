package qbft

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

var update = flag.Bool("update", false, "regenerate testdata/extra_vectors.json")

const vectorsFile = "testdata/extra_vectors.json"

// vectorKey is a fixed key for reproducible vectors.
func vectorKey(t testing.TB, i int) ValidatorKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("xiangchain qbft test key %d", i))))
	if err != nil {
		t.Fatal(err)
	}
	return KeyFromECDSA(k)
}

// extraVector is one checked-in extraData test vector: the encoding and the
// fields it decodes to. CommitFor, when present, says what the seals sign, so
// the vector also pins the commit-seal digest.
type extraVector struct {
	Name         string           `json:"name"`
	ExtraData    hexutil.Bytes    `json:"extraData"`
	Vanity       hexutil.Bytes    `json:"vanity"`
	Validators   []common.Address `json:"validators"`
	Vote         *vectorVote      `json:"vote"`
	ParentCommit *vectorCommit    `json:"parentCommit"`
	CommitFor    *vectorSigned    `json:"commitFor,omitempty"`
}

type vectorVote struct {
	Address common.Address `json:"address"`
	Add     bool           `json:"add"`
}

type vectorCommit struct {
	Round uint64          `json:"round"`
	Seals []hexutil.Bytes `json:"seals"`
}

type vectorSigned struct {
	ChainID   uint64           `json:"chainId"`
	BlockHash common.Hash      `json:"blockHash"`
	Signers   []common.Address `json:"signers"`
}

// buildVectors makes the vectors from fixed keys. It runs only with -update.
func buildVectors(t *testing.T) []extraVector {
	var keys []ValidatorKey
	var validators []common.Address
	for i := range 4 {
		keys = append(keys, vectorKey(t, i))
		validators = append(validators, keys[i].Address())
	}
	SortAddresses(validators)
	byAddr := make(map[common.Address]ValidatorKey)
	for _, k := range keys {
		byAddr[k.Address()] = k
	}
	outsider := vectorKey(t, 4).Address()
	chainID := big.NewInt(1337)
	blockHash := crypto.Keccak256Hash([]byte("xiangchain qbft vector block"))
	commit := func(round uint64, signers []common.Address) (*CommitCertificate, *vectorSigned) {
		c := &CommitCertificate{Round: round}
		for _, s := range signers {
			seal, err := byAddr[s].SignCommitSeal(chainID, blockHash, round)
			if err != nil {
				t.Fatal(err)
			}
			c.Seals = append(c.Seals, seal)
		}
		return c, &vectorSigned{ChainID: chainID.Uint64(), BlockHash: blockHash, Signers: signers}
	}
	settings := crypto.Keccak256Hash([]byte("xiangchain qbft vector settings"))
	cert2, for2 := commit(2, validators[:3])
	cert0, for0 := commit(0, validators[1:])

	extras := []struct {
		name string
		e    Extra
		f    *vectorSigned
	}{
		{"genesis", Extra{Vanity: settings, Validators: validators}, nil},
		{"vote to add", Extra{Validators: validators, Vote: &Vote{Address: outsider, Add: true}}, nil},
		{"vote to drop", Extra{Validators: validators, Vote: &Vote{Address: validators[2]}}, nil},
		{"parent commit, round 2", Extra{Validators: validators, ParentCommit: cert2}, for2},
		{"vote and parent commit", Extra{Validators: validators, Vote: &Vote{Address: outsider, Add: true}, ParentCommit: cert0}, for0},
	}
	var out []extraVector
	for _, x := range extras {
		v := extraVector{Name: x.name, ExtraData: x.e.Encode(), Vanity: x.e.Vanity[:], Validators: x.e.Validators, CommitFor: x.f}
		if x.e.Vote != nil {
			v.Vote = &vectorVote{Address: x.e.Vote.Address, Add: x.e.Vote.Add}
		}
		if c := x.e.ParentCommit; c != nil {
			v.ParentCommit = &vectorCommit{Round: c.Round}
			for _, s := range c.Seals {
				v.ParentCommit.Seals = append(v.ParentCommit.Seals, s)
			}
		}
		out = append(out, v)
	}
	return out
}

// TestExtraVectors decodes each checked-in vector, compares the fields, and
// re-encodes it byte for byte. Run with -update to regenerate the file.
func TestExtraVectors(t *testing.T) {
	if *update {
		b, err := json.MarshalIndent(buildVectors(t), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(vectorsFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	var vectors []extraVector
	if err := json.Unmarshal(b, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatal("no vectors")
	}
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			e, err := DecodeExtra(v.ExtraData)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if !bytes.Equal(e.Vanity[:], v.Vanity) {
				t.Errorf("vanity %x, want %x", e.Vanity, []byte(v.Vanity))
			}
			if !reflect.DeepEqual(e.Validators, v.Validators) {
				t.Errorf("validators %v, want %v", e.Validators, v.Validators)
			}
			switch {
			case (e.Vote == nil) != (v.Vote == nil):
				t.Errorf("vote %+v, want %+v", e.Vote, v.Vote)
			case e.Vote != nil && (e.Vote.Address != v.Vote.Address || e.Vote.Add != v.Vote.Add):
				t.Errorf("vote %+v, want %+v", e.Vote, v.Vote)
			}
			switch {
			case (e.ParentCommit == nil) != (v.ParentCommit == nil):
				t.Fatalf("parentCommit %+v, want %+v", e.ParentCommit, v.ParentCommit)
			case e.ParentCommit != nil:
				if e.ParentCommit.Round != v.ParentCommit.Round || len(e.ParentCommit.Seals) != len(v.ParentCommit.Seals) {
					t.Fatalf("parentCommit round %d with %d seals, want %d with %d", e.ParentCommit.Round, len(e.ParentCommit.Seals), v.ParentCommit.Round, len(v.ParentCommit.Seals))
				}
				for i, s := range e.ParentCommit.Seals {
					if !bytes.Equal(s, v.ParentCommit.Seals[i]) {
						t.Errorf("seal %d %x, want %x", i, s, []byte(v.ParentCommit.Seals[i]))
					}
				}
			}
			if got := e.Encode(); !bytes.Equal(got, v.ExtraData) {
				t.Errorf("re-encoded %x, want %x", got, []byte(v.ExtraData))
			}
			if f := v.CommitFor; f != nil {
				digest := CommitSealHash(new(big.Int).SetUint64(f.ChainID), f.BlockHash, e.ParentCommit.Round)
				for i, s := range e.ParentCommit.Seals {
					signer, err := RecoverSigner(digest, s)
					if err != nil || signer != f.Signers[i] {
						t.Errorf("seal %d recovers to %s (%v), want %s", i, signer, err, f.Signers[i])
					}
				}
			}
		})
	}
}

func TestExtraRoundTrip(t *testing.T) {
	a := common.HexToAddress("0x1111111111111111111111111111111111111111")
	b := common.HexToAddress("0x2222222222222222222222222222222222222222")
	seal := bytes.Repeat([]byte{0x33}, SealLength)
	tests := []Extra{
		{},
		{Vanity: [32]byte{1, 2, 3}, Validators: []common.Address{a, b}},
		{Validators: []common.Address{a}, Vote: &Vote{Address: b, Add: true}},
		{Validators: []common.Address{a}, Vote: &Vote{Address: a}},
		{Validators: []common.Address{a, b}, ParentCommit: &CommitCertificate{Round: 0}},
		{Validators: []common.Address{a, b}, ParentCommit: &CommitCertificate{Round: 1 << 40, Seals: [][]byte{seal, seal}}},
		{Validators: []common.Address{b}, Vote: &Vote{Address: a, Add: true}, ParentCommit: &CommitCertificate{Round: 3, Seals: [][]byte{seal}}},
	}
	for i, want := range tests {
		got, err := DecodeExtra(want.Encode())
		if err != nil {
			t.Fatalf("case %d: decode: %v", i, err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("case %d: round trip\n got %+v\nwant %+v", i, got, want)
		}
	}
	for i, c := range []*CommitCertificate{nil, {Round: 9, Seals: [][]byte{seal}}} {
		got, err := DecodeCommit(EncodeCommit(c))
		if err != nil || !reflect.DeepEqual(got, c) {
			t.Errorf("certificate %d: round trip %+v, %v; want %+v", i, got, err, c)
		}
	}
}

func TestExtraRejects(t *testing.T) {
	vanity := make([]byte, VanityLength)
	addr := make([]byte, common.AddressLength)
	seal := make([]byte, SealLength)
	enc := func(items ...any) []byte {
		b, err := rlp.EncodeToBytes(items)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	none := []any{}
	tests := []struct {
		name  string
		input []byte
		want  error // nil: any error
	}{
		{"empty input", nil, nil},
		{"not a list", []byte{0x80}, nil},
		{"besu five-item layout", enc(vanity, none, none, uint64(0), none), nil},
		{"three items", enc(vanity, none, none), nil},
		{"trailing bytes", append(enc(vanity, none, none, none), 0xc0), nil},
		{"short vanity", enc(vanity[:31], none, none, none), errVanityLength},
		{"vanity as a list", enc(none, none, none, none), nil},
		{"short validator", enc(vanity, []any{addr[:19]}, none, none), errValidatorLength},
		{"vote without kind", enc(vanity, none, []any{addr}, none), errVoteShape},
		{"vote with a short address", enc(vanity, none, []any{addr[:19], []byte{0xff}}, none), errVoteShape},
		{"vote with three items", enc(vanity, none, []any{addr, []byte{0xff}, []byte{}}, none), errVoteShape},
		{"vote kind 0x01", enc(vanity, none, []any{addr, []byte{0x01}}, none), errVoteKind},
		{"vote kind 0x00", enc(vanity, none, []any{addr, []byte{0x00}}, none), errVoteKind},
		{"vote kind 0xffff", enc(vanity, none, []any{addr, []byte{0xff, 0xff}}, none), errVoteKind},
		{"commit without seals", enc(vanity, none, none, []any{uint64(1)}), errCommitShape},
		{"commit round with a leading zero", enc(vanity, none, none, []any{rlp.RawValue{0x82, 0x00, 0x01}, none}), errCommitShape},
		{"commit with a short seal", enc(vanity, none, none, []any{uint64(0), []any{seal[:64]}}), errSealLength},
		{"commit with a long seal", enc(vanity, none, none, []any{uint64(0), []any{append(seal, 0)}}), errSealLength},
		{"commit with three items", enc(vanity, none, none, []any{uint64(0), none, none}), errCommitShape},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeExtra(tc.input)
			if err == nil {
				t.Fatal("accepted")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := DecodeCommit(append(EncodeCommit(nil), 0xc0)); !errors.Is(err, errExtraTrailing) {
		t.Errorf("DecodeCommit with trailing bytes: got %v", err)
	}
}
