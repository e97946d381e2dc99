import type { EntityManager } from 'typeorm';
import { type EventCatalogue } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import type DataLoader from 'dataloader';
import { queryRows, type Deps } from '../deps';
import type { OrderLineFact } from '../return/return.rules';
import { MOVED_TABLES, moveRecordedRowsBack, recordMerge, takeMergeRecord } from './merge-record.repository';

/** What service knows of a customer, learnt from events only (never from another subgraph's tables). */
export interface CustomerFacts {
  customerId: string;
  /** Loyalty tier from `loyalty.tier_changed` (null until loyalty reports one: the base tier). */
  tier: string | null;
  /** Set once the customer was merged into another (`customer.merged`). */
  mergedInto: string | null;
  ordersCount: number;
  /** Returns opened and not rejected or cancelled (the return-rate rule). */
  returnsCount: number;
}

/** An order as service knows it, from `order.recorded` / `order.refunded`. */
export interface OrderFacts {
  orderId: string;
  customerId: string;
  externalNo: string;
  paidAt: Date;
  amountCents: number;
  refundedCents: number;
  lines: OrderLineFact[];
}

export type FactsLoader = DataLoader<string, CustomerFacts | null>;

export const FACT_COLUMNS = `customer_id as "customerId", tier, merged_into as "mergedInto", orders_count as "ordersCount", returns_count as "returnsCount"`;
const ORDER_COLUMNS = `order_id as "orderId", customer_id as "customerId", external_no as "externalNo", paid_at as "paidAt",
  amount_cents::int as "amountCents", refunded_cents::int as "refundedCents", lines`;

/**
 * The projections of other domains: customer facts (tier, merges, order and return counts) and
 * order facts (lines and amounts, for opening returns and the order-amount escalation rule). Fed by
 * the consumer in its transaction; each handler is applied exactly once per event.
 */
export class FactsService {
  constructor(private readonly deps: Deps) {}

  /** The id a customer's service data lives under now: the survivor when the customer was merged. */
  async canonicalId(tx: EntityManager, customerId: string): Promise<string> {
    let id = customerId;
    for (let hop = 0; hop < 5 && isUuid(id); hop++) {
      const [row] = await queryRows<{ mergedInto: string | null }>(tx, `select merged_into as "mergedInto" from service.customer_facts where customer_id = $1`, [id]);
      if (!row?.mergedInto) return id;
      id = row.mergedInto;
    }
    return id;
  }

  /** The facts of a customer (zeros and the base tier when nothing is known yet). */
  async of(tx: EntityManager, customerId: string): Promise<CustomerFacts> {
    const [row] = await queryRows<CustomerFacts>(tx, `select ${FACT_COLUMNS} from service.customer_facts where customer_id = $1`, [customerId]);
    return row ?? { customerId, tier: null, mergedInto: null, ordersCount: 0, returnsCount: 0 };
  }

  /** Adds `delta` to the customer's live return count (never below zero). */
  async addReturns(tx: EntityManager, customerId: string, delta: number): Promise<void> {
    await this.ensure(tx, customerId);
    await tx.query(`update service.customer_facts set returns_count = greatest(0, returns_count + $2), updated_at = now() where customer_id = $1`, [customerId, delta]);
  }

  /** An order, locked for the rest of the transaction (returns of one order are opened one at a time). */
  async lockOrder(tx: EntityManager, orderId: string): Promise<OrderFacts | null> {
    if (!isUuid(orderId)) return null;
    const [row] = await queryRows<OrderFacts>(tx, `select ${ORDER_COLUMNS} from service.order_facts where order_id = $1 for update`, [orderId]);
    return row ?? null;
  }

  async order(tx: EntityManager, orderId: string): Promise<OrderFacts | null> {
    if (!isUuid(orderId)) return null;
    const [row] = await queryRows<OrderFacts>(tx, `select ${ORDER_COLUMNS} from service.order_facts where order_id = $1`, [orderId]);
    return row ?? null;
  }

  /** `order.recorded`: the order's lines and amount; the customer's order count once per order. */
  async onOrderRecorded(tx: EntityManager, p: EventCatalogue['order.recorded']): Promise<void> {
    if (!isUuid(p.customerId) || !isUuid(p.orderId)) return;
    const customerId = await this.canonicalId(tx, p.customerId);
    const lines: OrderLineFact[] = p.lines.map((l) => ({ sku: l.sku, category: l.category ?? null, quantity: l.quantity, amountCents: l.amountCents }));
    // one statement: the order's facts, and (only when they are new) the customer's order count
    await tx.query(
      `with o as (
         insert into service.order_facts (order_id, customer_id, external_no, paid_at, amount_cents, lines)
         values ($1, $2, $3, $4, $5, $6) on conflict (order_id) do nothing returning customer_id
       )
       insert into service.customer_facts (customer_id, orders_count) select customer_id, 1 from o
       on conflict (customer_id) do update set orders_count = service.customer_facts.orders_count + 1, updated_at = now()`,
      [p.orderId, customerId, p.externalNo, p.paidAt, p.amountCents, JSON.stringify(lines)],
    );
  }

