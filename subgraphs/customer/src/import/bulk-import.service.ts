import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { envelope, type Outbox, type SalesChannel } from '@member-graph/common/events';
import type { Clock } from '@member-graph/common/time';
import { Channel } from '../customer/customer.enums';
import { IdentityType } from '../identity/identity.enums';
import type { CustomerProfileInput } from '../customer/customer.inputs';
import type { IdentityInput } from '../identity/identity.inputs';
import { identityLockName, normaliseIdentity, type IdentityKey } from '../identity/identity.rules';
import type { IdentityService } from '../identity/identity.service';
import { orderConflict } from '../order/order.errors';
import { orderRecordedEvent } from '../order/order.events';
import { normaliseOrder, type NormalisedOrder, type RecordOrderCommand } from '../order/order.rules';
import type { OrderService } from '../order/order.service';
import { findIdentities, findOrders, insertCustomersWithIdentity, insertOrders, lockIdentities } from './bulk-import.repository';

/** What became of one order of a batch. */
export type BatchOrderOutcome = { created: boolean; amountCents: number } | { error: unknown };

/** An identity of an import file and the profile its new customer gets (existing customers keep theirs). */
export interface ImportedIdentity {
  identity: IdentityInput;
  profile?: CustomerProfileInput | null;
}

/** Identities that identify a person across accounts (fingerprinted in customer.registered): resolved one by one. */
const FINGERPRINTED = new Set<IdentityType>([IdentityType.PHONE, IdentityType.WECHAT_UNIONID]);

/** The runner's and this service's key of an identity's stored form. */
export const keyOf = (k: IdentityKey) => JSON.stringify([k.type, k.appId, k.value]);
const hasProfile = (p: CustomerProfileInput | null) => !!p && Object.values(p).some((v) => v !== null && v !== undefined);

/**
 * The bulk import's writes: the same rules, locks, rows and events as `IdentityService.resolve` and
 * `OrderService.record`, but one transaction and a handful of statements per batch instead of two
 * transactions per order. What the set-based path does not cover (a phone identity, a customer
 * that was merged away, a number another writer took meanwhile) goes through those services, one by one.
 */
