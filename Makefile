# Two commands do all the set-up on a fresh machine:
#   make demo   run the pipeline on the bundled sample data (writes demo-out/)
#   make test   run the test suite
# Both install what is missing (Debian packages as root, .venv, Python deps) and
# are quick when everything is already there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamp changes when the dependencies change, so a plain `make test` reinstalls only then.
STAMP := $(VENV)/.spaser-installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
PYTEST_ARGS ?=

.PHONY: setup system-deps venv bytecode demo test test-fast eval bench corpus clean-demo

setup: system-deps venv bytecode

system-deps:
	@bash scripts/ensure_system_deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@# torch first, pinned to the local CPU build, so sentence-transformers does not pull a CUDA build
	@$(BIN)/python -m pip install -q torch==2.13.0
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.spaser-installed-*
	@touch $(STAMP)

# Byte-compile the package, as pip does for a regular install: with an editable install and
# PYTHONDONTWRITEBYTECODE set (CI machines, containers) every new process, e.g. each batch worker,
# would otherwise compile it again. Only changed files are recompiled, so this is quick.
bytecode: venv
	@$(BIN)/python -m compileall -q spaser_nlp > /dev/null

demo: setup
	@bash scripts/demo.sh

test: setup
	OMP_THREAD_LIMIT=1 $(BIN)/python -m pytest -n 2 --doctest-modules spaser_nlp tests $(PYTEST_ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" --doctest-modules spaser_nlp tests $(PYTEST_ARGS)

eval: setup
	@bash scripts/evaluate.sh

bench: setup
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

corpus: setup
	$(BIN)/python corpora/generate.py

clean-demo:
	rm -rf demo-out
