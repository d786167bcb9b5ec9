// Command genqbftchain writes the QBFT chain of the second RPC fixture set:
// a certified chain of our own network, so that `finalized`/`safe` and the
// qbft_ methods have something to answer about.
//
// It writes, under -out (node/ethapi/testdata/qbft by default):
//
//	genesis.json     a Xiangchain QBFT genesis (4 validators)
//	chain.rlp        blocks 1..N in `xiang export` format
//	chain.rlp.cert   the commit certificate of block N
//	requests.json    the request cases (rpccase format)
//
// Keys derive from fixed names and the genesis time is fixed, so the output
// is the same on every run. The expected answers are recorded from our own
// node by the conformance test (go test ./node/ethapi -run TestQBFTFixtures
// -update-qbft), since no other client serves this chain.
package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	"github.com/xiangchain/xiangchain/node/consensus/qbft/qbftgen"
	"github.com/xiangchain/xiangchain/node/ethapi/internal/rpcfixtures/rpccase"
)

// Shape of the fixture chain.
const (
	chainID     = 4250
	blocks      = 40
	genesisTime = 1_767_225_600 // 2026-01-01T00:00:00Z
	voteBlock   = 7             // a proposer votes to add an outsider here
	transferGap = 3             // a transfer every third block
)

func main() {
	out := flag.String("out", "node/ethapi/testdata/qbft", "directory to write into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "genqbftchain:", err)
		os.Exit(1)
	}
}

// key derives a fixed key from a name.
func key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("xiang-qbft-fixture/" + name)))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

func run(out string) error {
	keys := make([]*ecdsa.PrivateKey, 4)
	addrs := make([]common.Address, len(keys))
	for i := range keys {
		keys[i] = key(fmt.Sprintf("validator-%d", i))
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	sender := key("sender")
	from := crypto.PubkeyToAddress(sender.PublicKey)
	spec, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID:    chainID,
		Validators: addrs,
		QBFT:       qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 4, EpochLength: 30000},
		FeeProfile: genesis.FeesFree,
		Alloc:      types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}},
		Timestamp:  genesisTime,
	})
	if err != nil {
		return err
	}
	outsider := crypto.PubkeyToAddress(key("outsider").PublicKey)
	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	chain, err := qbftgen.Generate(spec, keys, blocks, qbftgen.Options{
		Votes: map[uint64]qbft.Vote{voteBlock: {Address: outsider, Add: true}},
		Gen: func(i int, b *qbftgen.BlockGen) error {
			if i%transferGap != 0 {
				return nil
			}
			tx := types.MustSignNewTx(sender, b.Signer(), &types.DynamicFeeTx{
				ChainID: big.NewInt(chainID), Nonce: b.TxNonce(from), To: &to, Value: big.NewInt(int64(i + 1)),
				Gas: params.TxGas, GasFeeCap: new(big.Int), GasTipCap: new(big.Int),
			})
			_, err := b.AddTx(tx)
			return err
		},
	})
	if err != nil {
		return fmt.Errorf("generating: %w", err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	js, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "genesis.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	if err := qbftgen.WriteExport(filepath.Join(out, "chain.rlp"), chain.Blocks, chain.Certificate); err != nil {
		return err
	}
	list := cases(chain, outsider, from)
	js, err = json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "requests.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %d QBFT blocks (head %s) and %d cases to %s\n", len(chain.Blocks), chain.Head().Hash(), len(list), out)
	return nil
}

// cases are the requests about the chain whose answers are pinned: the
// finality tags and the qbft_ namespace, plus blocks that carry QBFT
// extraData (a vote, certificates).
func cases(chain *qbftgen.Chain, outsider, sender common.Address) []rpccase.Case {
	hex := func(n uint64) string { return fmt.Sprintf("0x%x", n) }
	head := chain.Head().NumberU64()
	mid := chain.Blocks[19]
	c := func(name, method string, params ...any) rpccase.Case {
		if params == nil {
			params = []any{}
		}
		return rpccase.Case{Name: name, Method: method, Params: params}
	}
	status := c("qbft_status", "qbft_status")
	status.Ignore = []rpccase.Ignore{{Path: "result.lastCommitAgeSeconds", Reason: "depends on the clock"}}
	return []rpccase.Case{
		c("eth_blockNumber", "eth_blockNumber"),
		c("eth_getBlockByNumber-finalized", "eth_getBlockByNumber", "finalized", false),
		c("eth_getBlockByNumber-safe", "eth_getBlockByNumber", "safe", false),
		c("eth_getBlockByNumber-latest-full", "eth_getBlockByNumber", "latest", true),
		c("eth_getHeaderByNumber-finalized", "eth_getHeaderByNumber", "finalized"),
		c("eth_getBlockByNumber-vote", "eth_getBlockByNumber", hex(voteBlock), false),
		c("eth_getBlockByHash-mid", "eth_getBlockByHash", mid.Hash(), true),
		c("eth_getBalance-finalized", "eth_getBalance", sender, "finalized"),
		c("eth_getTransactionCount-safe", "eth_getTransactionCount", sender, "safe"),
		c("eth_getLogs-finalized", "eth_getLogs", map[string]any{"fromBlock": "0x0", "toBlock": "finalized"}),
		c("eth_feeHistory-finalized", "eth_feeHistory", "0x4", "finalized", []float64{50}),
		c("qbft_getCommitCertificate-latest", "qbft_getCommitCertificate", "latest"),
		c("qbft_getCommitCertificate-finalized", "qbft_getCommitCertificate", "finalized"),
		c("qbft_getCommitCertificate-number", "qbft_getCommitCertificate", hex(20)),
		c("qbft_getCommitCertificate-hash", "qbft_getCommitCertificate", mid.Hash()),
		c("qbft_getCommitCertificate-unknown", "qbft_getCommitCertificate", hex(head+5)),
		c("qbft_getValidatorsByBlockNumber-latest", "qbft_getValidatorsByBlockNumber", "latest"),
		c("qbft_getValidatorsByBlockNumber-1", "qbft_getValidatorsByBlockNumber", "0x1"),
		c("qbft_getValidatorsByBlockHash", "qbft_getValidatorsByBlockHash", mid.Hash()),
		c("qbft_getSignerMetrics-default", "qbft_getSignerMetrics"),
		c("qbft_getSignerMetrics-range", "qbft_getSignerMetrics", "0x1", hex(10)),
		c("qbft_getSignerMetrics-bad-range", "qbft_getSignerMetrics", hex(10), "0x1"),
		c("qbft_getRequestTimeoutSeconds", "qbft_getRequestTimeoutSeconds"),
		c("qbft_getPendingVotes", "qbft_getPendingVotes"),
		c("qbft_proposeValidatorVote-not-validator", "qbft_proposeValidatorVote", outsider, true),
		status,
	}
}
