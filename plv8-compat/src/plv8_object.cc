// plv8.elog, quote_*, find_function, memory_usage, version; and wiring of every plv8.* method.
#include <string>

#include "plv8_object.h"
#include "callback.h"
#include "context.h"
#include "errors.h"
#include "function_cache.h"
#include "js_util.h"
#include "spi.h"
#include "srf.h"
#include "window.h"

extern "C" {
#include "utils/acl.h"
}

namespace plv8compat {

const char* const kPlv8Version = "3.2.0-wormhole-compat";

namespace {

struct Level {
  const char* name;
  int elevel;
};
const Level kLevels[] = {{"DEBUG5", DEBUG5},   {"DEBUG4", DEBUG4}, {"DEBUG3", DEBUG3}, {"DEBUG2", DEBUG2},
                         {"DEBUG1", DEBUG1},   {"LOG", LOG},       {"INFO", INFO},     {"NOTICE", NOTICE},
                         {"WARNING", WARNING}, {"ERROR", ERROR}};

char* arg_cstring(const v8::FunctionCallbackInfo<v8::Value>& info, int i) {
  char* s = js_to_cstring(info.GetIsolate(), info.GetIsolate()->GetCurrentContext(), info[i]);
  if (s == nullptr) throw JsPending{};
  return s;
}

// plv8.elog(level, msg, ...): messages are joined with spaces. ERROR throws a JS Error instead of
// aborting (it becomes a PostgreSQL ERROR if nobody catches it).
void elog_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 2 || !info[0]->IsInt32()) {
    throw_js_type_error(isolate, "plv8.elog(level, message, ...) needs a level such as NOTICE and a message");
    return;
  }
  int level = info[0].As<v8::Int32>()->Value();
  bool known = false;
  for (const Level& l : kLevels) known |= l.elevel == level;
  if (!known) {
    throw_js_error(isolate, "plv8.elog: invalid level; use DEBUG5..DEBUG1, LOG, INFO, NOTICE, WARNING or ERROR");
    return;
  }
  std::string message;
  for (int i = 1; i < info.Length(); i++) {
    if (i > 1) message += ' ';
    message += arg_cstring(info, i);
  }
  if (level >= ERROR) {
    v8::Local<v8::Value> error = v8::Exception::Error(js_string(isolate, message.c_str()));
    (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(), js_name(isolate, "sqlerrcode"),
                                      js_string(isolate, "XX000"));
    isolate->ThrowException(error);
    return;
  }
  const char* msg = message.c_str();
  pg_guard([&] { ereport(level, (errmsg_internal("%s", msg))); });
}

// As PL/v8: the argument's string form quoted, so null gives 'null' (use quote_nullable for SQL
// NULL); no argument gives undefined.
void quote_literal_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1) return;
  char* s = arg_cstring(info, 0);
  char* quoted = nullptr;
  pg_guard([&] { quoted = quote_literal_cstr(s); });
  info.GetReturnValue().Set(js_string(info.GetIsolate(), quoted));
}

void quote_nullable_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1 || info[0]->IsNull() || info[0]->IsUndefined()) {
    info.GetReturnValue().Set(js_string(info.GetIsolate(), "NULL"));
    return;
  }
  quote_literal_cb(info);
}

void quote_ident_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 1) {
    throw_js_type_error(info.GetIsolate(), "plv8.quote_ident(name) needs a name");
    return;
  }
  char* s = arg_cstring(info, 0);
  const char* quoted = nullptr;
  pg_guard([&] { quoted = quote_identifier(s); });
  info.GetReturnValue().Set(js_string(info.GetIsolate(), quoted));
}

