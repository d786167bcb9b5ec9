// Package loadgen drives load against Ethereum JSON-RPC endpoints and
// measures what comes back: pre-signed transfers sent at a target rate (open
// loop) or as fast as the chain includes them (closed loop), each tracked
// from the moment it is sent to the moment a block that includes it is seen,
// and read-only calls from many concurrent clients.
//
// The package only talks JSON-RPC (and reads /proc for a process's peak
// memory). It starts no nodes and knows nothing of Xiangchain: the same run
// is pointed at a Xiangchain network and at go-ethereum, so that every figure
// can be given as a ratio against a baseline measured the same way.
package loadgen
