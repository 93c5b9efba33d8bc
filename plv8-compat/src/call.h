// Entering JavaScript from PostgreSQL: ordinary calls, procedures, DO blocks and the validator.
// Triggers and set-returning functions build on these (trigger.cc, srf.cc).
#pragma once

#include <type_traits>

#include <v8.h>

#include "errors.h"
#include "limits.h"
#include "pg.h"
#include "function_cache.h"

namespace plv8compat {

// Calls fn with the limits guard held. A JS exception (or termination, or a SQL error JS caught
// outside a subtransaction) becomes a thrown PgError; otherwise returns fn's result. While fn
// runs, messages get the context line `PL/v8 function "name"` (see errors.h). `receiver` is fn's
// `this` (the context's global object when empty; an iterator for its next/return, srf.cc).
v8::Local<v8::Value> invoke_js(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Function> fn,
                               int argc, v8::Local<v8::Value>* argv, const char* name,
                               v8::Local<v8::Value> receiver = v8::Local<v8::Value>());

// invoke_js without a handle scope of its own: the result and every handle made on the way stay
// in the caller's scope (for a caller that calls JS once per entry, saving a scope per call).
v8::Local<v8::Value> invoke_js_in_caller_scope(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                               v8::Local<v8::Function> fn, int argc, v8::Local<v8::Value>* argv,
                                               const char* name,
                                               v8::Local<v8::Value> receiver = v8::Local<v8::Value>());

// After JS ran at handler level with the limits guard held: if a limit or a pending cancel,
// timeout or termination stopped it, throws the matching PgError (57014, 53200, FATAL for
// pg_terminate_backend); otherwise returns.
void raise_if_js_stopped(v8::Isolate* isolate);

// Runs f() (conversions at handler level, outside any JS call) under a TryCatch and the limits
// guard: conversions run user code (getters, toJSON, toString/valueOf), which statement_timeout,
// cancel and plv8.memory_limit must stop as they stop the function itself. A JS exception raised
// by a conversion (a throwing toJSON or getter, JSON too deep) becomes a PgError with its message
// instead of staying pending in the isolate.
template <typename F>
auto with_js_errors(v8::Isolate* isolate, v8::Local<v8::Context> context, F&& f) -> decltype(f()) {
  v8::TryCatch try_catch(isolate);
  try {
    // The guard closes before the limits check, which may raise a PostgreSQL error.
    if constexpr (std::is_void_v<decltype(f())>) {
      {
        JsEntryGuard guard(isolate);
        f();
      }
      raise_if_js_stopped(isolate);
    } else {
      auto result = [&] {
        JsEntryGuard guard(isolate);
        return f();
      }();
      raise_if_js_stopped(isolate);
      return result;
    }
  } catch (const JsPending&) {
    raise_if_js_stopped(isolate);
    if (!try_catch.HasCaught())
      throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "plv8: conversion failed without a JavaScript exception")};
    throw PgError{js_exception_to_error(isolate, context, try_catch, "JavaScript")};
  }
}

// fcinfo's arguments as JS values (argv must hold proc->nargs entries).
void args_to_js(v8::Isolate* isolate, const ProcInfo* proc, FunctionCallInfo fcinfo, v8::Local<v8::Value>* argv);

// The declared result type at this call site (resolves polymorphic result types).
Oid result_type(const ProcInfo* proc, FunctionCallInfo fcinfo);

// Converts the JS result of a composite- or record-returning call via get_call_result_type.
Datum js_to_result_row(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                       FunctionCallInfo fcinfo);

Datum call_function(FunctionCallInfo fcinfo);
void run_inline(const char* source, bool atomic);
void validate_function(Oid fn_oid);

}  // namespace plv8compat
