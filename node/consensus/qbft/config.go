package qbft

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Default protocol settings, used where genesis leaves a field unset.
const (
	DefaultBlockPeriodSeconds       = 1
	DefaultEpochLength              = 30000
	DefaultRequestTimeoutSeconds    = 4
	DefaultMaxRequestTimeoutSeconds = 60
	// FutureRoundLimit: messages for a round more than this above ours are dropped.
	FutureRoundLimit = 10
	// MaxClockSkewSeconds: a block timestamp may be this far ahead of the local clock.
	MaxClockSkewSeconds = 1
)

// Config is genesis `config.qbft`, with Besu's spellings.
type Config struct {
	BlockPeriodSeconds       uint64          `json:"blockperiodseconds"`
	EpochLength              uint64          `json:"epochlength"`
	RequestTimeoutSeconds    uint64          `json:"requesttimeoutseconds"`
	MaxRequestTimeoutSeconds uint64          `json:"maxrequesttimeoutseconds,omitempty"`
	EmptyBlockPeriodSeconds  uint64          `json:"emptyblockperiodseconds,omitempty"`
	ValidatorContract        *common.Address `json:"validatorcontractaddress,omitempty" rlp:"nil"`
	Transitions              []Transition    `json:"transitions,omitempty"`
}

// Validator selection modes, Besu's `validatorselectionmode` values.
const (
	// SelectionBlockHeader: validators change by votes in headers.
	SelectionBlockHeader = "blockheader"
	// SelectionContract: validators are getValidators() of a contract.
	SelectionContract = "contract"
)

// Transition changes settings from a block on (Besu's `transitions` entry).
// A non-empty Validators sets V(Block) and selects header-vote mode from
// Block on; a ValidatorContract selects contract mode with that contract
// from Block on, so V(Block) is its getValidators() (see
// ValidatorContractAt). ValidatorSelectionMode may name the mode explicitly;
// it must then agree with the field given.
//
// The two mode fields are RLP-optional, so the settings hash of a genesis
// that does not use them is what it was before they existed.
type Transition struct {
	Block                  uint64           `json:"block"`
	Validators             []common.Address `json:"validators,omitempty"`
	BlockPeriodSeconds     uint64           `json:"blockperiodseconds,omitempty"`
	ValidatorSelectionMode string           `json:"validatorselectionmode,omitempty" rlp:"optional"`
	ValidatorContract      *common.Address  `json:"validatorcontractaddress,omitempty" rlp:"optional"`
}

// validate checks that a transition names at most one validator source and
// that an explicit mode agrees with it.
func (t Transition) validate() error {
	if t.ValidatorContract != nil && len(t.Validators) > 0 {
		return errors.New("sets both validators and validatorcontractaddress")
	}
	switch t.ValidatorSelectionMode {
	case "":
	case SelectionContract:
		if t.ValidatorContract == nil {
			return errors.New("validatorselectionmode contract needs validatorcontractaddress")
		}
	case SelectionBlockHeader:
		if len(t.Validators) == 0 {
			return errors.New("validatorselectionmode blockheader needs a non-empty validators list")
		}
	default:
		return fmt.Errorf("unknown validatorselectionmode %q (want %q or %q)", t.ValidatorSelectionMode, SelectionBlockHeader, SelectionContract)
	}
	return nil
}

// WithDefaults returns a copy with unset fields filled in.
func (c Config) WithDefaults() Config {
	if c.BlockPeriodSeconds == 0 {
		c.BlockPeriodSeconds = DefaultBlockPeriodSeconds
	}
	if c.EpochLength == 0 {
		c.EpochLength = DefaultEpochLength
	}
	if c.RequestTimeoutSeconds == 0 {
		c.RequestTimeoutSeconds = DefaultRequestTimeoutSeconds
	}
	if c.MaxRequestTimeoutSeconds == 0 {
		c.MaxRequestTimeoutSeconds = DefaultMaxRequestTimeoutSeconds
	}
	return c
}

// Validate reports settings that cannot run.
func (c Config) Validate() error {
	if c.EpochLength == 0 {
		return errors.New("qbft config: epochlength must be positive")
	}
	if c.EmptyBlockPeriodSeconds != 0 && c.EmptyBlockPeriodSeconds < c.BlockPeriodSeconds {
		return fmt.Errorf("qbft config: emptyblockperiodseconds %d below blockperiodseconds %d", c.EmptyBlockPeriodSeconds, c.BlockPeriodSeconds)
	}
	for i := 1; i < len(c.Transitions); i++ {
		if c.Transitions[i].Block <= c.Transitions[i-1].Block {
			return fmt.Errorf("qbft config: transitions must be in increasing block order (entry %d)", i)
		}
	}
	for i, t := range c.Transitions {
		if t.Block == 0 {
			return fmt.Errorf("qbft config: transition %d at block 0 (genesis sets V(1))", i)
		}
		if err := t.validate(); err != nil {
			return fmt.Errorf("qbft config: transition %d (block %d): %w", i, t.Block, err)
		}
	}
	return nil
}

// BlockPeriod returns the block period in force at block number n.
func (c Config) BlockPeriod(n uint64) uint64 {
	p := c.BlockPeriodSeconds
	for _, t := range c.Transitions {
		if t.Block <= n && t.BlockPeriodSeconds != 0 {
			p = t.BlockPeriodSeconds
		}
	}
	return p
}

// TransitionValidators returns the validator set a transition fixes for block n, if any.
func (c Config) TransitionValidators(n uint64) ([]common.Address, bool) {
	for _, t := range c.Transitions {
		if t.Block == n && len(t.Validators) > 0 {
			v := append([]common.Address(nil), t.Validators...)
			SortAddresses(v)
			return v, true
		}
	}
	return nil, false
}

// ValidatorContractAt returns the validator contract that selects V(n), and
// false if V(n) is selected by header votes. The genesis
// validatorcontractaddress applies from block 1; each transition at or
// below n then switches to its contract, or to header votes if it sets
// validators.
//
// Since header N lists V(N+1), the mode at N+1 governs header N: in contract
// mode it lists getValidators() of ValidatorContractAt(N+1) evaluated on the
// state after N−1, and casts no vote.
func (c Config) ValidatorContractAt(n uint64) (common.Address, bool) {
	contract := c.ValidatorContract
	for _, t := range c.Transitions {
		if t.Block > n {
			continue
		}
		switch {
		case t.ValidatorContract != nil:
			contract = t.ValidatorContract
		case len(t.Validators) > 0:
			contract = nil
		}
	}
	if contract == nil {
		return common.Address{}, false
	}
	return *contract, true
}

// usesContract reports whether any block selects validators by contract.
func (c Config) usesContract() bool {
	if c.ValidatorContract != nil {
		return true
	}
	for _, t := range c.Transitions {
		if t.ValidatorContract != nil {
			return true
		}
	}
	return false
}

// Quorum is Q(n) = ceil(2n/3).
func Quorum(n int) int { return (2*n + 2) / 3 }

// FaultTolerance is F(n) = floor((n-1)/3).
func FaultTolerance(n int) int {
	if n == 0 {
		return 0
	}
	return (n - 1) / 3
}
