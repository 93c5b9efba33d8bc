// jsonb -> JS by walking the binary jsonb container directly (no text round trip), and
// JS -> jsonb through JSON.stringify + jsonb_in.
#include <vector>

#include "convert.h"
#include "errors.h"
#include "js_util.h"

namespace plv8compat {

namespace {

JsonbIteratorToken next_token(JsonbIterator** it, JsonbValue* v) {
  JsonbIteratorToken token = WJB_DONE;
  pg_guard([&] { token = JsonbIteratorNext(it, v, false); });
  return token;
}

v8::Local<v8::Value> scalar_to_js(v8::Isolate* isolate, const JsonbValue& v) {
  switch (v.type) {
    case jbvNull:
      return v8::Null(isolate);
    case jbvBool:
      return v8::Boolean::New(isolate, v.val.boolean);
    case jbvString:
      return js_string(isolate, v.val.string.val, v.val.string.len);
    case jbvNumeric: {
      Datum d = 0;
      pg_guard([&] { d = DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(v.val.numeric)); });
      return v8::Number::New(isolate, DatumGetFloat8(d));
    }
    default:
      throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "unexpected jsonb value type")};
  }
}

}  // namespace

v8::Local<v8::Value> jsonb_to_js(v8::Isolate* isolate, Datum value) {
  Jsonb* jb = nullptr;
  pg_guard([&] { jb = DatumGetJsonbP(value); });
  v8::Local<v8::Context> context = isolate->GetCurrentContext();

  JsonbIterator* it = nullptr;
  pg_guard([&] { it = JsonbIteratorInit(&jb->root); });
  JsonbValue v;
  // Open containers, the next index of each open array, and the key each open container goes under.
  std::vector<v8::Local<v8::Object>> stack;
  std::vector<uint32> next_index;
  std::vector<v8::Local<v8::Value>> keys;
  v8::Local<v8::Value> pending_key;
  v8::Local<v8::Value> result = v8::Null(isolate);
  bool raw_scalar = false;

  auto add = [&](v8::Local<v8::Value> item) {
    if (stack.empty()) {
      result = item;
    } else if (stack.back()->IsArray()) {
      (void)stack.back()->Set(context, next_index.back()++, item);
    } else {
      (void)stack.back()->Set(context, pending_key, item);
    }
  };

  JsonbIteratorToken token;
  while ((token = next_token(&it, &v)) != WJB_DONE) {
    switch (token) {
      case WJB_BEGIN_ARRAY:
        if (v.val.array.rawScalar) {
          raw_scalar = true;  // a top-level scalar is stored as a one-element array
          break;
        }
        keys.push_back(pending_key);
        stack.push_back(v8::Array::New(isolate, v.val.array.nElems));
        next_index.push_back(0);
        break;
      case WJB_BEGIN_OBJECT:
        keys.push_back(pending_key);
        stack.push_back(v8::Object::New(isolate));
        next_index.push_back(0);
        break;
      case WJB_KEY:
        pending_key = js_name(isolate, std::string(v.val.string.val, v.val.string.len).c_str());
        break;
      case WJB_VALUE:
      case WJB_ELEM:
        if (raw_scalar && stack.empty()) result = scalar_to_js(isolate, v);
        else add(scalar_to_js(isolate, v));
        break;
      case WJB_END_ARRAY:
      case WJB_END_OBJECT: {
        if (stack.empty()) break;  // end of a raw scalar's wrapper array
        v8::Local<v8::Object> done = stack.back();
        stack.pop_back();
        next_index.pop_back();
        pending_key = keys.back();
        keys.pop_back();
        add(done);
        break;
      }
      default:
        break;
    }
  }
  return result;
}

Datum js_to_jsonb(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value, bool* isnull) {
  v8::Local<v8::String> json;
  v8::Local<v8::Value> maybe_json;
  if (!v8::JSON::Stringify(context, value).ToLocal(&json)) throw JsPending{};
  char* text = js_to_cstring(isolate, context, json);
  if (text == nullptr) throw JsPending{};
  *isnull = false;
  Datum d = 0;
  pg_guard([&] { d = DirectFunctionCall1(jsonb_in, CStringGetDatum(text)); });
  return d;
}

}  // namespace plv8compat
