/**
 * A TCP proxy in front of the cluster that can cut connections on demand, so a test can make a
 * client lose its socket mid-call the way a network failure would (the server sees EOF, the client
 * ECONNRESET), without touching the server. The bench's latency proxy only delays bytes; this one drops them.
 */
import { AddressInfo, createServer, Server, Socket, connect as tcpConnect } from 'net';

export class CuttingProxy {
  private readonly links = new Set<{ client: Socket; server: Socket }>();
  /** Links cut by cutRandom(), for the test's report. */
  cuts = 0;

  private constructor(private readonly listener: Server) {}

  /**
   * `swallowCancels`: drop every CancelRequest instead of forwarding it, so the server never hears of
   * a cancel — as with a backend that cannot be interrupted (an endless loop on upstream PL/v8).
   * `terminateAfterStartup(n)`: true for the connections (numbered from 0) that end the way a backend
   * terminated right after its start-up does: ReadyForQuery and a FATAL 57P01 reach the client in one read.
   */
  static async start(
    upstreamHost: string,
    upstreamPort: number,
    options: { swallowCancels?: boolean; terminateAfterStartup?: (connection: number) => boolean } = {},
  ): Promise<CuttingProxy> {
    const listener = createServer();
    const proxy = new CuttingProxy(listener);
    let connections = 0;
    listener.on('connection', (client) => {
      if (options.terminateAfterStartup?.(connections++)) return proxy.link(client, upstreamHost, upstreamPort, terminateAfterStartup);
      if (!options.swallowCancels) return proxy.link(client, upstreamHost, upstreamPort);
      client.once('data', (first: Buffer) => {
        // A CancelRequest is the whole first message: length 16, code 80877102.
        if (first.length === 16 && first.readInt32BE(0) === 16 && first.readInt32BE(4) === 80877102) {
          client.destroy(); // what a server does after acting on one: close
          return;
        }
        client.pause(); // until pipe() resumes it, nothing may flow past the link
        client.unshift(first);
        proxy.link(client, upstreamHost, upstreamPort);
      });
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  /** Connects client to the server; `fromServer` passes what the server sends on (by default, all of it). */
  private link(client: Socket, upstreamHost: string, upstreamPort: number, fromServer: (server: Socket, client: Socket) => void = pipeAll): void {
    const server = tcpConnect(upstreamPort, upstreamHost);
    const link = { client, server };
    this.links.add(link);
    const drop = () => {
      this.links.delete(link);
      client.destroy();
      server.destroy();
    };
    // Errors are the expected outcome of a cut; either side closing closes the other.
    client.on('error', drop).on('close', drop);
    server.on('error', drop).on('close', drop);
    client.pipe(server);
    fromServer(server, client);
  }

  get port(): number {
    return (this.listener.address() as AddressInfo).port;
  }

  /** Drops one open link at random (both sockets at once); false when none is open. */
  cutRandom(): boolean {
    const open = [...this.links];
    if (open.length === 0) return false;
    const link = open[Math.floor(Math.random() * open.length)];
    this.links.delete(link);
    // resetAndDestroy sends RST where available, like a broken network path; destroy() otherwise.
    const reset = (s: Socket) => (s as Socket & { resetAndDestroy?: () => void }).resetAndDestroy?.() ?? s.destroy();
    reset(link.client);
    reset(link.server);
    this.cuts++;
    return true;
  }

  async close(): Promise<void> {
    for (const link of this.links) {
      link.client.destroy();
      link.server.destroy();
    }
    this.links.clear();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }
}

/** The ErrorResponse a backend sends when pg_terminate_backend ends it. */
function fatalTerminated(): Buffer {
  const fields: Array<[string, string]> = [
    ['S', 'FATAL'],
    ['V', 'FATAL'],
    ['C', '57P01'],
    ['M', 'terminating connection due to administrator command'],
  ];
  const body = Buffer.concat([...fields.map(([code, text]) => Buffer.from(`${code}${text}\0`, 'utf8')), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

function pipeAll(server: Socket, client: Socket): void {
  server.pipe(client);
}

/**
 * Passes the start-up through, then sends the server's ReadyForQuery together with a FATAL
 * ErrorResponse (what pg_terminate_backend sends) in one write, and closes both sides.
 */
function terminateAfterStartup(server: Socket, client: Socket): void {
  let pending = Buffer.alloc(0);
  server.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    // Server messages: a type byte, then an int32 length that counts itself and the body.
    let at = 0;
    while (at + 5 <= pending.length) {
      const end = at + 1 + pending.readInt32BE(at + 1);
      if (end > pending.length) break;
      if (pending[at] === 0x5a /* 'Z' ReadyForQuery */) {
        client.end(Buffer.concat([pending.subarray(0, end), fatalTerminated()]));
        server.destroy();
        return;
      }
      at = end;
    }
  });
}
