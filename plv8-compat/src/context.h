// The V8 runtime of this backend: one platform and one isolate (entered once, for the life of the
// backend), and one V8 context per role, as PL/v8 does, so roles never see each other's globals.
#pragma once

#include <v8.h>

#include "gucs.h"
#include "pg.h"

namespace plv8compat {

struct SrfState;

// Per entry from PostgreSQL into JS (function call, trigger, DO block). Tracks what the JS code
// may use while it runs: the lazily opened SPI connection and, for set-returning functions, the
// tuplestore behind plv8.return_next.
struct CallFrame {
  CallFrame* prev = nullptr;
  bool spi_connected = false;
  MemoryContext caller_cxt = nullptr;  // memory context of the caller, restored after SPI calls
  SrfState* srf = nullptr;
  void* window = nullptr;               // WindowObject of a window function call (window.cc)
  FmgrInfo* window_flinfo = nullptr;    // its FmgrInfo, for the actual argument types
};

// The backend's isolate, created (and entered) on first use.
v8::Isolate* runtime_isolate();

// The context of the current role (GetUserId()), created on first use; runs plv8.start_proc in a
// new context. May throw PgError (a failing start_proc included).
v8::Local<v8::Context> role_context(v8::Isolate* isolate);

// The innermost active frame, or nullptr when no JS entry is active.
CallFrame* current_frame();

// Pushes/pops a frame around one entry into JS. The destructor only unlinks; finish() closes the
// SPI connection on the success path (on errors the (sub)transaction abort cleans SPI up).
class FrameScope {
 public:
  FrameScope();
  ~FrameScope();
  void finish();
  CallFrame* frame() { return &frame_; }
  FrameScope(const FrameScope&) = delete;
  FrameScope& operator=(const FrameScope&) = delete;

 private:
  CallFrame frame_;
};

// Connects SPI for the current frame if not yet connected (keeps the caller's memory context).
// Throws PgError on failure; the caller must have a frame.
void spi_ensure_connected();

}  // namespace plv8compat
