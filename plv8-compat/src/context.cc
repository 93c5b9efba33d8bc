// V8 platform, isolate and per-role contexts; call frames and the lazily opened SPI connection.
#include <signal.h>
#include <pthread.h>
#include <time.h>

#include <memory>
#include <unordered_map>

#include <libplatform/libplatform.h>
#include <v8.h>

#include "context.h"
#include "errors.h"
#include "limits.h"
#include "plv8_object.h"

namespace plv8compat {

namespace {

std::unique_ptr<v8::Platform> platform;
v8::Isolate* the_isolate = nullptr;
std::unique_ptr<v8::ArrayBuffer::Allocator> default_allocator;
std::unordered_map<Oid, v8::Global<v8::Context>*> contexts;  // by role oid
CallFrame* top_frame = nullptr;
// Most calls come from the same role as the previous one.
Oid last_role = InvalidOid;
v8::Global<v8::Context>* last_context = nullptr;

// Start-up steps are timed and logged at DEBUG1 (SET client_min_messages = debug1 to see them):
// they are what a fresh connection pays before its first JavaScript runs.
double now_ms() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// V8 starts worker threads (GC, compiler). They must never run PostgreSQL's signal handlers, so
// they are created with every signal blocked; the main thread's mask is restored afterwards.
void create_isolate() {
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &saved);
  double t0 = now_ms();
  if (!platform) {
    v8::V8::InitializeICU();
    // Checksumming the built-in snapshot (embedded in libnode, so it cannot be corrupt on disk
    // independently of the code) costs ~0.3 ms of every backend's ~2.5 ms Isolate::New.
    // plv8.v8_flags come after this and can turn it back on.
    v8::V8::SetFlagsFromString("--no-verify-snapshot-checksum");
    if (guc_v8_flags != nullptr && guc_v8_flags[0] != '\0') v8::V8::SetFlagsFromString(guc_v8_flags);
    platform = v8::platform::NewDefaultPlatform(1);
    v8::V8::InitializePlatform(platform.get());
    v8::V8::Initialize();
  }
  double t1 = now_ms();
  v8::Isolate::CreateParams params;
  default_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  params.array_buffer_allocator = default_allocator.get();
  limits_prepare_isolate(&params);  // may replace the allocator with an accounting one
  the_isolate = v8::Isolate::New(params);
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  double t2 = now_ms();
  pg_guard([&] { elog(DEBUG1, "plv8 start-up: V8 platform %.2f ms, Isolate::New %.2f ms", t1 - t0, t2 - t1); });
  limits_attach_isolate(the_isolate);
  // Entered once for the whole backend: every entry point runs on this thread and this isolate.
  the_isolate->Enter();
}

// Runs plv8.start_proc (a function taking no arguments) in a freshly created context.
void run_start_proc() {
  if (guc_start_proc == nullptr || guc_start_proc[0] == '\0') return;
  pg_guard([] {
    Oid fn = DatumGetObjectId(DirectFunctionCall1(regprocin, CStringGetDatum(guc_start_proc)));
    OidFunctionCall0(fn);
  });
}

}  // namespace

v8::Isolate* runtime_isolate() {
  if (the_isolate == nullptr) create_isolate();
  return the_isolate;
}

v8::Local<v8::Context> role_context(v8::Isolate* isolate) {
  Oid role = GetUserId();
  if (role == last_role && last_context != nullptr) return last_context->Get(isolate);
  auto it = contexts.find(role);
  if (it != contexts.end()) {
    last_role = role;
    last_context = it->second;
    return it->second->Get(isolate);
  }
  last_role = InvalidOid;
  last_context = nullptr;

  v8::EscapableHandleScope scope(isolate);
  double t0 = now_ms();
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  double t1 = now_ms();
  {
    v8::Context::Scope context_scope(context);
    install_plv8_object(isolate, context);
  }
  double t2 = now_ms();
  auto* global = new v8::Global<v8::Context>(isolate, context);
  contexts.emplace(role, global);
  try {
    run_start_proc();
  } catch (...) {
    // A failed start_proc leaves no half-initialized context behind; the next call retries.
    contexts.erase(role);
    last_role = InvalidOid;  // start_proc's own call may have cached it
    last_context = nullptr;
    delete global;
    throw;
  }
  double t3 = now_ms();
  pg_guard([&] {
    elog(DEBUG1, "plv8 start-up: Context::New %.2f ms, plv8 object %.2f ms, start_proc %.2f ms", t1 - t0, t2 - t1,
         t3 - t2);
  });
  return scope.Escape(context);
}

CallFrame* current_frame() { return top_frame; }

FrameScope::FrameScope() {
  frame_.prev = top_frame;
  frame_.caller_cxt = CurrentMemoryContext;
  top_frame = &frame_;
}

FrameScope::~FrameScope() { top_frame = frame_.prev; }

void FrameScope::finish() {
  if (!frame_.spi_connected) return;
  frame_.spi_connected = false;
  pg_guard([] { SPI_finish(); });
  MemoryContextSwitchTo(frame_.caller_cxt);
}

void spi_ensure_connected() {
  CallFrame* frame = top_frame;
  if (frame->spi_connected) return;
  MemoryContext cxt = CurrentMemoryContext;
  int rc = 0;
  pg_guard([&] { rc = SPI_connect(); });
  MemoryContextSwitchTo(cxt);  // SPI_connect switched to its own procedure context
  if (rc != SPI_OK_CONNECT)
    throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "plv8: could not connect to SPI manager")};
  frame->spi_connected = true;
}

}  // namespace plv8compat
