// Size checks in front of V8 built-ins; see builtin_guards.h.
//
// Four built-ins, each for a different reason (concat: see array_concat), and the Array.prototype
// methods that walk their receiver (see array_walk):
//   * JSON.parse keeps its nesting stack in native memory and never checks for interrupts: a
//     text like '[0,'.repeat(2e7) ran for minutes and gigabytes past plv8.memory_limit, deaf to
//     statement_timeout and pg_terminate_backend. The wrapper refuses text nested deeper than
//     kMaxJsonDepth (json_depth.h) after one cheap scan.
//   * String.prototype.split asks V8 for a result array of one element per part; beyond V8's
//     largest array (~134 million elements) V8 does not throw, it aborts the process ("Fatal
//     JavaScript invalid size error"). The wrapper throws RangeError instead.
//   * Array.prototype.fill on a sparse array or array-like writes element by element in a native
//     loop that neither the heap limit nor a timeout interrupts (new Array(2 ** 27).fill(0) ran
//     for 20 s and ended the backend). A fill of N elements needs at least N pointer-sized slots,
//     so when that alone exceeds plv8.memory_limit the call stops at once with the memory-limit
//     error (53200), as it would have after exhausting the heap.
// The wrappers are native functions with the built-ins' names and lengths, so they still print
// as "[native code]"; in every other case they call the original with the same arguments.
#include "builtin_guards.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "callback.h"
#include "js_util.h"
#include "json_depth.h"
#include "limits.h"

