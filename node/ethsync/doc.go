// Package ethsync runs go-ethereum's `eth` wire protocol for a Xiangchain
// node: it serves headers, bodies and receipts from the chain, relays
// transactions both ways (broadcasts, announcements and go-ethereum's
// transaction fetcher), and catches the chain up with go-ethereum's
// downloader, syncing to a head the caller already knows to be certified.
//
// It owns no consensus decision. The eth protocol carries no blocks any more,
// so committed blocks, their certificates and QBFT messages travel on the
// node's own protocol; the node hands a certified head to SyncTo when it
// falls behind. Every downloaded block is imported through
// core.BlockChain.InsertChain, so the chain's consensus engine verifies each
// header — for QBFT, the certificate of its parent that the header carries.
// The package does not store certificates: OnInserted tells the caller which
// blocks were inserted, and ParentCertificates extracts the parent
// certificates they carry.
//
// Blob transactions are not accepted (Xiangchain runs no blob pool). Snap
// sync is not offered: every downloaded block is executed.
//
// The package imports go-ethereum and package qbft only, never the node.
package ethsync
