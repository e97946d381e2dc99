/**
 * The compiled build runs as production runs it: plain `node` on dist/ (no register hook, no source
 * condition), NODE_ENV=production. A broken build, a package export that points at nothing, or a
 * compiled file that still needs a .ts fails here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { withClient, withDatabase } from '@member-graph/common/db';
import { createTestDatabase, freePort, testServerUrl } from '@member-graph/common/testing';
import { ROOT, ensureFreshBuild } from './fresh-build';

jest.setTimeout(360_000);

const children: ChildProcess[] = [];
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let env: NodeJS.ProcessEnv;

/** `node dist/scripts/part.js <part>`: resolves with its output once it says it is ready, or with its exit code. */
function runPart(part: string, extra: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'scripts', 'part.js'), part], { cwd: ROOT, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  return new Promise<{ ready: boolean; code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.stdout!.on('data', () => stdout.includes(' ready at ') && resolve({ ready: true, code: null, stdout, stderr }));
    child.once('exit', (code) => resolve({ ready: false, code, stdout, stderr }));
  });
}

beforeAll(async () => {
  ensureFreshBuild();
  db = await createTestDatabase('compiled');
  const { NODE_OPTIONS: _dropped, ...inherited } = process.env;
  env = {
    ...inherited,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    GATEWAY_SECRET: 'compiled-test-gateway-secret',
    JWT_SECRET: 'compiled-test-jwt-secret-0123456789',
  };
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(children.map((c) => c.exitCode === null && new Promise((r) => c.once('exit', r))));
  await db?.drop();
});

test('the compiled customer subgraph starts with plain node, answers /health and /ready, and refuses a taken port in one line', async () => {
  const port = await freePort();
  const started = await runPart('customer', { CUSTOMER_PORT: String(port) });
  expect(started).toEqual(expect.objectContaining({ ready: true }));
  expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  const ready = await fetch(`http://127.0.0.1:${port}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: true } });

  const second = await runPart('customer', { CUSTOMER_PORT: String(port) });
  expect(second.ready).toBe(false);
  expect(second.code).toBe(1);
  // one JSON line, naming the server and the address
  const fatal = second.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((l) => l.level === 'fatal');
  expect(fatal).toEqual([expect.objectContaining({ part: 'customer', msg: `customer cannot listen on 127.0.0.1:${port}: the port is already in use` })]);
  expect(second.stderr.trim()).toBe('');

  // the compiled gateway: ready because it serves its supergraph; which subgraphs answer is detail and a gauge
  const gatewayPort = await freePort();
  const down = `http://127.0.0.1:${await freePort()}/graphql`;
  const urls = { CUSTOMER_URL: `http://127.0.0.1:${port}/graphql`, LOYALTY_URL: down, SERVICE_URL: down, MARKETING_URL: down };
  expect(await runPart('gateway', { GATEWAY_PORT: String(gatewayPort), ...urls })).toEqual(expect.objectContaining({ ready: true }));
  const gatewayReady = await fetch(`http://127.0.0.1:${gatewayPort}/ready`);
  expect(gatewayReady.status).toBe(200);
  expect(await gatewayReady.json()).toEqual({
    status: 'ready',
    checks: { supergraph: true },
    subgraphs: { customer: true, loyalty: false, service: false, marketing: false },
  });
  const metrics = await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text();
  expect(metrics).toMatch(/gateway_subgraph_up\{subgraph="customer",service="gateway"\} 1/);
  expect(metrics).toMatch(/gateway_subgraph_up\{subgraph="loyalty",service="gateway"\} 0/);
});

test('an unknown part is refused with the list of parts', async () => {
  const run = await runPart('nope');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/usage: part <gateway\|customer\|loyalty\|service\|marketing\|migrate\|launcher>/);
});

const schemasOf = (url: string) =>
  withClient(url, async (c) => (await c.query(`select nspname from pg_namespace where nspname in ('bus', 'customer', 'loyalty', 'service', 'marketing') order by 1`)).rows.map((r) => r.nspname));

test('the compiled migrate one-off puts each subgraph, and the bus schema, in its own database; separate databases need BUS=nats', async () => {
  const ownName = `mg_own_customer_${process.pid}_${Date.now()}`;
  const own = withDatabase(testServerUrl(), ownName);
  // a new, empty database (not a clone of the migrated test template): migrate creates and fills it
  const sharedName = `mg_shared_${process.pid}_${Date.now()}`;
  const shared = { url: withDatabase(testServerUrl(), sharedName) };
  try {
    const refused = await runPart('migrate', { DATABASE_URL: shared.url, CUSTOMER_DATABASE_URL: own, BUS: 'postgres' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/CUSTOMER_DATABASE_URL put subgraphs on separate databases.*set BUS=nats/);

    const migrated = await runPart('migrate', { DATABASE_URL: shared.url, CUSTOMER_DATABASE_URL: own, BUS: 'nats' });
    expect(migrated).toEqual(expect.objectContaining({ code: 0 }));
    expect(await schemasOf(own)).toEqual(['bus', 'customer']);
    expect(await schemasOf(shared.url)).toEqual(['bus', 'loyalty', 'marketing', 'service']);
  } finally {
    await withClient(withDatabase(testServerUrl(), 'postgres'), (c) => c.query(`drop database if exists ${sharedName} with (force)`));
    await withClient(withDatabase(testServerUrl(), 'postgres'), (c) => c.query(`drop database if exists ${ownName} with (force)`));
  }
});
