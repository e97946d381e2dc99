import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@member-graph/common/db';
import type { DeletionRequestStatus } from './deletion.enums';

/** One row of customer.deletion_requests. */
export interface DeletionRequestRow {
  id: string;
  customerId: string;
  requestedAt: Date;
  erasesAt: Date;
  status: DeletionRequestStatus;
  closedAt: Date | null;
}

const COLUMNS = `id, customer_id as "customerId", requested_at as "requestedAt", erases_at as "erasesAt", status, closed_at as "closedAt"`;

/** The customer's pending request, locked (null when none). */
export async function lockPendingRequest(tx: EntityManager, customerId: string): Promise<DeletionRequestRow | null> {
  const [row] = await queryRows<DeletionRequestRow>(tx, `select ${COLUMNS} from customer.deletion_requests where customer_id = $1 and status = 'PENDING' for update`, [customerId]);
  return row ?? null;
}

export async function insertRequest(tx: EntityManager, customerId: string, requestedAt: Date, erasesAt: Date): Promise<DeletionRequestRow> {
  const [row] = await queryRows<DeletionRequestRow>(
    tx,
    `insert into customer.deletion_requests (customer_id, requested_at, erases_at, status) values ($1, $2, $3, 'PENDING') returning ${COLUMNS}`,
    [customerId, requestedAt, erasesAt],
  );
  return row;
}

/** Closes the pending requests of `customerIds` (cancelled by the customer, or carried out by an erasure). */
export async function closePending(tx: EntityManager, customerIds: readonly string[], status: Exclude<DeletionRequestStatus, 'PENDING'>, at: Date): Promise<DeletionRequestRow[]> {
  return queryRows<DeletionRequestRow>(
    tx,
    `update customer.deletion_requests set status = $2, closed_at = $3 where customer_id = any($1::uuid[]) and status = 'PENDING' returning ${COLUMNS}`,
    [[...customerIds], status, at],
  );
}

/** Pending requests whose cooling-off period has passed at `now`, oldest first, at most `limit`. */
export async function dueRequests(ds: DataSource, now: Date, limit: number): Promise<{ id: string; customerId: string }[]> {
  return queryRows(ds, `select id, customer_id as "customerId" from customer.deletion_requests where status = 'PENDING' and erases_at <= $1 order by erases_at, id limit $2`, [now, limit]);
}

/** A due request, locked, skipped when another replica holds it or it is no longer pending. */
export async function lockDueRequest(tx: EntityManager, id: string, now: Date): Promise<DeletionRequestRow | null> {
  const [row] = await queryRows<DeletionRequestRow>(
    tx,
    `select ${COLUMNS} from customer.deletion_requests where id = $1 and status = 'PENDING' and erases_at <= $2 for update skip locked`,
    [id, now],
  );
  return row ?? null;
}

/** The latest request of each customer, in one statement. */
export async function latestRequests(ds: DataSource, customerIds: readonly string[]): Promise<DeletionRequestRow[]> {
  return queryRows<DeletionRequestRow>(
    ds,
    `select distinct on (customer_id) ${COLUMNS} from customer.deletion_requests where customer_id = any($1::uuid[]) order by customer_id, requested_at desc, id desc`,
    [[...customerIds]],
  );
}
