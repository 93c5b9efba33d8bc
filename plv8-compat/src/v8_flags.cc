// V8 flags. A flag can make V8 abort the process (--abort-on-uncaught-exception, --hard-abort,
// test-only flags), raise the heap beyond plv8.memory_limit (--max-old-space-size), or hand
// JavaScript V8 internals (--allow-natives-syntax). A backend killed by a signal makes the
// postmaster restart every session of the cluster, so plv8.v8_flags is superuser-only AND limited
// to flags that only trade speed or start-up work; everything else is refused when it is set.
#include "v8_flags.h"

#include <v8.h>

#include <cstring>
#include <string>

namespace plv8compat {

namespace {

// The flags plv8.v8_flags may carry (also in the plv8-compat README). Each one only changes how
// V8 compiles or starts, or (--use-strict) the language mode: none aborts, changes memory limits,
// or exposes V8 internals.
constexpr const char* kAllowedFlags[] = {
    "--jitless",                   // interpreter only, no executable memory
    "--no-opt",                    // no optimizing compiler (TurboFan)
    "--no-sparkplug",              // no baseline compiler
    "--lite-mode",                 // smaller memory footprint, slower code
    "--single-threaded",           // no background GC/compiler threads
    "--no-short-builtin-calls",    // code layout tuning
    "--verify-snapshot-checksum",  // V8's own check of its built-in snapshot
    "--no-verify-snapshot-checksum",
    "--expose-gc",   // a global gc() (tests measure the heap after a full GC)
    "--use-strict",  // every script in strict mode: a language choice, as a "use strict" line is
};

// V8 treats '_' and '-' in flag names alike.
std::string normalized(const char* token, size_t len) {
  std::string out(token, len);
  for (char& c : out)
    if (c == '_') c = '-';
  return out;
}

bool allowed(const std::string& flag) {
  for (const char* a : kAllowedFlags)
    if (flag == a) return true;
  return false;
}

std::string allowed_list() {
  std::string out;
  for (const char* a : kAllowedFlags) {
    if (!out.empty()) out += ", ";
    out += a;
  }
  return out;
}

}  // namespace

void v8_flags_set_engine_defaults() {
  // --no-hard-abort: when V8 gives up, base::OS::Abort() would execute a trap instruction
  //   (SIGTRAP) before anything else could run; the engine's fatal hook (v8_fatal.cc) ends the
  //   backend cleanly first, and this keeps any path that still reaches Abort() from trapping.
  // --no-expose-wasm: WebAssembly memories are allocated outside the ArrayBuffer allocator that
  //   enforces plv8.memory_limit (a module can reserve gigabytes), and wasm adds compiler
  //   fatal paths; no PL/v8 API needs it.
  v8::V8::SetFlagsFromString("--no-hard-abort --no-expose-wasm");
}

namespace {
bool strict_applied = false;
}  // namespace

void v8_flags_apply(const char* flags) {
  if (flags == nullptr || flags[0] == '\0') return;
  v8::V8::SetFlagsFromString(flags);
  const char* s = flags;
  while (*s != '\0') {
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    const char* start = s;
    while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') s++;
    if (s > start && normalized(start, s - start) == "--use-strict") strict_applied = true;
  }
}

bool v8_flags_strict() { return strict_applied; }

bool v8_flags_check(char** newval, void** extra, GucSource source) {
  const char* s = *newval;
  if (s == nullptr) return true;
  while (*s != '\0') {
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    if (*s == '\0') break;
    const char* start = s;
    while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') s++;
    std::string flag = normalized(start, s - start);
    if (!allowed(flag)) {
      GUC_check_errcode(ERRCODE_INVALID_PARAMETER_VALUE);
      GUC_check_errmsg("V8 flag \"%s\" is not allowed in plv8.v8_flags", flag.c_str());
      GUC_check_errdetail("Allowed flags: %s.", allowed_list().c_str());
      GUC_check_errhint(
          "Flags that can abort the server process, change V8's memory limits (use "
          "plv8.memory_limit) or expose V8 internals are refused; write each flag "
          "on its own, without a value.");
      return false;
    }
  }
  return true;
}

}  // namespace plv8compat
