import { sqlMigration } from '@member-graph/common/db';

/**
 * Unmerge: a merge records, in its own audit row, what the merged customer brought (`restore`: row ids
 * of identities, orders and behaviour, its tag rows, the profile fields it filled), so an admin can undo
 * a wrong merge; each undo is one line of customer.unmerges (append-only; at most one per merge).
 * Merges from before have no record and cannot be undone.
 */
export const Unmerges = sqlMigration('Unmerges', 1763900040202, [
  `alter table customer.merges add column restore jsonb`,
  `create table customer.unmerges (
     id uuid primary key default gen_random_uuid(),
     merge_id uuid not null unique references customer.merges(id),
     survivor_id uuid not null references customer.customers(id),
     restored_id uuid not null references customer.customers(id),
     actor_id text not null,
     actor_role text not null,
     reason text not null,
     at timestamptz not null
   )`,
  `create index unmerges_at on customer.unmerges (at)`,
]);
