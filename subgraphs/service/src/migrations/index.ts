import { platformMigration } from '@member-graph/common/db';
import { ServiceInit } from './1763900004000-service-init';
import { ErasureLookups } from './1763900005000-erasure-lookups';
import { TrendIndexes } from './1763900017000-trend-indexes';

/** Every migration of schema "service", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('service', 1763900000001),
  ServiceInit,
  ErasureLookups,
  TrendIndexes,
];
