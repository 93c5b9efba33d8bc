// SQL from JS through SPI: plv8.execute, plv8.prepare (plan.execute/cursor/free, cursor.fetch/
// move/close) and plv8.subtransaction.
//
// Errors: a SQL error becomes a JS Error with sqlerrcode/detail/hint/...; outside a subtransaction
// the transaction is "poisoned" (errors.h): later SPI calls throw and the error is raised again when
// the JS function returns, so a caught error never leaves half-applied writes behind.
#include <string>
#include <vector>

#include "spi.h"
#include "callback.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

namespace {

// A prepared plan owned by a JS plan object (freed by plan.free()).
struct Plan {
  SPIPlanPtr plan;
  int nargs;
  Oid* types;  // TopMemoryContext; resolved by the parser when no types were given
  int ntypes;
};

// Scratch memory for one SPI call (parameters and the like), reset when the call returns.
// Contexts are pooled by nesting depth (SQL run by plv8.execute may call PL/v8 again), so a warm
// call creates no memory context.
class ScratchContext {
 public:
  ScratchContext() {
    static MemoryContext pool[64];
    static int depth = 0;
    depth_ = &depth;
    old_ = CurrentMemoryContext;
    if (depth < 64) {
      if (pool[depth] == nullptr)
        pool[depth] = AllocSetContextCreate(TopMemoryContext, "plv8 SPI call", ALLOCSET_SMALL_SIZES);
      cxt_ = pool[depth];
      pooled_ = true;
    } else {
      cxt_ = AllocSetContextCreate(old_, "plv8 SPI call", ALLOCSET_SMALL_SIZES);
      pooled_ = false;
    }
    depth++;
    MemoryContextSwitchTo(cxt_);
  }
  ~ScratchContext() {
    MemoryContextSwitchTo(old_);
    (*depth_)--;
    if (pooled_) MemoryContextReset(cxt_);
    else MemoryContextDelete(cxt_);
  }
  MemoryContext old() const { return old_; }
  MemoryContext cxt() const { return cxt_; }
  ScratchContext(const ScratchContext&) = delete;
  ScratchContext& operator=(const ScratchContext&) = delete;

 private:
  MemoryContext old_;
  MemoryContext cxt_;
  bool pooled_;
  int* depth_;
};

// Refuses SPI use outside a PL/v8 call or after a caught SQL error (see errors.h).
bool spi_allowed(v8::Isolate* isolate) {
  if (current_frame() == nullptr) {
    throw_js_error(isolate, "plv8 SQL functions can only be used while a PL/v8 function is running");
    return false;
  }
  if (poison_active()) {
    v8::Local<v8::Value> error = v8::Exception::Error(js_string(
        isolate, "current transaction is aborted, commands ignored until end of transaction block"));
    (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(), js_name(isolate, "sqlerrcode"),
                                      js_string(isolate, "25P02"));
    (void)error.As<v8::Object>()->Set(
        isolate->GetCurrentContext(), js_name(isolate, "hint"),
        js_string(isolate, "An earlier SQL error was caught outside plv8.subtransaction(); use "
                           "plv8.subtransaction() to recover from SQL errors."));
    isolate->ThrowException(error);
    return false;
  }
  return true;
}

// Query parameters as JS values; the common few need no heap allocation.
class Params {
 public:
  void push_back(v8::Local<v8::Value> v) {
    if (n_ < kInline) {
      inline_[n_] = v;
    } else {
      if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(v);
    }
    n_++;
  }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  v8::Local<v8::Value> operator[](size_t i) const { return n_ <= kInline ? inline_[i] : heap_[i]; }

