# Task runner. `make run` and `make test` are the two set-up commands of the README:
# each creates .venv when missing, installs what it needs, and runs.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APP_STAMP := $(VENV)/.installed-app

.PHONY: run test install chromium lint typecheck ingest bench load eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[st,app,dev]"
	touch $(STAMP) $(APP_STAMP)

# the app needs only its own extras: no torch, no test tools
$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[app]"
	touch $(APP_STAMP)

install: $(STAMP)

# Start the app on http://127.0.0.1:7860; on first run it builds the index right at launch:
# it answers by keywords and figures within seconds, fully after about 90 s (see README).
run: $(APP_STAMP)
	$(BIN)/hic serve

# The browser test needs Debian's chromium, the Word-export test LibreOffice and poppler
# (docx -> PDF -> PNG); install them when missing (CI runs as root).
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	@(command -v soffice && command -v pdftoppm) >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils)

test: install chromium
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check assistant index eval tests app.py
	$(BIN)/ruff format --check assistant index eval tests app.py

typecheck: install
	$(BIN)/mypy

ingest: install
	$(BIN)/hic ingest

bench: install
	$(BIN)/hic bench ingest
	$(BIN)/hic bench query

# 20 and 50 simulated users for 60 s each through the app's API (an app of its own, loopback)
load: install
	$(BIN)/hic bench load --users 20 --seconds 60
	$(BIN)/hic bench load --users 50 --seconds 60

eval: install
	$(BIN)/hic ingest
	$(BIN)/hic eval

clean:
	rm -rf .hic-index test-output
