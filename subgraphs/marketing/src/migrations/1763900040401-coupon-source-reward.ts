import { sqlMigration } from '@member-graph/common/db';

/** A coupon can reach a member as a loyalty reward (issued once per exchange, source REWARD); BIRTHDAY (1763900040300) stays allowed. */
export const CouponSourceReward = sqlMigration(
  'CouponSourceReward',
  1763900040401,
  [
    `alter table marketing.coupons drop constraint coupons_source_check`,
    `alter table marketing.coupons add constraint coupons_source_check check (source in ('CLAIM', 'CAMPAIGN', 'STAFF', 'BIRTHDAY', 'REWARD'))`,
  ],
  [
    `alter table marketing.coupons drop constraint coupons_source_check`,
    `alter table marketing.coupons add constraint coupons_source_check check (source in ('CLAIM', 'CAMPAIGN', 'STAFF', 'BIRTHDAY'))`,
  ],
);
