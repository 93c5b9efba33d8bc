// JS plan and cursor objects. Plans are SPI plans kept with SPI_keepplan (they outlive the call
// and the transaction until plan.free()); cursors are portals, found by name on every use because
// PostgreSQL closes them at transaction end.
#include <string>

#include "plan_object.h"
#include "callback.h"
#include "context.h"
#include "errors.h"
#include "js_util.h"
#include "limits.h"
#include "row_json.h"
#include "spi_support.h"

namespace plv8compat {

namespace {

v8::Local<v8::ObjectTemplate> plan_template(v8::Isolate* isolate);
v8::Local<v8::ObjectTemplate> cursor_template(v8::Isolate* isolate);

// Plan and cursor objects carry [tag, data] internal fields, so a method called on the wrong kind
// of object (plan.execute.call(cursor)) is refused instead of misreading the pointer.
alignas(8) const char kPlanTag = 'P';
alignas(8) const char kCursorTag = 'C';

// PL/v8's words for a closed cursor (portals end with the transaction) and for a cursor method
// called on something else.
constexpr const char* kNoCursor = "cannot find cursor";

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
    throw_js_type_error(info.GetIsolate(),
                        "not a plan object: call execute/cursor/free on the result of plv8.prepare()");
    throw JsPending{};
  }
  Plan* plan = static_cast<Plan*>(self->GetAlignedPointerFromInternalField(1));  // has_tag checked the fields
  if (plan == nullptr || plan->plan == nullptr || plan->free_pending) {
    throw_js_error(info.GetIsolate(), "this plan has been freed");
    throw JsPending{};
  }
  return plan;
}

void free_plan_now(Plan* plan) {
  SPIPlanPtr p = plan->plan;
  plan->plan = nullptr;
  plan->free_pending = false;
  pg_guard([&] { SPI_freeplan(p); });
}

// Marks a plan as executing: JS run meanwhile (parameter conversion, nested SQL calling PL/v8)
// may call plan.free(), which then waits until the execution is over.
class PlanUse {
 public:
  explicit PlanUse(Plan* plan) : plan_(plan) { plan_->in_use++; }
  ~PlanUse() {
    if (--plan_->in_use == 0 && plan_->free_pending) {
      try {
        free_plan_now(plan_);
      } catch (const PgError&) {
        // SPI_freeplan does not fail in practice; never throw from a destructor.
      }
    }
  }
  PlanUse(const PlanUse&) = delete;
  PlanUse& operator=(const PlanUse&) = delete;

 private:
  Plan* plan_;
};

// The parameters of a plan call, checked against the plan's parameter count.
ParamListInfo plan_params(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Context> context, Plan* plan) {
  Params params = collect_params(info, context, 0);
  if (static_cast<int>(params.size()) != plan->ntypes) {
    std::string msg = "plan expected " + std::to_string(plan->ntypes) + " argument(s), given is " +
                      std::to_string(params.size());  // PL/v8's words
    throw_js_error(info.GetIsolate(), msg.c_str());
    throw JsPending{};
  }
  return param_list(info.GetIsolate(), context, params, plan->types);
}

void plan_execute(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  Plan* plan = plan_of(info);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  spi_ensure_connected();
  ScratchContext scratch;
  int rc = 0;
  {
    PlanUse use(plan);
    in_subtransaction([&] {  // a failed execution is rolled back on its own, as in PL/v8
      ParamListInfo params = plan_params(info, context, plan);
      pg_guard([&] { rc = SPI_execute_plan_with_paramlist(plan->plan, params, false, 0); });
    });
  }
  MemoryContextSwitchTo(scratch.cxt());
  info.GetReturnValue().Set(spi_result(isolate, context, rc));
}

void plan_cursor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  Plan* plan = plan_of(info);
  spi_ensure_connected();
  char* name = nullptr;
  {
    ScratchContext scratch;
    PlanUse use(plan);
    // Opened in a subtransaction, as in PL/v8; the portal passes to the parent when it commits.
    in_subtransaction([&] {
      ParamListInfo params = plan_params(info, isolate->GetCurrentContext(), plan);
      pg_guard([&] {
        Portal portal = SPI_cursor_open_with_paramlist(nullptr, plan->plan, params, false);
        name = MemoryContextStrdup(TopMemoryContext, portal->name);
      });
    });
  }
  v8::Local<v8::Object> cursor = cursor_template(isolate)->NewInstance(isolate->GetCurrentContext()).ToLocalChecked();
  set_tagged(cursor, &kCursorTag, name);
  info.GetReturnValue().Set(cursor);
}

