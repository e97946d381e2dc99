import type { DataSource } from 'typeorm';
import type DataLoader from 'dataloader';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput, forbidden, notFound } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import { shanghaiDate, type Clock } from '@member-graph/common/time';
import { identityFingerprints } from '../identity/fingerprint.repository';
import { CustomerEntity } from './customer.entity';
import type { CustomerProfileInput } from './customer.inputs';
import { normalisePhone } from './phone';
import { recordProfileChange } from './profile.repository';
import { checkProfileChange } from './profile.rules';
import { displayName } from '../text.rules';

type CustomerLoader = DataLoader<string, (CustomerEntity & { requestedId: string }) | null>;

export interface CustomerDeps {
  dataSource: DataSource;
  outbox: Outbox;
  clock: Clock;
}

/** Reading customers under the access rules, and editing profiles. */
export class CustomerService {
  constructor(private readonly deps: CustomerDeps) {}

  /**
   * One customer by id (a merged id answers its survivor). Staff may read anyone; a customer only
   * themself, and anyone else's id answers NOT_FOUND, so ids cannot be probed. Erased: NOT_FOUND.
   */
  async get(actor: Actor | null, id: string, loader: CustomerLoader): Promise<CustomerEntity> {
    const a = requireActor(actor);
    const found = await loader.load(id);
    const own = a.role !== 'customer' || a.id === id || a.id === found?.id;
    if (!found || found.status !== 'ACTIVE' || !own) throw notFound('Customer', id);
    return found;
  }

  /** The signed-in customer. */
  async me(actor: Actor | null, loader: CustomerLoader): Promise<CustomerEntity> {
    const a = requireActor(actor);
    if (a.role !== 'customer') throw forbidden('`me` is for customer tokens; staff use customer(id)');
    return this.get(a, a.id, loader);
  }

  /**
   * Updates profile fields; the customer themself, agents, admins and integrations may, within
   * checkProfileChange (phone by integrations only, birthday once by the customer). A change of an
   * audited field is recorded in profile_changes. Emits customer.profile_updated.
   */
  async updateProfile(actor: Actor | null, id: string, input: CustomerProfileInput): Promise<CustomerEntity> {
    const a = requireActor(actor);
    if (a.role === 'customer') {
      if (a.id !== id) throw notFound('Customer', id);
    } else requireRole(a, 'agent', 'admin', 'system');
    const changes = this.validateProfile(input);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const repo = tx.getRepository(CustomerEntity);
      const customer = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!customer || customer.status !== 'ACTIVE') throw notFound('Customer', id);
      const audited = checkProfileChange(a.role, customer, changes);
      const now = this.deps.clock.now();
      if (audited.length > 0) await recordProfileChange(tx, { customerId: id, fields: audited, actor: a, at: now });
      Object.assign(customer, changes, { updatedAt: now });
      await repo.save(customer);
      await this.deps.outbox.write(
        tx,
        envelope(
          'customer.profile_updated',
          id,
          { customerId: id, birthday: customer.birthday, region: customer.region, fingerprints: await identityFingerprints(tx, id) },
          { actor: a },
        ),
      );
      return customer;
    });
  }

  /** Checks profile input and returns the columns to set (undefined = unchanged). */
  validateProfile(input: CustomerProfileInput | null | undefined): Partial<CustomerEntity> {
    if (!input) return {};
    const out: Partial<CustomerEntity> = {};
    if (input.name !== undefined) out.name = displayName(input.name ?? null);
    if (input.gender !== undefined) out.gender = input.gender ?? 'UNKNOWN';
    if (input.region !== undefined) out.region = input.region?.trim() || null;
    if (input.email !== undefined) out.email = input.email?.trim().toLowerCase() || null;
    if (input.phone !== undefined) out.phone = input.phone ? normalisePhone(input.phone) : null;
    if (input.birthday !== undefined) {
      const birthday = input.birthday ? String(input.birthday).slice(0, 10) : null;
      if (birthday && (birthday > shanghaiDate(this.deps.clock.now()) || birthday < '1900-01-01')) {
        throw badInput('birthday must be a past date after 1900-01-01', { field: 'birthday' });
      }
      out.birthday = birthday;
    }
    return out;
  }
}
