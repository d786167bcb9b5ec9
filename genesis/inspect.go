package genesis

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Sources an inspect report can describe.
const (
	sourceGenesis = "genesis"
	sourceExtra   = "extraData"
	sourceBlocks  = "blocks"
)

// inspectReport is the output of `xiang genesis inspect` (its --json form).
type inspectReport struct {
	Source  string          `json:"source"`
	ChainID *big.Int        `json:"chainId,omitempty"`
	Items   []inspectedItem `json:"items"`
}

// inspectedItem is one decoded extraData: of the genesis, of a block, or given raw.
type inspectedItem struct {
	Number     *uint64         `json:"number,omitempty"`
	Hash       *common.Hash    `json:"hash,omitempty"`
	ParentHash *common.Hash    `json:"parentHash,omitempty"`
	Error      string          `json:"error,omitempty"`
	Extra      *inspectedExtra `json:"extra,omitempty"`
}

type inspectedExtra struct {
	Vanity hexutil.Bytes `json:"vanity"`
	// VanityIsSettingsHash is set for a genesis: whether the vanity binds
	// its consensus settings.
	VanityIsSettingsHash *bool            `json:"vanityIsSettingsHash,omitempty"`
	Validators           []common.Address `json:"validators"`
	Vote                 *inspectedVote   `json:"vote"`
	ParentCommit         *inspectedCommit `json:"parentCommit"`
}

type inspectedVote struct {
	Address common.Address `json:"address"`
	Add     bool           `json:"add"`
}

type inspectedCommit struct {
	Round uint64          `json:"round"`
	Seals []inspectedSeal `json:"seals"`
	// Quorum is set when the validators of the committed block are known:
	// whether the seals come from at least Q of them, distinct.
	Quorum *bool `json:"quorum,omitempty"`
}

type inspectedSeal struct {
	Seal   hexutil.Bytes   `json:"seal"`
	Signer *common.Address `json:"signer,omitempty"`
	Error  string          `json:"error,omitempty"`
	// Member is set when the validators of the committed block are known.
	Member *bool `json:"member,omitempty"`
}

// sealContext is what recovering seal signers needs. A nil field means unknown.
type sealContext struct {
	chainID    *big.Int
	parentHash *common.Hash     // the block the parentCommit certifies
	committee  []common.Address // V(parent): who may seal it
}

// inspectExtra decodes extraData and, as far as ctx allows, recovers and
// checks the parentCommit seal signers.
func inspectExtra(extra []byte, ctx sealContext) (*inspectedExtra, error) {
	e, err := qbft.DecodeExtra(extra)
	if err != nil {
		return nil, err
	}
	out := &inspectedExtra{
		Vanity:     e.Vanity[:],
		Validators: append([]common.Address{}, e.Validators...),
	}
	if e.Vote != nil {
		out.Vote = &inspectedVote{Address: e.Vote.Address, Add: e.Vote.Add}
	}
	if e.ParentCommit == nil {
		return out, nil
	}
	c := &inspectedCommit{Round: e.ParentCommit.Round, Seals: make([]inspectedSeal, len(e.ParentCommit.Seals))}
	members := make(map[common.Address]bool, len(ctx.committee))
	for _, v := range ctx.committee {
		members[v] = true
	}
	signed := make(map[common.Address]bool)
	for i, seal := range e.ParentCommit.Seals {
		s := inspectedSeal{Seal: seal}
		if ctx.chainID != nil && ctx.parentHash != nil {
			signer, err := qbft.RecoverSigner(qbft.CommitSealHash(ctx.chainID, *ctx.parentHash, c.Round), seal)
			if err != nil {
				s.Error = err.Error()
			} else {
				s.Signer = &signer
				if ctx.committee != nil {
					member := members[signer]
					s.Member = &member
					if member {
						signed[signer] = true
					}
				}
			}
		}
		c.Seals[i] = s
	}
	if ctx.chainID != nil && ctx.parentHash != nil && ctx.committee != nil {
		quorum := len(signed) >= qbft.Quorum(len(ctx.committee))
		c.Quorum = &quorum
	}
	out.ParentCommit = c
	return out, nil
}

