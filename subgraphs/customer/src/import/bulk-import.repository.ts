import type { EntityManager } from 'typeorm';
import { OrderStatus } from '../order/order.enums';
import type { NormalisedOrder } from '../order/order.rules';
import type { IdentityKey } from '../identity/identity.rules';

/**
 * Set-based SQL of the bulk import: each function is one statement over a whole batch (arrays
 * through `unnest`), whatever the batch size.
 */

/** Takes the identities' advisory locks (the ones `IdentityService.resolve` takes), in one sorted order so batches cannot deadlock. */
export async function lockIdentities(tx: EntityManager, lockNames: string[]): Promise<void> {
  await tx.query(`select count(pg_advisory_xact_lock(hashtext(k))) from (select k from unnest($1::text[]) k order by k) s`, [[...lockNames].sort()]);
}

/** The customer (following merges, one hop; deeper chains are left to the caller) and status holding each known identity. */
export async function findIdentities(tx: EntityManager, keys: IdentityKey[]): Promise<{ type: string; app_id: string; value: string; customer_id: string; status: string; merged_into_id: string | null }[]> {
  return tx.query(
    `select i.type, i.app_id, i.value, i.customer_id, c.status, c.merged_into_id
       from unnest($1::text[], $2::text[], $3::text[]) as k(type, app_id, value)
       join customer.identities i on i.type = k.type and i.app_id = k.app_id and i.value = k.value
       join customer.customers c on c.id = i.customer_id`,
    [keys.map((k) => k.type), keys.map((k) => k.appId), keys.map((k) => k.value)],
  );
}

/** Inserts new customers with no profile (ids chosen by the caller) and their one identity each. */
export async function insertCustomersWithIdentity(tx: EntityManager, rows: { id: string; key: IdentityKey }[], channel: string, now: Date): Promise<void> {
  await tx.query(
    `with c as (
       insert into customer.customers (id, gender, registered_at, registration_channel, status, lifecycle_stage)
       select id, 'UNKNOWN', $2, $3, 'ACTIVE', 'POTENTIAL' from unnest($1::uuid[]) as id
       returning id
     )
     insert into customer.identities (customer_id, type, app_id, value, created_at)
     select k.id, k.type, k.app_id, k.value, $2 from unnest($1::uuid[], $4::text[], $5::text[], $6::text[]) as k(id, type, app_id, value)
     where exists (select 1 from c)`,
    [rows.map((r) => r.id), now, channel, rows.map((r) => r.key.type), rows.map((r) => r.key.appId), rows.map((r) => r.key.value)],
  );
}

/** Stored orders among these external numbers: their id, payload hash and amount (a replay or a conflict). */
export async function findOrders(tx: EntityManager, externalNos: string[]): Promise<{ id: string; external_no: string; payload_hash: string; amount_cents: string }[]> {
  return tx.query(`select id, external_no, payload_hash, amount_cents from customer.orders where external_no = any($1::text[])`, [externalNos]);
}

/**
 * One statement for a batch of new orders (ids chosen by the caller): moves each ACTIVE customer's
 * last activity up to its latest order (row-locking it, as `OrderService.record` does, so a merge
 * waits or is waited for), inserts the orders of ACTIVE customers unless their number exists, and
 * their lines. Answers the external numbers it inserted; the others are the caller's to follow up.
 */
export async function insertOrders(tx: EntityManager, batch: { id: string; order: NormalisedOrder }[]): Promise<Set<string>> {
  const lines = batch.flatMap(({ id, order }) => order.lines.map((l, i) => ({ id, lineNo: i + 1, ...l })));
  const rows: { external_no: string }[] = await tx.query(
    `with latest as (
       select customer_id, max(paid_at) as paid_at from unnest($2::uuid[], $6::timestamptz[]) as o(customer_id, paid_at) group by customer_id
     ), c as (
       update customer.customers cu set last_active_at = greatest(cu.last_active_at, latest.paid_at)
         from latest where cu.id = latest.customer_id and cu.status = 'ACTIVE'
       returning cu.id
     ), o as (
       insert into customer.orders (id, customer_id, external_no, channel, store_id, paid_at, amount_cents, status, payload_hash)
       select n.id, n.customer_id, n.external_no, n.channel, n.store_id, n.paid_at, n.amount_cents, $8, n.payload_hash
         from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::bigint[], $9::text[])
              as n(id, customer_id, external_no, channel, store_id, paid_at, amount_cents, payload_hash)
        where n.customer_id in (select id from c)
       on conflict (external_no) do nothing
       returning id, external_no
     ), l as (
       insert into customer.order_lines (order_id, line_no, sku, category, quantity, amount_cents)
       select x.order_id, x.line_no, x.sku, x.category, x.quantity, x.amount_cents
         from unnest($10::uuid[], $11::int[], $12::text[], $13::text[], $14::int[], $15::bigint[]) as x(order_id, line_no, sku, category, quantity, amount_cents)
        where x.order_id in (select id from o)
     )
     select external_no from o`,
    [
      batch.map((b) => b.id),
      batch.map((b) => b.order.customerId),
      batch.map((b) => b.order.externalNo),
      batch.map((b) => b.order.channel),
      batch.map((b) => b.order.storeId),
      batch.map((b) => b.order.paidAt),
      batch.map((b) => b.order.amountCents),
      OrderStatus.PAID,
      batch.map((b) => b.order.payloadHash),
      lines.map((l) => l.id),
      lines.map((l) => l.lineNo),
      lines.map((l) => l.sku),
      lines.map((l) => l.category),
      lines.map((l) => l.quantity),
      lines.map((l) => l.amountCents),
    ],
  );
  return new Set(rows.map((r) => r.external_no));
}
