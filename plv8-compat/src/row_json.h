// Query rows written straight to JSON text, without JavaScript objects in between (cursor.fetchJson).
#pragma once

#include <string>

#include "pg.h"

namespace plv8compat {

// True when every column of desc has a JSON form row_json writes itself (boolean, smallint,
// integer, bigint, oid, text, varchar) and no two columns share a name (a JS object would keep one).
bool rows_json_supported(TupleDesc desc);

// Appends the JSON array of the rows of tuptable to out: one object per row, keys the column names
// in column order, NULL as null. JSON.stringify of the rows as plv8.execute gives them, except that
// bigint values are written as the JS numbers nearest to them (not BigInt). Only after
// rows_json_supported(tuptable->tupdesc).
void rows_to_json(SPITupleTable* tuptable, uint64 count, std::string* out);

// The same rows without the brackets, appended to out with a comma before each row, the first one
// included when `more` (rows of an earlier fetch are already there): cursor.readJson's pieces.
void append_rows_json(SPITupleTable* tuptable, uint64 count, bool more, std::string* out);

}  // namespace plv8compat
