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

/** One entity's progress log: its table, the entity's key column (and field), the state column and the doorbell channel. */
interface ProgressLog {
  table: string;
  key: string;
  keyField: string;
  state: string;
  channel: string;
}

const TICKET_LOG: ProgressLog = { table: 'service.ticket_progress', key: 'ticket_id', keyField: 'ticketId', state: 'status', channel: TICKET_PROGRESS_CHANNEL };
const RETURN_LOG: ProgressLog = { table: 'service.return_progress', key: 'return_id', keyField: 'returnId', state: 'stage', channel: RETURN_PROGRESS_CHANNEL };
const REPLAY_LIMIT = 500;

/** A progress row as written: the entity's new state, with who changed it and when. */
interface ProgressChange {
  note: string | null;
  actor: Actor | null;
  at: Date;
}

/**
 * The sequenced progress of tickets and returns and the agents' queue: rows are appended in the
 * transaction of the state change (the caller holds the ticket or return row lock, so seq = previous
 * max + 1 is gap-free and unique), and read back as resumable live streams for the subscriptions.
 */
export class ProgressService {
  constructor(private readonly deps: Deps) {}

  /** Appends a ticket status row; the caller holds the ticket's row lock. Returns its seq. */
  appendTicket(tx: EntityManager, row: ProgressChange & { ticketId: string; status: string }): Promise<number> {
    return this.append(tx, TICKET_LOG, row.ticketId, row.status, row);
  }

  /** Appends a return stage row; the caller holds the return's row lock. Returns its seq. */
  appendReturn(tx: EntityManager, row: ProgressChange & { returnId: string; stage: string }): Promise<number> {
    return this.append(tx, RETURN_LOG, row.returnId, row.stage, row);
  }

  /** Appends a row to an entity's log with seq = previous max + 1, and rings the log's doorbell on commit. */
  private async append(tx: EntityManager, log: ProgressLog, id: string, state: string, row: ProgressChange): Promise<number> {
    const [{ seq }] = await queryRows<{ seq: number }>(
      tx,
      `insert into ${log.table} (${log.key}, seq, ${log.state}, note, actor_id, actor_role, at)
       select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 from ${log.table} where ${log.key} = $1
       returning seq`,
      [id, state, row.note, row.actor?.id ?? null, row.actor?.role ?? null, row.at],
    );
    await this.deps.listener.ringOnCommit(tx, log.channel, id);
    return seq;
  }

  /** Puts a ticket on the agents' queue (new or escalated). */
  async enqueue(tx: EntityManager, ticketId: string, kind: TicketQueueRow['kind'], at: Date): Promise<void> {
    await tx.query(`insert into service.ticket_queue (ticket_id, kind, at) values ($1, $2, $3)`, [ticketId, kind, at]);
    await this.deps.listener.ringOnCommit(tx, TICKET_QUEUE_CHANNEL);
  }

  ticketAfter(ticketId: string, afterSeq: number): Promise<TicketProgressEntity[]> {
    return this.after<TicketProgressEntity>(TICKET_LOG, ticketId, afterSeq);
  }

  returnAfter(returnId: string, afterSeq: number): Promise<ReturnProgressEntity[]> {
    return this.after<ReturnProgressEntity>(RETURN_LOG, returnId, afterSeq);
  }

  /** The rows of an entity's log after `afterSeq`, in order (at most REPLAY_LIMIT: the stream reads on). */
  private after<T>(log: ProgressLog, id: string, afterSeq: number): Promise<T[]> {
    return queryRows<T>(
      this.deps.dataSource,
      `select ${log.key} as "${log.keyField}", seq, ${log.state}, note, actor_id as "actorId", actor_role as "actorRole", at
       from ${log.table} where ${log.key} = $1 and seq > $2 order by seq limit ${REPLAY_LIMIT}`,
      [id, afterSeq],
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
    return this.stream(TICKET_LOG, ticketId, afterSeq, (seq) => this.ticketAfter(ticketId, seq));
  }

  /** The live, resumable progress of one return (the caller has checked access). */
  returnStream(returnId: string, afterSeq: number): AsyncIterableIterator<ReturnProgressEntity> {
    return this.stream(RETURN_LOG, returnId, afterSeq, (seq) => this.returnAfter(returnId, seq));
  }

  private stream<T extends { seq: number }>(log: ProgressLog, id: string, afterSeq: number, fetchAfter: (seq: number) => Promise<T[]>): AsyncIterableIterator<T> {
    return progressStream({ listener: this.deps.listener, channel: log.channel, key: id, afterSeq: checkAfterSeq(afterSeq), fetchAfter });
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
