// The V8 runtime of this backend: one platform and one isolate (entered once, for the life of the
// backend), and one ordinary V8 context per role, as PL/v8 does, so roles never see each other's
// globals. Besides it, a role may have named private contexts (private_context.h says which
// functions run there): same isolate, separate globals, never running plv8.start_proc.
#pragma once

#include <cstdint>
#include <string>

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
  void* window = nullptr;             // WindowObject of a window function call (window.cc)
  FmgrInfo* window_flinfo = nullptr;  // its FmgrInfo, for the actual argument types
  bool nonatomic = false;             // CALL/DO outside a transaction block: plv8.commit() allowed
  // Inside plv8.without_statement_subtransactions(fn) of this frame: statements run directly in
  // the current (sub)transaction (spi_support.h, in_subtransaction). Per frame, so a PL/v8
  // function that the SQL of fn calls gets its statement subtransactions as usual.
  int direct_statements = 0;
};

// The backend's isolate, created (and entered) on first use.
v8::Isolate* runtime_isolate();

// One V8 context of one role: its ordinary context (empty name) or a named private context.
// Entries are never freed, so the function cache can key on them; a context whose start_proc
// failed keeps its entry and gets a new V8 context on the next use.
struct RuntimeContext {
  uint32_t id;  // unique in this backend (function cache key)
  Oid role;
  std::string name;  // "" for the role's ordinary context
  v8::Global<v8::Context> context;
  bool is_private() const { return !name.empty(); }
};

// The ordinary context of the current role (GetUserId()), created on first use; runs
// plv8.start_proc (after checking EXECUTE on it) in a new context. May throw PgError (a failing
// or forbidden start_proc included).
RuntimeContext* ordinary_context(v8::Isolate* isolate);
inline v8::Local<v8::Context> role_context(v8::Isolate* isolate) {
  return ordinary_context(isolate)->context.Get(isolate);
}

// Drops the V8 context (globals and compiled functions) of role's ordinary context; the next use
// creates a new one. Only when no JS is running (plv8_reset() checks).
void ordinary_context_reset(Oid role);

// The private context `name` of the current role, created on first use (never runs start_proc).
RuntimeContext* private_context(v8::Isolate* isolate, const std::string& name);

// The entry of a context created by this module (nullptr for any other context).
RuntimeContext* context_entry(v8::Local<v8::Context> context);

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
