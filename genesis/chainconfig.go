package genesis

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// DevChainID is the chain id of `xiang dev`.
const DevChainID = 1337

// DefaultGasLimit is the default block gas limit (DESIGN.md §3).
const DefaultGasLimit = 100_000_000

// ChainConfig returns go-ethereum's chain config for a Xiangchain network:
// every fork through Prague and Osaka active from genesis (effective because
// QBFT headers have difficulty 0), Amsterdam and later unset, no terminal
// total difficulty, and the blob schedule go-ethereum requires (blob
// transactions are still refused: the node runs no blob pool).
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:             new(big.Int).SetUint64(chainID),
		HomesteadBlock:      big.NewInt(0),
		EIP150Block:         big.NewInt(0),
		EIP155Block:         big.NewInt(0),
		EIP158Block:         big.NewInt(0),
		ByzantiumBlock:      big.NewInt(0),
		ConstantinopleBlock: big.NewInt(0),
		PetersburgBlock:     big.NewInt(0),
		IstanbulBlock:       big.NewInt(0),
		MuirGlacierBlock:    big.NewInt(0),
		BerlinBlock:         big.NewInt(0),
		LondonBlock:         big.NewInt(0),
		ArrowGlacierBlock:   big.NewInt(0),
		GrayGlacierBlock:    big.NewInt(0),
		ShanghaiTime:        &zero,
		CancunTime:          &zero,
		PragueTime:          &zero,
		OsakaTime:           &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}
