// CPU time per operation, by party: the client (this process minus the proxy's threads: the SDK, pg,
// postgres.js), the delay proxy (its worker thread and its clock thread), the server (the slot's own backends), and the
// rest of the machine. At concurrency 16 on 2 cores the run is CPU-bound, so throughput follows
// the CPU each operation costs; wall-clock figures alone cannot say whose CPU it was, and they
// move with whatever else the shared machine runs. These figures do not.
//
// Read from Linux's /proc/<pid>/task/<tid>/schedstat (nanoseconds on the CPU, exact) rather than
// /proc/<pid>/stat (10 ms ticks) or pg_stat_statements (only the executor's time, not parsing,
// planning or the protocol). Elsewhere (no /proc) the figures are null and the bench goes on.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/** The calling thread's kernel thread id (for the proxy worker to report its own), or null. */
export function currentThreadId() {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
}

/** Nanoseconds on the CPU of a process or thread (/proc path up to the schedstat file), 0 if gone. */
function onCpuNs(dir) {
  try {
    return Number(readFileSync(`${dir}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

/** Busy nanoseconds of the whole machine (all CPUs), from /proc/stat's 10 ms ticks. */
function machineBusyNs() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal ...: idle and iowait are not work.
  const busy = fields.reduce((a, b) => a + b, 0) - fields[3] - fields[4];
  return (busy * 1e9) / 100;
}

/** All threads of a process: a backend running JavaScript also has V8's worker and the watchdog thread. */
export function processOnCpuNs(pid) {
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0; // the backend is gone
  }
  let total = 0;
  for (const tid of tids) total += onCpuNs(`/proc/${pid}/task/${tid}`);
  return total;
}

/**
 * Minor page faults of a process, all its threads (/proc/<pid>/stat field 10), 0 if gone. On this
 * kind of virtual machine a fault on a fresh page can cost tens of microseconds (the machine probe's
 * "fresh memory" figure says how much in a run), so faults explain much of a fresh backend's time.
 */
function processMinorFaults(pid) {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return 0;
  }
}

function threadsOnCpuNs() {
  return processOnCpuNs('self');
}

/**
 * Starts counting; `stop(ops)` answers microseconds of CPU per operation for each party, or null
 * when /proc is not there.
 * @param {{ proxyTids?: number[], proxyTid?: number | null, backendPids: number[] }} who  proxyTids: the
 *   proxy's threads (ProxyHandle.threadIds()); proxyTid: its main thread only
 */
export function startCpuMeter({ proxyTids, proxyTid = null, backendPids }) {
  const tids = proxyTids ?? (proxyTid === null ? [] : [proxyTid]);
  const read = () => {
    const proxy = tids.reduce((sum, tid) => sum + onCpuNs(`/proc/self/task/${tid}`), 0);
    return {
      process: threadsOnCpuNs(),
      proxy,
      server: backendPids.reduce((sum, pid) => sum + processOnCpuNs(pid), 0),
      serverFaults: backendPids.reduce((sum, pid) => sum + processMinorFaults(pid), 0),
      machine: machineBusyNs(),
    };
  };
  let before;
  try {
    before = read();
  } catch {
    return { stop: () => null };
  }
  return {
    /**
     * serverFaults: the backends' minor page faults per operation (a count, not µs).
     * @param {number} ops @returns {{ client: number, proxy: number, server: number, serverFaults: number, other: number } | null}
     */
    stop(ops) {
      const after = read();
      const per = (ns) => ns / 1000 / Math.max(ops, 1);
      const client = per(after.process - before.process - (after.proxy - before.proxy));
      const proxy = per(after.proxy - before.proxy);
      const server = per(after.server - before.server);
      // Everything else the machine did meanwhile (other sessions, postmaster, WAL writer); coarse.
      const other = Math.max(0, per(after.machine - before.machine) - client - proxy - server);
      return { client, proxy, server, serverFaults: (after.serverFaults - before.serverFaults) / Math.max(ops, 1), other };
    },
  };
}

/**
 * CPU µs per operation over several slots (the rounds of a cell, the windows of a pair), each slot
 * weighted by its operations; null when there are none.
 * @param {Array<{ ops: number, client: number, proxy: number, server: number, serverFaults: number, other: number }>} slots
 */
export function cpuPerOp(slots) {
  if (!slots || slots.length === 0) return null;
  const ops = slots.reduce((n, s) => n + s.ops, 0);
  const avg = (key) => slots.reduce((sum, s) => sum + s[key] * s.ops, 0) / Math.max(ops, 1);
  return { client: avg('client'), proxy: avg('proxy'), server: avg('server'), serverFaults: avg('serverFaults'), other: avg('other') };
}
