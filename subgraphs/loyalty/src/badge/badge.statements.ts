import type { SqlParams } from '@member-graph/common/db';

/** The codes of the badges a customer holds, as a text[] subquery of a caller's statement. */
export const heldBadgesSql = (q: SqlParams, customerId: string): string =>
  `(select coalesce(array_agg(code), '{}') from loyalty.customer_badges where customer_id = ${q.add(customerId)}::uuid)`;
