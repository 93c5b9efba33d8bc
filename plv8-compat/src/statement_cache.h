// plv8.execute's statements, parsed and planned once per (SQL text, parameter count) and kept
// (SPI_keepplan) for later calls, so a repeated plv8.execute skips parsing and planning. PostgreSQL's
// plan cache still replans them after DDL, search_path or role changes, exactly as for prepared
// statements. The cache holds at most kMaxStatements entries; idle entries are dropped when full.
#pragma once

#include "pg.h"
#include "spi_support.h"

namespace plv8compat {

struct CachedStatement {
  // nullptr for a parameterless string of several statements: SPI_execute runs those one by one,
  // analyzing each just before it runs, so a later statement may use a table an earlier one
  // creates; a prepared plan would analyze them all up front.
  SPIPlanPtr plan;
  VariableParams* params;  // parser hook state (TopMemoryContext): $n types inferred at first parse
  int in_use;              // executions in progress (a nested plv8.execute may run meanwhile)
  bool cached;             // false for one-off statements (long SQL), freed after their execution
};

// Frees a statement that is not (or no longer) in the cache.
void statement_release(CachedStatement* statement);

// The cached statement for sql with nparams parameters, preparing it on first use.
// Throws PgError for SQL the parser or planner rejects (nothing is cached then).
CachedStatement* statement_for(const char* sql, int nparams);

// Marks a statement as executing so that it is never freed under a running execution.
class StatementUse {
 public:
  explicit StatementUse(CachedStatement* statement) : statement_(statement) { statement_->in_use++; }
  ~StatementUse() {
    if (--statement_->in_use == 0 && !statement_->cached) statement_release(statement_);
  }
  StatementUse(const StatementUse&) = delete;
  StatementUse& operator=(const StatementUse&) = delete;

 private:
  CachedStatement* statement_;
};

}  // namespace plv8compat
