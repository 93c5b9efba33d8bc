// Set-returning functions in materialize mode: rows from plv8.return_next() and from a returned
// array go into a tuplestore handed to the executor.
#include "srf.h"
#include "call.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "function_cache.h"

namespace plv8compat {

namespace {

// Adds one JS value as a row (composite: object by column name; scalar: the single column).
void add_row(v8::Isolate* isolate, v8::Local<v8::Context> context, SrfState* srf, v8::Local<v8::Value> value) {
  MemoryContext old = MemoryContextSwitchTo(srf->row_cxt);
  try {
    if (srf->scalar) {
      bool isnull;
      Datum d = js_to_datum(isolate, context, value, type_info(srf->scalar_type), -1, &isnull);
      pg_guard([&] { tuplestore_putvalues(srf->store, srf->tupdesc, &d, &isnull); });
    } else {
      HeapTuple tuple = js_to_tuple(isolate, context, value, srf->tupdesc);
      pg_guard([&] { tuplestore_puttuple(srf->store, tuple); });
    }
  } catch (...) {
    MemoryContextSwitchTo(old);
    MemoryContextReset(srf->row_cxt);
    throw;
  }
  MemoryContextSwitchTo(old);
  MemoryContextReset(srf->row_cxt);
}

}  // namespace

void srf_return_next(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CallFrame* frame = current_frame();
  if (frame == nullptr || frame->srf == nullptr) {
    throw_js_error(isolate, "plv8.return_next() can only be used in a set-returning function (RETURNS SETOF ...)");
    return;
  }
  add_row(isolate, isolate->GetCurrentContext(), frame->srf,
          info.Length() > 0 ? info[0] : v8::Local<v8::Value>(v8::Undefined(isolate)));
}

Datum call_srf(FunctionCallInfo fcinfo) {
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  if (rsinfo == nullptr || !IsA(rsinfo, ReturnSetInfo) || (rsinfo->allowedModes & SFRM_Materialize) == 0)
    throw PgError{
        make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "set-valued function called in context that cannot accept a set")};

  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  ProcInfo* proc = proc_for_call(isolate, fcinfo->flinfo->fn_oid, fcinfo->flinfo);
  v8::Local<v8::Context> context = proc_context(isolate, proc);
  v8::Context::Scope context_scope(context);

  SrfState srf;
  srf.scalar_type = result_type(proc, fcinfo);
  TupleDesc tupdesc = nullptr;
  TypeFuncClass cls = TYPEFUNC_OTHER;
  pg_guard([&] { cls = get_call_result_type(fcinfo, nullptr, &tupdesc); });
  MemoryContext per_query = rsinfo->econtext->ecxt_per_query_memory;
  MemoryContext old = MemoryContextSwitchTo(per_query);
  try {
    if (cls == TYPEFUNC_COMPOSITE || cls == TYPEFUNC_COMPOSITE_DOMAIN) {
      srf.scalar = false;
      srf.tupdesc = CreateTupleDescCopy(tupdesc);
    } else if (cls == TYPEFUNC_SCALAR) {
      srf.scalar = true;
      pg_guard([&] {
        srf.tupdesc = CreateTemplateTupleDesc(1);
        TupleDescInitEntry(srf.tupdesc, 1, "value", srf.scalar_type, -1, 0);
      });
    } else {
      throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED,
                               "function returning setof record called without a column definition list", nullptr,
                               "Declare OUT parameters or RETURNS TABLE, or add a column list to the call.")};
    }
    bool random = (rsinfo->allowedModes & SFRM_Materialize_Random) != 0;
    pg_guard([&] { srf.store = tuplestore_begin_heap(random, false, work_mem); });
  } catch (...) {
    MemoryContextSwitchTo(old);
    throw;
  }
  MemoryContextSwitchTo(old);
  srf.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "plv8 SRF row", ALLOCSET_SMALL_SIZES);

  FrameScope frame;
  frame.frame()->srf = &srf;
  v8::Local<v8::Value> argv[FUNC_MAX_ARGS];
  with_js_errors(isolate, context, [&] { args_to_js(isolate, proc, fcinfo, argv); });
  v8::Local<v8::Value> result = invoke_js(isolate, context, proc->function.Get(isolate), proc->nargs, argv, proc->name);

  // A returned array is the rest of the set; any other value (except undefined/null) is one row.
  with_js_errors(isolate, context, [&] {
    if (result->IsArray()) {
      v8::Local<v8::Array> rows = result.As<v8::Array>();
      for (uint32 i = 0; i < rows->Length(); i++) {
        v8::Local<v8::Value> row;
        if (!rows->Get(context, i).ToLocal(&row)) throw JsPending{};
        add_row(isolate, context, &srf, row);
      }
    } else if (!result->IsNullOrUndefined()) {
      add_row(isolate, context, &srf, result);
    }
  });
  frame.finish();
  MemoryContextDelete(srf.row_cxt);

  rsinfo->returnMode = SFRM_Materialize;
  rsinfo->setResult = srf.store;
  rsinfo->setDesc = srf.tupdesc;
  fcinfo->isnull = true;
  return (Datum)0;
}

}  // namespace plv8compat
