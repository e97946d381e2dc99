import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey, ownerPages } from '@member-graph/common/graphql';
import { OrderEntity } from './order.entity';
import { OrderLineEntity } from './order-line.entity';
import { RefundEntity } from './refund.entity';
import { orderFromRow, type OrderRow } from './order.repository';

/** One page request of one customer's orders: newest paid first, after the (paidAt, id) position. */
export interface OrdersPageKey {
  customerId: string;
  /** Rows to fetch (page size + 1, to know whether more follow). */
  limit: number;
  after: { paidAt: Date; id: string } | null;
}

/**
 * Pages of orders for every (customer, first, after) of one tick in ONE statement (the shared
 * ownerPages): each key joins laterally to its own index range scan of (customer_id, paid_at desc,
 * id desc), so the statement count never depends on how many customers a request lists.
 */
export const ordersByCustomer = (dataSource: DataSource) =>
  ownerPages<OrdersPageKey, OrderEntity, OrderRow>(dataSource, {
    table: 'customer.orders',
    sort: [{ column: 'paid_at', type: 'timestamptz' }, { column: 'id', type: 'uuid' }],
    direction: 'desc',
    window: (k) => ({ owner: k.customerId, limit: k.limit, after: k.after && [k.after.paidAt, k.after.id] }),
    toItems: (rows) => rows.map(orderFromRow),
  });

/** How many orders each customer has, for every customer of one tick in one statement. */
export function orderCountByCustomer(dataSource: DataSource) {
  return new DataLoader<string, number>(async (ids) => {
    const rows: { customer_id: string; n: number }[] = await dataSource.query(
      `select customer_id, count(*)::int as n from customer.orders where customer_id = any($1::uuid[]) group by customer_id`,
      [[...ids]],
    );
    const counts = new Map(rows.map((r) => [r.customer_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Orders by id in one query per tick (ids that are not UUIDs answer null without reaching SQL). */
export function orderById(dataSource: DataSource) {
  const repo = dataSource.getRepository(OrderEntity);
  return oneByKey<string, OrderEntity>((ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? repo.findBy({ id: In(valid) }) : Promise.resolve([]);
  }, (row) => row.id);
}

/** Lines of many orders in one query, in line order. */
export function orderLinesByOrder(dataSource: DataSource) {
  const repo = dataSource.getRepository(OrderLineEntity);
  return manyByKey<string, OrderLineEntity>(
    (ids) => repo.find({ where: { orderId: In([...ids]) }, order: { orderId: 'ASC', lineNo: 'ASC' } }),
    (row) => row.orderId,
  );
}

/** Refunds of many orders in one query, oldest first. */
export function refundsByOrder(dataSource: DataSource) {
  const repo = dataSource.getRepository(RefundEntity);
  return manyByKey<string, RefundEntity>(
    (ids) => repo.find({ where: { orderId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    (row) => row.orderId,
  );
}

/** Every order loader of one request (spread into the subgraph's createLoaders). */
export const orderLoaders = (dataSource: DataSource) => ({
  orderById: orderById(dataSource),
  orderLinesByOrder: orderLinesByOrder(dataSource),
  refundsByOrder: refundsByOrder(dataSource),
  ordersByCustomer: ordersByCustomer(dataSource),
  orderCountByCustomer: orderCountByCustomer(dataSource),
});

export type OrderLoaders = ReturnType<typeof orderLoaders>;