// plv8.find_function('name' or 'name(argtypes)'): the compiled JS function of another PL/v8
// function, called directly (no SQL round trip). As in PL/v8, without EXECUTE on the target for
// the current user it returns undefined with a WARNING (nothing is handed out, so the caller cannot
// run it; PL/v8 code tests the result). It returns only functions that run in the caller's own context: handing a
// private context's function to the role's ordinary context (or the reverse) would let code there
// call into, and reach the globals of, a context it must not see.
void find_function_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsString()) {
    throw_js_type_error(isolate, "plv8.find_function(name) needs a function name such as 'f' or 'f(int, text)'");
    return;
  }
  char* name = arg_cstring(info, 0);
  Oid fn_oid = InvalidOid;
  Oid lang = InvalidOid;
  Oid plv8_lang = InvalidOid;
  AclResult acl = ACLCHECK_OK;
  ProcVersion version;
  // A failed lookup or permission check is harmless to the transaction, so it is a plain
  // (non-poisoning) JS error.
  try {
    pg_guard([&] {
      PGFunction parse = strchr(name, '(') ? regprocedurein : regprocin;
      fn_oid = DatumGetObjectId(DirectFunctionCall1(parse, CStringGetDatum(name)));
      HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn_oid));
      if (HeapTupleIsValid(tuple)) {
        lang = ((Form_pg_proc)GETSTRUCT(tuple))->prolang;
        ReleaseSysCache(tuple);
      }
      plv8_lang = get_language_oid("plv8", true);
      acl = pg_proc_aclcheck(fn_oid, GetUserId(), ACL_EXECUTE);
      if (acl != ACLCHECK_OK)
        elog(WARNING, "failed to find or no permission for js function %s", name);  // PL/v8's words
      else if (lang == plv8_lang)
        read_proc_version(fn_oid, &version);
    });
  } catch (const PgError& e) {
    throw_pg_error_to_js(isolate, e.edata, false);
    return;
  }
  if (acl != ACLCHECK_OK) return;  // undefined, after the WARNING above
  if (lang != plv8_lang) {
    std::string msg = std::string("javascript function is not found for \"") + name + "\"";  // PL/v8's words
    throw_js_error(isolate, msg.c_str());
    return;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  RuntimeContext* caller = context_entry(context);
  std::string target;
  try {
    target = function_context_name(fn_oid, version);
  } catch (const PgError& e) {
    throw_pg_error_to_js(isolate, e.edata, false);
    return;
  }
  if (caller == nullptr || caller->name != target) {
    std::string msg;
    if (!target.empty())
      msg = std::string("function ") + name + " runs in private context \"" + target +
            "\"; plv8.find_function cannot return it here";
    else
      msg = std::string("function ") + name +
            " runs in the role's ordinary context; plv8.find_function in private "
            "context \"" +
            (caller ? caller->name : std::string("?")) + "\" returns only functions of that context";
    throw_pg_error_to_js(isolate,
                         make_error(ERRCODE_INSUFFICIENT_PRIVILEGE, msg.c_str(), nullptr,
                                    "Call it through SQL instead, e.g. plv8.execute('SELECT f($1)', [x])."),
                         false);
    return;
  }
  ProcInfo* proc = proc_in_context(isolate, caller, fn_oid);
  info.GetReturnValue().Set(proc->function.Get(isolate));
}

void memory_usage_cb(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  v8::Local<v8::Object> obj = v8::Object::New(isolate);
  auto put = [&](const char* key, size_t value) {
    (void)obj->Set(context, js_name(isolate, key), v8::Number::New(isolate, static_cast<double>(value)));
  };
  put("total_heap_size", stats.total_heap_size());
  put("total_heap_size_executable", stats.total_heap_size_executable());
  put("total_physical_size", stats.total_physical_size());
  put("total_available_size", stats.total_available_size());
  put("used_heap_size", stats.used_heap_size());
  put("heap_size_limit", stats.heap_size_limit());
  put("malloced_memory", stats.malloced_memory());
  put("external_memory", stats.external_memory());
  info.GetReturnValue().Set(obj);
}

}  // namespace

void install_plv8_object(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  v8::HandleScope scope(isolate);
  static v8::Eternal<v8::ObjectTemplate> eternal;
  if (eternal.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    set_method<elog_cb>(isolate, tmpl, "elog");
    set_method<quote_literal_cb>(isolate, tmpl, "quote_literal");
    set_method<quote_nullable_cb>(isolate, tmpl, "quote_nullable");
    set_method<quote_ident_cb>(isolate, tmpl, "quote_ident");
    set_method<find_function_cb>(isolate, tmpl, "find_function");
    set_method<memory_usage_cb>(isolate, tmpl, "memory_usage");
    set_method<spi_execute>(isolate, tmpl, "execute");
    set_method<spi_prepare>(isolate, tmpl, "prepare");
    set_method<spi_subtransaction>(isolate, tmpl, "subtransaction");
    set_method<spi_without_statement_subtransactions>(isolate, tmpl, "without_statement_subtransactions");
    set_method<spi_commit>(isolate, tmpl, "commit");
    set_method<spi_rollback>(isolate, tmpl, "rollback");
    set_method<srf_return_next>(isolate, tmpl, "return_next");
    set_method<window_get_object>(isolate, tmpl, "get_window_object");
    tmpl->Set(js_name(isolate, "version"), js_string(isolate, kPlv8Version));
    eternal.Set(isolate, tmpl);
  }
  v8::Local<v8::Object> plv8 = eternal.Get(isolate)->NewInstance(context).ToLocalChecked();
  v8::Local<v8::Object> global = context->Global();
  (void)global->Set(context, js_name(isolate, "plv8"), plv8);
  for (const Level& l : kLevels)
    (void)global->Set(context, js_name(isolate, l.name), v8::Integer::New(isolate, l.elevel));
}

void add_plv8_function(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                       v8::FunctionCallback callback, int length, v8::Local<v8::Value> data) {
  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> fn =
      v8::Function::New(context, callback, data, length, v8::ConstructorBehavior::kThrow).ToLocalChecked();
  v8::Local<v8::Value> plv8;
  if (!context->Global()->Get(context, js_name(isolate, "plv8")).ToLocal(&plv8) || !plv8->IsObject())
    throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "plv8: the plv8 object is missing in a new context")};
  (void)plv8.As<v8::Object>()->Set(context, js_name(isolate, name), fn);
}

}  // namespace plv8compat
