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

.PHONY: pg-start all bootstrap viewers build report test docs test-asan test-tsan lint format clean eval-extract eval-agreement train-relevance dataset bench fuzz

all: build

bootstrap:
	@bash scripts/bootstrap.sh

# Chromium, LibreOffice Calc and poppler-utils, for the tests that open report.html in a browser
# and print report.xlsx (they skip without them; CI installs them and sets TALLY_REQUIRE_VIEWERS=1).
viewers:
	@bash scripts/bootstrap.sh --viewers

build: bootstrap
	$(SWIFT) build -c release --product tally

report: build
	$(TALLY) report

# The format everywhere; then the libraries whose documentation is published (DocC), and
# TallyStore, with the rule that every public declaration has a documentation comment
# (.swift-format-public-api: the same settings, AllPublicDeclarationsHaveDocumentation on).
DOCUMENTED_LIBRARIES := Sources/TallyCore Sources/TallyExport Sources/TallyRun Sources/TallyExtract \
	Sources/TallyStore

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Examples
	$(SWIFT) format lint --strict --configuration .swift-format-public-api --recursive \
		$(DOCUMENTED_LIBRARIES)

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Examples

test: bootstrap lint
	$(SWIFT) test
	$(MAKE) docs

# The DocC catalogues of the libraries, built from the debug modules with every warning an
# error (a broken symbol link, a parameter left undocumented): .build/docs/<Module>/. With
# extension block symbols, what a module adds to another's types (TallyRun's OutputFile.opened
# and commit) has pages of its own that links reach, and is held to the same rules.
DOCC_MODULES := TallyCore TallyExport TallyRun
DOCC ?= $(dir $(shell command -v $(SWIFT)))docc
docs:
	$(SWIFT) build --target TallyRun
	@for module in $(DOCC_MODULES); do \
		rm -rf .build/symbol-graphs/$$module && mkdir -p .build/symbol-graphs/$$module .build/docs && \
		$(SWIFT) symbolgraph-extract -module-name $$module -I .build/debug/Modules \
			-Xcc -fmodule-map-file=Sources/CInflate/module.modulemap \
			-Xcc -fmodule-map-file=Sources/CXLSXWriter/module.modulemap \
			-Xcc -fmodule-map-file=Sources/CCurl/module.modulemap \
			-target $$(uname -m)-unknown-linux-gnu -minimum-access-level public \
			-emit-extension-block-symbols -output-dir .build/symbol-graphs/$$module && \
		$(DOCC) convert Sources/$$module/$$module.docc \
			--additional-symbol-graph-dir .build/symbol-graphs/$$module \
			--output-path .build/docs/$$module --fallback-display-name $$module \
			--fallback-bundle-identifier tally.$$module --warnings-as-errors >/dev/null \
			|| exit 1; echo "docs: .build/docs/$$module"; done

# The whole suite under AddressSanitizer, in a build folder of its own (.ci/run runs it), built
# without the PostgreSQL store (TALLY_WITHOUT_STORE=1, Package.swift): the store is Swift over
# SwiftNIO with no unsafe memory of Tally's own, and the sanitized run is for the readers' raw
# memory; with the store, SwiftNIO, postgres-nio and BoringSSL would be built a second time,
# sanitized, for nothing. make test builds and runs the store's tests.
test-asan: bootstrap
	TALLY_WITHOUT_STORE=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.lsan-suppressions \
		$(SWIFT) test --sanitize=address --scratch-path .build-asan

# The in-process tests that run threads (the chunked reader, the oracle, the limits, the fuzz
# corpus with its chunked reads) under ThreadSanitizer. Tests that spawn tally are left out:
# TSan's runtime is not reliable across fork in a threaded process. Built without the store,
# whose tests it does not run (TALLY_WITHOUT_STORE=1, as test-asan).
test-tsan: bootstrap
	TALLY_WITHOUT_STORE=1 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan \
		--filter 'ParallelReadingTests|OracleTests|LimitsTests|FuzzCorpusTests'

# The extractor on every evaluation set (Evaluation/README.md): per set, the share of articles
# exactly right, event precision and recall, articles with invented deaths, misses by kind and by
# class. The floors CI holds are in Tests/TallyExtractTests/ExtractionTests.swift.
# The default dataset: the real-report corpus coded by the extractor and reviewed against the
# answer keys (datasets/README.md).
dataset: build
	$(TALLY) evaluate-extraction Evaluation/real-* --reviewed-records datasets/border-events.csv >/dev/null