 private:
  static constexpr size_t kInline = 16;
  v8::Local<v8::Value> inline_[kInline];
  std::vector<v8::Local<v8::Value>> heap_;
  size_t n_ = 0;
};

// Query parameters: plv8.execute(sql, [a, b]) or plv8.execute(sql, a, b).
Params collect_params(const v8::FunctionCallbackInfo<v8::Value>& info, int first) {
  Params params;
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
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
ParamListInfo param_list(v8::Isolate* isolate, const Params& params, const Oid* types) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
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
v8::Local<v8::Value> spi_result(v8::Isolate* isolate, int rc) {
  if (rc < 0) {
    const char* what = SPI_result_code_string(rc);
    throw PgError{make_error(ERRCODE_INTERNAL_ERROR, psprintf("SPI failed: %s", what))};
  }
  if (SPI_tuptable != nullptr) {
    SPITupleTable* table = SPI_tuptable;
    uint64 count = SPI_processed;
    v8::Local<v8::Array> rows;
    try {
      rows = tuptable_to_js(isolate, table, count);
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

struct VariableParams {
  Oid* types;
  int count;
};

void variable_param_setup(ParseState* pstate, void* arg) {
  auto* params = static_cast<VariableParams*>(arg);
  setup_parse_variable_parameters(pstate, &params->types, &params->count);
}

// ---- plan and cursor objects ----

v8::Local<v8::ObjectTemplate> plan_template(v8::Isolate* isolate);
v8::Local<v8::ObjectTemplate> cursor_template(v8::Isolate* isolate);

// Plan and cursor objects carry [tag, data] internal fields, so a method called on the wrong kind
// of object (plan.execute.call(cursor)) is refused instead of misreading the pointer.
alignas(8) const char kPlanTag = 'P';
alignas(8) const char kCursorTag = 'C';

void* tagged_data(v8::Local<v8::Object> self, const char* tag) {
  if (self->InternalFieldCount() < 2 || self->GetAlignedPointerFromInternalField(0) != tag) return nullptr;
  return self->GetAlignedPointerFromInternalField(1);
}

bool has_tag(v8::Local<v8::Object> self, const char* tag) {
  return self->InternalFieldCount() >= 2 && self->GetAlignedPointerFromInternalField(0) == tag;
}

void set_tagged(v8::Local<v8::Object> self, const char* tag, void* data) {
  self->SetAlignedPointerInInternalField(0, const_cast<char*>(tag));
  self->SetAlignedPointerInInternalField(1, data);
}

Plan* plan_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kPlanTag)) {
    throw_js_type_error(info.GetIsolate(), "not a plan object: call execute/cursor/free on the result of plv8.prepare()");
    throw JsPending{};
  }
  Plan* plan = static_cast<Plan*>(tagged_data(self, &kPlanTag));
  if (plan == nullptr || plan->plan == nullptr) {
    throw_js_error(info.GetIsolate(), "this plan has been freed");
    throw JsPending{};
  }
  return plan;
}

// The parameters of a plan call, checked against the plan's parameter count.
ParamListInfo plan_params(const v8::FunctionCallbackInfo<v8::Value>& info, Plan* plan) {
  Params params = collect_params(info, 0);
  if (static_cast<int>(params.size()) != plan->ntypes) {
    std::string msg = "plan expects " + std::to_string(plan->ntypes) + " parameter(s) but " +
                      std::to_string(params.size()) + " were given";
    throw_js_error(info.GetIsolate(), msg.c_str());
    throw JsPending{};
  }
  return param_list(info.GetIsolate(), params, plan->types);
}

void plan_execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  Plan* plan = plan_of(info);
  spi_ensure_connected();
  ScratchContext scratch;
  ParamListInfo params = plan_params(info, plan);
  int rc = 0;
  pg_guard([&] { rc = SPI_execute_plan_with_paramlist(plan->plan, params, false, 0); });
  MemoryContextSwitchTo(scratch.cxt());
  info.GetReturnValue().Set(spi_result(isolate, rc));
}

void plan_cursor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  Plan* plan = plan_of(info);
  spi_ensure_connected();
  char* name = nullptr;
  {
    ScratchContext scratch;
    ParamListInfo params = plan_params(info, plan);
    pg_guard([&] {
      Portal portal = SPI_cursor_open_with_paramlist(nullptr, plan->plan, params, false);
      name = MemoryContextStrdup(TopMemoryContext, portal->name);
    });
  }
  v8::Local<v8::Object> cursor = cursor_template(isolate)->NewInstance(isolate->GetCurrentContext()).ToLocalChecked();
  set_tagged(cursor, &kCursorTag, name);
  info.GetReturnValue().Set(cursor);
}

void plan_free(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kPlanTag)) {
    throw_js_type_error(info.GetIsolate(), "not a plan object: call execute/cursor/free on the result of plv8.prepare()");
    return;
  }
  Plan* plan = static_cast<Plan*>(tagged_data(self, &kPlanTag));
  if (plan == nullptr || plan->plan == nullptr) return;  // already freed: nothing to do
  SPIPlanPtr p = plan->plan;
  plan->plan = nullptr;
  pg_guard([&] { SPI_freeplan(p); });
}

