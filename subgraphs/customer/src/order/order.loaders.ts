import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, manyByKey, oneByKey } from '@member-graph/common/graphql';
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

const pageKeyOf = (k: OrdersPageKey) => `${k.customerId}|${k.limit}|${k.after ? `${k.after.paidAt.toISOString()}|${k.after.id}` : ''}`;

/**
 * Pages of orders for every (customer, first, after) of one tick in ONE statement: the keys are
 * unnested into a table and each joins laterally to its own index range scan of
 * (customer_id, paid_at desc, id desc), so the statement count never depends on how many customers
 * a request lists, and different arguments per customer still share the statement.
 */
export function ordersByCustomer(dataSource: DataSource) {
  return new DataLoader<OrdersPageKey, OrderEntity[], string>(
    async (keys) => {
      const rows: (OrderRow & { key_no: string })[] = await dataSource.query(
        `select k.key_no, o.*
           from unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::uuid[]) with ordinality as k(customer_id, lim, after_paid_at, after_id, key_no)
           cross join lateral (
             select * from customer.orders o
              where o.customer_id = k.customer_id
                and (k.after_paid_at is null or (o.paid_at, o.id) < (k.after_paid_at, k.after_id))
              order by o.paid_at desc, o.id desc
              limit k.lim
           ) o
          order by k.key_no, o.paid_at desc, o.id desc`,
        [
          keys.map((k) => k.customerId),
          keys.map((k) => k.limit),
          keys.map((k) => k.after?.paidAt ?? null),
          keys.map((k) => k.after?.id ?? null),
        ],
      );
      const pages = keys.map((): OrderEntity[] => []);
      for (const row of rows) pages[Number(row.key_no) - 1].push(orderFromRow(row));
      return pages;
    },
    { cacheKeyFn: pageKeyOf },
  );
}

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
