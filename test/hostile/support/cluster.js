// A throwaway PostgreSQL 15 cluster for the hostile suite: cases here try to crash, stall and
// poison backends, which must never happen on the shared private cluster. initdb into a temp dir,
// a free port from 54340 up, plv8 preloaded, the log in the temp dir; stopped and removed at the end.
'use strict';
const { spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

// The same installation as scripts/lib.sh (WORMHOLE_PG_BIN selects another copy of PostgreSQL).
const PG_BIN = process.env.WORMHOLE_PG_BIN || '/usr/lib/postgresql/15/bin';

// PostgreSQL refuses to run as root; as root the cluster belongs to 'postgres'.
function asOwner(cmd, args, opts = {}) {
  const root = process.getuid && process.getuid() === 0;
  const [c, a] = root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  return spawnSync(c, a, { encoding: 'utf8', ...opts });
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freePort(from) {
  for (let p = from; p < from + 100; p++) if (await portFree(p)) return p;
  throw new Error(`no free port in ${from}..${from + 99} for the hostile suite's throwaway cluster`);
}

/** initdb + start; returns { dir, data, log, port, pid }. */
async function startCluster({ port: wanted = Number(process.env.WH_HOSTILE_PORT || 54340) } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wh-hostile-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  if (process.getuid && process.getuid() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const init = asOwner(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort(wanted);
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `
# --- wormhole hostile suite (throwaway) ---
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${dir}'
max_connections = 50
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
shared_preload_libraries = 'plv8'
`);
  const start = asOwner(`${PG_BIN}/pg_ctl`, ['-D', data, '-l', log, '-w', '-t', '60', 'start']);
  if (start.status !== 0) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-3000) : '';
    throw new Error(`the hostile suite's cluster did not start: ${start.stderr}\n${tail}`);
  }
  const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const state = { dir, data, log, port, pid };
  // Jest starts its workers after the global setup, so they inherit this.
  process.env.WH_HOSTILE_CLUSTER = JSON.stringify(state);
  return state;
}

function readState() {
  const s = process.env.WH_HOSTILE_CLUSTER;
  if (!s) throw new Error('the hostile suite runs through its jest project (npx jest --selectProjects hostile), whose global setup starts its cluster');
  return JSON.parse(s);
}

/** Stops (fast, then immediate: a stuck backend must not hold the suite) and removes the cluster. */
function stopCluster(state, { keep = false } = {}) {
  const fast = asOwner(`${PG_BIN}/pg_ctl`, ['-D', state.data, '-m', 'fast', '-w', '-t', '20', 'stop']);
  if (fast.status !== 0) asOwner(`${PG_BIN}/pg_ctl`, ['-D', state.data, '-m', 'immediate', '-w', '-t', '20', 'stop']);
  if (!keep) fs.rmSync(state.dir, { recursive: true, force: true });
}

module.exports = { startCluster, stopCluster, readState, PG_BIN };