// The open portal behind a cursor object.
Portal portal_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kCursorTag)) {
    throw_js_type_error(info.GetIsolate(), "not a cursor object: call fetch/move/close on the result of plan.cursor()");
    throw JsPending{};
  }
  char* name = static_cast<char*>(tagged_data(self, &kCursorTag));
  Portal portal = nullptr;
  if (name != nullptr) pg_guard([&] { portal = SPI_cursor_find(name); });
  if (portal == nullptr) {
    throw_js_error(info.GetIsolate(), "cursor is closed (cursors last until the end of the transaction)");
    throw JsPending{};
  }
  return portal;
}

// cursor.fetch(): next row or undefined; cursor.fetch(n): array of up to n rows (n < 0: backwards).
void cursor_fetch(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  bool single = info.Length() < 1 || info[0]->IsUndefined();
  double n = single ? 1 : info[0]->NumberValue(isolate->GetCurrentContext()).FromMaybe(1);
  bool forward = n >= 0;
  long count = static_cast<long>(forward ? n : -n);
  Portal portal = portal_of(info);
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  pg_guard([&] { SPI_cursor_fetch(portal, forward, count); });
  MemoryContextSwitchTo(cxt);
  v8::Local<v8::Value> rows = spi_result(isolate, SPI_OK_FETCH);
  if (!single) {
    info.GetReturnValue().Set(rows);
    return;
  }
  v8::Local<v8::Array> array = rows.As<v8::Array>();
  if (array->Length() == 0) return;  // undefined: no more rows
  info.GetReturnValue().Set(array->Get(isolate->GetCurrentContext(), 0).ToLocalChecked());
}

void cursor_move(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  double n = info.Length() < 1 ? 1 : info[0]->NumberValue(isolate->GetCurrentContext()).FromMaybe(1);
  Portal portal = portal_of(info);
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  pg_guard([&] { SPI_cursor_move(portal, n >= 0, static_cast<long>(n >= 0 ? n : -n)); });
  MemoryContextSwitchTo(cxt);
}

void cursor_close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kCursorTag)) {
    throw_js_type_error(info.GetIsolate(), "not a cursor object: call fetch/move/close on the result of plan.cursor()");
    return;
  }
  char* name = static_cast<char*>(tagged_data(self, &kCursorTag));
  if (name == nullptr) return;
  set_tagged(self, &kCursorTag, nullptr);
  Portal portal = nullptr;
  pg_guard([&] { portal = SPI_cursor_find(name); });
  pfree(name);
  if (portal != nullptr) pg_guard([&] { SPI_cursor_close(portal); });
}

v8::Local<v8::ObjectTemplate> plan_template(v8::Isolate* isolate) {
  static v8::Eternal<v8::ObjectTemplate> eternal;
  if (eternal.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    tmpl->SetInternalFieldCount(2);
    set_method<plan_execute>(isolate, tmpl, "execute");
    set_method<plan_cursor>(isolate, tmpl, "cursor");
    set_method<plan_free>(isolate, tmpl, "free");
    eternal.Set(isolate, tmpl);
  }
  return eternal.Get(isolate);
}

v8::Local<v8::ObjectTemplate> cursor_template(v8::Isolate* isolate) {
  static v8::Eternal<v8::ObjectTemplate> eternal;
  if (eternal.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    tmpl->SetInternalFieldCount(2);
    set_method<cursor_fetch>(isolate, tmpl, "fetch");
    set_method<cursor_move>(isolate, tmpl, "move");
    set_method<cursor_close>(isolate, tmpl, "close");
    eternal.Set(isolate, tmpl);
  }
  return eternal.Get(isolate);
}

}  // namespace

