// Main-thread handle on the proxy worker: start it, change the simulated RTT, read the round-trip
// counter, stop it.
import { Worker } from 'node:worker_threads';

export class ProxyHandle {
  /** @param {{ upstreamHost: string, upstreamPort: number }} upstream */
  static async start(upstream) {
    const worker = new Worker(new URL('./proxy-worker.mjs', import.meta.url), { workerData: upstream });
    const { port, tid } = await new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (msg) => (msg.type === 'listening' ? resolve(msg) : reject(new Error(String(msg.error)))));
    });
    return new ProxyHandle(worker, port, tid ?? null);
  }

  constructor(worker, port, tid) {
    this.worker = worker;
    /** loopback port clients connect to */
    this.port = port;
    /** the proxy thread's kernel thread id (its CPU time is counted apart), or null */
    this.tid = tid;
    this.nextId = 1;
    this.waiting = new Map();
    worker.on('message', (msg) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      msg.ok ? w.resolve(msg) : w.reject(new Error(msg.error));
    });
    // A proxy thread that ends (or fails) answers nothing more: fail what waits for it rather than
    // leave a promise that nothing will settle (with no other handle, Node would then just exit).
    const failAll = (why) => {
      for (const w of this.waiting.values()) w.reject(new Error(`the delay proxy thread ${why}`));
      this.waiting.clear();
    };
    worker.on('exit', (code) => failAll(`exited (code ${code})`));
    worker.on('error', (err) => failAll(`failed: ${err.message}`));
  }

  request(msg) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, id });
    });
  }

  async setRttMs(rttMs) { await this.request({ type: 'setRtt', rttMs }); }

  /** Total round trips counted since the proxy started (take differences). */
  async roundTrips() { return (await this.request({ type: 'stats' })).roundTrips; }

  /** The proxy's threads (its own, and the clock thread once delays started it), for measure/cpu.mjs. */
  async threadIds() {
    const { clockTid } = await this.request({ type: 'stats' });
    return [this.tid, clockTid].filter((tid) => typeof tid === 'number');
  }

  /** Round trips and chunks relayed each way, counted since the proxy started (take differences). */
  async traffic() {
    const { roundTrips, chunksToServer, chunksToClient } = await this.request({ type: 'stats' });
    return { roundTrips, chunksToServer, chunksToClient };
  }

  async close() {
    await this.request({ type: 'close' });
    await this.worker.terminate();
  }
}
