import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Agent, Dispatcher } from 'undici';

/** The fetch-shaped function a RemoteGraphQLDataSource calls (its public extension point). */
export type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * Response headers read the fetch way (repeated values joined by ", "), straight from undici's object,
 * whose names are already lower-case: nothing is copied per response (Apollo reads one header, the
 * content type). Read-only.
 */
class ResponseHeaders implements FetcherHeaders {
  constructor(private readonly raw: Dispatcher.ResponseData['headers']) {}

  get(name: string) {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string) {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) if (this.has(name)) yield [name, this.get(name)!];
  }
  *keys() {
    for (const [name] of this.entries()) yield name;
  }
  *values() {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  append(): void {
    throw new Error('response headers are read-only');
  }
  set(): void {
    throw new Error('response headers are read-only');
  }
  delete(): void {
    throw new Error('response headers are read-only');
  }
}

/** A fully read subgraph answer with the fetch Response surface Apollo's data source reads. */
function bufferedResponse(url: string, status: number, headers: FetcherHeaders, text: string): FetcherResponse {
  return {
    url,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    redirected: false,
    bodyUsed: false,
    headers,
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => bufferedResponse(url, status, headers, text),
  };
}

/**
 * The gateway's subgraph fetcher: undici's `request` on the keep-alive pool instead of WHATWG fetch.
 * The profiles of issue 11 put fetch's machinery (Request/Response objects, web streams, an abort
 * signal and its timer per call) at about a sixth of the gateway's busy CPU; `request` does the same
 * POST without it. The timeout is undici's own: the subgraph must send its headers (it does so once the
 * operation has run) within `timeoutMs`, and no gap in the body may exceed it; past that the socket is
 * closed and the call fails with UND_ERR_HEADERS_TIMEOUT / UND_ERR_BODY_TIMEOUT (unavailable, retryable).
 */
export function subgraphFetcher(agent: Agent, timeoutMs: number): Fetcher {
  const targets = new Map<string, { origin: string; path: string }>();
  const target = (url: string) => {
    let t = targets.get(url);
    if (!t) {
      const u = new URL(url);
      targets.set(url, (t = { origin: u.origin, path: `${u.pathname}${u.search}` }));
    }
    return t;
  };
  return async (url, init = {}) => {
    const { origin, path } = target(url);
    const method = (init.method ?? 'GET') as Dispatcher.HttpMethod;
    const res = await agent.request({ origin, path, method, headers: init.headers, body: init.body, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    return bufferedResponse(url, res.statusCode, new ResponseHeaders(res.headers), await res.body.text());
  };
}
