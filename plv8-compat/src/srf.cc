// Set-returning functions. Materialize mode: rows from plv8.return_next() and from a returned
// array go into a tuplestore handed to the executor. Value-per-call mode: a function that returns a
// generator object gives one row per next(), and the generator stays suspended between rows, so a
// caller reading through a portal with a row limit (SELECT f(...) in the target list, executed by
// ProjectSet) pulls rows as it consumes them; closing the portal early calls the generator's
// return() (its finally blocks run).
#include <string>
#include <unordered_map>

#include "srf.h"
#include "call.h"
#include "context.h"
#include "convert.h"
#include "errors.h"
#include "function_cache.h"

extern "C" {
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
}

namespace plv8compat {

namespace {

// Adds one JS value as a row (composite: object by column name; scalar: the single column).
void add_row(v8::Isolate* isolate, v8::Local<v8::Context> context, SrfState* srf, v8::Local<v8::Value> value) {
  MemoryContext old = MemoryContextSwitchTo(srf->row_cxt);
  try {
    if (srf->scalar) {
      bool isnull;
      Datum d = js_to_datum(isolate, context, value, type_info(srf->scalar_type), -1, &isnull);
      pg_guard([&] { tuplestore_putvalues(srf->store, srf->tupdesc, &d, &isnull); });
    } else {
      HeapTuple tuple = js_to_tuple(isolate, context, value, srf->tupdesc);
      pg_guard([&] { tuplestore_puttuple(srf->store, tuple); });
    }
  } catch (...) {
    MemoryContextSwitchTo(old);
    MemoryContextReset(srf->row_cxt);
    throw;
  }
  MemoryContextSwitchTo(old);
  MemoryContextReset(srf->row_cxt);
}

// A generator being read row by row. Keyed by the call site's FmgrInfo, which lives as long as the
// executor node calling it: its memory context's reset callback (registered once per FmgrInfo)
// forgets the stream when the node's memory goes, normally or on abort, so a stale entry can never
// meet a new FmgrInfo at the same address.
struct Stream {
  v8::Global<v8::Context> context;
  v8::Global<v8::Object> iterator;
  v8::Global<v8::Function> next;
  std::string name;                 // the function's name, for the error context line
  Oid rettype = InvalidOid;         // the row type at this call site, resolved when the stream started
  ExprContext* econtext = nullptr;  // where the shutdown callback is registered, while it is
  // The role the generator started as: its JS context belongs to that role, so its steps (and its
  // finally blocks) must never run SQL with another role's rights (SET ROLE between FETCHes).
  Oid role = InvalidOid;
};

std::unordered_map<FmgrInfo*, Stream*> streams;
std::unordered_map<FmgrInfo*, bool> watched;  // FmgrInfos whose memory context has our reset callback

void shutdown_stream(Datum arg);

// Forgets the stream of flinfo without running JS (end of the set, an error, or memory going away).
void forget_stream(FmgrInfo* flinfo, bool unregister) {
  auto it = streams.find(flinfo);
  if (it == streams.end()) return;
  Stream* stream = it->second;
  streams.erase(it);
  ExprContext* econtext = stream->econtext;
  delete stream;  // the Globals reset: the generator becomes garbage
  if (unregister && econtext != nullptr)
    pg_guard([&] { UnregisterExprContextCallback(econtext, shutdown_stream, PointerGetDatum(flinfo)); });
}

// The node's memory is being reset or deleted (the query ended, or its transaction aborted, when
// ExprContext callbacks do not run): no JS here, just drop the generator.
void memory_gone(void* arg) {
  FmgrInfo* flinfo = static_cast<FmgrInfo*>(arg);
  watched.erase(flinfo);
  auto it = streams.find(flinfo);
  if (it == streams.end()) return;
  delete it->second;
  streams.erase(it);
}

// Calls the iterator's return() if it has one (its finally blocks run, e.g. to release what the
// generator holds). Throws PgError like any JS call.
void close_iterator(v8::Isolate* isolate, Stream* stream) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = stream->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> iterator = stream->iterator.Get(isolate);
  v8::Local<v8::Value> ret;
  with_js_errors(isolate, context, [&] {
    if (!iterator->Get(context, v8::String::NewFromUtf8Literal(isolate, "return")).ToLocal(&ret)) throw JsPending{};
  });
  if (!ret->IsFunction()) return;
  FrameScope frame;
  invoke_js(isolate, context, ret.As<v8::Function>(), 0, nullptr, stream->name.c_str(), iterator);
  frame.finish();
}

// ExprContext shutdown (the portal closed before the set ended, ExecutorEnd, a rescan): the consumer
// stopped early, so the generator is closed as a JS for...of loop closes it on `break`.
void shutdown_stream(Datum arg) {
  FmgrInfo* flinfo = reinterpret_cast<FmgrInfo*>(DatumGetPointer(arg));
  auto it = streams.find(flinfo);
  if (it == streams.end()) return;
  Stream* stream = it->second;
  streams.erase(it);
  if (current_frame() == nullptr) error_context_reset();  // no error can be in flight here
  ErrorData* error = nullptr;
  // A portal closed by the protocol's Close message (or at commit) has no active snapshot, which
  // SQL in the generator's finally blocks needs.
  bool pushed = false;
  try {
    pg_guard([&] {
      if (!ActiveSnapshotSet()) {
        PushActiveSnapshot(GetTransactionSnapshot());
        pushed = true;
      }
    });
    // The finally blocks run as the role the generator started as, whoever closes the portal.
    Oid saved_user;
    int saved_sec;
    GetUserIdAndSecContext(&saved_user, &saved_sec);
    SetUserIdAndSecContext(stream->role, saved_sec | SECURITY_LOCAL_USERID_CHANGE);
    try {
      close_iterator(runtime_isolate(), stream);
    } catch (...) {
      SetUserIdAndSecContext(saved_user, saved_sec);
      throw;
    }
    SetUserIdAndSecContext(saved_user, saved_sec);
    if (pushed) pg_guard([] { PopActiveSnapshot(); });
    pushed = false;
  } catch (const PgError& e) {
    error = e.edata;
  } catch (...) {
    error =
        make_error(ERRCODE_INTERNAL_ERROR, "plv8: unexpected internal error while closing a set-returning function");
  }
  delete stream;
  if (error != nullptr) raise_error(error);  // every C++ scope of ours has closed
}

// A generator started by one role must not continue under another (SET ROLE between two FETCHes of
// one cursor): its steps would run SQL with the new role's rights inside the old role's context.
[[noreturn]] void refuse_other_role(Oid started_as) {
  std::string started = "?";
  std::string current = "?";
  pg_guard([&] {
    const char* a = GetUserNameFromId(started_as, true);
    const char* b = GetUserNameFromId(GetUserId(), true);
    if (a != nullptr) started = a;
    if (b != nullptr) current = b;
  });
  std::string detail =
      "The set-returning function started as role \"" + started + "\"; the current role is \"" + current + "\".";
  throw PgError{make_error(ERRCODE_INSUFFICIENT_PRIVILEGE,
                           "plv8: the rest of a set-returning function's rows can only be fetched by the role that "
                           "started it",
                           detail.c_str(),
                           "Fetch it as the role that opened the cursor (SET ROLE back), or close it.")};
}

// The next row of a stream: ExprMultipleResult with the row, or ExprEndResult when the generator
// is done. A JS error ends the stream (the generator is closed by the exception itself).
Datum stream_next(FunctionCallInfo fcinfo, ReturnSetInfo* rsinfo, Stream* stream) {
  FmgrInfo* flinfo = fcinfo->flinfo;
  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  // No catalog lookup per row: the generator, its context and the row type were fixed when it
  // started (dropping or replacing the function does not change a statement already running).
  v8::Local<v8::Context> context = stream->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  Datum datum = 0;
  bool isnull = false;
  bool done = false;
  try {
    if (GetUserId() != stream->role) refuse_other_role(stream->role);
    FrameScope frame;
    v8::Local<v8::Value> step = invoke_js(isolate, context, stream->next.Get(isolate), 0, nullptr, stream->name.c_str(),
                                          stream->iterator.Get(isolate));
    with_js_errors(isolate, context, [&] {
      if (!step->IsObject())
        throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "the generator's next() did not return an object")};
      v8::Local<v8::Object> result = step.As<v8::Object>();
      v8::Local<v8::Value> done_value;
      v8::Local<v8::Value> value;
      if (!result->Get(context, v8::String::NewFromUtf8Literal(isolate, "done")).ToLocal(&done_value))
        throw JsPending{};
      done = done_value->BooleanValue(isolate);
      if (done) return;
      if (!result->Get(context, v8::String::NewFromUtf8Literal(isolate, "value")).ToLocal(&value)) throw JsPending{};
      Oid rettype = stream->rettype;
      const TypeInfo* type = type_info(rettype);
      if (value->IsNullOrUndefined()) {
        isnull = true;
      } else if (rettype == RECORDOID || (type->kind == TypeKind::Composite && !type->is_domain && value->IsObject())) {
        datum = js_to_result_row(isolate, context, value, fcinfo);
      } else {
        datum = js_to_datum(isolate, context, value, type, -1, &isnull);
      }
    });
    frame.finish();
  } catch (...) {
    forget_stream(flinfo, true);
    throw;
  }
  if (done) {
    forget_stream(flinfo, true);
    rsinfo->isDone = ExprEndResult;
    fcinfo->isnull = true;
    return (Datum)0;
  }
  rsinfo->isDone = ExprMultipleResult;
  fcinfo->isnull = isnull;
  return datum;
}

