package ethapi

import (
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// NetAPI is the "net" namespace.
type NetAPI struct {
	b Backend
}

// Version is net_version: the network id, which equals the chain id
// (DESIGN.md §2), in decimal.
func (api *NetAPI) Version() string {
	return api.b.ChainConfig().ChainID.String()
}

// Listening is net_listening. The node always accepts peers while it runs.
func (api *NetAPI) Listening() bool { return true }

// PeerCount is net_peerCount.
func (api *NetAPI) PeerCount() hexutil.Uint { return hexutil.Uint(api.b.PeerCount()) }

// Web3API is the "web3" namespace.
type Web3API struct {
	version string
}

// ClientVersion is web3_clientVersion.
func (api *Web3API) ClientVersion() string { return api.version }

// Sha3 is web3_sha3: keccak256 of the given bytes.
func (api *Web3API) Sha3(input hexutil.Bytes) hexutil.Bytes {
	return crypto.Keccak256(input)
}
