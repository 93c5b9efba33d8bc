#!/usr/bin/env bash
# plv8-compat benchmark on the project's private cluster. Prints a table; asserts nothing.
#   bash plv8-compat/bench/run.sh [repetitions]      (default 5; plv8 must be installed)
# Uses a scratch database plv8_bench that is dropped afterwards, then measures cold start on fresh
# connections with and without shared_preload_libraries (cold_start.sh: a throwaway cluster).
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
REPS="${1:-5}"
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "repetitions must be a positive integer, got '$REPS'"
DB=plv8_bench
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" \
  || die "cannot create database $DB: is the cluster running? (bash scripts/cluster.sh start)"
trap 'PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS '$DB' WITH (FORCE)"' EXIT
psql -X -q -d "$DB" -v reps="$REPS" -f "$ROOT/plv8-compat/bench/bench.sql"

# The same queries measured from the client (psql, rows sent and discarded): what a caller sees.
client_us_per_row() {  # query -> median µs per row of REPS runs after one warm-up
  { echo '\o /dev/null'; echo "$1;"; echo '\timing on'; for _ in $(seq "$REPS"); do echo "$1;"; done; } \
    | psql -X -q -d "$DB" 2>&1 | awk '/^Time:/ {print $2}' | sort -n \
    | awk '{t[NR] = $1} END {printf "%.3f", t[int((NR + 1) / 2)] * 1000 / 100000}'
}
echo
echo "absolute µs per row of SELECT f(i) FROM generate_series(1, 100000) i, from psql (median of $REPS)"
printf '  %-24s %s\n' "plv8 trivial x+1" "$(client_us_per_row 'SELECT b_js_add1(i) FROM generate_series(1, 100000) i')" \
  "PL/pgSQL trivial x+1" "$(client_us_per_row 'SELECT b_pg_add1(i) FROM generate_series(1, 100000) i')" \
  "plv8 one plv8.execute" "$(client_us_per_row 'SELECT b_js_execute(i) FROM generate_series(1, 100000) i')" \
  "PL/pgSQL one query" "$(client_us_per_row 'SELECT b_pg_query(i) FROM generate_series(1, 100000) i')" \
  "no function (baseline)" "$(client_us_per_row 'SELECT i + 1 FROM generate_series(1, 100000) i')"

echo
bash "$ROOT/plv8-compat/bench/cold_start.sh"
