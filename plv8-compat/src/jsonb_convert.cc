// jsonb <-> JS through JSON text: JsonbToCString + JSON.parse, JSON.stringify + jsonb_in. The text
// is checked against the JSON nesting limit (json_depth.h) in both directions.
#include "convert.h"
#include "errors.h"
#include "js_util.h"
#include "json_depth.h"

namespace plv8compat {

// Measured (20,000 documents of ~30 values, plv8-compat README): printing the jsonb with
// JsonbToCString and handing the text to V8's JSON.parse is about twice as fast as walking the
// binary container with JsonbIterator and building objects through the V8 API (per-property API
// calls and numeric -> double conversions dominate the walk), so jsonb takes the text route.
v8::Local<v8::Value> jsonb_to_js(v8::Isolate* isolate, Datum value) {
  char* text = nullptr;
  pg_guard([&] {
    Jsonb* jb = DatumGetJsonbP(value);
    text = JsonbToCString(nullptr, &jb->root, VARSIZE(jb));
  });
  if (json_text_too_deep(text, strlen(text))) throw_json_too_deep("jsonb value");
  v8::Local<v8::Value> parsed;
  if (!v8::JSON::Parse(isolate->GetCurrentContext(), js_string(isolate, text)).ToLocal(&parsed)) throw JsPending{};
  pfree(text);
  return parsed;
}

Datum js_to_jsonb(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value, bool* isnull) {
  v8::Local<v8::String> json;
  if (!v8::JSON::Stringify(context, value).ToLocal(&json)) throw JsPending{};
  if (!json->IsString() || json->StrictEquals(js_name(isolate, "undefined"))) {
    // functions, symbols: JSON.stringify gives undefined (V8's API: the text "undefined") -> NULL
    *isnull = true;
    return 0;
  }
  char* text = js_to_cstring(isolate, context, json);
  if (text == nullptr) throw JsPending{};
  if (json_text_too_deep(text, strlen(text))) throw_json_too_deep("jsonb value");
  *isnull = false;
  Datum d = 0;
  pg_guard([&] { d = DirectFunctionCall1(jsonb_in, CStringGetDatum(text)); });
  return d;
}

}  // namespace plv8compat