// The function returned a generator and the caller takes rows one at a time: keep it, give row 1.
Datum start_stream(FunctionCallInfo fcinfo, ReturnSetInfo* rsinfo, v8::Isolate* isolate, v8::Local<v8::Context> context,
                   ProcInfo* proc, v8::Local<v8::Object> generator) {
  FmgrInfo* flinfo = fcinfo->flinfo;
  v8::Local<v8::Value> next;
  with_js_errors(isolate, context, [&] {
    if (!generator->Get(context, v8::String::NewFromUtf8Literal(isolate, "next")).ToLocal(&next)) throw JsPending{};
  });
  if (!next->IsFunction())
    throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "the returned generator has no next() method")};
  if (watched.find(flinfo) == watched.end()) {
    pg_guard([&] {
      MemoryContextCallback* cb =
          static_cast<MemoryContextCallback*>(MemoryContextAllocZero(flinfo->fn_mcxt, sizeof(MemoryContextCallback)));
      cb->func = memory_gone;
      cb->arg = flinfo;
      MemoryContextRegisterResetCallback(flinfo->fn_mcxt, cb);
    });
    watched[flinfo] = true;
  }
  Stream* stream = new Stream();
  stream->context.Reset(isolate, context);
  stream->iterator.Reset(isolate, generator);
  stream->next.Reset(isolate, next.As<v8::Function>());
  stream->name = proc->name;
  stream->rettype = result_type(proc, fcinfo);
  stream->role = GetUserId();
  streams[flinfo] = stream;
  pg_guard([&] { RegisterExprContextCallback(rsinfo->econtext, shutdown_stream, PointerGetDatum(flinfo)); });
  stream->econtext = rsinfo->econtext;
  return stream_next(fcinfo, rsinfo, stream);
}

