// plv8.execute and plv8.prepare: SQL from JS through SPI.
//
// Errors: a SQL error becomes a JS Error with sqlerrcode/detail/hint/...; each call (parsing and
// planning included) runs in its own subtransaction (as in PL/v8), so a failed statement is rolled
// back on its own and JS that catches the error can keep using the transaction, with the writes of
// earlier statements kept.
#include <string>
#include <vector>

#include "spi.h"
#include "context.h"
#include "errors.h"
#include "js_util.h"
#include "plan_object.h"
#include "spi_support.h"
#include "statement_cache.h"

namespace plv8compat {

void spi_execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsString()) {
    throw_js_type_error(isolate, "plv8.execute(sql[, params]) needs the SQL text as its first argument");
    return;
  }
  if (!spi_allowed(isolate)) return;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  Params params = collect_params(info, context, 1);
  spi_ensure_connected();
  ScratchContext scratch;
  char* sql = js_to_cstring(isolate, context, info[0]);
  int nparams = static_cast<int>(params.size());
  int rc = 0;
  // Parsing, parameter conversion and execution all run in the statement's own subtransaction.
  in_subtransaction([&] {
    // Parsed and planned once per SQL text; $n types are inferred from how $n is used.
    CachedStatement* statement = statement_for(sql, nparams);
    MemoryContextSwitchTo(scratch.cxt());
    // In use from here on: converting parameters may run JS (toString, toJSON) that itself calls
    // plv8.execute and makes the cache evict idle statements.
    StatementUse use(statement);
    if (statement->params->count > nparams) {
      std::string msg = "query uses $" + std::to_string(statement->params->count) + " but only " +
                        std::to_string(nparams) + " parameter(s) were given";
      throw_js_error(isolate, msg.c_str());
      throw JsPending{};
    }
    ParamListInfo list = nparams > 0 ? param_list(isolate, context, params, statement->params->types) : nullptr;
    if (statement->plan == nullptr)
      pg_guard([&] { rc = SPI_execute(sql, false, 0); });
    else
      pg_guard([&] { rc = SPI_execute_plan_with_paramlist(statement->plan, list, false, 0); });
  });
  MemoryContextSwitchTo(scratch.cxt());
  info.GetReturnValue().Set(spi_result(isolate, context, rc));
}

void spi_prepare(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 1 || !info[0]->IsString()) {
    throw_js_type_error(isolate, "plv8.prepare(sql[, typenames]) needs the SQL text as its first argument");
    return;
  }
  if (!spi_allowed(isolate)) return;
  std::vector<char*> typenames;
  if (info.Length() >= 2 && !info[1]->IsUndefined()) {
    if (!info[1]->IsArray()) {
      throw_js_type_error(isolate,
                          "plv8.prepare: parameter types must be an array of type names, e.g. ['int', 'text']");
      return;
    }
    v8::Local<v8::Array> array = info[1].As<v8::Array>();
    for (uint32 i = 0; i < array->Length(); i++) {
      v8::Local<v8::Value> v;
      if (!array->Get(context, i).ToLocal(&v)) throw JsPending{};
      char* s = js_to_cstring(isolate, context, v);
      if (s == nullptr) throw JsPending{};
      typenames.push_back(s);
    }
  }
  spi_ensure_connected();
  char* sql = js_to_cstring(isolate, context, info[0]);
  Plan* plan = static_cast<Plan*>(MemoryContextAllocZero(TopMemoryContext, sizeof(Plan)));
  int ntypes = static_cast<int>(typenames.size());
  plan->types = static_cast<Oid*>(MemoryContextAllocZero(TopMemoryContext, sizeof(Oid) * (ntypes + 1)));
  plan->ntypes = ntypes;
  char** names = typenames.data();
  MemoryContext cxt = CurrentMemoryContext;
  try {
    // Parsing and planning run in the statement's own subtransaction too, as plv8.execute's do: a
    // statement that does not parse or names a missing table is a SQL error JS can catch and go on
    // from (parse analysis may already hold locks and memory an ERROR must give back).
    in_subtransaction([&] {
      pg_guard([&] {
        for (int i = 0; i < ntypes; i++) {
          int32 typmod;
          parseTypeString(names[i], &plan->types[i], &typmod, false);
        }
        SPIPlanPtr p;
        if (ntypes > 0) {
          p = SPI_prepare(sql, ntypes, plan->types);
        } else {
          // No types given: let the parser infer them, as plv8.execute does. The VariableParams
          // must outlive the plan (re-planning calls the hook again), so it lives in TopMemoryContext.
          VariableParams* vp =
              static_cast<VariableParams*>(MemoryContextAllocZero(TopMemoryContext, sizeof(VariableParams)));
          vp->types = plan->types;
          vp->count = 0;
          p = SPI_prepare_params(sql, variable_param_setup, vp, 0);
          if (p != nullptr) {
            plan->types = vp->types;
            plan->ntypes = vp->count;
          }
        }
        if (p == nullptr) elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
        if (SPI_keepplan(p) != 0) elog(ERROR, "SPI_keepplan failed");
        plan->plan = p;
      });
    });
  } catch (...) {
    MemoryContextSwitchTo(cxt);
    throw;
  }
  MemoryContextSwitchTo(cxt);
  info.GetReturnValue().Set(new_plan_object(isolate, context, plan));
}

}  // namespace plv8compat
