import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import type { Recommendation } from './recommendation.rules';

/** One customer's list request. */
export interface RecommendationKey {
  customerId: string;
  first: number;
}

/** The most-bought items (by customers), best first. */
export const popularItems = (db: DataSource | EntityManager, first: number) =>
  queryRows<Recommendation>(
    db,
    `select sku, category, customers::float8 as score, 'POPULAR' as reason from marketing.item_stats where customers > 0 order by customers desc, sku limit $1`,
    [first],
  );
