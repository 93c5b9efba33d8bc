// A loopback TCP proxy that adds a configurable delay in each direction and counts round trips.
//
// Round trip, as counted here: a client->server burst followed by a server->client burst, seen in
// arrival order at the proxy. A query that needs an answer before the next one can be sent costs
// one; N pipelined queries cost one. The count is exact only when the delay is large compared with
// the time the client takes to write its burst (at 0 ms a pipelined burst can interleave with the
// first answers), so the bench reports the count taken at its largest RTT.

import net from 'node:net';
import { DelayLine, stopScheduler } from './delay-line.mjs';

export class DelayProxy {
  /**
   * @param {{ upstreamHost: string, upstreamPort: number }} upstream
   */
  constructor({ upstreamHost, upstreamPort }) {
    if (!isLoopback(upstreamHost)) {
      throw new Error(`proxy upstream must be a loopback address, got "${upstreamHost}"; use 127.0.0.1`);
    }
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.oneWayDelayNs = 0n;
    this.roundTrips = 0;
    /** chunks relayed each way (a chunk = one read from a socket: one or more of the peer's writes) */
    this.chunksToServer = 0;
    this.chunksToClient = 0;
    this.connections = 0;
    /** @type {Set<net.Socket>} */
    this.sockets = new Set();
    this.server = net.createServer((client) => this.accept(client));
  }

  /** Listen on an ephemeral loopback port; resolves to the port. */
  listen() {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve(/** @type {net.AddressInfo} */ (this.server.address()).port));
    });
  }

  /** Round-trip time to simulate, in milliseconds (half of it is added in each direction). */
  setRttMs(rttMs) {
    if (!Number.isFinite(rttMs) || rttMs < 0 || rttMs > 1000) {
      throw new Error(`RTT must be between 0 and 1000 ms, got ${rttMs}`);
    }
    this.oneWayDelayNs = BigInt(Math.round((rttMs * 1e6) / 2));
  }

  /** @param {net.Socket} client */
  accept(client) {
    const server = net.connect({ host: this.upstreamHost, port: this.upstreamPort });
    this.connections += 1;
    // Without this, Nagle's algorithm would hold back small writes and add its own latency.
    client.setNoDelay(true);
    server.setNoDelay(true);
    const delay = () => this.oneWayDelayNs;
    const toServer = new DelayLine(client, server, delay);
    const toClient = new DelayLine(server, client, delay);
    /** 'c2s' | 's2c' | null: direction of the last chunk seen on this connection */
    let lastDirection = null;

    client.on('data', (chunk) => {
      this.chunksToServer += 1;
      lastDirection = 'c2s';
      toServer.push(chunk);
    });
    server.on('data', (chunk) => {
      this.chunksToClient += 1;
      if (lastDirection === 'c2s') this.roundTrips += 1;
      lastDirection = 's2c';
      toClient.push(chunk);
    });
    client.on('end', () => toServer.endWhenDrained());
    server.on('end', () => toClient.endWhenDrained());
    const teardown = () => {
      toServer.discard();
      toClient.discard();
      client.destroy();
      server.destroy();
      this.sockets.delete(client);
      this.sockets.delete(server);
    };
    client.on('error', teardown);
    server.on('error', teardown);
    client.on('close', () => { if (toServer.queue.length === 0) server.end(); });
    server.on('close', () => { if (toClient.queue.length === 0) client.end(); });
    this.sockets.add(client);
    this.sockets.add(server);
  }

  async close() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(() => resolve(undefined)));
    await stopScheduler();
  }
}

function isLoopback(host) {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}
