#!/usr/bin/env bash
# Cold start of plv8 with and without shared_preload_libraries, side by side.
#   bash plv8-compat/bench/cold_start.sh [connections]      (default 15)
# "with preload": the private cluster (cluster.sh preloads plv8). "without": a throwaway cluster
# initdb'd into a temporary directory on port PLV8_COLD_PORT (default 54491), removed afterwards.
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
CONNS="${1:-15}"
[[ "$CONNS" =~ ^[1-9][0-9]*$ ]] || die "connections must be a positive integer, got '$CONNS'"
COLD_PORT="${PLV8_COLD_PORT:-54491}"
DB=plv8_cold
SCRIPT="$ROOT/plv8-compat/bench/cold_start.mjs"

measure() {  # port label
  PGPORT="$1" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" 2>/dev/null
  PGPORT="$1" psql -X -q -d "$DB" -c "CREATE EXTENSION plv8"
  echo "--- $2"
  PGPORT="$1" node "$SCRIPT" "$CONNS" "$DB"
  PGPORT="$1" psql -X -q -d postgres -c "DROP DATABASE $DB WITH (FORCE)"
}

measure "$PGPORT" "private cluster (port $PGPORT)"

if (exec 3<>"/dev/tcp/127.0.0.1/$COLD_PORT") 2>/dev/null; then
  die "port $COLD_PORT is taken: set PLV8_COLD_PORT to a free port for the throwaway cluster"
fi
TMP="$(mktemp -d /tmp/plv8-cold.XXXXXX)"
chmod 755 "$TMP"
[ "$(id -u)" -eq 0 ] && chown "$(cluster_owner)" "$TMP"
cleanup() {
  as_owner "$PG_BIN/pg_ctl" -D "$TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
as_owner "$PG_BIN/initdb" -D "$TMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$TMP/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $COLD_PORT
unix_socket_directories = '$TMP'
fsync = off
shared_preload_libraries = ''
CONF
as_owner "$PG_BIN/pg_ctl" -D "$TMP/data" -l "$TMP/log" -w -t 60 start >/dev/null || { tail "$TMP/log" >&2; die "throwaway cluster did not start"; }
measure "$COLD_PORT" "throwaway cluster without preload (port $COLD_PORT)"

# The floor under both: V8's own start-up in freshly forked processes, without PostgreSQL.
echo "--- V8 start-up alone, in $CONNS freshly forked processes (no PostgreSQL): plv8-compat/bench/v8_start_floor"
make -s -C "$ROOT/plv8-compat" bench/v8_start_floor || die "could not build plv8-compat/bench/v8_start_floor"
"$ROOT/plv8-compat/bench/v8_start_floor" "$CONNS"
