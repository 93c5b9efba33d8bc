// Set-returning functions (materialize mode): plv8.return_next and returned arrays fill a tuplestore.
#pragma once

#include <v8.h>

#include "pg.h"

namespace plv8compat {

struct SrfState {
  Tuplestorestate* store;
  TupleDesc tupdesc;
  bool scalar;  // SETOF a non-composite type: one column
  Oid scalar_type;
  MemoryContext row_cxt;  // reset after each row
};

Datum call_srf(FunctionCallInfo fcinfo);

// plv8.return_next(value)
void srf_return_next(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace plv8compat
