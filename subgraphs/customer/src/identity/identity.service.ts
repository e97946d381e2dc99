import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, notFound } from '@member-graph/common/errors';
import { envelope, type Outbox, type SalesChannel } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import { CustomerEntity } from '../customer/customer.entity';
import type { CustomerService } from '../customer/customer.service';
import type { MergeParticipant } from '../merge/merge-participant';
import { IdentityEntity } from './identity.entity';
import { identityFingerprints } from './fingerprint.repository';
import { IdentityType } from './identity.enums';
import { identitiesOfDifferentCustomers, identityTaken, lastIdentity } from './identity.errors';
import { recordUnlink } from './identity.repository';
import type { IdentityInput, ResolveCustomerInput } from './identity.inputs';
import { identityLockName, loginKeys, normaliseIdentity, type IdentityKey } from './identity.rules';
import { moveRowsBack, rowIdsOf } from '../merge/merge-moves.repository';

/** The identity types that identify a person across accounts (their fingerprints go in customer events). */
const FINGERPRINTED_TYPES = new Set<string>([IdentityType.PHONE, IdentityType.WECHAT_UNIONID]);

/** ID-mapping: finds or creates the customer behind an identity, and links more identities. */
export class IdentityService implements MergeParticipant {
  readonly participantName = 'identities';

