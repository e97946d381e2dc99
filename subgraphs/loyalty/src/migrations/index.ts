import { deadLetterMigration, platformMigration } from '@member-graph/common/db';
import { LoyaltyInit } from './1763900002000-loyalty-init';
import { MemberErasure } from './1763900006000-member-erasure';
import { StoreRedemptionOnce } from './1763900016000-store-redemption-once';

/** Every migration of schema "loyalty", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('loyalty', 1763900000001),
  LoyaltyInit,
  MemberErasure,
  StoreRedemptionOnce,
  deadLetterMigration('loyalty', 1763900020000),
];
