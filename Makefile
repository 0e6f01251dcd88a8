# The two commands a newcomer needs: `make` (the main job) and `make test` (everything).
# Every other target is listed by `make help`.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin
HOST ?= 127.0.0.1
PORT ?= 8080
# The hand-written packages and the generated client import from the checkout;
# nothing is installed in editable mode, so a regenerated client is seen at once.
export PYTHONPATH := $(CURDIR):$(CURDIR)/generated
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

SPEC := openapi/export-jobs.yaml
PY_SOURCES := export_jobs_spec export_jobs_mock contract_tests scripts tests codegen/extras

.PHONY: all help setup check check-spec lint generate check-generated check-templates diff contract drift test test-pythons browser unit mock dist wheelhouse docs bench lock clean

all: setup check-spec generate contract ## Set up, check the spec, regenerate the client, run the contract tests on the mock

help: ## List every target
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

setup: $(VENV)/.installed node_modules/.installed ## Create .venv and node_modules from the lock files (only when missing or stale)

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	# `export-jobs` on the venv's PATH runs the command of the client in generated/,
	# so a regenerated client is what runs (nothing is installed in editable mode).
	printf '#!/bin/sh\nPYTHONPATH="%s/generated$${PYTHONPATH:+:$$PYTHONPATH}" exec "%s" -m aep_export_jobs_client "$$@"\n' \
		"$(CURDIR)" "$(CURDIR)/$(PY)" > $(VENV)/bin/export-jobs
	chmod +x $(VENV)/bin/export-jobs
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

check-spec: setup ## Validate the spec: openapi-spec-validator, Redocly, Spectral (0 errors, 0 warnings), examples
	$(VENV)/bin/openapi-spec-validator $(SPEC)
	$(PY) scripts/lint_spec.py
	$(PY) -m pytest -q -p no:randomly tests/spec

