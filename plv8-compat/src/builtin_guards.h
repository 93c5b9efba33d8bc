// Checks placed in front of V8 built-ins that would otherwise end the process or run unbounded
// native work that neither plv8.memory_limit nor statement_timeout can interrupt.
#pragma once

#include <v8.h>

namespace plv8compat {

// Replaces JSON.parse, String.prototype.split, Array.prototype.fill, .concat and the walking
// Array.prototype methods (includes, indexOf, forEach, ...) of a new context with
// native wrappers that check sizes first and otherwise call the original built-in. Run it
// before any user code (or freezing) sees the context.
void install_builtin_guards(v8::Isolate* isolate, v8::Local<v8::Context> context);

}  // namespace plv8compat
