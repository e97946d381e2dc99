import { deadLetterMigration, erasedActorsMigration, jobRunsMigration, platformMigration } from '@member-graph/common/db';
import { LoyaltyInit } from './1763900002000-loyalty-init';
import { MemberErasure } from './1763900006000-member-erasure';
import { StoreRedemptionOnce } from './1763900016000-store-redemption-once';
import { LedgerAppendOnly } from './1763900020000-ledger-append-only';
import { IdentityFingerprints } from './1763900021000-identity-fingerprints';
import { AdjustmentAudit } from './1763900040100-adjustment-audit';
import { RewardsCatalogue } from './1763900040400-rewards-catalogue';
import { UnmergePoints } from './1763900040202-unmerge-points';
import { ProgrammeVersions } from './1763900040300-programme-versions';

/** Every migration of schema "loyalty", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('loyalty', 1763900000001),
  LoyaltyInit,
  MemberErasure,
  StoreRedemptionOnce,
  LedgerAppendOnly,
  IdentityFingerprints,
  jobRunsMigration('loyalty', 1763900027000),
  deadLetterMigration('loyalty', 1763900028000),
  AdjustmentAudit,
  erasedActorsMigration('loyalty', 1763900040200),
  UnmergePoints,
  ProgrammeVersions,
  RewardsCatalogue,
];

/** The audit tables: the app role reads and appends to the points ledger (see LedgerAppendOnly) and the programme's versions, never updates or deletes them. */
export const appendOnlyTables = ['points_entries', 'programme_versions'];
