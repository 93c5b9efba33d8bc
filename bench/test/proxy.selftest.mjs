// Self-test of the delay proxy: bytes arrive intact and in order, and round trips are counted the
// way the report claims. Run with `npm run selftest -w @wormhole/bench` (needs the private cluster
// for the PostgreSQL part). Asserts no timings: how long delays really are is what the bench's
// calibration prints.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { clusterConfig } from '../src/db/config.mjs';
import { startCpuMeter } from '../src/measure/cpu.mjs';
import { ProxyHandle } from '../src/proxy/proxy-handle.mjs';

/** A loopback echo server: sends back whatever it receives. */
async function startEcho() {
  const server = net.createServer((s) => s.pipe(s));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let echo;
before(async () => {
  echo = await startEcho();
});
after(() => echo.close());

test('delivers every byte, in order, across many small writes with a delay', async () => {
  const proxy = await ProxyHandle.start({ upstreamHost: '127.0.0.1', upstreamPort: echo.address().port });
  try {
    await proxy.setRttMs(1);
    const socket = net.connect({ host: '127.0.0.1', port: proxy.port });
    socket.setNoDelay(true);
    await new Promise((resolve) => socket.once('connect', resolve));
    const chunks = Array.from({ length: 500 }, (_, i) => Buffer.from(`${i},`));
    const expected = Buffer.concat(chunks);
    const received = [];
    let total = 0;
    const done = new Promise((resolve) => {
      socket.on('data', (d) => {
        received.push(d);
        total += d.length;
        if (total >= expected.length) resolve(undefined);
      });
    });
    for (const c of chunks) socket.write(c);
    await done;
    socket.destroy();
    assert.equal(Buffer.concat(received).toString(), expected.toString());
  } finally {
    await proxy.close();
  }
});

test('rejects a non-loopback upstream with a message that names the fix', async () => {
  await assert.rejects(ProxyHandle.start({ upstreamHost: '10.0.0.1', upstreamPort: 5432 }), /loopback.*127\.0\.0\.1/);
});

test('counts one round trip per sequential query and one for a pipelined batch', async () => {
  const c = clusterConfig();
  const proxy = await ProxyHandle.start({ upstreamHost: c.host, upstreamPort: c.port });
  const config = { host: '127.0.0.1', port: proxy.port, user: c.user, password: c.password, database: c.maintenanceDb };
  const sequential = new pg.Client(config);
  const pipelined = new pg.Client({ ...config, pipeline: true });
  try {
    // 20 ms, not the bench's 2: the five pipelined queries are five writes, and on a loaded machine
    // (the whole suite runs on 2 cores) the last could reach the proxy after the server already
    // answered the first, 1 ms of one-way delay later, which then counts two round trips.
    await proxy.setRttMs(20);
    await sequential.connect();
    await pipelined.connect();

    let before = await proxy.roundTrips();
    for (let i = 0; i < 5; i++) await sequential.query('SELECT $1::int AS i', [i]);
    assert.equal((await proxy.roundTrips()) - before, 5);

    before = await proxy.roundTrips();
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => pipelined.query('SELECT $1::int AS i', [i])));
    assert.deepEqual(results.map((r) => r.rows[0].i), [1, 2, 3, 4, 5]);
    assert.equal((await proxy.roundTrips()) - before, 1);
  } finally {
    await sequential.end().catch(() => {});
    await pipelined.end().catch(() => {});
    await proxy.close();
  }
});

test('names its thread, so the bench counts the proxy CPU apart from the client (measure/cpu.mjs)', async (t) => {
  if (process.platform !== 'linux') return t.skip('thread ids come from /proc (Linux)');
  const proxy = await ProxyHandle.start({ upstreamHost: '127.0.0.1', upstreamPort: echo.address().port });
  try {
    assert.ok(Number.isInteger(proxy.tid) && proxy.tid !== process.pid, `expected the worker's own thread id, got ${proxy.tid}`);
    assert.ok(existsSync(`/proc/self/task/${proxy.tid}`), 'the proxy thread is a thread of this process');
    const meter = startCpuMeter({ proxyTids: await proxy.threadIds(), backendPids: [] });
    const cpu = meter.stop(1);
    for (const part of ['client', 'proxy', 'server', 'other']) assert.ok(cpu[part] >= 0, `${part}: ${cpu[part]}`);
  } finally {
    await proxy.close();
  }
});
