package bindingstest

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/xiangchain/xiangchain/genesis"
)

// TestSimulatedBackendRunsXiangRules checks that the tests run under Xiangchain's rules: chain id 1337, the
// 100M gas limit, Osaka opcodes available (CLZ, EIP-7939) and no Amsterdam-only header fields.
func TestSimulatedBackendRunsXiangRules(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	id, err := e.client.ChainID(ctx)
	if err != nil || id.Uint64() != genesis.DevChainID {
		t.Fatalf("chain id %v (%v), want %d", id, err, genesis.DevChainID)
	}
	e.sim.Commit()
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.GasLimit < genesis.DefaultGasLimit*99/100 || head.Difficulty.Sign() != 0 {
		t.Fatalf("head gas limit %d, difficulty %v", head.GasLimit, head.Difficulty)
	}
	if head.SlotNumber != nil || head.BlockAccessListHash != nil {
		t.Fatal("Amsterdam header fields present: the backend runs later forks than ours")
	}
	// Init code: PUSH1 1; CLZ; PUSH1 0; MSTORE; PUSH1 32; PUSH1 0; RETURN. Under Osaka clz(1) = 255.
	code := common.FromHex("0x60011e60005260206000f3")
	out, err := e.client.CallContract(ctx, ethereum.CallMsg{From: e.actor("admin").addr, Data: code}, nil)
	if err != nil {
		t.Fatalf("CLZ unavailable: %v", err)
	}
	if len(out) != 32 || out[31] != 255 {
		t.Fatalf("clz(1) = %x, want 255", out)
	}
}
