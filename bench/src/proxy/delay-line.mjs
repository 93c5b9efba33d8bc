// One direction of a proxied connection: every chunk is written to `dest` exactly `delayNs`
// after it arrived, in arrival order.
//
// Why not setTimeout per chunk: Node timers have 1 ms granularity and wake up late, which would
// turn a 0.25 ms one-way delay into ~1.2 ms. Instead all lines share one scheduler (below) woken by
// a WakeClock (wake-clock.mjs): a thread that sleeps until the next deadline with sub-millisecond
// precision, so the proxy uses no CPU while it waits (it used to poll with setImmediate, which
// kept a core busy).
//
// Each chunk keeps its own deadline (arrival + delay). A chunk that arrives while an earlier one is
// still queued is NOT delayed again after the earlier one leaves: that would stack delays and
// simulate a slower link than asked for.
import { WakeClock } from './wake-clock.mjs';

/** @typedef {{ dueNs: bigint, chunk: Buffer }} Pending */

/** All delay lines with something queued; the scheduler runs while this is non-empty. */
const activeLines = new Set();

export class DelayLine {
  /**
   * @param {import('node:net').Socket} source where chunks come from (paused on back-pressure)
   * @param {import('node:net').Socket} dest where chunks go
   * @param {() => bigint} getDelayNs current one-way delay; read at arrival time
   */
  constructor(source, dest, getDelayNs) {
    this.source = source;
    this.dest = dest;
    this.getDelayNs = getDelayNs;
    /** @type {Pending[]} */
    this.queue = [];
    this.lastDueNs = 0n;
    this.endAfterDrain = false;
  }

  /** Accept a chunk that just arrived from `source`. */
  push(chunk) {
    const delay = this.getDelayNs();
    if (delay === 0n && this.queue.length === 0) {
      this.write(chunk);
      return;
    }
    // Never let a later chunk overtake an earlier one (possible only if the delay is changed
    // while chunks are in flight): ordering beats precision.
    let due = process.hrtime.bigint() + delay;
    if (due < this.lastDueNs) due = this.lastDueNs;
    this.lastDueNs = due;
    this.queue.push({ dueNs: due, chunk });
    activeLines.add(this);
    schedule(due);
  }

  /** Close `dest` once everything already queued has been delivered. */
  endWhenDrained() {
    if (this.queue.length === 0) this.dest.end();
    else this.endAfterDrain = true;
  }

  /** Deliver every chunk whose deadline has passed; returns the next deadline or null. */
  flushDue(nowNs) {
    while (this.queue.length > 0 && this.queue[0].dueNs <= nowNs) {
      this.write(/** @type {Pending} */ (this.queue.shift()).chunk);
    }
    if (this.queue.length > 0) return this.queue[0].dueNs;
    activeLines.delete(this);
    if (this.endAfterDrain) this.dest.end();
    return null;
  }

  write(chunk) {
    if (this.dest.destroyed) return;
    if (!this.dest.write(chunk)) {
      // Back-pressure: stop reading until the slow side catches up.
      this.source.pause();
      this.dest.once('drain', () => this.source.resume());
    }
  }

  discard() {
    this.queue.length = 0;
    activeLines.delete(this);
  }
}

/** Created on first use, on the proxy's thread. */
let clock = null;

/** Makes sure the scheduler runs at `dueNs` at the latest. */
function schedule(dueNs) {
  clock ??= new WakeClock(tick);
  clock.armAt(dueNs);
}

/** Delivers what is due on every line and arms the clock for the earliest deadline left. */
function tick() {
  // A wake already on its way when the scheduler was stopped (the proxy is closing).
  if (clock === null) return;
  // What falls due within the clock's lead is delivered now: the clock rang early by that much.
  const now = process.hrtime.bigint() + clock.lead;
  let next = null;
  for (const line of [...activeLines]) {
    const due = line.flushDue(now);
    if (due !== null && (next === null || due < next)) next = due;
  }
  if (next !== null) clock.armAt(next);
}


/** The clock thread's kernel thread id, or null while there is none (measure/cpu.mjs counts it as the proxy's). */
export function schedulerThreadId() {
  return clock?.tid ?? null;
}

/** Stops the clock thread (the proxy is closing). */
export async function stopScheduler() {
  const c = clock;
  clock = null;
  await c?.close();
}
