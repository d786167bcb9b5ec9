// Package genesis owns the network formats — genesis.json with Xiangchain's
// consensus settings beside go-ethereum's chain config, and the per-node
// config file — and the generator that creates a network from them.
// It writes files; it never runs a node.
package genesis