void spi_execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsString()) {
    throw_js_type_error(isolate, "plv8.execute(sql[, params]) needs the SQL text as its first argument");
    return;
  }
  if (!spi_allowed(isolate)) return;
  Params params = collect_params(info, 1);
  spi_ensure_connected();
  ScratchContext scratch;
  char* sql = js_to_cstring(isolate, isolate->GetCurrentContext(), info[0]);
  int rc = 0;
  if (params.empty()) {
    pg_guard([&] { rc = SPI_execute(sql, false, 0); });
  } else {
    // Parameter types are inferred by the parser from how $n is used (unknown -> text-like).
    VariableParams vp;
    vp.count = static_cast<int>(params.size());
    vp.types = static_cast<Oid*>(palloc0(sizeof(Oid) * vp.count));
    SPIPlanPtr plan = nullptr;
    pg_guard([&] { plan = SPI_prepare_params(sql, variable_param_setup, &vp, 0); });
    MemoryContextSwitchTo(scratch.cxt());
    if (plan == nullptr) throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "SPI_prepare_params failed")};
    if (vp.count > static_cast<int>(params.size())) {
      pg_guard([&] { SPI_freeplan(plan); });
      std::string msg = "query uses $" + std::to_string(vp.count) + " but only " + std::to_string(params.size()) +
                        " parameter(s) were given";
      throw_js_error(isolate, msg.c_str());
      return;
    }
    ParamListInfo list = nullptr;
    try {
      list = param_list(isolate, params, vp.types);
    } catch (...) {
      pg_guard([&] { SPI_freeplan(plan); });
      throw;
    }
    pg_guard([&] {
      rc = SPI_execute_plan_with_paramlist(plan, list, false, 0);
      SPI_freeplan(plan);
    });
  }
  MemoryContextSwitchTo(scratch.cxt());
  info.GetReturnValue().Set(spi_result(isolate, rc));
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
      throw_js_type_error(isolate, "plv8.prepare: parameter types must be an array of type names, e.g. ['int', 'text']");
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
  } catch (...) {
    MemoryContextSwitchTo(cxt);
    throw;
  }
  MemoryContextSwitchTo(cxt);
  v8::Local<v8::Object> obj = plan_template(isolate)->NewInstance(context).ToLocalChecked();
  set_tagged(obj, &kPlanTag, plan);
  info.GetReturnValue().Set(obj);
}

// plv8.subtransaction(fn): runs fn in a subtransaction; if fn throws (SQL errors included), every
// change it made is rolled back and the exception is re-thrown to the caller.
void spi_subtransaction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 1 || !info[0]->IsFunction()) {
    throw_js_type_error(isolate, "plv8.subtransaction(fn) needs a function");
    return;
  }
  if (!spi_allowed(isolate)) return;
  // Connect before the subtransaction starts: a connection opened inside it would be popped at
  // subtransaction commit.
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  ResourceOwner owner = CurrentResourceOwner;
  pg_guard([] { BeginInternalSubTransaction(nullptr); });
  MemoryContextSwitchTo(cxt);

  // Outcome of fn, decided inside the TryCatch scope and acted on after it (an exception thrown
  // while our TryCatch is active would be swallowed by it).
  v8::Local<v8::Value> value;
  bool failed = false;
  bool terminated = false;
  ErrorData* swallowed = nullptr;
  {
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> result = info[0].As<v8::Function>()->Call(context, context->Global(), 0, nullptr);
    failed = result.IsEmpty();
    terminated = try_catch.HasTerminated();
    if (!failed) {
      value = result.ToLocalChecked();
      // A SQL error caught (and swallowed) inside fn still fails the subtransaction.
      if (poison_active()) swallowed = copy_error(poison_error(), cxt);
    } else if (terminated && poison_active()) {
      // A cancel/timeout inside fn: it ends the whole statement, not just the subtransaction.
      swallowed = copy_error(poison_error(), cxt);
    }
    if (failed || swallowed != nullptr) {
      pg_guard([] { RollbackAndReleaseCurrentSubTransaction(); });  // also clears the poison
      MemoryContextSwitchTo(cxt);
      CurrentResourceOwner = owner;
      if (failed && !terminated) try_catch.ReThrow();
    }
  }
  if (terminated) {
    // Keep terminating (a TryCatch would turn a re-thrown termination into a catchable error),
    // and remember the cancel so the entry point reports it.
    if (swallowed != nullptr) poison_set(swallowed);
    isolate->TerminateExecution();
    return;
  }
  if (failed) return;
  if (swallowed != nullptr) {
    throw_pg_error_to_js(isolate, swallowed, false);
    return;
  }
  pg_guard([] { ReleaseCurrentSubTransaction(); });
  MemoryContextSwitchTo(cxt);
  CurrentResourceOwner = owner;
  info.GetReturnValue().Set(value);
}

}  // namespace plv8compat
