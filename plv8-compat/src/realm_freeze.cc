// plv8.freeze_reachable: see realm_freeze.h. Semantics, which the runtime's JavaScript walk
// (packages/plv8-runtime/src/harden.ts, freezeDeep) shares:
//   - every object taken from the work list that is not in `seen` is added to `seen`, frozen, and
//     then its prototype (as Object.getPrototypeOf gives it) and the values, getters and setters
//     of all its own properties (string and symbol keys, indices, enumerable or not) join the list;
//   - a prototype, i.e. an object with an own `constructor` property, is first passed to
//     `prepare(obj)` (if given), which may return an array of objects that join the list too (the
//     runtime turns inherited data properties into accessors there, and returns the old values);
//   - a Proxy is refused: its traps could report other properties than it has, so "frozen" would
//     mean nothing. Nothing is undone on an error: the caller's realm is unusable anyway.
// Returns the number of objects frozen.
#include <vector>

#include "realm_freeze.h"
#include "callback.h"
#include "errors.h"
#include "js_util.h"
#include "plv8_object.h"

namespace plv8compat {

namespace {

void freeze_reachable_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 2 || !info[0]->IsArray() || !info[1]->IsSet() ||
      (info.Length() > 2 && !info[2]->IsUndefined() && !info[2]->IsFunction())) {
    throw_js_type_error(isolate,
                        "plv8.freeze_reachable(roots, seen[, prepare]): roots must be an array, seen a Set, "
                        "prepare a function or undefined");
    return;
  }
  v8::Local<v8::Array> roots = info[0].As<v8::Array>();
  v8::Local<v8::Set> seen = info[1].As<v8::Set>();
  v8::Local<v8::Function> prepare;
  if (info.Length() > 2 && info[2]->IsFunction()) prepare = info[2].As<v8::Function>();

  v8::Local<v8::Object> global_proxy = context->Global();
  v8::Local<v8::String> k_constructor = js_name(isolate, "constructor");
  v8::Local<v8::String> k_value = js_name(isolate, "value");
  v8::Local<v8::String> k_get = js_name(isolate, "get");
  v8::Local<v8::String> k_set = js_name(isolate, "set");

  // Handles stay in the callback's scope: the walk is bounded by the realm (a few thousand).
  std::vector<v8::Local<v8::Object>> work;
  auto push = [&](v8::Local<v8::Value> v) {
    if (v->IsObject()) work.push_back(v.As<v8::Object>());  // functions too
  };
  for (uint32_t i = 0, n = roots->Length(); i < n; i++) {
    v8::Local<v8::Value> root;
    if (!roots->Get(context, i).ToLocal(&root)) return;
    push(root);
  }

  double frozen = 0;
  while (!work.empty()) {
    // A cancel or statement_timeout (the watchdog terminates the isolate) ends a long walk too.
    // The Set calls below would fail then as well (V8 runs them as JavaScript builtins); this
    // says so where the loop is.
    if (isolate->IsExecutionTerminating()) return;
    v8::Local<v8::Object> obj = work.back();
    work.pop_back();
    bool done;
    if (!seen->Has(context, obj).To(&done)) return;
    if (done) continue;
    if (seen->Add(context, obj).IsEmpty()) return;
    if (obj->IsProxy()) {
      throw_js_type_error(isolate,
                          "plv8.freeze_reachable: a Proxy is reachable from the roots; it cannot be frozen "
                          "reliably");
      return;
    }
    bool prototype = false;
    if (!prepare.IsEmpty() && !obj->HasOwnProperty(context, k_constructor).To(&prototype)) return;
    if (prototype) {
      v8::Local<v8::Value> argv[] = {obj};
      v8::Local<v8::Value> extra;
      if (!prepare->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&extra)) return;
      if (extra->IsArray()) {
        v8::Local<v8::Array> list = extra.As<v8::Array>();
        for (uint32_t i = 0, n = list->Length(); i < n; i++) {
          v8::Local<v8::Value> v;
          if (!list->Get(context, i).ToLocal(&v)) return;
          push(v);
        }
      }
    }
    bool ok;
    if (!obj->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen).To(&ok)) return;
    if (!ok) {
      throw_js_type_error(isolate, "plv8.freeze_reachable: an object refused to be frozen");
      return;
    }
    frozen++;
    v8::Local<v8::Value> proto = obj->GetPrototype();
    // Through the API the global proxy's prototype is V8's internal global object, which
    // JavaScript never gets hold of (Object.getPrototypeOf skips it); go on from its prototype.
    if (obj == global_proxy && proto->IsObject()) proto = proto.As<v8::Object>()->GetPrototype();
    push(proto);
    v8::Local<v8::Array> keys;
    if (!obj->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, v8::PropertyFilter::ALL_PROPERTIES,
                               v8::IndexFilter::kIncludeIndices, v8::KeyConversionMode::kConvertToString)
             .ToLocal(&keys))
      return;
    for (uint32_t i = 0, n = keys->Length(); i < n; i++) {
      v8::Local<v8::Value> key;
      if (!keys->Get(context, i).ToLocal(&key)) return;
      v8::Local<v8::Value> desc_value;
      if (!obj->GetOwnPropertyDescriptor(context, key.As<v8::Name>()).ToLocal(&desc_value)) return;
      if (!desc_value->IsObject()) continue;  // gone since the keys were read
      // V8's descriptor object: own `value` (data) or own `get` and `set` (accessor). Only own
      // properties are read, so nothing on Object.prototype can answer instead.
      v8::Local<v8::Object> desc = desc_value.As<v8::Object>();
      bool accessor;
      if (!desc->HasOwnProperty(context, k_get).To(&accessor)) return;
      v8::Local<v8::Value> v;
      if (accessor) {
        if (!desc->Get(context, k_get).ToLocal(&v)) return;
        push(v);
        if (!desc->Get(context, k_set).ToLocal(&v)) return;
      } else if (!desc->Get(context, k_value).ToLocal(&v)) {
        return;
      }
      push(v);
    }
  }
  info.GetReturnValue().Set(frozen);
}

}  // namespace

void install_realm_freeze(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  add_plv8_function(isolate, context, "freeze_reachable", guarded<freeze_reachable_cb>, 2);
}

}  // namespace plv8compat
