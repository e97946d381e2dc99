import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { decodeCursor, isUuid, pageSize, toConnection, withTotalCount } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import type { PiiField } from './pii.type';

/** One audited reveal. */
export interface PiiRevealRow {
  id: number;
  customerId: string;
  field: PiiField;
  actorId: string;
  actorRole: string;
  at: Date;
}

/**
 * The audit of PII shown unmasked to staff (DESIGN §7). Each (customer, field) a request reveals is
 * recorded once, for a whole page in one statement, before the value is returned: no audit row, no
 * value.
 */
export class PiiRevealService {
  constructor(private readonly deps: { dataSource: DataSource; clock: Clock }) {}

  /** Admins: who was shown this customer's PII, newest first. */
  async page(actor: Actor | null, customerId: string, first: number | null | undefined, after: string | null | undefined) {
    requireRole(actor, 'admin');
    if (!isUuid(customerId)) throw notFound('Customer', customerId);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const rows = await queryRows<PiiRevealRow>(
      this.deps.dataSource,
      `select id::int, customer_id as "customerId", field, actor_id as "actorId", actor_role as "actorRole", at
         from customer.pii_reveals
        where customer_id = $1 and ($2::timestamptz is null or (at, id) < ($2::timestamptz, $3::bigint))
        order by at desc, id desc limit $4`,
      [customerId, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
    );
    return withTotalCount(toConnection(rows, size, (r) => [r.at.toISOString(), r.id], after), async () => {
      const [{ n }] = await queryRows<{ n: number }>(this.deps.dataSource, `select count(*)::int as n from customer.pii_reveals where customer_id = $1`, [customerId]);
      return n;
    });
  }
}
