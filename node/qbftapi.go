package node

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// qbftAPI is the `qbft_` namespace: certificates and validators.
type qbftAPI struct{ n *Node }

// CommitCertificate is the JSON form of a commit certificate.
type CommitCertificate struct {
	BlockNumber hexutil.Uint64   `json:"blockNumber"`
	BlockHash   common.Hash      `json:"blockHash"`
	Round       hexutil.Uint64   `json:"round"`
	Seals       []hexutil.Bytes  `json:"seals"`
	Signers     []common.Address `json:"signers"`
}

var errBlockNotFound = errors.New("block not found")

func (api *qbftAPI) header(ctx context.Context, at rpc.BlockNumberOrHash) (*types.Header, error) {
	b := rpcBackend{api.n}
	if h, ok := at.Hash(); ok {
		hdr, _ := b.HeaderByHash(ctx, h)
		if hdr == nil {
			return nil, errBlockNotFound
		}
		return hdr, nil
	}
	num, _ := at.Number()
	hdr, err := b.HeaderByNumber(ctx, num)
	if err != nil {
		return nil, err
	}
	if hdr == nil {
		return nil, errBlockNotFound
	}
	return hdr, nil
}

// GetCommitCertificate returns the certificate that makes a block final, or
// null when the node holds none (a block imported without its certificate).
func (api *qbftAPI) GetCommitCertificate(ctx context.Context, at rpc.BlockNumberOrHash) (*CommitCertificate, error) {
	hdr, err := api.header(ctx, at)
	if err != nil {
		return nil, err
	}
	cert := api.n.certs.Certificate(hdr.Hash())
	if cert == nil {
		return nil, nil
	}
	out := &CommitCertificate{
		BlockNumber: hexutil.Uint64(hdr.Number.Uint64()),
		BlockHash:   hdr.Hash(),
		Round:       hexutil.Uint64(cert.Round),
	}
	digest := qbft.CommitSealHash(api.n.chainConfig.ChainID, hdr.Hash(), cert.Round)
	for _, s := range cert.Seals {
		out.Seals = append(out.Seals, s)
		if addr, err := qbft.RecoverSigner(digest, s); err == nil {
			out.Signers = append(out.Signers, addr)
		}
	}
	return out, nil
}

// GetValidatorsByBlockNumber returns V(N), the validators that may produce
// and certify block N (listed in the extraData of block N−1).
func (api *qbftAPI) GetValidatorsByBlockNumber(ctx context.Context, number rpc.BlockNumber) ([]common.Address, error) {
	hdr, err := api.header(ctx, rpc.BlockNumberOrHashWithNumber(number))
	if err != nil {
		return nil, err
	}
	if hdr.Number.Sign() == 0 {
		return qbft.ValidatorsOf(hdr)
	}
	parent := api.n.chain.GetHeader(hdr.ParentHash, hdr.Number.Uint64()-1)
	if parent == nil {
		return nil, errBlockNotFound
	}
	return qbft.ValidatorsOf(parent)
}

// GetValidatorsByBlockHash returns V(N) for the block with the given hash
// (Besu's qbft_getValidatorsByBlockHash).
func (api *qbftAPI) GetValidatorsByBlockHash(ctx context.Context, hash common.Hash) ([]common.Address, error) {
	hdr, err := api.header(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		return nil, err
	}
	return api.GetValidatorsByBlockNumber(ctx, rpc.BlockNumber(hdr.Number.Int64()))
}

// ProposeValidatorVote adds a pending vote of this validator to add
// (add = true) or drop a validator. The proposer casts its pending votes one
// per block it proposes, in turn, until each is discarded (Besu's
// qbft_proposeValidatorVote).
func (api *qbftAPI) ProposeValidatorVote(address common.Address, add bool) (bool, error) {
	if api.n.cfg.Key == nil {
		return false, errors.New("this node is not a validator")
	}
	if contract, ok := api.n.engine.ValidatorContract(api.n.chain.CurrentBlock().Number.Uint64() + 1); ok {
		return false, fmt.Errorf("validators come from contract %s here: change them there, not by vote", contract)
	}
	api.n.engine.ProposeVote(qbft.Vote{Address: address, Add: add})
	return true, nil
}

