// V8's last-resort paths. When V8 gives up it calls abort() (or, with --hard-abort, executes a
// trap instruction). A backend that dies by a signal makes the postmaster assume shared memory
// may be corrupt and restart every session of the cluster, so any role could take the whole
// server down with e.g. '1'.repeat(2**27 - 1).split(''), which asks V8 for an array beyond its
// size limit ("Fatal JavaScript invalid size error").
//
// Instead the backend ends with ereport(FATAL): PostgreSQL's proc_exit(1) releases locks, buffer
// pins and its PGPROC slot, and the postmaster treats exit status 1 as an ordinary session end.
// V8's state is unusable at that point, so once proc_exit's cleanup has run, the process leaves
// with _exit(1) rather than running C++ static destructors over a half-broken V8.
//
// PostgreSQL code may only run on the backend's main thread. A fatal error on one of V8's
// background threads (its GC/compiler worker; only internal V8 failures end up there, not sizes
// chosen by JavaScript) cannot be turned into FATAL and still aborts.
#include "v8_fatal.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <cstdlib>

#include "pg.h"

// V8's base library exports this from libnode (not declared in the public headers): the function
// V8_Fatal() calls, after printing its message to stderr (the server log), just before it aborts.
namespace v8 {
namespace base {
void SetPrintStackTrace(void (*print_stack_trace)());
}  // namespace base
}  // namespace v8

namespace plv8compat {

namespace {

bool g_ending = false;

void exit_skipping_destructors() { _exit(1); }

bool on_main_thread() { return syscall(SYS_gettid) == getpid(); }

// Ends this backend cleanly (never returns). ereport(FATAL) does not longjmp: it reports the
// error and calls proc_exit(1) directly, whatever PG_TRY blocks are active.
[[noreturn]] void end_backend(int sqlerrcode, const char* message, const char* detail) {
  if (g_ending) _exit(1);  // V8 failed again while proc_exit ran (e.g. in an exit callback)
  g_ending = true;
  // Registered last, so it runs first when proc_exit calls exit().
  atexit(exit_skipping_destructors);
  ereport(FATAL, (errcode(sqlerrcode), errmsg("%s", message), errdetail("%s", detail),
                  errhint("Other sessions are not affected; reconnect to continue.")));
  pg_unreachable();
}

void on_v8_fatal() {
  if (!on_main_thread()) return;  // V8 aborts; see the file comment
  end_backend(ERRCODE_PROGRAM_LIMIT_EXCEEDED, "plv8: V8 stopped with a fatal error, so this server process ends",
              "V8 wrote the cause to the server log; from JavaScript this is usually an array or string beyond "
              "V8's size limits (\"Fatal JavaScript invalid size error\").");
}

void on_oom(const char* location, bool is_heap_oom) {
  if (!on_main_thread()) return;
  end_backend(ERRCODE_OUT_OF_MEMORY,
              is_heap_oom ? "plv8: JavaScript ran out of heap memory, so this server process ends"
                          : "plv8: V8 ran out of process memory, so this server process ends",
              psprintf("V8 could not continue in %s; plv8.memory_limit normally stops a script with an ERROR "
                       "first, but a single native operation grew past it.",
                       location ? location : "V8"));
}

void on_fatal(const char* location, const char* message) {
  if (!on_main_thread()) return;
  end_backend(ERRCODE_INTERNAL_ERROR, "plv8: V8 reported a fatal error, so this server process ends",
              psprintf("%s: %s", location ? location : "V8", message ? message : "unknown error"));
}

}  // namespace

void v8_fatal_attach(v8::Isolate* isolate) {
  isolate->SetOOMErrorHandler(on_oom);
  isolate->SetFatalErrorHandler(on_fatal);
  v8::base::SetPrintStackTrace(on_v8_fatal);
}

}  // namespace plv8compat
