// Resource limits for JavaScript in a PostgreSQL backend. See limits.h for the contract.
//
// Three independent mechanisms live here, each in its own section:
//   1. Watchdog: PostgreSQL's statement_timeout and pg_cancel_backend only set the volatile
//      flags QueryCancelPending/ProcDiePending from a signal handler and wait for the next
//      CHECK_FOR_INTERRUPTS(). V8 never looks at them, so `while(true){}` would run forever.
//      A helper thread calls TerminateExecution() when a flag is set while JS runs. It is woken
//      by the signals that set them (a wrapper around PostgreSQL's handlers writes to an eventfd)
//      and by a JS entry that finds one already set, so it costs nothing between calls; a safety
//      poll once a second remains while the backend runs JS, none in an idle backend.
//   2. Memory: plv8.memory_limit (MB) caps the V8 heap (ResourceConstraints + a
//      near-heap-limit callback that stops the script instead of letting V8 abort the
//      process) and the memory behind ArrayBuffers (an accounting allocator).
//   3. Stack: V8's stack limit is placed inside PostgreSQL's max_stack_depth, so runaway
//      recursion throws a RangeError and recursion through SQL meets check_stack_depth().
#include "limits.h"

#include "errors.h"
#include "v8_fatal.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "pg.h"
extern "C" {
#include "tcop/tcopprot.h"  // max_stack_depth
}

