# Two commands for a newcomer on a fresh Debian/Ubuntu machine with only Python 3:
#   make run   - set everything up and open StanceDesk on the demo file
#   make test  - set everything up and run every check and test headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo/ceasefire-demo.stancedesk
SAMPLE ?= ../shared/samples/ceasefire-2025-04-22.txt
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck unit bench stress demo clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "StanceDesk needs Python 3.11 or newer"; exit 1; }
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DEMO): $(STAMP)
	mkdir -p demo
	$(BIN)/stancedesk-cli demo $(DEMO) --article $(SAMPLE)

demo: $(DEMO)

run: $(DEMO)
	@QT_QPA_PLATFORM= $(BIN)/stancedesk $(DEMO)
	@echo "demo file: $(abspath $(DEMO))"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint unit

# The kill -9 loops run 4 times in `make test`; here 20 times each.
stress: $(STAMP)
	STANCEDESK_KILL_LOOPS=20 $(BIN)/python -m pytest -q -m slow

bench: $(STAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) demo .pytest_cache .mypy_cache .ruff_cache
