#!/usr/bin/env bash
# make bench: whole-program figures of `tally aggregate --by month,region` against the DuckDB
# anchor on the reference workload (../shared/bench/README.md), written to Benchmarks/RESULTS.md.
#
# For each size, the four settings run in turn (A B C D, A B C D ...) so that a noisy neighbour
# slows them alike; wall time and peak resident memory come from /usr/bin/time. Tally's CSV must
# equal DuckDB's byte for byte, or the script stops. JSON Lines is timed at one size against CSV.
#
# Environment (defaults in brackets):
#   BENCH_SIZES        records per workload ["1000000 3000000 10000000"]
#   BENCH_RUNS         runs of each setting per size [3]
#   BENCH_JSONL_SIZE   the size also timed as JSON Lines [the first of BENCH_SIZES]
#   BENCH_DATA         cache of generated workloads, kept between runs [.bench-data]
#   BENCH_VENV         Python venv holding duckdb [.bench-venv]
#   BENCH_SEED         gen.py's seed [7]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_SIZES:-1000000 3000000 10000000}
runs=${BENCH_RUNS:-3}
jsonl_size=${BENCH_JSONL_SIZE:-${sizes%% *}}
data=${BENCH_DATA:-.bench-data}
venv=${BENCH_VENV:-.bench-venv}
seed=${BENCH_SEED:-7}
shared=../shared/bench
results=Benchmarks/RESULTS.md
tally=.build/release/tally

say() { echo "bench: $*" >&2; }
die() {
    say "$*"
    exit 1
}

case " $sizes " in
*" $jsonl_size "*) ;;
*) die "BENCH_JSONL_SIZE ($jsonl_size) must be one of BENCH_SIZES ($sizes)" ;;
esac

# --- What the benchmark needs -------------------------------------------------------------------

for script in gen.py duck_agg.py; do
    [ -f "$shared/$script" ] || die "missing $shared/$script: the reference workload lives in the" \
        "shared folder beside the project root (../shared/bench/, see its README.md)"
done

if [ ! -x /usr/bin/time ]; then
    say "installing GNU time (/usr/bin/time) with apt-get"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null || say "apt-get update failed; trying the lists at hand"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -qq time >/dev/null
    [ -x /usr/bin/time ] || die "could not install /usr/bin/time"
fi

if ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    say "creating $venv with duckdb"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet duckdb
fi
python=$venv/bin/python

say "building tally (release)"
swift build -c release --product tally >&2

mkdir -p "$data"
for size in $sizes; do
    csv=$data/records-$size-seed$seed.csv
    if [ ! -f "$csv" ]; then
        say "generating $csv"
        python3 "$shared/gen.py" "$size" "$csv.partial" "$seed"
        mv "$csv.partial" "$csv"
    fi
done

# The JSON Lines twin of one workload: one object a line with the CSV's keys and values, all as
# JSON strings (Tally reads numbers written as strings).
jsonl=$data/records-$jsonl_size-seed$seed.jsonl
if [ ! -f "$jsonl" ]; then
    say "converting $jsonl_size records to $jsonl"
    python3 - "$data/records-$jsonl_size-seed$seed.csv" "$jsonl.partial" <<'EOF'
import csv, json, sys
with open(sys.argv[1], newline="") as source, open(sys.argv[2], "w") as out:
    for row in csv.DictReader(source):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
EOF
    mv "$jsonl.partial" "$jsonl"
fi

# ACLED and UCDP GED exports: the real samples in ../shared/research-data (not ours to commit)
# repeated to about 50 MB each, when they are there.
research=../shared/research-data
layouts=""
for layout in acled ucdp; do
    sample=$(ls "$research"/${layout}_*.csv 2>/dev/null | head -n 1 || true)
    [ -n "$sample" ] || continue
    layouts="$layouts $layout"
    target=$data/$layout-50mb.csv
    [ -f "$target" ] && continue
    say "repeating $sample to $target"
    python3 - "$sample" "$target.partial" <<'EOF'
