// Package localnet runs a whole QBFT network on one machine: it generates a
// network directory with genesis.WriteNetwork (or reuses one it generated
// before), starts one `xiang node` child process per node on free loopback
// ports, and stops them all again. It backs `xiang localnet` and gives
// benchmarks and fault tests a handle on each node: its endpoints, and
// Kill/Restart of its process.
//
// The package only launches and supervises processes. It never links a node
// into its own process and never reaches into a node's database: everything
// it knows about a running node comes from the files it wrote and from the
// node's JSON-RPC endpoint.
package localnet
