# Shared settings for the project's shell scripts. Source it; do not run it.
# Everything the scripts create lives inside the checkout, so two checkouts never collide
# as long as they pick different ports (WORMHOLE_PGPORT).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_MAJOR=15
# The PostgreSQL installation to build against and run: Debian's, unless WORMHOLE_PG_BIN names the bin
# directory of another (PostgreSQL is relocatable: a copy of /usr/lib/postgresql/15 with its share and
# include trees beside it works, so a second checkout can install its engine without touching Debian's).
PG_BIN="${WORMHOLE_PG_BIN:-/usr/lib/postgresql/${PG_MAJOR}/bin}"
# PGXS Makefiles (plv8-compat, extension) read PG_CONFIG from the environment.
export PG_CONFIG="$PG_BIN/pg_config"
PG_DIR="$ROOT/.pg"                 # the private cluster: data, socket and log (git-ignored)
# PostgreSQL refuses to run as root, so as root the cluster runs as 'postgres', which must be able
# to reach the checkout. When it cannot (a checkout under /root, say), the cluster lives in
# /var/tmp/wormhole-<hash of the checkout path> instead and .pg in the checkout links to it.
if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
  PG_DIR="/var/tmp/wormhole-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
fi
PG_DATA="$PG_DIR/data"
PG_SOCK="$PG_DIR/run"
PG_LOG="$PG_DIR/postgres.log"
export WORMHOLE_PGPORT="${WORMHOLE_PGPORT:-54329}"
LIBNODE_DIR="$ROOT/plv8-compat/.libnode"

# Connection settings every tool (psql, pg_prove, node-postgres, jest) picks up.
export PGHOST=127.0.0.1 PGPORT="$WORMHOLE_PGPORT" PGUSER=postgres PGDATABASE=wormhole
export DATABASE_URL="postgres://postgres@127.0.0.1:${WORMHOLE_PGPORT}/wormhole"

log() { printf '\033[1;34m[wormhole]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[wormhole] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "'$*' needs root: run as root or install sudo"; fi
}

# Starts a server: `start_server LOG COMMAND...` runs COMMAND, and when it failed only because its
# port was busy (what this attempt wrote to LOG says "Address already in use"), tries again every
# second for up to 70 s. Our ports (5433x) lie inside Linux's ephemeral range (32768-60999), so the
# kernel may give one to an outgoing connection as its local port, and when that client closes
# first the port stays taken for TIME_WAIT's 60 s (a test run opens thousands of connections; once
# the replica's port was hit). A program listening there is refused earlier with its own message
# (each script checks the port first).
start_server() {
  local log=$1; shift
  local attempt size errors
  errors=$(mktemp)
  for attempt in $(seq 1 70); do
    size=$(stat -c %s "$log" 2>/dev/null || echo 0)
    if "$@" 2>"$errors"; then rm -f "$errors"; return 0; fi
    tail -c +"$((size + 1))" "$log" 2>/dev/null | grep -q "Address already in use" || break
    [ "$attempt" -eq 1 ] && log "port busy (a connection's leftover local port?): trying again every second for up to 70 s"
    sleep 1
  done
  cat "$errors" >&2
  rm -f "$errors"
  return 1
}

# PostgreSQL refuses to run as root, so when we are root the cluster belongs to 'postgres'.
cluster_owner() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }
as_owner() {
  local owner; owner="$(cluster_owner)"
  if [ "$owner" = "$(id -un)" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi
}
