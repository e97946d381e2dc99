import { sqlMigration } from '@member-graph/common/db';

/** The index the admin audit of points adjustments (`pointsAdjustmentAudit`) reads its newest-first pages by. */
export const AdjustmentAudit = sqlMigration('AdjustmentAudit', 1763900040100, [
  `create index points_entries_adjustments on loyalty.points_entries (created_at desc, id desc) where type = 'ADJUST'`,
]);
