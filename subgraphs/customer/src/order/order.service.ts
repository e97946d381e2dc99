import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { retryingTransient, SqlParams } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import type { EventEnvelope, Outbox } from '@member-graph/common/events';
import { decodeCursor, isUuid, pageSize, toConnection } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import type { MergeParticipant } from '../merge/merge-participant';
import { OrderStatus } from './order.enums';
import { OrderEntity } from './order.entity';
import { orderRecordedEvent } from './order.events';
import { orderConflict } from './order.errors';
import type { OrderLoaders } from './order.loaders';
import { orderFromRow, type OrderRow } from './order.repository';
import { normaliseOrder, type NormalisedOrder, type RecordOrderCommand } from './order.rules';
import { moveRowsBack, rowIdsOf } from '../merge/merge-moves.repository';

/** How deep a chain of merged customers is followed (merges re-point, so chains stay short). */
const MAX_MERGE_DEPTH = 5;

/** Recording orders (idempotent by external order number), reading them, and moving them on merges. */
export class OrderService implements MergeParticipant {
  readonly participantName = 'orders';

  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  /**
   * Records a paid order (integrations and admins). The external order number is the idempotency
   * key: the same number with the same payload answers the stored order and writes nothing; with a
   * different payload it is ORDER_CONFLICT. Races are safe: the insert is `on conflict do nothing`,
   * and the loser reads the winner's row. The order, its lines, the customer's last activity and
   * `order.recorded` are written by ONE statement, its own transaction (a new order is one round
   * trip; a replay adds the read of the stored order, a merged customer the read of its survivor).
   */
  async record(actor: Actor | null, input: RecordOrderCommand): Promise<{ order: OrderEntity; created: boolean }> {
    const a = requireRole(actor, 'system', 'admin');
    const order = normaliseOrder(input, this.deps.clock.now());
    const manager = this.deps.dataSource.manager;
    const id = randomUUID();
    let customerId = order.customerId;
    for (let depth = 0; ; depth++) {
      const event = orderRecordedEvent(id, customerId, order, a, this.deps.clock.now());
      const { touched, row } = await retryingTransient(() => this.insert(manager, id, customerId, order, event));
      if (row) return { order: orderFromRow(row), created: true };
      // nothing inserted: the number was recorded before (a replay, or a request that won a race), and
      // the same payload answers its order whatever became of its customer (another is ORDER_CONFLICT);
      // else the customer is not ACTIVE, and a merged one's survivor takes the order
      const known = await this.replayOf(manager, order);
      if (known) return { order: known, created: false };
      if (touched) throw new Error(`order ${order.externalNo} conflicted but cannot be read`);
      customerId = await this.survivorOf(manager, customerId, order.customerId, depth);
    }
  }

  /** One order by id: staff see any order, a customer only their own (others answer NOT_FOUND). */
  async get(actor: Actor | null, id: string, loaders: Pick<OrderLoaders, 'orderById'>): Promise<OrderEntity> {
    const a = requireActor(actor);
    const found = isUuid(id) ? await loaders.orderById.load(id) : null;
    if (!found || (a.role === 'customer' && found.customerId !== a.id)) throw notFound('Order', id);
    return found;
  }

  /**
   * A page of an (already authorized) customer's orders, newest paid first. `first` is 1..100
   * (default 20); `after` is a cursor from a previous page. Batched across customers by the loader.
   */
  async pageOf(customerId: string, first: number | null | undefined, after: string | null | undefined, loaders: Pick<OrderLoaders, 'ordersByCustomer'>) {
    const size = pageSize(first);
    const position = parseOrderCursor(after);
    const rows = await loaders.ordersByCustomer.load({ customerId, limit: size + 1, after: position });
    return { ...toConnection(rows, size, orderCursorKey, after), customerId };
  }

  /** Merge participant: the merged customer's orders now belong to the survivor. */
  /** What a merge moves of ours: the merged customer's row ids (kept in the merge's audit row for an unmerge). */
  recordMove(tx: EntityManager, fromId: string): Promise<string[]> {
    return rowIdsOf(tx, 'orders', fromId);
  }

