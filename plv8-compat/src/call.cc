// Ordinary function and procedure calls, DO blocks, and the validator.
#include <new>

#include "call.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "limits.h"

namespace plv8compat {

namespace {

void function_context_callback(void* arg) { errcontext("%s\"%s\"", kPlv8ContextPrefix, static_cast<const char*>(arg)); }

// Pushes the `PL/v8 function "name"` error context line for the duration of a JS call.
class ErrorContextLine {
 public:
  explicit ErrorContextLine(const char* name) {
    callback_.callback = function_context_callback;
    callback_.arg = const_cast<char*>(name);
    callback_.previous = error_context_stack;
    error_context_stack = &callback_;
  }
  ~ErrorContextLine() { error_context_stack = callback_.previous; }
  ErrorContextLine(const ErrorContextLine&) = delete;
  ErrorContextLine& operator=(const ErrorContextLine&) = delete;

 private:
  ErrorContextCallback callback_;
};

// Whether js_to_datum(value) for type runs no JavaScript: a number (or BigInt) to a number type, a boolean
// or anything to bool (ToBoolean calls no user code), a string to text. Failures there (out of
// range) are PgErrors, so the conversion needs no TryCatch or limits guard. Domains are excluded:
// their CHECK constraints may call functions, PL/v8 ones included.
bool plain_from_js(const TypeInfo* type, v8::Local<v8::Value> value) {
  if (type->is_domain) return false;
  switch (type->kind) {
    case TypeKind::Bool: return true;
    case TypeKind::Int2:
    case TypeKind::Int4:
    case TypeKind::Float4:
    case TypeKind::Float8:
    case TypeKind::Oid: return value->IsNumber();
    case TypeKind::Int8: return value->IsNumber() || value->IsBigInt();
    case TypeKind::Text: return type->basetype == TEXTOID && value->IsString();
    default: return false;
  }
}

}  // namespace

v8::Local<v8::Value> invoke_js(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Function> fn,
                               int argc, v8::Local<v8::Value>* argv, const char* name, v8::Local<v8::Value> receiver) {
  v8::EscapableHandleScope scope(isolate);
  return scope.Escape(invoke_js_in_caller_scope(isolate, context, fn, argc, argv, name, receiver));
}

v8::Local<v8::Value> invoke_js_in_caller_scope(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                               v8::Local<v8::Function> fn, int argc, v8::Local<v8::Value>* argv,
                                               const char* name, v8::Local<v8::Value> receiver) {
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<v8::Value> result;
  {
    ErrorContextLine context_line(name);
    JsEntryGuard guard(isolate);
    result = fn->Call(context, receiver.IsEmpty() ? context->Global().As<v8::Value>() : receiver, argc, argv);
  }
  if (result.IsEmpty()) {
    // A limit (memory, timeout, cancel) raises its own PostgreSQL error.
    raise_if_js_stopped(isolate);
    if (try_catch.HasTerminated()) {
      isolate->CancelTerminateExecution();
      if (poison_active()) {  // terminated because of a cancel/timeout raised inside SQL
        ErrorData* edata = poison_error();
        poison_clear();
        throw PgError{edata};
      }
      throw PgError{make_error(ERRCODE_QUERY_CANCELED, "JavaScript execution was terminated")};
    }
    // The JS exception wins over a SQL error it may have caught earlier: both end in ERROR.
    // Describing it runs user code too (getters of message/name/..., toString), under the guard.
    poison_clear();
    throw PgError{js_exception_to_error(isolate, context, try_catch, "JavaScript")};
  }
  // A script can complete the allocation that crossed plv8.memory_limit before the termination
  // takes effect; the error belongs to this call, not (as a stale termination) to the next one.
  raise_if_js_stopped(isolate);
  if (poison_active()) {
    // JS caught a SQL error outside plv8.subtransaction(): raise it now (see errors.h).
    ErrorData* edata = poison_error();
    poison_clear();
    throw PgError{edata};
  }
  return result.ToLocalChecked();
}

void raise_if_js_stopped(v8::Isolate* isolate) {
  if (!limits_stop_pending(isolate)) return;  // the usual case, without a PG_TRY
  pg_guard([&] { limits_raise_if_terminated(isolate); });
}

Oid result_type(const ProcInfo* proc, FunctionCallInfo fcinfo) {
  if (!IsPolymorphicType(proc->rettype)) return proc->rettype;
  Oid type = InvalidOid;
  pg_guard([&] { type = get_fn_expr_rettype(fcinfo->flinfo); });
  if (!OidIsValid(type))
    throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "could not determine the actual result type")};
  return type;
}

void args_to_js(v8::Isolate* isolate, const ProcInfo* proc, FunctionCallInfo fcinfo, v8::Local<v8::Value>* argv) {
  for (int i = 0; i < proc->nargs; i++) {
    const TypeInfo* type = proc->arg_info[i];
    if (type == nullptr) {
      Oid actual = InvalidOid;
      pg_guard([&] { actual = get_fn_expr_argtype(fcinfo->flinfo, i); });
      if (!OidIsValid(actual))
        throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "could not determine the actual argument type")};
      type = type_info(actual);
    }
    argv[i] = datum_to_js(isolate, fcinfo->args[i].value, fcinfo->args[i].isnull, type);
  }
}

