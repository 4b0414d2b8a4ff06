# Two commands set up everything on a fresh machine:
#   make report   installs what is missing, builds, prints the latest month's table from datasets/
#   make test     installs what is missing, checks formatting, runs the whole test suite
SWIFT ?= swift
TALLY := .build/release/tally

.PHONY: all bootstrap build report test lint format clean

all: build

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build -c release --product tally

report: build
	$(TALLY) aggregate --by month,region --latest --format text

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

test: bootstrap lint
	$(SWIFT) test

clean:
	rm -rf .build
