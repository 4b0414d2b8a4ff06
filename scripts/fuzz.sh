#!/usr/bin/env bash
# make fuzz: runs each libFuzzer target (Sources/TallyFuzzing) for FUZZ_SECONDS seconds [600],
# FUZZ_JOBS at a time [2], on a build instrumented with -sanitize=fuzzer,address in .build-fuzz/.
#
# The committed seeds are Fuzz/seeds/TARGET/; what a run adds to the corpus goes to
# .build-fuzz/corpus/TARGET/ (kept between runs, not committed). A crash, leak or broken invariant
# leaves its input in .build-fuzz/findings/TARGET/: minimise it, copy it to Fuzz/regressions/TARGET/
# (FuzzCorpusTests replays it in `make test`), and fix the cause. Each target's last libFuzzer
# lines (executions, coverage, corpus) go to .build-fuzz/TARGET.log and are printed at the end.
#
#   FUZZ_TARGETS   which targets ["csv jsonl layouts period article web workbook"]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-2}
targets=${FUZZ_TARGETS:-csv jsonl layouts period article web workbook}
scratch=.build-fuzz

echo "fuzz: building tally-fuzz with -sanitize=fuzzer,address" >&2
swift build -c release --scratch-path "$scratch" --product tally-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2  # gold fails on these objects
binary=$scratch/release/tally-fuzz

run() {
    local target=$1
    mkdir -p "$scratch/corpus/$target" "$scratch/findings/$target"
    echo "fuzz: $target for $seconds s" >&2
    # -timeout: an input that takes over 10 s is a hang; -rss_limit_mb: one over 2 GB a leak.
    TALLY_FUZZ_TARGET=$target "$binary" "$scratch/corpus/$target" "Fuzz/seeds/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$scratch/findings/$target/" -print_final_stats=1 \
        >"$scratch/$target.log" 2>&1 || echo "fuzz: $target stopped with a finding" >&2
}

running=0
for target in $targets; do
    run "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

status=0
for target in $targets; do
    echo "== $target"
    grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss_mb|cov:" \
        "$scratch/$target.log" | tail -n 3
    findings=$(ls "$scratch/findings/$target" 2>/dev/null | wc -l)
    echo "findings: $findings (in $scratch/findings/$target/)"
    [ "$findings" -eq 0 ] || status=1
done
exit $status