import sys
header, body = open(sys.argv[1], encoding="utf-8", newline="").read().split("\n", 1)
body = body if body.endswith("\n") else body + "\n"
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    out.write(header + "\n")
    for _ in range(max(1, 50_000_000 // len(body.encode()))):
        out.write(body)
EOF
    mv "$target.partial" "$target"
done
[ -n "$layouts" ] || say "no ACLED or UCDP samples in $research: their throughput is left out"

# --- Measuring ----------------------------------------------------------------------------------

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measurements=$work/measurements.tsv
: >"$measurements"

# measure SETTING OUTPUT COMMAND...: runs COMMAND under /usr/bin/time, records its wall time (s)
# and peak resident memory (KB) for the current size, then checks OUTPUT against the reference
# table DuckDB wrote before the runs.
measure() {
    local setting=$1 output=$2
    shift 2
    rm -f "$output"
    if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/log" 2>&1; then
        say "$setting failed on $size records:"
        cat "$work/log" >&2
        exit 1
    fi
    local wall rss
    read -r wall rss < <(tail -n 1 "$work/time")
    printf '%s\t%s\t%s\t%s\n' "$size" "$setting" "$wall" "$rss" >>"$measurements"
    say "  $setting: $wall s, $((rss / 1024)) MB"
    if ! cmp -s "$output" "$work/duckdb.csv"; then
        say "$setting's output differs from DuckDB's on $size records (first differences):"
        diff "$output" "$work/duckdb.csv" | head -n 20 >&2
        exit 1
    fi
}

# time_only SETTING COMMAND...: like measure, for inputs DuckDB has no reference table for.
time_only() {
    local setting=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/log" 2>&1 || {
        say "$setting failed:"
        cat "$work/log" >&2
        exit 1
    }
    local wall rss
    read -r wall rss < <(tail -n 1 "$work/time")
    printf '%s\t%s\t%s\t%s\n' layouts "$setting" "$wall" "$rss" >>"$measurements"
    say "  $setting: $wall s, $((rss / 1024)) MB"
}

for size in $sizes; do
    csv=$data/records-$size-seed$seed.csv
    # DuckDB first, so that every Tally output is checked against the anchor's.
    say "DuckDB reference table for $size records"
    "$python" "$shared/duck_agg.py" "$csv" "$work/duckdb.csv" 2
    printf '%s\t%s\t%s\t%s\n' "$size" groups "$(($(wc -l <"$work/duckdb.csv") - 1))" 0 >>"$measurements"
    # Memory with few groups: a table by country (four rows) at every size.
    /usr/bin/time -f "%e %M" -o "$work/time" "$tally" aggregate -i "$csv" --by country \
        --format csv -o /dev/null 2>/dev/null
    read -r _ rss < <(tail -n 1 "$work/time")
    printf '%s\t%s\t%s\t%s\n' "$size" by-country 0 "$rss" >>"$measurements"
    for run in $(seq 1 "$runs"); do
        say "$size records, run $run of $runs"
        measure tally-all "$work/run.csv" \
            "$tally" aggregate -i "$csv" --by month,region --format csv -o "$work/run.csv"
        measure tally-1 "$work/run.csv" \
            "$tally" aggregate -i "$csv" --by month,region --format csv -o "$work/run.csv" \
            --threads 1
        measure duckdb-2 "$work/run.csv" "$python" "$shared/duck_agg.py" "$csv" "$work/run.csv" 2
        measure duckdb-1 "$work/run.csv" "$python" "$shared/duck_agg.py" "$csv" "$work/run.csv" 1
        if [ "$size" = "$jsonl_size" ]; then
            measure tally-jsonl "$work/run.csv" \
                "$tally" aggregate -i "$jsonl" --by month,region --format csv -o "$work/run.csv"
        fi
    done
done

# Reading throughput by layout, on one thread: the canonical CSV of the JSON Lines size, and the
# ACLED and UCDP files.
for run in $(seq 1 "$runs"); do
    say "layouts, run $run of $runs"
    time_only csv "$tally" aggregate -i "$data/records-$jsonl_size-seed$seed.csv" \
        --by month,region --format csv -o /dev/null --threads 1
    for layout in $layouts; do
        time_only "$layout" "$tally" aggregate -i "$data/$layout-50mb.csv" --by month,region \
            --format csv -o /dev/null --threads 1
    done
done

# --- The report ---------------------------------------------------------------------------------

# median SIZE SETTING: the median wall time in seconds.
median() {
    awk -F'\t' -v size="$1" -v setting="$2" '$1 == size && $2 == setting { print $3 }' \
        "$measurements" | sort -n |
        awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# peak_mb SIZE SETTING...: the largest peak resident memory of the settings, in MB.
peak_mb() {
    local size=$1
    shift
    awk -F'\t' -v size="$size" -v settings=" $* " \
        '$1 == size && index(settings, " " $2 " ") && $4 > max { max = $4 }
        END { printf "%d", max / 1024 }' "$measurements"
}
# calc EXPRESSION: its value to two decimals.
calc() { awk "BEGIN { printf \"%.2f\", ($1) }"; }
# verdict CONDITION: "held" or "MISSED".
verdict() { if awk "BEGIN { exit !($1) }"; then echo held; else echo MISSED; fi; }
# millions N: N in millions, as short as it goes (0.1, 3, 10).
millions() { awk "BEGIN { printf \"%g\", $1 / 1000000 }"; }
label() {
    case $1 in
    tally-all) echo "Tally, all threads ($(nproc))" ;;
    tally-1) echo "Tally, --threads 1" ;;
    duckdb-2) echo "DuckDB, 2 threads" ;;
    duckdb-1) echo "DuckDB, 1 thread" ;;
    esac
}

