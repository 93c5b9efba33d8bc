// plv8.execute / plv8.prepare (plans, cursors) / plv8.subtransaction / plv8.commit / plv8.rollback:
// SQL from JS through SPI.
#pragma once

#include <v8.h>

namespace plv8compat {

void spi_execute(const v8::FunctionCallbackInfo<v8::Value>& info);
void spi_prepare(const v8::FunctionCallbackInfo<v8::Value>& info);
void spi_subtransaction(const v8::FunctionCallbackInfo<v8::Value>& info);
void spi_without_statement_subtransactions(const v8::FunctionCallbackInfo<v8::Value>& info);
// plv8.commit() / plv8.rollback() (transaction_control.cc)
void spi_commit(const v8::FunctionCallbackInfo<v8::Value>& info);
void spi_rollback(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace plv8compat
