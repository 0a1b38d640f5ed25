# Everything a fresh machine needs: Python 3.11, make and apt. Targets install what they use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# A second environment with the engine compiled by mypyc (setup.py): the build `make bench` measures and the one the
# suite runs on a second time. It is rebuilt whenever an engine source changes.
COMPILED := .venv-compiled
CPY := $(COMPILED)/bin/python
CSTAMP := $(COMPILED)/.installed-stamp
ENGINE_SOURCES := $(shell find src/ringfence -name '*.py' -not -path '*/service/*')
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint bench compiled system-deps clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# mypyc type-checks what it compiles, so the dependencies (and mypy, in dev) come first, then the compiled build
# replaces the pure one; --no-build-isolation lets it see them.
$(CSTAMP): pyproject.toml setup.py $(ENGINE_SOURCES)
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH"; exit 1; }
	@if ! command -v gcc >/dev/null || ! $(PYTHON) -c "import os, sysconfig, sys; \
		sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))"; then \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc python3-dev >/dev/null; \
	fi
	$(PYTHON) -m venv $(COMPILED)
	$(CPY) -m pip install --quiet --upgrade pip 'setuptools>=77' wheel
	$(CPY) -m pip install --quiet '.[dev,bench]'
	RINGFENCE_COMPILE=1 $(CPY) -m pip install --quiet --no-build-isolation --no-deps --force-reinstall .
	$(CPY) -c "import ringfence, sys; sys.exit(not ringfence.compiled())"
	touch $(CSTAMP)

compiled: $(CSTAMP)

# PostgreSQL and Chromium are needed only by the tests that use them (real servers on loopback).
system-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v chromium >/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium >/dev/null; \
	fi

run: $(STAMP)
	$(VENV)/bin/ringfence serve --host 127.0.0.1 --port 8000

# The whole suite on the source, then every engine test again on the compiled build (the service is not compiled).
test: $(STAMP) $(CSTAMP) system-deps
	$(PY) -m pytest -q
	$(CPY) -m pytest -q -p no:cacheprovider --ignore=tests/service

# Every figure quoted in docs/benchmarks.md, on the compiled build; needs ../shared/datasets (or RINGFENCE_DATASETS).
bench: $(CSTAMP)
	$(CPY) benchmarks/report.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(COMPILED) build .pytest_cache .mypy_cache .ruff_cache
