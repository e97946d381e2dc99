import { platformMigration } from '@member-graph/common';
import { CustomerInit } from './1763900001000-customer-init';

/** Every migration of schema "customer", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('customer', 1763900000001),
  CustomerInit,
];
