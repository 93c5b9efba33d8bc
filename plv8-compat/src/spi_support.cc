// Shared plumbing of the SPI-backed plv8.* functions; see spi_support.h.
#include "spi_support.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

// Refuses SPI use outside a PL/v8 call or after a caught SQL error (see errors.h).
bool spi_allowed(v8::Isolate* isolate) {
  if (current_frame() == nullptr) {
    throw_js_error(isolate, "plv8 SQL functions can only be used while a PL/v8 function is running");
    return false;
  }
  if (poison_active()) {
    v8::Local<v8::Value> error = v8::Exception::Error(
        js_string(isolate, "current transaction is aborted, commands ignored until end of transaction block"));
    (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(), js_name(isolate, "sqlerrcode"),
                                      js_string(isolate, "25P02"));
    (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(), js_name(isolate, "hint"),
                                      js_string(isolate,
                                                "An earlier SQL error was caught outside plv8.subtransaction(); use "
                                                "plv8.subtransaction() to recover from SQL errors."));
    isolate->ThrowException(error);
    return false;
  }
  return true;
}

// Query parameters: plv8.execute(sql, [a, b]) or plv8.execute(sql, a, b).
Params collect_params(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Context> context, int first) {
  Params params;
  if (info.Length() == first + 1 && info[first]->IsArray()) {
    v8::Local<v8::Array> array = info[first].As<v8::Array>();
    for (uint32 i = 0; i < array->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!array->Get(context, i).ToLocal(&v)) throw JsPending{};
      params.push_back(v);
    }
  } else {
    for (int i = first; i < info.Length(); i++) params.push_back(info[i]);
  }
  return params;
}

// Parameters for a plan prepared with parser-inferred types (SPI_prepare_params): such plans take
// a ParamListInfo rather than value/null arrays.
ParamListInfo param_list(v8::Isolate* isolate, v8::Local<v8::Context> context, const Params& params, const Oid* types) {
  int n = static_cast<int>(params.size());
  ParamListInfo list = nullptr;
  pg_guard([&] { list = makeParamList(n); });
  for (int i = 0; i < n; i++) {
    Oid type = types[i] == InvalidOid ? UNKNOWNOID : types[i];
    ParamExternData* p = &list->params[i];
    p->value = js_to_datum(isolate, context, params[i], type_info(type), -1, &p->isnull);
    p->pflags = PARAM_FLAG_CONST;
    p->ptype = type;
  }
  return list;
}

// The JS result of an SPI call: rows for queries returning tuples, else the affected row count.
v8::Local<v8::Value> spi_result(v8::Isolate* isolate, v8::Local<v8::Context> context, int rc) {
  if (rc == SPI_ERROR_TRANSACTION)
    throw PgError{make_error(ERRCODE_INVALID_TRANSACTION_TERMINATION,
                             "transaction control statements cannot be run through plv8.execute", nullptr,
                             "Use plv8.subtransaction() to roll back part of the work.")};
  if (rc < 0) {
    const char* what = SPI_result_code_string(rc);
    throw PgError{make_error(ERRCODE_INTERNAL_ERROR, psprintf("SPI failed: %s", what))};
  }
  if (SPI_tuptable != nullptr) {
    SPITupleTable* table = SPI_tuptable;
    uint64 count = SPI_processed;
    v8::Local<v8::Array> rows;
    try {
      rows = tuptable_to_js(isolate, context, table, count);
    } catch (...) {
      SPI_freetuptable(table);
      throw;
    }
    SPI_freetuptable(table);
    return rows;
  }
  return v8::Number::New(isolate, static_cast<double>(SPI_processed));
}

// A copy of the fields a JS error shows, in cxt (the poison copy dies with the subtransaction).
ErrorData* copy_error(const ErrorData* e, MemoryContext cxt) {
  MemoryContext old = MemoryContextSwitchTo(cxt);
  ErrorData* copy = static_cast<ErrorData*>(palloc0(sizeof(ErrorData)));
  copy->elevel = ERROR;
  copy->sqlerrcode = e->sqlerrcode;
  auto dup = [](const char* s) { return s ? pstrdup(s) : nullptr; };
  copy->message = dup(e->message);
  copy->detail = dup(e->detail);
  copy->hint = dup(e->hint);
  copy->context = dup(e->context);
  copy->schema_name = dup(e->schema_name);
  copy->table_name = dup(e->table_name);
  copy->column_name = dup(e->column_name);
  copy->datatype_name = dup(e->datatype_name);
  copy->constraint_name = dup(e->constraint_name);
  MemoryContextSwitchTo(old);
  return copy;
}

void variable_param_setup(ParseState* pstate, void* arg) {
  auto* params = static_cast<VariableParams*>(arg);
  setup_parse_variable_parameters(pstate, &params->types, &params->count);
}

}  // namespace plv8compat
