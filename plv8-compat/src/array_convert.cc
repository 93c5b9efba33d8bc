// Arrays: PostgreSQL arrays (any dimension, with NULLs) <-> nested JS arrays.
#include <cstdlib>
#include <memory>
#include <vector>

#include "convert.h"
#include "convert_internal.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

namespace {

void build_array_level(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Array> out, int level,
                       int ndim, const int* dims, const Datum* values, const bool* nulls, int* index,
                       const TypeInfo* elem) {
  for (int i = 0; i < dims[level]; i++) {
    v8::Local<v8::Value> item;
    if (level == ndim - 1) {
      item = datum_to_js(isolate, values[*index], nulls[*index], elem);
      (*index)++;
    } else {
      v8::Local<v8::Array> sub = v8::Array::New(isolate, dims[level + 1]);
      build_array_level(isolate, context, sub, level + 1, ndim, dims, values, nulls, index, elem);
      item = sub;
    }
    (void)out->Set(context, i, item);
  }
}

}  // namespace

v8::Local<v8::Value> array_to_js(v8::Isolate* isolate, Datum value, const TypeInfo* type) {
  ArrayType* array = nullptr;
  Datum* values = nullptr;
  bool* nulls = nullptr;
  int count = 0;
  const TypeInfo* elem = type->elem;
  pg_guard([&] {
    array = DatumGetArrayTypeP(value);
    deconstruct_array(array, elem->basetype, elem->typlen, elem->typbyval, elem->typalign, &values, &nulls, &count);
  });
  int ndim = ARR_NDIM(array);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (ndim == 0) return v8::Array::New(isolate, 0);
  const int* dims = ARR_DIMS(array);
  v8::Local<v8::Array> out = v8::Array::New(isolate, dims[0]);
  int index = 0;
  build_array_level(isolate, context, out, 0, ndim, dims, values, nulls, &index, elem);
  return out;
}

namespace {

// Element count of a JS array or typed array.
uint32 js_length(v8::Local<v8::Value> value) {
  if (value->IsArray()) return value.As<v8::Array>()->Length();
  return static_cast<uint32>(value.As<v8::TypedArray>()->Length());
}

void flatten_array(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value, int level,
                   int ndim, const int* dims, std::vector<Datum>* values, std::vector<bool>* nulls,
                   const TypeInfo* elem) {
  if (js_length(value) != static_cast<uint32>(dims[level]))
    throw PgError{make_error(ERRCODE_ARRAY_SUBSCRIPT_ERROR,
                             "multidimensional arrays must have sub-arrays with matching dimensions")};
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  for (int i = 0; i < dims[level]; i++) {
    v8::Local<v8::Value> item;
    if (!obj->Get(context, i).ToLocal(&item)) throw JsPending{};
    if (level < ndim - 1) {
      if (!item->IsArray())
        throw PgError{make_error(ERRCODE_ARRAY_SUBSCRIPT_ERROR,
                                 "multidimensional arrays must have sub-arrays with matching dimensions")};
      flatten_array(isolate, context, item, level + 1, ndim, dims, values, nulls, elem);
    } else {
      bool isnull;
      Datum d = js_to_datum(isolate, context, item, elem, -1, &isnull);
      values->push_back(d);
      nulls->push_back(isnull);
    }
  }
}

}  // namespace

Datum js_to_array(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                  const TypeInfo* type) {
  const TypeInfo* elem = type->elem;
  // Nested JS arrays are extra dimensions, except where the element type itself takes arrays
  // (json/jsonb elements, composites).
  bool nested_allowed =
      elem->kind != TypeKind::Json && elem->kind != TypeKind::Jsonb && elem->kind != TypeKind::Composite;
  int dims[MAXDIM];
  int lbs[MAXDIM];
  int ndim = 0;
  v8::Local<v8::Value> probe = value;
  while (true) {
    uint32 len = js_length(probe);
    dims[ndim] = static_cast<int>(len);
    lbs[ndim] = 1;
    ndim++;
    if (!nested_allowed || len == 0 || ndim == MAXDIM) break;
    v8::Local<v8::Value> first;
    if (!probe.As<v8::Object>()->Get(context, 0).ToLocal(&first)) throw JsPending{};
    if (!first->IsArray()) break;
    probe = first;
  }
  std::vector<Datum> values;
  std::vector<bool> nulls_vec;
  if (dims[0] > 0) flatten_array(isolate, context, value, 0, ndim, dims, &values, &nulls_vec, elem);
  size_t n = values.size();
  bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * (n + 1)));
  for (size_t i = 0; i < n; i++) nulls[i] = nulls_vec[i];
  Datum* data = static_cast<Datum*>(palloc(sizeof(Datum) * (n + 1)));
  for (size_t i = 0; i < n; i++) data[i] = values[i];
  ArrayType* array = nullptr;
  if (n == 0) {
    pg_guard([&] { array = construct_empty_array(elem->basetype); });
  } else {
    pg_guard([&] {
      array = construct_md_array(data, nulls, ndim, dims, lbs, elem->basetype, elem->typlen, elem->typbyval,
                                 elem->typalign);
    });
  }
  return PointerGetDatum(array);
}

v8::Local<v8::Value> array_to_typed_array(v8::Isolate* isolate, Datum value, const TypeInfo* type) {
  ArrayType* array = nullptr;
  pg_guard([&] { array = DatumGetArrayTypeP(value); });
  if (ARR_HASNULL(array) || ARR_NDIM(array) > 1)
    throw PgError{make_error(ERRCODE_INVALID_PARAMETER_VALUE,
                             "NULL element, or multi-dimension array not allowed in external array type")};
  size_t count = ARR_NDIM(array) == 0 ? 0 : static_cast<size_t>(ARR_DIMS(array)[0]);
  size_t bytes = count * static_cast<size_t>(type->elem->typlen);
  // Our own malloc'd store, as for bytea: V8's allocator would abort if it refused the size.
  void* data = malloc(bytes > 0 ? bytes : 1);
  if (data == nullptr) throw PgError{make_error(ERRCODE_OUT_OF_MEMORY, "out of memory converting an array")};
  if (bytes > 0) memcpy(data, ARR_DATA_PTR(array), bytes);
  std::shared_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, bytes, [](void* p, size_t, void*) { free(p); }, nullptr);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  switch (type->typed_array) {
    case TypedArrayKind::Int16: return v8::Int16Array::New(buffer, 0, count);
    case TypedArrayKind::Int32: return v8::Int32Array::New(buffer, 0, count);
    case TypedArrayKind::Float32: return v8::Float32Array::New(buffer, 0, count);
    case TypedArrayKind::Float64: return v8::Float64Array::New(buffer, 0, count);
    case TypedArrayKind::BigInt64: return v8::BigInt64Array::New(buffer, 0, count);
    case TypedArrayKind::None: break;
  }
  return array_to_js(isolate, value, type);
}

}  // namespace plv8compat
