// PostgreSQL error <-> JS exception conversion, and the "poisoned transaction" bookkeeping.
#include <cstdlib>
#include <string>

#include "errors.h"
#include "context.h"
#include "js_util.h"
#include "limits.h"

namespace plv8compat {

namespace {

// Caught SQL error that still has to abort its (sub)transaction; see errors.h.
ErrorData* poisoned_error = nullptr;
int poisoned_nest_level = 0;

// A copy of edata that lives as long as the (sub)transaction that must abort because of it.
ErrorData* copy_for_transaction(const ErrorData* edata) { return copy_error_data_to(CurTransactionContext, edata); }

void on_xact(XactEvent event, void*) {
  if (event == XACT_EVENT_ABORT || event == XACT_EVENT_COMMIT || event == XACT_EVENT_PARALLEL_ABORT ||
      event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PREPARE)
    poison_clear();
}

void on_subxact(SubXactEvent event, SubTransactionId, SubTransactionId, void*) {
  // The aborting subtransaction is still current during ABORT_SUB.
  if (event == SUBXACT_EVENT_ABORT_SUB && poisoned_error != nullptr &&
      poisoned_nest_level >= GetCurrentTransactionNestLevel())
    poison_clear();
}

// Reads properties of a thrown value. Each read can run user code (getters, proxy traps,
// toString), so the caller holds the limits guard; once a read was terminated (timeout, cancel,
// memory limit), no further user code runs. A read that throws counts as absent.
struct ExceptionReader {
  v8::Isolate* isolate;
  v8::Local<v8::Context> context;
  v8::TryCatch& inner;
  bool stopped = false;

  // Call after each step that may have run JS.
  void settle() {
    if (inner.HasTerminated())
      stopped = true;
    else if (inner.HasCaught())
      inner.Reset();
  }

  // obj[key] as a C string in the current memory context, or nullptr if absent/undefined.
  char* string_field(v8::Local<v8::Object> obj, const char* key) {
    if (stopped) return nullptr;
    v8::Local<v8::Value> value;
    bool ok = obj->Get(context, js_string(isolate, key)).ToLocal(&value);
    settle();
    if (!ok || stopped || value->IsUndefined() || value->IsNull()) return nullptr;
    return text(value);
  }

