// glibc malloc's trim and mmap thresholds of a backend that has started V8 (see malloc_thresholds.cc).
#pragma once

namespace plv8compat {

// Called once per backend, right after V8 has started; does nothing outside glibc (2.33 or later).
void raise_malloc_thresholds();

}  // namespace plv8compat
