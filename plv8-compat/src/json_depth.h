// The nesting limit for JSON text that crosses into or out of JavaScript: JSON.parse, json/jsonb
// arguments and results. V8's JSON.parse keeps its nesting stack in native memory, outside the
// heap limit and without interrupt checks, so '[0,'.repeat(2e7) ran for minutes and gigabytes;
// checking the depth first is one cheap pass over the text.
#pragma once

#include <cstddef>
#include <string>

#include <v8.h>

namespace plv8compat {

// Arrays/objects nested deeper than this are refused (SQLSTATE 54001, statement_too_complex).
// Real documents stay far below it; PostgreSQL's own jsonb nesting is bounded by the stack.
constexpr int kMaxJsonDepth = 1000;

// Tracks bracket nesting outside JSON strings across chunks of text. It does not validate: the
// real parser still rejects malformed text, this only stops at the first too-deep bracket.
class JsonDepthScanner {
 public:
  // Returns false once the text nests deeper than kMaxJsonDepth.
  template <typename Char>
  bool feed(const Char* text, size_t length) {
    for (size_t i = 0; i < length; i++) {
      Char c = text[i];
      if (in_string_) {
        if (escaped_)
          escaped_ = false;
        else if (c == '\\')
          escaped_ = true;
        else if (c == '"')
          in_string_ = false;
      } else if (c == '"') {
        in_string_ = true;
      } else if (c == '[' || c == '{') {
        if (++depth_ > kMaxJsonDepth) return false;
      } else if ((c == ']' || c == '}') && depth_ > 0) {
        depth_--;
      }
    }
    return true;
  }

 private:
  int depth_ = 0;
  bool in_string_ = false;
  bool escaped_ = false;
};

// True if the JSON text (UTF-8 or any ASCII-compatible encoding) nests deeper than kMaxJsonDepth.
bool json_text_too_deep(const char* text, size_t length);
// The same for a JS string (read in chunks, no full copy).
bool json_string_too_deep(v8::Isolate* isolate, v8::Local<v8::String> text);

// The message used wherever the limit is hit; `what` names the operation ("JSON.parse", "jsonb
// argument", ...).
std::string json_too_deep_message(const char* what);
extern const char* const kJsonTooDeepHint;

// Throws PgError (54001) for conversions at handler level.
[[noreturn]] void throw_json_too_deep(const char* what);

}  // namespace plv8compat