  // String(value), or nullptr if that threw or was stopped.
  char* text(v8::Local<v8::Value> value) {
    if (stopped) return nullptr;
    char* out = js_to_cstring(isolate, context, value);
    settle();
    return stopped ? nullptr : out;
  }
};

void set_field(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> obj, const char* key,
               const char* value) {
  if (value == nullptr) return;
  (void)obj->Set(context, js_string(isolate, key), js_string(isolate, value));
}

}  // namespace

MemoryContext error_context() {
  static MemoryContext cxt = nullptr;
  if (cxt == nullptr) cxt = AllocSetContextCreate(TopMemoryContext, "plv8 errors", ALLOCSET_SMALL_SIZES);
  return cxt;
}

ErrorData* copy_error_data_to(MemoryContext context, const ErrorData* edata) {
  MemoryContext old = MemoryContextSwitchTo(context);
  auto* copy = static_cast<ErrorData*>(palloc(sizeof(ErrorData)));
  *copy = *edata;
  auto dup = [](const char* s) { return s ? pstrdup(s) : nullptr; };
  copy->message = dup(edata->message);
  copy->detail = dup(edata->detail);
  copy->detail_log = dup(edata->detail_log);
  copy->hint = dup(edata->hint);
  copy->context = dup(edata->context);
  copy->backtrace = dup(edata->backtrace);
  copy->schema_name = dup(edata->schema_name);
  copy->table_name = dup(edata->table_name);
  copy->column_name = dup(edata->column_name);
  copy->datatype_name = dup(edata->datatype_name);
  copy->constraint_name = dup(edata->constraint_name);
  copy->internalquery = dup(edata->internalquery);
  copy->assoc_context = context;
  MemoryContextSwitchTo(old);
  return copy;
}

void error_context_reset() { MemoryContextReset(error_context()); }

bool poison_active() { return poisoned_error != nullptr; }
ErrorData* poison_error() { return poisoned_error; }
void poison_clear() {
  poisoned_error = nullptr;
  poisoned_nest_level = 0;
}

void poison_set(const ErrorData* edata) {
  if (poisoned_error != nullptr) return;
  poisoned_error = copy_for_transaction(edata);
  poisoned_nest_level = GetCurrentTransactionNestLevel();
}

void poison_register_callbacks() {
  RegisterXactCallback(on_xact, nullptr);
  RegisterSubXactCallback(on_subxact, nullptr);
}

[[noreturn]] void raise_error(ErrorData* edata) {
  edata->elevel = ERROR;
  ThrowErrorData(edata);
  pg_unreachable();
}

ErrorData* make_error(int sqlerrcode, const char* message, const char* detail, const char* hint) {
  MemoryContext old = MemoryContextSwitchTo(error_context());
  ErrorData* edata = static_cast<ErrorData*>(palloc0(sizeof(ErrorData)));
  edata->elevel = ERROR;
  edata->output_to_server = true;
  edata->output_to_client = true;
  edata->sqlerrcode = sqlerrcode;
  edata->message = pstrdup(message);
  edata->detail = detail ? pstrdup(detail) : nullptr;
  edata->hint = hint ? pstrdup(hint) : nullptr;
  MemoryContextSwitchTo(old);
  return edata;
}

std::string source_position(v8::Isolate* isolate, v8::Local<v8::Context> context, const v8::TryCatch& try_catch,
                            const char* what) {
  if (try_catch.Message().IsEmpty()) return std::string();
  v8::Local<v8::Message> msg = try_catch.Message();
  // The script is named after the function (compile_body); PL/v8 names DO blocks "undefined".
  std::string name = what ? what : "undefined";
  if (msg->GetScriptResourceName()->IsString()) {
    v8::String::Utf8Value script(isolate, msg->GetScriptResourceName());
    if (*script) name = *script;
  }
  std::string out = name + "() LINE " + std::to_string(msg->GetLineNumber(context).FromMaybe(0)) + ":";
  v8::Local<v8::String> line;
  if (msg->GetSourceLine(context).ToLocal(&line)) {
    v8::String::Utf8Value text(isolate, line);
    if (*text) out += std::string(" ") + *text;
  }
  return out;
}

namespace {

ErrorData* describe_exception(ExceptionReader& r, const v8::TryCatch& try_catch, const char* what) {
  v8::Isolate* isolate = r.isolate;
  v8::Local<v8::Context> context = r.context;
  v8::HandleScope scope(isolate);
  ErrorData* edata = make_error(ERRCODE_INTERNAL_ERROR, "unknown JavaScript exception");  // XX000, as upstream
  v8::Local<v8::Value> exception = try_catch.Exception();
  if (exception.IsEmpty()) return edata;

  bool has_sqlerrcode = false;
  if (exception->IsObject()) {
    v8::Local<v8::Object> obj = exception.As<v8::Object>();
    if (char* code = r.string_field(obj, "sqlerrcode")) {
      if (strlen(code) == 5 && strspn(code, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 5) {
        edata->sqlerrcode = MAKE_SQLSTATE(code[0], code[1], code[2], code[3], code[4]);
        has_sqlerrcode = true;
      }
    }
    edata->detail = r.string_field(obj, "detail");
    edata->hint = r.string_field(obj, "hint");
    edata->context = r.string_field(obj, "context");
    edata->schema_name = r.string_field(obj, "schema_name");
    edata->table_name = r.string_field(obj, "table_name");
    edata->column_name = r.string_field(obj, "column_name");
    edata->datatype_name = r.string_field(obj, "datatype_name");
    edata->constraint_name = r.string_field(obj, "constraint_name");
    // A re-raised SQL error keeps the position within its statement (the ERROR's internal position).
    char* position = r.string_field(obj, "internalposition");
    int pos = position ? atoi(position) : 0;
    if (pos > 0 && pos < 1000000000) {
      edata->internalpos = pos;
      edata->internalquery = r.string_field(obj, "internalquery");
    }
  }

  // Message: as PL/v8, String(exception) without a leading "Error: " ("an error" for
  // new Error("an error"); "TypeError: ..." keeps its name). An error that carries a sqlerrcode
  // (a SQL error being re-thrown, or a user error mimicking one) and plain objects with a
  // `message` report just the message (PL/v8 would print "[object Object]" for the latter).
  char* message = nullptr;
  if (exception->IsObject() && (has_sqlerrcode || !exception->IsNativeError()))
    message = r.string_field(exception.As<v8::Object>(), "message");
  if (message == nullptr) {
    message = r.text(exception);
    if (message != nullptr && strncmp(message, "Error: ", 7) == 0) message += 7;
  }
  if (message == nullptr && !try_catch.Message().IsEmpty()) {
    // toString() itself failed (e.g. no stack left): V8's own message text needs no JS.
    v8::String::Utf8Value text(isolate, try_catch.Message()->Get());
    if (*text) {
      const char* m = *text;
      if (strncmp(m, "Uncaught ", 9) == 0) m += 9;
      message = pstrdup(m);
    }
  }
  if (message == nullptr) message = pstrdup("unknown JavaScript exception");
  edata->message = message;

  // Context, as PL/v8: the thrown value's own `context` (a SQL error's "SQL statement ..." lines,
  // or those of the nested PL/v8 levels it came through), then "name() LINE n: <source line>" for
  // where it was thrown. One line per level keeps deep recursion errors linear in size.
  std::string ctx;
  if (edata->context) ctx = edata->context;
  // Not for a function in a named private context (`// plv8:context NAME`): that is superuser-owned
  // infrastructure, such as Wormhole's runtime, raising errors on behalf of the code it runs with
  // position information of its own, and the line of its internal `throw` would only mislead.
  RuntimeContext* entry = context_entry(context);
  std::string where =
      entry != nullptr && entry->is_private() ? std::string() : source_position(isolate, context, try_catch, what);
  if (!where.empty()) {
    if (!ctx.empty()) ctx += "\n";
    ctx += where;
  }
  if (!ctx.empty()) edata->context = pstrdup(ctx.c_str());
  return edata;
}

}  // namespace

ErrorData* js_exception_to_error(v8::Isolate* isolate, v8::Local<v8::Context> context, const v8::TryCatch& try_catch,
                                 const char* what) {
  ErrorData* edata;
  bool stopped;
  {
    // Describing the exception runs user code: the watchdog must be able to stop it.
    v8::TryCatch inner(isolate);
    ExceptionReader reader{isolate, context, inner};
    JsEntryGuard guard(isolate);
    edata = describe_exception(reader, try_catch, what);
    stopped = reader.stopped;
  }
  // Stopped by a timeout, cancel or the memory limit: that error replaces the JS exception.
  pg_guard([&] { limits_raise_if_terminated(isolate); });
  if (stopped) {
    isolate->CancelTerminateExecution();
    return make_error(ERRCODE_QUERY_CANCELED, "JavaScript execution was terminated",
                      "plv8: stopped while reading the thrown value's properties.");
  }
  return edata;
}

void throw_js_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::Error(js_string(isolate, message)));
}

