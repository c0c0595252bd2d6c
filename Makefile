# Two commands do all the set-up on a fresh machine:
#   make demo   run the pipeline on the bundled sample data (writes demo-out/)
#   make test   run the checks and the test suite (what CI runs: .ci/run)
# Both install what is missing (Debian packages as root, .venv, Python deps) and
# are quick when everything is already there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
# One stamp per installed extra; it changes when the package metadata changes, so a plain
# `make test` reinstalls only then (and `make test` after `make bench` installs nothing new
# unless [test] needs it).
DEPS_HASH := $(shell cat pyproject.toml setup.py | sha1sum | cut -c1-12)
stamp = $(VENV)/.spaser-installed-$(1)-$(DEPS_HASH)
# The torch pin of the [st] extra, installed on its own first (see the stamp rule).
TORCH := $(shell grep -o '"torch==[^"]*"' pyproject.toml | tr -d '"')
# Test order: pytest-randomly shuffles the tests with this seed. By default it is derived from
# the commit, so a CI run is reproducible per commit and the order changes from commit to commit;
# `make test SEED=1234` replays another order.
SEED ?= $(shell printf '%d' 0x$$(git rev-parse --short=7 HEAD 2>/dev/null || echo 1))

.PHONY: setup system-deps venv venv-test venv-eval venv-bench venv-corpus bytecode demo \
	check test test-fast eval bench corpus clean-demo

setup: system-deps venv bytecode

system-deps:
	@bash scripts/ensure_system_deps.sh

venv: $(call stamp,base)
venv-test: $(call stamp,test)
venv-eval: $(call stamp,eval)
venv-bench: $(call stamp,bench)
venv-corpus: $(call stamp,corpus)

# $* is the extra (base: none). Extras that include [st] get torch first, pinned to the local
# CPU build, so that sentence-transformers does not pull a CUDA build.
$(VENV)/.spaser-installed-%-$(DEPS_HASH): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@case "$*" in test|bench) $(BIN)/python -m pip install -q '$(TORCH)';; esac
	@$(BIN)/python -m pip install -q -e '.$(if $(filter base,$*),,[$*])'
	@rm -f $(VENV)/.spaser-installed-$*-*
	@touch $@

# Byte-compile the package, as pip does for a regular install: with an editable install and
# PYTHONDONTWRITEBYTECODE set (CI machines, containers) every new process, e.g. each batch worker,
# would otherwise compile it again. Only changed files are recompiled, so this is quick.
bytecode: venv
	@$(BIN)/python -m compileall -q spaser_nlp > /dev/null

demo: setup
	@bash scripts/demo.sh

# Lint (ruff, rules in pyproject.toml) and type check (mypy, settings in pyproject.toml).
check: venv-test
	$(BIN)/ruff check
	$(BIN)/mypy

test: setup venv-test check
	@echo "test order: pytest-randomly seed $(SEED) (replay it with: make test SEED=$(SEED))"
	OMP_THREAD_LIMIT=1 $(BIN)/python -m pytest -n 2 --randomly-seed=$(SEED) --doctest-modules spaser_nlp tests $(PYTEST_ARGS)

test-fast: setup venv-test
	$(BIN)/python -m pytest -m "not slow" --randomly-seed=$(SEED) --doctest-modules spaser_nlp tests $(PYTEST_ARGS)

eval: setup venv-eval
	@bash scripts/evaluate.sh

bench: setup venv-bench
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

corpus: setup venv-corpus
	$(BIN)/python corpora/generate.py

clean-demo:
	rm -rf demo-out
