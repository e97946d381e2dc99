import type { DataSource } from 'typeorm';
import type DataLoader from 'dataloader';
import { requireActor, requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { forbidden } from '@member-graph/common/errors';
import type { Clock } from '@member-graph/common/time';
import { lockActiveCustomer } from '../customer/customer.repository';
import type { CustomerSettings } from '../config';
import type { ErasureService } from '../erasure/erasure.service';
import { customerOnly, noPendingDeletion } from './deletion.errors';
import { closePending, dueRequests, insertRequest, lockDueRequest, lockPendingRequest, type DeletionRequestRow } from './deletion.repository';
import { canCancel, erasesAt } from './deletion.rules';

/** The actor an erasure carried out on the customer's own request is recorded under. */
const DELETION_JOB: Actor = { id: 'account-deletion', role: 'system', scopes: [] };
/** Due requests carried out per run (the next run takes the rest). */
const BATCH = 100;

/**
 * "Delete my account" (PIPL Art. 47) by the customer: a request waits out a cooling-off period
 * (ACCOUNT_DELETION_COOLING_OFF_DAYS), during which the customer may cancel it; then the scheduled job
 * runs the existing erasure (ErasureService) in the request's transaction, which also revokes the
 * customer's tokens in every subgraph (`erased_actors`).
 */
export class AccountDeletionService {
  constructor(
    private readonly deps: { dataSource: DataSource; clock: Clock; settings: Readonly<CustomerSettings> },
    private readonly erasure: ErasureService,
  ) {}

  /** Asks for the deletion of the signed-in customer's account; asking again while one is pending answers that one. */
  async request(actor: Actor | null): Promise<DeletionRequestRow> {
    const a = requireActor(actor);
    if (a.role !== 'customer') throw customerOnly();
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await lockActiveCustomer(tx, a.id, a);
      const pending = await lockPendingRequest(tx, customer.id);
      if (pending) return pending;
      const now = this.deps.clock.now();
      return insertRequest(tx, customer.id, now, erasesAt(now, this.deps.settings.accountDeletionCoolingOffDays));
    });
  }

  /** Cancels the signed-in customer's pending request (NO_PENDING_DELETION when there is none, or it is due). */
  async cancel(actor: Actor | null): Promise<DeletionRequestRow> {
    const a = requireActor(actor);
    if (a.role !== 'customer') throw customerOnly();
    return inTransaction(this.deps.dataSource, async (tx) => {
      const customer = await lockActiveCustomer(tx, a.id, a);
      const now = this.deps.clock.now();
      const pending = await lockPendingRequest(tx, customer.id);
      if (!pending || !canCancel(pending, now)) throw noPendingDeletion();
      const [closed] = await closePending(tx, [customer.id], 'CANCELLED', now);
      return closed;
    });
  }

  /** The customer's latest request (the customer themself, agents and admins; null when they never asked). */
  async latestOf(
    actor: Actor | null,
    customer: { id: string; requestedId?: string },
    loader: DataLoader<string, DeletionRequestRow | null>,
  ): Promise<DeletionRequestRow | null> {
    const a = requireActor(actor);
    if (a.role !== 'customer') requireRole(a, 'agent', 'admin');
    else if (a.id !== customer.id && a.id !== customer.requestedId) throw forbidden(); // the caller's own (or its survivor)
    return loader.load(customer.id);
  }

  /** The scheduled job: erases each customer whose request is due, one transaction each; returns how many. */
  async eraseDue(): Promise<number> {
    const now = this.deps.clock.now();
    let erased = 0;
    for (const due of await dueRequests(this.deps.dataSource, now, BATCH)) {
      const done = await inTransaction(this.deps.dataSource, async (tx) => {
        const request = await lockDueRequest(tx, due.id, now);
        if (!request) return false;
        await this.erasure.eraseIn(tx, DELETION_JOB, request.customerId, `account deletion request ${request.id} (the customer's own)`);
        return true;
      });
      if (done) erased++;
    }
    return erased;
  }
}