void throw_js_type_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(js_string(isolate, message)));
}

void throw_pg_error_to_js(v8::Isolate* isolate, ErrorData* edata, bool poison) {
  // Context lines from the outer PL/v8 levels would be added again when the error is re-raised.
  char* ctx = edata->context;
  if (ctx != nullptr) {
    size_t plen = strlen(kPlv8ContextPrefix);
    for (char* line = ctx; line != nullptr && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : nullptr) {
      if (strncmp(line, kPlv8ContextPrefix, plen) == 0) {
        char* end = line > ctx ? line - 1 : line;  // drop the newline before the cut too
        *end = '\0';
        break;
      }
    }
    if (*ctx == '\0') edata->context = nullptr;
  }
  // Remember the error so the transaction still aborts unless a subtransaction rolls it back.
  if (poison && poisoned_error == nullptr) {
    poisoned_error = copy_for_transaction(edata);
    poisoned_nest_level = GetCurrentTransactionNestLevel();
  }
  // A cancel or timeout (class 57, "operator intervention") must stop the JS as well: JS that
  // catches it and loops would otherwise spin forever, since PostgreSQL has already consumed the
  // interrupt. The caller then raises the remembered error (call.cc: invoke_js).
  if (poison && ERRCODE_TO_CATEGORY(edata->sqlerrcode) == ERRCODE_OPERATOR_INTERVENTION) isolate->TerminateExecution();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> error =
      v8::Exception::Error(js_string(isolate, edata->message ? edata->message : "unknown error"));
  v8::Local<v8::Object> obj = error.As<v8::Object>();
  set_field(isolate, context, obj, "sqlerrcode", unpack_sql_state(edata->sqlerrcode));
  set_field(isolate, context, obj, "detail", edata->detail);
  set_field(isolate, context, obj, "hint", edata->hint);
  set_field(isolate, context, obj, "context", edata->context);
  set_field(isolate, context, obj, "internalquery", edata->internalquery);
  // Where in its statement PostgreSQL found the error (e.g. a syntax error inside SPI's query).
  if (edata->internalpos > 0)
    set_field(isolate, context, obj, "internalposition", std::to_string(edata->internalpos).c_str());
  set_field(isolate, context, obj, "schema_name", edata->schema_name);
  set_field(isolate, context, obj, "table_name", edata->table_name);
  set_field(isolate, context, obj, "column_name", edata->column_name);
  set_field(isolate, context, obj, "datatype_name", edata->datatype_name);
  set_field(isolate, context, obj, "constraint_name", edata->constraint_name);
  isolate->ThrowException(error);
}

}  // namespace plv8compat
