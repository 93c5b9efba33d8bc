// Rows: composite values, table rows and SPI results <-> JS objects keyed by column name.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "convert.h"
#include "convert_internal.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

namespace {

// A JS function made for one row shape in one V8 context that builds a result's row objects
// from their values with an object literal: V8 creates such objects far faster than one
// CreateDataProperty per column (each a property lookup and map transition through the API).
struct RowFactory {
  v8::Global<v8::Context> context;  // objects belong to the realm their literal runs in
  v8::Global<v8::Function> fn;
};

// The property keys (internalized column names) and TypeInfos of a row type. The same few row
// types come back again and again (a prepared plan, a cached statement, a trigger's table), so
// the most recent ones are kept, matched by column names and types: a warm result converts no
// column name to a V8 string.
struct RowShape {
  int natts = 0;
  std::vector<Oid> typids;  // InvalidOid for a dropped column
  std::vector<NameData> names;
  std::vector<v8::Global<v8::String>> keys;  // empty for a dropped column
  std::vector<const TypeInfo*> types;        // nullptr for a dropped column
  int live = 0;                              // columns not dropped
  bool literal_ok = false;                   // every name can be written as a literal key (below)
  uint32 uses = 0;                           // results converted with this shape
  std::vector<RowFactory> factories;         // at most kFactoriesPerShape, one per context
};

constexpr int kKeptShapes = 8;
RowShape* kept_shapes[kKeptShapes];  // most recently used first; never freed (reused in place)
constexpr size_t kFactoriesPerShape = 4;

// Whether a column name can be an unquoted key of an object literal with the same meaning as
// CreateDataProperty: an ASCII identifier (reserved words are fine as keys), not __proto__
// (which a literal would take as the prototype). Other names (quotes, digits first, non-ASCII)
// keep the CreateDataProperty path.
bool literal_key(const char* name) {
  if (name[0] == '\0' || strcmp(name, "__proto__") == 0) return false;
  for (const char* c = name; *c; c++) {
    bool alpha = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '_' || *c == '$';
    if (!alpha && !(c != name && *c >= '0' && *c <= '9')) return false;
  }
  return true;
}

bool shape_matches(const RowShape* shape, TupleDesc tupdesc) {
  if (shape->natts != tupdesc->natts) return false;
  for (int i = 0; i < tupdesc->natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
    Oid typid = attr->attisdropped ? InvalidOid : attr->atttypid;
    if (shape->typids[i] != typid ||
        (typid != InvalidOid && strcmp(NameStr(shape->names[i]), NameStr(attr->attname)) != 0))
      return false;
  }
  return true;
}

// The shape of tupdesc, moved to the front of the kept ones (built when new: may throw PgError).
// The reference is valid until the next call, which may reuse the entry for another shape.
RowShape& row_shape(v8::Isolate* isolate, TupleDesc tupdesc) {
  int found = -1;
  for (int i = 0; i < kKeptShapes && kept_shapes[i] != nullptr; i++) {
    if (shape_matches(kept_shapes[i], tupdesc)) {
      found = i;
      break;
    }
  }
  if (found < 0) {
    // Type lookups may fail: resolve them before touching the kept shapes.
    int natts = tupdesc->natts;
    std::vector<const TypeInfo*> types(natts, nullptr);
    for (int i = 0; i < natts; i++) {
      Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
      if (!attr->attisdropped) types[i] = type_info(attr->atttypid);
    }
    found = kKeptShapes - 1;  // the least recently used entry (or a free slot) is rebuilt
    for (int i = 0; i < kKeptShapes; i++) {
      if (kept_shapes[i] == nullptr) {
        found = i;
        break;
      }
    }
    if (kept_shapes[found] == nullptr) kept_shapes[found] = new RowShape();
    RowShape* shape = kept_shapes[found];
    shape->natts = natts;
    shape->typids.assign(natts, InvalidOid);
    shape->names.assign(natts, NameData{});
    shape->keys.clear();
    shape->keys.resize(natts);
    shape->types = std::move(types);
    shape->live = 0;
    shape->literal_ok = true;
    shape->uses = 0;
    shape->factories.clear();
    for (int i = 0; i < natts; i++) {
      Form_pg_attribute attr = TupleDescAttr(tupdesc, i);
      if (attr->attisdropped) continue;
      shape->typids[i] = attr->atttypid;
      shape->names[i] = attr->attname;
      shape->keys[i].Reset(isolate, js_name(isolate, NameStr(attr->attname)));
      shape->live++;
      // Duplicate names would also mean the same in a literal; they are rare, so kept simple.
      bool unique = true;
      for (int j = 0; j < i && unique; j++)
        unique = shape->typids[j] == InvalidOid || strcmp(NameStr(shape->names[j]), NameStr(attr->attname)) != 0;
      shape->literal_ok &= unique && literal_key(NameStr(attr->attname));
    }
    shape->literal_ok &= shape->live > 0;
  }
  RowShape* shape = kept_shapes[found];
  if (found > 0) {
    for (int i = found; i > 0; i--) kept_shapes[i] = kept_shapes[i - 1];
    kept_shapes[0] = shape;
  }
  return *shape;
}

// The keys (as locals) and types of a row shape for one conversion, copied out of the kept shape
// because converting a composite column looks up its own shape, which may reuse the entry. Rows
// of up to kInline columns (the common case) need no heap allocation.
class ShapeLocals {
 public:
  static constexpr int kInline = 16;
  ShapeLocals(v8::Isolate* isolate, TupleDesc tupdesc) {
    int natts = tupdesc->natts;
    if (natts > kInline) {
      heap_names_.resize(natts);
      heap_types_.resize(natts);
      names_ = heap_names_.data();
      types_ = heap_types_.data();
    }
    RowShape& shape = row_shape(isolate, tupdesc);
    for (int i = 0; i < natts; i++) {
      types_[i] = shape.types[i];
      if (types_[i] != nullptr) names_[i] = shape.keys[i].Get(isolate);
    }
    shape_ = &shape;
  }
  // The kept shape itself: valid only until the next shape lookup (converting a composite column).
  RowShape* shape() { return shape_; }
  v8::Local<v8::String>* names() { return names_; }
  const TypeInfo** types() { return types_; }
  ShapeLocals(const ShapeLocals&) = delete;
  ShapeLocals& operator=(const ShapeLocals&) = delete;

