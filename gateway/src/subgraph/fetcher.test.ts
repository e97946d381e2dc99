import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { subgraphFetcher } from './fetcher';

/** A real HTTP server on loopback: /json answers, /stall never does. */
let server: http.Server;
let url: string;
const agent = new Agent();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/stall') return; // no answer: the fetcher's timeout must end the call
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Multi', ['a', 'b']);
      res.end(JSON.stringify({ method: req.method, got: body, auth: req.headers['x-test'] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await agent.close();
  await new Promise((resolve) => server.close(resolve));
});

test('posts the body and headers and reads the answer the fetch way', async () => {
  const fetcher = subgraphFetcher(agent, 5_000);
  const res = await fetcher(`${url}/json?x=1`, { method: 'POST', headers: { 'x-test': 'yes' }, body: '{"q":1}' });
  expect(res.ok).toBe(true);
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/json');
  expect(res.headers.get('x-multi')).toBe('a, b');
  expect(res.headers.get('x-absent')).toBeNull();
  expect(res.headers.has('CONTENT-TYPE')).toBe(true);
  expect(Object.fromEntries(res.headers)['content-type']).toBe('application/json');
  expect(await res.json()).toEqual({ method: 'POST', got: '{"q":1}', auth: 'yes' });
  expect(() => res.headers.set('a', 'b')).toThrow('read-only');
});

test('a non-2xx answer is not ok and keeps its body', async () => {
  const res = await subgraphFetcher(agent, 5_000)(`${url}/missing`, { method: 'POST', body: '{}' });
  expect({ ok: res.ok, status: res.status }).toEqual({ ok: false, status: 404 });
  expect(await res.text()).toContain('"method":"POST"');
});

test('a subgraph that sends no headers in time fails with undici’s headers timeout (an unavailable code)', async () => {
  await expect(subgraphFetcher(agent, 300)(`${url}/stall`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT' });
});
