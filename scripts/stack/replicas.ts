import { signDevToken, type Role } from '@member-graph/common/auth';
import { SUBGRAPH_NAMES, type BusConfig, type SubgraphName } from '@member-graph/common/config';
import { withClient, withDatabase } from '@member-graph/common/db';
import { dropDatabase, freePort, testDatabaseName, testServerUrl } from '@member-graph/common/testing';
import { startServer, type ServerProcess } from '../launcher/servers';
import { startBalancer, type TcpBalancer } from './balancer';
import { eventually } from './fixtures';

const JWT_SECRET = 'replicas-jwt-secret-0123456789abcdef';
/** The gateway secret of every process (a test may call one replica directly with it). */
export const GATEWAY_SECRET = 'replicas-gateway-secret-0123456789';

/** Every part as its own processes behind local load balancers, as a cluster runs it, on one machine. */
export interface ReplicatedSystem {
  /** The balancer in front of the gateways: what clients use. */
  entry: TcpBalancer;
  gateways: ServerProcess[];
  replicas: Record<SubgraphName, ServerProcess[]>;
  /** The balancer in front of each subgraph's replicas: what the gateways use. */
  balancers: Record<SubgraphName, TcpBalancer>;
  /** Each subgraph's own database. */
  databases: Record<SubgraphName, string>;
  token(role: Role, sub: string): Promise<string>;
  /** SIGKILL (a crash: no drain), resolved once the process is gone. */
  kill(server: ServerProcess): Promise<void>;
  stop(): Promise<void>;
}

export interface ReplicatedSystemOptions {
  label: string;
  /** A bus that spans separate databases (NATS). */
  bus: Extract<BusConfig, { kind: 'nats' }>;
  /** Processes per part (default 2). */
  replicas?: number;
  /** Extra environment of every process (short job periods…). */
  env?: NodeJS.ProcessEnv;
  /** Print the processes' output (debugging). */
  verbose?: boolean;
}

/** A new, empty database per subgraph: each replica migrates only its own schema (and the bus schema) into it. */
async function createDatabases(label: string): Promise<Record<SubgraphName, string>> {
  const server = testServerUrl();
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const database = testDatabaseName(`${label}${name}`);
    await withClient(withDatabase(server, 'postgres'), (c) => c.query(`create database ${database}`));
    urls[name] = withDatabase(server, database);
  }
  return urls;
}

const portOf = (server: ServerProcess) => Number(new URL(server.url).port);
const backendsOf = (servers: ServerProcess[]) => servers.map((s) => ({ host: '127.0.0.1', port: portOf(s) }));

/** The environment every process shares: the bus, the secrets, each subgraph's database; no DATABASE_URL to fall back on. */
function sharedEnv(options: ReplicatedSystemOptions, databases: Record<SubgraphName, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _none, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    BUS: 'nats',
    NATS_URL: options.bus.url,
    NATS_PREFIX: options.bus.prefix,
    GATEWAY_SECRET,
    JWT_SECRET,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, databases[n]])),
    ...options.env,
  };
}

/** `count` processes of one part, each on a port of its own, started together. */
async function startReplicas(name: 'gateway' | SubgraphName, count: number, env: NodeJS.ProcessEnv, verbose: boolean): Promise<ServerProcess[]> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const started = await Promise.allSettled(ports.map((port) => startServer(name, { ...env, [`${name.toUpperCase()}_PORT`]: String(port) }, () => verbose)));
  const up = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r) => r.status === 'rejected');
  if (!failed) return up;
  await Promise.all(up.map((s) => s.stop())); // none left behind when a sibling could not start
  throw failed.reason;
}

/** SIGKILL, then waits until the balancers let go of the process and this process's own HTTP clients saw those sockets close. */
async function crash(server: ServerProcess, balancers: TcpBalancer[]): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
  const backend = `127.0.0.1:${portOf(server)}`;
  await eventually(() => balancers.every((b) => !b.open()[backend]), `the balancers let go of ${server.name} at ${backend}`);
  await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Starts `replicas` processes of every subgraph (each subgraph on its own new database, the bus on
 * NATS), a TCP balancer per subgraph, `replicas` gateways pointed at those balancers, and a balancer in
 * front of the gateways. Processes are the launcher's (`startServer`), from the sources.
 */
export async function startReplicatedSystem(options: ReplicatedSystemOptions): Promise<ReplicatedSystem> {
  const count = options.replicas ?? 2;
  const verbose = options.verbose ?? false;
  const databases = await createDatabases(options.label);
  const processes: ServerProcess[] = [];
  const balancers: TcpBalancer[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await Promise.all(balancers.map((b) => b.close()));
    for (const url of Object.values(databases)) await dropDatabase(testServerUrl(), new URL(url).pathname.slice(1));
  };
  try {
    const env = sharedEnv(options, databases);
    const replicas = {} as Record<SubgraphName, ServerProcess[]>;
    const started = await Promise.allSettled(SUBGRAPH_NAMES.map((n) => startReplicas(n, count, env, verbose)));
    for (const [i, result] of started.entries()) if (result.status === 'fulfilled') processes.push(...(replicas[SUBGRAPH_NAMES[i]] = result.value));
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const subgraphBalancers = {} as Record<SubgraphName, TcpBalancer>;
    for (const n of SUBGRAPH_NAMES) balancers.push((subgraphBalancers[n] = await startBalancer(backendsOf(replicas[n]))));
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphBalancers[n].url()]));
    const gateways = await startReplicas('gateway', count, { ...env, ...urls }, verbose);
    processes.push(...gateways);
    const entry = await startBalancer(backendsOf(gateways));
    balancers.push(entry);
    return {
      entry,
      gateways,
      replicas,
      balancers: subgraphBalancers,
      databases,
      token: (role, sub) => signDevToken(JWT_SECRET, { role, sub }),
      kill: (server) => crash(server, balancers),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
