#!/usr/bin/env bash
# Streaming replicas (hot standbys) of the private cluster, for the read-replica tests and benchmarks:
# each made with pg_basebackup -R, its data, socket and log under .pg/replica (the first) or
# .pg/replicaN, on a port of its own: the first on the cluster's port + 1 (WORMHOLE_REPLICA_PORT),
# the second on + 3 (port + 2 is PgBouncer's), and so on; run by the same user as the cluster.
#   replica.sh start | stop | restart | clean | status | url     (every replica)
# WORMHOLE_REPLICAS says how many (default 2: enough to see round-robin and one failing over).
# `start` is idempotent: it (re)creates a replica when it is missing or belongs to an older
# cluster (e.g. after cluster.sh clean), and restarts it when plv8.so was reinstalled.
source "$(dirname "$0")/lib.sh"

REPLICAS="${WORMHOLE_REPLICAS:-2}"
PLV8_LIB="$("$PG_BIN/pg_config" --pkglibdir)/plv8.so"

# Selects replica number $1: sets its port and directories for the functions below.
select_replica() {
  if [ "$1" -eq 1 ]; then
    REPLICA_PORT="${WORMHOLE_REPLICA_PORT:-$((WORMHOLE_PGPORT + 1))}"
    R_DIR="$PG_DIR/replica"
  else
    REPLICA_PORT="$((${WORMHOLE_REPLICA_PORT:-$((WORMHOLE_PGPORT + 1))} + $1))"
    R_DIR="$PG_DIR/replica$1"
  fi
  R_DATA="$R_DIR/data"
  R_SOCK="$R_DIR/run"
  R_LOG="$R_DIR/postgres.log"
}

primary_sysid() { psql -X -At -d postgres -c "SELECT system_identifier FROM pg_control_system()"; }
plv8_sum() { if [ -f "$PLV8_LIB" ]; then md5sum < "$PLV8_LIB"; fi; }
running() { as_owner "$PG_BIN/pg_ctl" -D "$R_DATA" status >/dev/null 2>&1; }
rpsql() { psql -X -At -h 127.0.0.1 -p "$REPLICA_PORT" -d postgres "$@"; }

create() {
  log "creating a streaming replica of port $WORMHOLE_PGPORT in $R_DIR (port $REPLICA_PORT)"
  rm -rf "$R_DIR"
  mkdir -p "$R_SOCK"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$R_DIR"; fi
  # -R writes primary_conninfo and standby.signal; -X stream brings the WAL needed to start consistent.
  as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$WORMHOLE_PGPORT" -U postgres -D "$R_DATA" -R -X stream -c fast
  # The copied postgresql.conf names the primary's port and socket directory; the standby needs its own.
  as_owner tee -a "$R_DATA/postgresql.auto.conf" >/dev/null <<CONF
port = $REPLICA_PORT
unix_socket_directories = '$R_SOCK'
hot_standby = on
CONF
  primary_sysid > "$R_DIR/primary.sysid"
}

# Streaming, or give up after 30 s (the primary may have recycled WAL the replica still needed).
wait_streaming() {
  for _ in $(seq 1 150); do
    [ "$(rpsql -c "SELECT status FROM pg_stat_wal_receiver" 2>/dev/null)" = streaming ] && return 0
    sleep 0.2
  done
  return 1
}

start() {
  if [ ! -f "$R_DIR/primary.sysid" ] || [ "$(cat "$R_DIR/primary.sysid")" != "$(primary_sysid)" ]; then
    stop; create
  fi
  if running; then
    if [ "$(cat "$R_DIR/plv8.loaded" 2>/dev/null)" = "$(plv8_sum)" ] && wait_streaming; then return; fi
    log "plv8.so changed or the replica is not streaming: restarting it"
    stop
  elif (exec 3<>"/dev/tcp/127.0.0.1/$REPLICA_PORT") 2>/dev/null; then
    die "port $REPLICA_PORT is taken by another program: pick a free one with WORMHOLE_REPLICA_PORT"
  fi
  start_server "$R_LOG" as_owner "$PG_BIN/pg_ctl" -D "$R_DATA" -l "$R_LOG" -w -t 60 start >/dev/null \
    || { tail -20 "$R_LOG" >&2; die "the replica did not start (log: $R_LOG)"; }
  plv8_sum > "$R_DIR/plv8.loaded"
  if ! wait_streaming; then
    log "the replica cannot stream from the primary (log: $R_LOG): making a new one"
    stop; create
    start_server "$R_LOG" as_owner "$PG_BIN/pg_ctl" -D "$R_DATA" -l "$R_LOG" -w -t 60 start >/dev/null || die "the replica did not start (log: $R_LOG)"
    plv8_sum > "$R_DIR/plv8.loaded"
    wait_streaming || die "the replica does not stream from the primary (log: $R_LOG)"
  fi
  log "replica streaming on port $REPLICA_PORT"
}

stop() {
  [ -f "$R_DATA/PG_VERSION" ] || return 0
  as_owner "$PG_BIN/pg_ctl" -D "$R_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

clean() { stop; rm -rf "$R_DIR"; log "removed $R_DIR"; }
status() { as_owner "$PG_BIN/pg_ctl" -D "$R_DATA" status; rpsql -c "SELECT status, latest_end_lsn FROM pg_stat_wal_receiver"; }
url() { echo "postgres://postgres@127.0.0.1:${REPLICA_PORT}/wormhole"; }

each() { for n in $(seq 1 "$REPLICAS"); do select_replica "$n"; "$@"; done; }

case "${1:-}" in
  start) "$ROOT/scripts/cluster.sh" start; each start ;;
  stop) each stop ;;
  restart) each stop; each start ;;
  clean) each clean ;;
  status) each status ;;
  url) each url ;;
  *) echo "usage: $0 start|stop|restart|clean|status|url" >&2; exit 2 ;;
esac
