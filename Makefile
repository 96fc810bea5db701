# Two commands set everything up: `make run` and `make test`. Both create .venv on first use.
VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := $(VENV)/Scripts
else
PYTHON ?= python3
BIN := $(VENV)/bin
endif
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean screenshots soak mutation dist translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/stockpile-tracker

# The suite runs in as many processes as the machine has cores (pytest-xdist); TEST_WORKERS=0
# runs it in this one process. The slowest tests are listed at the end, to keep CI's time in view.
TEST_WORKERS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --durations=25

bench: $(STAMP)
	$(BIN)/python -m benchmarks.ledger_bench
	$(BIN)/python -m benchmarks.gui_bench
	$(BIN)/python -m benchmarks.reports_bench
	$(BIN)/python -m benchmarks.import_bench
	$(BIN)/python -m benchmarks.start_bench

LINTED := stockpile_tracker tests benchmarks migrations docs packaging

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy

# The standalone program folder and its archive in dist/ (PyInstaller, packaging/build.py), for the
# machine it runs on; packaging/smoke_test.sh tries the folder as a user would.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/python packaging/build.py

# The window's texts (docs/TRANSLATING.md): lupdate collects every text marked in the code into the
# .ts files translators edit (new ones unfinished, gone ones dropped); lrelease builds the .qm files
# the program reads, committed beside them (tests/unit/test_translations.py checks both are current).
TS := $(wildcard resources/i18n/stockpile_tracker_*.ts)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py stockpile_tracker -ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease -silent -nounfinished $$ts -qm $${ts%.ts}.qm || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache

# In each language: docs/ (English), docs/fr/, docs/es/, and the guide's in resources/guide/images/.
screenshots: $(STAMP)
	for language in en fr es; do $(BIN)/python docs/make_screenshots.py --language $$language || exit 1; done

# The random hunt that `make test` does not do: the property tests and the import fuzzing with new
# examples each run (hypothesis's default profile) and SOAK_FACTOR times as many (the property
# test alone: 20 x its examples in `make test`, on SQLite); PostgreSQL too when STOCKPILE_TEST_PG_URL
# is set. Not in CI.
SOAK_FACTOR ?= 20
soak: $(STAMP)
	STOCKPILE_PROPERTY_EXAMPLES=$(SOAK_FACTOR) STOCKPILE_FUZZ_EXAMPLES=$$((200 * $(SOAK_FACTOR))) \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/db/test_properties.py tests/db/test_import_fuzz.py \
	    --hypothesis-profile=default --hypothesis-show-statistics -q

# Mutation testing (not in CI): mutmut, installed here into .venv, mutates the rules and the
# services that keep them and runs the SQLite tests that cover each change (pyproject.toml,
# [tool.mutmut]; tests/mutation.py says what runs in full and what is sampled). Score and the
# surviving mutants, explained: docs/RELIABILITY.md. Needs `mutants/` (git-ignored) as work space.
MUTATION_SAMPLE ?= 60
MUTATION_SEED ?= 2026
MUTATION_OPTIONS ?=
mutation: $(STAMP)
	$(BIN)/python -m pip install --quiet 'mutmut==3.8.1'
	env -u STOCKPILE_TEST_PG_URL QT_QPA_PLATFORM=offscreen nice -n 19 $(BIN)/python tests/mutation.py \
	    --sample $(MUTATION_SAMPLE) --seed $(MUTATION_SEED) $(MUTATION_OPTIONS)
