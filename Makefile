# Heard: developer commands. `make run` starts the app, `make test` runs every check headless.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
# Everything ruff looks at; mypy's own file list lives in pyproject.toml.
LINT_PATHS := $(wildcard src tests resources scripts benchmarks)
# Files outside src/heard that mypy checks strictly on top of pyproject's list.
MYPY_EXTRA := resources scripts/make_chime.py
PYTEST_ARGS ?=
# Translations: .ts files are the source (in git); .qm files are compiled from them here.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
.PHONY: help setup run test lint ruff typecheck fmt bench package clean distclean translations

help:
	@echo "make run        set up .venv and start Heard"
	@echo "make test       set up .venv and run ruff, mypy and pytest (headless)"
	@echo "make lint       ruff check + format check + mypy"
	@echo "make fmt        ruff format + safe ruff fixes"
	@echo "make bench      run the benchmarks (python -m benchmarks)"
	@echo "make package    build the one-folder app dist/heard/ (PyInstaller) and smoke-test it"
	@echo "make translations  extract UI strings into resources/translations/*.ts, compile .qm"
	@echo "make clean      remove caches and build output (make distclean also removes .venv)"
	@echo "Pass pytest options with PYTEST_ARGS, e.g. make test PYTEST_ARGS='-k session -x'"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "Could not create $(VENV) with $(PYTHON) (on Debian: apt install python3-venv)" >&2; \
		exit 1; }

# Stamps: reinstall when pyproject.toml is newer than the last install.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	@touch $@

setup: $(VENV)/.installed-test

run: $(VENV)/.installed-run $(QM_FILES)
	$(BIN)/heard

lint: ruff typecheck

ruff: $(VENV)/.installed-test
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy
	$(BIN)/mypy --strict --no-warn-unused-configs $(MYPY_EXTRA)

# Every step must pass. pytest's exit code 5 ("no tests collected") is a failure here too.
test: lint $(QM_FILES)
	@echo "QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)"
	@QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests; that is a failure" >&2; fi; \
	exit $$status

fmt: $(VENV)/.installed-test
	$(BIN)/ruff format $(LINT_PATHS)
	$(BIN)/ruff check --fix $(LINT_PATHS)

bench: $(VENV)/.installed-test
	@if [ -f benchmarks/__main__.py ]; then \
		$(BIN)/python -m benchmarks; \
	else \
		echo "No benchmarks yet: benchmarks/__main__.py does not exist."; \
	fi

# Slow (a minute or more): not part of `make test`. Uses its own venv in build/.
package: $(QM_FILES)
	PYTHON=$(PYTHON) packaging/build.sh

# Compile a translation (the app loads .qm files; it compiles nothing at run time).
resources/translations/%.qm: resources/translations/%.ts | $(BIN)/pyside6-lrelease
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

$(BIN)/pyside6-lrelease: | $(VENV)/.installed-run

# Re-extract every translatable string (new ones arrive unfinished), then compile.
# scripts/translations.py status lists what is still untranslated.
translations: $(VENV)/.installed-run
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py compile

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis bench-results
	rm -f $(QM_FILES)
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -path ./$(VENV) -prune -o -name '*.egg-info' -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
