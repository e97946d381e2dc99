import { inTransaction } from '@member-graph/common/db';
import { envelope } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import type { ProgressService } from '../progress/progress.service';
import { TicketEntity } from '../ticket/ticket.entity';
import { SERVICE_ACTOR } from '../service-actor';
import { writeHistory } from '../ticket/ticket.repository';

interface DueRow {
  id: string;
  customerId: string;
  priority: string;
  tier: string | null;
  firstResponseDue: Date | null;
  resolutionDue: Date | null;
}

/**
 * SLA breach detection (a scheduled job): picks the tickets whose first-response or resolution target
 * passed and is not yet marked breached, with FOR UPDATE SKIP LOCKED through partial indexes on the due
 * times (never a scan of every ticket), marks each target breached, writes the history line and emits
 * `ticket.sla_breached` in the same transaction. Tickets waiting for the customer are paused and never
 * picked; running the job twice changes nothing. A breach escalates: the ticket gets the manager
 * follow-up (the plan's senior agent + manager double follow-up) and an ESCALATED entry on the agents' queue.
 */
export class SlaService {
  constructor(
    private readonly deps: Deps,
    private readonly progress: ProgressService,
  ) {}

  /** Detects and records every breach due now; returns how many targets it marked. */
  async detectBreaches(): Promise<number> {
    let total = 0;
    for (;;) {
      const marked = await inTransaction(this.deps.dataSource, async (tx) => {
        const now = this.deps.clock.now();
        const rows = await queryRows<DueRow>(
          tx,
          `select id, customer_id as "customerId", priority, tier,
             case when first_responded_at is null and first_response_breached_at is null and first_response_due_at <= $1 then first_response_due_at end as "firstResponseDue",
             case when resolved_at is null and resolution_breached_at is null and resolution_due_at <= $1 then resolution_due_at end as "resolutionDue"
           from service.tickets
           where status in ('NEW', 'ASSIGNED', 'IN_PROGRESS')
             and ((first_responded_at is null and first_response_breached_at is null and first_response_due_at <= $1)
               or (resolved_at is null and resolution_breached_at is null and resolution_due_at <= $1))
           order by id limit $2 for update skip locked`,
          [now, this.deps.settings.jobs.batchSize],
        );
        let n = 0;
        for (const r of rows) {
          const kinds = [
            ...(r.firstResponseDue ? [{ kind: 'FIRST_RESPONSE' as const, dueAt: r.firstResponseDue }] : []),
            ...(r.resolutionDue ? [{ kind: 'RESOLUTION' as const, dueAt: r.resolutionDue }] : []),
          ];
          await tx.getRepository(TicketEntity).update(
            { id: r.id },
            {
              ...(r.firstResponseDue ? { firstResponseBreachedAt: now } : {}),
              ...(r.resolutionDue ? { resolutionBreachedAt: now } : {}),
              managerFollowUp: true,
            },
          );
          // a breach reaches people: the agents' queue hears ESCALATED and a manager follows up
          await this.progress.enqueue(tx, r.id, 'ESCALATED', now);
          await writeHistory(
            tx,
            r.id,
            SERVICE_ACTOR,
            now,
            ...kinds.map((k) => ({ kind: 'SLA_BREACHED' as const, rule: k.kind, to: r.priority, note: `${k.kind.toLowerCase().replace('_', ' ')} was due ${new Date(k.dueAt).toISOString()}` })),
          );
          await this.deps.outbox.write(
            tx,
            ...kinds.map((k) =>
              envelope(
                'ticket.sla_breached',
                r.id,
                { ticketId: r.id, customerId: r.customerId, kind: k.kind, priority: r.priority, tier: r.tier, dueAt: new Date(k.dueAt).toISOString(), detectedAt: now.toISOString() },
                { actor: null, occurredAt: now },
              ),
            ),
          );
          n += kinds.length;
        }
        return { rows: rows.length, n };
      });
      total += marked.n;
      if (marked.rows < this.deps.settings.jobs.batchSize) return total;
    }
  }
}
