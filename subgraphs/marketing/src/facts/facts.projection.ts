import type { EntityManager } from 'typeorm';
import type { EventCatalogue } from '@member-graph/common/events';
import { queryRows } from '../deps';
import { FACTS_COLUMNS, consentKey, type CustomerFacts } from './facts.types';
import { BasketProjection } from './basket.projection';
import { ErasureProjection } from './erasure.projection';

type P<T extends keyof EventCatalogue> = EventCatalogue[T];

/**
 * Applies events to marketing's projection of customer facts. Every method is a pure function of
 * the projection and the event (no clock, no other table), so replaying the bus from the start
 * rebuilds the same rows. Rows are upserted: any event may be the first marketing hears of a customer.
 */
export class FactsProjection {
  readonly baskets = new BasketProjection();
  readonly erasure = new ErasureProjection();

  /** The facts of one customer (null when marketing has not heard of them). */
  async load(tx: EntityManager, customerId: string): Promise<CustomerFacts | null> {
    const [row] = await queryRows<CustomerFacts>(tx, `select ${FACTS_COLUMNS} from marketing.customer_facts f where f.customer_id = $1`, [customerId]);
    return row ?? null;
  }

  /** The id a customer's marketing data lives under now: merged customers point at their survivor. */
  async canonical(tx: EntityManager, customerId: string): Promise<string> {
    let id = customerId;
    for (let hop = 0; hop < 5; hop++) {
      const [row] = await queryRows<{ mergedInto: string | null }>(tx, `select merged_into as "mergedInto" from marketing.customer_facts where customer_id = $1`, [id]);
      if (!row?.mergedInto) return id;
      id = row.mergedInto;
    }
    return id;
  }

  private ensure(tx: EntityManager, customerId: string) {
    return tx.query(`insert into marketing.customer_facts (customer_id) values ($1) on conflict do nothing`, [customerId]);
  }

  async registered(tx: EntityManager, p: P<'customer.registered'>) {
    await tx.query(
      `insert into marketing.customer_facts as f (customer_id, registered_at, birthday, lifecycle, last_active_at)
       values ($1, $2, $3, 'POTENTIAL', $2)
       on conflict (customer_id) do update set
         registered_at = coalesce(f.registered_at, excluded.registered_at),
         birthday = coalesce(excluded.birthday, f.birthday),
         lifecycle = coalesce(f.lifecycle, 'POTENTIAL'),
         last_active_at = greatest(f.last_active_at, excluded.last_active_at)`,
      [p.customerId, p.registeredAt, p.birthday],
    );
  }

  async profileUpdated(tx: EntityManager, customerId: string, p: P<'customer.profile_updated'>) {
    await this.ensure(tx, customerId);
    await tx.query(`update marketing.customer_facts set birthday = $2 where customer_id = $1`, [customerId, p.birthday]);
  }

  async lifecycleChanged(tx: EntityManager, customerId: string, p: P<'customer.lifecycle_changed'>) {
    await this.ensure(tx, customerId);
    await tx.query(`update marketing.customer_facts set lifecycle = $2 where customer_id = $1`, [customerId, p.to]);
  }

  async tagsChanged(tx: EntityManager, customerId: string, p: P<'customer.tags_changed'>) {
    await this.ensure(tx, customerId);
    await tx.query(
      `update marketing.customer_facts set tags = array(
         select distinct t from unnest(tags || $2::text[]) t where not (t = any($3::text[])) order by t)
       where customer_id = $1`,
      [customerId, p.added, p.removed],
    );
  }

  async rfmChanged(tx: EntityManager, customerId: string, p: P<'customer.rfm_changed'>) {
    await this.ensure(tx, customerId);
    await tx.query(`update marketing.customer_facts set recency = $2, frequency = $3, monetary = $4 where customer_id = $1`, [
      customerId,
      p.recency,
      p.frequency,
      p.monetary,
    ]);
  }

