import type { DataSource } from 'typeorm';
import type { Doorbell, Outbox } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import type { ServiceSettings } from './settings';

/** Everything a service-domain service may depend on. */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  settings: Readonly<ServiceSettings>;
  /** The subgraph's doorbell (the subscriptions' wake-ups; NOTIFY, or core NATS with BUS=nats). */
  listener: Doorbell;
}


export { queryRows } from '@member-graph/common/db';
