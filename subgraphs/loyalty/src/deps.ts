import type { DataSource } from 'typeorm';
import { type Doorbell, type Outbox } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import type { ProgrammeView } from './programme/programme.definitions';
import type { LoyaltySettings } from './settings';

/** The infrastructure every loyalty service and loader is given (collaborator services are named constructor parameters). */
export interface Deps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
  /** Environment settings; the tiers, badges and earning rates in them only seed the programme's first version. */
  settings: Readonly<LoyaltySettings>;
  /** The programme in force (tiers, earning rules, badges): data, changed by admins, fresh on every replica. */
  programme: ProgrammeView;
  /** The process's doorbell: ledger writes ring it so live `pointsChanged` streams on every replica read them. */
  listener: Doorbell;
}
