// V8 code cache for large function bodies, shared by every backend of the cluster through files
// under $PGDATA/plv8_code_cache.
//
// Compiling a large body (Wormhole's runtime and installer bundles, acorn in the latter) and
// then compiling its inner functions lazily as they first run is most of what a fresh backend pays
// before its first call. So once a body has run, the backend asks V8 for the bytecode of the body
// and of every inner function compiled so far (ScriptCompiler::CreateCodeCacheForFunction) and
// writes it to a file; the next backend that compiles the same body hands that file to V8 instead
// of parsing and compiling.
//
// Trust: only the server writes these files, and only from source it compiled itself; only bodies
// of functions owned by a superuser are cached (so no other role can make the server fill its
// disk), and a file is used only for the exact body, parameter names, V8 version and V8 flags it
// was made from (its name and header carry a SHA-256 of all four), with a CRC-32C over the payload
// checked before V8 sees a byte (V8 itself checks only the source length, and its own checksum is
// off: --no-verify-snapshot-checksum). A file that fails any check, or that V8 rejects, is ignored
// (the body is compiled from source) and replaced by a fresh one.
#pragma once

#include <cstdint>

#include <v8.h>

#include "pg.h"

namespace plv8compat {

// GUCs plv8.code_cache and plv8.code_cache_min_size (defined in _PG_init via this call).
void code_cache_define_gucs();

// Remembers the plv8.v8_flags value V8 was started with (part of every key).
void code_cache_note_v8_flags(const char* flags);

// Whether a body of this size, of a function owned by `owner`, goes through the cache
// (C calls inside: run inside pg_guard).
bool code_cache_applies(Oid owner, size_t body_len);

// Compiles body like compile_body() (function_cache.h), using and then maintaining the cache:
// on a miss or a rejected file, the function is queued and its cache written by
// code_cache_write_pending() after the outermost call, when its inner functions have run.
// Throws PgError for syntax errors.
v8::Local<v8::Function> code_cache_compile(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                           const char* body, int nparams, const char* const* params);

// Writes the queued caches. Called when the outermost JS entry has returned successfully; never
// throws (a failed write is logged at DEBUG1 and the body is simply compiled next time).
void code_cache_write_pending(v8::Isolate* isolate);

}  // namespace plv8compat
