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
echo
bash "$ROOT/plv8-compat/bench/cold_start.sh"
