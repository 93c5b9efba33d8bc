// The catalog epoch (see catalog_epoch.h).
//
// epoch = local + generation, where
//   local       this backend's counter, bumped by
//                 - PostgreSQL's relcache invalidation callback (any relation, or all after a
//                   sinval overflow) and the syscache callbacks of roles and role membership:
//                   DDL, GRANT/REVOKE;
//                 - the trigger itself, at once, in the writing backend;
//                 - a (sub)transaction abort after the trigger fired in it (its rows are gone);
//                 - a change of the current user id (what a role may see differs);
//   generation  shared by all backends (shared memory), bumped at the end of every commit of a
//               transaction in which the trigger fired, after the commit became visible.
//   inflight    shared: writers between their pre-commit step and the end of their commit.
//
// Why a shared counter and not an invalidation message from the trigger: PostgreSQL makes a commit
// visible to new snapshots (ProcArrayEndTransaction) before it sends the commit's invalidation
// messages (AtEOXact_Inval), so another backend could take a snapshot that no longer sees a
// deleted row and still find no message about it; and a relcache invalidation of the table would
// make every backend plan its statements on it again after each install. `inflight` closes the
// gap: a writer counts itself in before its commit becomes visible and out (after bumping
// `generation`) once it is, and the epoch is -1 while any writer is in between. So for a cached
// check made at epoch E (read before the check's query) and a later statement whose snapshot sees
// a watched-table commit made after that query's snapshot, the later epoch is -1 or != E. Within
// the writing transaction the trigger's own bump (its statement's rows are visible to the next
// statement) and the bump at a (sub)transaction abort cover the rest.
//
// Hot standbys replay commits the same way (visible first, invalidations after) with no trigger
// and no shared counter, so there the epoch is always -1 and the embedder queries every time.
#include "catalog_epoch.h"
#include "callback.h"
#include "errors.h"
#include "plv8_object.h"

extern "C" {
#include "access/relation.h"
#include "access/xlog.h"
#include "catalog/pg_language.h"
#include "catalog/pg_trigger_d.h"
#include "port/atomics.h"
#include "storage/ipc.h"
#include "storage/lwlock.h"
#include "storage/shmem.h"
#include "utils/inval.h"

PG_FUNCTION_INFO_V1(plv8_catalog_changed);
Datum plv8_catalog_changed(PG_FUNCTION_ARGS);
}

