import DataLoader from 'dataloader';
import { badInput } from '@member-graph/common/errors';
import { isUuid, pageSize } from '@member-graph/common/graphql';
import { queryRows, type Deps } from '../deps';
import { fillWithPopular, type Recommendation } from './recommendation.rules';

/** One customer's list request. */
export interface RecommendationKey {
  customerId: string;
  first: number;
}

const DEFAULT_FIRST = 10;

/**
 * "Bought A also bought B": item-to-item cosine similarity over the co-occurrence projection
 * (item_stats, item_pairs), kept up to date from order.recorded. A customer's recommendations sum
 * the similarity of each candidate to what they bought, exclude what they bought, and are topped up
 * with popular items. Customers who turned personalisation off get the popular list only.
 */
export class RecommendationService {
  constructor(private readonly deps: Deps) {}

  /** Validates `first` (1–100, default 10). */
  first(first: number | null | undefined): number {
    return first === null || first === undefined ? DEFAULT_FIRST : pageSize(first);
  }

  /** The most-bought items (by customers), best first. */
  popular(first: number): Promise<Recommendation[]> {
    return queryRows<Recommendation>(
      this.deps.dataSource,
      `select sku, category, customers::float8 as score, 'POPULAR' as reason from marketing.item_stats where customers > 0 order by customers desc, sku limit $1`,
      [first],
    );
  }

  /** Items bought together with `sku`, by cosine similarity (for product pages; not personal). */
  async alsoBought(sku: string, first: number | null | undefined): Promise<Recommendation[]> {
    const name = sku.trim();
    if (!name || name.length > 64) throw badInput('sku must be 1–64 characters', { field: 'sku' });
    return queryRows<Recommendation>(
      this.deps.dataSource,
      `select p.sku_b as sku, b.category, p.customers / sqrt(a.customers::float8 * b.customers) as score, 'ALSO_BOUGHT' as reason
         from marketing.item_pairs p join marketing.item_stats a on a.sku = p.sku_a join marketing.item_stats b on b.sku = p.sku_b
        where p.sku_a = $1 and p.customers > 0 and a.customers > 0 and b.customers > 0
        order by score desc, p.sku_b limit $2`,
      [name, this.first(first)],
    );
  }

  /** Recommendations of many customers in four queries, whatever their number. */
  loader() {
    return new DataLoader<RecommendationKey, Recommendation[], string>(
      async (keys) => {
        const ds = this.deps.dataSource;
        const ids = [...new Set(keys.map((k) => k.customerId))].filter(isUuid);
        const maxFirst = Math.max(...keys.map((k) => k.first));
        const flags = await queryRows<{ id: string; personalised: boolean }>(
          ds,
          `select customer_id as id, personalised from marketing.customer_facts where customer_id = any($1::uuid[])`,
          [ids],
        );
        const optedOut = new Set(flags.filter((f) => !f.personalised).map((f) => f.id));
        const personal = ids.filter((id) => !optedOut.has(id));
        const bought = await queryRows<{ customerId: string; sku: string }>(
          ds,
          `select customer_id as "customerId", sku from marketing.customer_skus where customer_id = any($1::uuid[])`,
          [personal],
        );
        const scores = await queryRows<Recommendation & { customerId: string }>(
          ds,
          `select "customerId", sku, category, score, 'ALSO_BOUGHT' as reason from (
             select t.*, row_number() over (partition by t."customerId" order by t.score desc, t.sku) as rn from (
               select k.customer_id as "customerId", p.sku_b as sku, s.category, sum(p.customers / sqrt(a.customers::float8 * s.customers)) as score
                 from marketing.customer_skus k
                 join marketing.item_pairs p on p.sku_a = k.sku and p.customers > 0
                 join marketing.item_stats a on a.sku = p.sku_a and a.customers > 0
                 join marketing.item_stats s on s.sku = p.sku_b and s.customers > 0
                where k.customer_id = any($1::uuid[])
                  and not exists (select 1 from marketing.customer_skus x where x.customer_id = k.customer_id and x.sku = p.sku_b)
                group by k.customer_id, p.sku_b, s.category) t) ranked
           where rn <= $2`,
          [personal, maxFirst],
        );
        const boughtBy = new Map<string, Set<string>>();
        for (const b of bought) boughtBy.set(b.customerId, (boughtBy.get(b.customerId) ?? new Set()).add(b.sku));
        const widest = Math.max(0, ...[...boughtBy.values()].map((s) => s.size));
        const popular = await this.popular(maxFirst + widest);
        return keys.map((k) => {
          if (optedOut.has(k.customerId) || !isUuid(k.customerId)) return popular.slice(0, k.first);
          const mine = scores.filter((s) => s.customerId === k.customerId).map(({ customerId: _c, ...r }) => r);
          return fillWithPopular(mine, popular, boughtBy.get(k.customerId) ?? new Set(), k.first);
        });
      },
      { cacheKeyFn: (k) => `${k.customerId}|${k.first}` },
    );
  }
}
