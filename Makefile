# The two commands a newcomer needs: `make run` and `make test`.
# Build output goes to $CARGO_TARGET_DIR when set (CI keeps a cache there), else target/.

CARGO ?= cargo
export CARGO_TARGET_DIR ?= $(CURDIR)/target
export TWINNING_TEST_PYTHON ?= $(CARGO_TARGET_DIR)/python/bin/python
export TWINNING_TEST_AXE ?= $(CARGO_TARGET_DIR)/node/node_modules/axe-core/axe.min.js

.PHONY: run test build deps test-deps lint bench-load

## Build in release mode and serve http://127.0.0.1:8080 on data/twinning.db
## (created, migrated and loaded with the reference cities when missing).
run: deps
	$(CARGO) build --release --bin twinning
	$(CARGO_TARGET_DIR)/release/twinning serve

## Every test of the workspace, on SQLite and on a real PostgreSQL server.
test: test-deps
	$(CARGO) test --workspace --no-fail-fast

build: deps
	$(CARGO) build --release --bin twinning

deps:
	@.ci/deps build

test-deps:
	@.ci/deps test

## Formatting and lints, as CI would want them.
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## The load benchmark of GET /api/cities (needs wrk).
bench-load: build
	tests/bench/load.sh $(CARGO_TARGET_DIR)/release/twinning
