import { sqlMigration } from '@member-graph/common/db';

/** What each customer.merged moved here (row keys per table, counts), so customer.unmerged can move it back. */
export const MergeRecords = sqlMigration('MergeRecords', 1763900040202, [
  `create table service.merge_records (
     id bigint generated always as identity primary key,
     survivor_id uuid not null,
     merged_id uuid not null,
     rows jsonb not null,
     orders_count integer not null,
     returns_count integer not null,
     merged_at timestamptz not null default now(),
     undone_at timestamptz
   )`,
  `create index merge_records_pair on service.merge_records (survivor_id, merged_id, id)`,
]);
