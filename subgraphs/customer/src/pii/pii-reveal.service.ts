import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { decodeCursor, isUuid, pageSize, toConnection } from '@member-graph/common/graphql';
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

  /** One per request: `load('<customerId>|<PHONE or EMAIL>')` resolves once that reveal is recorded. */
  recorder(actor: Actor | null): DataLoader<string, true> {
    return new DataLoader<string, true>(async (keys) => {
      if (!actor) throw new Error('a reveal needs an actor'); // piiAccess gives none 'reveal'
      const pairs = keys.map((k) => k.split('|'));
      await this.deps.dataSource.query(
        `insert into customer.pii_reveals (customer_id, field, actor_id, actor_role, at)
         select c, f, $3, $4, $5 from unnest($1::uuid[], $2::text[]) as t(c, f)`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1]), actor.id, actor.role, this.deps.clock.now()],
      );
      return keys.map(() => true as const);
    });
  }

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
    return toConnection(rows, size, (r) => [r.at.toISOString(), r.id], after);
  }
}
