// Datum <-> JS conversion. Fast paths for the common types; everything else goes through the
// type's text output/input functions, as PL/v8 does.
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

#include "convert.h"
#include "convert_internal.h"
#include "context.h"
#include "errors.h"
#include "js_util.h"
#include "json_depth.h"

namespace plv8compat {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1

// ---- guarded PostgreSQL calls (each may ereport) ----

char* call_output(const TypeInfo* type, Datum value) {
  char* out = nullptr;
  pg_guard([&] { out = OutputFunctionCall(const_cast<FmgrInfo*>(&type->output), value); });
  return out;
}

Datum call_input(const TypeInfo* type, char* text, int32 typmod) {
  Datum out = 0;
  pg_guard([&] { out = InputFunctionCall(const_cast<FmgrInfo*>(&type->input), text, type->ioparam, typmod); });
  return out;
}

struct varlena* detoast(Datum value) {
  struct varlena* out = nullptr;
  pg_guard([&] { out = pg_detoast_datum_packed(reinterpret_cast<struct varlena*>(DatumGetPointer(value))); });
  return out;
}

Datum call1(PGFunction fn, Datum arg) {
  Datum out = 0;
  pg_guard([&] { out = DirectFunctionCall1(fn, arg); });
  return out;
}

[[noreturn]] void out_of_range(const char* type_name) {
  throw PgError{make_error(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, psprintf("value out of range for type %s", type_name))};
}

v8::Local<v8::Value> date_from_timestamptz(v8::Isolate* isolate, TimestampTz ts) {
  double ms;
  if (TIMESTAMP_IS_NOBEGIN(ts))
    ms = -INFINITY;
  else if (TIMESTAMP_IS_NOEND(ts))
    ms = INFINITY;
  else
    ms = timestamptz_to_ms(ts);
  return v8::Date::New(isolate->GetCurrentContext(), ms).ToLocalChecked();
}

// JS Date (ms since 1970 UTC) -> timestamptz.
TimestampTz ms_to_timestamptz(double ms) {
  if (std::isnan(ms)) throw PgError{make_error(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE, "invalid Date value")};
  TimestampTz ts = static_cast<TimestampTz>((ms - 946684800000.0) * 1000.0);
  if (!IS_VALID_TIMESTAMP(ts)) throw PgError{make_error(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE, "timestamp out of range")};
  return ts;
}

// The UTC day of ts. Rounds down, so 1999-12-31T12:00Z is 1999-12-31 (PL/v8 truncates toward
// 2000-01-01 and gives the next day for such times before 2000; midnight values agree).
DateADT timestamp_to_utc_day(TimestampTz ts) {
  if (TIMESTAMP_IS_NOBEGIN(ts)) return DATEVAL_NOBEGIN;
  if (TIMESTAMP_IS_NOEND(ts)) return DATEVAL_NOEND;
  int64 days = ts / USECS_PER_DAY;
  if (ts % USECS_PER_DAY < 0) days--;
  DateADT d = static_cast<DateADT>(days);
  if (!IS_VALID_DATE(d)) throw PgError{make_error(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE, "date out of range")};
  return d;
}

// The string form of a JS value for a type's input function: Dates as ISO-8601, the rest String().
char* js_text_for_input(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  if (value->IsDate()) {
    double ms = value.As<v8::Date>()->ValueOf();
    TimestampTz ts = ms_to_timestamptz(ms);
    char* out = nullptr;
    pg_guard([&] { out = DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(ts))); });
    return out;
  }
  if (value->IsObject() && !value->IsArray() && !value->IsStringObject() && !value->IsNumberObject()) {
    // Plain objects: JSON text is far more useful to input functions than "[object Object]".
    v8::Local<v8::String> json;
    if (!v8::JSON::Stringify(context, value).ToLocal(&json)) throw JsPending{};
    return js_to_cstring(isolate, context, json);
  }
  char* text = js_to_cstring(isolate, context, value);
  if (text == nullptr) throw JsPending{};
  return text;
}

Datum via_input(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value, const TypeInfo* type,
                int32 typmod) {
  return call_input(type, js_text_for_input(isolate, context, value), typmod);
}

