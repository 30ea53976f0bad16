# jogg — the tasks a maintainer runs. Every target sets up what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
PROJECT_SPEC := openapi/jogg-v2.yaml
# The vendor's published spec; check-drift compares our spec with it when it exists.
UPSTREAM ?= $(SHARED)/upstream/openapi-v2.yaml
PYTEST_ARGS ?=
# What ruff checks: every hand-written Python folder (generated/ is formatted by make generate).
LINT_PATHS := $(wildcard jogg scripts tests bench examples)

.PHONY: help setup venv node demo demo-batch test lint format typecheck unit generate check-drift \
        update-spec reliability fuzz bench conformance facade-map clean

help:
	@echo "make demo         run the product-to-video job (embedded fake unless JOGG_API_KEY is set)"
	@echo "make demo-batch   a 10-row catalogue to videos with \`jogg batch\` on the embedded fake"
	@echo "make test         set up, lint, typecheck, check drift and run every test"
	@echo "make generate     regenerate generated/jogg_api and generated/STAMP.json from $(PROJECT_SPEC)"
	@echo "make check-drift  fail if the stamp, generated/ or $(PROJECT_SPEC) is out of step"
	@echo "make update-spec SPEC=path-or-url   check, vendor and regenerate (all or nothing), then"
	@echo "                  report the changes and the facade lines to revisit (SPEC_SOURCE= works too)"
	@echo "make reliability  fault matrix, fuzzed parsing and secrets, with a table"
	@echo "make fuzz         the same suite with the long fuzz profile (500 random cases per operation)"
	@echo "make conformance  run the language-neutral conformance vectors"
	@echo "make facade-map   rewrite docs/facade-map.json from the code (for ports; a test compares)"
	@echo "make bench        benchmarks against raw httpx (not part of make test)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,cli]'
	@touch $@

venv: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: node_modules/.installed

setup: venv node

# PRODUCT_URL=... picks the product page (the real API reads it; the fake makes one up).
demo: venv
	$(BIN)/python examples/product_video.py $(PRODUCT_URL)

# Ten product pages to ten videos with `jogg batch`, on the fake served on loopback.
demo-batch: venv
	rm -rf out/batch-demo
	$(BIN)/python -m jogg.batch out/batch-demo

lint: venv
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

format: venv
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

typecheck: venv
	$(BIN)/mypy

test: setup lint typecheck check-drift
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Spec and generated client (scripts/*.py; see docs/maintainers.md).
generate: venv
	$(BIN)/python scripts/generate.py

check-drift: venv
	$(BIN)/python scripts/check_drift.py --upstream "$(UPSTREAM)"

# The new vendor spec comes as SPEC=path-or-url (SPEC_SOURCE= is the older spelling).
update-spec: venv
	@test -n "$(or $(SPEC),$(SPEC_SOURCE))" || { echo "usage: make update-spec SPEC=path-or-url" >&2; exit 2; }
	$(BIN)/python scripts/update_spec.py "$(or $(SPEC),$(SPEC_SOURCE))"

# Only the vectors of tests/conformance/, with passes per area at the end: the Python facade
# (pytest, which also runs the Node runner as a test), then the Node runner's own report.
conformance: venv
	JOGG_CONFORMANCE_REPORT=1 $(BIN)/python -m pytest tests/conformance $(PYTEST_ARGS)
	node tests/conformance/node/run.mjs

# The facade map for ports (docs/facade-map.json), read off the code by calling it against
# a recording fake; tests/conformance/test_facade_map.py fails when it is out of date.
facade-map: venv
	$(BIN)/python -m tests.conformance.facade_map

# Reliability and security suite (tests/reliability); it prints its table at the end.
reliability: venv
	$(BIN)/python -m pytest tests/reliability $(PYTEST_ARGS)

fuzz: venv
	JOGG_FUZZ_EXAMPLES=$${JOGG_FUZZ_EXAMPLES:-500} JOGG_FUZZ_RANDOM=1 \
		$(BIN)/python -m pytest tests/reliability/test_fuzz_parsing.py $(PYTEST_ARGS)

# Benchmarks against raw httpx on loopback (bench/; about 3 minutes, BENCH_QUICK=1 for ~1).
bench: venv
	$(BIN)/python -m bench $(if $(filter-out 0,$(BENCH_QUICK)),--quick)

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache
