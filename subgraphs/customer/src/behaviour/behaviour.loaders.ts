import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { latestByCustomer, type LatestKey } from '../latest-by-customer.loaders';
import { BehaviourEventEntity } from './behaviour.entity';

export type RecentBehaviourLoader = DataLoader<LatestKey, BehaviourEventEntity[], string>;

/** The latest `first` events (newest first) of many customers in one query, whatever `first` each asks. */
export const recentBehaviourByCustomer = (dataSource: DataSource): RecentBehaviourLoader =>
  latestByCustomer(dataSource, BehaviourEventEntity, 'customer.behaviour_events', 'occurred_at');
