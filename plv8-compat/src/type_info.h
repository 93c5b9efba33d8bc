// What the converters need to know about a PostgreSQL type, looked up once per type and cached for
// the life of the backend (I/O functions, storage, and which direct conversion applies).
#pragma once

#include "pg.h"

namespace plv8compat {

// The conversion used between a Datum of this type and a JS value.
enum class TypeKind {
  Void,
  Bool,
  Int2,
  Int4,
  Int8,
  Float4,
  Float8,
  Numeric,
  Oid,
  Text,         // text, varchar: the varlena bytes are the UTF-8 string
  Json,         // JSON.parse / JSON.stringify
  Jsonb,        // JSON text both ways (jsonb_convert.cc explains why)
  Bytea,        // Uint8Array
  Date,         // JS Date (UTC midnight of the day, as PL/v8)
  Timestamp,    // JS Date (the wall-clock time read as UTC, as PL/v8)
  Timestamptz,  // JS Date (the same instant)
  Array,        // JS Array (nested for multi-dimensional arrays)
  Composite,    // JS object keyed by column name
  Other,        // through the type's text output/input functions
};

// PL/v8's "external array" domains (plv8_int4array etc., created by the extension in pg_catalog):
// such arguments arrive as typed arrays instead of Arrays.
enum class TypedArrayKind { None, Int16, Int32, Float32, Float64, BigInt64 };

struct TypeInfo {
  Oid typid;     // the type as declared (may be a domain)
  Oid basetype;  // typid with domains resolved
  int32 basetypmod;
  bool is_domain;
  TypeKind kind;
  int16 typlen;
  bool typbyval;
  char typalign;
  FmgrInfo input;   // basetype's input function
  FmgrInfo output;  // basetype's output function
  Oid ioparam;
  const TypeInfo* elem;        // element type of an array, else nullptr
  void* domain_extra;          // cache for domain_check()
  TypedArrayKind typed_array;  // a plv8_*array domain, else None
};

// Cached TypeInfo for typid; raises a PgError for an unknown type.
const TypeInfo* type_info(Oid typid);

// Whether datum_to_js for this type is a plain scalar conversion: it runs no JavaScript, leaves no
// JS exception pending (failures are PgErrors) and takes no time worth a cancel check. Such
// conversions need no TryCatch or limits guard around them (call.h's with_js_errors). A heap
// limit hit by the allocation stops the script, which the JS call that follows reports.
inline bool plain_to_js(const TypeInfo* type) {
  switch (type->kind) {
    case TypeKind::Void:
    case TypeKind::Bool:
    case TypeKind::Int2:
    case TypeKind::Int4:
    case TypeKind::Int8:
    case TypeKind::Float4:
    case TypeKind::Float8:
    case TypeKind::Numeric:
    case TypeKind::Oid:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::Timestamp:
    case TypeKind::Timestamptz: return true;
    default: return false;
  }
}

}  // namespace plv8compat
