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

  static async start(upstreamHost: string, upstreamPort: number): Promise<CuttingProxy> {
    const listener = createServer();
    const proxy = new CuttingProxy(listener);
    listener.on('connection', (client) => {
      const server = tcpConnect(upstreamPort, upstreamHost);
      const link = { client, server };
      proxy.links.add(link);
      const drop = () => {
        proxy.links.delete(link);
        client.destroy();
        server.destroy();
      };
      // Errors are the expected outcome of a cut; either side closing closes the other.
      client.on('error', drop).on('close', drop);
      server.on('error', drop).on('close', drop);
      client.pipe(server);
      server.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
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
    const reset = (s: Socket) => ((s as Socket & { resetAndDestroy?: () => void }).resetAndDestroy?.() ?? s.destroy());
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
