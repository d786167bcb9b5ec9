package node

import (
	"context"
	"errors"

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

// PendingVote is the JSON form of this validator's pending vote.
type PendingVote struct {
	Address common.Address `json:"address"`
	Add     bool           `json:"add"`
}

// ProposeValidatorVote makes this validator vote, in every block it
// proposes, to add (add = true) or drop a validator, until the vote passes or
// is discarded (Besu's qbft_proposeValidatorVote).
func (api *qbftAPI) ProposeValidatorVote(address common.Address, add bool) (bool, error) {
	if api.n.cfg.Key == nil {
		return false, errors.New("this node is not a validator")
	}
	api.n.engine.SetVote(&qbft.Vote{Address: address, Add: add})
	return true, nil
}

// DiscardValidatorVote withdraws this validator's pending vote.
func (api *qbftAPI) DiscardValidatorVote() bool {
	api.n.engine.SetVote(nil)
	return true
}

// GetPendingVote returns this validator's pending vote, or null.
func (api *qbftAPI) GetPendingVote() *PendingVote {
	v := api.n.engine.PendingVote()
	if v == nil {
		return nil
	}
	return &PendingVote{Address: v.Address, Add: v.Add}
}
