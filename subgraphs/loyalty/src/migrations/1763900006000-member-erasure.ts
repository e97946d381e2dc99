import { sqlMigration } from '@member-graph/common/db';

/**
 * Erasure (PIPL Art. 47): an erased member keeps its row as an anonymous account that the ledger points
 * at, marked by `erased_at`, and loses its referral code (null), so the code no longer links anyone.
 */
export const MemberErasure = sqlMigration('MemberErasure', 1763900006000, [
  `alter table loyalty.members add column erased_at timestamptz`,
  `alter table loyalty.members alter column referral_code drop not null`,
]);
