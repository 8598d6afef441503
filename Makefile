# claimwatch — two commands: `make demo` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# the interpreter .venv is built with: the system's optimised CPython when it has 3.11+ (deploy/local/python.sh)
PYTHON ?= $(shell deploy/local/python.sh)
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .venv-tools
SHARED ?= ../shared
INFRA := deploy/local/infra.sh

.PHONY: help venvs setup up down status demo test test-unit test-integration test-e2e lint eval bench bench-feeds faults schemas clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/claimwatch: pyproject.toml
	@echo "setup: creating $(VENV) and installing claimwatch with its dev tools (first run downloads packages)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --progress-bar on --disable-pip-version-check -e '.[dev]'
	@touch $(BIN)/claimwatch

$(TOOLS)/bin/check-jsonschema:
	@echo "setup: creating $(TOOLS) for check-jsonschema (own env: faust pins click)…"
	@test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	@$(TOOLS)/bin/pip install --disable-pip-version-check -q 'check-jsonschema>=0.28'

venvs: $(BIN)/claimwatch $(TOOLS)/bin/check-jsonschema ## create .venv (project + dev tools) and .venv-tools; idempotent

setup: venvs ## venvs, plus the compiled extraction build; idempotent
	@# mypyc build of the extraction package (~2 min of C, only when its sources changed). Without a C
	@# compiler extraction runs as plain Python, same claims ~1.4x slower; in CI a failed build fails.
	@$(BIN)/python -m scripts.compile_extraction || { [ "$${CI:-}" != true ] \
	  && echo "setup: compiled extraction unavailable; extraction runs as plain Python"; }
	@echo "setup: ready ($(BIN)/claimwatch)"

up: setup ## start local Kafka + PostgreSQL and every service in the background (logs in .run/logs)
	@$(INFRA) up
	@source .run/infra.env && deploy/local/services.sh start

down: ## stop every service and the local infrastructure
	@deploy/local/services.sh stop || true
	@$(INFRA) down

status: ## what is running
	@$(INFRA) status || true
	@deploy/local/services.sh status || true

demo: venvs ## the whole pipeline on the bundled sample: feed → status changes printed; stops what it started
	@$(BIN)/python -m scripts.demo

test: setup ## every tier (unit, integration, e2e) against real Kafka and PostgreSQL started here
	@deploy/local/with-infra.sh $(BIN)/pytest -q -p no:cacheprovider tests

test-unit: setup ## pure tests only (no infrastructure)
	@$(BIN)/pytest -q tests/unit

test-integration: setup
	@deploy/local/with-infra.sh $(BIN)/pytest -q tests/integration

test-e2e: setup
	@deploy/local/with-infra.sh $(BIN)/pytest -q tests/e2e

lint: venvs ## ruff + mypy strict on services/ and schemas/
	@$(BIN)/ruff check services schemas tests scripts
	@$(BIN)/mypy

eval: setup ## extraction precision/recall/F1 on the shared labelled data
	@cat $(SHARED)/data/*.jsonl > .run/gold.jsonl 2>/dev/null || { mkdir -p .run && cat $(SHARED)/data/*.jsonl > .run/gold.jsonl; }
	@$(BIN)/python $(SHARED)/tools/score_extract.py .run/gold.jsonl --cmd "$(BIN)/claimwatch extract"

schemas: venvs ## regenerate the JSON Schema files and the AsyncAPI document from the models
	@$(BIN)/python -m schemas.generate

bench: setup ## end-to-end benchmark on real Kafka + PostgreSQL (JSON report + PNG plot)
	@deploy/local/with-infra.sh $(BIN)/python -m scripts.bench

bench-feeds: venvs ## 500 feeds through one article poller against a local fake site
	@$(BIN)/python -m scripts.bench_feeds

faults: setup ## fault injection and the bad-input corpus against golden replays
	@deploy/local/with-infra.sh $(BIN)/python -m scripts.faults

clean: down ## remove the run folder (keeps the jar cache and virtualenvs)
	@rm -rf .run
