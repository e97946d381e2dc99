import type { DataSource } from 'typeorm';
import type { Outbox, PgListener } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import type { ServiceSettings } from './settings';

/** Everything a service-domain service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<ServiceSettings>;
  /** The subgraph's LISTEN connection (the subscriptions' doorbell). */
  listener: PgListener;
}


export { queryRows } from '@member-graph/common/db';
