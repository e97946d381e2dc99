import type { DataSource, EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { envelope, type Outbox } from '@member-graph/common/events';
import { pageSize } from '@member-graph/common/graphql';
import { type Clock } from '@member-graph/common/time';
import type { CustomerEntity } from '../customer/customer.entity';
import { lockActiveCustomer } from '../customer/customer.repository';
import type { MergeParticipant } from '../merge/merge-participant';
import { ConsentChangeEntity, ConsentEntity } from './consent.entity';
import type { ConsentHistoryLoader } from './consent.loaders';
import { ConsentChannel, ConsentPurpose, ConsentSource } from './consent.enums';
import { isConsentChange, mergeConsentStates, type ConsentState } from './consent.rules';

/** Who may record consent decisions: the customer themself, agents, admins and integrations (not marketers). */
const RECORDERS = ['customer', 'agent', 'admin', 'system'] as const;

/** A consent decision to record. */
export interface ConsentDecision {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  source: ConsentSource;
}

/**
 * Consent per channel × purpose: the current state plus an append-only history. A decision that
 * does not flip the state is a no-op (nothing stored, no event), so retries are harmless; a flip
 * updates the state, appends to the history and emits customer.consent_changed in one transaction.
 */
export class ConsentService implements MergeParticipant {
  readonly participantName = 'consents';

  constructor(private readonly deps: { dataSource: DataSource; outbox: Outbox; clock: Clock }) {}

  grant(actor: Actor | null, customerId: string, decision: ConsentDecision): Promise<CustomerEntity> {
    return this.decide(actor, customerId, decision, true);
  }

  withdraw(actor: Actor | null, customerId: string, decision: ConsentDecision): Promise<CustomerEntity> {
    return this.decide(actor, customerId, decision, false);
  }

  /** The latest decisions of one customer through the request's loader; `first` is 1..100 (default 20). */
  history(loader: ConsentHistoryLoader, customerId: string, first: number | null | undefined) {
    return loader.load({ customerId, first: pageSize(first) });
  }

  /** Merge: keeps the most recent decision per pair and moves the whole history to the survivor. */
  async moveTo(tx: EntityManager, fromId: string, toId: string): Promise<number> {
    const repo = tx.getRepository(ConsentEntity);
    const [survivor, merged] = await Promise.all([
      repo.findBy({ customerId: toId }),
      repo.find({ where: { customerId: fromId }, order: { at: 'ASC', channel: 'ASC', purpose: 'ASC' } }),
    ]);
    const { take, flipped } = mergeConsentStates(survivor, merged);
    for (const m of take) await repo.save({ ...m, customerId: toId });
    await repo.delete({ customerId: fromId });
    // the history is append-only for the app role: the owner's function moves it, and nothing else
    const [{ moved }] = await tx.query(`select customer.move_consent_history($1, $2) as moved`, [fromId, toId]);
    const now = this.deps.clock.now();
    for (const f of flipped) await this.announce(tx, toId, f, null, now);
    return take.length + Number(moved);
  }

  private async decide(actor: Actor | null, customerId: string, decision: ConsentDecision, granted: boolean): Promise<CustomerEntity> {
    const a = requireRole(actor, ...RECORDERS);
    this.validate(decision);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await lockActiveCustomer(tx, customerId, a);
      const repo = tx.getRepository(ConsentEntity);
      const pair = { customerId: customer.id, channel: decision.channel, purpose: decision.purpose };
      const current = await repo.findOneBy(pair);
      if (!isConsentChange(current, granted)) return customer;
      const now = this.deps.clock.now();
      const state = { ...pair, granted, source: decision.source, at: now, actorId: a.id, actorRole: a.role };
      await repo.save(state);
      await tx.getRepository(ConsentChangeEntity).insert(state);
      await this.announce(tx, customer.id, state, a, now);
      return customer;
    });
  }

  private validate(decision: ConsentDecision) {
    const check = (value: string, allowed: object, field: string) => {
      if (!Object.values(allowed).includes(value)) throw badInput(`${field} must be one of ${Object.values(allowed).join(', ')}`, { field });
    };
    check(decision.channel, ConsentChannel, 'channel');
    check(decision.purpose, ConsentPurpose, 'purpose');
    check(decision.source, ConsentSource, 'source');
  }

  private announce(tx: EntityManager, customerId: string, s: Pick<ConsentState, 'channel' | 'purpose' | 'granted'>, actor: Actor | null, now: Date) {
    return this.deps.outbox.write(
      tx,
      envelope('customer.consent_changed', customerId, { customerId, channel: s.channel, purpose: s.purpose, granted: s.granted }, { actor, occurredAt: now }),
    );
  }
}
