import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';
import { queryRows } from '../deps';
import { popularItems, type RecommendationKey } from './recommendation.repository';
import { fillWithPopular, type Recommendation } from './recommendation.rules';

/** The top `first` items each customer's basket scores (summed cosine similarity), excluding what they bought, in one query. */
const SCORES_SQL = `
select "customerId", sku, category, score, 'ALSO_BOUGHT' as reason from (
  select t.*, row_number() over (partition by t."customerId" order by t.score desc, t.sku) as rn from (
    select k.customer_id as "customerId", p.sku_b as sku, s.category, sum(p.customers / sqrt(a.customers::float8 * s.customers)) as score
      from marketing.customer_skus k
      join marketing.item_pairs p on p.sku_a = k.sku and p.customers > 0
      join marketing.item_stats a on a.sku = p.sku_a and a.customers > 0
      join marketing.item_stats s on s.sku = p.sku_b and s.customers > 0
     where k.customer_id = any($1::uuid[])
       and not exists (select 1 from marketing.customer_skus x where x.customer_id = k.customer_id and x.sku = p.sku_b)
     group by k.customer_id, p.sku_b, s.category) t) ranked
where rn <= $2`;

/** Customers (of `ids`) who turned personalisation off. */
async function optedOut(ds: DataSource, ids: string[]): Promise<Set<string>> {
  const flags = await queryRows<{ id: string; personalised: boolean }>(
    ds,
    `select customer_id as id, personalised from marketing.customer_facts where customer_id = any($1::uuid[])`,
    [ids],
  );
  return new Set(flags.filter((f) => !f.personalised).map((f) => f.id));
}

/** What each customer bought. */
async function boughtBy(ds: DataSource, ids: string[]): Promise<Map<string, Set<string>>> {
  const rows = await queryRows<{ customerId: string; sku: string }>(
    ds,
    `select customer_id as "customerId", sku from marketing.customer_skus where customer_id = any($1::uuid[])`,
    [ids],
  );
  const out = new Map<string, Set<string>>();
  for (const b of rows) out.set(b.customerId, (out.get(b.customerId) ?? new Set()).add(b.sku));
  return out;
}

/** Recommendations of many customers in four queries, whatever their number (opted-out customers get the popular list). */
const recommendations = (ds: DataSource) =>
  new DataLoader<RecommendationKey, Recommendation[], string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.customerId))].filter(isUuid);
      const maxFirst = Math.max(...keys.map((k) => k.first));
      const off = await optedOut(ds, ids);
      const personal = ids.filter((id) => !off.has(id));
      const bought = await boughtBy(ds, personal);
      const scores = await queryRows<Recommendation & { customerId: string }>(ds, SCORES_SQL, [personal, maxFirst]);
      const widest = Math.max(0, ...[...bought.values()].map((s) => s.size));
      const popular = await popularItems(ds, maxFirst + widest);
      return keys.map((k) => {
        if (off.has(k.customerId) || !isUuid(k.customerId)) return popular.slice(0, k.first);
        const mine = scores.filter((s) => s.customerId === k.customerId).map(({ customerId: _c, ...r }) => r);
        return fillWithPopular(mine, popular, bought.get(k.customerId) ?? new Set(), k.first);
      });
    },
    { cacheKeyFn: (k) => `${k.customerId}|${k.first}` },
  );

/** The recommendation loaders of one request. */
export const recommendationLoaders = (ds: DataSource) => ({ recommendations: recommendations(ds) });
