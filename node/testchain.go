package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/xiangchain/xiangchain/genesis"
)

// testGenesisKey stores the go-ethereum genesis of a test-chain data
// directory; genesisSpecKey (a Xiangchain genesis) marks a normal one.
var testGenesisKey = []byte("xiang-test-genesis")

// ErrTestChainMode is returned when a data directory is opened in the other
// mode than it was created in (test chain vs. Xiangchain network).
var ErrTestChainMode = errors.New("data directory mode mismatch")

// openTestChain prepares test-chain mode (Config.TestChain): it stores or
// loads the go-ethereum genesis, and selects go-ethereum's beacon engine over
// an ethash faker, which accepts PoW and PoS history without checking work.
// The faker is reachable only through this explicit mode.
func (n *Node) openTestChain() (*core.Genesis, error) {
	if has, _ := n.db.Has(genesisSpecKey); has {
		return nil, fmt.Errorf("%w: it holds a Xiangchain network; --test-chain needs its own data directory", ErrTestChainMode)
	}
	gen := n.cfg.TestGenesis
	stored, err := n.db.Get(testGenesisKey)
	switch {
	case err == nil && len(stored) > 0:
		have := new(core.Genesis)
		if err := json.Unmarshal(stored, have); err != nil {
			return nil, fmt.Errorf("stored test genesis: %w", err)
		}
		if gen != nil && gen.ToBlock().Hash() != have.ToBlock().Hash() {
			return nil, fmt.Errorf("%w: database has %x, --genesis gives %x", ErrGenesisMismatch, have.ToBlock().Hash(), gen.ToBlock().Hash())
		}
		gen = have
	case gen == nil:
		return nil, errors.New("test-chain database is not initialised and no genesis was given")
	default:
		if gen.Config == nil || gen.Config.ChainID == nil {
			return nil, errors.New("test genesis has no chain config or chain id")
		}
		b, err := json.Marshal(gen)
		if err != nil {
			return nil, fmt.Errorf("encoding test genesis: %w", err)
		}
		if err := n.db.Put(testGenesisKey, b); err != nil {
			return nil, fmt.Errorf("storing test genesis: %w", err)
		}
	}
	n.chainConfig = &ChainParams{
		ChainID:    gen.Config.ChainID,
		FeeProfile: genesis.FeesMarket,
		GasLimit:   gen.GasLimit,
	}
	n.chainEngine = beacon.New(ethash.NewFaker())
	return gen, nil
}

// LoadTestGenesis reads a go-ethereum genesis.json for --test-chain.
func LoadTestGenesis(path string) (*core.Genesis, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading test genesis: %w", err)
	}
	gen := new(core.Genesis)
	if err := json.Unmarshal(b, gen); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", path, err)
	}
	return gen, nil
}
