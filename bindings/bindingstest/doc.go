// Package bindingstest holds the end-to-end tests of the contracts through their generated bindings.
//
// Every test deploys the contracts on go-ethereum's simulated backend configured with Xiangchain's chain rules
// (genesis.ChainConfig: forks through Osaka, no Amsterdam). The tests record every function, event and custom
// error they exercise; TestMain then checks the record against every artifact ABI, so an untested function,
// event or error fails the run. The package has no non-test code.
package bindingstest