namespace plv8compat {

namespace {

constexpr const char kShmemName[] = "plv8 catalog epoch";

struct EpochShared {
  pg_atomic_uint64 generation;
  pg_atomic_uint32 inflight;
};

EpochShared* shared = nullptr;  // set in every backend by the startup hook (preloaded only)
shmem_request_hook_type prev_shmem_request_hook = nullptr;
shmem_startup_hook_type prev_shmem_startup_hook = nullptr;

uint64 local_epoch = 0;
Oid last_user = InvalidOid;
bool callbacks_registered = false;
bool xact_touched = false;      // the trigger fired in the current top-level transaction
bool counted_inflight = false;  // this backend counted itself into `inflight` (pre-commit)

void epoch_shmem_request() {
  if (prev_shmem_request_hook) prev_shmem_request_hook();
  RequestAddinShmemSpace(MAXALIGN(sizeof(EpochShared)));
}

void epoch_shmem_startup() {
  if (prev_shmem_startup_hook) prev_shmem_startup_hook();
  LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
  bool found;
  shared = static_cast<EpochShared*>(ShmemInitStruct(kShmemName, sizeof(EpochShared), &found));
  if (!found) {
    pg_atomic_init_u64(&shared->generation, 0);
    pg_atomic_init_u32(&shared->inflight, 0);
  }
  LWLockRelease(AddinShmemInitLock);
}

void on_relcache(Datum, Oid) { local_epoch++; }
void on_syscache(Datum, int, uint32) { local_epoch++; }

// Counts out of `inflight` after bumping `generation`: a reader that sees inflight == 0 after this
// also sees the new generation (both are full-barrier atomics).
void count_out() {
  if (!counted_inflight) return;
  pg_atomic_fetch_add_u64(&shared->generation, 1);
  pg_atomic_fetch_sub_u32(&shared->inflight, 1);
  counted_inflight = false;
}

void on_xact(XactEvent event, void*) {
  switch (event) {
    case XACT_EVENT_PRE_COMMIT:
    case XACT_EVENT_PARALLEL_PRE_COMMIT:
      // Before the commit is visible to anyone's snapshot.
      if (xact_touched && shared != nullptr && !counted_inflight) {
        pg_atomic_fetch_add_u32(&shared->inflight, 1);
        counted_inflight = true;
      }
      break;
    case XACT_EVENT_PRE_PREPARE:
      // COMMIT PREPARED may run in any backend, later, without this callback: count in for good,
      // so the epoch stays -1 (every check queries) until the server restarts. Rare by design.
      if (xact_touched && shared != nullptr) pg_atomic_fetch_add_u32(&shared->inflight, 1);
      xact_touched = false;
      break;
    case XACT_EVENT_COMMIT:
    case XACT_EVENT_PARALLEL_COMMIT:
      count_out();  // the commit is visible now
      xact_touched = false;
      break;
    case XACT_EVENT_ABORT:
    case XACT_EVENT_PARALLEL_ABORT:
      count_out();
      if (xact_touched) local_epoch++;  // rows this transaction wrote (installed) are gone
      xact_touched = false;
      break;
    default: break;
  }
}

void on_subxact(SubXactEvent event, SubTransactionId, SubTransactionId, void*) {
  if (event == SUBXACT_EVENT_ABORT_SUB && xact_touched) local_epoch++;
}

// Registered lazily, in the backend, the first time the epoch is read or the trigger fires:
// nothing cached before that can depend on an earlier change.
void ensure_callbacks() {
  if (callbacks_registered) return;
  CacheRegisterRelcacheCallback(on_relcache, (Datum)0);
  CacheRegisterSyscacheCallback(AUTHOID, on_syscache, (Datum)0);
  CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, on_syscache, (Datum)0);
  RegisterXactCallback(on_xact, nullptr);
  RegisterSubXactCallback(on_subxact, nullptr);
  callbacks_registered = true;
}

// plv8.catalog_epoch(): the epoch as a number (exact below 2^53), or -1.
void catalog_epoch_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double value = -1;
  pg_guard([&] {
    ensure_callbacks();
    // Messages other backends sent (DDL, GRANT/REVOKE, role changes) reach our callbacks
    // now rather than at our next lock acquisition; cheap when the queue has nothing for us.
    AcceptInvalidationMessages();
    Oid user = GetUserId();
    if (user != last_user) {
      last_user = user;
      local_epoch++;
    }
    if (shared == nullptr || RecoveryInProgress()) return;
    pg_memory_barrier();
    if (pg_atomic_read_u32(&shared->inflight) != 0) return;
    uint64 sum = local_epoch + pg_atomic_read_u64(&shared->generation);
    if (sum < (UINT64CONST(1) << 53)) value = static_cast<double>(sum);
  });
  info.GetReturnValue().Set(value);
}

// Whether trigger t makes every committed change of its table move the epoch: enabled ALWAYS
// (session_replication_role cannot skip it), AFTER, FOR EACH STATEMENT, on INSERT, UPDATE (of any
// column), DELETE and TRUNCATE, with no WHEN condition, running plv8_catalog_changed of this
// library. (C calls inside: run inside pg_guard.)
bool moves_epoch(const Trigger& t) {
  int16 type = t.tgtype;
  if (t.tgenabled != TRIGGER_FIRES_ALWAYS || TRIGGER_FOR_ROW(type) || !TRIGGER_FOR_AFTER(type)) return false;
  if (!(TRIGGER_FOR_INSERT(type) && TRIGGER_FOR_UPDATE(type) && TRIGGER_FOR_DELETE(type) && TRIGGER_FOR_TRUNCATE(type)))
    return false;
  if (t.tgnattr != 0 || t.tgqual != nullptr) return false;
  // The function's catalog row first, so that no other library is loaded just to compare.
  HeapTuple proc = SearchSysCache1(PROCOID, ObjectIdGetDatum(t.tgfoid));
  if (!HeapTupleIsValid(proc)) return false;
  bool candidate = reinterpret_cast<Form_pg_proc>(GETSTRUCT(proc))->prolang == ClanguageId;
  if (candidate) {
    bool isnull;
    Datum src = SysCacheGetAttr(PROCOID, proc, Anum_pg_proc_prosrc, &isnull);
    if (!isnull) {
      char* name = TextDatumGetCString(src);
      candidate = strcmp(name, "plv8_catalog_changed") == 0;
      pfree(name);
    } else {
      candidate = false;
    }
  }
  ReleaseSysCache(proc);
  if (!candidate) return false;
  FmgrInfo finfo;
  fmgr_info(t.tgfoid, &finfo);
  return finfo.fn_addr == plv8_catalog_changed;
}

