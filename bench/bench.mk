# Process benchmarks (bench/consensus_test.go, bench/rpc_test.go): real xiang
# and geth processes on loopback, loaded over JSON-RPC by bench/loadgen. Each
# takes a few minutes and reports its figures as ratios against geth measured
# in the same run (docs/benchmarks.md). `make bench` depends on both; plain
# `go test -bench . ./bench/...` skips them unless XIANG_BIN and GETH_BIN are
# set. Pass benchmark settings through BENCH_ARGS, for example
#   make bench-consensus BENCH_ARGS='-consensus.duration 10s -consensus.senders 200'

GETH_BIN   ?= .build/bin/geth
BENCH_ARGS ?=
BENCH_ENV   = XIANG_BIN=$(CURDIR)/$(BIN) GETH_BIN=$(CURDIR)/$(GETH_BIN)

.PHONY: bench-consensus bench-rpc

## bench-consensus: 4-validator QBFT localnet vs geth --dev under the same transfer load (issue 5)
bench-consensus: build geth-bin
	$(BENCH_ENV) $(GO) test $(GOFLAGS) -count=1 -run '^$$' -bench '^BenchmarkConsensusThroughput$$' -benchtime 1x \
		-timeout 20m ./bench/ -args $(BENCH_ARGS)

## bench-rpc: eth_getBlockByNumber, eth_call and eth_getLogs throughput, xiang vs geth on the test chain (issue 4)
bench-rpc: build geth-bin
	$(BENCH_ENV) $(GO) test $(GOFLAGS) -count=1 -run '^$$' -bench '^BenchmarkRPCThroughput$$' -benchtime 1x \
		-timeout 10m ./bench/ -args $(BENCH_ARGS)
