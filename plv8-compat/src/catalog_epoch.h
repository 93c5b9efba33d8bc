// The catalog epoch: a cheap number that changes whenever a table an embedder watches (for Wormhole:
// wormhole.functions and wormhole.policy) may have changed in a way this backend's next statement
// can see. It lets code in a private context cache "I checked this row is visible" and skip the
// catalog query on every call, without ever trusting a row that a committed delete, a rollback
// or a privilege change has taken away. See catalog_epoch.cc for the argument.
//
// Pieces:
//   - plv8_catalog_changed(): a C trigger function (FOR EACH STATEMENT, ENABLE ALWAYS) for the
//     watched tables;
//   - plv8.catalog_epoch() in private contexts: the epoch, or -1 when it cannot be trusted now
//     (not preloaded, hot standby, a writer of a watched table between its commit's pre-commit
//     step and the end of its commit);
//   - plv8.catalog_watched(relid) in private contexts: whether a table carries that trigger in a
//     form that fires on every change (so the epoch covers it), read from its relcache entry.
#pragma once

#include <v8.h>

namespace plv8compat {

struct RuntimeContext;

// While shared_preload_libraries is processed: asks for the shared counters. Called from _PG_init.
void catalog_epoch_init();

// Adds plv8.catalog_epoch and plv8.catalog_watched to the plv8 object of a private context (context must be entered).
void install_catalog_epoch(v8::Isolate* isolate, v8::Local<v8::Context> context);

}  // namespace plv8compat