namespace plv8compat {
namespace {

constexpr int kDefaultMemoryLimitMb = 256;  // PL/v8's documented default
// The watchdog also looks once a second without being woken: a safety net should some code
// replace a signal handler after the wrapper was installed (PostgreSQL does not, past start-up).
constexpr int kSafetyPollMs = 1000;
// After this many safety polls with no JS entry in between and none running (2-3 s) it parks: it
// waits with no timeout, so the watchdog of an idle connection never wakes; the next entry wakes it.
constexpr int kIdlePollsBeforePark = 2;
// Without its eventfd (see ensure_watchdog), it polls the flags this often instead.
constexpr int kFallbackPollMs = 10;
constexpr uintptr_t kStackReserveBytes = 128 * 1024;  // C stack kept free below JS for
                                                      // callbacks, SPI and error reporting

// ---------------------------------------------------------------------------------------
// 1. Watchdog
// ---------------------------------------------------------------------------------------

// Isolate whose JS is running right now (innermost guard), null while PostgreSQL code runs.
// Written by the backend's main thread, read by the watchdog.
std::atomic<v8::Isolate*> g_running{nullptr};
// True while the watchdog is between "g_running is still X" and "X->TerminateExecution()",
// so leaving JS can wait for that window to close (see GuardStack::publish).
std::atomic<bool> g_terminating{false};
// The isolate whose JS was terminated because PostgreSQL wants to cancel or die (set by the
// watchdog, or when a cancel error is passed into JS); limits_raise_if_terminated() reads it.
std::atomic<v8::Isolate*> g_cancel_fired{nullptr};

// What wakes the watchdog: an eventfd, because writing to it is async-signal-safe (the signal
// wrapper below writes to it) and its counter needs no draining loop. -1 until the watchdog starts.
int g_wake_fd = -1;
// Outermost JS entries so far, counted by the main thread: how the watchdog tells a backend whose
// calls all fall between two of its polls from an idle one.
std::atomic<uint64_t> g_entries{0};
// True while the watchdog is parked (waiting with no timeout): an entry then wakes it.
std::atomic<bool> g_parked{false};

// The cancel/timeout error that reached JS as a SQL error (raised for an inner JS call, or by
// SQL running under plv8.execute), copied to TopMemoryContext. JS can catch SQL errors, so a
// retry loop could swallow the cancel and spin on; instead the JS is terminated and re-raises
// this error. Cleared when a new outermost JS entry starts or the transaction aborts.
ErrorData* g_sticky_cancel = nullptr;

// A deep copy of edata in TopMemoryContext (CopyErrorData only copies the error being handled).
ErrorData* copy_to_top_context(const ErrorData* edata) { return copy_error_data_to(TopMemoryContext, edata); }

void clear_sticky_cancel() {
  if (g_sticky_cancel == nullptr) return;
  FreeErrorData(g_sticky_cancel);
  g_sticky_cancel = nullptr;
}

bool interrupt_pending() { return QueryCancelPending || ProcDiePending; }

// Async-signal-safe: one write(2), errno kept.
void wake_watchdog() {
  if (g_wake_fd < 0) return;
  int saved = errno;
  uint64_t one = 1;
  ssize_t ignored = write(g_wake_fd, &one, sizeof one);  // EAGAIN only if 2^64 - 2 wakes are unread
  (void)ignored;
  errno = saved;
}

// The signals whose PostgreSQL handlers set QueryCancelPending or ProcDiePending: SIGINT
// (pg_cancel_backend, and statement_timeout and lock_timeout, whose handlers send SIGINT to the
// backend itself), SIGTERM (pg_terminate_backend, postmaster shutdown), SIGUSR1 (recovery conflicts
// on a standby) and SIGALRM (timeout handlers, should one set a flag directly).
constexpr int kWrappedSignals[] = {SIGINT, SIGTERM, SIGUSR1, SIGALRM};
struct sigaction g_previous[NSIG];

// Runs PostgreSQL's handler, then wakes the watchdog if that handler asked to cancel or die. A
// process-directed signal reaches the backend's main thread: every other thread blocks them all.
void on_signal(int signo, siginfo_t* info, void* context) {
  const struct sigaction& previous = g_previous[signo];
  if (previous.sa_flags & SA_SIGINFO)
    previous.sa_sigaction(signo, info, context);
  else
    previous.sa_handler(signo);
  if (interrupt_pending()) wake_watchdog();
}

// Wraps each signal's current handler (main thread, once). A signal left at SIG_DFL or SIG_IGN
// is not one whose handler sets the flags, so it is left alone.
void wrap_signal_handlers() {
  for (int signo : kWrappedSignals) {
    struct sigaction current;
    if (sigaction(signo, nullptr, &current) != 0) continue;
    bool plain = !(current.sa_flags & SA_SIGINFO);
    if (plain && (current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN)) continue;
    g_previous[signo] = current;
    struct sigaction wrapper = current;  // same mask and flags (SA_RESTART), plus siginfo
    wrapper.sa_sigaction = on_signal;
    wrapper.sa_flags |= SA_SIGINFO;
    sigaction(signo, &wrapper, nullptr);
  }
}

void watchdog_main() {
  pthread_setname_np(pthread_self(), "plv8 watchdog");  // as `top -H` and /proc/<pid>/task show it
  uint64_t seen = g_entries.load();
  int idle_polls = 0;
  for (;;) {
    struct pollfd wake = {g_wake_fd, POLLIN, 0};
    int timeout = g_wake_fd < 0 ? kFallbackPollMs : g_parked.load() ? -1 : kSafetyPollMs;
    if (poll(&wake, 1, timeout) > 0) {
      uint64_t count;
      ssize_t ignored = read(g_wake_fd, &count, sizeof count);  // resets the counter
      (void)ignored;
    }
    uint64_t entries = g_entries.load();
    if (entries != seen) {
      seen = entries;
      idle_polls = 0;
      g_parked.store(false);
    } else if (g_wake_fd >= 0 && !g_parked.load() && g_running.load() == nullptr &&
               ++idle_polls >= kIdlePollsBeforePark) {
      // Park, then look once more: the seq_cst store of g_parked and load of g_entries pair with
      // the entry's increment of g_entries and load of g_parked, so an entry either sees the
      // watchdog parked (and wakes it) or is seen here.
      g_parked.store(true);
      if (uint64_t now = g_entries.load(); now != seen) {
        seen = now;
        idle_polls = 0;
        g_parked.store(false);
      }
    }
    v8::Isolate* isolate = g_running.load();
    if (isolate == nullptr || !interrupt_pending() || g_cancel_fired.load() == isolate) continue;
    g_terminating.store(true);
    if (g_running.load() == isolate) {  // still in JS: terminating now cannot go stale
      g_cancel_fired.store(isolate);
      isolate->TerminateExecution();
    }
    g_terminating.store(false);
  }
}

// Started on first use. All signals are blocked in the new thread so PostgreSQL's handlers
// (SIGINT for cancel, SIGALRM for timeouts, ...) keep running on the backend's main thread.
void ensure_watchdog() {
  static bool started = false;
  if (started) return;
  // Without an eventfd (no file descriptor left), the watchdog falls back to polling the flags.
  g_wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (g_wake_fd >= 0) wrap_signal_handlers();
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  std::thread(watchdog_main).detach();
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  started = true;
}

// ---------------------------------------------------------------------------------------
// 2. Memory
// ---------------------------------------------------------------------------------------

// ArrayBuffer memory lives outside the V8 heap, so the heap limit does not see it. As in PL/v8,
// ArrayBuffers and the heap share one budget: a buffer is refused when the heap in use plus the
// buffers already allocated plus the new one would pass plv8.memory_limit. V8 then throws
// "RangeError: Array buffer allocation failed", which the script can catch; the heap on its own
// is still stopped by the near-heap-limit callback. Frees may come from V8's GC threads.
class AccountingAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  explicit AccountingAllocator(size_t limit_bytes)
      : base_(v8::ArrayBuffer::Allocator::NewDefaultAllocator()), limit_(limit_bytes) {}

