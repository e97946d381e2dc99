import type { DataSource, EntityManager } from 'typeorm';
import type { Outbox } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import type { MarketingSettings } from './settings';

/** Everything a marketing service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<MarketingSettings>;
}


/**
 * Serialises everything marketing does for one customer (projection updates, segment evaluation,
 * sends) until the transaction ends. Several customers are locked in id order, so lockers never deadlock.
 */
export async function lockCustomers(tx: EntityManager, ...ids: string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) {
    await tx.query(`select pg_advisory_xact_lock(hashtext('member-graph:marketing:customer:' || $1))`, [id]);
  }
}

export { queryRows } from '@member-graph/common/db';
