// The `plv8` global object and the elog level constants, installed into each new context.
#pragma once

#include <v8.h>

namespace plv8compat {

// The version string exposed as plv8.version and by plv8_version().
extern const char* const kPlv8Version;

void install_plv8_object(v8::Isolate* isolate, v8::Local<v8::Context> context);

// Adds plv8[name] = a native function to the plv8 object install_plv8_object() put in context: the
// private contexts' extra calls. `callback` is a guarded<F> (callback.h); `data` is what it reads
// as info.Data().
void add_plv8_function(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                       v8::FunctionCallback callback, int length, v8::Local<v8::Value> data = v8::Local<v8::Value>());

}  // namespace plv8compat
