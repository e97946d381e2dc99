import { sqlMigration } from '@member-graph/common/db';

/** What each customer.merged moved of coupons (ids, holdings per template), so customer.unmerged can move it back. */
export const CouponMergeRecords = sqlMigration('CouponMergeRecords', 1763900040202, [
  `create table marketing.coupon_merge_records (
     id bigint generated always as identity primary key,
     survivor_id uuid not null,
     merged_id uuid not null,
     coupon_ids jsonb not null,
     holdings jsonb not null,
     merged_at timestamptz not null default now(),
     undone_at timestamptz
   )`,
  `create index coupon_merge_records_pair on marketing.coupon_merge_records (survivor_id, merged_id, id)`,
]);
