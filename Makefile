# xiaobao — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export XIAOBAO_DATA_DIR ?= $(CURDIR)/data

.PHONY: help install install-dev browser bench-tools run demo serve test lint bench messages clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python ## create .venv, install the package and the front-end assets
	$(BIN)/pip install -q -e .
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/xiaobao collectstatic --noinput -v 0

install-dev: install ## install test and lint tooling too
	$(BIN)/pip install -q -e '.[dev]'

browser: ## Debian's chromium for the Playwright tests (Playwright's own browser download does not work here)
	@command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

bench-tools: ## Debian's wrk, the HTTP load generator of the intake benchmark (a Python one stands in without it)
	@command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; } || echo "wrk not installed: the intake benchmark falls back to Python client threads"

run: install ## migrate, seed the demo branch, print the accounts, serve on http://127.0.0.1:8000 with one background worker
	$(BIN)/xiaobao demo
	$(BIN)/xiaobao run --host 127.0.0.1 --port 8000

# The whole suite must cover at least this share of src/xiaobao, or `make test` fails: a few points under the 92%
# the first full CI run printed (2026-12-05); raise it as coverage grows.
COVERAGE_FLOOR ?= 88
# Test processes (pytest-xdist): one per core of the CI machine; a test file stays on one process (--dist loadfile:
# the Redis module flushes its database, module fixtures build once). TEST_WORKERS=0 runs in this process.
TEST_WORKERS ?= 2

test: install-dev browser ## lint, type-check, and run the whole suite with the coverage floor (DATABASE_URL picks the database)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/xiaobao makemigrations --check --dry-run -v 0
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --cov=xiaobao --cov-report=term:skip-covered --cov-fail-under=$(COVERAGE_FLOOR)

lint: ## ruff and mypy
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: install-dev bench-tools ## benchmarks: print numbers, never assert
	@for f in bench/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

# Apps with their own catalogue (src/xiaobao/<app>/locale): their strings stay out of the project catalogue.
APP_LOCALES := $(notdir $(patsubst %/locale,%,$(wildcard src/xiaobao/*/locale)))

messages: ## regenerate the zh-hans catalogues from the code, then compile them (needs GNU gettext); translate new entries in between
	cd src/xiaobao && ../../$(BIN)/xiaobao makemessages -l zh_Hans --no-obsolete -i "engines/*" $(foreach a,$(APP_LOCALES),-i "$(a)/*")
	for a in $(APP_LOCALES); do (cd src/xiaobao/$$a && ../../../$(BIN)/xiaobao makemessages -l zh_Hans --no-obsolete) || exit 1; done
	cd src/xiaobao && ../../$(BIN)/xiaobao compilemessages -l zh_Hans

clean:
	rm -rf $(VENV) node_modules staticfiles
