// V8 command-line flags: the ones the engine always sets, and the allow-list that plv8.v8_flags
// (a superuser-only GUC) is checked against. V8 reads flags once per process, before it starts.
#pragma once

#include "pg.h"

namespace plv8compat {

// Sets the flags the engine relies on for robustness (see v8_flags.cc). Call before V8 starts;
// _PG_init does, so preloaded backends inherit them through fork().
void v8_flags_set_engine_defaults();

// GUC check hook of plv8.v8_flags: accepts only whitespace-separated flags of the allow-list.
bool v8_flags_check(char** newval, void** extra, GucSource source);

// Applies plv8.v8_flags (already checked; null or empty: nothing) as V8 starts in this backend.
void v8_flags_apply(const char* flags);

// Whether the flags applied included --use-strict. V8 honours it for scripts but not for
// ScriptCompiler::CompileFunction, which compiles every PL/v8 body, so compile_body() makes each
// body strict itself.
bool v8_flags_strict();

}  // namespace plv8compat
