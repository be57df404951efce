# khabar — set-up, demo, tests, benchmarks. `make demo` and `make test` work on a fresh
# clone: they create .venv and install the package when missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
EXAMPLE := $(SHARED)/examples/us-iraq-withdrawal.txt

.PHONY: demo test bench lint schema venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "khabar needs Python >= 3.11 (set PYTHON=python3.11 or newer)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/khabar analyze $(EXAMPLE) --published 2024-09-06 --format text

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m khabar.bench --news $(SHARED)/data/news/dev/2015-08-10.zip

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m khabar.schema --check

# regenerate schema/document.schema.json after a change to src/khabar/document.py
schema: $(STAMP)
	$(BIN)/python -m khabar.schema --write

clean:
	rm -rf $(VENV) build *.egg-info