export class BulkImportService {
  constructor(
    private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock },
    private readonly identities: IdentityService,
    private readonly orders: OrderService,
  ) {}

  /**
   * The customer of each identity (by `JSON.stringify([type, appId, value])` of its stored form),
   * created with no profile (channel IMPORT) when new, with `customer.registered` for each. Phone and
   * unionid identities (their fingerprints go in the event), identities with a profile and identities of merged customers are resolved by
   * IdentityService (which validates the profile and links a known phone). Throws
   * BAD_USER_INPUT for an invalid identity (the caller validates first).
   */
  async resolveCustomers(actor: Actor | null, inputs: ImportedIdentity[]): Promise<{ customers: Map<string, string>; created: number }> {
    const a = requireRole(actor, 'system', 'admin');
    const byKey = new Map(inputs.map((i) => [keyOf(normaliseIdentity(i.identity)), { key: normaliseIdentity(i.identity), profile: i.profile ?? null }]));
    const bulk = [...byKey.values()].filter((i) => !FINGERPRINTED.has(i.key.type) && !hasProfile(i.profile)).map((i) => i.key);
    const customers = new Map<string, string>();
    const followUp: IdentityKey[] = [...byKey.values()].filter((i) => !bulk.includes(i.key)).map((i) => i.key);
    const created = await inTransaction(this.deps.dataSource, async (tx) => {
      await lockIdentities(tx, bulk.map(identityLockName));
      const known = new Map((await findIdentities(tx, bulk)).map((r) => [JSON.stringify([r.type, r.app_id, r.value]), r]));
      const fresh: { id: string; key: IdentityKey }[] = [];
      for (const key of bulk) {
        const row = known.get(keyOf(key));
        if (!row) fresh.push({ id: randomUUID(), key });
        else if (row.status === 'MERGED') followUp.push(key);
        else customers.set(keyOf(key), row.customer_id);
      }
      if (fresh.length === 0) return 0;
      const now = this.deps.clock.now();
      await insertCustomersWithIdentity(tx, fresh, Channel.IMPORT, now);
      const registered = (id: string) => ({ customerId: id, registeredAt: now.toISOString(), channel: Channel.IMPORT as SalesChannel, referralCode: null, birthday: null, fingerprints: [] });
      await this.deps.outbox.write(tx, ...fresh.map((f) => envelope('customer.registered', f.id, registered(f.id), { actor: a, occurredAt: now })));
      for (const f of fresh) customers.set(keyOf(f.key), f.id);
      return fresh.length;
    });
    let more = 0;
    for (const key of followUp) {
      const resolved = await this.identities.resolve(a, { identity: key, channel: Channel.IMPORT, profile: byKey.get(keyOf(key))?.profile ?? null });
      customers.set(keyOf(key), resolved.customer.id);
      if (resolved.created) more++;
    }
    return { customers, created: created + more };
  }

  /**
   * Records a batch of paid orders, each idempotent by its external number like `OrderService.record`
   * (the same payload again is a replay, another payload ORDER_CONFLICT): the new ones in one
   * transaction with their lines, last activity and `order.recorded`; an order whose rules fail gets
   * its error and the rest still go in.
   */
  async recordOrders(actor: Actor | null, commands: RecordOrderCommand[]): Promise<BatchOrderOutcome[]> {
    const a = requireRole(actor, 'system', 'admin');
    const now = this.deps.clock.now();
    const outcomes: BatchOrderOutcome[] = new Array(commands.length);
    const valid: { index: number; order: NormalisedOrder }[] = [];
    commands.forEach((command, index) => {
      try {
        valid.push({ index, order: normaliseOrder(command, now) });
      } catch (error) {
        outcomes[index] = { error };
      }
    });
    const stored = new Map((await findOrders(this.deps.dataSource.manager, valid.map((v) => v.order.externalNo))).map((r) => [r.external_no, r]));
    const fresh: { index: number; id: string; order: NormalisedOrder }[] = [];
    for (const v of valid) {
      const known = stored.get(v.order.externalNo);
      if (!known) fresh.push({ ...v, id: randomUUID() });
      else outcomes[v.index] = known.payload_hash === v.order.payloadHash ? { created: false, amountCents: Number(known.amount_cents) } : { error: orderConflict(v.order.externalNo) };
    }
    const inserted = await this.insertFresh(a, fresh);
    for (const f of fresh) {
      if (inserted.has(f.order.externalNo)) outcomes[f.index] = { created: true, amountCents: f.order.amountCents };
      else outcomes[f.index] = await this.recordOne(a, commands[f.index]);
    }
    return outcomes;
  }

  /** The new orders of a batch in one transaction with their events; answers the numbers it inserted. */
  private insertFresh(a: Actor, fresh: { id: string; order: NormalisedOrder }[]): Promise<Set<string>> {
    if (fresh.length === 0) return Promise.resolve(new Set());
    return inTransaction(this.deps.dataSource, async (tx) => {
      const inserted = await insertOrders(tx, fresh);
      const now = this.deps.clock.now();
      const events = fresh
        .filter((f) => inserted.has(f.order.externalNo))
        .map(({ id, order }) => orderRecordedEvent(id, order.customerId, order, a, now));
      await this.deps.outbox.write(tx, ...events);
      return inserted;
    });
  }

  /** The one-by-one path for what the batch left (a merged customer, a number taken meanwhile). */
  private async recordOne(a: Actor, command: RecordOrderCommand): Promise<BatchOrderOutcome> {
    try {
      const { order, created } = await this.orders.record(a, command);
      return { created, amountCents: order.amountCents };
    } catch (error) {
      return { error };
    }
  }
}