# How often a second coder, who saw neither the key nor the extractor, codes each article as its
# key does: how far the keys themselves can be trusted (Evaluation/README.md).
eval-agreement: build
	@for key in Evaluation/*/agreement-key.csv; do set=$$(dirname $$key); \
		echo "== $$set"; $(TALLY) evaluate-extraction $$set --extracted $$key --verbose || exit 1; \
		echo; done

# The extractor's learned relevance model (Evaluation/README.md): refitted to every keyed set, and
# scored on six folds of whole sets, each fitted on the others. Rerun it after changing the rules,
# since they make its inputs; it needs numpy (python3 -m pip install numpy).
# A blind check set trains nothing before its first measurement (its FIRST-MEASUREMENT.md).
train-relevance: build
	@sets=$$(for d in Evaluation/real-*; do case $$d in *real-check*) \
		[ -f $$d/FIRST-MEASUREMENT.md ] || continue;; esac; echo $$d; done); \
	rows=$$(mktemp); $(TALLY) evaluate-extraction $$sets --relevance-features $$rows \
		&& python3 scripts/train-relevance.py $$rows --cross-validate \
		--write Sources/TallyExtract/Events/EventRelevance+Weights.swift; \
		status=$$?; rm -f $$rows; exit $$status

eval-extract: build
	@for set in Evaluation/real-dev Evaluation/real-test Evaluation/real-check1 \
		Evaluation/real-check3 Evaluation/real-check4 Evaluation/real-check5 \
		Evaluation/real-check6 Evaluation/real-check7 Evaluation/real-check8 \
		Evaluation/real-check9 Evaluation/real-check11 Evaluation/real-check12 \
		Evaluation/real-check13 Evaluation/real-check14 Evaluation/real-check16 \
		Evaluation/real-check18 Evaluation/real-check19 Evaluation/real-check20 \
		Evaluation/real-check21 Evaluation/real-check22 Evaluation/real-check23 \
		Evaluation/real-check25 Evaluation/real-check26 Evaluation/real-check27 \
		Evaluation/real-check29 Evaluation/real-check30 Evaluation/real-check31 \
		Evaluation/real-check32 Evaluation/real-check33 Evaluation/real-check34 \
		Evaluation/real-check35 Evaluation/real-check36 Evaluation/real-check38 \
		Evaluation/real-check39 Evaluation/real-check40 Evaluation/real-check41 \
		Evaluation/real-check42 Evaluation/real-check43 Evaluation/real-check45 \
		Evaluation/real-check46 Evaluation/real-check47 Evaluation/real-check48 \
		Evaluation/real-check49 Evaluation/real-check50 Evaluation/real-check51 \
		Evaluation/real-check52 Evaluation/real-check53 Evaluation/real-check54 \
		Evaluation/real-check55 Evaluation/real-check56 Evaluation/real-check57 \
		Evaluation/real-check58 Evaluation/real-check59 Evaluation/real-check61 \
		Evaluation/real-check62 Evaluation/real-check63 Evaluation/real-check66 \
		Evaluation/real-check67 Evaluation/real-check68 Evaluation/real-check69 \
		Evaluation/real-check70 Evaluation/real-check72 Evaluation/real-check73 \
		Evaluation/real-check74 Evaluation/real-check75 Evaluation/real-check76 \
		Evaluation/real-check77 Evaluation/real-check78 Evaluation/real-check83 \
		Evaluation/real-check84 Evaluation/real-check86 Evaluation/real-check87 \
		Evaluation/real-check90 Evaluation/real-check94 Evaluation/real-check98 \
		Evaluation/real-check100 Evaluation/real-check101 Evaluation/real-check104 \
		Evaluation/real-check105 Evaluation/real-check107 Evaluation/real-check108 \
		Evaluation/real-check109 Evaluation/real-check110 Evaluation/real-check111 \
		Evaluation/real-check113 Evaluation/real-check114 Evaluation/real-check115 \
		Evaluation/real-check116 Evaluation/real-check117 Evaluation/real-check118 \
		Evaluation/real-check119 Evaluation/real-check120 Evaluation/real-check121 \
		Evaluation/real-check122 Evaluation/real-check123 Evaluation/real-check126 \
		Evaluation/real-check127 Evaluation/real-check131 Evaluation/real-check135 \
		Evaluation/real-check137 Evaluation/real-check139 Evaluation/real-check140 \
		Evaluation/real-check141 Evaluation/real-check144 Evaluation/real-check149 \
		Evaluation/real-check152 Evaluation/real-check153 Evaluation/real-check154 \
		Evaluation/real-check155 Evaluation/real-check156 Evaluation/real-check157 \
		Evaluation/real-check158 Evaluation/real-check159 Evaluation/real-check160 \
		Evaluation/real-check161 Evaluation/real-check163 Evaluation/real-check165 \
		Evaluation/real-check166 Evaluation/real-check168 Evaluation/real-check169 \
		Evaluation/real-check170 Evaluation/real-check171 Evaluation/real-check172 \
		Evaluation/real-check173 Evaluation/real-check174 Evaluation/real-check175 \
		Evaluation/real-check176 Evaluation/real-check177 Evaluation/real-check178 \
		Evaluation/real-check179 Evaluation/real-check180 Evaluation/real-check181 \
		Evaluation/real-check183 Evaluation/real-check184 Evaluation/real-check185 \
		Evaluation/real-check186 Evaluation/real-check187 Evaluation/real-check189 \
		Evaluation/real-check190 Evaluation/real-check192 Evaluation/real-check193 \
		Evaluation/real-check194 Evaluation/real-check195 Evaluation/real-check196 \
		Evaluation/real-check197 Evaluation/real-check198 Evaluation/real-check199 \
		Evaluation/real-check200 Evaluation/real-check201 Evaluation/real-check202 \
		Evaluation/real-check203 Evaluation/real-check205 Evaluation/real-check206 \
		Evaluation/real-check207 Evaluation/real-check209 Evaluation/real-check210 \
		Evaluation/real-check211 Evaluation/real-check215 Evaluation/real-check217 \
		Evaluation/real-check220 Evaluation/real-check222 Evaluation/real-check223 \
		Evaluation/real-check224 Evaluation/real-check225 Evaluation/real-check226 \
		Evaluation/real-check227 Evaluation/real-check229 Evaluation/real-check230 \
		Evaluation/real-check231 Evaluation/real-check232 Evaluation/real-check235 \
		Evaluation/real-check238 Evaluation/real-check239 Evaluation/real-check240 \
		Evaluation/real-check242 Evaluation/real-check243 Evaluation/real-check245 \
		Evaluation/real-check246 Evaluation/real-check249 Evaluation/extract*/; do \
		echo "== $$set"; $(TALLY) evaluate-extraction $$set --no-invented-deaths || exit 1; echo; done
	@# real-check2, real-check10, real-check15, real-check17, real-check24, real-check28, real-check37,
	@# real-check44, real-check60, real-check64, real-check65, real-check71, real-check79 to
	@# real-check82, real-check85, real-check88, real-check89, real-check91 to real-check93,
	@# real-check95 to real-check97, real-check99, real-check102, real-check103, real-check106,
	@# real-check112, real-check124, real-check125, real-check128 to real-check130, real-check132 to
	@# real-check134, real-check136, real-check138, real-check142, real-check143, real-check145 to
	@# real-check148, real-check150, real-check151, real-check162, real-check164, real-check167,
	@# real-check182, real-check188, real-check191, real-check204, real-check208, real-check212 to
	@# real-check214, real-check216, real-check218, real-check219, real-check221, real-check228,
	@# real-check233, real-check234, real-check236, real-check237, real-check241, real-check244,
	@# real-check247, real-check248 and real-check250 to real-check252 still have known articles with
	@# invented deaths (see Evaluation/README.md).
	@echo "== Evaluation/real-holdout"; $(TALLY) evaluate-extraction Evaluation/real-holdout
	@echo; echo "== Evaluation/real-check2"; $(TALLY) evaluate-extraction Evaluation/real-check2
	@echo; echo "== Evaluation/real-check10"; $(TALLY) evaluate-extraction Evaluation/real-check10
	@echo; echo "== Evaluation/real-check15"; $(TALLY) evaluate-extraction Evaluation/real-check15
	@echo; echo "== Evaluation/real-check17"; $(TALLY) evaluate-extraction Evaluation/real-check17
	@echo; echo "== Evaluation/real-check24"; $(TALLY) evaluate-extraction Evaluation/real-check24
	@echo; echo "== Evaluation/real-check28"; $(TALLY) evaluate-extraction Evaluation/real-check28
	@echo; echo "== Evaluation/real-check37"; $(TALLY) evaluate-extraction Evaluation/real-check37
	@echo; echo "== Evaluation/real-check44"; $(TALLY) evaluate-extraction Evaluation/real-check44
	@echo; echo "== Evaluation/real-check60"; $(TALLY) evaluate-extraction Evaluation/real-check60
	@echo; echo "== Evaluation/real-check64"; $(TALLY) evaluate-extraction Evaluation/real-check64
	@echo; echo "== Evaluation/real-check65"; $(TALLY) evaluate-extraction Evaluation/real-check65
	@echo; echo "== Evaluation/real-check71"; $(TALLY) evaluate-extraction Evaluation/real-check71
	@echo; echo "== Evaluation/real-check79"; $(TALLY) evaluate-extraction Evaluation/real-check79
	@echo; echo "== Evaluation/real-check80"; $(TALLY) evaluate-extraction Evaluation/real-check80
	@echo; echo "== Evaluation/real-check81"; $(TALLY) evaluate-extraction Evaluation/real-check81
	@echo; echo "== Evaluation/real-check82"; $(TALLY) evaluate-extraction Evaluation/real-check82
	@echo; echo "== Evaluation/real-check85"; $(TALLY) evaluate-extraction Evaluation/real-check85
	@echo; echo "== Evaluation/real-check88"; $(TALLY) evaluate-extraction Evaluation/real-check88
	@echo; echo "== Evaluation/real-check89"; $(TALLY) evaluate-extraction Evaluation/real-check89
	@echo; echo "== Evaluation/real-check91"; $(TALLY) evaluate-extraction Evaluation/real-check91
	@echo; echo "== Evaluation/real-check92"; $(TALLY) evaluate-extraction Evaluation/real-check92
	@echo; echo "== Evaluation/real-check93"; $(TALLY) evaluate-extraction Evaluation/real-check93
	@echo; echo "== Evaluation/real-check95"; $(TALLY) evaluate-extraction Evaluation/real-check95
	@echo; echo "== Evaluation/real-check96"; $(TALLY) evaluate-extraction Evaluation/real-check96
	@echo; echo "== Evaluation/real-check97"; $(TALLY) evaluate-extraction Evaluation/real-check97
	@echo; echo "== Evaluation/real-check99"; $(TALLY) evaluate-extraction Evaluation/real-check99
	@echo; echo "== Evaluation/real-check102"; $(TALLY) evaluate-extraction Evaluation/real-check102
	@echo; echo "== Evaluation/real-check103"; $(TALLY) evaluate-extraction Evaluation/real-check103
	@echo; echo "== Evaluation/real-check106"; $(TALLY) evaluate-extraction Evaluation/real-check106
	@echo; echo "== Evaluation/real-check112"; $(TALLY) evaluate-extraction Evaluation/real-check112
	@echo; echo "== Evaluation/real-check124"; $(TALLY) evaluate-extraction Evaluation/real-check124
	@echo; echo "== Evaluation/real-check125"; $(TALLY) evaluate-extraction Evaluation/real-check125
	@echo; echo "== Evaluation/real-check128"; $(TALLY) evaluate-extraction Evaluation/real-check128
	@echo; echo "== Evaluation/real-check129"; $(TALLY) evaluate-extraction Evaluation/real-check129
	@echo; echo "== Evaluation/real-check130"; $(TALLY) evaluate-extraction Evaluation/real-check130
	@echo; echo "== Evaluation/real-check132"; $(TALLY) evaluate-extraction Evaluation/real-check132
	@echo; echo "== Evaluation/real-check133"; $(TALLY) evaluate-extraction Evaluation/real-check133
	@echo; echo "== Evaluation/real-check134"; $(TALLY) evaluate-extraction Evaluation/real-check134
	@echo; echo "== Evaluation/real-check136"; $(TALLY) evaluate-extraction Evaluation/real-check136
	@echo; echo "== Evaluation/real-check138"; $(TALLY) evaluate-extraction Evaluation/real-check138
	@echo; echo "== Evaluation/real-check142"; $(TALLY) evaluate-extraction Evaluation/real-check142
	@echo; echo "== Evaluation/real-check143"; $(TALLY) evaluate-extraction Evaluation/real-check143
	@echo; echo "== Evaluation/real-check145"; $(TALLY) evaluate-extraction Evaluation/real-check145
	@echo; echo "== Evaluation/real-check146"; $(TALLY) evaluate-extraction Evaluation/real-check146
	@echo; echo "== Evaluation/real-check147"; $(TALLY) evaluate-extraction Evaluation/real-check147
	@echo; echo "== Evaluation/real-check148"; $(TALLY) evaluate-extraction Evaluation/real-check148
	@echo; echo "== Evaluation/real-check150"; $(TALLY) evaluate-extraction Evaluation/real-check150
	@echo; echo "== Evaluation/real-check151"; $(TALLY) evaluate-extraction Evaluation/real-check151
	@echo; echo "== Evaluation/real-check162"; $(TALLY) evaluate-extraction Evaluation/real-check162
	@echo; echo "== Evaluation/real-check164"; $(TALLY) evaluate-extraction Evaluation/real-check164
	@echo; echo "== Evaluation/real-check167"; $(TALLY) evaluate-extraction Evaluation/real-check167
	@echo; echo "== Evaluation/real-check182"; $(TALLY) evaluate-extraction Evaluation/real-check182
	@echo; echo "== Evaluation/real-check188"; $(TALLY) evaluate-extraction Evaluation/real-check188
	@echo; echo "== Evaluation/real-check191"; $(TALLY) evaluate-extraction Evaluation/real-check191
	@echo; echo "== Evaluation/real-check204"; $(TALLY) evaluate-extraction Evaluation/real-check204
	@echo; echo "== Evaluation/real-check208"; $(TALLY) evaluate-extraction Evaluation/real-check208
	@echo; echo "== Evaluation/real-check212"; $(TALLY) evaluate-extraction Evaluation/real-check212
	@echo; echo "== Evaluation/real-check213"; $(TALLY) evaluate-extraction Evaluation/real-check213
	@echo; echo "== Evaluation/real-check214"; $(TALLY) evaluate-extraction Evaluation/real-check214
	@echo; echo "== Evaluation/real-check216"; $(TALLY) evaluate-extraction Evaluation/real-check216
	@echo; echo "== Evaluation/real-check218"; $(TALLY) evaluate-extraction Evaluation/real-check218
	@echo; echo "== Evaluation/real-check219"; $(TALLY) evaluate-extraction Evaluation/real-check219
	@echo; echo "== Evaluation/real-check221"; $(TALLY) evaluate-extraction Evaluation/real-check221
	@echo; echo "== Evaluation/real-check228"; $(TALLY) evaluate-extraction Evaluation/real-check228
	@echo; echo "== Evaluation/real-check233"; $(TALLY) evaluate-extraction Evaluation/real-check233
	@echo; echo "== Evaluation/real-check234"; $(TALLY) evaluate-extraction Evaluation/real-check234
	@echo; echo "== Evaluation/real-check236"; $(TALLY) evaluate-extraction Evaluation/real-check236
	@echo; echo "== Evaluation/real-check237"; $(TALLY) evaluate-extraction Evaluation/real-check237
	@echo; echo "== Evaluation/real-check241"; $(TALLY) evaluate-extraction Evaluation/real-check241
	@echo; echo "== Evaluation/real-check244"; $(TALLY) evaluate-extraction Evaluation/real-check244
	@echo; echo "== Evaluation/real-check247"; $(TALLY) evaluate-extraction Evaluation/real-check247
	@echo; echo "== Evaluation/real-check248"; $(TALLY) evaluate-extraction Evaluation/real-check248
	@echo; echo "== Evaluation/real-check250"; $(TALLY) evaluate-extraction Evaluation/real-check250
	@echo; echo "== Evaluation/real-check251"; $(TALLY) evaluate-extraction Evaluation/real-check251
	@echo; echo "== Evaluation/real-check252"; $(TALLY) evaluate-extraction Evaluation/real-check252

# Tally against DuckDB on the reference workload (1 M, 3 M, 10 M records): Benchmarks/RESULTS.md.
# BENCH_SIZES, BENCH_RUNS, BENCH_DATA... are described in scripts/bench.sh.
bench: bootstrap
	@bash scripts/bench.sh

# libFuzzer on the readers, the layout recognisers, the period parser and the extractor:
# FUZZ_SECONDS per target (default 600), see scripts/fuzz.sh.
fuzz: bootstrap
	@bash scripts/fuzz.sh

clean:
	rm -rf .build

# A throwaway PostgreSQL server on 127.0.0.1 (the first free port from 55432) for the store's
# tests (scripts/pg-throwaway.sh); export the TALLY_TEST_DATABASE_URL line it prints.
pg-start:
	@bash scripts/pg-throwaway.sh start