// Number -> integer of the given width: truncates toward zero as PL/v8 does (1234.56 -> 1234, a
// numeric argument returned as int8 included). Out of range is an error (upstream wraps around).
// The range is [lo, hi_exclusive): 2^63 is exactly representable, 2^63 - 1 is not.
int64 number_to_integer(double d, double lo, double hi_exclusive, const char* type_name) {
  if (std::isnan(d)) out_of_range(type_name);
  double r = std::trunc(d);
  if (r < lo || r >= hi_exclusive) out_of_range(type_name);
  return static_cast<int64>(r);
}

}  // namespace

v8::Local<v8::Value> datum_to_js(v8::Isolate* isolate, Datum value, bool isnull, const TypeInfo* type) {
  if (isnull) return v8::Null(isolate);
  switch (type->kind) {
    case TypeKind::Void: return v8::Undefined(isolate);
    case TypeKind::Bool: return v8::Boolean::New(isolate, DatumGetBool(value));
    case TypeKind::Int2: return v8::Integer::New(isolate, DatumGetInt16(value));
    case TypeKind::Int4: return v8::Integer::New(isolate, DatumGetInt32(value));
    case TypeKind::Int8: {
      // PL/v8 3.2: always a BigInt (val - 1n works). plv8.bigint_graceful mimics upstream's
      // BIGINT_GRACEFUL build: a Number when the value fits in int4, a BigInt otherwise.
      int64 v = DatumGetInt64(value);
      if (guc_bigint_graceful && v >= PG_INT32_MIN && v <= PG_INT32_MAX)
        return v8::Integer::New(isolate, static_cast<int32>(v));
      return v8::BigInt::New(isolate, v);
    }
    case TypeKind::Float4: return v8::Number::New(isolate, DatumGetFloat4(value));
    case TypeKind::Float8: return v8::Number::New(isolate, DatumGetFloat8(value));
    case TypeKind::Numeric: return v8::Number::New(isolate, DatumGetFloat8(call1(numeric_float8_no_overflow, value)));
    case TypeKind::Oid: return v8::Integer::NewFromUnsigned(isolate, DatumGetObjectId(value));
    case TypeKind::Text: {
      struct varlena* t = detoast(value);
      return js_string(isolate, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
    }
    case TypeKind::Json: {
      struct varlena* t = detoast(value);
      if (json_text_too_deep(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))) throw_json_too_deep("json value");
      v8::Local<v8::Value> parsed;
      if (!v8::JSON::Parse(isolate->GetCurrentContext(), js_string(isolate, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)))
               .ToLocal(&parsed))
        throw JsPending{};
      return parsed;
    }
    case TypeKind::Jsonb: return jsonb_to_js(isolate, value);
    case TypeKind::Bytea: {
      struct varlena* t = detoast(value);
      size_t len = VARSIZE_ANY_EXHDR(t);
      // Our own malloc'd store: V8's allocator would abort the process if it refused the size.
      void* data = malloc(len > 0 ? len : 1);
      if (data == nullptr) throw PgError{make_error(ERRCODE_OUT_OF_MEMORY, "out of memory converting bytea")};
      if (len > 0) memcpy(data, VARDATA_ANY(t), len);
      std::shared_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
          data, len, [](void* p, size_t, void*) { free(p); }, nullptr);
      v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
      return v8::Uint8Array::New(buffer, 0, len);
    }
    // As PL/v8: a date is UTC midnight of that day and a timestamp's wall-clock time is read as
    // UTC, whatever the session's TimeZone, so the Date's UTC fields show the SQL value unchanged.
    // Only timestamptz is an instant (the session zone matters only for its text form).
    case TypeKind::Date: {
      DateADT d = DatumGetDateADT(value);
      if (DATE_IS_NOBEGIN(d)) return date_from_timestamptz(isolate, DT_NOBEGIN);
      if (DATE_IS_NOEND(d)) return date_from_timestamptz(isolate, DT_NOEND);
      return date_from_timestamptz(isolate, static_cast<TimestampTz>(d) * USECS_PER_DAY);
    }
    case TypeKind::Timestamp: return date_from_timestamptz(isolate, static_cast<TimestampTz>(DatumGetTimestamp(value)));
    case TypeKind::Timestamptz: return date_from_timestamptz(isolate, DatumGetTimestampTz(value));
    case TypeKind::Array:
      if (type->typed_array != TypedArrayKind::None) return array_to_typed_array(isolate, value, type);
      return array_to_js(isolate, value, type);
    case TypeKind::Composite: return composite_to_js(isolate, value);
    case TypeKind::Other: break;
  }
  return js_string(isolate, call_output(type, value));
}

