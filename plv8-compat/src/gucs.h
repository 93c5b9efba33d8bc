// Configuration parameters (GUCs) of the plv8 language, defined in plv8.cc's _PG_init.
#pragma once

namespace plv8compat {

extern char* guc_start_proc;                // plv8.start_proc: function run when a role's context is created
extern int guc_memory_limit;                // plv8.memory_limit: V8 heap limit in MB (read by limits.cc)
extern bool guc_bigint_graceful;            // plv8.bigint_graceful: int8 outside +-2^53 becomes BigInt
extern bool guc_statement_subtransactions;  // plv8.statement_subtransactions: one per plv8.execute
extern char* guc_v8_flags;                  // plv8.v8_flags: V8 command-line flags, applied before V8 starts

}  // namespace plv8compat
