import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { pageSize, toConnection } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import { CustomerEntity } from '../customer/customer.entity';
import { decodeListingCursor, normaliseFilter, requirePhoneSearchAllowed, type CustomerFilter } from './listing.rules';
import { CURSOR_AT_SQL, customerWhere } from './listing.repository';
import type { CustomerConnection } from './listing.type';

/** Staff roles that may list customers (a customer gets FORBIDDEN). */
const LISTERS = ['agent', 'marketer', 'admin', 'system'] as const;

/**
 * The customers listing: a validated filter turned into parameterised SQL, keyset pagination on
 * (registered_at desc, id desc) with opaque cursors, and a total count over the whole filter that
 * runs only when the caller selects it.
 */
export class ListingService {
  constructor(private readonly deps: { dataSource: DataSource; clock: Clock }) {}

  async list(actor: Actor | null, filter: CustomerFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<CustomerConnection> {
    const a = requireRole(actor, ...LISTERS);
    const size = pageSize(first);
    const cursor = decodeListingCursor(after);
    const criteria = normaliseFilter(filter);
    requirePhoneSearchAllowed(a, criteria);
    const now = this.deps.clock.now();
    const repo = this.deps.dataSource.getRepository(CustomerEntity);

    const page = customerWhere(criteria, now, cursor);
    const { raw, entities } = await repo
      .createQueryBuilder('c')
      .addSelect(CURSOR_AT_SQL, 'cursor_at')
      .where(page.sql, page.params)
      .orderBy('c.registered_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities<{ c_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((r) => [r.c_id, r.cursor_at]));

    const whole = customerWhere(criteria, now, null);
    const countTotal = () => repo.createQueryBuilder('c').where(whole.sql, whole.params).getCount();
    return { ...toConnection(entities, size, (c) => [cursorAt.get(c.id), c.id], after), countTotal };
  }
}
