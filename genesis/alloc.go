package genesis

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Errors returned by ParseAlloc.
var (
	ErrAllocSpec      = errors.New("genesis: alloc entry must be ADDRESS=AMOUNT or @FILE")
	ErrAllocAddress   = errors.New("genesis: invalid alloc address")
	ErrAllocAmount    = errors.New("genesis: invalid alloc amount")
	ErrAllocDuplicate = errors.New("genesis: address allocated twice")
)

// ParseAlloc parses --alloc entries. Each is either ADDRESS=AMOUNT, where
// AMOUNT is a decimal or 0x-hex integer in wei with an optional unit suffix
// (wei, gwei, ether: "10ether"), or @FILE naming a JSON file in genesis
// "alloc" format (which may also give code, storage and nonce).
// An address may appear only once across all entries.
func ParseAlloc(specs []string) (types.GenesisAlloc, error) {
	alloc := make(types.GenesisAlloc)
	add := func(addr common.Address, acc types.Account) error {
		if _, ok := alloc[addr]; ok {
			return fmt.Errorf("%w: %s", ErrAllocDuplicate, addr)
		}
		alloc[addr] = acc
		return nil
	}
	for _, spec := range specs {
		spec = strings.TrimSpace(spec)
		if path, ok := strings.CutPrefix(spec, "@"); ok {
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, fmt.Errorf("genesis: reading alloc file: %w", err)
			}
			var file types.GenesisAlloc
			if err := json.Unmarshal(b, &file); err != nil {
				return nil, fmt.Errorf("genesis: alloc file %s: %w", path, err)
			}
			for addr, acc := range file {
				if acc.Balance == nil {
					acc.Balance = new(big.Int)
				}
				if err := add(addr, acc); err != nil {
					return nil, err
				}
			}
			continue
		}
		a, amount, ok := strings.Cut(spec, "=")
		if !ok {
			return nil, fmt.Errorf("%w: %q", ErrAllocSpec, spec)
		}
		addr, err := parseAddress(strings.TrimSpace(a))
		if err != nil {
			return nil, err
		}
		wei, err := parseAmount(strings.TrimSpace(amount))
		if err != nil {
			return nil, err
		}
		if err := add(addr, types.Account{Balance: wei}); err != nil {
			return nil, err
		}
	}
	return alloc, nil
}

// parseAddress parses a hex address. A mixed-case address must carry a
// valid EIP-55 checksum, so a mistyped one is caught.
func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %q", ErrAllocAddress, s)
	}
	addr := common.HexToAddress(s)
	digits := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && "0x"+digits != addr.Hex() {
		return common.Address{}, fmt.Errorf("%w: %q has a bad checksum", ErrAllocAddress, s)
	}
	return addr, nil
}

// parseAmount parses a non-negative integer amount with an optional unit.
func parseAmount(s string) (*big.Int, error) {
	units := []struct {
		suffix string
		wei    int64
	}{{"ether", params.Ether}, {"gwei", params.GWei}, {"wei", params.Wei}}
	mult := big.NewInt(1)
	for _, u := range units {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(n), big.NewInt(u.wei)
			break
		}
	}
	v, ok := new(big.Int).SetString(s, 0)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: %q", ErrAllocAmount, s)
	}
	return v.Mul(v, mult), nil
}
