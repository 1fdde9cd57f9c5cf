#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster: initdb into a temporary folder, a free
# port on 127.0.0.1, the command with CLIENTELE_TEST_PG_URL (an admin URL; tests make their own
# databases) and CLIENTELE_TEST_PG_BIN set, then the server stopped and the folder removed.
# initdb refuses root, so as root (CI) the server runs as the user `nobody`.
# Exit 77 (a CTest skip) when PostgreSQL's server programs are not installed.
set -uo pipefail
bin=${CLIENTELE_PG_BIN:-}
if [ -z "$bin" ]; then
    for candidate in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null)"; do
        if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then bin=$candidate; break; fi
    done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL 15 server programs not found (package postgresql-15): skipped" >&2
    exit 77
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/clientele-pg.XXXXXX")
as_server=()
if [ "$(id -u)" = 0 ]; then
    chown nobody "$dir"
    as_server=(runuser -u nobody --)
fi
stop() {
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$dir"
}
trap stop EXIT

"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U clientele --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }

# A free port: try a few random ones (another cluster may be starting on the same machine).
started=0
for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if [ "$started" != 1 ]; then
    echo "could not start a PostgreSQL server:" >&2
    cat "$dir/server.log" >&2
    exit 1
fi

export CLIENTELE_TEST_PG_URL="postgresql://clientele@127.0.0.1:$port/postgres?sslmode=disable"
export CLIENTELE_TEST_PG_BIN="$bin"
"$@"
