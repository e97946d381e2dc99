import type { EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import { fingerprintsOf } from './fingerprint.rules';

/**
 * The identity fingerprints of one customer (see `fingerprintsOf`): their profile phone and their PHONE
 * and WECHAT_UNIONID identities, under the key the migration generated in this database.
 */
export async function identityFingerprints(tx: EntityManager, customerId: string): Promise<string[]> {
  const [row] = await queryRows<{ key: string; phone: string | null; phones: string[]; unionIds: string[] }>(
    tx,
    `select (select key from customer.fingerprint_key) as key, c.phone,
            coalesce(array_agg(i.value) filter (where i.type = 'PHONE'), '{}') as phones,
            coalesce(array_agg(i.value) filter (where i.type = 'WECHAT_UNIONID'), '{}') as "unionIds"
       from customer.customers c left join customer.identities i on i.customer_id = c.id
      where c.id = $1 group by c.id`,
    [customerId],
  );
  return row ? fingerprintsOf(row.key, { phones: [row.phone, ...row.phones], unionIds: row.unionIds }) : [];
}
