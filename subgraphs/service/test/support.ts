import { randomUUID } from 'node:crypto';
import type { Clock } from '@member-graph/common/time';
import { dataOf, errorCodes, graphql, type GraphQLResponse } from '@member-graph/common/testing';
import { useTestStack, type Stack } from '../../../scripts/stack';

export type Tokens = Record<'system' | 'admin' | 'agent' | 'marketer', string>;

/** A test file's whole stack (customer, loyalty, service, gateway) on the given clock, with staff tokens and helpers. */
export function useServiceStack(label: string, clock: Clock) {
  const env = useTestStack(label, { clock });
  const h = { tokens: {} as Tokens } as {
    stack: Stack;
    /** The test database (for a second service process on it). */
    url: string;
    tokens: Tokens;
    gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
    ok<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
    codes(query: string, variables: Record<string, unknown>, token: string): Promise<unknown[]>;
    query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  };
  beforeAll(async () => {
    h.stack = env.stack;
    h.url = env.url;
    for (const role of ['system', 'admin', 'agent', 'marketer'] as const) h.tokens[role] = await env.stack.token(role, `${role}-1`);
    h.gql = (query, variables, token) => graphql(env.stack.gateway.url, query, variables, { token });
    h.ok = async (query, variables, token) => dataOf(await h.gql(query, variables, token));
    h.codes = async (query, variables, token) => errorCodes(await h.gql(query, variables, token));
    h.query = (sql, params = []) => env.stack.subgraphs.service.dataSource.query(sql, params);
  });
  return h;
}

export type ServiceHarness = ReturnType<typeof useServiceStack>;

/** Creates a customer through the gateway (role system); returns the id and a customer token. */
export async function newCustomer(h: ServiceHarness, name = '测试会员'): Promise<{ id: string; token: string }> {
  const data = await h.ok(
    `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
    { i: { identity: { type: 'APP_USER_ID', value: `app-${randomUUID()}` }, channel: 'APP', profile: { name } } },
    h.tokens.system,
  );
  const id = data.resolveCustomer.customer.id as string;
  return { id, token: await h.stack.token('customer', id) };
}

/** Records a paid order through recordOrder (role system) and lets every subgraph learn of it; returns the order id. */
export async function recordOrder(
  h: ServiceHarness,
  customerId: string,
  lines: { sku: string; quantity: number; amount: string }[],
  paidAt: Date,
): Promise<string> {
  const data = await h.ok(
    `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`,
    { i: { externalNo: `ext-${randomUUID()}`, customerId, channel: 'APP', paidAt: paidAt.toISOString(), lines: lines.map((l) => ({ ...l, category: 'apparel' })) } },
    h.tokens.system,
  );
  await h.stack.settle();
  return data.recordOrder.id as string;
}

export const TICKET_FIELDS = /* GraphQL */ `
  id type channel status priority subject orderId category categoryConfidence categorySource assigneeId skillGroup
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

/** Waits (up to 10 s) until `check` holds: for what another connection or process does after a commit. */
export async function eventually(check: () => boolean, what: string): Promise<void> {
  for (const until = Date.now() + 10_000; !check(); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
  }
}
