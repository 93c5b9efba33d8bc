// Calibration: what RTT does the proxy really produce? Time `SELECT 1` through it.
import { openConnection } from '../db/drivers.mjs';
import { msSince, summarize } from './stats.mjs';

/** @param {import('../proxy/proxy-handle.mjs').ProxyHandle} proxy */
export async function calibrate(proxy, rttMs, samples) {
  await proxy.setRttMs(rttMs);
  const conn = await openConnection('pg', proxy.port);
  try {
    for (let i = 0; i < 20; i++) await conn.raw.query('SELECT 1');
    const latencies = [];
    const before = await proxy.roundTrips();
    for (let i = 0; i < samples; i++) {
      const t0 = process.hrtime.bigint();
      await conn.raw.query('SELECT 1');
      latencies.push(msSince(t0));
    }
    const roundTripsPerOp = ((await proxy.roundTrips()) - before) / samples;
    return { rttMs, ...summarize(latencies), roundTripsPerOp };
  } finally {
    await conn.close();
  }
}
