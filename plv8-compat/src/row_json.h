// Query rows written straight to JSON text, without JavaScript objects in between (cursor.fetchJson).
#pragma once

#include <string>

#include "pg.h"

namespace plv8compat {

// True when every column of desc has a JSON form row_json writes itself (boolean, smallint,
// integer, bigint, oid, text, varchar) and no two columns share a name (a JS object would keep one).
bool rows_json_supported(TupleDesc desc);

// Appends the rows of tuptable to out as the elements of a JSON array, comma-separated, with a
// comma before the first one too when `more` (rows of an earlier fetch are there already): one
// object per row, keys the column names in column order, NULL as null. Inside brackets, the text
// JSON.stringify makes of the rows as plv8.execute gives them, except that bigint values are
// written as the JS numbers nearest to them (not BigInt). Only after
// rows_json_supported(tuptable->tupdesc).
void append_rows_json(SPITupleTable* tuptable, uint64 count, bool more, std::string* out);

}  // namespace plv8compat
