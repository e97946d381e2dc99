import { sqlMigration } from '@member-graph/common/db';

/**
 * A store transaction redeems once, whatever idempotency key the till sends with it: the ledger keeps at
 * most one REDEEM line per (store, store transaction id).
 */
export const StoreRedemptionOnce = sqlMigration('StoreRedemptionOnce', 1763900016000, [
  `create unique index points_entries_store_redemption_once on loyalty.points_entries (store_id, source_id)
     where type = 'REDEEM' and source_type = 'STORE'`,
]);
