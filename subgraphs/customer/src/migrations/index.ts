import { deadLetterMigration, platformMigration } from '@member-graph/common/db';
import { CustomerInit } from './1763900001000-customer-init';
import { Orders } from './1763900002000-orders';
import { ProfileFacts } from './1763900003000-profile-facts';
import { PiiReveals } from './1763900004000-pii-reveals';
import { Erasures } from './1763900005000-erasures';
import { BehaviourClientIds } from './1763900006000-behaviour-client-ids';
import { ValueModels } from './1763900014000-value-models';

/** Every migration of schema "customer", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('customer', 1763900000001),
  CustomerInit,
  Orders,
  ProfileFacts,
  PiiReveals,
  Erasures,
  BehaviourClientIds,
  ValueModels,
  deadLetterMigration('customer', 1763900020000),
];
