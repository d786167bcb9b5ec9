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
// storage and timers all belong to the caller (the node), which must:
//
//  1. write Ready.Persist durably before sending any of Ready.Broadcast (a
//     validator must never sign two different values for one height and
//     round, even across a crash; Restore feeds the persisted messages back at
//     start-up, before or after the first NewHeight);
//  2. build a block on the head with its own address as coinbase for
//     Ready.BuildBlock and hand it to BlockBuilt;
//  3. execute and store (without making head) every block in Ready.Validate
//     and report the result with BlockValidated;
//  4. on Ready.Committed, store the certificate, make the block head, then call
//     NewHeight with it and V(head+1);
//  5. import blocks it learns of some other way (synchronisation, block
//     announcements with certificates) and call NewHeight for them too: the
//     core decides a height only from messages of that height.
//
// Protocol choices, with the reasons where they differ from Besu:
//
//   - The digest PREPAREs and COMMITs name is the block hash; a re-proposed
//     prepared block is the identical block (the round is not in the block).
//   - Round 0 starts, and its timer runs, when the block timer fires or a
//     valid round-0 proposal arrives. Round r lasts RequestTimeout × 2^min(r,6),
//     capped at MaxRequestTimeout.
//   - A proposal is accepted (one per round) after its signature, proposer,
//     parent, number, coinbase and justification checks, and is prepared only
//     after BlockValidated(hash, nil). A valid proposal for a later round (at
//     most FutureRoundLimit ahead) moves the node to that round.
//   - The block of a prepared ROUND_CHANGE is checked against its digest and
//     its Q PREPAREs but not executed: it can only matter once re-proposed, and
//     then every node validates it as a proposal.
//   - f+1 early round change is on: when f+1 validators sent ROUND_CHANGEs
//     above our round, the node moves to the highest round f+1 of them reached
//     and sends its own ROUND_CHANGE. This counts ROUND_CHANGEs beyond
//     FutureRoundLimit too (only each validator's highest is kept): with the
//     timer capped at 2^6, nodes more than FutureRoundLimit rounds apart
//     otherwise never meet again.
//   - Q COMMITs of any round of the current height decide it, even a round the
//     node has left, provided it validated the block. The certificate holds the
//     first Q seals by signer address.
//   - Messages for later heights (up to FutureHeightLimit ahead, at most
//     FutureMessageLimit of them, highest heights evicted first) are kept,
//     signature-checked, and replayed by NewHeight; older heights are dropped.
//   - A BlockValidated error wrapping consensus.ErrFutureBlock is not a
//     rejection: validation is asked for again once the clock is within
//     MaxClockSkew of the block time, and on every timer event.
//   - Ready.Persist also carries the prepared certificate (the PROPOSAL and Q
//     PREPAREs) when the node becomes prepared, so that its lock survives a
//     crash; otherwise a restarted node's ROUND_CHANGE could omit the block it
//     may have helped commit.
//   - The core does not relay other validators' messages; the node may.
package qbftcore
