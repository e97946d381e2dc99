import type { DataSource, EntityManager } from 'typeorm';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { notFound } from '@member-graph/common/errors';
import { envelope, type Outbox, type SalesChannel } from '@member-graph/common/events';
import { type Clock } from '@member-graph/common/time';
import { CustomerEntity } from '../customer/customer.entity';
import type { CustomerService } from '../customer/customer.service';
import type { MergeParticipant } from '../merge/merge-participant';
import { IdentityEntity } from './identity.entity';
import { identityFingerprints } from './fingerprint.repository';
import { IdentityType } from './identity.enums';
import { identitiesOfDifferentCustomers, identityTaken } from './identity.errors';
import type { IdentityInput, ResolveCustomerInput } from './identity.inputs';
import { identityLockName, loginKeys, normaliseIdentity, type IdentityKey } from './identity.rules';

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

  /** The longest-registered active customer whose profile phone is `phone` (already normalised), if any. */
  private customerWithPhone(tx: EntityManager, phone: string): Promise<CustomerEntity | null> {
    return tx.getRepository(CustomerEntity).findOne({ where: { phone, status: 'ACTIVE' }, order: { registeredAt: 'ASC' } });
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
