# Two commands set up everything on a fresh machine:
#   make report   installs what is missing, builds, writes reports/<latest month>/ from datasets/
#   make test     installs what is missing, checks formatting, runs the whole test suite
SWIFT ?= swift
TALLY := .build/release/tally
# Reports carry their generation time: pin it to the last change of datasets/ so that the same
# data gives byte-identical files, the committed example included (override with
# SOURCE_DATE_EPOCH=... make report).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- datasets 2>/dev/null)
export SOURCE_DATE_EPOCH

.PHONY: all bootstrap build report test lint format clean eval-extract bench

all: build

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build -c release --product tally

report: build
	$(TALLY) report

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

test: bootstrap lint
	$(SWIFT) test

# Precision and recall of tally extract on the evaluation sets (Evaluation/extract*/).
eval-extract: build
	@for set in Evaluation/extract*/; do echo "== $$set"; $(TALLY) evaluate-extraction $$set || exit 1; done

# Tally against DuckDB on the reference workload (1 M, 3 M, 10 M records): Benchmarks/RESULTS.md.
# BENCH_SIZES, BENCH_RUNS, BENCH_DATA... are described in scripts/bench.sh.
bench: bootstrap
	@bash scripts/bench.sh

clean:
	rm -rf .build
