// Entry points of the plv8 language: _PG_init (GUCs), the call handler, the inline handler (DO),
// the validator, and the SQL-callable plv8_version()/plv8_reset().
//
// Every entry point follows the same shape: run the C++ work inside try/catch, let all V8 scopes
// close, and only then raise a PostgreSQL ERROR (see errors.h for why).
#include <new>

#include "call.h"
#include "call_stats.h"
#include "catalog_epoch.h"
#include "code_cache.h"
#include "platform.h"
#include "context.h"
#include "errors.h"
#include "function_cache.h"
#include "gucs.h"
#include "plv8_object.h"
#include "srf.h"
#include "trigger.h"
#include "v8_flags.h"

extern "C" {
PG_MODULE_MAGIC;

void _PG_init(void);
PG_FUNCTION_INFO_V1(plv8_call_handler);
PG_FUNCTION_INFO_V1(plv8_inline_handler);
PG_FUNCTION_INFO_V1(plv8_call_validator);
PG_FUNCTION_INFO_V1(plv8_version);
PG_FUNCTION_INFO_V1(plv8_reset);
}

namespace plv8compat {

char* guc_start_proc = nullptr;
int guc_memory_limit = 256;
bool guc_bigint_graceful = false;
bool guc_statement_subtransactions = true;
char* guc_v8_flags = nullptr;

namespace {

// Runs body (C++ that may throw PgError) and returns its result; raises the error afterwards.
template <typename F>
Datum run_entry(F&& body) {
  ErrorData* error = nullptr;
  Datum result = 0;
  if (current_frame() == nullptr) error_context_reset();  // no error can be in flight here
  try {
    result = body();
  } catch (const PgError& e) {
    error = e.edata;
  } catch (const JsPending&) {
    error = make_error(ERRCODE_INTERNAL_ERROR, "plv8: unexpected pending JavaScript exception");
  } catch (const std::bad_alloc&) {
    error = make_error(ERRCODE_OUT_OF_MEMORY, "out of memory in PL/v8");
  } catch (...) {
    error = make_error(ERRCODE_INTERNAL_ERROR, "plv8: unexpected internal error");
  }
  if (error != nullptr) raise_error(error);
  return result;
}

}  // namespace
}  // namespace plv8compat

using namespace plv8compat;

void _PG_init(void) {
  DefineCustomStringVariable("plv8.start_proc",
                             "PL/v8 function to run once when a role's JavaScript context is created.", nullptr,
                             &guc_start_proc, nullptr, PGC_SUSET, 0, nullptr, nullptr, nullptr);
  DefineCustomIntVariable("plv8.memory_limit", "Per-backend V8 heap limit, in megabytes.", nullptr, &guc_memory_limit,
                          256, 16, 3072, PGC_SUSET, GUC_UNIT_MB, nullptr, nullptr, nullptr);
  DefineCustomBoolVariable("plv8.bigint_graceful", "Convert int8 values outside the safe integer range to BigInt.",
                           nullptr, &guc_bigint_graceful, false, PGC_USERSET, 0, nullptr, nullptr, nullptr);
  // Off: the cheaper pre-3.2.0-2 behaviour (no subtransaction; a caught SQL error still fails the
  // statement when the function returns). Off only makes caught errors stricter, so any role may.
  DefineCustomBoolVariable(
      "plv8.statement_subtransactions",
      "Run each plv8.execute, plan.execute and plan.cursor in its own subtransaction, as PL/v8 does.",
      "Off: no subtransaction; JS may catch a SQL error, but further SQL fails and the error is "
      "raised when the function returns.",
      &guc_statement_subtransactions, true, PGC_USERSET, 0, nullptr, nullptr, nullptr);
  // Superuser-only and checked against an allow-list: V8 flags can abort the process (which
  // restarts the whole cluster) or lift plv8.memory_limit (see v8_flags.cc).
  DefineCustomStringVariable("plv8.v8_flags", "V8 engine flags, applied when V8 starts in this backend.",
                             "Only the flags listed in the plv8-compat README are accepted.", &guc_v8_flags, nullptr,
                             PGC_SUSET, 0, v8_flags_check, nullptr, nullptr);
  v8_flags_set_engine_defaults();
  call_stats_init();  // defines plv8.call_stats_max: before the prefix is reserved
  catalog_epoch_init();
  code_cache_define_gucs();
  platform_define_gucs();
  MarkGUCPrefixReserved("plv8");
  poison_register_callbacks();
}

extern "C" Datum plv8_call_handler(PG_FUNCTION_ARGS) {
  return run_entry([&]() -> Datum {
    Datum result;
    if (CALLED_AS_TRIGGER(fcinfo))
      result = call_trigger(fcinfo);
    else if (fcinfo->flinfo->fn_retset)
      result = call_srf(fcinfo);
    else
      result = call_function(fcinfo);
    // Once the outermost call has run, the inner functions of a newly compiled large body are
    // compiled too, so its code cache now covers them (code_cache.h).
    if (current_frame() == nullptr) code_cache_write_pending(runtime_isolate());
    return result;
  });
}

extern "C" Datum plv8_inline_handler(PG_FUNCTION_ARGS) {
  InlineCodeBlock* block = reinterpret_cast<InlineCodeBlock*>(DatumGetPointer(PG_GETARG_DATUM(0)));
  const char* source = block->source_text;
  bool atomic = block->atomic;
  return run_entry([&]() -> Datum {
    run_inline(source, atomic);
    return 0;
  });
}

extern "C" Datum plv8_call_validator(PG_FUNCTION_ARGS) {
  Oid fn_oid = PG_GETARG_OID(0);
  if (!CheckFunctionValidatorAccess(fcinfo->flinfo->fn_oid, fn_oid)) PG_RETURN_VOID();
  if (!check_function_bodies) PG_RETURN_VOID();
  return run_entry([&]() -> Datum {
    validate_function(fn_oid);
    return 0;
  });
}

extern "C" Datum plv8_version(PG_FUNCTION_ARGS) { PG_RETURN_TEXT_P(cstring_to_text(kPlv8Version)); }

// As PL/v8: the current role's ordinary context starts afresh on its next use (globals gone,
// plv8.start_proc runs again). Its private contexts (no code the role wrote runs there) keep their
// globals but recompile their functions from pg_proc.
extern "C" Datum plv8_reset(PG_FUNCTION_ARGS) {
  if (current_frame() != nullptr)
    ereport(ERROR, (errcode(ERRCODE_OBJECT_IN_USE), errmsg("plv8_reset() cannot be called from PL/v8 code")));
  ordinary_context_reset(GetUserId());
  proc_cache_forget_role(GetUserId());
  PG_RETURN_VOID();
}