// A generator where the caller wants the whole set at once (materialize-only callers): every row
// into the tuplestore now.
void drain_generator(v8::Isolate* isolate, v8::Local<v8::Context> context, ProcInfo* proc, SrfState* srf,
                     v8::Local<v8::Object> generator) {
  v8::Local<v8::Value> next;
  with_js_errors(isolate, context, [&] {
    if (!generator->Get(context, v8::String::NewFromUtf8Literal(isolate, "next")).ToLocal(&next)) throw JsPending{};
  });
  if (!next->IsFunction())
    throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "the returned generator has no next() method")};
  for (;;) {
    v8::HandleScope row_scope(isolate);
    v8::Local<v8::Value> step = invoke_js(isolate, context, next.As<v8::Function>(), 0, nullptr, proc->name, generator);
    bool done = false;
    with_js_errors(isolate, context, [&] {
      if (!step->IsObject())
        throw PgError{make_error(ERRCODE_DATATYPE_MISMATCH, "the generator's next() did not return an object")};
      v8::Local<v8::Value> done_value;
      v8::Local<v8::Value> row;
      v8::Local<v8::Object> result = step.As<v8::Object>();
      if (!result->Get(context, v8::String::NewFromUtf8Literal(isolate, "done")).ToLocal(&done_value))
        throw JsPending{};
      done = done_value->BooleanValue(isolate);
      if (done) return;
      if (!result->Get(context, v8::String::NewFromUtf8Literal(isolate, "value")).ToLocal(&row)) throw JsPending{};
      add_row(isolate, context, srf, row);
    });
    if (done) return;
  }
}

}  // namespace

void srf_return_next(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  CallFrame* frame = current_frame();
  if (frame == nullptr || frame->srf == nullptr) {
    throw_js_error(isolate, "return_next called in context that cannot accept a set");  // PL/v8's words
    return;
  }
  add_row(isolate, isolate->GetCurrentContext(), frame->srf,
          info.Length() > 0 ? info[0] : v8::Local<v8::Value>(v8::Undefined(isolate)));
}

