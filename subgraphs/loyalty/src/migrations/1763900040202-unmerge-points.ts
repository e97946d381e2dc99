import { sqlMigration } from '@member-graph/common/db';

/**
 * Unmerge, loyalty's part: each customer.merged records the ledger lines and lots it moved
 * (loyalty.merge_records), and customer.unmerged moves exactly those back through the owner's function
 * (the ledger stays append-only for the app role: only the owner column of the named lines changes,
 * from the survivor to the restored member, neither of them erased).
 */
export const UnmergePoints = sqlMigration('UnmergePoints', 1763900040202, [
  `create table loyalty.merge_records (
     id bigint generated always as identity primary key,
     survivor_id uuid not null,
     merged_id uuid not null,
     entry_ids bigint[] not null,
     merged_at timestamptz not null default now(),
     undone_at timestamptz
   )`,
  `create index merge_records_pair on loyalty.merge_records (survivor_id, merged_id, id)`,
  `create function loyalty.move_back_points_entries(entry_ids bigint[], from_id uuid, to_id uuid) returns integer
     language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
   declare moved integer;
   begin
     if from_id = to_id or (select count(*) from loyalty.members where customer_id in (from_id, to_id) and erased_at is null) <> 2 then
       raise exception 'ledger lines move back only between two members being unmerged' using errcode = '22023';
     end if;
     update loyalty.points_entries set customer_id = to_id where customer_id = from_id and id = any(entry_ids);
     get diagnostics moved = row_count;
     return moved;
   end $$`,
  `revoke all on function loyalty.move_back_points_entries(bigint[], uuid, uuid) from public`,
]);
