# Contracts and bindings. Included by the root Makefile; every path is relative to the repository root.
#
#   make contracts        compile contracts/src with the pinned solc-js into contracts/artifacts
#   make bindings         generate abigen v2 bindings into bindings/<family>
#   make check-generated  regenerate both and fail if the committed files differ
#   make test-contracts   run the Go tests of the bindings (simulated backend, Xiangchain rules)

CONTRACTS_DIR := contracts

.PHONY: contracts bindings check-generated test-contracts

contracts:
	@test -d $(CONTRACTS_DIR)/node_modules || (cd $(CONTRACTS_DIR) && npm ci --no-audit --no-fund)
	cd $(CONTRACTS_DIR) && node scripts/compile.js

bindings:
	go run ./bindings/internal/gen -artifacts $(CONTRACTS_DIR)/artifacts -out bindings

# Compile first, then generate (sequentially even under make -j), then compare with the committed files.
check-generated:
	@$(MAKE) --no-print-directory contracts
	@$(MAKE) --no-print-directory bindings
	@changes="$$(git status --porcelain -- $(CONTRACTS_DIR)/artifacts bindings)"; \
	if [ -n "$$changes" ]; then \
		echo "generated contracts/artifacts or bindings differ from the committed files:"; \
		echo "$$changes"; \
		git --no-pager diff --stat -- $(CONTRACTS_DIR)/artifacts bindings; \
		echo "run 'make contracts bindings' and commit the result"; \
		exit 1; \
	fi
	@echo "generated contracts/artifacts and bindings are up to date"

test-contracts:
	go test ./bindings/...
