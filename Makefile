# Task runner. `make run` and `make test` are the two set-up commands of the README:
# each creates .venv when missing, installs what it needs, and runs.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint typecheck ingest bench eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[st,dev]"
	touch $(STAMP)

install: $(STAMP)

# Build the index (first run: ~1 minute on 2 cores) and answer a sample question.
run: install
	$(BIN)/hic ingest
	$(BIN)/hic ask "Hoeveel straatroven waren er in 2021?"

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check assistant index tests
	$(BIN)/ruff format --check assistant index tests

typecheck: install
	$(BIN)/mypy

ingest: install
	$(BIN)/hic ingest

bench: install
	$(BIN)/hic bench ingest
	$(BIN)/hic bench query

eval: install
	$(BIN)/hic ingest
	$(BIN)/hic eval

clean:
	rm -rf .hic-index test-output
