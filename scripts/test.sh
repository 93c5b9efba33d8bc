#!/usr/bin/env bash
# The README's test command: set everything up, then run every suite and print the totals.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup.sh"
exec node "$ROOT/scripts/run-tests.mjs" "$@"
