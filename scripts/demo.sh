#!/usr/bin/env bash
# The README's main command: set everything up, then run the demo against the private cluster.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup.sh"
exec node "$ROOT/examples/demo.js" "$@"
