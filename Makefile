# brief: every workflow starts here. `make demo` and `make test` work on a fresh machine.
SHELL := /bin/bash
# The interpreter .venv is made with: the distribution's own python3 when it is 3.11 or
# newer and can make a virtualenv (python3-venv, a system package below), else the first
# python3 on PATH. Debian builds CPython with profile-guided and link-time optimisation,
# into the executable; pyenv and a plain `./configure` build neither, and link libpython
# as a shared library. The same code and packages run a 25,000-sentence brief in about
# 25% less time on Debian's (docs/bench.md names the interpreter it measured).
# `make PYTHON=python3.12 venv` picks another.
PYTHON ?= $(firstword $(shell for python in /usr/bin/python3 python3; do \
	$$python -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$python; done) python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DATA ?= ../shared/eval
SAMPLE ?= samples/baltic-drills.txt
SYSPKGS := python3-venv poppler-utils fonts-dejavu-core fonts-noto-core fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all sysdeps venv bytecode demo test check lint typecheck golden eval bench wheel clean

all: demo

# System packages: Debian's python3 with venv (see PYTHON), fonts for Cyrillic/Greek/Arabic/CJK, poppler for pdftotext, pango for WeasyPrint.
.stamp-sysdeps:
	@missing=$$(for p in $(SYSPKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@touch $@
sysdeps: .stamp-sysdeps

# After the system packages (python3-venv decides PYTHON), and made anew (--clear): a
# .venv made by another interpreter would keep its python link under the new one's library.
$(VENV)/.stamp-install: pyproject.toml | .stamp-sysdeps
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@
venv: $(VENV)/.stamp-install

# Bytecode for our own modules, which an editable install never compiles: where
# PYTHONDONTWRITEBYTECODE is set (as on the machines .ci/run uses), every run of brief
# would compile all of brief again, about 0.35 s of CPU before any work. compileall
# writes whatever that setting says, and rewrites only what changed since.
bytecode: venv
	@$(PY) -m compileall -q brief tools >/dev/null

demo: sysdeps bytecode
	$(BIN)/brief make $(SAMPLE) -o brief.pdf
	@echo "wrote brief.pdf from $(SAMPLE)"

test: sysdeps bytecode
	$(BIN)/pytest -n 2 -p no:cacheprovider

lint: venv
	$(BIN)/ruff check brief tests tools
	$(BIN)/ruff format --check brief tests tools

typecheck: venv
	$(BIN)/mypy

check: lint typecheck test

golden: bytecode
	$(PY) -m tools.golden

eval: bytecode
	$(PY) -m tools.eval --data $(DATA)

bench: bytecode
	$(PY) -m tools.bench

wheel: venv
	$(BIN)/pip wheel -q --no-deps --no-build-isolation -w dist .

clean:
	rm -rf $(VENV) dist build .stamp-* .pytest_cache .mypy_cache .ruff_cache brief.pdf
