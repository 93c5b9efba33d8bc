// Trigger calls. Parameters, as PL/v8 passes them: NEW, OLD, TG_NAME, TG_WHEN, TG_LEVEL, TG_OP,
// TG_RELID, TG_TABLE_NAME, TG_TABLE_SCHEMA, TG_ARGV. For BEFORE/INSTEAD OF row triggers the result
// decides the row: an object is the new row, null skips the operation, undefined keeps the row.
#include "trigger.h"
#include "call.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "function_cache.h"
#include "js_util.h"

namespace plv8compat {

namespace {

const char* when_of(TriggerEvent event) {
  if (TRIGGER_FIRED_BEFORE(event)) return "BEFORE";
  if (TRIGGER_FIRED_AFTER(event)) return "AFTER";
  return "INSTEAD OF";
}

const char* op_of(TriggerEvent event) {
  if (TRIGGER_FIRED_BY_INSERT(event)) return "INSERT";
  if (TRIGGER_FIRED_BY_UPDATE(event)) return "UPDATE";
  if (TRIGGER_FIRED_BY_DELETE(event)) return "DELETE";
  return "TRUNCATE";
}

}  // namespace

Datum call_trigger(FunctionCallInfo fcinfo) {
  TriggerData* trig = reinterpret_cast<TriggerData*>(fcinfo->context);
  TriggerEvent event = trig->tg_event;
  Relation rel = trig->tg_relation;
  TupleDesc tupdesc = RelationGetDescr(rel);
  bool row_level = TRIGGER_FIRED_FOR_ROW(event);

  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  ProcInfo* proc = proc_for_call(isolate, fcinfo->flinfo->fn_oid, fcinfo->flinfo);
  v8::Local<v8::Context> context = proc_context(isolate, proc);
  v8::Context::Scope context_scope(context);
  if (!proc->is_trigger)
    throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "function called as a trigger does not return trigger")};

  FrameScope frame;
  HeapTuple new_tuple = nullptr;
  HeapTuple old_tuple = nullptr;
  if (row_level) {
    if (TRIGGER_FIRED_BY_INSERT(event)) {
      new_tuple = trig->tg_trigtuple;
    } else if (TRIGGER_FIRED_BY_UPDATE(event)) {
      old_tuple = trig->tg_trigtuple;
      new_tuple = trig->tg_newtuple;
    } else if (TRIGGER_FIRED_BY_DELETE(event)) {
      old_tuple = trig->tg_trigtuple;
    }
  }
  char* schema = nullptr;
  pg_guard([&] { schema = get_namespace_name(RelationGetNamespace(rel)); });

  v8::Local<v8::Array> tg_argv = v8::Array::New(isolate, trig->tg_trigger->tgnargs);
  for (int i = 0; i < trig->tg_trigger->tgnargs; i++)
    (void)tg_argv->Set(context, i, js_string(isolate, trig->tg_trigger->tgargs[i]));

  v8::Local<v8::Value> argv[10];
  with_js_errors(isolate, context, [&] {
    v8::Local<v8::Value> values[10] = {
        new_tuple ? v8::Local<v8::Value>(tuple_to_js(isolate, new_tuple, tupdesc))
                  : v8::Local<v8::Value>(v8::Undefined(isolate)),
        old_tuple ? v8::Local<v8::Value>(tuple_to_js(isolate, old_tuple, tupdesc))
                  : v8::Local<v8::Value>(v8::Undefined(isolate)),
        js_string(isolate, trig->tg_trigger->tgname),
        js_string(isolate, when_of(event)),
        js_string(isolate, row_level ? "ROW" : "STATEMENT"),
        js_string(isolate, op_of(event)),
        v8::Integer::NewFromUnsigned(isolate, RelationGetRelid(rel)),
        js_string(isolate, RelationGetRelationName(rel)),
        js_string(isolate, schema ? schema : ""),
        tg_argv,
    };
    for (int i = 0; i < 10; i++) argv[i] = values[i];
  });
  v8::Local<v8::Value> result = invoke_js(isolate, context, proc->function.Get(isolate), 10, argv, proc->name);

  Datum datum = PointerGetDatum(nullptr);
  if (row_level && !TRIGGER_FIRED_AFTER(event)) {
    HeapTuple default_row = TRIGGER_FIRED_BY_UPDATE(event) ? new_tuple : trig->tg_trigtuple;
    if (result->IsUndefined())
      datum = PointerGetDatum(default_row);
    else if (result->IsNull())
      datum = PointerGetDatum(nullptr);
    else
      datum = with_js_errors(isolate, context,
                             [&] { return PointerGetDatum(js_to_tuple(isolate, context, result, tupdesc)); });
  }
  frame.finish();
  return datum;
}

}  // namespace plv8compat
