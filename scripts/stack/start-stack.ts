import { signDevToken, type Role } from '@member-graph/common/auth';
import { type SubgraphConfig, DEFAULT_PORTS } from '@member-graph/common/config';
import { migrateSubgraphDatabase } from '@member-graph/common/db';
import { systemClock, type Clock } from '@member-graph/common/time';
import { migrations as customerMigrations, startCustomerSubgraph } from '@member-graph/customer/src/app';
import { migrations as loyaltyMigrations, startLoyaltySubgraph } from '@member-graph/loyalty/src/app';
import { migrations as serviceMigrations, startServiceSubgraph } from '@member-graph/service/src/app';
import { migrations as marketingMigrations, startMarketingSubgraph } from '@member-graph/marketing/src/app';
import { readGatewayConfig } from '../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../gateway/src/server';

/** Every server's port: the gateway's and each subgraph's. */
export type StackPorts = Readonly<Record<keyof typeof DEFAULT_PORTS, number>>;

/** Options for a whole system in one process: `npm start` gives its ports, tests take random ones. */
export interface StackOptions {
  /** The database of every subgraph without its own entry in `databaseUrls`. */
  databaseUrl: string;
  /** A subgraph's own database (`<NAME>_DATABASE_URL`); separate databases need a bus that spans them. */
  databaseUrls?: Partial<Record<StackSubgraph, string>>;
  /** Listen address of every server (default 127.0.0.1). */
  host?: string;
  /** Default: DEFAULT_PORTS. */
  ports?: 'random' | StackPorts;
  production?: boolean;
  /** false: no relay/consumer/job timers (tests call `settle()`). */
  background?: boolean;
  clock?: Clock;
  gatewaySecret?: string;
  jwtSecret?: string;
  /** Bearer token every /metrics requires (default: none, open). */
  metricsToken?: string;
  /** Extra gateway environment (limits, subgraph URL overrides…). */
  gatewayEnv?: NodeJS.ProcessEnv;
}

/** Every subgraph of the system: its migrations and its composition root. Add new subgraphs here. */
const SUBGRAPHS = {
  customer: { migrations: customerMigrations, start: startCustomerSubgraph },
  loyalty: { migrations: loyaltyMigrations, start: startLoyaltySubgraph },
  service: { migrations: serviceMigrations, start: startServiceSubgraph },
  marketing: { migrations: marketingMigrations, start: startMarketingSubgraph },
};
export type StackSubgraph = keyof typeof SUBGRAPHS;

/** Applies every subgraph's migrations (and the bus schema) to its database: `urls[name]`, else `databaseUrl`. */
export async function migrateAll(databaseUrl: string, urls: Partial<Record<StackSubgraph, string>> = {}): Promise<void> {
  for (const [name, s] of Object.entries(SUBGRAPHS) as [StackSubgraph, (typeof SUBGRAPHS)[StackSubgraph]][]) {
    await migrateSubgraphDatabase(urls[name] ?? databaseUrl, name, s.migrations);
  }
}

/**
 * Migrates, then starts every subgraph and the gateway in this process. Returns their handles,
 * `settle()` (relay every outbox and run every consumer until nothing moves), `token()` and `stop()`.
 */
export async function startStack(options: StackOptions) {
  const jwtSecret = options.jwtSecret ?? 'dev-jwt-secret-change-me-0123456789';
  const gatewaySecret = options.gatewaySecret ?? 'dev-gateway-secret-change-me';
  const production = options.production ?? false;
  const portOf = (name: keyof StackPorts) => (options.ports === 'random' ? 0 : (options.ports ?? DEFAULT_PORTS)[name]);
  const config = (name: StackSubgraph): SubgraphConfig => ({
    databaseUrl: options.databaseUrls?.[name] ?? options.databaseUrl,
    host: options.host,
    gatewaySecret,
    production,
    logSql: process.env.LOG_SQL === 'true',
    metricsToken: options.metricsToken ?? '',
    port: portOf(name),
  });
  await migrateAll(options.databaseUrl, options.databaseUrls);
  const clock = options.clock ?? systemClock;
  const subgraphs = {} as { [K in StackSubgraph]: Awaited<ReturnType<(typeof SUBGRAPHS)[K]['start']>> };
  try {
    for (const name of Object.keys(SUBGRAPHS) as StackSubgraph[]) {
      Object.assign(subgraphs, { [name]: await SUBGRAPHS[name].start(config(name), { clock, background: options.background }) });
    }
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    throw error;
  }
  let gateway: RunningGateway;
  try {
    gateway = await startGateway(
      readGatewayConfig({
        NODE_ENV: production ? 'production' : 'development',
        GATEWAY_SECRET: gatewaySecret,
        JWT_SECRET: jwtSecret,
        METRICS_TOKEN: options.metricsToken ?? '',
        ...(options.host ? { HOST: options.host } : {}),
        ...Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, s.url])),
        ...options.gatewayEnv,
      }),
      portOf('gateway'),
    );
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    throw error;
  }
  const all = Object.values(subgraphs);
  return {
    gateway,
    subgraphs,
    /** Mints a token the gateway accepts. */
    token: (role: Role, sub: string, scopes: string[] = []) => signDevToken(jwtSecret, { role, sub, scopes }),
    /** Drives every relay and consumer until a full pass moves no event. */
    async settle() {
      for (let pass = 0; pass < 20; pass++) {
        const before = await seqAndPending(subgraphs);
        for (const s of all) await s.settle();
        const after = await seqAndPending(subgraphs);
        if (before === after) return;
      }
      throw new Error('events did not settle after 20 passes');
    },
    async stop() {
      await gateway.stop();
      for (const s of all) await s.stop();
    },
  };
}

/**
 * Each subgraph's bus position plus its unrelayed outbox rows (a consumer may write one after its subgraph's
 * relay ran), each read from that subgraph's own database: no subgraph's schema is assumed in another's.
 */
async function seqAndPending(subgraphs: Record<StackSubgraph, { dataSource: { query: (sql: string) => Promise<{ v: string }[]> } }>) {
  const parts = await Promise.all(
    (Object.keys(SUBGRAPHS) as StackSubgraph[]).map(async (s) => {
      const [{ v }] = await subgraphs[s].dataSource.query(
        `select coalesce((select max(seq) from bus.events), 0)::text || '/' || (select count(*) from ${s}.outbox where published_at is null)::text as v`,
      );
      return v;
    }),
  );
  return parts.join(' ');
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