// DiscardValidatorVote withdraws the pending vote on address; false if
// there was none.
func (api *qbftAPI) DiscardValidatorVote(address common.Address) bool {
	return api.n.engine.DiscardVote(address)
}

// GetPendingVotes returns this validator's pending votes: address → true to
// add, false to drop (Besu's qbft_getPendingVotes).
func (api *qbftAPI) GetPendingVotes() map[common.Address]bool {
	out := make(map[common.Address]bool)
	for _, v := range api.n.engine.PendingVotes() {
		out[v.Address] = v.Add
	}
	return out
}

// SignerMetric is one validator's proposals in a block range.
type SignerMetric struct {
	Address                 common.Address `json:"address"`
	ProposedBlockCount      hexutil.Uint64 `json:"proposedBlockCount"`
	LastProposedBlockNumber hexutil.Uint64 `json:"lastProposedBlockNumber"`
}

// defaultSignerMetricsBlocks is Besu's default range of qbft_getSignerMetrics.
const defaultSignerMetricsBlocks = 100

// GetSignerMetrics counts the blocks each validator proposed in
// [from, to] (default: the last 100 blocks), as Besu's
// qbft_getSignerMetrics. Validators of the range's end that proposed
// nothing are listed with zero.
func (api *qbftAPI) GetSignerMetrics(ctx context.Context, from, to *rpc.BlockNumber) ([]SignerMetric, error) {
	head := api.n.chain.CurrentBlock().Number.Uint64()
	last := head
	if to != nil {
		hdr, err := api.header(ctx, rpc.BlockNumberOrHashWithNumber(*to))
		if err != nil {
			return nil, err
		}
		last = hdr.Number.Uint64()
	}
	first := uint64(0)
	if last >= defaultSignerMetricsBlocks {
		first = last - defaultSignerMetricsBlocks + 1
	}
	if from != nil {
		hdr, err := api.header(ctx, rpc.BlockNumberOrHashWithNumber(*from))
		if err != nil {
			return nil, err
		}
		first = hdr.Number.Uint64()
	}
	if first > last {
		return nil, fmt.Errorf("invalid block range: from %d is after to %d", first, last)
	}
	if first == 0 {
		first = 1 // the genesis has no proposer
	}
	metrics := make(map[common.Address]*SignerMetric)
	if hdr := api.n.chain.GetHeaderByNumber(last); hdr != nil {
		if vals, err := qbft.ValidatorsOf(hdr); err == nil {
			for _, v := range vals {
				metrics[v] = &SignerMetric{Address: v}
			}
		}
	}
	for num := first; num <= last; num++ {
		hdr := api.n.chain.GetHeaderByNumber(num)
		if hdr == nil {
			break
		}
		m := metrics[hdr.Coinbase]
		if m == nil {
			m = &SignerMetric{Address: hdr.Coinbase}
			metrics[hdr.Coinbase] = m
		}
		m.ProposedBlockCount++
		m.LastProposedBlockNumber = hexutil.Uint64(num)
	}
	out := make([]SignerMetric, 0, len(metrics))
	for _, m := range metrics {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Cmp(out[j].Address) < 0 })
	return out, nil
}

// GetRequestTimeoutSeconds returns the base round timeout (Besu's
// qbft_getRequestTimeoutSeconds).
func (api *qbftAPI) GetRequestTimeoutSeconds() uint64 {
	return api.n.chainConfig.QBFT.RequestTimeoutSeconds
}

// Status reports consensus health: height, round, round changes, last
// commit age, peers and validators seen online (qbft_status).
func (api *qbftAPI) Status() (*Status, error) {
	return api.n.Status()
}
