/**
 * `npm start` as a developer runs it on a machine without Postgres: the embedded server under its own
 * data dir, every subgraph and the gateway on their ports, demo data and tokens; the CDNOW import into
 * the running stack and the dashboard with every chart drawn; a killed run's
 * orphaned Postgres cleared by the next one; a terminal's Ctrl-C (SIGINT to the whole process group,
 * Postgres included) stopping everything quietly, nothing left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, readPostmasterPid, withClient } from '@member-graph/common/db';
import { signDevToken } from '@member-graph/common/auth';
import { DAY_MS, shanghaiDate } from '@member-graph/common/time';
import { createTestDatabase, dataOf, freePort, graphql } from '@member-graph/common/testing';
import { describeWithBrowser, launchBrowser } from '../stack/browser';
import { ALL_ANALYTICS, chartsWithoutData, DASHBOARD_CHARTS, openDashboard } from '../stack/dashboard-page';

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'member-graph-launcher-'));
chmodSync(dir, 0o755); // the embedded server runs as the postgres user when we are root
const pgDir = path.join(dir, 'pg');
const postmasterPidFile = path.join(pgDir, 'postmaster.pid');
const launcherPidFile = path.join(dir, 'launcher.pid');

interface Launch {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | string>;
  done: boolean;
}

const launches: Launch[] = [];
let env: NodeJS.ProcessEnv;
let gatewayPort: number;

/** `npm start` in its own process group, as a terminal runs it. */
function launch(overrides: NodeJS.ProcessEnv = {}): Launch {
  const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...env, ...overrides }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const run: Launch = {
    child,
    output: () => output,
    done: false,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => ((run.done = true), resolve(code ?? signal ?? 'unknown')))),
  };
  launches.push(run);
  return run;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(run: Launch): Promise<void> {
  for (let waited = 0; !run.output().includes('Press Ctrl-C to stop.'); waited += 250) {
    if (run.done || waited > 200_000) throw new Error(`npm start did not come up:\n${run.output()}`);
    await sleep(250);
  }
}


const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** The demo token printed for a role (`customer (林晓雨)`, `marketer`, …). */
const tokenFor = (run: Launch, label: RegExp) => {
  const lines = run.output().split('\n');
  const at = lines.findIndex((l) => label.test(l));
  if (at < 0) throw new Error(`no token line ${label}:\n${run.output()}`);
  return lines[at + 1].trim();
};

/** The five demo customers and the eighteen of the dashboard's data set. */
const DEMO_CUSTOMERS = 5 + 18;
const CDNOW_SAMPLE = path.join(ROOT, '..', 'shared', 'data', 'cdnow', 'CDNOW_sample.txt');

const CUSTOMERS = `{ customers(first: 50) { totalCount nodes { name phone identities { type value } tags { name } } } }`;

beforeAll(async () => {
  const ports = { GATEWAY_PORT: await freePort(), CUSTOMER_PORT: await freePort(), LOYALTY_PORT: await freePort(), SERVICE_PORT: await freePort(), MARKETING_PORT: await freePort() };
  gatewayPort = ports.GATEWAY_PORT;
  env = { ...process.env, NODE_ENV: 'development', EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(await freePort()) };
  delete env.DATABASE_URL; // a machine without Postgres
  for (const [name, port] of Object.entries(ports)) env[name] = String(port);
});

afterAll(async () => {
  for (const run of launches) if (!run.done) process.kill(-run.child.pid!, 'SIGKILL');
  if (existsSync(postmasterPidFile) && isProcessAlive(readPostmasterPid(pgDir))) process.kill(readPostmasterPid(pgDir), 'SIGKILL');
  await sleep(200);
  rmSync(dir, { recursive: true, force: true });
});

