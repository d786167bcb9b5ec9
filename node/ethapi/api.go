package ethapi

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/gasprice"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults used when an Options field is left zero.
const (
	// defaultGPOBlocks is how many recent blocks the tip oracle samples.
	defaultGPOBlocks = 20
	// defaultGPOPercentile is the tip percentile the oracle suggests.
	defaultGPOPercentile = 60
	// defaultFeeHistoryHeaders caps eth_feeHistory without reward percentiles.
	defaultFeeHistoryHeaders = 1024
	// defaultFeeHistoryBlocks caps eth_feeHistory with reward percentiles.
	defaultFeeHistoryBlocks = 1024
)

// Options configures the namespaces beyond what the Backend provides.
type Options struct {
	// ClientVersion is returned by web3_clientVersion, for example
	// "xiang/v0.1.0/linux-amd64/go1.26.8".
	ClientVersion string

	// AllowUnprotectedTxs accepts transactions without EIP-155 replay
	// protection in eth_sendRawTransaction (go-ethereum's
	// --rpc.allow-unprotected-txs; needed for keyless deployments).
	AllowUnprotectedTxs bool

	// GasPrice configures the market-profile tip oracle; zero fields take
	// go-ethereum's full-node defaults.
	GasPrice gasprice.Config
	// MinTip seeds the oracle's first suggestion (the miner's minimum tip).
	// Nil means 1 gwei under the market profile.
	MinTip *big.Int

	// Filters configures eth/filters (log cache, idle filter timeout,
	// eth_getLogs address/topic limit); zero fields take its defaults. Its
	// RangeLimit must stay 0 (see logsAPI): use LogRangeLimit.
	Filters filters.Config
	// LogRangeLimit caps the block range of eth_getLogs and eth_newFilter
	// (error -32602 above it); 0 means no cap, as go-ethereum.
	LogRangeLimit uint64
	// MaxLogs caps the logs one eth_getLogs or eth_getFilterLogs returns
	// (error -32005 above it); 0 means no cap, as go-ethereum.
	MaxLogs int

	// UnlockedKeys are the accounts the node signs for: eth_accounts lists
	// them (in this order) and eth_sign, eth_signTransaction,
	// eth_sendTransaction and eth_signTypedData_v4 use them. `xiang dev`
	// passes its mnemonic keys; production nodes pass none.
	UnlockedKeys []*ecdsa.PrivateKey
}

// APIs builds every namespace this package serves for registration with
// go-ethereum's node.Node.RegisterAPIs (or an rpc.Server):
//
//   - "eth": chain, state, call, fee and transaction methods, plus
//     eth/filters' eth_getLogs, filter methods and eth_subscribe
//     (newHeads, logs, newPendingTransactions, transactionReceipts), plus
//     the unlocked-key methods (eth_accounts, eth_sign,
//     eth_signTransaction, eth_sendTransaction, eth_signTypedData_v4);
//   - "net": net_version, net_listening, net_peerCount;
//   - "web3": web3_clientVersion, web3_sha3;
//   - "txpool": txpool_content, txpool_contentFrom, txpool_inspect,
//     txpool_status;
//   - "debug": debug_getRawBlock, debug_getRawHeader,
//     debug_getRawReceipts, debug_getRawTransaction. The tracing methods
//     (debug_traceTransaction, …) are go-ethereum's eth/tracers API, which
//     the caller registers with a backend that implements tracers.Backend.
//
// It also returns the filter system, which the caller may share with other
// services (e.g. a GraphQL or tracing endpoint). The backend's filtermaps
// index must be driven by the node as Backend's documentation describes.
func APIs(b Backend, opts Options) ([]rpc.API, *filters.FilterSystem) {
	filterSystem := filters.NewFilterSystem(b, opts.Filters)
	eth := newEthAPI(b, opts)
	filterAPI := filters.NewFilterAPI(filterSystem)
	accountsAPI := newAccountsAPI(b, eth, opts.UnlockedKeys)
	apis := []rpc.API{
		{Namespace: "eth", Service: eth},
		{Namespace: "eth", Service: filterAPI},
		{Namespace: "eth", Service: accountsAPI},
		{Namespace: "net", Service: &NetAPI{b: b}},
		{Namespace: "web3", Service: &Web3API{version: opts.ClientVersion}},
		{Namespace: "txpool", Service: &TxPoolAPI{b: b}},
		{Namespace: "debug", Service: &DebugAPI{b: b}},
	}
	if len(opts.UnlockedKeys) > 0 {
		apis = append(apis, rpc.API{Namespace: "personal", Service: &PersonalAPI{accounts: accountsAPI}})
	}
	if opts.MaxLogs > 0 || opts.LogRangeLimit > 0 {
		// Registered after filterAPI: replaces its eth_getLogs, eth_newFilter
		// and eth_getFilterLogs.
		apis = append(apis, rpc.API{Namespace: "eth", Service: &logsAPI{b: b, filters: filterAPI, maxRange: opts.LogRangeLimit, max: opts.MaxLogs}})
	}
	return apis, filterSystem
}

// newOracle builds the gas price oracle with go-ethereum's full-node
// defaults for every field the caller left zero.
func newOracle(b Backend, opts Options) *gasprice.Oracle {
	cfg := opts.GasPrice
	if cfg.Blocks == 0 {
		cfg.Blocks = defaultGPOBlocks
	}
	if cfg.Percentile == 0 {
		cfg.Percentile = defaultGPOPercentile
	}
	if cfg.MaxHeaderHistory == 0 {
		cfg.MaxHeaderHistory = defaultFeeHistoryHeaders
	}
	if cfg.MaxBlockHistory == 0 {
		cfg.MaxBlockHistory = defaultFeeHistoryBlocks
	}
	if cfg.MaxPrice == nil {
		cfg.MaxPrice = big.NewInt(500 * params.GWei)
	}
	if cfg.IgnorePrice == nil {
		cfg.IgnorePrice = big.NewInt(2)
	}
	start := opts.MinTip
	if start == nil {
		start = big.NewInt(params.GWei)
	}
	if b.FreeFees() {
		start = new(big.Int)
	}
	return gasprice.NewOracle(b, cfg, new(big.Int).Set(start))
}
