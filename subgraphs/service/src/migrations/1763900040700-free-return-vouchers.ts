import { sqlMigration } from '@member-graph/common/db';

/**
 * Free-return vouchers (issue 15): a member who exchanged points for a FREE_RETURN_VOUCHER reward
 * (`loyalty.reward_exchanged`) has one more free return in the calendar year of the exchange; one row
 * per exchange, so a redelivered event grants nothing twice.
 */
export const FreeReturnVouchers = sqlMigration('FreeReturnVouchers', 1763900040700, [
  `create table service.free_return_vouchers (
     exchange_id text primary key,
     customer_id uuid not null,
     granted_at timestamptz not null
   )`,
  `create index free_return_vouchers_by_customer on service.free_return_vouchers (customer_id, granted_at)`,
]);
