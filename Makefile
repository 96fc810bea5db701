# Two commands set everything up: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/stockpile-tracker

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.ledger_bench
	$(BIN)/python -m benchmarks.gui_bench
	$(BIN)/python -m benchmarks.reports_bench
	$(BIN)/python -m benchmarks.import_bench

lint: $(STAMP)
	$(BIN)/ruff check stockpile_tracker tests benchmarks migrations

clean:
	rm -rf $(VENV) build dist .pytest_cache

screenshots: $(STAMP)
	$(BIN)/python docs/make_screenshots.py