Datum call_srf(FunctionCallInfo fcinfo) {
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  if (rsinfo == nullptr || !IsA(rsinfo, ReturnSetInfo) || (rsinfo->allowedModes & SFRM_Materialize) == 0)
    throw PgError{
        make_error(ERRCODE_FEATURE_NOT_SUPPORTED, "set-valued function called in context that cannot accept a set")};
  // A generator already being read at this call site: its next row.
  auto running = streams.find(fcinfo->flinfo);
  if (running != streams.end()) return stream_next(fcinfo, rsinfo, running->second);

  v8::Isolate* isolate = runtime_isolate();
  v8::HandleScope handle_scope(isolate);
  ProcInfo* proc = proc_for_call(isolate, fcinfo->flinfo->fn_oid, fcinfo->flinfo);
  v8::Local<v8::Context> context = proc_context(isolate, proc);
  v8::Context::Scope context_scope(context);

  SrfState srf;
  srf.scalar_type = result_type(proc, fcinfo);
  TupleDesc tupdesc = nullptr;
  TypeFuncClass cls = TYPEFUNC_OTHER;
  pg_guard([&] { cls = get_call_result_type(fcinfo, nullptr, &tupdesc); });
  MemoryContext per_query = rsinfo->econtext->ecxt_per_query_memory;
  MemoryContext old = MemoryContextSwitchTo(per_query);
  try {
    if (cls == TYPEFUNC_COMPOSITE || cls == TYPEFUNC_COMPOSITE_DOMAIN) {
      srf.scalar = false;
      srf.tupdesc = CreateTupleDescCopy(tupdesc);
    } else if (cls == TYPEFUNC_SCALAR) {
      srf.scalar = true;
      pg_guard([&] {
        srf.tupdesc = CreateTemplateTupleDesc(1);
        TupleDescInitEntry(srf.tupdesc, 1, "value", srf.scalar_type, -1, 0);
      });
    } else {
      // PostgreSQL's own words for this case (as PL/v8 reports it).
      throw PgError{make_error(ERRCODE_FEATURE_NOT_SUPPORTED,
                               "function returning record called in context that cannot accept type record")};
    }
    bool random = (rsinfo->allowedModes & SFRM_Materialize_Random) != 0;
    pg_guard([&] { srf.store = tuplestore_begin_heap(random, false, work_mem); });
  } catch (...) {
    MemoryContextSwitchTo(old);
    throw;
  }
  MemoryContextSwitchTo(old);
  srf.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "plv8 SRF row", ALLOCSET_SMALL_SIZES);

  FrameScope frame;
  frame.frame()->srf = &srf;
  v8::Local<v8::Value> argv[FUNC_MAX_ARGS];
  with_js_errors(isolate, context, [&] { args_to_js(isolate, proc, fcinfo, argv); });
  v8::Local<v8::Value> result = invoke_js(isolate, context, proc->function.Get(isolate), proc->nargs, argv, proc->name);

  // A returned generator gives the rows one by one: pulled by the caller when it can take them
  // one at a time (value-per-call), else read to its end here.
  if (result->IsGeneratorObject() && (rsinfo->allowedModes & SFRM_ValuePerCall) != 0) {
    frame.finish();
    MemoryContextDelete(srf.row_cxt);
    pg_guard([&] { tuplestore_end(srf.store); });
    rsinfo->returnMode = SFRM_ValuePerCall;
    return start_stream(fcinfo, rsinfo, isolate, context, proc, result.As<v8::Object>());
  }
  if (result->IsGeneratorObject()) {
    drain_generator(isolate, context, proc, &srf, result.As<v8::Object>());
    result = v8::Undefined(isolate);
  }
  // A returned array is the rest of the set; any other value (except undefined/null) is one row.
  with_js_errors(isolate, context, [&] {
    if (result->IsArray()) {
      v8::Local<v8::Array> rows = result.As<v8::Array>();
      for (uint32 i = 0; i < rows->Length(); i++) {
        v8::Local<v8::Value> row;
        if (!rows->Get(context, i).ToLocal(&row)) throw JsPending{};
        add_row(isolate, context, &srf, row);
      }
    } else if (!result->IsNullOrUndefined()) {
      add_row(isolate, context, &srf, result);
    }
  });
  frame.finish();
  MemoryContextDelete(srf.row_cxt);

  rsinfo->returnMode = SFRM_Materialize;
  rsinfo->setResult = srf.store;
  rsinfo->setDesc = srf.tupdesc;
  fcinfo->isnull = true;
  return (Datum)0;
}

}  // namespace plv8compat
