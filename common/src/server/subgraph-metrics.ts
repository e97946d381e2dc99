import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolStats } from '../db/pool-stats';
import { ident, type DeadLetterStore, type EventConsumer } from '../events';

/** What a subgraph's /metrics reads at scrape time. */
export interface SubgraphMetricSources {
  dataSource: DataSource;
  schema: string;
  consumers: EventConsumer[];
  deadLetters?: DeadLetterStore;
}

/** A gauge whose value is read at scrape time; a failed read (database down) leaves it unset rather than failing the scrape. */
function gaugeAtScrape(registry: Registry, name: string, help: string, labelNames: string[], read: (g: Gauge) => Promise<void> | void) {
  return new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.resolve(read(this)).catch(() => undefined);
    },
  });
}

/** Outbox backlog and age, consumer lag, parked events, and the database pool of one subgraph. */
export function registerSubgraphMetrics(registry: Registry, sources: SubgraphMetricSources): void {
  const { dataSource, consumers, deadLetters } = sources;
  const schema = ident(sources.schema);
  // both outbox gauges are collected together in one scrape: they share one in-flight read
  let reading: Promise<{ n: number; age: number }> | null = null;
  const outbox = () =>
    (reading ??= dataSource
      .query(`select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age from ${schema}.outbox where published_at is null`)
      .then((rows: { n: number; age: number }[]) => rows[0])
      .finally(() => (reading = null)));
  gaugeAtScrape(registry, 'outbox_backlog_events', 'Outbox rows not yet relayed to the bus', [], async (g) => g.set((await outbox()).n));
  gaugeAtScrape(registry, 'outbox_oldest_age_seconds', 'Age of the oldest outbox row not yet relayed (0 when none)', [], async (g) => g.set((await outbox()).age));
  gaugeAtScrape(registry, 'event_consumer_lag_events', 'Events on the bus a consumer has not applied yet', ['consumer'], async (g) => {
    for (const c of consumers) g.set({ consumer: c.name }, await c.lag());
  });
  gaugeAtScrape(registry, 'event_consumer_parked_events', 'Dead-lettered events not replayed yet, by consumer and status (PARKED or HELD)', ['consumer', 'status'], async (g) => {
    for (const c of consumers) for (const status of ['PARKED', 'HELD']) g.set({ consumer: c.name, status }, 0);
    for (const row of (await deadLetters?.openCounts()) ?? []) g.set({ consumer: row.consumer, status: row.status }, row.n);
  });
  gaugeAtScrape(registry, 'db_pool_connections_in_use', 'Database connections checked out of the pool', [], (g) => g.set(poolStats(dataSource).inUse));
  gaugeAtScrape(registry, 'db_pool_connections_open', 'Database connections the pool holds (in use and idle)', [], (g) => g.set(poolStats(dataSource).total));
  gaugeAtScrape(registry, 'db_pool_waiting_requests', 'Queries waiting for a pooled connection', [], (g) => g.set(poolStats(dataSource).waiting));
}
