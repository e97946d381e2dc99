import { signDevToken, type Role } from '@member-graph/common/auth';
import { type BusConfig, type SubgraphConfig, DEFAULT_PORTS } from '@member-graph/common/config';
import { migrateBus, migrateSchema } from '@member-graph/common/db';
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
  databaseUrl: string;
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
  /** The event bus (default: the Postgres bus). */
  bus?: BusConfig;
}

/** Every subgraph of the system: its migrations and its composition root. Add new subgraphs here. */
const SUBGRAPHS = {
  customer: { migrations: customerMigrations, start: startCustomerSubgraph },
  loyalty: { migrations: loyaltyMigrations, start: startLoyaltySubgraph },
  service: { migrations: serviceMigrations, start: startServiceSubgraph },
  marketing: { migrations: marketingMigrations, start: startMarketingSubgraph },
};
export type StackSubgraph = keyof typeof SUBGRAPHS;

/** Applies the bus and every subgraph's migrations. */
export async function migrateAll(databaseUrl: string): Promise<void> {
  await migrateBus(databaseUrl);
  for (const [name, s] of Object.entries(SUBGRAPHS)) await migrateSchema(databaseUrl, name, s.migrations);
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
    databaseUrl: options.databaseUrl,
    gatewaySecret,
    production,
    logSql: process.env.LOG_SQL === 'true',
    metricsToken: options.metricsToken ?? '',
    port: portOf(name),
    bus: options.bus,
  });
  await migrateAll(options.databaseUrl);
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
    /** Drives every relay and consumer until a full pass moves no event (a consumer may write an outbox row after its subgraph's relay ran). */
    async settle() {
      for (let pass = 0; pass < 20; pass++) {
        let moved = 0;
        for (const s of all) moved += await s.settle();
        if (moved === 0) return;
      }
      throw new Error('events did not settle after 20 passes');
    },
    async stop() {
      await gateway.stop();
      for (const s of all) await s.stop();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