  async consentChanged(tx: EntityManager, customerId: string, p: P<'customer.consent_changed'>) {
    await this.ensure(tx, customerId);
    const key = consentKey(p.channel, p.purpose);
    await tx.query(
      `update marketing.customer_facts set consents = array(
         select distinct c from unnest(case when $3 then consents || array[$2::text] else consents end) c
         where $3 or c <> $2 order by c)
       where customer_id = $1`,
      [customerId, key, p.granted],
    );
  }

  /** Activity moves last_active_at forward; a category browse counts towards the browse trigger until the next order. Returns the browse count. */
  async behaviourRecorded(tx: EntityManager, customerId: string, p: P<'customer.behaviour_recorded'>): Promise<{ browses: number; since: Date } | null> {
    await this.ensure(tx, customerId);
    await tx.query(`update marketing.customer_facts set last_active_at = greatest(last_active_at, $2) where customer_id = $1`, [customerId, p.occurredAt]);
    if (p.kind !== 'BROWSE' || !p.category) return null;
    const [row] = await queryRows<{ browses: number; since: Date }>(
      tx,
      `insert into marketing.category_browses as b (customer_id, category, browses, since) values ($1, $2, 1, $3)
       on conflict (customer_id, category) do update set browses = b.browses + 1, since = least(b.since, excluded.since)
       returning browses, since`,
      [customerId, p.category, p.occurredAt],
    );
    return row;
  }

  /** An order: counts, spend, first/last order, activity, the customer's basket; browse counters start over. Returns true for the first order. */
  async orderRecorded(tx: EntityManager, customerId: string, p: P<'order.recorded'>): Promise<boolean> {
    await this.ensure(tx, customerId);
    const [before] = await queryRows<{ orderCount: number }>(
      tx,
      `select order_count as "orderCount" from marketing.customer_facts where customer_id = $1`,
      [customerId],
    );
    await tx.query(
      `update marketing.customer_facts set order_count = order_count + 1, spend_cents = spend_cents + $2,
         first_order_at = least(first_order_at, $3), last_order_at = greatest(last_order_at, $3),
         last_active_at = greatest(last_active_at, $3)
       where customer_id = $1`,
      [customerId, p.amountCents, p.paidAt],
    );
    await this.baskets.add(tx, customerId, p.lines, new Date(p.paidAt));
    await tx.query(`delete from marketing.category_browses where customer_id = $1`, [customerId]);
    return before.orderCount === 0;
  }

  async orderRefunded(tx: EntityManager, customerId: string, p: P<'order.refunded'>) {
    await this.ensure(tx, customerId);
    await tx.query(
      `update marketing.customer_facts set spend_cents = greatest(0, spend_cents - $2),
         order_count = case when $3 then greatest(0, order_count - 1) else order_count end
       where customer_id = $1`,
      [customerId, p.amountCents, p.fullyRefunded],
    );
  }

  async tierChanged(tx: EntityManager, customerId: string, p: P<'loyalty.tier_changed'>) {
    await this.ensure(tx, customerId);
    await tx.query(`update marketing.customer_facts set tier = $2 where customer_id = $1`, [customerId, p.to]);
  }

  /**
   * The customer's value scores of the latest fit; answers the churn probability known before, so a
   * crossing of a threshold can be told.
   */
  async valueChanged(tx: EntityManager, customerId: string, p: P<'customer.value_changed'>): Promise<{ previousChurnProbability: number | null }> {
    await this.ensure(tx, customerId);
    const [row] = await queryRows<{ previous: number | null }>(
      tx,
      `update marketing.customer_facts f set churn_probability = $2, clv_cents = $3, clv_decile = $4, value_model_id = $5
         from marketing.customer_facts old where f.customer_id = $1 and old.customer_id = f.customer_id
       returning old.churn_probability as previous`,
      [customerId, p.churnProbability, p.clvCents, p.clvDecile, p.modelId],
    );
    return { previousChurnProbability: row?.previous ?? null };
  }

