// Boundary between V8 and our C++ for native functions exposed to JS (plv8.*).
// A C++ exception must never unwind through V8 frames, so every native function is wrapped by
// guarded<>, which turns PgError into a JS exception (with sqlerrcode etc.) and stops JsPending.
#pragma once

#include <new>

#include <v8.h>

#include "errors.h"
#include "limits.h"

namespace plv8compat {

using Callback = void (*)(const v8::FunctionCallbackInfo<v8::Value>&);

template <Callback F>
void guarded(const v8::FunctionCallbackInfo<v8::Value>& info) {
  try {
    F(info);
  } catch (const PgError& e) {
    limits_sql_error_to_js(info.GetIsolate(), e.edata);  // a query cancel must not be catchable
    // A cancel or timeout still ends the statement even when its subtransaction was rolled back.
    bool poison = !e.rolled_back || ERRCODE_TO_CATEGORY(e.edata->sqlerrcode) == ERRCODE_OPERATOR_INTERVENTION;
    throw_pg_error_to_js(info.GetIsolate(), e.edata, poison);
    FreeErrorData(e.edata);  // copied into the JS exception (and the poison record)
  } catch (const JsPending&) {
    // The JS exception is already scheduled in the isolate.
  } catch (const std::bad_alloc&) {
    throw_js_error(info.GetIsolate(), "out of memory");
  } catch (...) {
    throw_js_error(info.GetIsolate(), "plv8: internal error in a native function");
  }
}

// Adds obj[name] = native function (wrapped by guarded<F>) to an object template.
template <Callback F>
void set_method(v8::Isolate* isolate, v8::Local<v8::ObjectTemplate> tmpl, const char* name) {
  tmpl->Set(v8::String::NewFromUtf8(isolate, name, v8::NewStringType::kInternalized).ToLocalChecked(),
            v8::FunctionTemplate::New(isolate, guarded<F>));
}

}  // namespace plv8compat
