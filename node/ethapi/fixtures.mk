# RPC conformance fixtures (node/ethapi/testdata). Not part of `make test`:
# the test replays the checked-in fixtures; this target regenerates them.

# GETH_VERSION is the go-ethereum version go.mod pins; the fixtures are
# recorded from a geth binary built from exactly that version.
GETH_VERSION = $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
GETH_BIN     := .build/bin/geth
RPC_TESTDATA := node/ethapi/testdata

.PHONY: rpc-fixtures geth-bin

## rpc-fixtures: regenerate the conformance chain and record geth's answers to every request case;
## regenerate the QBFT chain and pin our node's answers about finality and qbft_ (testdata/qbft)
rpc-fixtures: geth-bin
	$(GO) run ./node/ethapi/internal/gentestchain -out $(RPC_TESTDATA)
	$(GO) run ./node/ethapi/internal/rpcfixtures -testdata $(RPC_TESTDATA) -geth $(GETH_BIN)
	$(GO) run ./node/ethapi/internal/genqbftchain -out $(RPC_TESTDATA)/qbft
	rm -rf $(RPC_TESTDATA)/qbft/expected
	$(GO) test -count=1 -run TestQBFTFixtures ./node/ethapi -update-qbft

## geth-bin: build geth at the pinned version into .build/bin unless it is already there
geth-bin:
	@if ! $(GETH_BIN) version 2>/dev/null | grep -q "^Version: $(patsubst v%,%,$(GETH_VERSION))-"; then \
		echo "building geth $(GETH_VERSION) into .build/bin"; \
		GOBIN=$(CURDIR)/.build/bin $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION); \
	fi
