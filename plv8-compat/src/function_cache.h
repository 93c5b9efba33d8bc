// Compiled PL/v8 functions, one per (function oid, role), reused until pg_proc changes: a warm call
// compiles nothing. Entries are updated in place and never freed, so pointers cached in
// FmgrInfo.fn_extra stay valid.
#pragma once

#include <v8.h>

#include "pg.h"
#include "type_info.h"

namespace plv8compat {

struct ProcInfo {
  Oid fn_oid;
  Oid role;
  TransactionId xmin;  // pg_proc row version the code was compiled from
  ItemPointerData tid;
  v8::Global<v8::Function> function;
  char name[NAMEDATALEN];
  char prokind;
  bool is_trigger;
  bool retset;
  bool polymorphic;  // some argument or the result type is resolved per call site
  int nargs;         // JS parameters: IN, INOUT and VARIADIC arguments
  Oid argtypes[FUNC_MAX_ARGS];
  const TypeInfo* arg_info[FUNC_MAX_ARGS];
  Oid rettype;
  const TypeInfo* ret_info;
};

// The compiled function for fn_oid in the current role's context (context must be entered).
// flinfo (may be nullptr) caches the entry in fn_extra. Throws PgError (syntax errors included).
ProcInfo* proc_for_call(v8::Isolate* isolate, v8::Local<v8::Context> context, Oid fn_oid, FmgrInfo* flinfo);

// Compiles a function body with the given parameter names, without caching (DO blocks, validator).
// Throws PgError carrying the SyntaxError and its line.
v8::Local<v8::Function> compile_body(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                     const char* body, int nparams, const char* const* params);

// Forgets every compiled function of a role (plv8_reset()).
void proc_cache_forget_role(Oid role);

}  // namespace plv8compat
