# Xiangchain. `make run` starts a dev chain; `make test` runs the whole suite.
GO      ?= go
BIN     := build/bin/xiang
GOFLAGS ?=

.PHONY: all build run test test-long bench bench-production lint npm-deps clean

all: build

build:
	$(GO) build $(GOFLAGS) -o $(BIN) ./cmd/xiang

## run: the embedded default — a single-validator QBFT dev chain (RPC on 127.0.0.1:8545/8546)
run: build
	$(BIN) dev

## npm-deps: the pinned npm packages the tests use (solc-js, ethers, OpenZeppelin)
npm-deps: e2e/node_modules/.package-lock.json contracts/node_modules/.package-lock.json

e2e/node_modules/.package-lock.json: e2e/package-lock.json
	npm ci --prefix e2e --no-audit --no-fund

contracts/node_modules/.package-lock.json: contracts/package-lock.json
	npm ci --prefix contracts --no-audit --no-fund

## test: gofmt, vet and every test (never cached: the end-to-end tests run real xiang processes)
test: npm-deps lint
	$(GO) test $(GOFLAGS) -count=1 -timeout 25m ./...

## lint: gofmt and go vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './*/node_modules/*')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## test-long: fault and soak tests (several minutes each)
test-long: npm-deps
	$(GO) test $(GOFLAGS) -count=1 -tags long -timeout 90m ./...

## bench: block production vs go-ethereum's InsertChain, then bench-consensus and bench-rpc (bench/bench.mk)
bench: bench-production bench-consensus bench-rpc

## bench-production: Go benchmark of block production against go-ethereum's InsertChain
bench-production:
	$(GO) test $(GOFLAGS) -run '^$$' -bench '^BenchmarkBlockProduction$$' -benchtime 3x -timeout 30m ./bench/

clean:
	rm -rf build

-include contracts/contracts.mk
-include node/ethapi/fixtures.mk
-include bench/bench.mk
