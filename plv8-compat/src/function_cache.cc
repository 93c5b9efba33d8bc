// Function cache and compilation of pg_proc bodies into V8 functions.
#include <cstdint>
#include <string>
#include <unordered_map>

#include "function_cache.h"
#include "code_cache.h"
#include "errors.h"
#include "js_util.h"
#include "startup_clock.h"
#include "v8_flags.h"

namespace plv8compat {

namespace {

std::unordered_map<uint64_t, ProcInfo*> procs;  // key: context id << 32 | fn_oid

uint64_t key_of(Oid fn_oid, const RuntimeContext* context) {
  return (static_cast<uint64_t>(context->id) << 32) | fn_oid;
}

// Parameter names PL/v8 gives trigger functions.
const char* const kTriggerParams[] = {"NEW",   "OLD",      "TG_NAME",       "TG_WHEN",         "TG_LEVEL",
                                      "TG_OP", "TG_RELID", "TG_TABLE_NAME", "TG_TABLE_SCHEMA", "TG_ARGV"};

// What compilation needs from the pg_proc row, copied out while the syscache entry is pinned.
struct ProcSource {
  TransactionId xmin;
  ItemPointerData tid;
  Oid owner;
  char* name;
  char* body;
  char prokind;
  bool retset;
  Oid rettype;
  int nargs;
  Oid argtypes[FUNC_MAX_ARGS];
  char* argnames[FUNC_MAX_ARGS];
};

// Reads the pg_proc row (C calls only: runs inside pg_guard).
void read_proc(Oid fn_oid, ProcSource* src) {
  HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
  if (!HeapTupleIsValid(tuple)) elog(ERROR, "cache lookup failed for function %u", fn_oid);
  Form_pg_proc proc = (Form_pg_proc)GETSTRUCT(tuple);
  src->xmin = HeapTupleHeaderGetRawXmin(tuple->t_data);
  src->tid = tuple->t_self;
  src->owner = proc->proowner;
  src->name = pstrdup(NameStr(proc->proname));
  src->prokind = proc->prokind;
  src->retset = proc->proretset;
  src->rettype = proc->prorettype;
  bool isnull;
  Datum body = SysCacheGetAttr(PROCOID, tuple, Anum_pg_proc_prosrc, &isnull);
  if (isnull) elog(ERROR, "null prosrc for function %u", fn_oid);
  src->body = TextDatumGetCString(body);
  Oid* types;
  char** names;
  char* modes;
  int total = get_func_arg_info(tuple, &types, &names, &modes);
  src->nargs = 0;
  for (int i = 0; i < total; i++) {
    char mode = modes ? modes[i] : PROARGMODE_IN;
    if (mode == PROARGMODE_OUT || mode == PROARGMODE_TABLE) continue;  // not JS parameters
    src->argtypes[src->nargs] = types[i];
    src->argnames[src->nargs] = (names && names[i] && names[i][0]) ? names[i] : nullptr;
    src->nargs++;
  }
  ReleaseSysCache(tuple);
}

bool is_current(const ProcInfo* info, const ProcVersion& v) {
  return info->xmin == v.xmin && info->owner == v.owner &&
         ItemPointerEquals(const_cast<ItemPointerData*>(&info->tid), const_cast<ItemPointerData*>(&v.tid));
}

// Whether a cached entry is still in the right context: only a pragma function can move (its
// owner may have gained or lost superuser without any change to its pg_proc row).
bool context_still_right(const ProcInfo* info) {
  switch (info->pragma) {
    case ContextPragma::None: return !info->context->is_private();
    case ContextPragma::Valid: return pragma_applies(info->pragma, info->owner) == info->context->is_private();
    case ContextPragma::Invalid: return false;  // resolve again: raises the error if the owner is (now) a superuser
  }
  return false;
}

// The cached (maybe stale) entry of fn_oid in context; compiled again when the row changed.
ProcInfo* lookup_or_compile(v8::Isolate* isolate, RuntimeContext* context, Oid fn_oid, const ProcVersion& v);

void compile_into(v8::Isolate* isolate, v8::Local<v8::Context> context, Oid fn_oid, ProcInfo* info) {
  ProcSource src;
  double t0 = monotonic_ms();
  pg_guard([&] { read_proc(fn_oid, &src); });
  double read_ms = monotonic_ms() - t0;
  bool is_trigger = src.rettype == TRIGGEROID;
  if (src.rettype == EVENT_TRIGGEROID)
    throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "PL/v8 event trigger functions are not supported")};

  // Unnamed arguments are $1, $2, ... as in PL/v8.
  const char* params[FUNC_MAX_ARGS];
  std::string unnamed[FUNC_MAX_ARGS];
  int nparams;
  if (is_trigger) {
    nparams = 10;
    for (int i = 0; i < nparams; i++) params[i] = kTriggerParams[i];
  } else {
    nparams = src.nargs;
    for (int i = 0; i < nparams; i++) {
      if (src.argnames[i]) {
        params[i] = src.argnames[i];
      } else {
        unnamed[i] = "$" + std::to_string(i + 1);
        params[i] = unnamed[i].c_str();
      }
    }
  }
  // Large superuser-owned bodies (bundles such as Wormhole's runtime) go through the code cache.
  bool cacheable = false;
  size_t body_len = strlen(src.body);
  pg_guard([&] {
    cacheable = code_cache_applies(src.owner, body_len);
    // Large bodies are start-up work (Wormhole's runtime and installer): their pg_proc row, with the
    // source detoasted, is timed at DEBUG1 beside the code cache's own line.
    if (cacheable)
      elog(DEBUG1, "plv8 start-up: function %s: pg_proc row %.2f ms (%zu bytes of source)", src.name, read_ms,
           body_len);
  });
  v8::Local<v8::Function> fn = cacheable ? code_cache_compile(isolate, context, src.name, src.body, nparams, params)
                                         : compile_body(isolate, context, src.name, src.body, nparams, params);