  // From then on the heap in use counts against the budget too (read on the isolate's thread only).
  void attach(v8::Isolate* isolate) {
    owner_thread_ = pthread_self();
    isolate_ = isolate;
  }

  void* Allocate(size_t length) override {
    if (!reserve(length, /*may_grant_small=*/false)) return nullptr;
    void* data = base_->Allocate(length);
    if (data == nullptr) used_.fetch_sub(length);
    return data;
  }
  void* AllocateUninitialized(size_t length) override {
    if (!reserve(length, /*may_grant_small=*/true)) return nullptr;
    void* data = base_->AllocateUninitialized(length);
    if (data == nullptr) used_.fetch_sub(length);
    return data;
  }
  void Free(void* data, size_t length) override {
    base_->Free(data, length);
    used_.fetch_sub(length);
  }

  // Other memory outside the heap that JS values own (limits_reserve_external).
  bool reserve_external(size_t length) { return reserve(length, /*may_grant_small=*/false); }
  void release_external(size_t length) { used_.fetch_sub(length); }

 private:
  // Reading the heap size walks V8's spaces, so for small buffers it is re-read once per
  // kRecheckBytes of new buffers (a loop of tiny buffers stays cheap); large ones always re-read it.
  static constexpr size_t kRecheckBytes = 1024 * 1024;
  // V8's largest on-heap typed array (V8_TYPED_ARRAY_MAX_SIZE_IN_HEAP, a build constant of 64).
  static constexpr size_t kAlwaysGranted = 64;

  size_t heap_in_use(size_t length) {
    if (isolate_ == nullptr || !pthread_equal(pthread_self(), owner_thread_)) return heap_seen_;
    since_check_ += length;
    if (length >= kRecheckBytes / 16 || since_check_ >= kRecheckBytes) {
      v8::HeapStatistics stats;
      isolate_->GetHeapStatistics(&stats);
      heap_seen_ = stats.used_heap_size();
      since_check_ = 0;
    }
    return heap_seen_;
  }

  bool reserve(size_t length, bool may_grant_small) {
    // V8 keeps a small typed array's bytes in the heap and moves them to a buffer of their own
    // when the script first asks for .buffer (JSTypedArray::GetBuffer); that move cannot fail
    // gracefully (V8 treats a refusal as fatal OOM and the backend would end). It asks for
    // uninitialized memory, so buffers that small are always granted there: each one needs its JS
    // objects in the heap, whose own limit still applies. `new ArrayBuffer(n)` asks for zeroed
    // memory and can be refused with a RangeError at any size, as in PL/v8.
    if (may_grant_small && length <= kAlwaysGranted) {
      used_.fetch_add(length);
      return true;
    }
    size_t heap = limit_ == SIZE_MAX ? 0 : heap_in_use(length);
    size_t budget = heap < limit_ ? limit_ - heap : 0;
    size_t current = used_.load();
    do {
      if (current > budget || length > budget - current) return false;
    } while (!used_.compare_exchange_weak(current, current + length));
    return true;
  }

