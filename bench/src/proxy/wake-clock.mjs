// A sub-millisecond alarm clock for the delay proxy that uses no CPU while it waits.
//
// Node's timers have 1 ms granularity (and wake late), too coarse for a 0.25 ms one-way delay. The
// proxy used to poll with setImmediate for the last stretch before each deadline instead, which
// kept one of the machine's 2 cores busy whenever a chunk was queued, i.e. nearly all the time at
// 16 connections: the bench then measured client and server on what was left of the machine, and
// the proxy's CPU grew with the time each operation spent in flight (bench --cpu showed 170-300 µs
// of proxy CPU per transfer at 2 ms RTT, more than the server's own work).
//
// Here a second thread sleeps in Atomics.wait, whose timeout is a fraction of a millisecond (a
// futex wait, woken by the kernel's high-resolution timers), and when the deadline comes it posts
// a message to the proxy thread; the message wakes the proxy's event loop at once. Both threads
// sleep while nothing is due.
//
// Waking takes time (the clock thread, then the proxy's event loop, must get a CPU: ~0.1 ms on a
// busy 2-core machine), which would make every delay that much longer. So the clock learns how late
// its wakes arrive (a moving average) and rings that much early; the proxy then delivers what is
// due within that lead (`lead`), so deliveries are on time on average instead of always late.
import { isMainThread, MessageChannel, parentPort, Worker, workerData } from 'node:worker_threads';
import { currentThreadId } from '../measure/cpu.mjs';

// Shared cells: DUE = the armed deadline (process.hrtime.bigint() nanoseconds; 0 = none), SEQ =
// bumped with each arming so the clock thread re-reads DUE, STOP = 1 when the clock thread must end.
const DUE = 0;
const SEQ = 0;
const STOP = 1;
/** The clock thread's kernel thread id, written by it when it starts (its CPU is the proxy's). */
const TID = 2;
/** Lateness beyond this is a stall (or a stale sample), not the cost of waking: not learnt. */
const MAX_LEAD_NS = 500_000n;

export class WakeClock {
  /** @param {() => void} onWake called on the proxy thread when an armed deadline has come */
  constructor(onWake) {
    this.due = new BigInt64Array(new SharedArrayBuffer(8));
    this.seq = new Int32Array(new SharedArrayBuffer(12));
    /** what this side last armed and has not been woken for yet (0n: nothing) */
    this.armed = 0n;
    /** how early to ring (ns): the average lateness of recent wakes */
    this.lead = 0n;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.port.on('message', () => {
      const late = process.hrtime.bigint() - this.armed;
      // A wake for a deadline that was re-armed meanwhile says nothing about lateness.
      if (this.armed !== 0n && late >= 0n && late < MAX_LEAD_NS) this.lead = (this.lead * 7n + late) / 8n;
      this.armed = 0n;
      onWake();
    });
    this.thread = new Worker(new URL(import.meta.url), {
      workerData: { clock: true, due: this.due, seq: this.seq, port: port2 },
      transferList: [port2],
    });
    this.exited = false;
    this.thread.once('exit', () => {
      this.exited = true;
    });
    this.thread.unref();
    this.port.unref();
  }

  /** The clock thread's kernel thread id, or null (not started yet, or no /proc). */
  get tid() {
    return Atomics.load(this.seq, TID) || null;
  }

  /** Wakes the proxy for `dueNs` (`lead` early; an earlier armed deadline stands, its wake re-arms). */
  armAt(dueNs) {
    const at = dueNs - this.lead;
    if (this.armed !== 0n && this.armed <= at) return;
    this.armed = at;
    Atomics.store(this.due, DUE, at);
    Atomics.add(this.seq, SEQ, 1);
    Atomics.notify(this.seq, SEQ);
  }

  /**
   * Ends the clock thread: it sees STOP and returns. (Not worker.terminate(): this thread's event
   * loop holds nothing else once the proxy is closed, and waiting on a terminate() that does not
   * settle let the proxy thread, then the whole bench, exit silently before the report.)
   */
  async close() {
    if (this.exited) return this.port.close();
    const exited = new Promise((resolve) => this.thread.once('exit', resolve));
    this.thread.ref();
    Atomics.store(this.seq, STOP, 1);
    Atomics.add(this.seq, SEQ, 1);
    Atomics.notify(this.seq, SEQ);
    await exited;
    this.port.close();
  }
}

/** The clock thread: sleep until DUE (or until re-armed), then wake the proxy. */
function runClock({ due, seq, port }) {
  Atomics.store(seq, TID, currentThreadId() ?? 0);
  let seen = Atomics.load(seq, SEQ);
  while (Atomics.load(seq, STOP) === 0) {
    const d = Atomics.load(due, DUE);
    if (d === 0n) {
      Atomics.wait(seq, SEQ, seen);
    } else {
      const left = d - process.hrtime.bigint();
      if (left > 0n) {
        Atomics.wait(seq, SEQ, seen, Number(left) / 1e6);
      } else if (Atomics.compareExchange(due, DUE, d, 0n) === d) {
        port.postMessage(null);
      }
    }
    seen = Atomics.load(seq, SEQ);
  }
  port.close();
}

if (!isMainThread && workerData?.clock === true && parentPort) runClock(workerData);
