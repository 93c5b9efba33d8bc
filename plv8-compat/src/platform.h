// The V8 platform of a backend: libplatform's default platform, except for how V8 heap pages are
// committed (see platform.cc).
#pragma once

#include <memory>

#include <v8-platform.h>

namespace plv8compat {

// The platform to hand to v8::V8::InitializePlatform, with `worker_threads` worker threads.
std::unique_ptr<v8::Platform> new_platform(int worker_threads);

// GUC plv8.populate_heap (defined in _PG_init via this call).
void platform_define_gucs();

// Bytes of V8 heap this backend populated when committing them (for tests and DEBUG1 logs).
size_t platform_populated_bytes();

}  // namespace plv8compat
