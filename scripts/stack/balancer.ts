import { connect, createServer, type Server, type Socket } from 'node:net';

/** Where a balancer sends connections. */
export interface Backend {
  host: string;
  port: number;
}

/** A running balancer: its address, and how many connections it holds open to each backend. */
export interface TcpBalancer {
  port: number;
  url(path?: string): string;
  /** Open connections per backend, as `host:port`. */
  open(): Record<string, number>;
  close(): Promise<void>;
}

const key = (b: Backend) => `${b.host}:${b.port}`;

/**
 * A small TCP load balancer for tests on one machine (what HAProxy or a Kubernetes Service does in
 * front of replicas): each new connection goes to the next backend in turn; a backend that refuses a
 * connection is marked down for `downMs` and the next one is tried, so a killed replica stops getting
 * traffic at once. Connections already open to a backend that dies close, and the client reconnects.
 */
export async function startBalancer(backends: readonly Backend[], options: { host?: string; downMs?: number } = {}): Promise<TcpBalancer> {
  const host = options.host ?? '127.0.0.1';
  const downMs = options.downMs ?? 2000;
  const downUntil = new Map<string, number>();
  const open = new Map<string, Set<Socket>>(backends.map((b) => [key(b), new Set()]));
  let next = 0;

  /** The backends to try for one connection: every live one in round-robin order, then the ones marked down. */
  const order = () => {
    const start = next++ % backends.length;
    const ring = backends.map((_, i) => backends[(start + i) % backends.length]);
    const now = Date.now();
    return [...ring.filter((b) => (downUntil.get(key(b)) ?? 0) <= now), ...ring.filter((b) => (downUntil.get(key(b)) ?? 0) > now)];
  };

  /** Connects `client` to the first candidate that accepts; a refusal marks that backend down and tries the next. */
  const pipe = (client: Socket, candidates: Backend[]) => {
    const backend = candidates.shift();
    if (!backend || client.destroyed) return void client.destroy();
    const upstream = connect(backend.port, backend.host);
    let connected = false;
    upstream.on('error', () => {
      if (connected) return; // 'close' follows and ends the client's side too
      downUntil.set(key(backend), Date.now() + downMs);
      pipe(client, candidates);
    });
    upstream.once('connect', () => {
      connected = true;
      downUntil.delete(key(backend));
      const sockets = open.get(key(backend))!;
      sockets.add(upstream);
      upstream.once('close', () => (sockets.delete(upstream), client.destroy()));
      client.once('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    });
  };

  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    client.on('error', () => client.destroy());
    pipe(client, order());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (path = '/graphql') => `http://${host}:${port}${path}`,
    open: () => Object.fromEntries([...open].map(([k, sockets]) => [k, sockets.size])),
    close: () =>
      new Promise<void>((resolve) => {
        for (const sockets of open.values()) for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
