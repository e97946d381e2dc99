import { badInput } from '@member-graph/common/errors';
import { pageSize } from '@member-graph/common/graphql';
import { queryRows, type Deps } from '../deps';
import { popularItems } from './recommendation.repository';
import type { Recommendation } from './recommendation.rules';

export type { RecommendationKey } from './recommendation.repository';

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
    return popularItems(this.deps.dataSource, first);
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
}
