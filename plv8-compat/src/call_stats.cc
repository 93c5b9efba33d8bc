// Call statistics in shared (or, without preload, backend-local) memory; see call_stats.h.
#include <cmath>
#include <cstring>

#include "call_stats.h"
#include "callback.h"
#include "context.h"
#include "errors.h"
#include "plv8_object.h"
#include "private_context.h"

extern "C" {
#include "storage/ipc.h"
#include "storage/lwlock.h"
#include "storage/shmem.h"
#include "storage/spin.h"
#include "utils/hsearch.h"

PG_FUNCTION_INFO_V1(plv8_call_stats);
PG_FUNCTION_INFO_V1(plv8_call_stats_reset);
PG_FUNCTION_INFO_V1(plv8_call_stats_dropped);
}

namespace plv8compat {

namespace {

constexpr int kKeyMax = 128;  // bytes of UTF-8
constexpr const char kShmemName[] = "plv8 call statistics";
constexpr const char kHashName[] = "plv8 call statistics hash";
constexpr const char kTrancheName[] = "plv8_call_stats";

// Hash key: compared as raw bytes (HASH_BLOBS), so it is always zeroed before being filled.
struct StatsKey {
  char context[kContextNameMax + 1];
  char key[kKeyMax + 1];
  Oid role;
};

// The counters of one key. In shared memory the hash's LWLock guards which entries exist and
// `mutex` guards the counters, so backends counting calls of existing keys (every call but a
// key's first) hold the LWLock in shared mode and never wait for each other; only adding or
// removing keys takes it exclusively (the layout pg_stat_statements uses for the same reason).
struct StatsEntry {
  StatsKey k;  // must be first
  slock_t mutex;
  int64 calls;
  int64 errors;
  double total_ms;
  double max_ms;
  TimestampTz last_called_at;
};

struct StatsShared {
  LWLock* lock;
  int64 dropped;  // record_call()s not counted because the hash was full (changed under the exclusive lock)
};

int guc_call_stats_max = 5000;

// Shared mode (preloaded): both set in every backend by the startup hook.
StatsShared* shared = nullptr;
HTAB* shared_hash = nullptr;
// Local mode (not preloaded): this backend's own counters.
HTAB* local_hash = nullptr;
int64 local_dropped = 0;

shmem_request_hook_type prev_shmem_request_hook = nullptr;
shmem_startup_hook_type prev_shmem_startup_hook = nullptr;

Size shmem_size() {
  return add_size(MAXALIGN(sizeof(StatsShared)), hash_estimate_size(guc_call_stats_max, sizeof(StatsEntry)));
}

void stats_shmem_request() {
  if (prev_shmem_request_hook) prev_shmem_request_hook();
  RequestAddinShmemSpace(shmem_size());
  RequestNamedLWLockTranche(kTrancheName, 1);
}

void stats_shmem_startup() {
  if (prev_shmem_startup_hook) prev_shmem_startup_hook();
  LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
  bool found;
  shared = static_cast<StatsShared*>(ShmemInitStruct(kShmemName, sizeof(StatsShared), &found));
  if (!found) {
    shared->lock = &(GetNamedLWLockTranche(kTrancheName))->lock;
    shared->dropped = 0;
  }
  HASHCTL info;
  memset(&info, 0, sizeof(info));
  info.keysize = sizeof(StatsKey);
  info.entrysize = sizeof(StatsEntry);
  // init_size = max_size: every entry is allocated up front, so a full table never competes with
  // other users of shared memory.
  shared_hash = ShmemInitHash(kHashName, guc_call_stats_max, guc_call_stats_max, &info, HASH_ELEM | HASH_BLOBS);
  LWLockRelease(AddinShmemInitLock);
}

HTAB* local_table() {
  if (local_hash == nullptr) {
    HASHCTL info;
    memset(&info, 0, sizeof(info));
    info.keysize = sizeof(StatsKey);
    info.entrysize = sizeof(StatsEntry);
    info.hcxt = TopMemoryContext;
    local_hash = hash_create(kHashName, 64, &info, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
  }
  return local_hash;
}

void count(StatsEntry* e, bool ok, double elapsed_ms, TimestampTz now) {
  e->calls++;
  if (!ok) e->errors++;
  e->total_ms += elapsed_ms;
  if (elapsed_ms > e->max_ms) e->max_ms = elapsed_ms;
  e->last_called_at = now;
}

// The entry of `key`, added (zeroed) if it is new and the table has room; null when full.
StatsEntry* find_or_add(HTAB* table, const StatsKey& key) {
  bool found;
  auto* e = static_cast<StatsEntry*>(hash_search(table, &key, HASH_FIND, &found));
  if (e != nullptr || hash_get_num_entries(table) >= guc_call_stats_max) return e;
  // HASH_ENTER_NULL: a shared hash that ran out of entries yields NULL instead of an ERROR
  // (an ERROR here would leave the lock held).
  e = static_cast<StatsEntry*>(hash_search(table, &key, shared_hash ? HASH_ENTER_NULL : HASH_ENTER, &found));
  if (e != nullptr && !found) {
    SpinLockInit(&e->mutex);
    e->calls = 0;
    e->errors = 0;
    e->total_ms = 0;
    e->max_ms = 0;
    e->last_called_at = 0;
  }
  return e;
}

// Adds one call to the counters (C calls only: runs inside pg_guard). No JS runs while a lock is
// held, and nothing between acquire and release can raise an error.
void add_call(const StatsKey& key, bool ok, double elapsed_ms, TimestampTz now) {
  if (shared_hash == nullptr) {
    StatsEntry* e = find_or_add(local_table(), key);
    if (e == nullptr)
      local_dropped++;
    else
      count(e, ok, elapsed_ms, now);
    return;
  }
  // The usual case: the key exists; count it under the shared lock and the entry's spinlock.
  LWLockAcquire(shared->lock, LW_SHARED);
  bool found;
  auto* e = static_cast<StatsEntry*>(hash_search(shared_hash, &key, HASH_FIND, &found));
  if (e != nullptr) {
    SpinLockAcquire(&e->mutex);
    count(e, ok, elapsed_ms, now);
    SpinLockRelease(&e->mutex);
    LWLockRelease(shared->lock);
    return;
  }
  LWLockRelease(shared->lock);
  // A new key: add it exclusively (another backend may have added it meanwhile: find_or_add finds it).
  LWLockAcquire(shared->lock, LW_EXCLUSIVE);
  e = find_or_add(shared_hash, key);
  if (e == nullptr)
    shared->dropped++;
  else
    count(e, ok, elapsed_ms, now);  // no other backend counts while this one holds the lock exclusively
  LWLockRelease(shared->lock);
}

const char kUsage[] =
    "plv8.record_call(key, ok, elapsed_ms) needs a non-empty string key of at most 128 bytes, a boolean and a "
    "finite number of milliseconds >= 0";

// plv8.record_call(key, ok, elapsed_ms), only in private contexts. Arguments are checked by type,
// never converted, so no user JS (toString, valueOf) runs from here.
void record_call_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  auto* entry = static_cast<RuntimeContext*>(info.Data().As<v8::External>()->Value());
  if (info.Length() != 3 || !info[0]->IsString() || !info[1]->IsBoolean() || !info[2]->IsNumber()) {
    throw_js_type_error(isolate, kUsage);
    return;
  }
  v8::Local<v8::String> key_str = info[0].As<v8::String>();
  double elapsed = info[2].As<v8::Number>()->Value();
  if (!std::isfinite(elapsed) || elapsed < 0) {
    throw_js_type_error(isolate, "plv8.record_call: elapsed_ms must be a finite number >= 0");
    return;
  }
  int len = key_str->Length() > kKeyMax ? kKeyMax + 1 : key_str->Utf8Length(isolate);
  if (len == 0 || len > kKeyMax) {
    throw_js_type_error(isolate, "plv8.record_call: key must be a non-empty string of at most 128 bytes (UTF-8)");
    return;
  }
  StatsKey key;
  memset(&key, 0, sizeof(key));
  strlcpy(key.context, entry->name.c_str(), sizeof(key.context));
  key_str->WriteUtf8(isolate, key.key, kKeyMax, nullptr, v8::String::NO_NULL_TERMINATION);
  if (memchr(key.key, '\0', len) != nullptr) {  // would show as a shorter, different key in SQL
    throw_js_type_error(isolate, "plv8.record_call: key must not contain NUL characters");
    return;
  }
  key.role = GetUserId();
  bool ok = info[1].As<v8::Boolean>()->Value();
  TimestampTz now = GetCurrentTimestamp();
  pg_guard([&] { add_call(key, ok, elapsed, now); });
}

}  // namespace

void call_stats_init() {
  // PostgreSQL accepts a PGC_POSTMASTER setting only while preloading (a later LOAD would end the
  // backend with FATAL), and only then can shared memory be requested. Without preload the
  // backend-local table keeps the default bound.
  if (!process_shared_preload_libraries_in_progress) return;
  DefineCustomIntVariable("plv8.call_stats_max",
                          "Maximum number of (context, key, role) entries of plv8 call statistics.",
                          "Calls of new keys are dropped (and counted) when the table is full.", &guc_call_stats_max,
                          5000, 100, 1000000, PGC_POSTMASTER, 0, nullptr, nullptr, nullptr);
  prev_shmem_request_hook = shmem_request_hook;
  shmem_request_hook = stats_shmem_request;
  prev_shmem_startup_hook = shmem_startup_hook;
  shmem_startup_hook = stats_shmem_startup;
}

void install_record_call(v8::Isolate* isolate, v8::Local<v8::Context> context, RuntimeContext* entry) {
  add_plv8_function(isolate, context, "record_call", guarded<record_call_cb>, 3, v8::External::New(isolate, entry));
}

}  // namespace plv8compat