Datum js_to_datum(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const TypeInfo* type, int32 typmod, bool* isnull) {
  Datum result = 0;
  *isnull = false;
  if (value->IsUndefined() || value->IsNull()) {
    *isnull = true;
  } else {
    switch (type->kind) {
      case TypeKind::Void: result = 0; break;
      case TypeKind::Bool: result = BoolGetDatum(value->BooleanValue(isolate)); break;
      case TypeKind::Int2:
        if (value->IsNumber())
          result = Int16GetDatum(static_cast<int16>(
              number_to_integer(value.As<v8::Number>()->Value(), PG_INT16_MIN, PG_INT16_MAX + 1.0, "smallint")));
        else
          result = via_input(isolate, context, value, type, typmod);
        break;
      case TypeKind::Int4:
        if (value->IsInt32())
          result = Int32GetDatum(value.As<v8::Int32>()->Value());
        else if (value->IsNumber())
          result = Int32GetDatum(static_cast<int32>(
              number_to_integer(value.As<v8::Number>()->Value(), PG_INT32_MIN, PG_INT32_MAX + 1.0, "integer")));
        else
          result = via_input(isolate, context, value, type, typmod);
        break;
      case TypeKind::Int8:
        if (value->IsNumber()) {
          result = Int64GetDatum(number_to_integer(value.As<v8::Number>()->Value(), -9223372036854775808.0,
                                                   9223372036854775808.0, "bigint"));
        } else if (value->IsBigInt()) {
          bool lossless = true;
          int64 v = value.As<v8::BigInt>()->Int64Value(&lossless);
          if (!lossless) out_of_range("bigint");
          result = Int64GetDatum(v);
        } else {
          result = via_input(isolate, context, value, type, typmod);
        }
        break;
      case TypeKind::Float4:
        if (value->IsNumber())
          result = Float4GetDatum(static_cast<float4>(value.As<v8::Number>()->Value()));
        else
          result = via_input(isolate, context, value, type, typmod);
        break;
      case TypeKind::Float8:
        if (value->IsNumber())
          result = Float8GetDatum(value.As<v8::Number>()->Value());
        else
          result = via_input(isolate, context, value, type, typmod);
        break;
      case TypeKind::Numeric:
        if (value->IsNumber() && typmod < 0)
          result = call1(float8_numeric, Float8GetDatum(value.As<v8::Number>()->Value()));
        else
          result = via_input(isolate, context, value, type, typmod);  // BigInt/string keep every digit
        break;
      case TypeKind::Oid:
        if (value->IsNumber())
          result = ObjectIdGetDatum(
              static_cast<Oid>(number_to_integer(value.As<v8::Number>()->Value(), 0, PG_UINT32_MAX + 1.0, "oid")));
        else
          result = via_input(isolate, context, value, type, typmod);
        break;
      case TypeKind::Text:
        if (typmod < 0 && type->basetype == TEXTOID) {
          v8::Local<v8::String> str;
          if (!value->ToString(context).ToLocal(&str)) throw JsPending{};
          int len = str->Utf8Length(isolate);
          text* t = static_cast<text*>(palloc(len + VARHDRSZ));
          str->WriteUtf8(isolate, VARDATA(t), len, nullptr, v8::String::NO_NULL_TERMINATION);
          SET_VARSIZE(t, len + VARHDRSZ);
          result = PointerGetDatum(t);
        } else {
          result = via_input(isolate, context, value, type, typmod);
        }
        break;
      case TypeKind::Json: {
        // Like PL/v8: the returned value is serialized, so a JS string becomes a JSON string.
        v8::Local<v8::String> json;
        if (!v8::JSON::Stringify(context, value).ToLocal(&json)) throw JsPending{};
        if (!json->IsString() || json->StrictEquals(js_name(isolate, "undefined"))) {
          // functions, symbols: JSON.stringify gives undefined (V8's API: the text "undefined") -> NULL
          *isnull = true;
          break;
        }
        char* text = js_to_cstring(isolate, context, json);
        if (text == nullptr) throw JsPending{};
        if (json_text_too_deep(text, strlen(text))) throw_json_too_deep("json value");
        result = call_input(type, text, typmod);
        break;
      }
      case TypeKind::Jsonb: result = js_to_jsonb(isolate, context, value, isnull); break;
      case TypeKind::Bytea:
        if (value->IsArrayBufferView() || value->IsArrayBuffer()) {
          const char* data;
          size_t len;
          if (value->IsArrayBuffer()) {
            auto buffer = value.As<v8::ArrayBuffer>();
            data = static_cast<const char*>(buffer->Data());
            len = buffer->ByteLength();
          } else {
            auto view = value.As<v8::ArrayBufferView>();
            data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
            len = view->ByteLength();
          }
          if (len > MaxAllocSize - VARHDRSZ)
            throw PgError{make_error(ERRCODE_PROGRAM_LIMIT_EXCEEDED, "bytea value too large")};
          bytea* b = static_cast<bytea*>(palloc(len + VARHDRSZ));
          if (len > 0) memcpy(VARDATA(b), data, len);
          SET_VARSIZE(b, len + VARHDRSZ);
          result = PointerGetDatum(b);
        } else {
          result = via_input(isolate, context, value, type, typmod);
        }
        break;
      case TypeKind::Date:
      case TypeKind::Timestamp:
      case TypeKind::Timestamptz:
        if (value->IsDate()) {
          double ms = value.As<v8::Date>()->ValueOf();
          TimestampTz ts;
          if (ms == INFINITY)
            ts = DT_NOEND;
          else if (ms == -INFINITY)
            ts = DT_NOBEGIN;
          else
            ts = ms_to_timestamptz(ms);
          // The inverse of datum_to_js: the Date's UTC day / UTC wall-clock time, as PL/v8 does.
          if (type->kind == TypeKind::Timestamptz || type->kind == TypeKind::Timestamp)
            result = TimestampTzGetDatum(ts);  // timestamp and timestamptz share the int64 µs form
          else
            result = DateADTGetDatum(timestamp_to_utc_day(ts));
        } else {
          result = via_input(isolate, context, value, type, typmod);
        }
        break;
      case TypeKind::Array:
        if (value->IsArray() || value->IsTypedArray())
          result = js_to_array(isolate, context, value, type);
        else if (value->IsString() || value->IsStringObject())  // array syntax, e.g. '{1,2}'
          result = via_input(isolate, context, value, type, typmod);
        else
          throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "value is not an Array")};  // PL/v8's words
        break;
      case TypeKind::Composite:
        if (value->IsObject() && !value->IsDate() && type->basetype != RECORDOID) {
          TupleDesc tupdesc = nullptr;
          pg_guard([&] { tupdesc = lookup_rowtype_tupdesc(type->basetype, type->basetypmod); });
          HeapTuple tuple;
          try {
            tuple = js_to_tuple(isolate, context, value, tupdesc);
          } catch (...) {
            ReleaseTupleDesc(tupdesc);
            throw;
          }
          ReleaseTupleDesc(tupdesc);
          result = HeapTupleGetDatum(tuple);
        } else if (type->basetype == RECORDOID) {
          throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED,
                                   "cannot convert a JS value to an anonymous record here", nullptr,
                                   "Declare a composite type or OUT parameters.")};
        } else {
          result = via_input(isolate, context, value, type, typmod);
        }
        break;
      case TypeKind::Other: result = via_input(isolate, context, value, type, typmod); break;
    }
  }
  if (type->is_domain) {
    bool null = *isnull;
    pg_guard([&] {
      domain_check(result, null, type->typid, const_cast<void**>(&const_cast<TypeInfo*>(type)->domain_extra),
                   TopMemoryContext);
    });
  }
  return result;
}

}  // namespace plv8compat