 private:
  v8::Local<v8::String> inline_names_[kInline];
  const TypeInfo* inline_types_[kInline];
  std::vector<v8::Local<v8::String>> heap_names_;
  std::vector<const TypeInfo*> heap_types_;
  v8::Local<v8::String>* names_ = inline_names_;
  const TypeInfo** types_ = inline_types_;
  RowShape* shape_ = nullptr;
};

// The row factory of shape for context, compiled on first use there:
//   function (vals, out, start) { for (...) out[start + i] = {a: vals[j], b: vals[j + 1]}; }
// vals holds some rows' values column after column, out one placeholder per row of the result
// (both made in C++, so every element read or written is an own element: no getter or setter of
// the user's runs).
// Empty when the shape cannot use one or compiling failed (then the caller builds the rows itself).
v8::Local<v8::Function> row_factory(v8::Isolate* isolate, v8::Local<v8::Context> context, RowShape* shape) {
  for (RowFactory& f : shape->factories)
    if (f.context.Get(isolate) == context) return f.fn.Get(isolate);
  std::string body =
      "for (var i = start, j = 0; j < vals.length; i++, j += " + std::to_string(shape->live) + ") out[i] = {";
  int column = 0;
  for (int i = 0; i < shape->natts; i++) {
    if (shape->typids[i] == InvalidOid) continue;
    body += NameStr(shape->names[i]);
    body += column == 0 ? ": vals[j]," : ": vals[j + " + std::to_string(column) + "],";
    column++;
  }
  body += "};";
  v8::TryCatch try_catch(isolate);  // a failure (none expected) leaves the ordinary path
  v8::Local<v8::String> params[3] = {js_name(isolate, "vals"), js_name(isolate, "out"), js_name(isolate, "start")};
  v8::ScriptCompiler::Source source(js_string(isolate, body.c_str(), static_cast<int>(body.size())));
  v8::Local<v8::Function> fn;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, 3, params, 0, nullptr).ToLocal(&fn))
    return v8::Local<v8::Function>();
  if (shape->factories.size() >= kFactoriesPerShape) shape->factories.erase(shape->factories.begin());
  shape->factories.emplace_back();
  shape->factories.back().context.Reset(isolate, context);
  shape->factories.back().fn.Reset(isolate, fn);
  return fn;
}

}  // namespace

void row_factories_forget(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  for (RowShape* shape : kept_shapes) {
    if (shape == nullptr) continue;
    auto& list = shape->factories;
    for (size_t i = 0; i < list.size();) {
      if (list[i].context.Get(isolate) == context)
        list.erase(list.begin() + static_cast<long>(i));
      else
        i++;
    }
  }
}

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
  int natts = tupdesc->natts;
  ShapeLocals shape(isolate, tupdesc);
  v8::Local<v8::String>* names = shape.names();
  const TypeInfo** types = shape.types();
  v8::Local<v8::Object> obj = v8::Object::New(isolate);
  for (int i = 0; i < natts; i++) {
    if (types[i] == nullptr) continue;
    bool isnull;
    Datum d = heap_getattr(tuple, i + 1, tupdesc, &isnull);
    (void)obj->Set(context, names[i], datum_to_js(isolate, d, isnull, types[i]));
  }
  return obj;
}

