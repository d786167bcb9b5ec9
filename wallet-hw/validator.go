package wallethw

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// ValidatorKey adapts s to the consensus engine's qbft.ValidatorKey, so a
// validator's seals and messages can be signed inside an HSM. It is the one
// intended user of Signer.SignHash: s must have been opened with
// Options.AllowHashSigning, or every signature fails with
// ErrHashSigningDisabled.
func ValidatorKey(s Signer) qbft.ValidatorKey {
	return validatorKey{s}
}

type validatorKey struct{ s Signer }

func (v validatorKey) Address() common.Address { return v.s.Address() }

func (v validatorKey) SignCommitSeal(chainID *big.Int, blockHash common.Hash, round uint64) ([]byte, error) {
	return v.s.SignHash(context.Background(), qbft.CommitSealHash(chainID, blockHash, round))
}

func (v validatorKey) SignMessage(chainID *big.Int, genesis common.Hash, code uint64, payload []byte) ([]byte, error) {
	return v.s.SignHash(context.Background(), qbft.MessageHash(chainID, genesis, code, payload))
}
