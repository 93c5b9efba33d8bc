// V8 platform, isolate and per-role contexts; call frames and the lazily opened SPI connection.
#include <signal.h>
#include <pthread.h>
#include <time.h>

#include <map>
#include <memory>
#include <unordered_map>
#include <utility>

#include <v8.h>

#include "context.h"
#include "call_stats.h"
#include "code_cache.h"
#include "platform.h"
#include "convert.h"
#include "catalog_epoch.h"
#include "errors.h"
#include "function_cache.h"
#include "builtin_guards.h"
#include "limits.h"
#include "malloc_thresholds.h"
#include "plv8_object.h"
#include "realm_freeze.h"
#include "startup_clock.h"
#include "v8_flags.h"

extern "C" {
#include "utils/acl.h"
}

namespace plv8compat {

namespace {

std::unique_ptr<v8::Platform> platform;
v8::Isolate* the_isolate = nullptr;
std::unique_ptr<v8::ArrayBuffer::Allocator> default_allocator;
std::unordered_map<Oid, RuntimeContext*> ordinary_contexts;               // by role oid
std::map<std::pair<Oid, std::string>, RuntimeContext*> private_contexts;  // by (role, name)
uint32_t next_context_id = 1;
CallFrame* top_frame = nullptr;
// Most calls come from the same role as the previous one.
Oid last_role = InvalidOid;
RuntimeContext* last_context = nullptr;

// Embedder data slot of a V8 context that points back at its RuntimeContext (slot 0 is left to
// V8's own tooling).
constexpr int kEntrySlot = 2;

// V8 starts worker threads (GC, compiler). They must never run PostgreSQL's signal handlers, so
// they are created with every signal blocked; the main thread's mask is restored afterwards.
// The start-up steps here and in create_v8_context are timed (monotonic_ms) and logged at DEBUG1
// (SET client_min_messages = debug1): they are what a fresh connection pays before its first
// JavaScript runs.
void create_isolate() {
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &saved);
  double t0 = monotonic_ms();
  if (!platform) {
    v8::V8::InitializeICU();
    // Checksumming the built-in snapshot (embedded in libnode, so it cannot be corrupt on disk
    // independently of the code) costs ~0.3 ms of every backend's ~2.5 ms Isolate::New.
    // plv8.v8_flags come after this and can turn it back on.
    v8::V8::SetFlagsFromString("--no-verify-snapshot-checksum");
    v8_flags_apply(guc_v8_flags);
    code_cache_note_v8_flags(guc_v8_flags);  // V8 rejects code cached under other flags
    platform = new_platform(1);
    v8::V8::InitializePlatform(platform.get());
    v8::V8::Initialize();
  }
  double t1 = monotonic_ms();
  v8::Isolate::CreateParams params;
  default_allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  params.array_buffer_allocator = default_allocator.get();
  limits_prepare_isolate(&params);  // may replace the allocator with an accounting one
  the_isolate = v8::Isolate::New(params);
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  double t2 = monotonic_ms();
  raise_malloc_thresholds();  // V8's allocations just changed the backend's malloc heap
  pg_guard([&] {
    elog(DEBUG1, "plv8 start-up: V8 platform %.2f ms, Isolate::New %.2f ms, %zu KB of heap populated", t1 - t0, t2 - t1,
         platform_populated_bytes() / 1024);
  });
  limits_attach_isolate(the_isolate);
  // Entered once for the whole backend: every entry point runs on this thread and this isolate.
  the_isolate->Enter();
}

// Runs plv8.start_proc (a function taking no arguments) in a freshly created context. The role
// must be allowed to EXECUTE it, exactly as if it had called it from SQL (upstream PL/v8 checks
// this too): otherwise a superuser's start_proc setting would run code the role may not run.
void run_start_proc() {
  if (guc_start_proc == nullptr || guc_start_proc[0] == '\0') return;
  pg_guard([] {
    Oid fn = DatumGetObjectId(DirectFunctionCall1(regprocin, CStringGetDatum(guc_start_proc)));
    AclResult acl = pg_proc_aclcheck(fn, GetUserId(), ACL_EXECUTE);
    if (acl != ACLCHECK_OK) aclcheck_error(acl, OBJECT_FUNCTION, get_func_name(fn));
    OidFunctionCall0(fn);
  });
}

RuntimeContext* new_entry(Oid role, const std::string& name) {
  RuntimeContext* entry = new RuntimeContext();
  entry->id = next_context_id++;
  entry->role = role;
  entry->name = name;
  return entry;
}

// Creates the V8 context of entry (empty until now) with the plv8 object; private contexts also
// get plv8.record_call, plv8.catalog_epoch and plv8.freeze_reachable.
void create_v8_context(v8::Isolate* isolate, RuntimeContext* entry, double* t_new, double* t_object) {
  v8::HandleScope scope(isolate);
  double t0 = monotonic_ms();
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  double t1 = monotonic_ms();
  context->SetAlignedPointerInEmbedderData(kEntrySlot, entry);
  {
    v8::Context::Scope context_scope(context);
    install_plv8_object(isolate, context);
    install_builtin_guards(isolate, context);  // before any user code or freezing sees it
    if (entry->is_private()) {
      install_record_call(isolate, context, entry);
      install_catalog_epoch(isolate, context);
      install_realm_freeze(isolate, context);
    }
  }
  double t2 = monotonic_ms();
  entry->context.Reset(isolate, context);
  if (t_new) *t_new = t1 - t0;
  if (t_object) *t_object = t2 - t1;
}

// Drops entry's V8 context and what was made for it (compiled functions, row factories), so
// nothing keeps it alive; the entry stays and gets a new context on its next use.
void discard_v8_context(RuntimeContext* entry) {
  if (!entry->context.IsEmpty()) {
    v8::HandleScope scope(the_isolate);
    row_factories_forget(the_isolate, entry->context.Get(the_isolate));
  }
  entry->context.Reset();
  proc_cache_forget_context(entry);
}

}  // namespace

