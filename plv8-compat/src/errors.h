// Error plumbing between PostgreSQL (ereport + longjmp) and V8 (JS exceptions).
//
// The one rule: a longjmp must never cross a V8 frame or a C++ object with a destructor.
//  * Every PostgreSQL call that may ereport() runs inside pg_guard(), which turns the error into a
//    C++ PgError exception. Lambdas passed to pg_guard contain only C calls and trivial locals.
//  * C++ exceptions travel only through our own C++ frames: V8 callbacks catch them at their
//    boundary (guarded<> in callback.h) and turn them into JS exceptions.
//  * Entry points (call/inline/validator handlers) catch them after every V8 scope has closed
//    and only then call ereport(ERROR) via raise_error().
#pragma once

#include <string>

#include <v8.h>

#include "pg.h"

namespace plv8compat {

// A PostgreSQL error, already copied out of the error stack (CopyErrorData + FlushErrorState).
struct PgError {
  ErrorData* edata;
  // The (sub)transaction the error happened in was already rolled back (the subtransaction around
  // each plv8.execute): JS may catch it and go on, nothing needs to abort any more.
  bool rolled_back = false;
};

// A JS exception is already pending in the isolate; unwind our C++ frames back to the V8 callback.
struct JsPending {};

// Where in-flight errors live: not the caller's memory context, which may be a scratch context
// that C++ unwinding resets before the error is reported. Reset when a top-level call starts.
MemoryContext error_context();
void error_context_reset();

// Runs f() (C calls only) under PG_TRY; an ereport(ERROR) inside becomes a thrown PgError.
template <typename F>
inline void pg_guard(F&& f) {
  MemoryContext saved_cxt = CurrentMemoryContext;
  ResourceOwner saved_owner = CurrentResourceOwner;
  ErrorData* volatile edata = nullptr;
  PG_TRY();
  { f(); }
  PG_CATCH();
  {
    // CopyErrorData must not allocate in ErrorContext (nor in a context about to be reset).
    MemoryContextSwitchTo(error_context());
    CurrentResourceOwner = saved_owner;
    edata = CopyErrorData();
    FlushErrorState();
    MemoryContextSwitchTo(saved_cxt);
  }
  PG_END_TRY();
  if (edata != nullptr) throw PgError{edata};
}

// Builds an ErrorData from a caught JS exception (message, sqlerrcode, detail, hint, JS stack as
// context). `what` names the code that threw, for messages such as syntax errors.
ErrorData* js_exception_to_error(v8::Isolate* isolate, v8::Local<v8::Context> context, const v8::TryCatch& try_catch,
                                 const char* what);

// "name() LINE n: <source line>" (PL/v8's CONTEXT line) for the position of the caught exception.
std::string source_position(v8::Isolate* isolate, v8::Local<v8::Context> context, const v8::TryCatch& try_catch,
                            const char* what);

// A deep copy of edata (every string) allocated in `context`, which becomes its assoc_context;
// CopyErrorData only copies the error being handled, and only into the current context.
ErrorData* copy_error_data_to(MemoryContext context, const ErrorData* edata);

// Raises edata as the current PostgreSQL ERROR. Call only where no C++ destructor is pending.
[[noreturn]] void raise_error(ErrorData* edata);

// Makes a builder for our own error messages (elevel ERROR, given SQLSTATE), e.g. bad arguments
// detected in C++ at handler level.
ErrorData* make_error(int sqlerrcode, const char* message, const char* detail = nullptr, const char* hint = nullptr);

// Every JS call adds the error context line `PL/v8 function "name"`. An error re-raised from a
// nested PL/v8 call runs the context callbacks of all outer calls again, so when a PL/v8 level
// converts a PostgreSQL error to JS it cuts the context at the first such line: the outer levels
// add their lines again as the error travels up, and deep recursion stays linear in size.
constexpr const char* kPlv8ContextPrefix = "PL/v8 function ";

// Inside a V8 callback: turns a PostgreSQL error into a thrown JS Error carrying sqlerrcode,
// detail, hint, context, schema/table/column/constraint names. Marks the transaction as needing
// abort (see poison_* below) unless `poison` is false (the error was already rolled back).
void throw_pg_error_to_js(v8::Isolate* isolate, ErrorData* edata, bool poison);

// Throws a JS Error/TypeError with this message in the isolate (no PostgreSQL involvement).
void throw_js_error(v8::Isolate* isolate, const char* message);
void throw_js_type_error(v8::Isolate* isolate, const char* message);

// --- Caught SQL errors outside a subtransaction ---------------------------------------------------
// PostgreSQL requires the (sub)transaction to be aborted after an ERROR. When JS catches a SQL error
// outside plv8.subtransaction, we cannot roll back, so we remember the error ("poison"): further
// SPI calls throw at once, and when the JS function returns the original error is raised, exactly
// as if it had not been caught. Rolling back a subtransaction that contains the error clears it.
bool poison_active();
ErrorData* poison_error();  // the remembered error, or nullptr
void poison_clear();
// Poisons the current (sub)transaction with edata (copied), unless already poisoned.
void poison_set(const ErrorData* edata);
// Registers the transaction callbacks that clear the poison on (sub)transaction abort.
void poison_register_callbacks();

}  // namespace plv8compat