// inspectGenesis reports a genesis's extraData and hash.
func inspectGenesis(g *Genesis) inspectReport {
	rep := inspectReport{Source: sourceGenesis, ChainID: g.Core.Config.ChainID}
	block := g.Core.ToBlock()
	hash, number := block.Hash(), uint64(0)
	item := inspectedItem{Number: &number, Hash: &hash}
	extra, err := inspectExtra(g.Core.ExtraData, sealContext{chainID: rep.ChainID})
	if err != nil {
		item.Error = err.Error()
	} else {
		match := common.BytesToHash(extra.Vanity) == g.SettingsHash()
		extra.VanityIsSettingsHash = &match
		item.Extra = extra
	}
	rep.Items = []inspectedItem{item}
	return rep
}

// inspectRawExtra reports one raw extraData; seal signers are recovered
// only when the chain id and the certified block's hash are given.
func inspectRawExtra(extra []byte, chainID *big.Int, parentHash *common.Hash) inspectReport {
	rep := inspectReport{Source: sourceExtra, ChainID: chainID}
	item := inspectedItem{ParentHash: parentHash}
	var err error
	if item.Extra, err = inspectExtra(extra, sealContext{chainID: chainID, parentHash: parentHash}); err != nil {
		item.Error = err.Error()
	}
	rep.Items = []inspectedItem{item}
	return rep
}

// inspectBlocks reports every block of an RLP block stream (as `xiang
// export` writes it). genesis, when known, supplies V(1) for checking the
// seals in block 2; later committees come from the blocks read so far.
func inspectBlocks(r io.Reader, chainID *big.Int, genesis *types.Header) (inspectReport, error) {
	rep := inspectReport{Source: sourceBlocks, ChainID: chainID, Items: []inspectedItem{}}
	headers := make(map[common.Hash]*types.Header)
	if genesis != nil {
		headers[genesis.Hash()] = genesis
	}
	stream := rlp.NewStream(r, 0)
	for {
		var block types.Block
		if err := stream.Decode(&block); err == io.EOF {
			return rep, nil
		} else if err != nil {
			return rep, fmt.Errorf("block %d of the file: %w", len(rep.Items), err)
		}
		header := block.Header()
		hash, number, parentHash := header.Hash(), header.Number.Uint64(), header.ParentHash
		headers[hash] = header
		item := inspectedItem{Number: &number, Hash: &hash, ParentHash: &parentHash}
		ctx := sealContext{chainID: chainID, parentHash: &parentHash}
		// The parentCommit certifies the parent, whose validators are listed
		// in the grandparent's extraData.
		if parent := headers[parentHash]; parent != nil && number >= 2 {
			if grand := headers[parent.ParentHash]; grand != nil {
				if e, err := qbft.DecodeExtra(grand.Extra); err == nil {
					ctx.committee = e.Validators
				}
			}
		}
		var err error
		if item.Extra, err = inspectExtra(header.Extra, ctx); err != nil {
			item.Error = err.Error()
		}
		rep.Items = append(rep.Items, item)
	}
}

// Kinds of input `inspect` recognises.
const (
	inputGenesis = iota
	inputHex
	inputBlocks
)

var errEmptyInput = errors.New("genesis inspect: empty input")

// readInspectInput reads the argument of `inspect`: a file (genesis.json,
// hex extraData, RLP blocks, gzipped RLP blocks) or, when no such file
// exists, a 0x-prefixed hex string.
func readInspectInput(arg string) (int, []byte, error) {
	data, err := os.ReadFile(arg)
	if err != nil {
		if strings.HasPrefix(arg, "0x") || strings.HasPrefix(arg, "0X") {
			b, herr := decodeHex(arg)
			if herr != nil {
				return 0, nil, herr
			}
			return inputHex, b, nil
		}
		return 0, nil, fmt.Errorf("genesis inspect: %w", err)
	}
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return 0, nil, fmt.Errorf("genesis inspect: %w", err)
		}
		if data, err = io.ReadAll(bufio.NewReader(zr)); err != nil {
			return 0, nil, fmt.Errorf("genesis inspect: decompressing: %w", err)
		}
	}
	text := bytes.TrimSpace(data)
	switch {
	case len(text) == 0:
		return 0, nil, errEmptyInput
	case text[0] == '{':
		return inputGenesis, data, nil
	case isHexText(text):
		b, err := decodeHex(string(text))
		if err != nil {
			return 0, nil, err
		}
		return inputHex, b, nil
	}
	return inputBlocks, data, nil
}

