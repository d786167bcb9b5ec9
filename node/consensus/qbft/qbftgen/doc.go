// Package qbftgen generates certified QBFT chains deterministically, for
// tests and fixtures: a node that joins from genesis and syncs thousands of
// blocks, RPC fixtures with finalized blocks and commit certificates.
//
// Generate builds blocks the way a validator does — engine.Prepare fills the
// consensus fields (validators V(N+1), vote, the parent's commit certificate,
// mixDigest), the transactions run on the parent's state, the system calls
// before and after them are go-ethereum's — and signs each block's commit
// certificate in round 0 with a quorum of the given validator keys. The
// round-0 proposer (Besu's rotation) is the coinbase. The same inputs always
// give the same blocks. In validator-contract mode the engine reads
// getValidators() from the generated states: a Gen callback that changes the
// contract in block k changes the set block k+1 lists (V(k+2)).
//
// The package runs no consensus protocol and does no networking; it imports
// go-ethereum, package genesis and package qbft only (not the node). The only
// file it writes is an export (WriteExport), in the format `xiang import`
// reads. Validator keys given to it are used only to sign commit seals.
package qbftgen