settings="tally-all tally-1 duckdb-2 duckdb-1"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit (with uncommitted changes)"

{
    echo "# Tally against DuckDB: the month x region table"
    echo
    echo "Written by \`make bench\` (scripts/bench.sh); see ../../shared/bench/README.md for the workload."
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); Tally at $commit"
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) of memory, Linux $(uname -r)"
    echo "- Tools: $(swift --version 2>&1 | head -n 1); DuckDB $("$python" -c 'import duckdb; print(duckdb.__version__)') (Python)"
    echo "- Workload: \`gen.py N FILE $seed\`; $runs run(s) of each setting per size, in turn"
    echo "- Command: \`tally aggregate -i FILE --by month,region --format csv -o OUT\` [\`--threads 1\`]"
    echo "  against \`duck_agg.py FILE OUT 2\` and \`... 1\`; every output equalled DuckDB's byte for byte"
    echo
    echo "Wall time is the median of the runs, memory the largest peak resident set. Targets: Tally"
    echo "with all threads at most 0.75x DuckDB with 2 threads, Tally --threads 1 at most DuckDB with"
    echo "1 thread, and Tally's peak memory at most 64 MB. Tally's memory follows the number of groups,"
    echo "not of records: the month x region table has more groups in the larger files (more"
    echo "months and regions turn up), and the same files grouped by country take the same memory"
    echo "at every size."

    for size in $sizes; do
        m=$(millions "$size")
        echo
        groups=$(awk -F'\t' -v size="$size" '$1 == size && $2 == "groups" { print $3 }' "$measurements")
        echo "## $m M records ($(du -m "$data/records-$size-seed$seed.csv" | cut -f1) MB of CSV, $groups month x region groups)"
        echo
        echo "| setting | wall (s) | s per M records | peak memory (MB) |"
        echo "|---|---:|---:|---:|"
        for setting in $settings; do
            wall=$(median "$size" "$setting")
            echo "| $(label "$setting") | $wall | $(calc "$wall / $m") | $(peak_mb "$size" "$setting") |"
        done
        all=$(median "$size" tally-all)
        one=$(median "$size" tally-1)
        duck2=$(median "$size" duckdb-2)
        duck1=$(median "$size" duckdb-1)
        memory=$(peak_mb "$size" tally-all tally-1)
        echo
        echo "- Tally all threads <= 0.75x DuckDB 2 threads: $(verdict "$all <= 0.75 * $duck2") ($(calc "$all / $duck2")x)"
        echo "- Tally --threads 1 <= DuckDB 1 thread: $(verdict "$one <= $duck1") ($(calc "$one / $duck1")x)"
        echo "- Tally peak memory <= 64 MB: $(verdict "$memory <= 64") ($memory MB; with four groups, \`--by country\`: $(peak_mb "$size" by-country) MB)"
    done

    echo
    echo "## Linearity: seconds per million records"
    echo
    echo "| records | Tally, all threads | Tally, 1 thread | DuckDB, 2 threads | DuckDB, 1 thread |"
    echo "|---:|---:|---:|---:|---:|"
    for size in $sizes; do
        m=$(millions "$size")
        row="| $m M"
        for setting in $settings; do
            row="$row | $(calc "$(median "$size" "$setting") / $m")"
        done
        echo "$row |"
    done

    csv_wall=$(median "$jsonl_size" tally-all)
    jsonl_wall=$(median "$jsonl_size" tally-jsonl)
    echo
    echo "## JSON Lines, $(millions "$jsonl_size") M records ($(du -m "$jsonl" | cut -f1) MB)"
    echo
    echo "The same records, one JSON object a line with every value a string; Tally with all threads."
    echo "Its table equalled DuckDB's too."
    echo
    echo "| input | wall (s) | peak memory (MB) |"
    echo "|---|---:|---:|"
    echo "| CSV | $csv_wall | $(peak_mb "$jsonl_size" tally-all) |"
    echo "| JSON Lines | $jsonl_wall | $(peak_mb "$jsonl_size" tally-jsonl) |"
    echo
    echo "- JSON Lines within 2x of CSV: $(verdict "$jsonl_wall <= 2 * $csv_wall") ($(calc "$jsonl_wall / $csv_wall")x)"

    if [ -n "$layouts" ]; then
        csv_file=$data/records-$jsonl_size-seed$seed.csv
        csv_mb=$(du -m "$csv_file" | cut -f1)
        csv_wall=$(median layouts csv)
        csv_rate=$(calc "$csv_mb / $csv_wall")
        echo
        echo "## ACLED and UCDP GED layouts, one thread"
        echo
        echo "The samples in ../shared/research-data repeated to about 50 MB, against the canonical CSV"
        echo "above, all with --threads 1; throughput in MB of input a second (their rows are two to"
        echo "three times as wide as canonical ones, so records a second are lower)."
        echo
        echo "| input | MB | rows | wall (s) | MB/s | rows/s | canonical MB/s over this |"
        echo "|---|---:|---:|---:|---:|---:|---:|"
        echo "| canonical CSV | $csv_mb | $jsonl_size | $csv_wall | $csv_rate | $(calc "$jsonl_size / $csv_wall") | 1.00 |"
        for layout in $layouts; do
            file=$data/$layout-50mb.csv
            mb=$(du -m "$file" | cut -f1)
            rows=$(($(wc -l <"$file") - 1))
            wall=$(median layouts "$layout")
            echo "| $layout | $mb | $rows lines | $wall | $(calc "$mb / $wall") | $(calc "$rows / $wall") | $(calc "$csv_rate / ($mb / $wall)") |"
        done
        echo
        for layout in $layouts; do
            file=$data/$layout-50mb.csv
            wall=$(median layouts "$layout")
            echo "- $layout within 1.5x of canonical CSV throughput: $(verdict "$csv_rate / ($(du -m "$file" | cut -f1) / $wall) <= 1.5")"
        done
    fi
    # The store's section (scripts/bench-store.sh writes it) is kept as it was.
    if [ -f "$results" ] && grep -q '^## The store' "$results"; then
        echo
        sed -n '/^## The store/,$p' "$results"
    fi
} >"$results.partial"
mv "$results.partial" "$results"
say "wrote $results"
cat "$results"
