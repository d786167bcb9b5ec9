// Package qbftcore is Xiangchain's QBFT protocol state machine: proposals,
// prepares, commits, round changes, justification, prepared certificates and
// future-message buffering, following Besu's QBFT (research/consensus.md §2)
// on Xiangchain's block format (DESIGN.md §4).
//
// The package is pure: it performs no I/O, starts no goroutines, reads no clock
// except Config.Now and keeps no package-level state. Like etcd's raft, the
// caller feeds events in (NewHeight, Step, BlockTimerFired, RoundTimerFired,
// BlockBuilt, BlockValidated, Restore) and drains what the core wants done with
// Ready: messages to persist and send, a block to build, blocks to validate,
// timers to arm and a commit decision. Networking, block building, execution,
// storage and timers all belong to the caller (the node).
//
// The order the caller must respect is:
//
//  1. write Ready.Persist durably before sending Ready.Broadcast (a validator
//     must never sign two different values for one height and round, even
//     across a crash; Restore feeds the persisted messages back at start-up);
//  2. on Ready.Committed, store the certificate, make the block head, then call
//     NewHeight with it.
//
// The package does not verify headers or execute blocks: a proposal is only
// accepted after the node reports BlockValidated(hash, nil) for its block.
package qbftcore