// plv8.catalog_watched(relid): whether relation relid carries a trigger that moves the epoch on
// every change (moves_epoch). An embedder that caches checks of a table's rows must know this: a
// table whose trigger was dropped, disabled or narrowed changes without the epoch moving. Read from
// the relation's cache entry (its trigger descriptor), which PostgreSQL keeps current under the
// lock the caller's query on that table already holds: no catalog query to plan. False for a
// relation that does not exist.
void catalog_watched_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  double id = info.Length() > 0 && info[0]->IsNumber() ? info[0].As<v8::Number>()->Value() : -1;
  if (!(id >= 0 && id <= static_cast<double>(PG_UINT32_MAX) && id == static_cast<double>(static_cast<Oid>(id))))
    throw PgError{make_error(ERRCODE_INVALID_PARAMETER_VALUE,
                             "plv8.catalog_watched: the argument must be a relation oid", nullptr,
                             "Pass a number, e.g. the value of 'schema.table'::regclass::oid")};
  bool watched = false;
  pg_guard([&] {
    Relation rel = try_relation_open(static_cast<Oid>(id), AccessShareLock);
    if (rel == nullptr) return;
    const TriggerDesc* triggers = rel->trigdesc;
    for (int i = 0; triggers != nullptr && i < triggers->numtriggers && !watched; i++)
      watched = moves_epoch(triggers->triggers[i]);
    relation_close(rel, NoLock);  // the lock stays until the end of the transaction, as a query's
  });
  info.GetReturnValue().Set(v8::Boolean::New(isolate, watched));
}

}  // namespace

void catalog_epoch_init() {
  if (!process_shared_preload_libraries_in_progress) return;
  prev_shmem_request_hook = shmem_request_hook;
  shmem_request_hook = epoch_shmem_request;
  prev_shmem_startup_hook = shmem_startup_hook;
  shmem_startup_hook = epoch_shmem_startup;
}

void install_catalog_epoch(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  add_plv8_function(isolate, context, "catalog_epoch", guarded<catalog_epoch_cb>, 0);
  add_plv8_function(isolate, context, "catalog_watched", guarded<catalog_watched_cb>, 1);
}

}  // namespace plv8compat

// The trigger function for watched tables: CREATE TRIGGER ... AFTER INSERT OR UPDATE OR DELETE OR
// TRUNCATE ... FOR EACH STATEMENT EXECUTE FUNCTION <a C function for plv8_catalog_changed>, then
// ALTER TABLE ... ENABLE ALWAYS TRIGGER (so session_replication_role = replica cannot skip it).
// Plain C, no V8: PostgreSQL errors propagate normally.
extern "C" Datum plv8_catalog_changed(PG_FUNCTION_ARGS) {
  using namespace plv8compat;
  if (!CALLED_AS_TRIGGER(fcinfo))
    ereport(ERROR, (errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
                    errmsg("plv8_catalog_changed() must be called as a trigger"),
                    errhint("Use it in CREATE TRIGGER ... FOR EACH STATEMENT EXECUTE FUNCTION.")));
  // No invalidation message (see the top of this file): the shared generation tells the other
  // backends after our commit.
  ensure_callbacks();
  xact_touched = true;
  local_epoch++;
  return PointerGetDatum(nullptr);
}
