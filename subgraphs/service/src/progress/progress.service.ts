import type { EntityManager } from 'typeorm';
import { type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { progressStream } from '@member-graph/common/subscriptions';
import { queryRows, type Deps } from '../deps';
import type { ReturnProgressEntity, TicketProgressEntity } from './progress.entity';

/** The doorbell channels rung when a progress row commits (payload: the ticket id, return id, '' for the queue). */
export const TICKET_PROGRESS_CHANNEL = 'mg_progress_ticket';
export const RETURN_PROGRESS_CHANNEL = 'mg_progress_return';
export const TICKET_QUEUE_CHANNEL = 'mg_ticket_queue';

/** One row of the agents' queue: a new ticket, or a ticket that was escalated. */
export interface TicketQueueRow {
  seq: number;
  ticketId: string;
  kind: 'NEW' | 'ESCALATED';
  at: Date;
}

const TICKET_PROGRESS = `ticket_id as "ticketId", seq, status, note, actor_id as "actorId", actor_role as "actorRole", at`;
const RETURN_PROGRESS = `return_id as "returnId", seq, stage, note, actor_id as "actorId", actor_role as "actorRole", at`;
const REPLAY_LIMIT = 500;

/**
 * The sequenced progress of tickets and returns and the agents' queue: rows are appended in the
 * transaction of the state change (the caller holds the ticket or return row lock, so seq = previous
 * max + 1 is gap-free and unique), and read back as resumable live streams for the subscriptions.
 */
export class ProgressService {
  constructor(private readonly deps: Deps) {}

  /** Appends a ticket status row; the caller holds the ticket's row lock. Returns its seq. */
  async appendTicket(tx: EntityManager, row: { ticketId: string; status: string; note: string | null; actor: Actor | null; at: Date }): Promise<number> {
    const [{ seq }] = await queryRows<{ seq: number }>(
      tx,
      `insert into service.ticket_progress (ticket_id, seq, status, note, actor_id, actor_role, at)
       select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 from service.ticket_progress where ticket_id = $1
       returning seq`,
      [row.ticketId, row.status, row.note, row.actor?.id ?? null, row.actor?.role ?? null, row.at],
    );
    await this.deps.listener.ringOnCommit(tx, TICKET_PROGRESS_CHANNEL, row.ticketId);
    return seq;
  }

  /** Appends a return stage row; the caller holds the return's row lock. Returns its seq. */
  async appendReturn(tx: EntityManager, row: { returnId: string; stage: string; note: string | null; actor: Actor | null; at: Date }): Promise<number> {
    const [{ seq }] = await queryRows<{ seq: number }>(
      tx,
      `insert into service.return_progress (return_id, seq, stage, note, actor_id, actor_role, at)
       select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 from service.return_progress where return_id = $1
       returning seq`,
      [row.returnId, row.stage, row.note, row.actor?.id ?? null, row.actor?.role ?? null, row.at],
    );
    await this.deps.listener.ringOnCommit(tx, RETURN_PROGRESS_CHANNEL, row.returnId);
    return seq;
  }

  /** Puts a ticket on the agents' queue (new or escalated). */
  async enqueue(tx: EntityManager, ticketId: string, kind: TicketQueueRow['kind'], at: Date): Promise<void> {
    await tx.query(`insert into service.ticket_queue (ticket_id, kind, at) values ($1, $2, $3)`, [ticketId, kind, at]);
    await this.deps.listener.ringOnCommit(tx, TICKET_QUEUE_CHANNEL);
  }

  ticketAfter(ticketId: string, afterSeq: number): Promise<TicketProgressEntity[]> {
    return queryRows<TicketProgressEntity>(
      this.deps.dataSource,
      `select ${TICKET_PROGRESS} from service.ticket_progress where ticket_id = $1 and seq > $2 order by seq limit ${REPLAY_LIMIT}`,
      [ticketId, afterSeq],
    );
  }

  returnAfter(returnId: string, afterSeq: number): Promise<ReturnProgressEntity[]> {
    return queryRows<ReturnProgressEntity>(
      this.deps.dataSource,
      `select ${RETURN_PROGRESS} from service.return_progress where return_id = $1 and seq > $2 order by seq limit ${REPLAY_LIMIT}`,
      [returnId, afterSeq],
    );
  }

  async queueAfter(afterSeq: number): Promise<TicketQueueRow[]> {
    const rows = await queryRows<TicketQueueRow & { seq: string }>(
      this.deps.dataSource,
      `select seq, ticket_id as "ticketId", kind, at from service.ticket_queue where seq > $1 order by seq limit ${REPLAY_LIMIT}`,
      [afterSeq],
    );
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /** The live, resumable progress of one ticket (the caller has checked access). */
  ticketStream(ticketId: string, afterSeq: number): AsyncIterableIterator<TicketProgressEntity> {
    return progressStream({
      listener: this.deps.listener,
      channel: TICKET_PROGRESS_CHANNEL,
      key: ticketId,
      afterSeq: checkAfterSeq(afterSeq),
      fetchAfter: (seq) => this.ticketAfter(ticketId, seq),
    });
  }

  /** The live, resumable progress of one return (the caller has checked access). */
  returnStream(returnId: string, afterSeq: number): AsyncIterableIterator<ReturnProgressEntity> {
    return progressStream({
      listener: this.deps.listener,
      channel: RETURN_PROGRESS_CHANNEL,
      key: returnId,
      afterSeq: checkAfterSeq(afterSeq),
      fetchAfter: (seq) => this.returnAfter(returnId, seq),
    });
  }

  /** The agents' queue after `afterSeq`, or from now on when it is null (the caller has checked the role). */
  async queueStream(afterSeq: number | null): Promise<AsyncIterableIterator<TicketQueueRow>> {
    const start =
      afterSeq ?? Number((await queryRows<{ s: string }>(this.deps.dataSource, `select coalesce(max(seq), 0) as s from service.ticket_queue`))[0].s);
    return progressStream({
      listener: this.deps.listener,
      channel: TICKET_QUEUE_CHANNEL,
      key: null,
      afterSeq: checkAfterSeq(start),
      fetchAfter: (seq) => this.queueAfter(seq),
    });
  }
}

function checkAfterSeq(afterSeq: number): number {
  if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw badInput('afterSeq must be a whole number >= 0', { field: 'afterSeq' });
  return afterSeq;
}