using namespace plv8compat;

namespace {

// Copies the table under the shared lock (palloc'd array), so the tuplestore is filled unlocked.
StatsEntry* snapshot(long* count) {
  HTAB* table = shared_hash ? shared_hash : local_table();
  if (shared_hash) LWLockAcquire(shared->lock, LW_SHARED);
  long n = hash_get_num_entries(table);
  StatsEntry* copy = static_cast<StatsEntry*>(palloc(sizeof(StatsEntry) * (n > 0 ? n : 1)));
  HASH_SEQ_STATUS status;
  hash_seq_init(&status, table);
  long i = 0;
  StatsEntry* e;
  while ((e = static_cast<StatsEntry*>(hash_seq_search(&status))) != nullptr) {
    if (i >= n) continue;
    // Counters change under the entry's spinlock while the table is only share-locked.
    if (shared_hash) SpinLockAcquire(&e->mutex);
    copy[i++] = *e;
    if (shared_hash) SpinLockRelease(&e->mutex);
  }
  if (shared_hash) LWLockRelease(shared->lock);
  *count = i;
  return copy;
}

}  // namespace

// plv8_call_stats() RETURNS TABLE(context, key, role, calls, errors, total_ms, max_ms,
// last_called_at). Plain C (no V8): PostgreSQL errors may propagate normally here.
extern "C" Datum plv8_call_stats(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  long n;
  StatsEntry* rows = snapshot(&n);
  for (long i = 0; i < n; i++) {
    Datum values[8];
    bool nulls[8] = {false, false, false, false, false, false, false, false};
    values[0] = CStringGetTextDatum(rows[i].k.context);
    values[1] = CStringGetTextDatum(rows[i].k.key);
    values[2] = ObjectIdGetDatum(rows[i].k.role);
    values[3] = Int64GetDatum(rows[i].calls);
    values[4] = Int64GetDatum(rows[i].errors);
    values[5] = Float8GetDatum(rows[i].total_ms);
    values[6] = Float8GetDatum(rows[i].max_ms);
    values[7] = TimestampTzGetDatum(rows[i].last_called_at);
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  return (Datum)0;
}

extern "C" Datum plv8_call_stats_dropped(PG_FUNCTION_ARGS) {
  int64 dropped;
  if (shared_hash) {
    LWLockAcquire(shared->lock, LW_SHARED);
    dropped = shared->dropped;
    LWLockRelease(shared->lock);
  } else {
    dropped = local_dropped;
  }
  PG_RETURN_INT64(dropped);
}

// plv8_call_stats_reset(context text DEFAULT NULL): everything (and the dropped count), or the
// entries of one context only (so one application's figures can be reset without the others').
extern "C" Datum plv8_call_stats_reset(PG_FUNCTION_ARGS) {
  char only[kContextNameMax + 2] = {0};
  // PG_NARGS(): a database may hold a declaration without the argument (an early build of
  // this version's script); reading a missing argument would crash the backend.
  bool all = PG_NARGS() < 1 || PG_ARGISNULL(0);
  if (!all) text_to_cstring_buffer(PG_GETARG_TEXT_PP(0), only, sizeof(only));
  HTAB* table = shared_hash ? shared_hash : local_table();
  if (shared_hash) LWLockAcquire(shared->lock, LW_EXCLUSIVE);
  HASH_SEQ_STATUS status;
  hash_seq_init(&status, table);
  StatsEntry* e;
  while ((e = static_cast<StatsEntry*>(hash_seq_search(&status))) != nullptr) {
    if (all || strcmp(e->k.context, only) == 0) hash_search(table, &e->k, HASH_REMOVE, nullptr);
  }
  if (all) {
    if (shared_hash)
      shared->dropped = 0;
    else
      local_dropped = 0;
  }
  if (shared_hash) LWLockRelease(shared->lock);
  PG_RETURN_VOID();
}
