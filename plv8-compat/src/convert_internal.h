// Conversions shared between convert.cc (scalars, dispatch), array_convert.cc and row_convert.cc.
#pragma once

#include <v8.h>

#include "pg.h"
#include "type_info.h"

namespace plv8compat {

// A PostgreSQL array (type is the array type) as nested JS arrays.
v8::Local<v8::Value> array_to_js(v8::Isolate* isolate, Datum value, const TypeInfo* type);

// A one-dimensional array without NULLs of a plv8_*array domain as a typed array (a copy).
v8::Local<v8::Value> array_to_typed_array(v8::Isolate* isolate, Datum value, const TypeInfo* type);

// A JS array (nested for more dimensions) or typed array as a PostgreSQL array of type.
Datum js_to_array(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const TypeInfo* type);

// A composite Datum as an object keyed by column name.
v8::Local<v8::Value> composite_to_js(v8::Isolate* isolate, Datum value);

}  // namespace plv8compat
