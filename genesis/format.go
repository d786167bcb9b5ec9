package genesis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// Fee profiles (DESIGN.md §3).
const (
	// FeesFree requires base fee 0 and accepts zero-priced transactions.
	FeesFree = "free"
	// FeesMarket is EIP-1559 as on Ethereum.
	FeesMarket = "market"
)

// XiangConfig is genesis `config.xiang`.
type XiangConfig struct {
	FeeProfile string `json:"feeprofile"`
}

// Genesis is a genesis.json: go-ethereum's genesis plus our consensus
// settings in `config.qbft` and `config.xiang`, which go-ethereum's
// ChainConfig cannot hold.
type Genesis struct {
	Core  *core.Genesis
	QBFT  *qbft.Config
	Xiang XiangConfig
}

type extraConfig struct {
	QBFT  *qbft.Config `json:"qbft,omitempty"`
	Xiang XiangConfig  `json:"xiang"`
}

// MarshalJSON writes the go-ethereum genesis with our keys added to "config".
func (g *Genesis) MarshalJSON() ([]byte, error) {
	raw, err := json.Marshal(g.Core)
	if err != nil {
		return nil, fmt.Errorf("encoding genesis: %w", err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return nil, err
	}
	var cfg map[string]json.RawMessage
	if err := json.Unmarshal(top["config"], &cfg); err != nil {
		return nil, err
	}
	if g.QBFT != nil {
		if cfg["qbft"], err = json.Marshal(g.QBFT); err != nil {
			return nil, err
		}
	}
	if cfg["xiang"], err = json.Marshal(g.Xiang); err != nil {
		return nil, err
	}
	if top["config"], err = json.Marshal(cfg); err != nil {
		return nil, err
	}
	return json.Marshal(top)
}

// UnmarshalJSON reads a genesis.json written by MarshalJSON (or by hand).
func (g *Genesis) UnmarshalJSON(b []byte) error {
	g.Core = new(core.Genesis)
	if err := json.Unmarshal(b, g.Core); err != nil {
		return fmt.Errorf("decoding genesis: %w", err)
	}
	var side struct {
		Config extraConfig `json:"config"`
	}
	if err := json.Unmarshal(b, &side); err != nil {
		return fmt.Errorf("decoding genesis config: %w", err)
	}
	g.QBFT, g.Xiang = side.Config.QBFT, side.Config.Xiang
	if g.Xiang.FeeProfile == "" {
		g.Xiang.FeeProfile = FeesFree
	}
	return nil
}

// Validate checks what go-ethereum cannot: our settings and their binding
// to the genesis vanity.
func (g *Genesis) Validate() error {
	if g.Core == nil || g.Core.Config == nil {
		return errors.New("genesis: missing config")
	}
	switch g.Xiang.FeeProfile {
	case FeesFree, FeesMarket:
	default:
		return fmt.Errorf("genesis: unknown fee profile %q (want %q or %q)", g.Xiang.FeeProfile, FeesFree, FeesMarket)
	}
	if g.QBFT == nil {
		return errors.New("genesis: missing config.qbft")
	}
	if err := g.QBFT.WithDefaults().Validate(); err != nil {
		return err
	}
	extra, err := qbft.DecodeExtra(g.Core.ExtraData)
	if err != nil {
		return fmt.Errorf("genesis extraData: %w", err)
	}
	if len(extra.Validators) == 0 {
		return errors.New("genesis extraData: no validators")
	}
	for i := 1; i < len(extra.Validators); i++ {
		if bytes.Compare(extra.Validators[i-1][:], extra.Validators[i][:]) >= 0 {
			return fmt.Errorf("genesis extraData: validators must be sorted ascending without duplicates (%s before %s)",
				extra.Validators[i-1], extra.Validators[i])
		}
	}
	if want := g.SettingsHash(); common.Hash(extra.Vanity) != want {
		return fmt.Errorf("genesis extraData vanity %x does not match the consensus settings hash %x", extra.Vanity, want)
	}
	return nil
}

// SettingsHash is keccak256 of the canonical RLP of the consensus settings
// that go-ethereum's genesis hash does not cover. The genesis vanity holds it,
// so nodes that disagree on any setting have different genesis hashes.
func (g *Genesis) SettingsHash() common.Hash {
	var q qbft.Config
	if g.QBFT != nil {
		q = g.QBFT.WithDefaults()
	}
	b, err := rlp.EncodeToBytes([]any{"xiang/genesis/v1", &q, g.Xiang.FeeProfile})
	if err != nil {
		panic(fmt.Sprintf("genesis: encoding settings: %v", err))
	}
	return crypto.Keccak256Hash(b)
}

// Load reads and validates a genesis.json.
func Load(path string) (*Genesis, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading genesis: %w", err)
	}
	g := new(Genesis)
	if err := json.Unmarshal(b, g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}
