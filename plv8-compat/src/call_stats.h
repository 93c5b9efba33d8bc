// Call statistics kept in memory, never in tables: a call writes no rows and takes no row locks,
// so it works in read-only transactions and on hot standbys, and no role can forge the figures.
//
// Counters are keyed by (private context name, key, role = GetUserId()). Only code in a private
// context can add to them, through plv8.record_call(key, ok, elapsed_ms); Wormhole's runtime
// captures that function and removes it from the plv8 object, so user code cannot call it.
//
// Storage: a fixed-size hash in shared memory when plv8 is in shared_preload_libraries (sized by
// plv8.call_stats_max, PGC_POSTMASTER), guarded by one LWLock held only for the hash update.
// Without preload each backend keeps (and sees) only its own counters.
// SQL: plv8_call_stats(), plv8_call_stats_dropped(), plv8_call_stats_reset() (no EXECUTE for PUBLIC).
#pragma once

#include <v8.h>

namespace plv8compat {

struct RuntimeContext;

// Defines plv8.call_stats_max and, while shared_preload_libraries is being processed, installs
// the shared-memory hooks. Called from _PG_init before the plv8 GUC prefix is reserved.
void call_stats_init();

// Adds plv8.record_call to the plv8 object of a private context (context must be entered).
void install_record_call(v8::Isolate* isolate, v8::Local<v8::Context> context, RuntimeContext* entry);

}  // namespace plv8compat
