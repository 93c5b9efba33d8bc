// JS plan objects (plv8.prepare: execute/cursor/free) and cursor objects (fetch/move/close).
#pragma once

#include <v8.h>

#include "spi_support.h"

namespace plv8compat {

// A new JS plan object owning plan.
v8::Local<v8::Object> new_plan_object(v8::Isolate* isolate, v8::Local<v8::Context> context, Plan* plan);

}  // namespace plv8compat