namespace plv8compat {

namespace {

// Well below V8's largest array (FixedArray::kMaxLength, 2^27 - 3 elements with 8-byte slots).
constexpr double kMaxSplitParts = 100000000;
constexpr double kSlotBytes = 8;  // one element of a fast array

v8::Local<v8::String> name(v8::Isolate* isolate, const char* s) { return js_name(isolate, s); }

// A RangeError carrying a sqlerrcode, so uncaught it reports that SQLSTATE (errors.cc).
void throw_range_error(v8::Isolate* isolate, const std::string& message, const char* sqlstate,
                       const char* hint = nullptr) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error = v8::Exception::RangeError(js_string(isolate, message.c_str())).As<v8::Object>();
  (void)error->Set(context, name(isolate, "sqlerrcode"), name(isolate, sqlstate));
  if (hint != nullptr) (void)error->Set(context, name(isolate, "hint"), js_string(isolate, hint));
  isolate->ThrowException(error);
}

// API functions get sloppy-mode receivers: a primitive arrives wrapped, undefined/null as the
// global proxy. Undo that so the original built-in sees what the caller passed.
v8::Local<v8::Value> original_receiver(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> receiver = info.This();
  if (receiver->IsStringObject()) return receiver.As<v8::StringObject>()->ValueOf();
  if (receiver->StrictEquals(info.GetIsolate()->GetCurrentContext()->Global())) return v8::Undefined(info.GetIsolate());
  return receiver;
}

void call_original(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Value> receiver, int argc,
                   v8::Local<v8::Value>* argv) {
  v8::Local<v8::Value> result;
  if (info.Data()
          .As<v8::Function>()
          ->Call(info.GetIsolate()->GetCurrentContext(), receiver, argc, argv)
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// Forwards the first max_args arguments (all of them by default).
void call_original(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Value> receiver, int max_args = 4) {
  int argc = info.Length() < max_args ? info.Length() : max_args;
  std::vector<v8::Local<v8::Value>> argv(argc);
  for (int i = 0; i < argc; i++) argv[i] = info[i];
  call_original(info, receiver, argc, argv.data());
}

void json_parse(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> arg = info.Length() > 0 ? info[0] : v8::Undefined(isolate).As<v8::Value>();
  v8::Local<v8::String> text;
  if (!arg->ToString(context).ToLocal(&text)) return;  // the built-in converts the same way
  if (json_string_too_deep(isolate, text)) {
    throw_range_error(isolate, json_too_deep_message("JSON.parse"), "54001", kJsonTooDeepHint);
    return;
  }
  v8::Local<v8::Value> argv[2] = {text, info.Length() > 1 ? info[1] : v8::Undefined(isolate).As<v8::Value>()};
  call_original(info, v8::Undefined(isolate), info.Length() > 1 ? 2 : 1, argv);
}

void string_split(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> receiver = original_receiver(info);
  if (receiver->IsString() && info.Length() >= 1 && info[0]->IsString() &&
      (info.Length() < 2 || info[1]->IsUndefined())) {
    double length = receiver.As<v8::String>()->Length();
    double separator = info[0].As<v8::String>()->Length();
    double most_parts = separator == 0 ? length : std::floor(length / separator) + 1;
    if (most_parts > kMaxSplitParts) {
      std::string message = "Invalid array length: String.prototype.split would return more than " +
                            std::to_string(static_cast<long long>(kMaxSplitParts)) + " parts";
      if (separator == 0) {  // exactly one part per character
        throw_range_error(isolate, message, "54000");
        return;
      }
      // How many parts there are is only known by searching; let V8 stop one past the limit.
      v8::Local<v8::Value> argv[2] = {info[0], v8::Number::New(isolate, kMaxSplitParts + 1)};
      v8::Local<v8::Value> result;
      if (!info.Data().As<v8::Function>()->Call(isolate->GetCurrentContext(), receiver, 2, argv).ToLocal(&result))
        return;
      if (result->IsArray() && result.As<v8::Array>()->Length() > kMaxSplitParts) {
        throw_range_error(isolate, message, "54000");
        return;
      }
      info.GetReturnValue().Set(result);
      return;
    }
  }
  call_original(info, receiver);
}

// ToIntegerOrInfinity-relative index of fill's start/end for plain numbers; other values (which
// may run valueOf) are not evaluated here: `fallback` assumes the widest range.
double relative_index(v8::Local<v8::Value> value, double length, double fallback) {
  if (value->IsUndefined()) return fallback;
  if (!value->IsNumber()) return fallback == 0 ? 0 : length;
  double n = value.As<v8::Number>()->Value();
  if (std::isnan(n)) n = 0;
  n = std::trunc(n);
  if (n < 0) return std::max(length + n, 0.0);
  return std::min(n, length);
}

void array_fill(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> receiver = original_receiver(info);
  double length = -1;
  if (receiver->IsArray()) {
    length = receiver.As<v8::Array>()->Length();
  } else if (receiver->IsObject() && !receiver->IsProxy() && !receiver->IsTypedArray()) {
    // An array-like: read `length` only if it is a plain own data property (no getter runs twice).
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> descriptor;
    if (receiver.As<v8::Object>()->GetOwnPropertyDescriptor(context, name(isolate, "length")).ToLocal(&descriptor) &&
        descriptor->IsObject()) {
      v8::Local<v8::Value> value;
      if (descriptor.As<v8::Object>()->Get(context, name(isolate, "value")).ToLocal(&value) && value->IsNumber())
        length = std::min(std::max(std::trunc(value.As<v8::Number>()->Value()), 0.0), 9007199254740991.0);
    }
  }
  if (length > 0) {
    double start = relative_index(info.Length() > 1 ? info[1] : v8::Undefined(isolate).As<v8::Value>(), length, 0);
    double end = relative_index(info.Length() > 2 ? info[2] : v8::Undefined(isolate).As<v8::Value>(), length, length);
    double bytes = (end - start) * kSlotBytes;
    if (bytes > static_cast<double>(limits_memory_limit_bytes(isolate))) {
      limits_refuse_allocation(isolate);  // ends the call with the plv8.memory_limit error
      return;
    }
  }
  call_original(info, receiver);
}

// Array.prototype.concat copies spreadable array-likes ({length: 2 ** 32 - 1,
// [Symbol.isConcatSpreadable]: true}) index by index in a native loop that no timeout
// interrupts (it ran for an hour). Once any object with Symbol.isConcatSpreadable has been seen,
// V8 drops its fast path for the whole isolate, and plain array concat takes the same slow loop:
// doubling an array up to the heap limit then took 20 s and could not be stopped. The result
// needs at least one slot per element of every operand, so when those exceed plv8.memory_limit
// the call stops at once with the memory-limit error (also for sparse arrays, which V8 could
// have copied cheaply). Reading the operands' Symbol.isConcatSpreadable and length here runs
// their getters once more.
void array_concat(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> receiver = original_receiver(info);
  double slots = 0;
  for (int i = -1; i < info.Length(); i++) {
    v8::Local<v8::Value> item = i < 0 ? receiver : info[i];
    if (item->IsArray()) {
      slots += item.As<v8::Array>()->Length();
      continue;
    }
    slots += 1;  // at least one slot, also for a spreadable item whose length is read below
    if (!item->IsObject() || item->IsProxy()) continue;
    v8::Local<v8::Object> obj = item.As<v8::Object>();
    v8::Local<v8::Value> spreadable;
    if (!obj->Get(context, v8::Symbol::GetIsConcatSpreadable(isolate)).ToLocal(&spreadable)) return;
    if (!spreadable->BooleanValue(isolate)) continue;
    v8::Local<v8::Value> length;
    if (!obj->Get(context, name(isolate, "length")).ToLocal(&length)) return;
    if (length->IsNumber() && length.As<v8::Number>()->Value() > 0) slots += length.As<v8::Number>()->Value();
  }
  if (slots * kSlotBytes > static_cast<double>(limits_memory_limit_bytes(isolate))) {
    limits_refuse_allocation(isolate);
    return;
  }
  call_original(info, receiver, info.Length());
}

// Array.prototype methods walk their receiver index by index up to its `length`, in native loops
// that check for no interrupt where an index holds nothing to call back into:
// Array.prototype.includes.call({ length: 2 ** 40 }, 1) would run for hours, deaf to
// statement_timeout, cancel and pg_terminate_backend. No dense array is longer than V8's largest
// (FixedArray::kMaxLength), so a receiver beyond that is sparse or an array-like, and walking it
// is refused at once (54000). Reading an array-like's `length` here runs its getter once more.
constexpr double kMaxWalkLength = 134217725;  // FixedArray::kMaxLength in V8 10.2
const char* const kWalkingMethods[] = {
    "includes",    "indexOf", "lastIndexOf", "join",     "toLocaleString", "toString", "reverse",
    "copyWithin",  "forEach", "map",         "filter",   "every",          "some",     "reduce",
    "reduceRight", "find",    "findIndex",   "findLast", "findLastIndex",  "sort",     "slice",
    "splice",      "flat",    "flatMap",     "shift",    "unshift",
};

void array_walk(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> receiver = original_receiver(info);
  double length = 0;
  if (receiver->IsArray()) {
    length = receiver.As<v8::Array>()->Length();
  } else if (receiver->IsObject() && !receiver->IsProxy() && !receiver->IsTypedArray()) {
    v8::Local<v8::Value> value;
    if (!receiver.As<v8::Object>()->Get(isolate->GetCurrentContext(), name(isolate, "length")).ToLocal(&value)) return;
    if (value->IsNumber()) length = value.As<v8::Number>()->Value();
  }
  if (length > kMaxWalkLength) {
    v8::String::Utf8Value method(isolate, info.Data().As<v8::Function>()->GetName());
    std::string message = std::string("Array.prototype.") + (*method ? *method : "method") + " over a length of " +
                          std::to_string(static_cast<long long>(std::min(length, 9007199254740991.0))) +
                          ": walking more than " + std::to_string(static_cast<long long>(kMaxWalkLength)) +
                          " indexes is refused (it could not be interrupted)";
    throw_range_error(isolate, message, "54000", "Use a Map or an object keyed by the indexes in use");
    return;
  }
  call_original(info, receiver, info.Length());
}

void replace_method(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> holder,
                    const char* method, v8::FunctionCallback callback, int length) {
  v8::Local<v8::Value> original;
  if (!holder->Get(context, name(isolate, method)).ToLocal(&original) || !original->IsFunction()) return;
  v8::Local<v8::Function> wrapper;
  if (!v8::Function::New(context, callback, original, length, v8::ConstructorBehavior::kThrow).ToLocal(&wrapper))
    return;
  wrapper->SetName(name(isolate, method));
  (void)holder->Set(context, name(isolate, method), wrapper);
}

v8::Local<v8::Object> object_at(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> from,
                                const char* key) {
  v8::Local<v8::Value> value;
  if (!from->Get(context, name(isolate, key)).ToLocal(&value) || !value->IsObject()) return v8::Local<v8::Object>();
  return value.As<v8::Object>();
}

}  // namespace

void install_builtin_guards(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::Object> json = object_at(isolate, context, global, "JSON");
  if (!json.IsEmpty()) replace_method(isolate, context, json, "parse", guarded<json_parse>, 2);
  v8::Local<v8::Object> string_ctor = object_at(isolate, context, global, "String");
  v8::Local<v8::Object> string_proto =
      string_ctor.IsEmpty() ? v8::Local<v8::Object>() : object_at(isolate, context, string_ctor, "prototype");
  if (!string_proto.IsEmpty()) replace_method(isolate, context, string_proto, "split", guarded<string_split>, 2);
  v8::Local<v8::Object> array_ctor = object_at(isolate, context, global, "Array");
  v8::Local<v8::Object> array_proto =
      array_ctor.IsEmpty() ? v8::Local<v8::Object>() : object_at(isolate, context, array_ctor, "prototype");
  if (!array_proto.IsEmpty()) {
    replace_method(isolate, context, array_proto, "fill", guarded<array_fill>, 1);
    replace_method(isolate, context, array_proto, "concat", guarded<array_concat>, 1);
    for (const char* method : kWalkingMethods) {
      v8::Local<v8::Value> original;
      if (!array_proto->Get(context, name(isolate, method)).ToLocal(&original) || !original->IsFunction()) continue;
      int length = 0;
      v8::Local<v8::Value> declared;
      if (original.As<v8::Object>()->Get(context, name(isolate, "length")).ToLocal(&declared) && declared->IsInt32())
        length = declared.As<v8::Int32>()->Value();
      replace_method(isolate, context, array_proto, method, guarded<array_walk>, length);
    }
  }
}

}  // namespace plv8compat
