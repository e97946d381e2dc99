import type { EntityManager } from 'typeorm';
import type { OrderLinePayload } from '@member-graph/common/events';
import { queryRows } from '../deps';

/**
 * Item-to-item co-occurrence over customers' baskets (the set of SKUs a customer ever bought):
 * item_stats counts the customers who bought each SKU, item_pairs the customers who bought both
 * SKUs of an ordered pair. Updated incrementally: a SKU new to a customer's basket adds one to its
 * own count and to every pair it forms with the rest of the basket.
 */
export class BasketProjection {
  /** Adds an order's SKUs to the customer's basket. */
  async add(tx: EntityManager, customerId: string, lines: readonly OrderLinePayload[], at: Date): Promise<void> {
    const categories = new Map<string, string | null>();
    for (const l of lines) if (!categories.has(l.sku) || l.category) categories.set(l.sku, l.category ?? categories.get(l.sku) ?? null);
    const skus = [...categories.keys()].sort();
    if (skus.length === 0) return;
    const fresh = await queryRows<{ sku: string }>(
      tx,
      `insert into marketing.customer_skus (customer_id, sku, first_bought_at) select $1, s, $3 from unnest($2::text[]) s
       on conflict do nothing returning sku`,
      [customerId, skus, at],
    );
    // categories follow the latest order that names one
    await tx.query(
      `insert into marketing.item_stats as i (sku, category, customers) select s, c, 0 from unnest($1::text[], $2::text[]) as v(s, c)
       on conflict (sku) do update set category = coalesce(excluded.category, i.category)`,
      [skus, skus.map((s) => categories.get(s) ?? null)],
    );
    const added = fresh.map((r) => r.sku).sort();
    if (added.length) await this.count(tx, customerId, added, +1);
  }

  /** Joins the merged customer's basket into the survivor's: both baskets stop counting, the union counts once. */
  async merge(tx: EntityManager, survivorId: string, mergedId: string): Promise<void> {
    const all = async (id: string) => (await queryRows<{ sku: string }>(tx, `select sku from marketing.customer_skus where customer_id = $1 order by sku`, [id])).map((r) => r.sku);
    const [survivor, merged] = [await all(survivorId), await all(mergedId)];
    if (merged.length === 0) return;
    await this.uncount(tx, merged);
    await this.uncount(tx, survivor);
    await tx.query(
      `insert into marketing.customer_skus as k (customer_id, sku, first_bought_at) select $1, sku, first_bought_at from marketing.customer_skus where customer_id = $2
       on conflict (customer_id, sku) do update set first_bought_at = least(k.first_bought_at, excluded.first_bought_at)`,
      [survivorId, mergedId],
    );
    await tx.query(`delete from marketing.customer_skus where customer_id = $1`, [mergedId]);
    const union = [...new Set([...survivor, ...merged])].sort();
    await this.recount(tx, union, +1);
  }

  /** Counts `added` SKUs for a customer whose basket now holds them (and what it held before). */
  private async count(tx: EntityManager, customerId: string, added: string[], sign: 1 | -1) {
    await tx.query(`update marketing.item_stats set customers = customers + $2 where sku = any($1::text[])`, [added, sign]);
    await tx.query(
      `insert into marketing.item_pairs as p (sku_a, sku_b, customers)
       select a.sku, b.sku, 1 from marketing.customer_skus a join marketing.customer_skus b on b.customer_id = a.customer_id and b.sku <> a.sku
        where a.customer_id = $1 and (a.sku = any($2::text[]) or b.sku = any($2::text[]))
       on conflict (sku_a, sku_b) do update set customers = p.customers + 1`,
      [customerId, added],
    );
  }

  /** Removes one whole basket's counts. */
  private uncount(tx: EntityManager, basket: string[]) {
    return this.recount(tx, basket, -1);
  }

  /** Adds (+1) or removes (-1) one whole basket's counts. */
  private async recount(tx: EntityManager, basket: string[], sign: 1 | -1) {
    if (basket.length === 0) return;
    await tx.query(`update marketing.item_stats set customers = customers + $2 where sku = any($1::text[])`, [basket, sign]);
    await tx.query(
      `insert into marketing.item_pairs as p (sku_a, sku_b, customers)
       select a, b, greatest($2, 0) from unnest($1::text[]) a, unnest($1::text[]) b where a <> b
       on conflict (sku_a, sku_b) do update set customers = p.customers + $2`,
      [basket, sign],
    );
  }
}