  /** An unmerge: the rows the merge moved go back to the restored customer. */
  undoMove(tx: EntityManager, record: unknown, survivorId: string, restoredId: string): Promise<number> {
    return moveRowsBack(tx, 'orders', record, survivorId, restoredId);
  }

  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number> {
    const result = await tx.getRepository(OrderEntity).update({ customerId: fromId }, { customerId: toId });
    return result.affected ?? 0;
  }

  /** The stored order for this external number if it is a replay of the same payload; ORDER_CONFLICT if not. */
  private async replayOf(tx: EntityManager, order: NormalisedOrder): Promise<OrderEntity | null> {
    const [row]: OrderRow[] = await tx.query(`select * from customer.orders where external_no = $1`, [order.externalNo]);
    if (!row) return null;
    if (row.payload_hash !== order.payloadHash) throw orderConflict(order.externalNo);
    return orderFromRow(row);
  }

  /**
   * One statement: moves the customer's last activity up to `paidAt` (only while the customer is
   * ACTIVE), inserts the order unless its number exists, its lines, and its `order.recorded` (only when
   * the order was inserted). The update row-locks the customer until the statement commits, so a
   * concurrent merge waits for this order (and then moves it), or this order waits for the merge and,
   * finding the customer MERGED (`touched` false), follows it.
   */
  private async insert(manager: EntityManager, id: string, customerId: string, order: NormalisedOrder, event: EventEnvelope) {
    const q = new SqlParams();
    const lines = order.lines;
    const paidAt = q.add(order.paidAt);
    const [result]: (Partial<OrderRow> & { touched: boolean })[] = await manager.query(
      `with c as (
         update customer.customers set last_active_at = greatest(last_active_at, ${paidAt}::timestamptz)
          where id = ${q.add(customerId)}::uuid and status = 'ACTIVE'
          returning id
       ), o as (
         insert into customer.orders (id, customer_id, external_no, channel, store_id, paid_at, amount_cents, status, payload_hash)
         select ${q.add(id)}::uuid, c.id, ${q.add(order.externalNo)}::text, ${q.add(order.channel)}::text, ${q.add(order.storeId)}::text,
                ${paidAt}::timestamptz, ${q.add(order.amountCents)}::bigint, ${q.add(OrderStatus.PAID)}::text, ${q.add(order.payloadHash)}::text from c
         on conflict (external_no) do nothing
         returning *
       ), l as (
         insert into customer.order_lines (order_id, line_no, sku, category, quantity, amount_cents)
         select o.id, x.* from o cross join unnest(${q.add(lines.map((_, i) => i + 1))}::int[], ${q.add(lines.map((l) => l.sku))}::text[],
           ${q.add(lines.map((l) => l.category))}::text[], ${q.add(lines.map((l) => l.quantity))}::int[], ${q.add(lines.map((l) => l.amountCents))}::bigint[]) as x
       ), e as (
         ${this.deps.outbox.insertSql(q, [event], 'o')}
       )
       select exists (select 1 from c) as touched, o.* from (values (1)) as one left join o on true`,
      q.values,
    );
    return { touched: result.touched, row: result.id ? (result as OrderRow) : null };
  }

  /** The customer a MERGED id was folded into; NOT_FOUND for unknown or erased ids and overlong chains. */
  private async survivorOf(tx: EntityManager, id: string, requestedId: string, depth: number): Promise<string> {
    const [row]: { status: string; merged_into_id: string | null }[] = await tx.query(
      `select status, merged_into_id from customer.customers where id = $1`,
      [id],
    );
    if (!row || row.status !== 'MERGED' || !row.merged_into_id || depth >= MAX_MERGE_DEPTH) throw notFound('Customer', requestedId);
    return row.merged_into_id;
  }
}

/** The sort key of an order in a customer's list: (paidAt, id), both descending. */
export const orderCursorKey = (o: OrderEntity) => [o.paidAt.toISOString(), o.id];

/** Decodes and checks an `after` cursor of a customer's orders. */
export function parseOrderCursor(after: string | null | undefined): { paidAt: Date; id: string } | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [paidAt, id] = key;
  const at = typeof paidAt === 'string' ? new Date(paidAt) : null;
  if (key.length !== 2 || !at || Number.isNaN(at.getTime()) || !isUuid(id)) {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return { paidAt: at, id };
}
