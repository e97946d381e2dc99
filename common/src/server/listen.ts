import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Thrown when a server cannot bind; the message is one line naming the server and the address. */
export class ListenError extends Error {
  override name = 'ListenError';
}

const REASONS: Record<string, string> = {
  EADDRINUSE: 'the port is already in use',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'the address is not on this machine (check HOST)',
};

/**
 * Binds `httpServer` to `host:port` and resolves with the bound port; rejects with a one-line ListenError
 * (e.g. "customer cannot listen on 127.0.0.1:4001: the port is already in use") instead of crashing later.
 */
export function listen(httpServer: http.Server, name: string, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const reason = REASONS[error.code ?? ''] ?? error.message;
      reject(new ListenError(`${name} cannot listen on ${host}:${port}: ${reason}`));
    };
    httpServer.once('error', fail);
    httpServer.listen(port, host, () => {
      httpServer.off('error', fail);
      resolve((httpServer.address() as AddressInfo).port);
    });
  });
}

/** The URL clients use for a server bound to `host`: a wildcard bind is reached on loopback from this machine. */
export const graphqlUrl = (host: string, port: number) => {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachable}:${port}/graphql`;
};
