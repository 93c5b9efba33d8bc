// Small helpers for V8 strings and values used across the handler.
#pragma once

#include <cstring>

#include <v8.h>

#include "pg.h"

namespace plv8compat {

inline v8::Local<v8::String> js_string(v8::Isolate* isolate, const char* s, int len = -1) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kNormal, len).ToLocalChecked();
}

// Internalized string for property names used on hot paths (column names, field keys).
inline v8::Local<v8::String> js_name(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kInternalized).ToLocalChecked();
}

// String(value) as a palloc'd UTF-8 C string; nullptr if toString() threw (exception stays pending).
inline char* js_to_cstring(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> value) {
  v8::Local<v8::String> str;
  if (value->IsString()) {
    str = value.As<v8::String>();
  } else if (!value->ToString(context).ToLocal(&str)) {
    return nullptr;
  }
  int len = str->Utf8Length(isolate);
  char* buf = static_cast<char*>(palloc(len + 1));
  str->WriteUtf8(isolate, buf, len + 1, nullptr, v8::String::NO_NULL_TERMINATION);
  buf[len] = '\0';
  return buf;
}

}  // namespace plv8compat
