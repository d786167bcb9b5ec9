// Package ethapi serves Xiangchain's eth_, net_ and web3_ JSON-RPC
// namespaces with go-ethereum's method names, JSON shapes and error codes,
// so that ethers, viem, MetaMask, Hardhat and Foundry work unchanged.
//
// It owns request handling only: argument defaults, block-tag and state
// resolution, call and gas-estimation execution, and the JSON marshalling of
// blocks, transactions and receipts. Chain data, the transaction pool, the
// pending block and the log index come from the node through Backend; log
// queries, filters and subscriptions are go-ethereum's eth/filters, fee
// suggestions its eth/gasprice oracle and gas estimation its
// eth/gasestimator. The package never writes chain data, holds no keys and
// signs nothing (no eth_sendTransaction, eth_sign or personal_).
//
// Under the `free` fee profile (Backend.FreeFees) the suggested gas price,
// priority fee and next base fee are zero, and calls and estimates run for
// zero-balance senders at zero price.
package ethapi
