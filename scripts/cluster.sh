#!/usr/bin/env bash
# The project's private PostgreSQL cluster: data, socket and log under .pg/ in the checkout,
# its own port (WORMHOLE_PGPORT, default 54329). It never touches the system's clusters.
#   cluster.sh start | stop | restart | clean | status | psql [args] | env
source "$(dirname "$0")/lib.sh"

init_cluster() {
  [ -f "$PG_DATA/PG_VERSION" ] && return
  log "initdb $PG_DATA"
  mkdir -p "$PG_DATA" "$PG_SOCK"
  if [ "$PG_DIR" != "$ROOT/.pg" ]; then
    log "user postgres cannot enter $ROOT: the cluster lives in $PG_DIR (linked as .pg)"
    ln -sfn "$PG_DIR" "$ROOT/.pg"
  fi
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_DIR"; fi
  as_owner test -x "$PG_DIR" || die "user $(cluster_owner) cannot enter $PG_DIR; chmod o+x its parent directories"
  as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$PG_DATA/postgresql.conf" <<CONF
# --- wormhole private cluster ---
listen_addresses = '127.0.0.1'
port = $WORMHOLE_PGPORT
unix_socket_directories = '$PG_SOCK'
max_connections = 60
shared_buffers = 128MB
fsync = off                 # a throwaway test cluster: speed over durability
synchronous_commit = off
# With synchronous_commit off a commit reaches the standbys when the WAL writer flushes it: every
# wal_writer_delay. The default 200 ms would dominate the read-your-writes tests.
wal_writer_delay = 10ms
full_page_writes = off
log_min_messages = warning
include_if_exists = 'wormhole_preload.conf'
CONF
}

# plv8 is loaded once into the postmaster and inherited by every backend, so a new connection
# does not pay for loading libnode (tens of ms) on its first JavaScript call. The setting lives in
# its own included file so that an existing cluster picks it up too; it is written only when
# plv8.so is installed (a preloaded library that is missing stops the server from starting).
PLV8_LIB="$("$PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo /nonexistent)/plv8.so"
PLV8_STAMP="$PG_DATA/wormhole_preload.loaded"  # checksum of the plv8.so the running server loaded
plv8_sum() { if [ -f "$PLV8_LIB" ]; then md5sum < "$PLV8_LIB"; fi; }

# Prints "changed" when the server must (re)start to apply the setting, or to load a plv8.so that
# was reinstalled since it started (a preloaded library is read only at server start).
ensure_preload() {
  local conf="$PG_DATA/postgresql.conf" file="$PG_DATA/wormhole_preload.conf" want="" changed=""
  grep -q "^include_if_exists = 'wormhole_preload.conf'" "$conf" \
    || echo "include_if_exists = 'wormhole_preload.conf'" >> "$conf"
  if [ -f "$PLV8_LIB" ]; then want="shared_preload_libraries = 'plv8'"; fi
  if [ "$(cat "$file" 2>/dev/null)" != "$want" ]; then
    echo "$want" > "$file"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$file"; fi
    changed=1
  fi
  if [ -n "$want" ] && [ "$(cat "$PLV8_STAMP" 2>/dev/null)" != "$(plv8_sum)" ]; then changed=1; fi
  if [ -n "$changed" ]; then echo changed; fi
}

start() {
  init_cluster
  local preload_changed
  preload_changed=$(ensure_preload)
  if as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    [ -z "$preload_changed" ] && return
    log "shared_preload_libraries or the installed plv8.so changed: restarting PostgreSQL"
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -m fast -w -t 60 restart >/dev/null \
      || { tail -20 "$PG_LOG" >&2; die "PostgreSQL did not restart (log: $PG_LOG)"; }
    plv8_sum > "$PLV8_STAMP"
    return
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$WORMHOLE_PGPORT") 2>/dev/null; then
    die "port $WORMHOLE_PGPORT on 127.0.0.1 is taken by another program: pick a free one, e.g. WORMHOLE_PGPORT=55432 bash scripts/test.sh"
  fi
  log "starting PostgreSQL $PG_MAJOR on port $WORMHOLE_PGPORT"
  start_server "$PG_LOG" as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
    || { tail -20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
  plv8_sum > "$PLV8_STAMP"
  psql -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'wormhole'" | grep -q 1 \
    || psql -q -d postgres -c "CREATE DATABASE wormhole" >/dev/null
}

stop() {
  [ -f "$PG_DATA/PG_VERSION" ] || return 0
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  # The replica and PgBouncer live under .pg too: stop them before their files go.
  clean) "$ROOT/scripts/replica.sh" stop; "$ROOT/scripts/pooler.sh" stop; stop; rm -rf "$PG_DIR" "$ROOT/.pg"; log "removed $PG_DIR" ;;
  status) as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status ;;
  psql) shift; exec psql "$@" ;;
  env) echo "export PGHOST=$PGHOST PGPORT=$PGPORT PGUSER=$PGUSER PGDATABASE=$PGDATABASE DATABASE_URL=$DATABASE_URL" ;;
  *) echo "usage: $0 start|stop|restart|clean|status|psql|env" >&2; exit 2 ;;
esac
