// The `plv8` global object and the elog level constants, installed into each new context.
#pragma once

#include <v8.h>

namespace plv8compat {

// The version string exposed as plv8.version and by plv8_version().
extern const char* const kPlv8Version;

void install_plv8_object(v8::Isolate* isolate, v8::Local<v8::Context> context);

}  // namespace plv8compat
