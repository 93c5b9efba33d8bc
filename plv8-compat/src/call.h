// Entering JavaScript from PostgreSQL: ordinary calls, procedures, DO blocks and the validator.
// Triggers and set-returning functions build on these (trigger.cc, srf.cc).
#pragma once

#include <v8.h>

#include "pg.h"
#include "function_cache.h"

namespace plv8compat {

// Calls fn with the limits guard held. A JS exception (or termination, or a SQL error JS caught
// outside a subtransaction) becomes a thrown PgError; otherwise returns fn's result. While fn
// runs, messages get the context line `PL/v8 function "name"` (see errors.h).
v8::Local<v8::Value> invoke_js(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Function> fn,
                               int argc, v8::Local<v8::Value>* argv, const char* name);

// fcinfo's arguments as JS values (argv must hold proc->nargs entries).
void args_to_js(v8::Isolate* isolate, const ProcInfo* proc, FunctionCallInfo fcinfo, v8::Local<v8::Value>* argv);

// The declared result type at this call site (resolves polymorphic result types).
Oid result_type(const ProcInfo* proc, FunctionCallInfo fcinfo);

// Converts the JS result of a composite- or record-returning call via get_call_result_type.
Datum js_to_result_row(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                       FunctionCallInfo fcinfo);

Datum call_function(FunctionCallInfo fcinfo);
void run_inline(const char* source);
void validate_function(Oid fn_oid);

}  // namespace plv8compat
