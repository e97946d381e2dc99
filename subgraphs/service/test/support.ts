import type { Clock } from '@member-graph/common/time';
import * as fixtures from '../../../scripts/stack/fixtures';
import { useTestStack, type StackSubgraph, type TestStack } from '../../../scripts/stack';

export { eventually, pageCost } from '../../../scripts/stack/fixtures';
export type { Tokens } from '../../../scripts/stack';

/**
 * A service test file's stack (customer + service + gateway; loyalty too where the file needs tiers)
 * on the given clock, with staff tokens, gateway helpers and `query` on the service data source.
 */
export function useServiceStack(label: string, clock: Clock, subgraphs: StackSubgraph[] = ['customer', 'service']) {
  const h = useTestStack(label, { clock, subgraphs }) as ServiceHarness;
  h.query = (sql, params = []) => h.stack.subgraphs.service.dataSource.query(sql, params);
  return h;
}

export interface ServiceHarness extends TestStack {
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Creates a customer through the gateway (role system); returns the id and a customer token. */
export async function newCustomer(h: ServiceHarness, name = '测试会员'): Promise<{ id: string; token: string }> {
  const id = await fixtures.newCustomer(h, { name });
  return { id, token: await h.stack.token('customer', id) };
}

/**
 * Records a paid order through recordOrder (role system) and lets every subgraph learn of it (unless
 * `settle: false`, for a seeding loop that settles once after); returns the order id.
 */
export async function recordOrder(
  h: ServiceHarness,
  customerId: string,
  lines: { sku: string; quantity: number; amount: string }[],
  paidAt: Date,
  options: { settle?: boolean } = {},
): Promise<string> {
  const id = await fixtures.recordOrder(h, customerId, { lines: lines.map((l) => ({ ...l, category: 'apparel' })), paidAt });
  if (options.settle ?? true) await h.stack.settle();
  return id;
}

export const TICKET_FIELDS = /* GraphQL */ `
  id type channel status priority subject orderId sku language careClusterId category categoryConfidence categorySource assigneeId skillGroup
  managerFollowUp escalationRules reopenedCount createdAt resolvedAt closedAt
  sla { firstResponseDueAt resolutionDueAt firstRespondedAt paused firstResponseBreached resolutionBreached tier }
  customer { id }
  messages { author channel body }
  progress { seq status note }
  history { kind fromValue toValue rule note actorRole }
`;

export const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { ${TICKET_FIELDS} } }`;
export const CHANGE_STATUS = `mutation($i: ChangeTicketStatusInput!) { changeTicketStatus(input: $i) { ${TICKET_FIELDS} } }`;
export const ASSIGN = `mutation($i: AssignTicketInput!) { assignTicket(input: $i) { ${TICKET_FIELDS} } }`;
export const TICKET = `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} survey { id answeredAt } } }`;
export const POST_MESSAGE = `mutation($i: PostTicketMessageInput!) { postTicketMessage(input: $i) { openedTicket ticket { id status channel } message { author channel body } } }`;

/** Opens a ticket as `token`; returns the ticket. */
export async function openTicket(h: ServiceHarness, token: string, input: Record<string, unknown>) {
  return (await h.ok(OPEN_TICKET, { i: { channel: 'APP', subject: '咨询', body: '请问发货时间？', type: 'CONSULTATION', ...input } }, token)).openTicket;
}

/** Moves a ticket as `token` (default: agent); returns the ticket. */
export async function move(h: ServiceHarness, ticketId: string, to: string, token = h.tokens.agent, note?: string) {
  return (await h.ok(CHANGE_STATUS, { i: { ticketId, to, note } }, token)).changeTicketStatus;
}

/** Events of a type in the service outbox (written in the same transaction as the change), oldest first. */
export async function outbox(h: ServiceHarness, type: string, aggregateId?: string): Promise<{ aggregate_id: string; payload: any }[]> {
  return h.query(`select aggregate_id, payload from service.outbox where type = $1 and ($2::text is null or aggregate_id = $2) order by id`, [type, aggregateId ?? null]);
}

export const HOUR = 3_600_000;
