// Placeholder bodies for the resource limits (see limits.h); the limits owner replaces them.
#include "limits.h"

namespace plv8compat {

void limits_prepare_isolate(v8::Isolate::CreateParams* params) { (void)params; }
void limits_attach_isolate(v8::Isolate* isolate) { (void)isolate; }
JsEntryGuard::JsEntryGuard(v8::Isolate* isolate) : previous_(isolate) {}
JsEntryGuard::~JsEntryGuard() {}
void limits_raise_if_terminated(v8::Isolate* isolate) { (void)isolate; }

}  // namespace plv8compat
