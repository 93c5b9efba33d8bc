// plv8.freeze_reachable(roots, seen[, prepare]) in private contexts: freezes every object reachable
// from roots (property values, accessor functions and prototypes, transitively), in C++.
//
// Why native: a private realm is locked down whole once per backend, on the cold path of its first
// call. The same walk written in JavaScript runs once, in V8's interpreter with cold inline caches,
// and cost a fresh backend ~7-10 ms (~660 objects, ~2,000 properties); a second walk in the same
// backend took ~1-2 ms. Through the API each step is a direct call into V8's runtime.
#pragma once

#include <v8.h>

namespace plv8compat {

// Adds plv8.freeze_reachable to the plv8 object of a private context (context must be entered).
void install_realm_freeze(v8::Isolate* isolate, v8::Local<v8::Context> context);

}  // namespace plv8compat
