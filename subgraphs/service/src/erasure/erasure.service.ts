import type { EntityManager } from 'typeorm';
import { redactEvents, type EventCatalogue } from '@member-graph/common/events';
import { recordErasedActors } from '@member-graph/common/db';
import { isUuid } from '@member-graph/common/graphql';
import type { CategorisationService } from '../categorisation/categorisation.service';
import type { FactsService } from '../customer/facts.service';
import { queryRows } from '../deps';

/** What replaces free text that may describe an erased person. */
export const ERASED = '[erased]';

/** The ids that find an erased customer's rows: their own and those of their tickets and returns. */
type Key = 'customer_id' | 'ticket_id' | 'return_id';

/**
 * Free text that may describe the person, as [table, key, column]. Text that was given is replaced by
 * the marker; a column left empty (null) stays empty, so staff still see where something was said.
 */
const REDACTED: readonly (readonly [table: string, key: Key, column: string])[] = [
  ['tickets', 'customer_id', 'subject'],
  ['ticket_messages', 'ticket_id', 'body'],
  ['ticket_progress', 'ticket_id', 'note'],
  ['returns', 'customer_id', 'reason'],
  ['returns', 'customer_id', 'tracking_no'],
  ['return_progress', 'return_id', 'note'],
  ['surveys', 'customer_id', 'comment'],
];

/**
 * Erasure, service's part (PIPL Art. 47, `customer.erased`), for the customer and everyone merged into
 * them: the free text of their tickets, messages, history and progress notes, returns (reason, tracking
 * number, photo URLs) and survey comments is redacted, notes in its events too (outbox and bus); the classifier
 * corrections taken from their tickets and the customer facts are deleted. What staff statistics count
 * stays, tied to an id that no longer names anyone: ids, types, channels, statuses, priorities,
 * categories, SLA times, return stages, lines and amounts, survey scores, order facts. Every statement
 * skips rows already erased, so applying it again changes nothing.
 */
export class ErasureService {
  constructor(
    private readonly facts: FactsService,
    private readonly categorisation: CategorisationService,
  ) {}

  async onErased(tx: EntityManager, p: EventCatalogue['customer.erased']): Promise<void> {
    const given = [p.customerId, ...(Array.isArray(p.formerIds) ? p.formerIds : [])].filter(isUuid).map((id) => id.toLowerCase());
    if (given.length === 0) return;
    const customerIds = await this.facts.withMerged(tx, given);
    await recordErasedActors(tx, 'service', customerIds); // their tokens are refused here from now on
    const ids: Record<Key, string[]> = {
      customer_id: customerIds,
      ticket_id: await this.idsOf(tx, 'tickets', customerIds),
      return_id: await this.idsOf(tx, 'returns', customerIds),
    };
    for (const [table, key, column] of REDACTED) {
      await tx.query(`update service.${table} set ${column} = $2 where ${key} = any($1::uuid[]) and ${column} <> $2`, [ids[key], ERASED]);
    }
    await tx.query(`update service.returns set photo_urls = '{}' where customer_id = any($1::uuid[]) and photo_urls <> '{}'`, [customerIds]);
    // ticket history is append-only for the app role: the owner's function writes the marker over its notes, and nothing else
    await tx.query(`select service.redact_ticket_history($1::uuid[])`, [ids.ticket_id]);
    // the events that carry a free-text note, by ticket or return id, in the outbox and on the bus
    await redactEvents(tx, 'service', ids.ticket_id, ['ticket.status_changed', { note: ERASED }]);
    await redactEvents(tx, 'service', ids.return_id, ['return.stage_changed', { note: ERASED }]);
    await this.categorisation.forgetTickets(tx, ids.ticket_id);
    await this.facts.onErased(tx, customerIds);
  }

  private async idsOf(tx: EntityManager, table: 'tickets' | 'returns', customerIds: string[]): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(tx, `select id from service.${table} where customer_id = any($1::uuid[]) order by id`, [customerIds]);
    return rows.map((r) => r.id);
  }
}
