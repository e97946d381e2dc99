import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { newCustomer, useTestStack } from '../../scripts/stack';
import { describeWithBrowser, launchBrowser, offlinePage } from '../../scripts/stack/browser';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';

/**
 * Issue 13 item 4: CORS for an allow-list of origins (preflight answered, credentials off unless
 * configured, CSRF prevention still on) and gzip/br for answers of 1 KB and more, over raw HTTP and
 * from real browser pages served on other origins.
 */
const env = useTestStack('cors', { subgraphs: ['customer'] });

/** A raw HTTP exchange: status, headers and the body bytes as sent (not decompressed). */
function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A page server: an empty HTML page on its own origin (127.0.0.1 and a random port). */
async function pageServer(): Promise<{ origin: string; server: http.Server }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>web app</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization,x-request-id' },
});
const INTROSPECTION = { query: '{ __schema { types { name description fields { name description } } } }' };

let allowed: Awaited<ReturnType<typeof pageServer>>;
let other: Awaited<ReturnType<typeof pageServer>>;
let gateway: RunningGateway; // CORS_ORIGINS = the allowed page's origin and one more
let withCredentials: RunningGateway; // the same with CORS_CREDENTIALS=true

beforeAll(async () => {
  allowed = await pageServer();
  other = await pageServer();
  const urls = Object.fromEntries(Object.entries(env.stack.subgraphs).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
  const config = (extra: Record<string, string>) => readGatewayConfig({ ...urls, CORS_ORIGINS: `https://app.example.com, ${allowed.origin}`, ...extra });
  gateway = await startGateway(config({}), 0);
  withCredentials = await startGateway(config({ CORS_CREDENTIALS: 'true', CORS_MAX_AGE_SECONDS: '60' }), 0);
});
env.beforeStop(async () => {
  await gateway?.stop();
  await withCredentials?.stop();
  await new Promise((r) => allowed?.server.close(r));
  await new Promise((r) => other?.server.close(r));
});

describe('CORS', () => {
  test('a preflight from an allowed origin is answered 204 with the origin, methods, headers and max-age; credentials are off by default', async () => {
    const res = await request(gateway.url, preflight(allowed.origin));
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(allowed.origin);
    expect(res.headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
    expect(res.headers['access-control-allow-headers']?.split(',')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight']),
    );
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toMatch(/origin/i);
  });

  test('CORS_CREDENTIALS=true allows credentials (and CORS_MAX_AGE_SECONDS sets the max-age)', async () => {
    const res = await request(withCredentials.url, preflight('https://app.example.com'));
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-max-age']).toBe('60');
  });

  test('a preflight from another origin, or to a gateway with no CORS_ORIGINS, gets no allow-origin (the browser blocks), and no CSRF 400', async () => {
    for (const [url, origin] of [[gateway.url, other.origin], [gateway.url, 'https://app.example.com.evil.test'], [env.stack.gateway.url, allowed.origin]]) {
      const res = await request(url, preflight(origin));
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  test('an allowed cross-origin POST runs and exposes x-request-id; CSRF prevention still refuses simple cross-site requests', async () => {
    const ok = await request(gateway.url, post({ query: '{ __typename }' }, { origin: allowed.origin }));
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe(allowed.origin);
    expect(ok.headers['access-control-expose-headers']).toContain('x-request-id');
    expect(JSON.parse(ok.body.toString())).toEqual({ data: { __typename: 'Query' } });

    // a GET without content-type or a preflight header is what a cross-site <img> or link sends
    const simpleGet = await request(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: other.origin } });
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.body.toString()).toContain('Cross-Site Request Forgery');
    // a form-like POST (text/plain needs no preflight) is refused before anything is parsed
    const simplePost = await request(gateway.url, { method: 'POST', headers: { origin: other.origin, 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { __typename }' }) });
    expect(simplePost.status).toBe(400);
    expect(JSON.parse(simplePost.body.toString()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  test('CORS_ORIGINS takes exact origins only', () => {
    for (const bad of ['*', 'https://app.example.com/', 'https://app.example.com/path', 'app.example.com', 'ftp://files.example.com']) {
      expect(() => readGatewayConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
    expect(readGatewayConfig({ CORS_ORIGINS: ' https://a.example.com ,http://127.0.0.1:3000,' }).cors).toEqual({
      origins: ['https://a.example.com', 'http://127.0.0.1:3000'],
      credentials: false,
      maxAgeSeconds: 600,
    });
    expect(readGatewayConfig({}).cors.origins).toEqual([]);
  });
});

describe('compression', () => {
  test('an answer of 1 KB or more is sent br or gzip as the client accepts, and decodes to the same JSON', async () => {
    const plain = await request(gateway.url, post(INTROSPECTION));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const expected = JSON.parse(plain.body.toString());
    expect(expected.data.__schema.types.length).toBeGreaterThan(10);

    const br = await request(gateway.url, post(INTROSPECTION, { 'accept-encoding': 'gzip, deflate, br' }));
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString())).toEqual(expected);

    const gzip = await request(gateway.url, post(INTROSPECTION, { 'accept-encoding': 'gzip' }));
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gzip.body).toString())).toEqual(expected);
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
  });

  test('a small answer is sent as it is', async () => {
    const small = await request(gateway.url, post({ query: '{ __typename }' }, { 'accept-encoding': 'gzip, br' }));
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});

describeWithBrowser('a web app on another origin, in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page at `origin` and has it call the gateway with fetch, a bearer token and a JSON body. */
  async function callFromPage(origin: string, token: string) {
    const { page, problems } = await offlinePage(browser, [origin, new URL(gateway.url).origin]);
    await page.goto(origin);
    const result = await page.evaluate(
      async ({ url, token }) => {
        try {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { id } }' }) });
          return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() };
        } catch (error) {
          return { error: String(error) };
        }
      },
      { url: gateway.url, token },
    );
    await page.context().close();
    return { result, problems };
  }

  test('the allowed origin calls the API with its token; another origin is blocked by the browser', async () => {
    const customerId = await newCustomer(env);
    const token = await env.stack.token('customer', customerId);

    const fromAllowed = await callFromPage(allowed.origin, token);
    expect(fromAllowed.result).toEqual({ status: 200, requestId: expect.any(String), body: { data: { me: { id: customerId } } } });
    expect(fromAllowed.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] });

    const fromOther = await callFromPage(other.origin, token);
    expect(fromOther.result).toEqual({ error: expect.stringContaining('Failed to fetch') });
    expect(fromOther.problems.consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
    expect(fromOther.problems.offlineRefused).toEqual([]);
  });
});
