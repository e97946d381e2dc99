import type { DataSource } from 'typeorm';
import { latestByCustomer } from '../latest-by-customer.loaders';
import { LifecycleTransitionEntity } from './lifecycle-transition.entity';

/** The latest lifecycle moves of every customer of a tick, in one query. */
export const lifecycleHistoryByCustomer = (dataSource: DataSource) =>
  latestByCustomer(dataSource, LifecycleTransitionEntity, 'customer.lifecycle_transitions', 'at');

export type LifecycleHistoryLoader = ReturnType<typeof lifecycleHistoryByCustomer>;
