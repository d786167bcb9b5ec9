package qbftcore

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Author recovers the validator that signed m on the network given by chain
// id and genesis hash. The node uses it for liveness reporting; the state
// machine checks authors itself.
func (m *Message) Author(chainID *big.Int, genesis common.Hash) (common.Address, error) {
	return m.author(chainID, genesis)
}