  /** `order.refunded`: how much of the order is refunded so far. */
  async onOrderRefunded(tx: EntityManager, p: EventCatalogue['order.refunded']): Promise<void> {
    if (!isUuid(p.orderId)) return;
    await tx.query(`update service.order_facts set refunded_cents = greatest(refunded_cents, $2) where order_id = $1`, [p.orderId, p.totalRefundedCents]);
  }

  /** `loyalty.tier_changed`: the tier the SLA targets, escalation and auto-approval rules read. */
  async onTierChanged(tx: EntityManager, p: EventCatalogue['loyalty.tier_changed']): Promise<void> {
    if (!isUuid(p.customerId)) return;
    const customerId = await this.canonicalId(tx, p.customerId);
    await this.ensure(tx, customerId);
    await tx.query(`update service.customer_facts set tier = $2, updated_at = now() where customer_id = $1`, [customerId, p.to]);
  }

  /**
   * `customer.merged`: the merged customer's tickets, messages, returns, surveys, orders and free-return vouchers move to the
   * survivor, their counts are added to the survivor's, and the merged id points at the survivor (so
   * their owner keeps access). The tier stays the survivor's: loyalty reports a new one if it changes.
   */
  async onMerged(tx: EntityManager, survivorId: string, mergedId: string): Promise<void> {
    if (!isUuid(survivorId) || !isUuid(mergedId) || survivorId === mergedId) return;
    for (const id of [survivorId, mergedId].sort()) {
      await this.ensure(tx, id);
      await tx.query(`select 1 from service.customer_facts where customer_id = $1 for update`, [id]);
    }
    const merged = await this.of(tx, mergedId);
    if (merged.mergedInto) return;
    await recordMerge(tx, survivorId, mergedId, merged); // what moves, so customer.unmerged can move it back
    await tx.query(
      `update service.customer_facts set orders_count = orders_count + $2, returns_count = returns_count + $3, updated_at = now() where customer_id = $1`,
      [survivorId, merged.ordersCount, merged.returnsCount],
    );
    await tx.query(`update service.customer_facts set merged_into = $2, updated_at = now() where customer_id = $1 or merged_into = $1`, [mergedId, survivorId]);
    for (const table of Object.keys(MOVED_TABLES)) {
      await tx.query(`update service.${table} set customer_id = $2 where customer_id = $1`, [mergedId, survivorId]);
    }
  }

  /**
   * `customer.unmerged`: what the merge moved here (its record) goes back to the restored customer, the
   * survivor gives back the counts it took over, and the restored id no longer points at the survivor.
   * A redelivery finds the record undone and changes nothing.
   */
  async onUnmerged(tx: EntityManager, survivorId: string, restoredId: string): Promise<void> {
    if (!isUuid(survivorId) || !isUuid(restoredId) || survivorId === restoredId) return;
    for (const id of [survivorId, restoredId].sort()) await tx.query(`select 1 from service.customer_facts where customer_id = $1 for update`, [id]);
    const record = await takeMergeRecord(tx, survivorId, restoredId);
    if (!record) return;
    await moveRecordedRowsBack(tx, record, survivorId, restoredId);
    await tx.query(
      `update service.customer_facts set orders_count = greatest(orders_count - $2, 0), returns_count = greatest(returns_count - $3, 0), updated_at = now() where customer_id = $1`,
      [survivorId, record.ordersCount, record.returnsCount],
    );
    await tx.query(`update service.customer_facts set merged_into = null, updated_at = now() where customer_id = $1`, [restoredId]);
  }

  /** `ids` and every customer service saw merged into one of them (`customer.merged`), sorted. */
  async withMerged(tx: EntityManager, ids: string[]): Promise<string[]> {
    const merged = await queryRows<{ id: string }>(tx, `select customer_id as id from service.customer_facts where merged_into = any($1::uuid[])`, [ids]);
    return [...new Set([...ids, ...merged.map((r) => r.id)])].sort();
  }

  /**
   * `customer.erased`: the facts kept per customer (tier, merge pointer, order and return counts) are
   * deleted. Order facts stay: the service's copy of orders, which the law makes us keep (the customer
   * subgraph keeps them too), with no text about the person; open returns still need their lines.
   */
  async onErased(tx: EntityManager, ids: string[]): Promise<void> {
    await tx.query(`delete from service.customer_facts where customer_id = any($1::uuid[])`, [ids]);
  }

  private async ensure(tx: EntityManager, customerId: string): Promise<void> {
    await tx.query(`insert into service.customer_facts (customer_id) values ($1) on conflict do nothing`, [customerId]);
  }
}
