// plv8.subtransaction(fn): fn runs in a subtransaction; if it throws, everything it did is rolled
// back and the exception is re-thrown. A SQL error that fn swallowed is harmless when its own
// statement's subtransaction rolled it back (plv8.execute & co., as in PL/v8); one that poisoned
// the transaction (e.g. in a cursor fetch) still rolls this subtransaction back and is re-thrown.
// A cancel or timeout keeps terminating the JS.
#include <string>

#include "spi.h"
#include "context.h"
#include "errors.h"
#include "js_util.h"
#include "spi_support.h"

namespace plv8compat {

namespace {

// What plv8.subtransaction re-throws when fn failed. A SQL error (an Error carrying sqlerrcode) is
// re-thrown as PL/v8 does, as a new Error raised at the plv8.subtransaction() call, so the
// error's CONTEXT names that line rather than the statement inside fn; unlike PL/v8 it keeps the
// SQLSTATE, DETAIL, HINT and the other fields (all but the inner statement's context). Anything
// else fn threw is re-thrown unchanged.
v8::Local<v8::Value> rethrown(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Value> thrown) {
  if (!thrown->IsNativeError()) return thrown;
  v8::TryCatch copy_failed(isolate);  // reading the fields runs no user code, but stay safe
  v8::Local<v8::Object> original = thrown.As<v8::Object>();
  v8::Local<v8::String> code_key = js_name(isolate, "sqlerrcode");
  v8::Maybe<bool> has_code = original->HasOwnProperty(context, code_key);
  if (has_code.IsNothing() || !has_code.FromJust()) return thrown;
  v8::Local<v8::Value> message;
  v8::Local<v8::Array> keys;
  if (!original->Get(context, js_name(isolate, "message")).ToLocal(&message) ||
      !original->GetOwnPropertyNames(context).ToLocal(&keys))
    return thrown;
  v8::Local<v8::String> message_text;
  if (!message->ToString(context).ToLocal(&message_text)) return thrown;
  v8::Local<v8::Object> copy = v8::Exception::Error(message_text).As<v8::Object>();
  for (uint32_t i = 0; i < keys->Length(); i++) {
    v8::Local<v8::Value> key;
    v8::Local<v8::Value> value;
    if (!keys->Get(context, i).ToLocal(&key) || !key->IsString()) continue;
    v8::String::Utf8Value name_utf8(isolate, key);
    std::string name(*name_utf8 ? *name_utf8 : "");
    if (name == "message" || name == "stack" || name == "context") continue;
    if (!original->Get(context, key).ToLocal(&value) || copy->Set(context, key, value).IsNothing()) return thrown;
  }
  return copy;
}

}  // namespace

// plv8.subtransaction(fn): runs fn in a subtransaction; if fn throws (SQL errors included), every
// change it made is rolled back and the exception is re-thrown to the caller.
void spi_subtransaction(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 1 || !info[0]->IsFunction()) {
    throw_js_type_error(isolate, "plv8.subtransaction(fn) needs a function");
    return;
  }
  if (!spi_allowed(isolate)) return;
  // Connect before the subtransaction starts: a connection opened inside it would be popped at
  // subtransaction commit.
  spi_ensure_connected();
  MemoryContext cxt = CurrentMemoryContext;
  ResourceOwner owner = CurrentResourceOwner;
  pg_guard([] { BeginInternalSubTransaction(nullptr); });
  MemoryContextSwitchTo(cxt);

  // Outcome of fn, decided inside the TryCatch scope and acted on after it (an exception thrown
  // while our TryCatch is active would be swallowed by it).
  v8::Local<v8::Value> value;
  bool failed = false;
  bool terminated = false;
  ErrorData* swallowed = nullptr;
  v8::Local<v8::Value> thrown;
  {
    v8::TryCatch try_catch(isolate);
    v8::MaybeLocal<v8::Value> result = info[0].As<v8::Function>()->Call(context, context->Global(), 0, nullptr);
    failed = result.IsEmpty();
    terminated = try_catch.HasTerminated();
    if (!failed) {
      value = result.ToLocalChecked();
      // A SQL error caught (and swallowed) inside fn still fails the subtransaction.
      if (poison_active()) swallowed = copy_error(poison_error(), cxt);
    } else if (terminated && poison_active()) {
      // A cancel/timeout inside fn: it ends the whole statement, not just the subtransaction.
      swallowed = copy_error(poison_error(), cxt);
    }
    if (failed || swallowed != nullptr) {
      pg_guard([] { RollbackAndReleaseCurrentSubTransaction(); });  // also clears the poison
      MemoryContextSwitchTo(cxt);
      CurrentResourceOwner = owner;
      if (failed && !terminated) thrown = try_catch.Exception();
    }
  }
  if (terminated) {
    // Keep terminating (a TryCatch would turn a re-thrown termination into a catchable error),
    // and remember the cancel so the entry point reports it.
    if (swallowed != nullptr) poison_set(swallowed);
    isolate->TerminateExecution();
    return;
  }
  if (failed) {
    if (!thrown.IsEmpty()) isolate->ThrowException(rethrown(isolate, context, thrown));
    return;
  }
  if (swallowed != nullptr) {
    throw_pg_error_to_js(isolate, swallowed, false);
    return;
  }
  pg_guard([] { ReleaseCurrentSubTransaction(); });
  MemoryContextSwitchTo(cxt);
  CurrentResourceOwner = owner;
  info.GetReturnValue().Set(value);
}

// plv8.without_statement_subtransactions(fn): calls fn and answers what it returns; the statements
// fn runs (plv8.execute, plv8.prepare, plan.execute, plan.cursor) go without the subtransaction
// each one otherwise gets. That subtransaction is what lets JS catch a SQL error and go on; a
// caller that knows fn will not (Wormhole's runtime, for a remote function whose source cannot
// catch) saves its cost and the subtransaction ID each write in one takes. A SQL error inside fn
// poisons the transaction as with plv8.statement_subtransactions off (errors.h): no more SQL runs,
// and the error ends the call, or the plv8.subtransaction around fn, which rolls it back. So no
// half-applied statement survives whatever fn does. Only the current frame is affected: a PL/v8
// function that fn's SQL calls gets its statement subtransactions as usual.
void spi_without_statement_subtransactions(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsFunction()) {
    throw_js_type_error(isolate, "plv8.without_statement_subtransactions(fn) needs a function");
    return;
  }
  CallFrame* frame = current_frame();
  if (frame == nullptr) {
    throw_js_error(isolate, "plv8 SQL functions can only be used while a PL/v8 function is running");
    return;
  }
  // Restores the count however fn ends (a JS exception returns normally here, with it pending).
  struct Direct {
    CallFrame* frame;
    explicit Direct(CallFrame* f) : frame(f) { frame->direct_statements++; }
    ~Direct() { frame->direct_statements--; }
  } direct(frame);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> result;
  if (info[0].As<v8::Function>()->Call(context, v8::Undefined(isolate), 0, nullptr).ToLocal(&result))
    info.GetReturnValue().Set(result);
}

}  // namespace plv8compat
