#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the store's tests (issue 16).
#
#   scripts/pg-throwaway.sh start [DIR]   installs Debian's `postgresql` when missing, creates a
#                                         cluster in DIR (default: a new temporary folder) as an
#                                         unprivileged user, starts it on 127.0.0.1:$TALLY_PG_PORT
#                                         (default: the first free port from 55432), and prints
#                                         the line to export:
#                                         TALLY_TEST_DATABASE_URL=postgres://tally@127.0.0.1:PORT/tally
#   scripts/pg-throwaway.sh stop DIR      stops it and removes DIR.
#
# The cluster trusts password authentication for `tally` (password `tally`) on loopback only,
# and also has the role `tally_reader` (password `reader`), which may read and nothing else
# once `tally db init` has granted it (the read-only tests use it). It offers TLS with a
# self-signed certificate made here by openssl (DIR/server.crt, for localhost and 127.0.0.1),
# which the TLS tests find with `SHOW ssl_cert_file` and trust as their root (sslmode
# verify-full). Nothing is written outside DIR; nothing is left running after `stop`.
set -euo pipefail

command="${1:-start}"
port="${TALLY_PG_PORT:-}"

# The first port from 55432 on that nothing listens on: a second cluster, or another server
# on the usual test port, never collides (TALLY_PG_PORT names one outright).
free_port() {
    local candidate
    for candidate in $(seq 55432 55531); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "pg-throwaway: no free port in 55432-55531; set TALLY_PG_PORT" >&2
    return 1
}

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

as_owner() {
    # initdb and the server refuse to run as root: as root, run them as `nobody`, from /
    # (the caller's folder may be closed to nobody, which PostgreSQL's tools complain of).
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u nobody -- "$@")
    else
        "$@"
    fi
}

case "$command" in
start)
    [ -n "$port" ] || port=$(free_port)
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if ! bin=$(pg_bin); then
        echo "pg-throwaway: installing postgresql" >&2
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq >/dev/null || true
        $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        bin=$(pg_bin)
    fi
    dir="${2:-$(mktemp -d /tmp/tally-pg.XXXXXX)}"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    printf 'tally\n' >"$dir/pwfile"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir/pwfile"
    # A self-signed certificate for TLS (sslmode require, verify-ca, verify-full), valid for
    # the names the tests connect to. The key is the server's alone, as PostgreSQL requires.
    if ! command -v openssl >/dev/null; then
        echo "pg-throwaway: installing openssl" >&2
        $sudo apt-get install -y -qq --no-install-recommends openssl >/dev/null
    fi
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    chmod 644 "$dir/server.crt"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir/server.key"
    as_owner "$bin/initdb" -D "$dir/data" -U tally --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >/dev/null
    PGPASSWORD=tally "$bin/psql" -q -h 127.0.0.1 -p "$port" -U tally -d postgres \
        -c "CREATE DATABASE tally" -c "CREATE ROLE tally_reader LOGIN PASSWORD 'reader'" >/dev/null
    echo "pg-throwaway: cluster in $dir on 127.0.0.1:$port (stop: scripts/pg-throwaway.sh stop $dir)" >&2
    echo "TALLY_TEST_DATABASE_URL=postgres://tally:tally@127.0.0.1:$port/tally"
    ;;
stop)
    dir="${2:?give the cluster folder}"
    [ -d "$dir" ] || exit 0 # nothing left to stop
    dir=$(cd "$dir" && pwd)
    bin=$(pg_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: scripts/pg-throwaway.sh start [DIR] | stop DIR" >&2
    exit 64
    ;;
esac
