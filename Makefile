# prosecutor-kg. `make demo` and `make test` work on a fresh machine (Python >= 3.10 with venv).
SHELL := /bin/bash
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
STAMP  := $(VENV)/.installed

.PHONY: demo test build check lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
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

## test: install what the tests need, check the committed graph is fresh, run the suite
test: $(STAMP)
	$(KG) build --check
	$(PY) -m pytest

build: $(STAMP)
	$(KG) build

check: $(STAMP)
	$(KG) build --check

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info src/*.egg-info
