// Small helpers for V8 strings and values used across the handler.
#pragma once

#include <cstring>

#include <v8.h>

#include "errors.h"
#include "pg.h"

namespace plv8compat {

// The error for text longer than V8's maximum string length (~512 MB), which PostgreSQL values
// (up to 1 GB) can be.
inline PgError string_too_long() {
  return PgError{make_error(ERRCODE_PROGRAM_LIMIT_EXCEEDED, "value is too long for a JavaScript string", nullptr,
                            "JavaScript strings hold at most about 512 MB.")};
}

// A JS string from UTF-8; throws string_too_long() past V8's maximum string length.
inline v8::Local<v8::String> js_string(v8::Isolate* isolate, const char* s, int len = -1) {
  v8::Local<v8::String> out;
  if (!v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kNormal, len).ToLocal(&out)) throw string_too_long();
  return out;
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
