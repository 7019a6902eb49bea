# Two commands on a fresh machine with python3 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: demo test lint bench install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m bot demo --admin 9000

# Byte-code written and reused (this machine's environment sets PYTHONDONTWRITEBYTECODE): else
# every test process, every `python -m bot` the tests start and every sandboxed reader child
# compiles the project again, and pytest rewrites every test module again in each worker (8 of
# the 12 s a worker spent collecting). __pycache__/ is ignored by git.
test: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -q

# What CI checks besides the tests: lint, formatting, types, the import layers.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(BENCH_STAMP)
	$(PY) bench/bench_matching.py
	$(PY) bench/bench_tick.py --chats 1000
	$(PY) bench/bench_load.py

clean:
	rm -rf $(VENV) data .pytest_cache