  async badgeAwarded(tx: EntityManager, customerId: string, p: P<'loyalty.badge_awarded'>) {
    await this.ensure(tx, customerId);
    await tx.query(
      `update marketing.customer_facts set badges = array(select distinct b from unnest(badges || array[$2::text]) b order by b) where customer_id = $1`,
      [customerId, p.badge],
    );
  }

  /** The customer's own choice; a decision older than the one applied is ignored (the mutation applies it at once, the event again). */
  async personalisationChanged(tx: EntityManager, customerId: string, enabled: boolean, at: Date) {
    await this.ensure(tx, customerId);
    await tx.query(
      `update marketing.customer_facts set personalised = $2, personalisation_at = $3
       where customer_id = $1 and (personalisation_at is null or personalisation_at <= $3)`,
      [customerId, enabled, at],
    );
  }

  /**
   * Undoes `merged`: the restored customer's own facts row (left as it was by the merge) stands again,
   * and the survivor gives back the orders and spend it took over. Tags and consent follow from the
   * customer subgraph's announcements; first/last order times, badges and baskets stay as merged.
   */
  async unmerged(tx: EntityManager, survivorId: string, restoredId: string) {
    const [row] = await queryRows<{ merged_into: string | null }>(tx, `select merged_into::text from marketing.customer_facts where customer_id = $1`, [restoredId]);
    if (row?.merged_into !== survivorId) return; // undone already (a redelivery), or never merged here
    await tx.query(
      `update marketing.customer_facts s set order_count = greatest(s.order_count - m.order_count, 0), spend_cents = greatest(s.spend_cents - m.spend_cents, 0)
         from marketing.customer_facts m where s.customer_id = $1 and m.customer_id = $2`,
      [survivorId, restoredId],
    );
    await tx.query(`update marketing.customer_facts set merged_into = null where customer_id = $1`, [restoredId]);
  }

  /**
   * Folds a merged customer into the survivor: orders, spend and activity add up, tags and badges
   * unite, a personalisation opt-out of either stands; consent is not united (the customer subgraph
   * announces the survivor's consent). Baskets are joined, browse counters added. Value scores stay
   * the survivor's (the merged customer's while the survivor has none, until the next fit).
   */
  async merged(tx: EntityManager, survivorId: string, mergedId: string) {
    await this.ensure(tx, survivorId);
    await this.ensure(tx, mergedId);
    await tx.query(
      `update marketing.customer_facts s set
         registered_at = least(s.registered_at, m.registered_at),
         birthday = coalesce(s.birthday, m.birthday),
         tags = array(select distinct t from unnest(s.tags || m.tags) t order by t),
         badges = array(select distinct b from unnest(s.badges || m.badges) b order by b),
         order_count = s.order_count + m.order_count,
         spend_cents = s.spend_cents + m.spend_cents,
         first_order_at = least(s.first_order_at, m.first_order_at),
         last_order_at = greatest(s.last_order_at, m.last_order_at),
         last_active_at = greatest(s.last_active_at, m.last_active_at),
         personalised = s.personalised and m.personalised,
         personalisation_at = greatest(s.personalisation_at, m.personalisation_at),
         churn_probability = coalesce(s.churn_probability, m.churn_probability),
         clv_cents = coalesce(s.clv_cents, m.clv_cents),
         clv_decile = coalesce(s.clv_decile, m.clv_decile),
         value_model_id = coalesce(s.value_model_id, m.value_model_id)
       from marketing.customer_facts m where s.customer_id = $1 and m.customer_id = $2`,
      [survivorId, mergedId],
    );
    await tx.query(`update marketing.customer_facts set merged_into = $1 where customer_id = $2`, [survivorId, mergedId]);
    await this.baskets.merge(tx, survivorId, mergedId);
    await tx.query(
      `insert into marketing.category_browses as b (customer_id, category, browses, since)
       select $1, category, browses, since from marketing.category_browses where customer_id = $2
       on conflict (customer_id, category) do update set browses = b.browses + excluded.browses, since = least(b.since, excluded.since)`,
      [survivorId, mergedId],
    );
    await tx.query(`delete from marketing.category_browses where customer_id = $1`, [mergedId]);
  }
}