  info->fn_oid = fn_oid;
  info->xmin = src.xmin;
  info->tid = src.tid;
  info->owner = src.owner;
  std::string context_name;
  info->pragma = parse_context_pragma(src.body, &context_name);
  info->function.Reset(isolate, fn);
  strlcpy(info->name, src.name, NAMEDATALEN);
  info->prokind = src.prokind;
  info->is_trigger = is_trigger;
  info->retset = src.retset;
  info->rettype = src.rettype;
  info->nargs = is_trigger ? 0 : src.nargs;
  info->polymorphic = false;
  info->args_plain = true;
  for (int i = 0; i < info->nargs; i++) {
    info->argtypes[i] = src.argtypes[i];
    bool poly = IsPolymorphicType(src.argtypes[i]);
    info->polymorphic |= poly;
    info->arg_info[i] = poly ? nullptr : type_info(src.argtypes[i]);
    info->args_plain &= info->arg_info[i] != nullptr && plain_to_js(info->arg_info[i]);
  }
  bool ret_poly = IsPolymorphicType(src.rettype);
  info->polymorphic |= ret_poly;
  bool ret_special = is_trigger || ret_poly || src.rettype == RECORDOID;
  info->ret_info = ret_special ? nullptr : type_info(src.rettype);
}

}  // namespace

v8::Local<v8::Function> compile_body(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                     const char* body, int nparams, const char* const* params,
                                     v8::ScriptCompiler::CachedData* cached, bool* rejected) {
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::String> param_names[FUNC_MAX_ARGS];
  for (int i = 0; i < nparams; i++) param_names[i] = js_name(isolate, params[i]);
  // Under --use-strict the directive goes on a line of its own before the body; the line offset
  // keeps "LINE n" and the source line in CONTEXT as the user wrote them.
  bool strict = v8_flags_strict();
  std::string strict_body = strict ? std::string("\"use strict\";\n") + body : std::string();
  v8::ScriptOrigin origin(isolate, js_string(isolate, name), strict ? -1 : 0);
  v8::ScriptCompiler::Source source(js_string(isolate, strict ? strict_body.c_str() : body), origin,
                                    cached);  // Source deletes `cached`
  v8::ScriptCompiler::CompileOptions options =
      cached ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> fn;
  bool compiled =
      v8::ScriptCompiler::CompileFunction(context, &source, nparams, param_names, 0, nullptr, options).ToLocal(&fn);
  if (rejected != nullptr) *rejected = cached != nullptr && source.GetCachedData()->rejected;
  if (!compiled) {
    ErrorData* edata = js_exception_to_error(isolate, context, try_catch, name);
    edata->sqlerrcode = ERRCODE_SYNTAX_ERROR;  // its CONTEXT gives "name() LINE n: <source line>"
    throw PgError{edata};
  }
  return scope.Escape(fn);
}

namespace {

ProcInfo* lookup_or_compile(v8::Isolate* isolate, RuntimeContext* context, Oid fn_oid, const ProcVersion& v) {
  ProcInfo* info;
  auto it = procs.find(key_of(fn_oid, context));
  if (it != procs.end()) {
    info = it->second;
  } else {
    info = new ProcInfo();
    info->fn_oid = fn_oid;
    info->role = context->role;
    info->context = context;
    info->xmin = InvalidTransactionId;
    ItemPointerSetInvalid(&info->tid);
    procs.emplace(key_of(fn_oid, context), info);
  }
  if (!is_current(info, v) || info->function.IsEmpty()) {
    info->xmin = InvalidTransactionId;  // stays invalid if compilation fails
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> v8_context = context->context.Get(isolate);
    v8::Context::Scope context_scope(v8_context);
    compile_into(isolate, v8_context, fn_oid, info);
  }
  return info;
}

}  // namespace

ProcInfo* proc_for_call(v8::Isolate* isolate, Oid fn_oid, FmgrInfo* flinfo) {
  Oid role = GetUserId();
  ProcVersion v;
  pg_guard([&] { read_proc_version(fn_oid, &v); });

  ProcInfo* info = flinfo ? static_cast<ProcInfo*>(flinfo->fn_extra) : nullptr;
  if (info != nullptr && info->role == role && info->fn_oid == fn_oid && is_current(info, v) &&
      !info->context->context.IsEmpty() && context_still_right(info))
    return info;

  // Which context: decided from the current row (pragma and owner), then created if new.
  std::string name = function_context_name(fn_oid, v);
  RuntimeContext* context = name.empty() ? ordinary_context(isolate) : private_context(isolate, name);
  info = lookup_or_compile(isolate, context, fn_oid, v);
  if (flinfo) flinfo->fn_extra = info;
  return info;
}

ProcInfo* proc_in_context(v8::Isolate* isolate, RuntimeContext* context, Oid fn_oid) {
  ProcVersion v;
  pg_guard([&] { read_proc_version(fn_oid, &v); });
  return lookup_or_compile(isolate, context, fn_oid, v);
}

void proc_cache_forget_role(Oid role) {
  for (auto& entry : procs) {
    if (entry.second->role == role) {
      entry.second->function.Reset();
      entry.second->xmin = InvalidTransactionId;
    }
  }
}

void proc_cache_forget_context(const RuntimeContext* context) {
  for (auto& entry : procs) {
    if (entry.second->context == context) {
      entry.second->function.Reset();
      entry.second->xmin = InvalidTransactionId;
    }
  }
}

}  // namespace plv8compat