void plan_free(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kPlanTag)) {
    throw_js_type_error(info.GetIsolate(),
                        "not a plan object: call execute/cursor/free on the result of plv8.prepare()");
    return;
  }
  Plan* plan = static_cast<Plan*>(tagged_data(self, &kPlanTag));
  if (plan == nullptr || plan->plan == nullptr || plan->free_pending) return;  // already freed
  if (plan->in_use > 0) {
    plan->free_pending = true;  // freed when the running execution ends
    return;
  }
  free_plan_now(plan);
}

// The open portal behind a cursor object.
Portal portal_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kCursorTag)) {
    throw_js_error(info.GetIsolate(), kNoCursor);
    throw JsPending{};
  }
  char* name = static_cast<char*>(tagged_data(self, &kCursorTag));
  Portal portal = nullptr;
  if (name != nullptr) pg_guard([&] { portal = SPI_cursor_find(name); });
  if (portal == nullptr) {
    throw_js_error(info.GetIsolate(), kNoCursor);
    throw JsPending{};
  }
  return portal;
}

// A JS row count as SPI's long: NaN is 0 and anything past LONG_MAX (1e300, Infinity) is all rows,
// where a plain cast would be undefined behaviour (in practice LONG_MIN: fetching backwards).
long row_count(double magnitude) {
  if (!(magnitude > 0)) return 0;
  if (magnitude >= static_cast<double>(FETCH_ALL)) return FETCH_ALL;
  return static_cast<long>(magnitude);
}

// cursor.fetch(): next row or undefined; cursor.fetch(n): array of up to n rows (n < 0: backwards).
void cursor_fetch(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  bool single = info.Length() < 1 || info[0]->IsUndefined();
  double n = single ? 1 : info[0]->NumberValue(isolate->GetCurrentContext()).FromMaybe(1);
  bool forward = n >= 0;
  long count = row_count(forward ? n : -n);
  Portal portal = portal_of(info);
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  pg_guard([&] { SPI_cursor_fetch(portal, forward, count); });
  MemoryContextSwitchTo(cxt);
  v8::Local<v8::Value> rows = spi_result(isolate, isolate->GetCurrentContext(), SPI_OK_FETCH);
  if (!single) {
    info.GetReturnValue().Set(rows);
    return;
  }
  v8::Local<v8::Array> array = rows.As<v8::Array>();
  if (array->Length() == 0) return;  // undefined: no more rows
  info.GetReturnValue().Set(array->Get(isolate->GetCurrentContext(), 0).ToLocalChecked());
}

// Text the engine wrote, handed to V8 without a copy: the string owns it, and V8 frees it when the
// string is collected. A one-byte V8 string is Latin-1, so only ASCII text can be one as it stands.
// Its bytes live outside the heap, so they are reserved in plv8.memory_limit's budget while the
// string lives (the heap limit alone would let a function keep any number of them).
class OwnedAsciiText final : public v8::String::ExternalOneByteStringResource {
 public:
  OwnedAsciiText(v8::Isolate* isolate, std::string&& text) : isolate_(isolate), text_(std::move(text)) {}
  const char* data() const override { return text_.data(); }
  size_t length() const override { return text_.size(); }
  void Dispose() override {
    limits_release_external(isolate_, text_.size());
    delete this;
  }

 private:
  v8::Isolate* isolate_;
  std::string text_;
};

// Below this a text is an ordinary string: an external one costs a finalizer, and a short string
// lives in the young generation, which is cheap to allocate and to collect.
constexpr size_t kExternalTextMin = 64 * 1024;

