// What happens when V8 cannot continue (heap exhausted, an object beyond V8's size limits, an
// internal check failing): the backend ends with a FATAL error instead of a signal.
#pragma once

#include <v8.h>

namespace plv8compat {

// Installs the isolate's OOM and fatal-error handlers and V8's process-wide hook that runs just
// before V8 would abort. Call after the platform is initialized (V8 replaces the hook then).
void v8_fatal_attach(v8::Isolate* isolate);

}  // namespace plv8compat
