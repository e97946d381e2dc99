import { readEnv, num } from './env';

/**
 * How long a server keeps an idle keep-alive connection and waits for request headers. Both must stay
 * ABOVE the gateway's pooled-socket idle time (`SUBGRAPH_POOL_IDLE_MS`), so the gateway, not the
 * subgraph, is always the side that closes an idle connection (no request races a closing socket).
 */
export interface HttpServerTimeouts {
  keepAliveTimeoutMs: number;
  headersTimeoutMs: number;
}

/** `HTTP_KEEP_ALIVE_TIMEOUT_MS` (default 65 s) and `HTTP_HEADERS_TIMEOUT_MS` (default 66 s, kept above the keep-alive). */
export function readHttpServerTimeouts(env: NodeJS.ProcessEnv = process.env): HttpServerTimeouts {
  const raw = readEnv(
    {
      HTTP_KEEP_ALIVE_TIMEOUT_MS: num({ default: 65_000, desc: 'idle keep-alive connections are closed after this; keep above SUBGRAPH_POOL_IDLE_MS' }),
      HTTP_HEADERS_TIMEOUT_MS: num({ default: 0, desc: 'time to receive request headers; default keep-alive + 1 s' }),
    },
    env,
  );
  const keepAliveTimeoutMs = raw.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  return { keepAliveTimeoutMs, headersTimeoutMs: Math.max(raw.HTTP_HEADERS_TIMEOUT_MS, keepAliveTimeoutMs + 1000) };
}

/** Applies the timeouts to a Node HTTP server (every server of the platform: gateway and subgraphs). */
export function applyHttpServerTimeouts(server: { keepAliveTimeout: number; headersTimeout: number }, timeouts: HttpServerTimeouts = readHttpServerTimeouts()): void {
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.headersTimeout = timeouts.headersTimeoutMs;
}
