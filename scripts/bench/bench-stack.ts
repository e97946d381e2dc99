import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { ACTOR_HEADER, encodeActor, signDevToken, type Role } from '@member-graph/common/auth';
import { SUBGRAPH_NAMES } from '@member-graph/common/config';
import { withClient, withDatabase } from '@member-graph/common/db';
import { startProcess, startServer, type ServerProcess } from '../launcher/servers';
import { migrateAll } from '../stack';

const GATEWAY_SECRET = `bench-gateway-secret-${randomBytes(8).toString('hex')}`;
const JWT_SECRET = `bench-jwt-secret-${randomBytes(16).toString('hex')}`;

/** A free TCP port on 127.0.0.1 (the servers' port validators refuse 0). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

/** The stack as `npm start` runs it (one process per server, NODE_ENV=production) on a fresh database, plus the peer gateways. */
export interface BenchStack {
  databaseUrl: string;
  database: string;
  subgraphs: ServerProcess[];
  gateway: ServerProcess;
  apollo: ServerProcess<'apollo'>;
  hive: ServerProcess<'hive'>;
  /** A token our gateway accepts. */
  token(role: Role, sub: string): Promise<string>;
  /** The header a peer forwards as the verified actor (peers verify no token: the bench vouches for the user). */
  actorHeaders(role: Role, sub: string): Record<string, string>;
  stop(): Promise<void>;
}

/** The servers' own lines are not forwarded (the bench prints its table). */
const quiet = () => false;

/** Creates a fresh database on `serverUrl`, migrates it, starts the four subgraphs, the gateway and the two peers. */
export async function startBenchStack(serverUrl: string, log: (line: string) => void): Promise<BenchStack> {
  const database = `mg_bench_${randomBytes(3).toString('hex')}`;
  await withClient(withDatabase(serverUrl, 'postgres'), (c) => c.query(`create database ${database}`));
  const databaseUrl = withDatabase(serverUrl, database);
  await migrateAll(databaseUrl);
  const started: ServerProcess<string>[] = [];
  const stop = async () => {
    for (const s of [...started].reverse()) await s.stop().catch((e) => console.error(e));
    await withClient(withDatabase(serverUrl, 'postgres'), (c) => c.query(`drop database if exists ${database} with (force)`));
  };
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, GATEWAY_SECRET, JWT_SECRET, METRICS_TOKEN: '', LOG_SQL: 'false' };
    for (const n of SUBGRAPH_NAMES) env[`${n.toUpperCase()}_DATABASE_URL`] = databaseUrl;
    for (const n of [...SUBGRAPH_NAMES, 'gateway']) env[`${n.toUpperCase()}_PORT`] = String(await freePort());
    log('starting the four subgraphs and the gateway, one process each (NODE_ENV=production)');
    const subgraphs = await Promise.all(SUBGRAPH_NAMES.map((n) => startServer(n, env, quiet)));
    started.push(...subgraphs);
    const urls = Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url]));
    // issue 11's workloads (member home with orders, tickets and coupons; the customers' seeding calls) are not
    // the app SDK's operations, and the peers hold nobody to a manifest: ours is measured on the same terms
    const gateway = await startServer('gateway', { ...env, ...urls, TRUSTED_DOCUMENTS: 'false' }, quiet);
    started.push(gateway);
    log('starting the peers: stock @apollo/gateway and Hive Gateway, one process each');
    const peerEnv = (port: number) => ({ ...env, ...urls, PEER_PORT: String(port) });
    const apollo = await startProcess('apollo', 'scripts/bench/peer-apollo.ts', peerEnv(await freePort()), quiet);
    started.push(apollo);
    const hive = await startProcess('hive', 'scripts/bench/peer-hive.ts', peerEnv(await freePort()), quiet);
    started.push(hive);
    return {
      databaseUrl,
      database,
      subgraphs,
      gateway,
      apollo,
      hive,
      token: (role, sub) => signDevToken(JWT_SECRET, { role, sub }),
      actorHeaders: (role, sub) => ({ [ACTOR_HEADER]: encodeActor({ id: sub, role, scopes: [] }) }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
