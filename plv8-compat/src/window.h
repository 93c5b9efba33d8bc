// Window functions (CREATE FUNCTION ... WINDOW): plv8.get_window_object() and its methods, as in
// PL/v8's window function API.
#pragma once

#include <v8.h>

namespace plv8compat {

// plv8.get_window_object(): the window object of the running window function call.
void window_get_object(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace plv8compat
