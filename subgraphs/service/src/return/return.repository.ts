import type { EntityManager } from 'typeorm';
import { queryRows } from '../deps';
import { VOID_STAGES, type ReturnLineFact } from './return.rules';

/** The lines of an order's returns that still hold their amounts (not rejected or cancelled), with their stage. */
export function heldLines(tx: EntityManager, orderId: string): Promise<(ReturnLineFact & { stage: string })[]> {
  return queryRows<ReturnLineFact & { stage: string }>(
    tx,
    `select l.sku, l.quantity, l.amount_cents::int as "amountCents", r.stage from service.return_lines l join service.returns r on r.id = l.return_id
     where r.order_id = $1 and r.stage <> all($2)`,
    [orderId, VOID_STAGES],
  );
}
