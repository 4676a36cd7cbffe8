# The two commands of the README:
#   make run   – set everything up and start the dashboard on the demo data
#   make test  – set everything up and run every test (what .ci/run calls)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint demo bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

run: $(VENV)/.runtime
	bash scripts/ensure-system
	$(BIN)/python -m ui.launch --server.port $(PORT)

test: $(VENV)/.dev
	bash scripts/ensure-system --test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .
	$(BIN)/python -m mypy analytics ui pages app.py
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/python -m ruff format .
	$(BIN)/python -m ruff check --fix .

demo: $(VENV)/.runtime
	$(BIN)/python -m analytics demo

bench: $(VENV)/.dev
	bash scripts/ensure-system
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) data/budget.duckdb data/budget.duckdb.wal data/demo bench/work
