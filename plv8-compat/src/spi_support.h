// Shared plumbing of the SPI-backed plv8.* functions (spi.cc, plan_object.cc, subtransaction.cc):
// scratch memory, parameter conversion, result conversion and the "may SQL run now?" check.
#pragma once

#include <vector>

#include <v8.h>

#include "context.h"
#include "errors.h"
#include "gucs.h"
#include "pg.h"

namespace plv8compat {

// A prepared plan owned by a JS plan object (freed by plan.free()).
struct Plan {
  SPIPlanPtr plan;  // nullptr once freed
  int nargs;
  Oid* types;  // TopMemoryContext; resolved by the parser when no types were given
  int ntypes;
  int in_use;         // executions in progress; plan.free() during one is deferred
  bool free_pending;  // plan.free() was called while in use
};

// Scratch memory for one SPI call (parameters and the like), reset when the call returns.
// Contexts are pooled by nesting depth (SQL run by plv8.execute may call PL/v8 again), so a warm
// call creates no memory context.
class ScratchContext {
 public:
  ScratchContext() {
    static MemoryContext pool[64];
    static int depth = 0;
    depth_ = &depth;
    old_ = CurrentMemoryContext;
    if (depth < 64) {
      if (pool[depth] == nullptr)
        pool[depth] = AllocSetContextCreate(TopMemoryContext, "plv8 SPI call", ALLOCSET_SMALL_SIZES);
      cxt_ = pool[depth];
      pooled_ = true;
    } else {
      cxt_ = AllocSetContextCreate(old_, "plv8 SPI call", ALLOCSET_SMALL_SIZES);
      pooled_ = false;
    }
    depth++;
    MemoryContextSwitchTo(cxt_);
  }
  ~ScratchContext() {
    MemoryContextSwitchTo(old_);
    (*depth_)--;
    if (pooled_)
      MemoryContextReset(cxt_);
    else
      MemoryContextDelete(cxt_);
  }
  MemoryContext old() const { return old_; }
  MemoryContext cxt() const { return cxt_; }
  ScratchContext(const ScratchContext&) = delete;
  ScratchContext& operator=(const ScratchContext&) = delete;

 private:
  MemoryContext old_;
  MemoryContext cxt_;
  bool pooled_;
  int* depth_;
};

// Query parameters as JS values; the common few need no heap allocation.
class Params {
 public:
  void push_back(v8::Local<v8::Value> v) {
    if (n_ < kInline) {
      inline_[n_] = v;
    } else {
      if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(v);
    }
    n_++;
  }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  v8::Local<v8::Value> operator[](size_t i) const { return n_ <= kInline ? inline_[i] : heap_[i]; }

 private:
  static constexpr size_t kInline = 16;
  v8::Local<v8::Value> inline_[kInline];
  std::vector<v8::Local<v8::Value>> heap_;
  size_t n_ = 0;
};

// Refuses SPI use outside a PL/v8 call or after a caught SQL error (see errors.h); returns false
// with a JS exception thrown.
bool spi_allowed(v8::Isolate* isolate);

// Query parameters: (sql, [a, b]) or (sql, a, b) with the SQL at argument first - 1.
Params collect_params(const v8::FunctionCallbackInfo<v8::Value>& info, v8::Local<v8::Context> context, int first);

// Parameters as a ParamListInfo for a plan whose parameter types are `types`.
ParamListInfo param_list(v8::Isolate* isolate, v8::Local<v8::Context> context, const Params& params, const Oid* types);

// The JS result of an SPI call: rows for queries returning tuples, else the affected row count.
v8::Local<v8::Value> spi_result(v8::Isolate* isolate, v8::Local<v8::Context> context, int rc);

// A copy of the fields a JS error shows, in cxt.
ErrorData* copy_error(const ErrorData* e, MemoryContext cxt);

// Runs f() (SQL work of one plv8.execute, plv8.prepare, plan.execute or plan.cursor) in its own
// subtransaction, as PL/v8 does: if f fails, only its own work is rolled back, and the thrown
// PgError is marked rolled_back, so JS can catch the SQL error and go on using the transaction with
// its earlier writes intact. The SPI connection must already be open (one opened inside would be
// closed at subtransaction end). With plv8.statement_subtransactions off, or inside
// plv8.without_statement_subtransactions(fn), f() runs directly: a SQL error then poisons the
// transaction (errors.h), as before 3.2.0-2.
template <typename F>
void in_subtransaction(F&& f) {
  if (!guc_statement_subtransactions || current_frame()->direct_statements > 0) {
    f();
    return;
  }
  MemoryContext cxt = CurrentMemoryContext;
  ResourceOwner owner = CurrentResourceOwner;
  pg_guard([] { BeginInternalSubTransaction(nullptr); });
  MemoryContextSwitchTo(cxt);
  try {
    f();
  } catch (PgError& e) {
    pg_guard([] { RollbackAndReleaseCurrentSubTransaction(); });
    MemoryContextSwitchTo(cxt);
    CurrentResourceOwner = owner;
    e.rolled_back = true;
    throw;
  } catch (...) {
    // A JS exception (parameter conversion runs user code) or C++ failure: undo the work as well.
    pg_guard([] { RollbackAndReleaseCurrentSubTransaction(); });
    MemoryContextSwitchTo(cxt);
    CurrentResourceOwner = owner;
    throw;
  }
  pg_guard([] { ReleaseCurrentSubTransaction(); });
  MemoryContextSwitchTo(cxt);
  CurrentResourceOwner = owner;
}

// Parser hook state for statements whose $n types are inferred from the query.
struct VariableParams {
  Oid* types;
  int count;
};
void variable_param_setup(ParseState* pstate, void* arg);

}  // namespace plv8compat
