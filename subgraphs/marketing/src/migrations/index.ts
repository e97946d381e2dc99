import { deadLetterMigration, erasedActorsMigration, jobRunsMigration, platformMigration } from '@member-graph/common/db';
import { MarketingInit } from './1763900004000-marketing-init';
import { MarketingErasure } from './1763900005000-marketing-erasure';
import { MarketingValue } from './1763900016000-marketing-value';
import { MarketingCampaignLimits } from './1763900040600-campaign-limits';
import { CouponSourceReward } from './1763900040401-coupon-source-reward';
import { CouponMergeRecords } from './1763900040202-coupon-merge-records';
import { BirthdayCoupons } from './1763900040300-birthday-coupons';

/** Every migration of schema "marketing", in order. Add new ones at the end. */
export const migrations = [
  platformMigration('marketing', 1763900000003),
  MarketingInit,
  MarketingErasure,
  MarketingValue,
  jobRunsMigration('marketing', 1763900027000),
  deadLetterMigration('marketing', 1763900028000),
  erasedActorsMigration('marketing', 1763900040200),
  CouponMergeRecords,
  BirthdayCoupons,
  CouponSourceReward,
  MarketingCampaignLimits,
];

/** Marketing keeps no audit table of its own (its logs are projections and counters the domain rewrites). */
export const appendOnlyTables: string[] = [];
