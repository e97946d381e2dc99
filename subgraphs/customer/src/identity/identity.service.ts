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
import { identityTaken } from './identity.errors';
import type { IdentityInput, ResolveCustomerInput } from './identity.inputs';
import { identityLockName, normaliseIdentity, type IdentityKey } from './identity.rules';

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
   * The same identity always gives the same customer, however many requests race: the lookup and
   * the creation run under a transaction-scoped advisory lock on the identity key. Integrations
   * (system) and admins may call it. Emits customer.registered for a new customer.
   */
  async resolve(actor: Actor | null, input: ResolveCustomerInput): Promise<{ customer: CustomerEntity; created: boolean }> {
    const a = requireRole(actor, 'system', 'admin');
    const key = normaliseIdentity(input.identity);
    const profile = this.customerService.validateProfile(input.profile);
    if (key.type === IdentityType.PHONE && profile.phone === undefined) profile.phone = key.value;
    return inTransaction(this.deps.dataSource, async (tx) => {
      await this.lock(tx, key);
      const existing = await tx.getRepository(IdentityEntity).findOneBy(key);
      if (existing) return { customer: await this.survivorOf(tx, existing.customerId), created: false };
      const now = this.deps.clock.now();
      // a phone login finds the customer whose profile already has that phone: linked, not duplicated
      const byPhone = key.type === IdentityType.PHONE ? await this.customerWithPhone(tx, key.value) : null;
      if (byPhone) {
        await tx.getRepository(IdentityEntity).insert({ ...key, customerId: byPhone.id, createdAt: now });
        return { customer: byPhone, created: false };
      }
      const customer = await tx.getRepository(CustomerEntity).save(
        tx.getRepository(CustomerEntity).create({
          gender: 'UNKNOWN',
          ...profile,
          registeredAt: now,
          registrationChannel: input.channel,
          status: 'ACTIVE',
          lifecycleStage: 'POTENTIAL',
        }),
      );
      await tx.getRepository(IdentityEntity).insert({ ...key, customerId: customer.id, createdAt: now });
      await this.deps.outbox.write(
        tx,
        envelope(
          'customer.registered',
          customer.id,
          {
            customerId: customer.id,
            registeredAt: now.toISOString(),
            channel: input.channel as SalesChannel,
            referralCode: input.referralCode ?? null,
            birthday: customer.birthday,
            fingerprints: await identityFingerprints(tx, customer.id),
          },
          { actor: a, occurredAt: now },
        ),
      );
      return { customer, created: true };
    });
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
      if (existing) return customer;
      await tx.getRepository(IdentityEntity).insert({ ...key, customerId, createdAt: this.deps.clock.now() });
      // a phone or unionid identifies the person: other domains learn the new fingerprints (a referral check)
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
