// plv8.get_window_object() for window functions. The WindowObject of the running call is kept in
// its CallFrame (call.cc); each method maps to PostgreSQL's window API (windowapi.h):
//   get_current_position(), get_partition_row_count(), set_mark_position(pos),
//   rows_are_peers(pos1, pos2), get_func_arg_in_partition(argno, relpos, seektype, set_mark),
//   get_func_arg_in_frame(argno, relpos, seektype, set_mark), get_func_arg_current(argno),
//   get_partition_local([size]), set_partition_local(value); SEEK_CURRENT/SEEK_HEAD/SEEK_TAIL.
// Partition-local values are stored as JSON in PostgreSQL's partition-local memory.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>

#include "window.h"
#include "callback.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "js_util.h"
#include "type_info.h"

namespace plv8compat {

namespace {

// Partition-local memory layout: capacity of data, length of the JSON text, then the text.
// `initialized` tells a fresh (zeroed) area from one reserved with capacity 0: the capacity is
// fixed by the first call in a partition (PostgreSQL allocates the memory then, once).
struct PartitionLocal {
  int32 initialized;
  int32 capacity;
  int32 length;
  char data[FLEXIBLE_ARRAY_MEMBER];
};
constexpr int32 kDefaultPartitionLocalSize = 1000;

// The running call's window object; throws a JS error outside a window function.
WindowObject window_of(v8::Isolate* isolate) {
  CallFrame* frame = current_frame();
  if (frame == nullptr || frame->window == nullptr) {
    throw_js_error(isolate, "get_window_object called in wrong context");  // PL/v8's words
    throw JsPending{};
  }
  return static_cast<WindowObject>(frame->window);
}

int64 int_arg(const v8::FunctionCallbackInfo<v8::Value>& info, int i, int64 fallback) {
  if (info.Length() <= i || info[i]->IsUndefined()) return fallback;
  double d = info[i]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(NAN);
  if (std::isnan(d)) {
    throw_js_type_error(info.GetIsolate(), "window object: a numeric argument was expected");
    throw JsPending{};
  }
  return static_cast<int64>(d);
}

// The actual type of window function argument argno (0-based).
const TypeInfo* arg_type(WindowObject winobj, int argno) {
  FmgrInfo* flinfo = nullptr;
  CallFrame* frame = current_frame();
  flinfo = frame->window_flinfo;
  Oid type = InvalidOid;
  pg_guard([&] { type = get_fn_expr_argtype(flinfo, argno); });
  if (!OidIsValid(type))
    throw PgError{make_error(ERRCODE_INVALID_PARAMETER_VALUE, psprintf("window function has no argument %d", argno))};
  return type_info(type);
}

void current_position(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WindowObject w = window_of(info.GetIsolate());
  int64 pos = 0;
  pg_guard([&] { pos = WinGetCurrentPosition(w); });
  info.GetReturnValue().Set(v8::Number::New(info.GetIsolate(), static_cast<double>(pos)));
}

void partition_row_count(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WindowObject w = window_of(info.GetIsolate());
  int64 count = 0;
  pg_guard([&] { count = WinGetPartitionRowCount(w); });
  info.GetReturnValue().Set(v8::Number::New(info.GetIsolate(), static_cast<double>(count)));
}

void set_mark_position(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WindowObject w = window_of(info.GetIsolate());
  int64 pos = int_arg(info, 0, 0);
  pg_guard([&] { WinSetMarkPosition(w, pos); });
}

void rows_are_peers(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WindowObject w = window_of(info.GetIsolate());
  int64 a = int_arg(info, 0, 0);
  int64 b = int_arg(info, 1, 0);
  bool peers = false;
  pg_guard([&] { peers = WinRowsArePeers(w, a, b); });
  info.GetReturnValue().Set(peers);
}

// get_func_arg_in_partition / get_func_arg_in_frame: undefined when the row is out of range.
template <bool InFrame>
void func_arg_at(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  WindowObject w = window_of(isolate);
  int argno = static_cast<int>(int_arg(info, 0, 0));
  int relpos = static_cast<int>(int_arg(info, 1, 0));
  int seektype = static_cast<int>(int_arg(info, 2, WINDOW_SEEK_CURRENT));
  bool set_mark = info.Length() > 3 && info[3]->BooleanValue(isolate);
  const TypeInfo* type = arg_type(w, argno);
  bool isnull = false;
  bool isout = false;
  Datum value = 0;
  pg_guard([&] {
    value = InFrame ? WinGetFuncArgInFrame(w, argno, relpos, seektype, set_mark, &isnull, &isout)
                    : WinGetFuncArgInPartition(w, argno, relpos, seektype, set_mark, &isnull, &isout);
  });
  if (isout) return;  // undefined
  info.GetReturnValue().Set(datum_to_js(isolate, value, isnull, type));
}

void func_arg_current(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  WindowObject w = window_of(isolate);
  int argno = static_cast<int>(int_arg(info, 0, 0));
  const TypeInfo* type = arg_type(w, argno);
  bool isnull = false;
  Datum value = 0;
  pg_guard([&] { value = WinGetFuncArgCurrent(w, argno, &isnull); });
  info.GetReturnValue().Set(datum_to_js(isolate, value, isnull, type));
}

PartitionLocal* partition_local(v8::Isolate* isolate, WindowObject w, int64 capacity) {
  if (capacity < 0 || capacity > static_cast<int64>(MaxAllocSize / 2)) {  // MaxAllocSize is unsigned
    throw_js_type_error(isolate, "get_partition_local(size): size must be a number of bytes between 0 and 512 MB");
    throw JsPending{};
  }
  PartitionLocal* local = nullptr;
  pg_guard([&] {
    local = static_cast<PartitionLocal*>(WinGetPartitionLocalMemory(w, offsetof(PartitionLocal, data) + capacity));
  });
  if (!local->initialized) {  // zeroed on first use in a partition
    local->initialized = 1;
    local->capacity = static_cast<int32>(capacity);
  }
  return local;
}

void get_partition_local(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  WindowObject w = window_of(isolate);
  // A size that is not a number reserves nothing, as PL/v8 converts it to an integer (NaN -> 0);
  // the set_partition_local() that follows then reports the overflow.
  int64 size = kDefaultPartitionLocalSize;
  if (info.Length() > 0 && !info[0]->IsUndefined()) {
    v8::Maybe<double> number = info[0]->NumberValue(isolate->GetCurrentContext());
    if (number.IsNothing()) throw JsPending{};  // valueOf() threw
    double d = number.FromJust();
    size = std::isnan(d) ? 0 : static_cast<int64>(std::max(-1.0, std::min(d, 1e12)));
  }
  PartitionLocal* local = partition_local(isolate, w, size);
  if (local->length == 0) return;  // undefined: nothing stored yet
  v8::Local<v8::Value> value;
  if (!v8::JSON::Parse(isolate->GetCurrentContext(), js_string(isolate, local->data, local->length)).ToLocal(&value))
    throw JsPending{};
  info.GetReturnValue().Set(value);
}

void set_partition_local(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  WindowObject w = window_of(isolate);
  v8::Local<v8::String> json;
  if (!v8::JSON::Stringify(context, info.Length() > 0 ? info[0] : v8::Local<v8::Value>(v8::Undefined(isolate)))
           .ToLocal(&json))
    throw JsPending{};
  char* text = js_to_cstring(isolate, context, json);
  if (text == nullptr) throw JsPending{};
  int32 length = static_cast<int32>(strlen(text));
  PartitionLocal* local = partition_local(isolate, w, kDefaultPartitionLocalSize);
  if (length > local->capacity) {
    // PL/v8's words; the fix is a larger size in the first get_partition_local(size) call.
    throw_js_error(isolate, "window local memory overflow");
    return;
  }
  memcpy(local->data, text, length);
  local->length = length;
}

v8::Local<v8::ObjectTemplate> window_template(v8::Isolate* isolate) {
  static v8::Eternal<v8::ObjectTemplate> eternal;
  if (eternal.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    set_method<current_position>(isolate, tmpl, "get_current_position");
    set_method<partition_row_count>(isolate, tmpl, "get_partition_row_count");
    set_method<set_mark_position>(isolate, tmpl, "set_mark_position");
    set_method<rows_are_peers>(isolate, tmpl, "rows_are_peers");
    set_method<func_arg_at<false>>(isolate, tmpl, "get_func_arg_in_partition");
    set_method<func_arg_at<true>>(isolate, tmpl, "get_func_arg_in_frame");
    set_method<func_arg_current>(isolate, tmpl, "get_func_arg_current");
    set_method<get_partition_local>(isolate, tmpl, "get_partition_local");
    set_method<set_partition_local>(isolate, tmpl, "set_partition_local");
    tmpl->Set(js_name(isolate, "SEEK_CURRENT"), v8::Integer::New(isolate, WINDOW_SEEK_CURRENT));
    tmpl->Set(js_name(isolate, "SEEK_HEAD"), v8::Integer::New(isolate, WINDOW_SEEK_HEAD));
    tmpl->Set(js_name(isolate, "SEEK_TAIL"), v8::Integer::New(isolate, WINDOW_SEEK_TAIL));
    eternal.Set(isolate, tmpl);
  }
  return eternal.Get(isolate);
}

}  // namespace

void window_get_object(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  window_of(isolate);  // refuses outside a window function
  info.GetReturnValue().Set(window_template(isolate)->NewInstance(isolate->GetCurrentContext()).ToLocalChecked());
}

}  // namespace plv8compat