  std::unique_ptr<v8::ArrayBuffer::Allocator> base_;
  std::atomic<size_t> used_{0};
  const size_t limit_;
  v8::Isolate* isolate_ = nullptr;
  pthread_t owner_thread_{};
  size_t heap_seen_ = 0;    // the heap in use when last read
  size_t since_check_ = 0;  // bytes of buffers requested since then
};

// What limits.cc remembers about each isolate. Isolates live as long as the backend, so the
// records (and allocators) are never freed.
struct IsolateLimits {
  v8::Isolate* isolate = nullptr;
  int memory_limit_mb = 0;              // 0: no heap limit configured
  std::atomic<bool> memory_hit{false};  // set by the near-heap-limit callback
  size_t initial_heap_limit = 0;        // to restore after the error was raised
  std::unique_ptr<AccountingAllocator> allocator;
};

std::vector<IsolateLimits*> g_isolates;
IsolateLimits* g_prepared = nullptr;  // between limits_prepare_isolate and _attach_isolate

IsolateLimits* limits_of(v8::Isolate* isolate) {
  for (IsolateLimits* l : g_isolates)
    if (l->isolate == isolate) return l;
  return nullptr;
}

// plv8.memory_limit is read by name so this file does not depend on where the GUC is
// defined. GetConfigOption gives the number of MB; parse_int (which also accepts units such
// as "1GB") reads it as the GUC machinery would. Unset or unparsable: PL/v8's default.
int memory_limit_mb() {
  const char* value = GetConfigOption("plv8.memory_limit", true, false);
  int mb = 0;
  if (value == nullptr || !parse_int(value, &mb, GUC_UNIT_MB, nullptr) || mb < 0) return kDefaultMemoryLimitMb;
  return mb;
}

// Called by V8 on the main thread when the heap is about to exceed its limit. Returning
// the same limit would make V8 abort the whole process, so we stop the script and give V8
// room to finish the allocation in flight and unwind; limits_raise_if_terminated() reports
// the error and restores the limit.
size_t on_near_heap_limit(void* data, size_t current_heap_limit, size_t initial_heap_limit) {
  auto* limits = static_cast<IsolateLimits*>(data);
  constexpr size_t kMinHeadroom = 32u * 1024 * 1024;
  // The allocation in flight can be large: growing a Map or an array copies its whole backing
  // store, and one object can be as big as V8's largest (a FixedArray or a two-byte string of
  // about 1 GiB). If the grant does not cover it, V8 gives up and the backend dies with FATAL,
  // so the first grant covers the largest single object V8 makes (it is only address space until
  // the allocation touches it, and the script stops right after); if V8 comes back before the
  // termination has taken effect, it gets smaller steps. The heap is back to the limit once the
  // error is raised.
  constexpr size_t kLargestSingleObject = size_t{1088} * 1024 * 1024;
  size_t headroom = kMinHeadroom;
  if (!limits->memory_hit.exchange(true)) headroom = std::max(current_heap_limit, kLargestSingleObject);
  limits->initial_heap_limit = initial_heap_limit;
  limits->isolate->TerminateExecution();
  return current_heap_limit + headroom;
}

[[noreturn]] void raise_memory_error(IsolateLimits* limits) {
  v8::Isolate* isolate = limits->isolate;
  limits->memory_hit.store(false);
  // Free what the stopped script left behind, then put the original limit back (V8 only
  // lowers it if the live heap fits) and re-arm the callback for the next call.
  isolate->LowMemoryNotification();
  isolate->RemoveNearHeapLimitCallback(on_near_heap_limit, limits->initial_heap_limit);
  isolate->AddNearHeapLimitCallback(on_near_heap_limit, limits);
  // PL/v8's message (code may match on it), plus what upstream leaves out: which limit was hit and
  // how to get past it, for the client as well as the log.
  ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("Out of memory error"),
                  errdetail("The JavaScript heap exceeded plv8.memory_limit (%d MB).", limits->memory_limit_mb),
                  errhint("Make the function use less memory, or have a superuser raise plv8.memory_limit (it "
                          "applies to JavaScript contexts created after the change, e.g. in a new session).")));
  pg_unreachable();
}

// ---------------------------------------------------------------------------------------
// 3. Stack
// ---------------------------------------------------------------------------------------

int g_applied_stack_depth = -1;  // max_stack_depth (kB) the V8 limits were computed from

// PostgreSQL errors out once the stack is max_stack_depth below its recorded base. V8 must
// stop earlier so a deep JS recursion becomes a RangeError, leaving kStackReserveBytes for
// the C++ that still runs (callbacks, SPI, ereport). set_stack_base() is the only public
// way to read the base: it swaps in the current position and returns the old one.
uintptr_t v8_stack_limit() {
  char here;
  auto position = reinterpret_cast<uintptr_t>(&here);
  pg_stack_base_t base = set_stack_base();
  restore_stack_base(base);
  auto pg_base = reinterpret_cast<uintptr_t>(base);
  uintptr_t budget = static_cast<uintptr_t>(max_stack_depth) * 1024;
  if (pg_base == 0 || pg_base < position || budget <= kStackReserveBytes)
    return position - 900 * 1024;  // no PostgreSQL base known: V8's usual ~1 MB
  uintptr_t pg_floor = pg_base - budget;
  uintptr_t limit = pg_floor + kStackReserveBytes;
  // Already deeper than that (entered JS from a deep SQL recursion): leave JS almost no
  // stack so it fails at once instead of running past PostgreSQL's limit.
  return limit < position ? limit : position - 16 * 1024;
}

