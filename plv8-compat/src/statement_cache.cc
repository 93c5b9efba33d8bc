// The statement cache behind plv8.execute; see statement_cache.h.
#include <string>
#include <unordered_map>

#include "statement_cache.h"
#include "errors.h"

namespace plv8compat {

namespace {

constexpr size_t kMaxStatements = 256;
// Longer SQL (typically generated, e.g. multi-row VALUES lists) is not kept: it rarely repeats and
// would hold a lot of memory.
constexpr size_t kMaxCachedSqlLength = 8192;

std::unordered_map<std::string, CachedStatement*> statements;  // key: nparams + ':' + sql

void free_statement(CachedStatement* statement) {
  if (statement->plan != nullptr) pg_guard([&] { SPI_freeplan(statement->plan); });
  pfree(statement->params->types);
  pfree(statement->params);
  pfree(statement);
}

// Makes room by dropping every idle statement (simple, and rare: only past kMaxStatements).
void evict_idle() {
  for (auto it = statements.begin(); it != statements.end();) {
    if (it->second->in_use == 0) {
      CachedStatement* statement = it->second;
      it = statements.erase(it);
      free_statement(statement);
    } else {
      ++it;
    }
  }
}

}  // namespace

void statement_release(CachedStatement* statement) {
  try {
    free_statement(statement);
  } catch (const PgError&) {
    // SPI_freeplan does not fail in practice; this runs in destructors, which must not throw.
  }
}

CachedStatement* statement_for(const char* sql, int nparams) {
  bool cacheable = strlen(sql) <= kMaxCachedSqlLength;
  std::string key;
  if (cacheable) {
    key = std::to_string(nparams) + ':' + sql;
    auto it = statements.find(key);
    if (it != statements.end()) return it->second;
    if (statements.size() >= kMaxStatements) evict_idle();
  }
  auto* params = static_cast<VariableParams*>(MemoryContextAllocZero(TopMemoryContext, sizeof(VariableParams)));
  params->count = nparams;
  params->types = static_cast<Oid*>(MemoryContextAllocZero(TopMemoryContext, sizeof(Oid) * (nparams + 1)));
  SPIPlanPtr plan = nullptr;
  MemoryContext cxt = CurrentMemoryContext;
  try {
    pg_guard([&] {
      if (nparams == 0 && list_length(pg_parse_query(sql)) > 1) return;  // several statements
      plan = SPI_prepare_params(sql, variable_param_setup, params, 0);
      if (plan == nullptr) elog(ERROR, "SPI_prepare_params failed: %s", SPI_result_code_string(SPI_result));
      if (SPI_keepplan(plan) != 0) elog(ERROR, "SPI_keepplan failed");
    });
  } catch (...) {
    MemoryContextSwitchTo(cxt);
    pfree(params->types);
    pfree(params);
    throw;
  }
  MemoryContextSwitchTo(cxt);
  auto* statement = static_cast<CachedStatement*>(MemoryContextAllocZero(TopMemoryContext, sizeof(CachedStatement)));
  statement->plan = plan;
  statement->params = params;
  statement->cached = cacheable;
  if (cacheable) statements.emplace(std::move(key), statement);
  return statement;
}

}  // namespace plv8compat
