// Datum <-> JS value conversion, following PL/v8's documented type mapping.
// All functions throw PgError for PostgreSQL errors and JsPending when JS code (a getter, toString)
// threw; they allocate Datums in CurrentMemoryContext.
#pragma once

#include <v8.h>

#include "pg.h"
#include "type_info.h"

namespace plv8compat {

v8::Local<v8::Value> datum_to_js(v8::Isolate* isolate, Datum value, bool isnull, const TypeInfo* type);

// Converts value to the given type (typmod applies to the type's input function). null and
// undefined become SQL NULL (*isnull = true).
Datum js_to_datum(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const TypeInfo* type, int32 typmod, bool* isnull);

// A row as an object keyed by column name (dropped columns skipped).
v8::Local<v8::Object> tuple_to_js(v8::Isolate* isolate, HeapTuple tuple, TupleDesc tupdesc);

// Rows of an SPI result as an array of objects (the column names of recent row types are kept as
// V8 strings, so a warm result makes none; recent row types get their objects from a JS object
// literal made for them).
v8::Local<v8::Array> tuptable_to_js(v8::Isolate* isolate, v8::Local<v8::Context> context, SPITupleTable* tuptable,
                                    uint64 count);

// Drops the row factories (row_convert.cc) made in context, which is being discarded: they would
// keep it alive.
void row_factories_forget(v8::Isolate* isolate, v8::Local<v8::Context> context);

// An object (by column name) or an array (by position) as a row of tupdesc.
HeapTuple js_to_tuple(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      TupleDesc tupdesc);

// JSON helpers (jsonb_convert.cc).
v8::Local<v8::Value> jsonb_to_js(v8::Isolate* isolate, Datum value);
Datum js_to_jsonb(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value, bool* isnull);

// ms since 1970 <-> PostgreSQL timestamptz.
inline double timestamptz_to_ms(TimestampTz ts) { return static_cast<double>(ts) / 1000.0 + 946684800000.0; }

}  // namespace plv8compat
