// Named private contexts: which V8 context a plv8 function runs in.
//
// A function runs in the private context NAME of the current role (instead of the role's
// ordinary context) when
//   * its owner is a superuser, and
//   * its source begins with the exact first line `// plv8:context NAME`, NAME matching
//     ^[a-z0-9_.-]{1,63}$.
// Otherwise the line is an ordinary comment (so the same body runs unchanged on upstream PL/v8).
// Only a superuser can create or take over such a function, so no role can put code into a
// private context; DO blocks never run in one. Wormhole puts its runtime in one so that code a
// role runs through SQL (DO, its own LANGUAGE plv8 functions) cannot see or replace it.
#pragma once

#include <string>

#include "pg.h"

namespace plv8compat {

constexpr int kContextNameMax = 63;

enum class ContextPragma { None, Valid, Invalid };

// Parses the first line of a function body. On Valid, *name is the context name.
ContextPragma parse_context_pragma(const char* body, std::string* name);

// The pg_proc row version a placement was computed from (validates cached placements).
struct ProcVersion {
  TransactionId xmin;
  ItemPointerData tid;
  Oid owner;
};

// Reads xmin/ctid/owner of fn_oid's pg_proc row (C calls only: run inside pg_guard).
void read_proc_version(Oid fn_oid, ProcVersion* version);

// The pragma of fn_oid's current body, cached per function and row version (the body is read
// only when the row changed). *name is set for Valid.
ContextPragma function_pragma(Oid fn_oid, const ProcVersion& version, std::string* name);

// Where fn_oid runs for the current role: "" for the role's ordinary context, else the private
// context's name. Throws PgError (42602) for a malformed pragma in a superuser-owned function,
// because silently running it in the ordinary context would expose what the owner meant to hide.
std::string function_context_name(Oid fn_oid, const ProcVersion& version);

// Whether a function with this pragma and owner runs in a private context (checks superuser).
bool pragma_applies(ContextPragma pragma, Oid owner);

}  // namespace plv8compat