func isHexText(b []byte) bool {
	if len(b) >= 2 && b[0] == '0' && (b[1] == 'x' || b[1] == 'X') {
		b = b[2:]
	}
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func decodeHex(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("genesis inspect: bad hex extraData: %w", err)
	}
	return b, nil
}

// decodeGenesisJSON decodes a genesis without validating it, so that a
// broken genesis can still be inspected.
func decodeGenesisJSON(data []byte) (*Genesis, error) {
	g := new(Genesis)
	if err := json.Unmarshal(data, g); err != nil {
		return nil, err
	}
	if g.Core.Config == nil || g.Core.Config.ChainID == nil {
		return nil, errors.New("genesis inspect: genesis has no config.chainId")
	}
	return g, nil
}

// printReport writes the human-readable form of rep.
func printReport(w io.Writer, rep inspectReport) {
	if rep.ChainID != nil {
		fmt.Fprintf(w, "source: %s, chain id %v\n", rep.Source, rep.ChainID)
	} else {
		fmt.Fprintf(w, "source: %s, chain id unknown (seal signers not recovered; pass --chain-id or --genesis)\n", rep.Source)
	}
	for _, it := range rep.Items {
		fmt.Fprintln(w)
		switch {
		case it.Number != nil:
			fmt.Fprintf(w, "block %d  hash %s\n", *it.Number, it.Hash.Hex())
		default:
			fmt.Fprintln(w, "extraData")
		}
		if it.ParentHash != nil {
			fmt.Fprintf(w, "  parent        %s\n", it.ParentHash.Hex())
		}
		if it.Error != "" {
			fmt.Fprintf(w, "  error         %s\n", it.Error)
			continue
		}
		e := it.Extra
		fmt.Fprintf(w, "  vanity        %s", e.Vanity)
		if e.VanityIsSettingsHash != nil {
			if *e.VanityIsSettingsHash {
				fmt.Fprint(w, " (matches the consensus settings hash)")
			} else {
				fmt.Fprint(w, " (DOES NOT match the consensus settings hash)")
			}
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  validators    %d\n", len(e.Validators))
		for _, v := range e.Validators {
			fmt.Fprintf(w, "                %s\n", v.Hex())
		}
		switch {
		case e.Vote == nil:
			fmt.Fprintln(w, "  vote          none")
		case e.Vote.Add:
			fmt.Fprintf(w, "  vote          add %s\n", e.Vote.Address.Hex())
		default:
			fmt.Fprintf(w, "  vote          drop %s\n", e.Vote.Address.Hex())
		}
		if e.ParentCommit == nil {
			fmt.Fprintln(w, "  parentCommit  none")
			continue
		}
		c := e.ParentCommit
		fmt.Fprintf(w, "  parentCommit  round %d, %d seals", c.Round, len(c.Seals))
		if c.Quorum != nil {
			if *c.Quorum {
				fmt.Fprint(w, " (quorum reached)")
			} else {
				fmt.Fprint(w, " (NO quorum)")
			}
		}
		fmt.Fprintln(w)
		for i, s := range c.Seals {
			switch {
			case s.Error != "":
				fmt.Fprintf(w, "    seal %d  invalid: %s\n", i, s.Error)
			case s.Signer == nil:
				fmt.Fprintf(w, "    seal %d  %s\n", i, s.Seal)
			case s.Member != nil && !*s.Member:
				fmt.Fprintf(w, "    seal %d  signer %s (NOT a validator of the parent)\n", i, s.Signer.Hex())
			default:
				fmt.Fprintf(w, "    seal %d  signer %s\n", i, s.Signer.Hex())
			}
		}
	}
}
