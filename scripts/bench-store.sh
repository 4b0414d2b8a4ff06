#!/usr/bin/env bash
# The store's figures (issue 16), written as Markdown tables, one per size, to the section
# "## The store" of Benchmarks/RESULTS.md (replaced; make bench keeps it) and printed: the
# load rate of `tally db load` (new records, then the same file again), `aggregate --by
# month,region` counted on the server against the same records read from their CSV file by
# Tally and by DuckDB, and the wall time and peak memory of the cursor-streamed `report` and
# `export --records` beside the same commands on the file.
#
# The records are the reference workload of `make bench` (../shared/bench/gen.py, cached in the
# same folder), so the three aggregate tables can be, and are, checked equal byte for byte: the
# server's, Tally's on the file and DuckDB's anchor (../shared/bench/duck_agg.py). The script
# stops on any difference.
#
# It needs a server whose Tally tables it may drop: a throwaway one (scripts/pg-throwaway.sh
# start, or make pg-start) on the same machine. Release build; wall time and peak resident
# memory from /usr/bin/time; the three aggregates alternate.
#
# Environment (defaults in brackets):
#   STORE_URL             the server [$TALLY_TEST_DATABASE_URL]
#   BENCH_STORE_SIZES     records loaded, one table each ["1000000"; the issue's second size is
#                         10000000, which takes about half an hour here]
#   BENCH_RUNS            runs of each aggregate [3]
#   BENCH_DATA            cache of generated workloads, shared with make bench [.bench-data]
#   BENCH_VENV            Python venv holding duckdb, shared with make bench [.bench-venv]
#   BENCH_SEED            gen.py's seed [7]
set -euo pipefail
cd "$(dirname "$0")/.."

url=${STORE_URL:-${TALLY_TEST_DATABASE_URL:-}}
sizes=${BENCH_STORE_SIZES:-1000000}
runs=${BENCH_RUNS:-3}
data=${BENCH_DATA:-.bench-data}
venv=${BENCH_VENV:-.bench-venv}
seed=${BENCH_SEED:-7}
shared=../shared/bench
tally=.build/release/tally
say() { echo "bench-store: $*" >&2; }

[ -n "$url" ] || { say "set STORE_URL (or TALLY_TEST_DATABASE_URL): scripts/pg-throwaway.sh start"; exit 64; }
command -v psql >/dev/null || { say "psql is missing (Debian: postgresql-client)"; exit 69; }
[ -x /usr/bin/time ] || { say "GNU time is missing (Debian: time)"; exit 69; }
for script in gen.py duck_agg.py; do
    [ -f "$shared/$script" ] || { say "missing $shared/$script (../shared/bench/README.md)"; exit 66; }
done
if ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    say "creating $venv with duckdb"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet duckdb
fi
swift build -c release --product tally >/dev/null
mkdir -p "$data"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# measure NAME COMMAND...: runs it under /usr/bin/time; NAME's wall seconds and peak MB to $out.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" >/dev/null 2>"$out/$name.err" || {
        cat "$out/$name.err" >&2
        exit 1
    }
    read -r seconds kilobytes <"$out/$name.time"
    echo "$seconds $((kilobytes / 1024))" >"$out/$name.figures"
}
seconds() { cut -d' ' -f1 "$out/$1.figures"; }
megabytes() { cut -d' ' -f2 "$out/$1.figures"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
medians() { # medians NAME FIELD: the median over the runs of NAME-1, NAME-2 ...
    for run in $(seq "$runs"); do "$2" "$1-$run"; done | median
}
grouped() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }
rate() { grouped "$(awk -v n="$records" -v s="$1" 'BEGIN { printf "%d", n / s }')"; }

tables="$out/tables.md"
for records in $sizes; do
file="$data/records-$records-seed$seed.csv"
if [ ! -s "$file" ]; then
    say "generating $file"
    python3 "$shared/gen.py" "$records" "$file.partial" "$seed"
    mv "$file.partial" "$file"
fi

say "emptying the store and creating the schema"
psql -q "$url" -c "DROP TABLE IF EXISTS tally_schema, tally_loads, tally_records, tally_revisions, tally_rejections CASCADE" >/dev/null 2>&1
"$tally" db init --db "$url" 2>/dev/null
psql -q "$url" -c "CHECKPOINT" >/dev/null