v8::Isolate* runtime_isolate() {
  if (the_isolate == nullptr) create_isolate();
  return the_isolate;
}

RuntimeContext* ordinary_context(v8::Isolate* isolate) {
  Oid role = GetUserId();
  if (role == last_role && last_context != nullptr) return last_context;
  RuntimeContext* entry;
  auto it = ordinary_contexts.find(role);
  if (it != ordinary_contexts.end()) {
    entry = it->second;
  } else {
    entry = new_entry(role, std::string());
    ordinary_contexts.emplace(role, entry);
  }
  if (!entry->context.IsEmpty()) {
    last_role = role;
    last_context = entry;
    return entry;
  }
  last_role = InvalidOid;
  last_context = nullptr;

  double t_new = 0, t_object = 0;
  create_v8_context(isolate, entry, &t_new, &t_object);
  double t2 = monotonic_ms();
  try {
    run_start_proc();
  } catch (...) {
    // A failed start_proc leaves no half-initialized context behind; the next call retries with
    // a fresh V8 context. Functions compiled into this one (start_proc's own) are forgotten.
    discard_v8_context(entry);
    last_role = InvalidOid;  // start_proc's own call may have cached it
    last_context = nullptr;
    throw;
  }
  double t3 = monotonic_ms();
  pg_guard([&] {
    elog(DEBUG1, "plv8 start-up: Context::New %.2f ms, plv8 object %.2f ms, start_proc %.2f ms", t_new, t_object,
         t3 - t2);
  });
  return entry;
}

void ordinary_context_reset(Oid role) {
  auto it = ordinary_contexts.find(role);
  if (it == ordinary_contexts.end()) return;
  RuntimeContext* entry = it->second;
  // The entry stays (the function cache keys on it); its V8 context is dropped, so the next call
  // creates a fresh one (plv8.start_proc included), as PL/v8's plv8_reset() does.
  discard_v8_context(entry);
  if (last_context == entry) {
    last_role = InvalidOid;
    last_context = nullptr;
  }
}

RuntimeContext* private_context(v8::Isolate* isolate, const std::string& name) {
  Oid role = GetUserId();
  auto key = std::make_pair(role, name);
  auto it = private_contexts.find(key);
  RuntimeContext* entry;
  if (it != private_contexts.end()) {
    entry = it->second;
  } else {
    entry = new_entry(role, name);
    private_contexts.emplace(key, entry);
  }
  if (entry->context.IsEmpty()) {
    double t_new = 0, t_object = 0;
    create_v8_context(isolate, entry, &t_new, &t_object);
    const char* cname = entry->name.c_str();
    pg_guard([&] {
      elog(DEBUG1, "plv8 start-up: private context \"%s\": Context::New %.2f ms, plv8 object %.2f ms", cname, t_new,
           t_object);
    });
  }
  return entry;
}

RuntimeContext* context_entry(v8::Local<v8::Context> context) {
  if (context.IsEmpty() || context->GetNumberOfEmbedderDataFields() <= static_cast<uint32_t>(kEntrySlot))
    return nullptr;
  return static_cast<RuntimeContext*>(context->GetAlignedPointerFromEmbedderData(kEntrySlot));
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
  int options = frame->nonatomic ? SPI_OPT_NONATOMIC : 0;
  pg_guard([&] { rc = SPI_connect_ext(options); });
  MemoryContextSwitchTo(cxt);  // SPI_connect switched to its own procedure context
  if (rc != SPI_OK_CONNECT) throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "plv8: could not connect to SPI manager")};
  frame->spi_connected = true;
}

}  // namespace plv8compat
