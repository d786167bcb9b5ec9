package genesis

import (
	"bytes"
	"compress/gzip"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// testChain is a genesis and blocks 1..3 with commit certificates.
type testChain struct {
	genesisPath string
	blocks      []*types.Block // blocks[0] is the genesis
	validators  []common.Address
	signers     map[int][]common.Address // block number -> expected seal signers, in order
}

// sealBy returns a certificate for hash by keys, sorted by signer.
func sealBy(t *testing.T, chainID *big.Int, hash common.Hash, round uint64, keys []*ecdsa.PrivateKey) (*qbft.CommitCertificate, []common.Address) {
	t.Helper()
	signers := make([]common.Address, len(keys))
	byAddr := make(map[common.Address][]byte)
	for i, k := range keys {
		v := qbft.KeyFromECDSA(k)
		seal, err := v.SignCommitSeal(chainID, hash, round)
		if err != nil {
			t.Fatal(err)
		}
		signers[i] = v.Address()
		byAddr[v.Address()] = seal
	}
	qbft.SortAddresses(signers)
	c := &qbft.CommitCertificate{Round: round}
	for _, s := range signers {
		c.Seals = append(c.Seals, byAddr[s])
	}
	return c, signers
}

func buildTestChain(t *testing.T) testChain {
	t.Helper()
	accounts, err := DevAccounts(5)
	if err != nil {
		t.Fatal(err)
	}
	keys := []*ecdsa.PrivateKey{accounts[0].Key, accounts[1].Key, accounts[2].Key, accounts[3].Key}
	outsider := accounts[4]
	tc := testChain{signers: make(map[int][]common.Address)}
	for _, k := range keys {
		tc.validators = append(tc.validators, crypto.PubkeyToAddress(k.PublicKey))
	}
	qbft.SortAddresses(tc.validators)
	g, err := NewQBFT(QBFTOptions{ChainID: 2024, Validators: tc.validators})
	if err != nil {
		t.Fatal(err)
	}
	tc.genesisPath = filepath.Join(t.TempDir(), GenesisFile)
	if err := writeGenesisFile(tc.genesisPath, g); err != nil {
		t.Fatal(err)
	}
	chainID := g.Core.Config.ChainID
	tc.blocks = []*types.Block{g.Core.ToBlock()}
	next := func(extra qbft.Extra) {
		parent := tc.blocks[len(tc.blocks)-1]
		h := &types.Header{
			ParentHash: parent.Hash(),
			Number:     new(big.Int).Add(parent.Number(), common.Big1),
			Difficulty: new(big.Int),
			GasLimit:   parent.GasLimit(),
			Time:       parent.Time() + 1,
			BaseFee:    new(big.Int),
			Coinbase:   tc.validators[0],
			Extra:      extra.Encode(),
		}
		tc.blocks = append(tc.blocks, types.NewBlockWithHeader(h))
	}
	// Block 1: no certificate, a vote to add the outsider.
	next(qbft.Extra{Validators: tc.validators, Vote: &qbft.Vote{Address: outsider.Address, Add: true}})
	// Block 2: certifies block 1 with three of four validators in round 1.
	cert, signers := sealBy(t, chainID, tc.blocks[1].Hash(), 1, keys[:3])
	tc.signers[2] = signers
	next(qbft.Extra{Validators: tc.validators, Vote: &qbft.Vote{Address: tc.validators[3]}, ParentCommit: cert})
	// Block 3: a certificate of block 2 with one validator and the outsider: no quorum.
	cert, signers = sealBy(t, chainID, tc.blocks[2].Hash(), 0, []*ecdsa.PrivateKey{keys[3], outsider.Key})
	tc.signers[3] = signers
	next(qbft.Extra{Validators: tc.validators, ParentCommit: cert})
	return tc
}

func (tc testChain) writeBlocks(t *testing.T, gz bool) string {
	t.Helper()
	var buf bytes.Buffer
	for _, b := range tc.blocks {
		if err := rlp.Encode(&buf, b); err != nil {
			t.Fatal(err)
		}
	}
	data := buf.Bytes()
	name := "chain.rlp"
	if gz {
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write(data)
		w.Close()
		data, name = z.Bytes(), "chain.rlp.gz"
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestInspectBlocks(t *testing.T) {
	tc := buildTestChain(t)
	for _, gz := range []bool{false, true} {
		rep := inspectJSON(t, "--genesis", tc.genesisPath, tc.writeBlocks(t, gz))
		if rep.Source != sourceBlocks || rep.ChainID.Uint64() != 2024 || len(rep.Items) != len(tc.blocks) {
			t.Fatalf("report: source %s, chain id %v, %d items", rep.Source, rep.ChainID, len(rep.Items))
		}
		for i, it := range rep.Items {
			if it.Error != "" || *it.Number != uint64(i) || *it.Hash != tc.blocks[i].Hash() ||
				!sameAddresses(it.Extra.Validators, tc.validators) {
				t.Errorf("block %d: %+v", i, it)
			}
		}
		if v := rep.Items[1].Extra.Vote; v == nil || !v.Add || rep.Items[1].Extra.ParentCommit != nil {
			t.Errorf("block 1: vote %+v, parentCommit %+v", v, rep.Items[1].Extra.ParentCommit)
		}
		if v := rep.Items[2].Extra.Vote; v == nil || v.Add || v.Address != tc.validators[3] {
			t.Errorf("block 2: vote %+v, want drop %s", v, tc.validators[3])
		}

		c2 := rep.Items[2].Extra.ParentCommit
		if c2 == nil || c2.Round != 1 || c2.Quorum == nil || !*c2.Quorum {
			t.Fatalf("block 2 certificate %+v, want round 1 with quorum", c2)
		}
		c3 := rep.Items[3].Extra.ParentCommit
		if c3 == nil || c3.Round != 0 || c3.Quorum == nil || *c3.Quorum {
			t.Fatalf("block 3 certificate %+v, want round 0 without quorum", c3)
		}
		for n, c := range map[int]*inspectedCommit{2: c2, 3: c3} {
			if len(c.Seals) != len(tc.signers[n]) {
				t.Fatalf("block %d: %d seals, want %d", n, len(c.Seals), len(tc.signers[n]))
			}
			for i, s := range c.Seals {
				if s.Signer == nil || *s.Signer != tc.signers[n][i] {
					t.Errorf("block %d seal %d: signer %v, want %s", n, i, s.Signer, tc.signers[n][i])
					continue
				}
				isValidator := false
				for _, v := range tc.validators {
					isValidator = isValidator || v == *s.Signer
				}
				if s.Member == nil || *s.Member != isValidator {
					t.Errorf("block %d seal %d: member %v, want %v", n, i, s.Member, isValidator)
				}
			}
		}
	}
}

// TestInspectBlocksWithoutGenesis: --chain-id alone recovers signers; the
// committee of block 2 (V(1), in the genesis) is still known from block 0 in
// the file. Without any chain id no signer is recovered.
func TestInspectBlocksWithoutGenesis(t *testing.T) {
	tc := buildTestChain(t)
	file := tc.writeBlocks(t, false)

	rep := inspectJSON(t, "--chain-id", "2024", file)
	seals := rep.Items[2].Extra.ParentCommit.Seals
	for i, s := range seals {
		if s.Signer == nil || *s.Signer != tc.signers[2][i] {
			t.Errorf("with --chain-id: seal %d signer %v, want %s", i, s.Signer, tc.signers[2][i])
		}
	}

	rep = inspectJSON(t, file)
	if rep.ChainID != nil {
		t.Errorf("chain id %v without a source", rep.ChainID)
	}
	for i, s := range rep.Items[2].Extra.ParentCommit.Seals {
		if s.Signer != nil || s.Member != nil {
			t.Errorf("without chain id: seal %d has signer %v", i, s.Signer)
		}
	}

	// A wrong chain id recovers other addresses, which are not validators.
	rep = inspectJSON(t, "--chain-id", "1", file)
	if q := rep.Items[2].Extra.ParentCommit.Quorum; q == nil || *q {
		t.Errorf("wrong chain id still reached a quorum")
	}

	// Raw extraData with --parent-hash recovers the signers too.
	extra := "0x" + common.Bytes2Hex(tc.blocks[2].Extra())
	rep = inspectJSON(t, "--chain-id", "2024", "--parent-hash", tc.blocks[1].Hash().Hex(), extra)
	for i, s := range rep.Items[0].Extra.ParentCommit.Seals {
		if s.Signer == nil || *s.Signer != tc.signers[2][i] {
			t.Errorf("raw extraData: seal %d signer %v, want %s", i, s.Signer, tc.signers[2][i])
		}
	}

	// The text form shows the signers and flags the outsider.
	text, err := runCLI(t, "genesis", "inspect", "--genesis", tc.genesisPath, file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"round 1, 3 seals (quorum reached)", "round 0, 2 seals (NO quorum)", "NOT a validator", tc.signers[2][0].Hex()} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	if _, err := runCLI(t, "genesis", "inspect", "--genesis", tc.genesisPath, "--chain-id", "5", file); err == nil {
		t.Error("--chain-id contradicting --genesis accepted")
	}
}

func TestInspectTruncatedBlockFile(t *testing.T) {
	tc := buildTestChain(t)
	data, err := os.ReadFile(tc.writeBlocks(t, false))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cut.rlp")
	if err := os.WriteFile(path, data[:len(data)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, "genesis", "inspect", path); err == nil {
		t.Error("truncated block file accepted")
	}
}
