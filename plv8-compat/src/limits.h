// Resource limits for JavaScript running inside a PostgreSQL backend:
//   * statement_timeout / pg_cancel_backend / pg_terminate_backend stop a busy loop
//     (a watchdog thread turns PostgreSQL's pending-interrupt flags into V8 termination),
//   * plv8.memory_limit caps the V8 heap and ArrayBuffer memory (ERROR 53200, backend survives),
//   * the V8 stack limit sits inside PostgreSQL's max_stack_depth, so deep recursion is a clean
//     RangeError / "stack depth limit exceeded" instead of a segfault.
// The core calls these four entry points; everything else is private to limits.cc.
#pragma once
#include <v8.h>

struct ErrorData;  // PostgreSQL's utils/elog.h

namespace plv8compat {

// Before Isolate::New: heap limits from plv8.memory_limit, ArrayBuffer allocator with accounting.
void limits_prepare_isolate(v8::Isolate::CreateParams* params);

// After Isolate::New: near-heap-limit callback, OOM/fatal handlers, stack limit.
void limits_attach_isolate(v8::Isolate* isolate);

// Held around every entry from PG into JS; nesting-safe; arms the watchdog.
// Guards form a stack on the C stack (JS -> SPI -> JS nests them). Close the guard's scope
// before anything can ereport(ERROR); if an error does longjmp over a guard anyway, the
// (sub)transaction-abort callback in limits.cc drops it, so the watchdog never stays armed.
class JsEntryGuard {
 public:
  explicit JsEntryGuard(v8::Isolate* isolate);
  ~JsEntryGuard();
  JsEntryGuard(const JsEntryGuard&) = delete;
  JsEntryGuard& operator=(const JsEntryGuard&) = delete;

 private:
  friend struct GuardStack;
  JsEntryGuard* outer_;  // the guard this one is nested in, or null for the outermost
  v8::Isolate* isolate_;
};

// After JS returned with exception/termination: if caused by a limit or pending cancel/timeout,
// clear it and ereport the matching ERROR (does not return); else return.
void limits_raise_if_terminated(v8::Isolate* isolate);

// Whether limits_raise_if_terminated() would raise (a limit hit, or a cancel, timeout or
// termination pending): its cheap check, for callers that only set up error handling when needed.
bool limits_stop_pending(v8::Isolate* isolate);

// Inside a V8 callback, just before a SQL error is thrown into JS as an exception: if it is a
// query cancel (statement_timeout or pg_cancel_backend hit while SQL ran under plv8.execute),
// the running JS is terminated so no try/catch can swallow it; limits_raise_if_terminated()
// re-raises that same error once the JS has unwound. Other errors are left alone.
void limits_sql_error_to_js(v8::Isolate* isolate, const ErrorData* edata);

// plv8.memory_limit of this isolate in bytes (SIZE_MAX when unlimited).
size_t limits_memory_limit_bytes(v8::Isolate* isolate);

// Memory outside the V8 heap that a JS value owns (an external string's text) shares the budget
// of ArrayBuffers and the heap. Reserve before handing such memory to V8: false when it does not
// fit (the caller refuses, e.g. with limits_refuse_allocation); release when V8 disposes of it
// (any thread).
bool limits_reserve_external(v8::Isolate* isolate, size_t bytes);
void limits_release_external(v8::Isolate* isolate, size_t bytes);

// Inside a V8 callback: a native operation about to start would need more memory than
// plv8.memory_limit allows. Stops the running JS as the heap limit would (uncatchable), and
// limits_raise_if_terminated() then raises the memory-limit ERROR (53200).
void limits_refuse_allocation(v8::Isolate* isolate);

}  // namespace plv8compat
