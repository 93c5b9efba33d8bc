// Named private contexts: parsing the `// plv8:context NAME` pragma and deciding, per function and
// pg_proc row version, which context a function runs in (see private_context.h).
#include <cstring>
#include <string>
#include <unordered_map>

#include "private_context.h"
#include "errors.h"

extern "C" {
#include "utils/acl.h"
}

namespace plv8compat {

namespace {

constexpr const char kPragma[] = "// plv8:context";

bool valid_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

// The pragma found in a function body at one pg_proc row version.
struct Placement {
  TransactionId xmin;
  ItemPointerData tid;
  ContextPragma pragma;
  std::string name;
};

std::unordered_map<Oid, Placement> placements;  // by function oid

bool same_version(const Placement& p, const ProcVersion& v) {
  return p.xmin == v.xmin &&
         ItemPointerEquals(const_cast<ItemPointerData*>(&p.tid), const_cast<ItemPointerData*>(&v.tid));
}

}  // namespace

ContextPragma parse_context_pragma(const char* body, std::string* name) {
  size_t plen = sizeof(kPragma) - 1;
  if (strncmp(body, kPragma, plen) != 0) return ContextPragma::None;
  const char* p = body + plen;
  // `// plv8:contextual ...` is some other comment; only a space, a line end or the end of the
  // body after the keyword makes this our pragma.
  if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\0') return ContextPragma::None;
  if (*p != ' ') return ContextPragma::Invalid;  // keyword without a name
  p++;
  const char* start = p;
  while (*p != '\0' && *p != '\n' && *p != '\r') p++;
  size_t len = p - start;
  if (*p == '\r' && p[1] != '\n') return ContextPragma::Invalid;  // a lone CR is not a line end
  if (len == 0 || len > static_cast<size_t>(kContextNameMax)) return ContextPragma::Invalid;
  for (size_t i = 0; i < len; i++)
    if (!valid_name_char(start[i])) return ContextPragma::Invalid;
  name->assign(start, len);
  return ContextPragma::Valid;
}

void read_proc_version(Oid fn_oid, ProcVersion* version) {
  HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
  if (!HeapTupleIsValid(tuple)) elog(ERROR, "cache lookup failed for function %u", fn_oid);
  version->xmin = HeapTupleHeaderGetRawXmin(tuple->t_data);
  version->tid = tuple->t_self;
  version->owner = ((Form_pg_proc)GETSTRUCT(tuple))->proowner;
  ReleaseSysCache(tuple);
}

ContextPragma function_pragma(Oid fn_oid, const ProcVersion& version, std::string* name) {
  auto it = placements.find(fn_oid);
  if (it == placements.end() || !same_version(it->second, version)) {
    Placement fresh;
    fresh.xmin = version.xmin;
    fresh.tid = version.tid;
    char* body = nullptr;
    pg_guard([&] {
      HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
      if (!HeapTupleIsValid(tuple)) elog(ERROR, "cache lookup failed for function %u", fn_oid);
      bool isnull;
      Datum src = SysCacheGetAttr(PROCOID, tuple, Anum_pg_proc_prosrc, &isnull);
      // Only the first line matters: read at most the pragma's length plus a name and a CRLF.
      if (!isnull) {
        text* head = DatumGetTextPSlice(src, 0, sizeof(kPragma) + kContextNameMax + 2);
        body = text_to_cstring(head);
      }
      ReleaseSysCache(tuple);
    });
    fresh.pragma = body ? parse_context_pragma(body, &fresh.name) : ContextPragma::None;
    it = placements.insert_or_assign(fn_oid, fresh).first;
  }
  if (it->second.pragma == ContextPragma::Valid) *name = it->second.name;
  return it->second.pragma;
}

bool pragma_applies(ContextPragma pragma, Oid owner) {
  if (pragma == ContextPragma::None) return false;
  bool super = false;
  pg_guard([&] { super = superuser_arg(owner); });
  return super;
}

std::string function_context_name(Oid fn_oid, const ProcVersion& version) {
  std::string name;
  ContextPragma pragma = function_pragma(fn_oid, version, &name);
  if (!pragma_applies(pragma, version.owner)) return std::string();
  if (pragma == ContextPragma::Invalid) {
    char* fname = nullptr;
    pg_guard([&] { fname = get_func_name(fn_oid); });
    std::string msg =
        std::string("function ") + (fname ? fname : "?") + " has a malformed \"// plv8:context NAME\" first line";
    throw PgError{make_error(ERRCODE_INVALID_NAME, msg.c_str(),
                             "The first line must be exactly \"// plv8:context NAME\", NAME being 1 to 63 of "
                             "a-z 0-9 _ . - and nothing else on the line.",
                             "Fix the first line with CREATE OR REPLACE FUNCTION, or remove it to run the "
                             "function in the role's ordinary context.")};
  }
  return name;
}

}  // namespace plv8compat
