#!/usr/bin/env bash
# One idempotent setup step, run by both README commands:
#   system packages -> libnode -> npm ci -> build -> install the extensions -> start the private cluster.
# Each stage checks whether it is already done, so a second run takes seconds.
source "$(dirname "$0")/lib.sh"

APT_PACKAGES=(
  "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" "postgresql-$PG_MAJOR-pgtap"
  libtap-parser-sourcehandler-pgtap-perl   # pg_prove
  g++ make
  pgbouncer                                # the transaction pooler the e2e tests run through (scripts/pooler.sh)
  clang-format                             # the C++ format check (scripts/lint.mjs)
  libc-ares2 libuv1 libnghttp2-14 libbrotli1 libicu72   # what libnode.so.108 links against
)

install_system_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  # postgresql-common would create and start a system cluster; we never use or touch it.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# V8 comes from Debian's libnode (Node 18, V8 10.2). If the machine's own headers are those
# of libnode108 we use them; otherwise we try apt (which refuses when nodejs comes from another
# repository) and fall back to unpacking the .debs into plv8-compat/.libnode.
install_libnode() {
  if [ -f /usr/lib/x86_64-linux-gnu/libnode.so.108 ] && grep -qs 'define NODE_MAJOR_VERSION 18' /usr/include/node/node_version.h; then
    echo / > "$ROOT/plv8-compat/.libnode-prefix"; return
  fi
  if [ -f "$LIBNODE_DIR/root/usr/lib/x86_64-linux-gnu/libnode.so.108" ]; then
    echo "$LIBNODE_DIR/root" > "$ROOT/plv8-compat/.libnode-prefix"; return
  fi
  # --no-remove: never let apt swap out the machine's nodejs to satisfy libnode-dev.
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-remove libnode-dev >/dev/null 2>&1 \
     && grep -qs 'define NODE_MAJOR_VERSION 18' /usr/include/node/node_version.h; then
    echo / > "$ROOT/plv8-compat/.libnode-prefix"; return
  fi
  log "apt cannot install libnode-dev here; unpacking libnode108 + libnode-dev into plv8-compat/.libnode"
  mkdir -p "$LIBNODE_DIR/debs" "$LIBNODE_DIR/root"
  ( cd "$LIBNODE_DIR/debs" && apt-get download libnode108 libnode-dev >/dev/null 2>&1 ) \
    || ( as_root apt-get update -qq && cd "$LIBNODE_DIR/debs" && apt-get download libnode108 libnode-dev >/dev/null )
  for deb in "$LIBNODE_DIR"/debs/*.deb; do dpkg-deb -x "$deb" "$LIBNODE_DIR/root"; done
  echo "$LIBNODE_DIR/root" > "$ROOT/plv8-compat/.libnode-prefix"
}

install_node_modules() {
  local stamp="$ROOT/node_modules/.wormhole-lock.sha1"
  local want; want="$(sha1sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "npm ci"
  ( cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error )
  echo "$want" > "$stamp"
}

build_and_install() {
  log "building TypeScript packages and the extension script"
  ( cd "$ROOT" && npx turbo run build --output-logs=errors-only )
  log "building and installing plv8-compat"
  make -s -C "$ROOT/plv8-compat" LIBNODE_PREFIX="$(cat "$ROOT/plv8-compat/.libnode-prefix")" >/dev/null
  as_root make -s -C "$ROOT/plv8-compat" LIBNODE_PREFIX="$(cat "$ROOT/plv8-compat/.libnode-prefix")" install >/dev/null
  if [ -f "$ROOT/extension/Makefile" ]; then
    log "installing the wormhole extension"
    as_root make -s -C "$ROOT/extension" install >/dev/null
  fi
}

install_system_packages
install_libnode
install_node_modules
build_and_install
"$ROOT/scripts/cluster.sh" start

# The cluster's default database is ready for the examples: the extension installed and current.
psql -X -q -d wormhole -c "SET client_min_messages = warning" \
  -c "CREATE EXTENSION IF NOT EXISTS wormhole CASCADE" -c "ALTER EXTENSION wormhole UPDATE" >/dev/null
