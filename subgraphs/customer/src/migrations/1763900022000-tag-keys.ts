import { sqlMigration } from '@member-graph/common/db';

/**
 * A tag is one tag whatever its width or case ("Ｍｏｔｈｅｒ", "Mother" and "mother"): `name_key` is the
 * NFKC, case-folded name (`tagKey`), unique per customer; `name` keeps the spelling first given. Rows
 * from before keep their names; of two that now collide, the older stays.
 */
export const TagKeys = sqlMigration('TagKeys', 1763900022000, [
  `alter table customer.tags add column name_key text`,
  `update customer.tags set name_key = lower(name)`,
  `delete from customer.tags t using customer.tags o
    where o.customer_id = t.customer_id and o.name_key = t.name_key and (o.created_at, o.name) < (t.created_at, t.name)`,
  `alter table customer.tags alter column name_key set not null`,
  `alter table customer.tags drop constraint tags_customer_name`,
  `alter table customer.tags add constraint tags_customer_name_key unique (customer_id, name_key)`,
  `create index tags_key_customer on customer.tags (name_key, customer_id)`,
]);
