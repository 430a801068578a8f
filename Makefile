# Two commands set everything up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
EVAL_DATA ?= ../shared/eval
BENCH_DATA ?= ../shared/eval
BENCH_N ?= 1000

.PHONY: venv site test golden eval bench serve check clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

site: venv            ## build the briefing site from content/ into site/
	$(BIN)/briefing build

test: venv            ## run the whole test suite
	$(BIN)/python -m pytest

golden: venv          ## regenerate tests/golden/expected from the sample content (review the diff!)
	$(BIN)/python -m tests.golden.regenerate

eval: venv            ## quality evaluation against real data: make eval EVAL_DATA=../shared/eval
	@for script in eval/eval_*.py; do echo "== $$script"; $(BIN)/python $$script --data $(EVAL_DATA) || exit 1; done

bench: venv           ## speed benchmarks: make bench BENCH_DATA=../shared/eval BENCH_N=1000
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script --data $(BENCH_DATA) --n $(BENCH_N) || exit 1; done

serve: venv           ## live preview on http://127.0.0.1:8000/
	$(BIN)/briefing serve

check: venv           ## validate content and configuration
	$(BIN)/briefing check

clean:
	rm -rf build site site.old .pytest_cache
