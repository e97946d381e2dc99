import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { envelope } from '@member-graph/common/events';
import { isUuid } from '@member-graph/common/graphql';
import { lockCustomers, type Deps } from '../deps';
import type { FactsProjection } from '../facts/facts.projection';

/**
 * The customer's own switch for personalisation (PIPL Art. 24: an individual may refuse
 * personalised marketing and automated decisions). Stored in marketing's projection at once and
 * announced as marketing.personalisation_changed, which the projection consumer applies again, so
 * a rebuild from the event log keeps the choice. An erased customer has no choice left to store (NOT_FOUND).
 */
export class PersonalisationService {
  constructor(
    private readonly deps: Deps,
    private readonly facts: FactsProjection,
  ) {}

  async set(actor: Actor | null, enabled: boolean): Promise<{ customerId: string; enabled: boolean }> {
    const a = requireRole(actor, 'customer');
    if (!isUuid(a.id)) throw notFound('Customer', a.id);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customerId = await this.facts.canonical(tx, a.id);
      await lockCustomers(tx, customerId);
      if (await this.facts.erasure.isErased(tx, a.id, customerId)) throw notFound('Customer', a.id);
      const now = this.deps.clock.now();
      await this.facts.personalisationChanged(tx, customerId, enabled, now);
      await this.deps.outbox.write(tx, envelope('marketing.personalisation_changed', customerId, { customerId, enabled }, { actor: a, occurredAt: now }));
      return { customerId, enabled };
    });
  }
}
