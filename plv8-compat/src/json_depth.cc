// JSON nesting limit; see json_depth.h.
#include "json_depth.h"

#include <algorithm>

#include "errors.h"
#include "pg.h"

namespace plv8compat {

const char* const kJsonTooDeepHint =
    "Flatten the data, or pass deeply nested structures as text and parse them in pieces.";

bool json_text_too_deep(const char* text, size_t length) {
  if (length <= static_cast<size_t>(kMaxJsonDepth)) return false;  // cannot hold that many brackets
  JsonDepthScanner scanner;
  return !scanner.feed(text, length);
}

bool json_string_too_deep(v8::Isolate* isolate, v8::Local<v8::String> text) {
  int length = text->Length();
  if (length <= kMaxJsonDepth) return false;
  JsonDepthScanner scanner;
  constexpr int kChunk = 8192;
  uint16_t buffer[kChunk];
  for (int start = 0; start < length; start += kChunk) {
    int n = std::min(kChunk, length - start);
    text->Write(isolate, buffer, start, n, v8::String::NO_NULL_TERMINATION);
    if (!scanner.feed(buffer, n)) return true;
  }
  return false;
}

std::string json_too_deep_message(const char* what) {
  return std::string(what) + ": JSON nesting is deeper than " + std::to_string(kMaxJsonDepth) + " levels, plv8's limit";
}

void throw_json_too_deep(const char* what) {
  throw PgError{
      make_error(ERRCODE_STATEMENT_TOO_COMPLEX, json_too_deep_message(what).c_str(), nullptr, kJsonTooDeepHint)};
}

}  // namespace plv8compat
