// Compiled PL/v8 functions, one per (function oid, V8 context), reused until pg_proc changes: a
// warm call compiles nothing. A role has one ordinary context and maybe private ones
// (private_context.h); code compiled for one context is never handed to another. Entries are
// updated in place and never freed, so pointers cached in FmgrInfo.fn_extra stay valid.
#pragma once

#include <v8.h>

#include "context.h"
#include "pg.h"
#include "private_context.h"
#include "type_info.h"

namespace plv8compat {

struct ProcInfo {
  Oid fn_oid;
  Oid role;
  RuntimeContext* context;  // the context `function` was compiled in
  ContextPragma pragma;     // of the compiled body; decides whether `context` is still right
  Oid owner;
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
  bool args_plain;  // every argument converts with plain_to_js (no TryCatch needed)
  Oid rettype;
  const TypeInfo* ret_info;
};

// The compiled function for fn_oid in the context it runs in for the current role (the role's
// ordinary context, created with start_proc if new, or a private one). The caller enters
// proc->context before calling it. flinfo (may be nullptr) caches the entry in fn_extra.
// Throws PgError (syntax errors included).
ProcInfo* proc_for_call(v8::Isolate* isolate, Oid fn_oid, FmgrInfo* flinfo);

// The V8 context of a resolved function.
inline v8::Local<v8::Context> proc_context(v8::Isolate* isolate, const ProcInfo* proc) {
  return proc->context->context.Get(isolate);
}

// fn_oid compiled in the given context (plv8.find_function, after checking it belongs there).
ProcInfo* proc_in_context(v8::Isolate* isolate, RuntimeContext* context, Oid fn_oid);

// Compiles a function body with the given parameter names, without caching (DO blocks, validator).
// Throws PgError carrying the SyntaxError and its line. With `cached` (owned by this call from
// then on), V8 uses that code cache unless it rejects it; *rejected says whether it did.
v8::Local<v8::Function> compile_body(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                     const char* body, int nparams, const char* const* params,
                                     v8::ScriptCompiler::CachedData* cached = nullptr, bool* rejected = nullptr);

// Forgets every compiled function of a role, in all its contexts (plv8_reset()).
void proc_cache_forget_role(Oid role);

// Forgets the functions compiled in one context (its V8 context was discarded).
void proc_cache_forget_context(const RuntimeContext* context);

}  // namespace plv8compat
