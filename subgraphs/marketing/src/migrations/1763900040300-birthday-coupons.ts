import { sqlMigration } from '@member-graph/common/db';

/** Coupons of a loyalty birthday gift pack (issue 15) have their own source, BIRTHDAY. */
export const BirthdayCoupons = sqlMigration('BirthdayCoupons', 1763900040300, [
  `alter table marketing.coupons drop constraint coupons_source_check`,
  `alter table marketing.coupons add constraint coupons_source_check check (source in ('CLAIM','CAMPAIGN','STAFF','BIRTHDAY'))`,
]);