test('npm start brings up embedded Postgres, subgraphs and gateway, with demo customers, tags and masked phones', async () => {
  const run = launch();
  await ready(run);
  expect(run.output()).toContain(`Playground / GraphQL: http://127.0.0.1:${gatewayPort}/graphql`);
  const url = `http://127.0.0.1:${gatewayPort}/graphql`;
  // every subgraph runs as its own process (every core works), apart from the launcher
  const pids = [...run.output().matchAll(/subgraph \w+\s+\S+\s+\(pid (\d+)\)/g)].map((m) => Number(m[1]));
  expect(new Set(pids).size).toBe(4);
  for (const pid of pids) expect(isProcessAlive(pid) && pid !== run.child.pid).toBe(true);

  const staff = dataOf(await graphql(url, CUSTOMERS, {}, { token: tokenFor(run, /^\s+marketer:/) }));
  // the five demo customers and the dashboard's eighteen
  expect(run.output()).toContain('dashboard data: 18 customers');
  expect(staff.customers.totalCount).toBe(DEMO_CUSTOMERS);
  for (const c of staff.customers.nodes) expect(c.phone ?? '****').toContain('****');
  expect(staff.customers.nodes.flatMap((c: { tags: { name: string }[] }) => c.tags.map((t) => t.name))).toContain('母婴');
  expect(staff.customers.nodes.every((c: { identities: unknown[] }) => c.identities.length > 0)).toBe(true);

  const me = dataOf(await graphql(url, `{ me { name phone loyalty { tier { code } } } }`, {}, { token: tokenFor(run, /^\s+customer \(/) }));
  expect(me.me).toEqual({ name: '林晓雨', phone: '13812345678', loyalty: { tier: { code: expect.any(String) } } });

  // the embedded default made both roles: the subgraphs connect as the app role, the owner owns the tables
  const server = `postgres://postgres:member-graph@127.0.0.1:${env.EMBEDDED_PG_PORT}/member_graph`;
  const sessions = await withClient(server, (c) => c.query(`select distinct usename from pg_stat_activity where application_name like 'member-graph-%'`));
  expect(sessions.rows).toEqual([{ usename: 'member_graph_app' }]);
  const owners = await withClient(server, (c) => c.query(`select distinct tableowner from pg_tables where schemaname in ('customer', 'loyalty', 'service', 'marketing', 'bus')`));
  expect(owners.rows).toEqual([{ tableowner: 'member_graph_owner' }]);
});

test('a Postgres orphaned by a killed launcher is found and stopped by the next start; the demo data is not seeded twice', async () => {
  const [first] = launches;
  const orphan = readPostmasterPid(pgDir);
  process.kill(Number(readFileSync(launcherPidFile, 'utf8')), 'SIGKILL');
  await first.exited;
  expect(isProcessAlive(orphan)).toBe(true);

  const run = launch();
  await ready(run);
  expect(run.output()).toContain('stopped a Postgres orphaned by an earlier run');
  expect(run.output()).toContain('demo data: 5 customers (0 new)');
  expect(run.output()).toContain('dashboard data: seeded by an earlier start');
  expect(isProcessAlive(orphan)).toBe(false);
  const staff = dataOf(await graphql(`http://127.0.0.1:${gatewayPort}/graphql`, CUSTOMERS, {}, { token: tokenFor(run, /^\s+admin:/) }));
  expect(staff.customers.totalCount).toBe(DEMO_CUSTOMERS);
});

test('after the CDNOW import (npm run import) into the running stack, every analytics query answers', async () => {
  const run = launches[1];
  const imported = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', 'import', '--', 'orders', CDNOW_SAMPLE, '--no-progress'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
  expect(imported.output).toContain('using the embedded Postgres of the running launcher');
  expect(imported.output).toMatch(/orders recorded:\s+6696 /);
  expect(imported.code).toBe(0);

  const url = `http://127.0.0.1:${gatewayPort}/graphql`;
  const marketer = tokenFor(run, /^\s+marketer:/);
  // business days are Shanghai's: after 16:00 UTC the seed's campaign, tickets and returns fall on tomorrow's UTC date
  const today = shanghaiDate(new Date());
  const halfYearAgo = shanghaiDate(new Date(Date.now() - 200 * DAY_MS));
  const data = dataOf(await graphql(url, ALL_ANALYTICS, { from: halfYearAgo, to: today }, { token: marketer }));
  const total = (rows: Record<string, number>[], key: string) => rows.reduce((n, r) => n + r[key], 0);
  expect(total(data.tierMix, 'customers')).toBeGreaterThanOrEqual(DEMO_CUSTOMERS);
  expect(data.tierMixByMonth.length).toBeGreaterThan(5);
  expect(total(data.repurchaseRate, 'repeatBuyers')).toBeGreaterThan(0);
  expect(data.cohortRetention.length).toBeGreaterThan(3);
  expect(data.campaignRoi).toEqual([expect.objectContaining({ name: 'Spring launch', sent: 9 })]);
  expect(data.clvDistribution.filter((g: { scoredCustomers: number }) => g.scoredCustomers > 0).map((g: { name: string }) => g.name).sort()).toEqual(['Regulars', 'VIP']);
  expect(total(data.complaintReasons, 'count')).toBeGreaterThan(0);
  expect(total(data.returnReasons, 'count')).toBe(4);
  expect(data.slaBreaches.length).toBeGreaterThan(0);
  expect(Array.isArray(data.satisfactionTrend)).toBe(true);

});

describeWithBrowser('the dashboard of a started stack', () => {
  test('draws every chart with data after the import, offline, without errors', async () => {
    const browser = await launchBrowser();
    try {
      const { charts, problems } = await openDashboard(browser, `http://127.0.0.1:${gatewayPort}`, tokenFor(launches[1], /^\s+marketer:/));
      expect(charts.map((c) => c.id)).toEqual(DASHBOARD_CHARTS);
      expect(chartsWithoutData(charts)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] });
    } finally {
      await browser.close();
    }
  });
});

test("a terminal's Ctrl-C stops servers and Postgres quietly, leaving nothing running", async () => {
  const run = launches[1];
  const postmaster = readPostmasterPid(pgDir);
  process.kill(-run.child.pid!, 'SIGINT');
  await run.exited;

  const shutdown = run.output().slice(run.output().indexOf('[start] stopping…'));
  expect(shutdown).toContain('[start] stopped');
  expect(shutdown).not.toMatch(/error|FATAL|^\s+at /im);
  expect(isProcessAlive(postmaster)).toBe(false);
  expect(existsSync(postmasterPidFile)).toBe(false);
  expect(existsSync(launcherPidFile)).toBe(false);
  expect(await accepts(gatewayPort)).toBe(false);
});

test('NODE_ENV=production npm start seeds no demo data and prints no demo token', async () => {
  const db = await createTestDatabase('prodstart');
  const secrets = { GATEWAY_SECRET: 'prod-gateway-secret-0123456789', JWT_SECRET: 'prod-jwt-secret-0123456789abcdef' };
  const run = launch({ NODE_ENV: 'production', DATABASE_URL: db.url, ...secrets });
  try {
    await ready(run);
    expect(run.output()).toContain('production: no demo data, no demo tokens');
    expect(run.output()).not.toMatch(/demo data:|Demo tokens|eyJ/);
    const admin = await signDevToken(secrets.JWT_SECRET, { sub: 'ops', role: 'admin' });
    const staff = dataOf(await graphql(`http://127.0.0.1:${gatewayPort}/graphql`, CUSTOMERS, {}, { token: admin }));
    expect(staff.customers.totalCount).toBe(0);
  } finally {
    process.kill(-run.child.pid!, 'SIGINT');
    await run.exited;
    await db.drop();
  }
});