lint: setup ## ruff and mypy --strict over the hand-written code and the generated client; actionlint over the workflows
	$(VENV)/bin/actionlint .github/workflows/*.yml
	$(VENV)/bin/ruff check $(PY_SOURCES)
	$(VENV)/bin/ruff format --check $(PY_SOURCES)
	$(VENV)/bin/mypy
	cd generated && ../$(VENV)/bin/mypy --strict --cache-dir=/dev/null aep_export_jobs_client
	$(PY) -W error -c "import aep_export_jobs_client.api.export_jobs, aep_export_jobs_client.models"

generate: setup ## Regenerate generated/ from the spec
	$(PY) scripts/generate_client.py

check-generated: setup ## Fail with a diff if generated/ is out of date with the spec
	$(PY) scripts/generate_client.py --check

check-templates: setup ## Fail when openapi-python-client changed a template the project overrides
	$(PY) scripts/check_templates.py

BASE ?= HEAD
diff: setup ## Classify the spec's changes since BASE (default HEAD); fails when info.version is not raised enough (CHANGELOG=1 prints an entry)
	$(PY) scripts/spec_diff.py --base "$(BASE)" $(if $(CHANGELOG),--changelog,)

check: check-spec check-templates check-generated lint diff ## All static checks

contract: setup ## Contract tests (schemathesis) against the mock; against a real server with EXPORT_JOBS_* set; reports in build/contract
	$(PY) -m pytest contract_tests --junitxml=build/contract/junit.xml

drift: setup ## The nightly live run: read-only unless EXPORT_JOBS_LIVE_WRITE=1; fails only for broken promises; reports in build/contract
	@$(PY) -W ignore -m contract_tests.targets
	CONTRACT_TARGETS=live $(PY) -m pytest contract_tests -q --junitxml=build/contract/junit.xml

unit: setup ## Behaviour tests of the mock, the client and the tools
	$(PY) -m pytest tests

test: check browser wheelhouse ## The whole suite: static checks, behaviour tests, contract tests, with coverage; the client on 3.12 and 3.13
	$(PY) -m pytest --cov --cov-report=term
	$(MAKE) test-pythons

test-pythons: setup ## The client's tests on Python 3.12 and 3.13 (those installed)
	scripts/test_pythons.sh

# The docs test renders the reference page in a real headless browser: Debian's chromium.
browser: ## Install chromium for the docs test when it is missing (needs root and apt)
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else echo "the docs test needs chromium: apt-get install chromium"; fi; }

# Options of `make mock`, each passed on only when set:
#   SEED=1 the guide's example jobs · TOKEN=, API_KEY= the only ones accepted
#   CLIENT_ID=, CLIENT_SECRET= the credential its IMS endpoint accepts · TOKEN_LIFETIME= seconds
#   NEWER_SHAPES=1 answer as later guide revisions do · QUIET=1 no line per request (for load)
#   MAX_JOBS=, MAX_JOBS_PER_TENANT= retention limits (0: none)
#   CONTROL_TOKEN= the bearer token /_mock/* needs (required to use it with HOST beyond loopback)
#   CANCEL=gone|marked CANCEL_ANSWER=200|204-message|204-empty OTHER_TENANT=404|403
#   PAGING=cursor|number: the readings of what Adobe's material leaves open (docs/mock.md)
mock: setup ## Serve the mock on $(HOST):$(PORT) (options: see the comment above this target)
	$(PY) -m export_jobs_mock --host $(HOST) --port $(PORT) \
		$(if $(SEED),--seed-examples,) \
		$(if $(TOKEN),--token "$(TOKEN)",) \
		$(if $(API_KEY),--api-key "$(API_KEY)",) \
		$(if $(CLIENT_ID),--client-id "$(CLIENT_ID)",) \
		$(if $(CLIENT_SECRET),--client-secret "$(CLIENT_SECRET)",) \
		$(if $(TOKEN_LIFETIME),--token-lifetime "$(TOKEN_LIFETIME)",) \
		$(if $(NEWER_SHAPES),--newer-shapes,) \
		$(if $(QUIET),--quiet,) \
		$(if $(MAX_JOBS),--max-jobs "$(MAX_JOBS)",) \
		$(if $(MAX_JOBS_PER_TENANT),--max-jobs-per-tenant "$(MAX_JOBS_PER_TENANT)",) \
		$(if $(CONTROL_TOKEN),--control-token "$(CONTROL_TOKEN)",) \
		$(if $(CANCEL),--cancel-effect "$(CANCEL)",) \
		$(if $(CANCEL_ANSWER),--cancel-answer "$(CANCEL_ANSWER)",) \
		$(if $(OTHER_TENANT),--other-tenant "$(OTHER_TENANT)",) \
		$(if $(PAGING),--paging "$(PAGING)",)

dist: setup ## Build the wheels of the client and of the toolkit (mock, spec, pytest plugin) into dist/
	rm -rf dist && mkdir -p dist
	$(VENV)/bin/uv build --quiet --wheel --out-dir dist generated
	$(VENV)/bin/uv build --quiet --wheel --out-dir dist .
	@ls -l dist

# What a consumer's venv needs besides the two wheels, downloaded once (from the
# lock's versions) so the consumer-project test installs offline with --no-index.
WHEELHOUSE := build/wheelhouse
wheelhouse: $(WHEELHOUSE)/.downloaded ## The wheels the consumer-project test installs from (once)
$(WHEELHOUSE)/.downloaded: requirements.lock pyproject.toml generated/pyproject.toml
	$(MAKE) dist
	$(PY) -m pip download --quiet --disable-pip-version-check --dest $(WHEELHOUSE) \
		-c requirements.lock dist/*.whl click rich pytest pytest-xdist
	rm -f $(WHEELHOUSE)/aep_export_jobs_*.whl  # the test builds these fresh
	touch $@

docs: setup ## Render the API reference to build/docs/index.html, a page that works offline
	$(PY) scripts/build_docs.py

bench: setup ## Benchmarks side by side with their baselines (see README); the load runs need wrk
	@command -v wrk >/dev/null || echo "wrk is missing: the load and soak benchmarks are skipped (Debian: apt-get install wrk)"
	$(PY) scripts/bench.py

lock: setup ## Re-pin every Python dependency from pyproject.toml into requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --extra bench --python-version 3.11 --no-header --annotation-style line -o requirements.lock

clean: ## Remove the environments and build output
	rm -rf $(VENV) .venv-* node_modules build dist .mypy_cache .ruff_cache
