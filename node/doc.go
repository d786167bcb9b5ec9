// Package node assembles a Xiangchain node from go-ethereum's parts (DESIGN.md
// §2): the pebble database with the path state scheme, core.BlockChain, the
// transaction pool, go-ethereum's miner as block builder, the QBFT engine and
// state machine, our fork choice, and the JSON-RPC server. It owns the order in
// which blocks become head: a block becomes head only after it was executed,
// stored and certified, and its certificate was written durably.
package node
