// Trigger functions: NEW/OLD and the TG_* values as parameters, the returned row back to PostgreSQL.
#pragma once

#include "pg.h"

namespace plv8compat {

Datum call_trigger(FunctionCallInfo fcinfo);

}  // namespace plv8compat
