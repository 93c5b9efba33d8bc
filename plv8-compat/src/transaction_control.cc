// plv8.commit() and plv8.rollback(): transaction control in procedures (CALL) and DO blocks that
// run outside an explicit transaction block, as in PL/v8. Anywhere else (functions, nested calls,
// inside BEGIN ... COMMIT, inside plv8.subtransaction) PostgreSQL refuses with 2D000.
#include "spi.h"
#include "context.h"
#include "errors.h"
#include "spi_support.h"

namespace plv8compat {

namespace {

void end_transaction(const v8::FunctionCallbackInfo<v8::Value>& info, bool commit) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!spi_allowed(isolate)) return;
  spi_ensure_connected();  // non-atomic when the call allows transaction control (call.cc)
  // SPI_commit/SPI_rollback restore the memory context that is current when they are called: it
  // must outlive the transaction, so use the caller's (the CALL/DO portal's) context.
  MemoryContext cxt = current_frame()->caller_cxt;
  MemoryContextSwitchTo(cxt);
  try {
    // Since PostgreSQL 15 both start the next transaction themselves.
    if (commit)
      pg_guard([] { SPI_commit(); });
    else
      pg_guard([] { SPI_rollback(); });
  } catch (PgError& e) {
    // A failed COMMIT (e.g. a deferred constraint) was aborted by SPI, and a new transaction
    // started: JS may catch the error and go on.
    MemoryContextSwitchTo(cxt);
    e.rolled_back = true;
    throw;
  }
  MemoryContextSwitchTo(cxt);
}

}  // namespace

void spi_commit(const v8::FunctionCallbackInfo<v8::Value>& info) { end_transaction(info, true); }
void spi_rollback(const v8::FunctionCallbackInfo<v8::Value>& info) { end_transaction(info, false); }

}  // namespace plv8compat