  constructor(
    private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock },
    private readonly customerService: CustomerService,
  ) {}

  /**
   * The same identities always give the same customer, however many requests race: the lookup and
   * the creation run under transaction-scoped advisory locks on every identity key (taken in one
   * order). The customer is found by any of the login's identities (`identity` and `alsoIdentities`,
   * e.g. a WeChat openid and its unionid); the ones it does not hold yet are linked in the same
   * transaction. Identities held by two different customers are IDENTITIES_OF_DIFFERENT_CUSTOMERS (an
   * admin merges them). Integrations (system) and admins may call it. Emits customer.registered for a
   * new customer, customer.profile_updated when a phone or unionid is linked to a known one.
   */
  async resolve(actor: Actor | null, input: ResolveCustomerInput): Promise<{ customer: CustomerEntity; created: boolean }> {
    const a = requireRole(actor, 'system', 'admin');
    const keys = loginKeys(input);
    const profile = this.customerService.validateProfile(input.profile);
    if (keys[0].type === IdentityType.PHONE && profile.phone === undefined) profile.phone = keys[0].value;
    return inTransaction(this.deps.dataSource, async (tx) => {
      for (const key of [...keys].sort((x, y) => identityLockName(x).localeCompare(identityLockName(y)))) await this.lock(tx, key);
      const held = await tx.getRepository(IdentityEntity).find({ where: keys.map((k) => ({ type: k.type, appId: k.appId, value: k.value })) });
      const holders = new Map<string, CustomerEntity>();
      for (const h of held) {
        const survivor = await this.survivorOf(tx, h.customerId);
        holders.set(survivor.id, survivor);
      }
      if (holders.size > 1) throw identitiesOfDifferentCustomers();
      // a phone login finds the customer whose profile already has that phone: linked, not duplicated
      const known = [...holders.values()][0] ?? (keys[0].type === IdentityType.PHONE ? await this.customerWithPhone(tx, keys[0].value) : null);
      if (!known) return { customer: await this.register(tx, a, input, profile, keys), created: true };
      const missing = keys.filter((k) => !held.some((h) => h.type === k.type && h.appId === k.appId && h.value === k.value));
      await this.linkAll(tx, a, known, missing);
      return { customer: known, created: false };
    });
  }

  /** A new customer with these identities and `customer.registered` (with their fingerprints). */
  private async register(tx: EntityManager, a: Actor, input: ResolveCustomerInput, profile: Partial<CustomerEntity>, keys: IdentityKey[]): Promise<CustomerEntity> {
    const now = this.deps.clock.now();
    const customer = await tx.getRepository(CustomerEntity).save(
      tx.getRepository(CustomerEntity).create({ gender: 'UNKNOWN', ...profile, registeredAt: now, registrationChannel: input.channel, status: 'ACTIVE', lifecycleStage: 'POTENTIAL' }),
    );
    await tx.getRepository(IdentityEntity).insert(keys.map((k) => ({ ...k, customerId: customer.id, createdAt: now })));
    const payload = {
      customerId: customer.id,
      registeredAt: now.toISOString(),
      channel: input.channel as SalesChannel,
      referralCode: input.referralCode ?? null,
      birthday: customer.birthday,
      fingerprints: await identityFingerprints(tx, customer.id),
    };
    await this.deps.outbox.write(tx, envelope('customer.registered', customer.id, payload, { actor: a, occurredAt: now }));
    return customer;
  }

  /** Links identities to a known customer (under the caller's locks); a new phone or unionid is announced with the new fingerprints. */
  private async linkAll(tx: EntityManager, a: Actor, customer: CustomerEntity, keys: IdentityKey[]): Promise<void> {
    if (keys.length === 0) return;
    await tx.getRepository(IdentityEntity).insert(keys.map((k) => ({ ...k, customerId: customer.id, createdAt: this.deps.clock.now() })));
    if (!keys.some((k) => FINGERPRINTED_TYPES.has(k.type))) return;
    const payload = { customerId: customer.id, birthday: customer.birthday, region: customer.region, fingerprints: await identityFingerprints(tx, customer.id) };
    await this.deps.outbox.write(tx, envelope('customer.profile_updated', customer.id, payload, { actor: a }));
  }

  /**
   * Links another identity to a customer (the customer themself, staff or integrations). Linking an
   * identity the customer already holds is a no-op; one held by another customer is IDENTITY_TAKEN. A
   * new phone or unionid is announced (customer.profile_updated with the new fingerprints).
   */
  async link(actor: Actor | null, customerId: string, input: IdentityInput): Promise<CustomerEntity> {
    const a = requireActor(actor);
    if (a.role === 'customer') {
      if (a.id !== customerId) throw notFound('Customer', customerId);
    } else requireRole(a, 'agent', 'admin', 'system');
    const key = normaliseIdentity(input);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await tx.getRepository(CustomerEntity).findOneBy({ id: customerId, status: 'ACTIVE' });
      if (!customer) throw notFound('Customer', customerId);
      await this.lock(tx, key);
      const existing = await tx.getRepository(IdentityEntity).findOneBy(key);
      if (existing && existing.customerId !== customerId) throw identityTaken();
      if (!existing) await this.linkAll(tx, a, customer, [key]);
      return customer;
    });
  }

  /**
   * Takes a wrongly linked identity off a customer (admins), with a reason, audited without the
   * identifier. The customer keeps at least one identity (LAST_IDENTITY); an identity the customer
   * does not hold is NOT_FOUND. A phone or unionid taken off announces the new fingerprints.
   */
  async unlink(actor: Actor | null, customerId: string, input: IdentityInput, reason: string): Promise<CustomerEntity> {
    const a = requireRole(actor, 'admin');
    const key = normaliseIdentity(input);
    const why = reason.trim();
    if (why.length < 3 || why.length > 500) throw badInput('reason must be 3 to 500 characters', { field: 'reason' });
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await tx.getRepository(CustomerEntity).findOne({ where: { id: customerId, status: 'ACTIVE' }, lock: { mode: 'pessimistic_write' } });
      if (!customer) throw notFound('Customer', customerId);
      await this.lock(tx, key);
      const held = await tx.getRepository(IdentityEntity).findBy({ customerId });
      const target = held.find((h) => h.type === key.type && h.appId === key.appId && h.value === key.value);
      if (!target) throw notFound('Identity', `${key.type}:${key.appId}`);
      if (held.length === 1) throw lastIdentity();
      await tx.getRepository(IdentityEntity).delete({ id: target.id });
      await recordUnlink(tx, { customerId, type: key.type, appId: key.appId, reason: why, actor: a, at: this.deps.clock.now() });
      if (FINGERPRINTED_TYPES.has(key.type)) {
        const payload = { customerId, birthday: customer.birthday, region: customer.region, fingerprints: await identityFingerprints(tx, customerId) };
        await this.deps.outbox.write(tx, envelope('customer.profile_updated', customerId, payload, { actor: a }));
      }
      return customer;
    });
  }

  /** The longest-registered active customer whose profile phone is `phone` (already normalised), if any. */
  private customerWithPhone(tx: EntityManager, phone: string): Promise<CustomerEntity | null> {
    return tx.getRepository(CustomerEntity).findOne({ where: { phone, status: 'ACTIVE' }, order: { registeredAt: 'ASC' } });
  }

  /** What a merge moves of ours: the merged customer's row ids (kept in the merge's audit row for an unmerge). */
  recordMove(tx: EntityManager, fromId: string): Promise<string[]> {
    return rowIdsOf(tx, 'identities', fromId);
  }

  /** An unmerge: the rows the merge moved go back to the restored customer. */
  undoMove(tx: EntityManager, record: unknown, survivorId: string, restoredId: string): Promise<number> {
    return moveRowsBack(tx, 'identities', record, survivorId, restoredId);
  }

  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number> {
    const result = await tx.getRepository(IdentityEntity).update({ customerId: fromId }, { customerId: toId });
    return result.affected ?? 0;
  }

  private lock(tx: EntityManager, key: IdentityKey) {
    return tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [identityLockName(key)]);
  }

  private async survivorOf(tx: EntityManager, id: string): Promise<CustomerEntity> {
    let customer = await tx.getRepository(CustomerEntity).findOneByOrFail({ id });
    for (let i = 0; customer.mergedIntoId && i < 5; i++) {
      customer = await tx.getRepository(CustomerEntity).findOneByOrFail({ id: customer.mergedIntoId });
    }
    return customer;
  }
}
