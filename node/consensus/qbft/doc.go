// Package qbft owns Xiangchain's QBFT block format and its consensus.Engine.
//
// The header format (DESIGN.md §4): every block carries the commit certificate of
// its parent in extraData, because go-ethereum hashes the full header and so the
// seals of a block cannot live in the block itself. This package encodes and
// decodes that extraData, computes the domain-separated digests that validator
// keys sign, and verifies headers. It performs no I/O and does not run the
// consensus protocol itself; the state machine lives in package qbft/qbftcore.
package qbft
