import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy received: its headers and parsed JSON body. */
export interface SeenRequest {
  headers: http.IncomingHttpHeaders;
  body: { query?: string; variables?: Record<string, unknown> };
}

/**
 * A real HTTP proxy for fault tests, put between the gateway and one subgraph: it records every
 * request, and on demand delays answers, resets the connection of a matching request (the socket is
 * destroyed after the request arrived, as a subgraph closing a keep-alive socket would), or dies.
 */
export async function startFaultProxy(target: string) {
  const seen: SeenRequest[] = [];
  const state = { delayMs: 0, resetWhen: null as ((body: SeenRequest['body']) => boolean) | null, answered: 0 };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as SeenRequest['body']) : {};
    seen.push({ headers: req.headers, body });
    if (state.resetWhen?.(body)) {
      state.resetWhen = null;
      req.socket.destroy();
      return;
    }
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))) as Record<string, string>;
    try {
      const upstream = await fetch(target, { method: req.method, headers, body: raw || undefined });
      const text = await upstream.text();
      if (res.destroyed) return;
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(text);
      state.answered++;
    } catch {
      req.socket.destroy(); // the subgraph behind is gone (the stack stopped while a delayed answer waited)
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    seen,
    state,
    /** Requests whose operation text matches. */
    count: (pattern: RegExp) => seen.filter((s) => pattern.test(s.body.query ?? '')).length,
    /** Resets the connection of the next request whose operation matches. */
    resetNext(pattern: RegExp) {
      state.resetWhen = (body) => pattern.test(body.query ?? '');
    },
    /** Stops listening and drops every open connection, as a killed process would. */
    async kill() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;