Datum js_to_result_row(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                       FunctionCallInfo fcinfo) {
  TupleDesc tupdesc = nullptr;
  TypeFuncClass cls = TYPEFUNC_OTHER;
  pg_guard([&] { cls = get_call_result_type(fcinfo, nullptr, &tupdesc); });
  if (cls != TYPEFUNC_COMPOSITE && cls != TYPEFUNC_COMPOSITE_DOMAIN)
    throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED,
                             "function returning record called in context that cannot accept type record", nullptr,
                             "Declare OUT parameters or call it with a column definition list.")};
  HeapTuple tuple = js_to_tuple(isolate, context, value, tupdesc);
  pg_guard([&] { BlessTupleDesc(tupdesc); });
  return HeapTupleGetDatum(tuple);
}

Datum call_function(FunctionCallInfo fcinfo) {
  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  ProcInfo* proc = proc_for_call(isolate, fcinfo->flinfo->fn_oid, fcinfo->flinfo);
  v8::Local<v8::Context> context = proc_context(isolate, proc);
  v8::Context::Scope context_scope(context);
  if (proc->is_trigger)
    throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "trigger functions can only be called as triggers")};

  FrameScope frame;
  // A procedure called by a top-level CALL may end transactions (plv8.commit/rollback).
  frame.frame()->nonatomic = fcinfo->context != nullptr && IsA(fcinfo->context, CallContext) &&
                             !castNode(CallContext, fcinfo->context)->atomic;
  if (proc->prokind == PROKIND_WINDOW) {
    WindowObject winobj = reinterpret_cast<WindowObject>(fcinfo->context);  // PG_WINDOW_OBJECT()
    frame.frame()->window = winobj;
    frame.frame()->window_flinfo = fcinfo->flinfo;
    // The executor leaves a window function's arguments NULL (they are read through the window
    // object); PL/v8 passes their values at the current row as ordinary arguments.
    for (int i = 0; i < proc->nargs && i < fcinfo->nargs; i++) {
      NullableDatum* arg = &fcinfo->args[i];
      pg_guard([&] { arg->value = WinGetFuncArgCurrent(winobj, i, &arg->isnull); });
    }
  }
  // Room for every argument, of which only the nargs used are made: clearing FUNC_MAX_ARGS handles
  // on every call would cost more than converting the usual few.
  union ArgSlots {
    ArgSlots() {}
    v8::Local<v8::Value> v[FUNC_MAX_ARGS];
  } slots;
  v8::Local<v8::Value>* argv = slots.v;
  for (int i = 0; i < proc->nargs; i++) new (&argv[i]) v8::Local<v8::Value>();
  if (proc->args_plain)
    args_to_js(isolate, proc, fcinfo, argv);  // no JS can run: the TryCatch and guard would cost more
  else
    with_js_errors(isolate, context, [&] { args_to_js(isolate, proc, fcinfo, argv); });
  // One call per handler entry: its handles can live in this function's scope.
  v8::Local<v8::Value> result =
      invoke_js_in_caller_scope(isolate, context, proc->function.Get(isolate), proc->nargs, argv, proc->name);

  Datum datum = 0;
  bool isnull = false;
  Oid rettype = result_type(proc, fcinfo);
  if (rettype == VOIDOID) {
    datum = 0;
  } else if (result->IsNullOrUndefined()) {
    isnull = true;
  } else {
    const TypeInfo* type = proc->ret_info ? proc->ret_info : type_info(rettype);
    if (plain_from_js(type, result)) {
      datum = js_to_datum(isolate, context, result, type, -1, &isnull);  // runs no JS (see plain_from_js)
    } else {
      with_js_errors(isolate, context, [&] {
        if (rettype == RECORDOID || (type->kind == TypeKind::Composite && !type->is_domain && result->IsObject()))
          datum = js_to_result_row(isolate, context, result, fcinfo);
        else
          datum = js_to_datum(isolate, context, result, type, -1, &isnull);
      });
    }
  }
  frame.finish();
  fcinfo->isnull = isnull;
  return datum;
}

void run_inline(const char* source, bool atomic) {
  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = role_context(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Function> fn =
      compile_body(isolate, context, "undefined", source, 0, nullptr);  // PL/v8's name for DO code
  FrameScope frame;
  frame.frame()->nonatomic = !atomic;  // a DO block outside a transaction block may commit
  invoke_js(isolate, context, fn, 0, nullptr, "inline_code_block");
  frame.finish();
}

void validate_function(Oid fn_oid) {
  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  // Compiling (in the context the function runs in) reports syntax errors with their line; the
  // compiled code is cached for later calls.
  proc_for_call(isolate, fn_oid, nullptr);
}

}  // namespace plv8compat
