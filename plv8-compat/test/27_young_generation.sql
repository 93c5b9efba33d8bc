-- V8's young generation stays committed between scavenges (src/young_generation.cc). V8 10.2
-- gives the from-space back to the kernel after a scavenge when the allocation rate it measured in
-- wall-clock time is below 1,000 bytes per ms, and the next cycle's allocations then fault every
-- page back in. A backend that waits for its client between calls is nearly always that slow.
--
-- The function below makes V8 measure such a rate: it allocates 1.2 MB (a scavenge of the 1 MB
-- semi-space at the default plv8.memory_limit, which starts V8's clock), waits 2.5 s, then
-- allocates 2.4 MB more (two or three scavenges; the first sees ~1 MB over ~2.5 s, ~0.4 bytes per
-- ms). A scavenge shows as a drop in the used heap, an uncommitted from-space as a drop in the
-- committed heap (total_heap_size). V8's own heuristic (without the fix) uncommits at the first
-- scavenge after the wait.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plv8;
\set only_ours 'keeping the young generation committed is plv8-compat''s (upstream PL/v8 runs V8''s own heuristic)'
\ir lib/only_ours.sql
\if :ours
SELECT plan(2);

CREATE FUNCTION yg_allocate_then_wait() RETURNS jsonb LANGUAGE plv8 AS $$
  var usage = plv8.memory_usage();
  var seen = { scavengesAfterWait: 0, uncommits: 0, committed: [usage.total_heap_size] };
  function allocate(kb, afterWait) {
    for (var k = 0; k < kb / 4; k++) {
      var garbage = new Array(512);  // 4 KB of unboxed doubles
      for (var j = 0; j < garbage.length; j++) garbage[j] = j * 1.5;
      var now = plv8.memory_usage();
      if (afterWait && now.used_heap_size < usage.used_heap_size) seen.scavengesAfterWait++;
      if (now.total_heap_size < usage.total_heap_size) seen.uncommits++;
      if (now.total_heap_size !== usage.total_heap_size) seen.committed.push(now.total_heap_size);
      usage = now;
    }
  }
  allocate(1200, false);
  plv8.execute('SELECT pg_sleep(2.5)');
  allocate(2400, true);
  return seen;
$$;
CREATE TEMP TABLE yg_seen AS SELECT yg_allocate_then_wait() AS r;

SELECT cmp_ok((SELECT (r->>'scavengesAfterWait')::int FROM yg_seen), '>=', 2,
  'V8 scavenged at least twice after the wait (committed heap sizes: ' || (SELECT r->>'committed' FROM yg_seen) || ')');
SELECT is((SELECT (r->>'uncommits')::int FROM yg_seen), 0,
  'no scavenge gave the from-space back: the committed heap never shrank (sizes: ' || (SELECT r->>'committed' FROM yg_seen) || ')');

SELECT * FROM finish();
ROLLBACK;
\endif
