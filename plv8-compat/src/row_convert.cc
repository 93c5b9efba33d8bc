// Rows: composite values, table rows and SPI results <-> JS objects keyed by column name.
#include <vector>

#include "convert.h"
#include "convert_internal.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

v8::Local<v8::Value> composite_to_js(v8::Isolate* isolate, Datum value) {
  HeapTupleHeader header = nullptr;
  TupleDesc tupdesc = nullptr;
  pg_guard([&] {
    header = DatumGetHeapTupleHeader(value);
    tupdesc = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(header), HeapTupleHeaderGetTypMod(header));
  });
  HeapTupleData tuple;
  tuple.t_len = HeapTupleHeaderGetDatumLength(header);
  ItemPointerSetInvalid(&tuple.t_self);
  tuple.t_tableOid = InvalidOid;
  tuple.t_data = header;
  v8::Local<v8::Object> obj;
  try {
    obj = tuple_to_js(isolate, &tuple, tupdesc);
  } catch (...) {
    ReleaseTupleDesc(tupdesc);
    throw;
  }
  ReleaseTupleDesc(tupdesc);
  return obj;
}

v8::Local<v8::Object> tuple_to_js(v8::Isolate* isolate, HeapTuple tuple, TupleDesc tupdesc) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> obj = v8::Object::New(isolate);
  for (int i = 0; i < tupdesc->natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
    if (attr->attisdropped) continue;
    bool isnull;
    Datum d = heap_getattr(tuple, i + 1, tupdesc, &isnull);
    (void)obj->Set(context, js_name(isolate, NameStr(attr->attname)),
                   datum_to_js(isolate, d, isnull, type_info(attr->atttypid)));
  }
  return obj;
}

v8::Local<v8::Array> tuptable_to_js(v8::Isolate* isolate, SPITupleTable* tuptable, uint64 count) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  TupleDesc tupdesc = tuptable->tupdesc;
  int natts = tupdesc->natts;
  // Column names and types once per result; small results (the common case) stay on the stack.
  constexpr int kInline = 16;
  v8::Local<v8::String> inline_names[kInline];
  const TypeInfo* inline_types[kInline];
  std::vector<v8::Local<v8::String>> heap_names;
  std::vector<const TypeInfo*> heap_types;
  v8::Local<v8::String>* names = inline_names;
  const TypeInfo** types = inline_types;
  if (natts > kInline) {
    heap_names.resize(natts);
    heap_types.resize(natts);
    names = heap_names.data();
    types = heap_types.data();
  }
  for (int i = 0; i < natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
    types[i] = nullptr;
    if (attr->attisdropped) continue;
    names[i] = js_name(isolate, NameStr(attr->attname));
    types[i] = type_info(attr->atttypid);
  }
  // Each row's columns are deformed once. Not a shallow copy of a template row (Object::Clone):
  // V8 keeps double fields in mutable boxes, which a shallow copy shares, so every row would see the
  // last row's float8 value. CreateDataProperty: a column value never runs a setter (a column
  // named __proto__ is a property like any other).
  Datum inline_values[kInline];
  bool inline_nulls[kInline];
  std::vector<Datum> heap_values;
  std::vector<char> heap_nulls;
  Datum* values = inline_values;
  bool* nulls = inline_nulls;
  if (natts > kInline) {
    heap_values.resize(natts);
    heap_nulls.resize(natts);
    values = heap_values.data();
    nulls = reinterpret_cast<bool*>(heap_nulls.data());
  }
  if (count == 0) return v8::Array::New(isolate, 0);
  std::vector<v8::Local<v8::Value>> out(count);
  for (uint64 r = 0; r < count; r++) {
    heap_deform_tuple(tuptable->vals[r], tupdesc, values, nulls);  // as heap_getattr: no ereport on a sound tuple
    v8::Local<v8::Object> obj = v8::Object::New(isolate);
    for (int i = 0; i < natts; i++) {
      if (types[i] == nullptr) continue;
      (void)obj->CreateDataProperty(context, names[i], datum_to_js(isolate, values[i], nulls[i], types[i]));
    }
    out[r] = obj;
  }
  return v8::Array::New(isolate, out.data(), out.size());
}

namespace {

// As PL/v8: a row object must have a property for every column (a misspelt key would otherwise
// become a silent NULL). Extra properties are ignored.
void require_every_column(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> obj,
                          TupleDesc tupdesc) {
  for (int i = 0; i < tupdesc->natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
    if (attr->attisdropped) continue;
    v8::Maybe<bool> has = obj->Has(context, js_name(isolate, NameStr(attr->attname)));
    if (has.IsNothing()) throw JsPending{};
    if (!has.FromJust()) {
      // PL/v8's message (code may match on it); the DETAIL names the column, which upstream leaves
      // the reader to find.
      std::string detail = std::string("The returned object has no property \"") + NameStr(attr->attname) +
                           "\"; give it one for every column of the result (null for a SQL NULL).";
      throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "field name / property name mismatch", detail.c_str())};
    }
  }
}

}  // namespace

HeapTuple js_to_tuple(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                      TupleDesc tupdesc) {
  int natts = tupdesc->natts;
  Datum* values = static_cast<Datum*>(palloc0(sizeof(Datum) * (natts + 1)));
  bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * (natts + 1)));
  bool by_position = value->IsArray();
  if (!value->IsObject())
    throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "argument must be an object")};  // PL/v8's words
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  if (!by_position) require_every_column(isolate, context, obj, tupdesc);
  int position = 0;
  for (int i = 0; i < natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
    nulls[i] = true;
    if (attr->attisdropped) continue;
    v8::Local<v8::Value> field;
    bool ok = by_position ? obj->Get(context, position++).ToLocal(&field)
                          : obj->Get(context, js_name(isolate, NameStr(attr->attname))).ToLocal(&field);
    if (!ok) throw JsPending{};
    values[i] = js_to_datum(isolate, context, field, type_info(attr->atttypid), attr->atttypmod, &nulls[i]);
  }
  HeapTuple tuple = nullptr;
  pg_guard([&] { tuple = heap_form_tuple(tupdesc, values, nulls); });
  return tuple;
}

}  // namespace plv8compat
