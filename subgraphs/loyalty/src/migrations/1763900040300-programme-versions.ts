import { sqlMigration } from '@member-graph/common/db';

/**
 * The loyalty programme as data (issue 15): every version of tiers (with benefits), earning rules and
 * badges, append-only (the app role inserts and reads: `appendOnlyTables`); the newest is in force. The
 * birthday grant keeps the coupon template of the gift pack it announced.
 */
export const ProgrammeVersions = sqlMigration('ProgrammeVersions', 1763900040300, [
  `create table loyalty.programme_versions (
     version integer primary key check (version >= 1),
     config jsonb not null,
     actor_id text not null,
     actor_role text not null,
     reason text not null,
     created_at timestamptz not null
   )`,
  `alter table loyalty.birthday_grants add column coupon_template_id text`,
]);
