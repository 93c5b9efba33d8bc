// The clock of the start-up timings the engine logs at DEBUG1 (V8 start, contexts, large bodies).
#pragma once

#include <time.h>

namespace plv8compat {

// Milliseconds on the monotonic clock.
inline double monotonic_ms() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace plv8compat