bool is_ascii(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// A JS string of `text` (UTF-8). A long ASCII text becomes an external string, which V8 neither
// copies into its heap nor moves when it collects garbage. When the budget has no room for it, the
// running JS is stopped as at the heap limit (53200) and an empty string stands in meanwhile.
v8::Local<v8::String> text_to_js(v8::Isolate* isolate, std::string&& text) {
  if (text.size() < kExternalTextMin || !is_ascii(text))
    return js_string(isolate, text.data(), static_cast<int>(text.size()));
  size_t bytes = text.size();
  if (!limits_reserve_external(isolate, bytes)) {
    limits_refuse_allocation(isolate);
    return v8::String::Empty(isolate);
  }
  auto* resource = new OwnedAsciiText(isolate, std::move(text));
  v8::Local<v8::String> out;
  if (v8::String::NewExternalOneByte(isolate, resource).ToLocal(&out)) return out;
  limits_release_external(isolate, bytes);
  delete resource;  // refused (longer than V8's string limit), so V8 did not take it
  throw string_too_long();
}

// fetchJson's and readJson's row count (first argument, default 1; anything below 1 fetches one).
long json_fetch_count(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double n = info.Length() < 1 ? 1 : info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  return n >= 1 ? row_count(n) : 1;
}

// The cursor's portal, SPI connected, when every column has a JSON form row_json writes; else null.
Portal json_portal(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Portal portal = portal_of(info);
  if (portal->tupDesc == nullptr || !rows_json_supported(portal->tupDesc)) return nullptr;
  spi_ensure_connected();
  return portal;
}

// Fetches up to `count` rows and appends them to out as row_json writes them (a comma before each
// when `more`: rows are there already); the number of rows fetched.
uint64 fetch_json_into(Portal portal, long count, bool more, std::string* out) {
  MemoryContext cxt = CurrentMemoryContext;
  pg_guard([&] { SPI_cursor_fetch(portal, true, count); });
  MemoryContextSwitchTo(cxt);
  SPITupleTable* table = SPI_tuptable;
  uint64 fetched = SPI_processed;
  try {
    if (fetched > 0) append_rows_json(table, fetched, more, out);
  } catch (...) {
    SPI_freetuptable(table);
    throw;
  }
  SPI_freetuptable(table);
  return fetched;
}

// cursor.fetchJson(n): the next up to n rows as the JSON text of an array of row objects (bigint
// as numbers), written without JS objects (row_json.h); undefined, fetching nothing, when a column
// type has no such form (then use fetch).
void cursor_fetch_json(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  long count = json_fetch_count(info);
  Portal portal = json_portal(info);
  if (portal == nullptr) return;
  std::string text = "[";
  fetch_json_into(portal, count, false, &text);
  text.push_back(']');
  info.GetReturnValue().Set(text_to_js(isolate, std::move(text)));
}

// cursor.readJson(n, maxLength): every remaining row, fetched n at a time, as one JSON text of an
// array of row objects (the text fetchJson writes, for all of them at once); the length that text
// has when it is longer than maxLength (every row is still read, to count it, but none is kept);
// undefined, fetching nothing, when a column type has no such form. Written in one buffer and
// handed to V8 without a copy (text_to_js), so a large result is neither pieces in the JS heap
// nor joined there: the runtime returns it as the call's wire text (db.ts, returnedRows).
void cursor_read_json(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  long count = json_fetch_count(info);
  double max_length =
      info.Length() < 2 ? v8::String::kMaxLength : info[1]->NumberValue(isolate->GetCurrentContext()).FromMaybe(0);
  Portal portal = json_portal(info);
  if (portal == nullptr) return;
  size_t memory_limit = limits_memory_limit_bytes(isolate);
  std::string text = "[";
  std::string counted;  // a fetch's rows once the text is over max_length: measured, then dropped
  double length = 1;    // the whole text's length so far, ']' not yet included
  for (bool more = false;; more = true) {
    bool over = length + 1 > max_length;
    std::string* out = over ? &counted : &text;
    size_t before = out->size();
    if (fetch_json_into(portal, count, more, out) == 0) break;
    length += static_cast<double>(out->size() - before);
    if (over) {
      counted.clear();
    } else if (length + 1 > max_length) {
      std::string().swap(text);  // over the limit: only the length is answered
    } else if (text.size() > memory_limit) {
      limits_refuse_allocation(isolate);  // as the JS heap would have refused holding it
      return;
    }
  }
  if (length + 1 > max_length) {
    info.GetReturnValue().Set(v8::Number::New(isolate, length + 1));
    return;
  }
  text.push_back(']');
  info.GetReturnValue().Set(text_to_js(isolate, std::move(text)));
}

void cursor_move(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  double n = info.Length() < 1 ? 1 : info[0]->NumberValue(isolate->GetCurrentContext()).FromMaybe(1);
  Portal portal = portal_of(info);
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  pg_guard([&] { SPI_cursor_move(portal, n >= 0, row_count(n >= 0 ? n : -n)); });
  MemoryContextSwitchTo(cxt);
}

void cursor_close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (!has_tag(self, &kCursorTag)) {
    throw_js_error(info.GetIsolate(), kNoCursor);
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
    set_method<cursor_fetch_json>(isolate, tmpl, "fetchJson");
    set_method<cursor_read_json>(isolate, tmpl, "readJson");
    set_method<cursor_move>(isolate, tmpl, "move");
    set_method<cursor_close>(isolate, tmpl, "close");
    eternal.Set(isolate, tmpl);
  }
  return eternal.Get(isolate);
}

}  // namespace

v8::Local<v8::Object> new_plan_object(v8::Isolate* isolate, v8::Local<v8::Context> context, Plan* plan) {
  v8::Local<v8::Object> obj = plan_template(isolate)->NewInstance(context).ToLocalChecked();
  set_tagged(obj, &kPlanTag, plan);
  return obj;
}

}  // namespace plv8compat
