/**
 * The test balancer (scripts/stack/balancer.ts) behaves like the load balancer in front of replicas:
 * new connections take turns, a backend that refuses connections is skipped without failing a client.
 */
import { createServer, type Server } from 'node:http';
import { startBalancer, type TcpBalancer } from '../stack/balancer';

const servers: Server[] = [];
let balancer: TcpBalancer;

/** An HTTP server answering its own name, without keep-alive (each request a new connection). */
async function backend(name: string) {
  const server = createServer((_req, res) => res.writeHead(200, { connection: 'close' }).end(name));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { server, port: (server.address() as { port: number }).port };
}

const ask = async () => (await fetch(balancer.url('/'))).text();

afterAll(async () => {
  await balancer?.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

test('new connections go to each backend in turn; a dead backend is skipped and no client fails', async () => {
  const a = await backend('a');
  const b = await backend('b');
  balancer = await startBalancer([{ host: '127.0.0.1', port: a.port }, { host: '127.0.0.1', port: b.port }]);
  const answers: string[] = [];
  for (let i = 0; i < 4; i++) answers.push(await ask());
  expect(answers).toEqual(['a', 'b', 'a', 'b']);

  await new Promise((r) => a.server.close(r));
  const after: string[] = [];
  for (let i = 0; i < 4; i++) after.push(await ask());
  expect(after).toEqual(['b', 'b', 'b', 'b']);
  expect(balancer.open()[`127.0.0.1:${a.port}`]).toBe(0);
});
