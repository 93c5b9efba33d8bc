#!/usr/bin/env bash
# Cost of plv8.record_call (call statistics in shared memory) on the project's private cluster.
#   bash plv8-compat/bench/call_stats.sh [calls] [repetitions]     (default 100000 calls, 5 runs)
# A superuser-owned function in a private context (the only place record_call exists) times, inside
# the backend, a loop of `calls` record_call()s over 100 keys against the same loop without them;
# it prints the median µs per record_call, in one session and with two sessions at once (LWLock
# contention on 2 cores). Uses the context name "bench-call-stats", reset afterwards, in a scratch
# database plv8_bench_stats that is dropped again. Prints figures only; asserts nothing.
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
CALLS="${1:-100000}"
REPS="${2:-5}"
[[ "$CALLS" =~ ^[1-9][0-9]*$ ]] || die "calls must be a positive integer, got '$CALLS'"
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "repetitions must be a positive integer, got '$REPS'"
DB=plv8_bench_stats
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }
q postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" \
  || die "cannot create database $DB: is the cluster running? (bash scripts/cluster.sh start)"
cleanup() {
  q "$DB" -c "SELECT plv8_call_stats_reset('bench-call-stats')" >/dev/null 2>&1
  q postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
}
trap cleanup EXIT
q "$DB" >/dev/null <<'SQL' || die "setup failed: is plv8 3.2.0-1 or later installed? (ALTER EXTENSION plv8 UPDATE)"
CREATE EXTENSION IF NOT EXISTS plv8;
ALTER EXTENSION plv8 UPDATE;
-- Returns the µs per call of the record_call loop minus the µs per call of the bare loop.
CREATE FUNCTION bench_record_call(n int) RETURNS float8 LANGUAGE plv8 AS $$// plv8:context bench-call-stats
const rec = plv8.record_call;
const keys = Array.from({ length: 100 }, (_, i) => 'fn-' + i);
let sink = 0;
let t0 = Date.now();
for (let i = 0; i < n; i++) sink += keys[i % 100].length + (i & 1 ? 1 : 0) * 0.25;
const bare = Date.now() - t0;
t0 = Date.now();
for (let i = 0; i < n; i++) rec(keys[i % 100], (i & 1) === 0, keys[i % 100].length + (i & 1 ? 1 : 0) * 0.25);
const with_rec = Date.now() - t0;
return ((with_rec - bare) * 1000) / n + sink * 0;
$$;
SQL
median() { sort -n | awk '{v[NR] = $1} END {printf "%.3f", v[int((NR + 1) / 2)]}'; }
run_one() { q "$DB" -c "SELECT bench_record_call($CALLS)"; }
run_one >/dev/null  # warm-up (compiles, creates the private context, fills the 100 keys)
single=$(for _ in $(seq "$REPS"); do run_one; done | median)
pair=$(for _ in $(seq "$REPS"); do run_one & run_one & wait; done | median)
calls=$(q "$DB" -c "SELECT sum(calls) FROM plv8_call_stats() WHERE context = 'bench-call-stats'")
mode=$(q "$DB" -c "SELECT CASE WHEN setting LIKE '%plv8%' THEN 'shared memory (preloaded)' ELSE 'backend-local (not preloaded)' END FROM pg_settings WHERE name = 'shared_preload_libraries'")
echo "plv8.record_call, $CALLS calls per run, 100 keys, median of $REPS runs; storage: $mode"
printf '  %-34s %s µs per call\n' "one session" "$single" "two sessions at once (each)" "$pair"
echo "  (counted: $calls calls in context bench-call-stats)"