namespace {

// The rows of tuptable made by a row factory: values converted here, objects built by the factory,
// a chunk of rows per call (each chunk's value handles freed after it: the rows stay in out).
v8::Local<v8::Array> rows_from_factory(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                       v8::Local<v8::Function> factory, SPITupleTable* tuptable, uint64 count,
                                       int natts, const TypeInfo** types) {
  TupleDesc tupdesc = tuptable->tupdesc;
  int live = 0;
  for (int i = 0; i < natts; i++) live += types[i] != nullptr;
  constexpr uint64 kChunkRows = 1024;
  uint64 chunk_rows = std::min(count, kChunkRows);
  // Small results (the common case) need no heap allocation.
  constexpr size_t kInline = 64;
  Datum inline_values[kInline];
  bool inline_nulls[kInline];
  v8::Local<v8::Value> inline_vals[kInline];
  v8::Local<v8::Value> inline_rows[kInline];
  std::vector<Datum> heap_values;
  std::vector<char> heap_nulls;
  std::vector<v8::Local<v8::Value>> heap_vals;
  std::vector<v8::Local<v8::Value>> heap_rows;
  Datum* values = inline_values;
  bool* nulls = inline_nulls;
  v8::Local<v8::Value>* vals = inline_vals;
  v8::Local<v8::Value>* placeholders = inline_rows;
  if (static_cast<size_t>(natts) > kInline) {
    heap_values.resize(natts);
    heap_nulls.resize(natts);
    values = heap_values.data();
    nulls = reinterpret_cast<bool*>(heap_nulls.data());
  }
  if (chunk_rows * live > kInline) {
    heap_vals.resize(chunk_rows * live);
    vals = heap_vals.data();
  }
  if (count > kInline) {
    heap_rows.resize(count);
    placeholders = heap_rows.data();
  }
  for (uint64 r = 0; r < count; r++) placeholders[r] = v8::Null(isolate);
  v8::Local<v8::Array> out = v8::Array::New(isolate, placeholders, count);
  for (uint64 start = 0; start < count; start += chunk_rows) {
    v8::HandleScope chunk_scope(isolate);
    uint64 rows = std::min(chunk_rows, count - start);
    size_t k = 0;
    for (uint64 r = start; r < start + rows; r++) {
      heap_deform_tuple(tuptable->vals[r], tupdesc, values, nulls);  // as heap_getattr: no ereport on a sound tuple
      for (int i = 0; i < natts; i++)
        if (types[i] != nullptr) vals[k++] = datum_to_js(isolate, values[i], nulls[i], types[i]);
    }
    v8::Local<v8::Value> args[3] = {v8::Array::New(isolate, vals, k), out,
                                    v8::Number::New(isolate, static_cast<double>(start))};
    if (factory->Call(context, v8::Undefined(isolate), 3, args).IsEmpty()) throw JsPending{};  // stopped (limits)
  }
  return out;
}

}  // namespace

v8::Local<v8::Array> tuptable_to_js(v8::Isolate* isolate, v8::Local<v8::Context> context, SPITupleTable* tuptable,
                                    uint64 count) {
  TupleDesc tupdesc = tuptable->tupdesc;
  int natts = tupdesc->natts;
  // Column names and types once per result.
  constexpr int kInline = ShapeLocals::kInline;
  ShapeLocals shape(isolate, tupdesc);
  v8::Local<v8::String>* names = shape.names();
  const TypeInfo** types = shape.types();
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
  // A shape seen before, or a larger result, gets its rows from a row factory; a single value
  // (one row, one column) is no faster that way.
  RowShape* kept = shape.shape();
  kept->uses++;
  v8::Local<v8::Function> factory;
  if (kept->literal_ok && (count > 1 || kept->live > 1) && (kept->uses > 1 || count >= 64))
    factory = row_factory(isolate, context, kept);
  if (!factory.IsEmpty()) return rows_from_factory(isolate, context, factory, tuptable, count, natts, types);
  v8::Local<v8::Value> inline_rows[kInline];
  std::vector<v8::Local<v8::Value>> heap_rows;
  v8::Local<v8::Value>* out = inline_rows;
  if (count > kInline) {
    heap_rows.resize(count);
    out = heap_rows.data();
  }
  for (uint64 r = 0; r < count; r++) {
    heap_deform_tuple(tuptable->vals[r], tupdesc, values, nulls);  // as heap_getattr: no ereport on a sound tuple
    v8::Local<v8::Object> obj = v8::Object::New(isolate);
    for (int i = 0; i < natts; i++) {
      if (types[i] == nullptr) continue;
      (void)obj->CreateDataProperty(context, names[i], datum_to_js(isolate, values[i], nulls[i], types[i]));
    }
    out[r] = obj;
  }
  return v8::Array::New(isolate, out, count);
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