say "loading $records records, then the same file again"
measure load "$tally" db load --db "$url" -i "$file"
measure reload "$tally" db load --db "$url" -i "$file"
psql -q "$url" -c "VACUUM ANALYZE tally_records" >/dev/null

say "aggregate --by month,region on $records records, $runs runs each, alternating"
for run in $(seq "$runs"); do
    measure "store-$run" "$tally" aggregate --by month,region --db "$url" -o "$out/store.csv"
    measure "file-$run" "$tally" aggregate --by month,region -i "$file" -o "$out/file.csv"
    measure "duckdb-$run" "$venv/bin/python" "$shared/duck_agg.py" "$file" "$out/duckdb.csv"
    cmp -s "$out/store.csv" "$out/file.csv" || { say "the store's table differs from the file's"; exit 1; }
    cmp -s "$out/file.csv" "$out/duckdb.csv" || { say "Tally's table differs from DuckDB's"; exit 1; }
done

say "report and export --records through the cursor, and from the file"
measure report-store "$tally" report --db "$url" --out "$out/report-store" --format text,csv
measure report-file "$tally" report -i "$file" --out "$out/report-file" --format text,csv
measure export-store "$tally" export --records --db "$url" -o "$out/records-store.csv"
measure export-file "$tally" export --records -i "$file" -o "$out/records-file.csv"
cmp -s "$out/records-store.csv" "$out/records-file.csv" || { say "export --records differs"; exit 1; }

flat=held
[ "$(megabytes report-store)" -le 64 ] && [ "$(megabytes export-store)" -le 64 ] || flat=MISSED
echo "- $(grouped "$records") records: \`report --db\` and \`export --records --db\` peak memory <= 64 MB: $flat ($(megabytes report-store) and $(megabytes export-store) MB)" >>"$out/verdicts"

cat >>"$tables" <<TABLE
| $(grouped "$records") records (reference workload) | wall | peak memory |
|---|---|---|
| \`db load\`, all new | $(seconds load) s ($(rate "$(seconds load)") records/s) | $(megabytes load) MB |
| \`db load\` of the same file again (all unchanged) | $(seconds reload) s ($(rate "$(seconds reload)") records/s) | $(megabytes reload) MB |
| \`aggregate --by month,region --db\` (counted on the server) | $(medians store seconds) s | $(medians store megabytes) MB |
| \`aggregate --by month,region -i\` the CSV file | $(medians file seconds) s | $(medians file megabytes) MB |
| DuckDB on the CSV file (\`duck_agg.py\`) | $(medians duckdb seconds) s | $(medians duckdb megabytes) MB |
| \`report --db\` (cursor) | $(seconds report-store) s | $(megabytes report-store) MB |
| \`report -i\` the CSV file | $(seconds report-file) s | $(megabytes report-file) MB |
| \`export --records --db\` (cursor) | $(seconds export-store) s | $(megabytes export-store) MB |
| \`export --records -i\` the CSV file | $(seconds export-file) s | $(megabytes export-file) MB |

TABLE
done

# The section of Benchmarks/RESULTS.md, in place of the one before.
results=Benchmarks/RESULTS.md
server=$(psql -qtA "$url" -c "SHOW server_version" 2>/dev/null | cut -d' ' -f1)
{
    if [ -f "$results" ]; then sed '/^## The store/,$d' "$results"; fi
    echo "## The store"
    echo
    echo "Written by \`scripts/bench-store.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), Tally at"
    echo "$(git rev-parse --short HEAD), against PostgreSQL ${server:-(version unknown)} on the same machine"
    echo "(a throwaway cluster, \`fsync=off\`, the default \`sslmode=prefer\`, so TLS), on the reference"
    echo "workload above. The server's table, Tally's on the file and DuckDB's were equal byte for byte,"
    echo "and so were the records exported from the store and from the file. Wall times are single"
    echo "runs, the aggregates the median of $runs alternating runs; memory is the peak resident set."
    echo
    cat "$out/verdicts"
    echo
    cat "$tables"
} >"$results.partial"
mv "$results.partial" "$results"
say "wrote the store's section of $results"
cat "$tables"
