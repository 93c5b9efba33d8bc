// Runs the delay proxy on its own thread, so the benchmark's client work (JSON parsing, 16
// concurrent workers) cannot delay the proxy's deliveries and distort the simulated latency.
import { parentPort, workerData } from 'node:worker_threads';
import { DelayProxy } from './proxy-server.mjs';
import { schedulerThreadId } from './delay-line.mjs';
import { currentThreadId } from '../measure/cpu.mjs';

const proxy = new DelayProxy(workerData);
const port = await proxy.listen();
// The thread id lets the bench tell the proxy's CPU time from the client's (measure/cpu.mjs).
parentPort.postMessage({ type: 'listening', port, tid: currentThreadId() });

parentPort.on('message', async (msg) => {
  try {
    if (msg.type === 'setRtt') proxy.setRttMs(msg.rttMs);
    if (msg.type === 'close') await proxy.close();
    parentPort.postMessage({
      id: msg.id, ok: true, roundTrips: proxy.roundTrips, connections: proxy.connections,
      chunksToServer: proxy.chunksToServer, chunksToClient: proxy.chunksToClient, clockTid: schedulerThreadId(),
    });
    if (msg.type === 'close') parentPort.close();
  } catch (err) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String(err?.message ?? err) });
  }
});
