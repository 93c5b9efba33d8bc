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
   */
  static async start(upstreamHost: string, upstreamPort: number, options: { swallowCancels?: boolean } = {}): Promise<CuttingProxy> {
    const listener = createServer();
    const proxy = new CuttingProxy(listener);
    listener.on('connection', (client) => {
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

  private link(client: Socket, upstreamHost: string, upstreamPort: number): void {
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
    server.pipe(client);
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