void apply_stack_limits() {
  uintptr_t limit = v8_stack_limit();
  for (IsolateLimits* l : g_isolates) l->isolate->SetStackLimit(limit);
  g_applied_stack_depth = max_stack_depth;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Guard stack: which JS entries are live, and keeping it right when errors longjmp.
// ---------------------------------------------------------------------------------------

struct GuardStack {
  static JsEntryGuard* top;

  // Tell the watchdog which isolate (if any) is running JS now.
  static void publish() {
    g_running.store(top ? top->isolate_ : nullptr);
    // The watchdog may have read the old isolate just before; wait until it has either
    // terminated it (visible in g_cancel_fired) or given up, so no termination lands later.
    while (g_terminating.load()) std::this_thread::yield();
  }

  // A (sub)transaction abort runs after a longjmp; guards deeper in the C stack than the
  // abort handler were skipped without their destructor. Drop them.
  static void drop_unwound() {
    char here;
    bool changed = false;
    while (top && reinterpret_cast<char*>(top) < &here) {
      top = top->outer_;
      changed = true;
    }
    if (changed) publish();
    if (top == nullptr) clear_sticky_cancel();
  }
};
JsEntryGuard* GuardStack::top = nullptr;

namespace {
void on_xact(XactEvent event, void*) {
  if (event == XACT_EVENT_ABORT || event == XACT_EVENT_PARALLEL_ABORT) GuardStack::drop_unwound();
}
void on_subxact(SubXactEvent event, SubTransactionId, SubTransactionId, void*) {
  if (event == SUBXACT_EVENT_ABORT_SUB) GuardStack::drop_unwound();
}
}  // namespace

JsEntryGuard::JsEntryGuard(v8::Isolate* isolate) : outer_(GuardStack::top), isolate_(isolate) {
  if (outer_ == nullptr) {
    ensure_watchdog();
    // A termination the watchdog requested for an earlier statement that PostgreSQL has
    // since cancelled must not hit this one. (A cancel still pending fires again: see below.)
    if (g_cancel_fired.load() != nullptr) {  // a plain load first: the usual case costs no lock
      if (v8::Isolate* stale = g_cancel_fired.exchange(nullptr)) stale->CancelTerminateExecution();
    }
    clear_sticky_cancel();
    if (g_applied_stack_depth != max_stack_depth) apply_stack_limits();
    g_entries.fetch_add(1);  // seq_cst: see the watchdog's parking
    if (g_parked.load()) wake_watchdog();
  }
  GuardStack::top = this;
  g_running.store(isolate);
  // A cancel or termination that arrived while PostgreSQL code ran (before this entry, or in SQL
  // this JS called) woke a watchdog that saw no JS; now there is some to stop.
  if (interrupt_pending()) wake_watchdog();
}

JsEntryGuard::~JsEntryGuard() {
  if (GuardStack::top == this) GuardStack::top = outer_;
  GuardStack::publish();
}

void limits_prepare_isolate(v8::Isolate::CreateParams* params) {
  auto* limits = new IsolateLimits();
  limits->memory_limit_mb = memory_limit_mb();
  size_t bytes = static_cast<size_t>(limits->memory_limit_mb) * 1024 * 1024;
  if (limits->memory_limit_mb > 0) params->constraints.ConfigureDefaultsFromHeapSize(0, bytes);
  limits->allocator = std::make_unique<AccountingAllocator>(bytes > 0 ? bytes : SIZE_MAX);
  params->array_buffer_allocator = limits->allocator.get();
  params->array_buffer_allocator_shared.reset();
  delete g_prepared;  // an isolate that was prepared but never created
  g_prepared = limits;
}

void limits_attach_isolate(v8::Isolate* isolate) {
  static bool callbacks_registered = false;
  if (!callbacks_registered) {
    RegisterXactCallback(on_xact, nullptr);
    RegisterSubXactCallback(on_subxact, nullptr);
    callbacks_registered = true;
  }
  IsolateLimits* limits = g_prepared ? g_prepared : new IsolateLimits();
  g_prepared = nullptr;
  limits->isolate = isolate;
  if (limits->allocator) limits->allocator->attach(isolate);
  g_isolates.push_back(limits);
  if (limits->memory_limit_mb > 0) isolate->AddNearHeapLimitCallback(on_near_heap_limit, limits);
  v8_fatal_attach(isolate);  // V8's out-of-memory and fatal paths end the backend with FATAL
  isolate->SetStackLimit(v8_stack_limit());
  g_applied_stack_depth = max_stack_depth;
}

namespace {
// Raises the cancel/timeout/termination error for a terminated JS call, and makes sure JS
// further out on the stack (JS -> SPI -> JS) stops as well instead of catching it.
[[noreturn]] void raise_cancel(v8::Isolate* isolate) {
  PG_TRY();
  {
    if (g_sticky_cancel != nullptr) ReThrowError(g_sticky_cancel);
    // PostgreSQL knows why it wants to stop (statement timeout, user request, lock timeout,
    // backend termination) and raises the matching error itself; FATAL ends the backend here.
    CHECK_FOR_INTERRUPTS();
    // Interrupts are held off here or the request was already consumed: still do not
    // return a half-run function as if it had succeeded.
    ereport(ERROR, (errcode(ERRCODE_QUERY_CANCELED), errmsg("canceling statement due to user request"),
                    errdetail("plv8: JavaScript execution was terminated.")));
  }
  PG_CATCH();
  {
    if (g_sticky_cancel == nullptr) {
      MemoryContext error_cxt = MemoryContextSwitchTo(TopMemoryContext);
      g_sticky_cancel = CopyErrorData();
      MemoryContextSwitchTo(error_cxt);
    }
    if (GuardStack::top != nullptr) {  // an enclosing JS call is still running
      g_cancel_fired.store(isolate);
      isolate->TerminateExecution();
    }
    PG_RE_THROW();
  }
  PG_END_TRY();
  pg_unreachable();
}
}  // namespace

size_t limits_memory_limit_bytes(v8::Isolate* isolate) {
  IsolateLimits* limits = limits_of(isolate);
  if (limits == nullptr || limits->memory_limit_mb <= 0) return SIZE_MAX;
  return static_cast<size_t>(limits->memory_limit_mb) * 1024 * 1024;
}

bool limits_reserve_external(v8::Isolate* isolate, size_t bytes) {
  IsolateLimits* limits = limits_of(isolate);
  return limits == nullptr || limits->allocator == nullptr || limits->allocator->reserve_external(bytes);
}

void limits_release_external(v8::Isolate* isolate, size_t bytes) {
  IsolateLimits* limits = limits_of(isolate);
  if (limits != nullptr && limits->allocator != nullptr) limits->allocator->release_external(bytes);
}

void limits_refuse_allocation(v8::Isolate* isolate) {
  IsolateLimits* limits = limits_of(isolate);
  if (limits == nullptr) return;
  if (!limits->memory_hit.exchange(true)) limits->initial_heap_limit = 0;  // the heap limit is unchanged
  isolate->TerminateExecution();
}

void limits_sql_error_to_js(v8::Isolate* isolate, const ErrorData* edata) {
  if (edata == nullptr || edata->sqlerrcode != ERRCODE_QUERY_CANCELED) return;
  if (g_sticky_cancel == nullptr) g_sticky_cancel = copy_to_top_context(edata);
  g_cancel_fired.store(isolate);
  isolate->TerminateExecution();  // takes effect when the callback has returned to JS
}

bool limits_stop_pending(v8::Isolate* isolate) {
  if (g_cancel_fired.load() == isolate || interrupt_pending()) return true;
  IsolateLimits* limits = limits_of(isolate);
  return limits && limits->memory_hit.load();
}

void limits_raise_if_terminated(v8::Isolate* isolate) {
  IsolateLimits* limits = limits_of(isolate);
  bool memory = limits && limits->memory_hit.load();
  bool cancel = g_cancel_fired.load() == isolate;
  if (!memory && !cancel && !interrupt_pending()) return;

  // Let V8 run again (JS frames of an outer call may still be on the stack).
  if (cancel) g_cancel_fired.store(nullptr);
  isolate->CancelTerminateExecution();
  if (memory) raise_memory_error(limits);

  raise_cancel(isolate);
}

}  // namespace plv8compat
