import { parse, subscribe, type ExecutionResult } from 'graphql';
import { type Actor } from '@member-graph/common/auth';
import { DomainError } from '@member-graph/common/errors';
import { within } from '@member-graph/common/testing';
import { ManualClock } from '@member-graph/common/time';
import { createContextFactory } from '../src/context';
import { subscribeReturnProgress, subscribeTicketProgress, subscribeTicketQueue } from '../src/progress/progress.resolver';
import { serviceResolvers } from '../src/resolvers';
import { buildServiceSchema } from '../src/schema';
import { ASSIGN, move, newCustomer, openTicket, recordOrder, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcprogress', clock);

const services = () => h.stack.subgraphs.service.services;
const context = (actor: Actor) => createContextFactory(services().deps.dataSource)(actor);
const customerActor = (id: string): Actor => ({ id, role: 'customer', scopes: [] });
const agent: Actor = { id: 'agent-1', role: 'agent', scopes: [] };
/** What type-graphql hands a `subscribe` function. */
const data = (d: () => { args: Record<string, unknown>; context: unknown }) => ({ source: undefined, info: undefined, ...d() }) as any;

/** The next item of a stream, or a failure after `ms`. */
async function next<T>(it: AsyncIterator<T>, ms = 30_000): Promise<T> {
  const r = await within(it.next(), ms, 'an event');
  if (r.done) throw new Error('the stream ended');
  return r.value;
}

async function returnOf(token: string, customerId: string) {
  const orderId = await recordOrder(h, customerId, [{ sku: 'BAG', quantity: 1, amount: '99.00' }], clock.now());
  return (await h.ok(`mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage } }`, { i: { orderId, lines: [{ sku: 'BAG', quantity: 1 }], reason: '有划痕' } }, token)).openReturn;
}
const advance = (returnId: string, to: string, token = h.tokens.agent, extra: Record<string, unknown> = {}) =>
  h.ok(`mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id } }`, { i: { returnId, to, ...extra } }, token);

test('returnProgress replays after afterSeq, then follows live changes without gap or duplicate', async () => {
  const c = await newCustomer(h);
  const r = await returnOf(c.token, c.id); // seq 1 REQUESTED, seq 2 APPROVED
  await advance(r.id, 'SHIPPED_BACK', c.token, { trackingNo: 'SF1' }); // seq 3
  const stream = await subscribeReturnProgress(services(), data(() => ({ args: { returnId: r.id, afterSeq: 1 }, context: context(customerActor(c.id)) })));
  try {
    expect(await next(stream)).toMatchObject({ returnId: r.id, seq: 2, stage: 'APPROVED' });
    expect(await next(stream)).toMatchObject({ seq: 3, stage: 'SHIPPED_BACK' });
    await advance(r.id, 'COURIER_PICKED_UP', h.tokens.system);
    await advance(r.id, 'RECEIVED', h.tokens.system);
    expect(await next(stream)).toMatchObject({ seq: 4, stage: 'COURIER_PICKED_UP' });
    expect(await next(stream)).toMatchObject({ seq: 5, stage: 'RECEIVED' });
    await advance(r.id, 'QUALITY_CHECK');
    expect(await next(stream)).toMatchObject({ seq: 6, stage: 'QUALITY_CHECK' });
  } finally {
    await stream.return?.();
  }
});

test("subscribing to someone else's return or ticket is NOT_FOUND before any stream opens; the queue is for agents only", async () => {
  const a = await newCustomer(h);
  const b = await newCustomer(h);
  const r = await returnOf(a.token, a.id);
  const t = await openTicket(h, a.token, { type: 'CONSULTATION' });
  const notFound = expect.objectContaining({ code: 'NOT_FOUND' });
  await expect(subscribeReturnProgress(services(), data(() => ({ args: { returnId: r.id }, context: context(customerActor(b.id)) })))).rejects.toEqual(notFound);
  await expect(subscribeTicketProgress(services(), data(() => ({ args: { ticketId: t.id }, context: context(customerActor(b.id)) })))).rejects.toEqual(notFound);
  await expect(subscribeTicketQueue(services(), data(() => ({ args: {}, context: context(customerActor(a.id)) })))).rejects.toBeInstanceOf(DomainError);
  await expect(subscribeTicketQueue(services(), data(() => ({ args: {}, context: context({ id: 'm', role: 'marketer', scopes: [] }) })))).rejects.toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
  await expect(subscribeTicketProgress(services(), data(() => ({ args: { ticketId: t.id, afterSeq: -1 }, context: context(agent) })))).rejects.toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
});

test('ticketQueue streams new and escalated tickets to agents from now on (or after afterSeq)', async () => {
  const stream = await subscribeTicketQueue(services(), data(() => ({ args: {}, context: context(agent) })));
  try {
    const c = await newCustomer(h);
    const orderId = await recordOrder(h, c.id, [{ sku: 'TV', quantity: 1, amount: '3999.00' }], clock.now());
    const t = await openTicket(h, c.token, { type: 'COMPLAINT', orderId, subject: '电视坏了', body: '屏幕有坏点' });
    const first = await next(stream);
    const second = await next(stream);
    expect([first.kind, first.ticketId, second.kind, second.ticketId]).toEqual(['NEW', t.id, 'ESCALATED', t.id]);
    expect(second.seq).toBe(first.seq + 1);
    const replay = await subscribeTicketQueue(services(), data(() => ({ args: { afterSeq: first.seq }, context: context(agent) })));
    expect(await next(replay)).toMatchObject({ seq: second.seq, kind: 'ESCALATED' });
    await replay.return?.();
  } finally {
    await stream.return?.();
  }
});

test('through the subgraph schema, each event carries the entity as it is now (fresh loaders per event)', async () => {
  const { schema } = await buildServiceSchema(serviceResolvers(services()));
  const c = await newCustomer(h);
  const t = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '衣服破了', body: '收到的衣服有个洞' });
  const result = (await subscribe({
    schema,
    document: parse(`subscription($id: ID!) { ticketProgress(ticketId: $id, afterSeq: 0) { seq status note ticket { id status assigneeId customer { id } } } }`),
    variableValues: { id: t.id },
    contextValue: context(customerActor(c.id)),
  })) as AsyncGenerator<ExecutionResult>;
  try {
    const replayed = await next(result);
    expect(replayed.data?.ticketProgress).toMatchObject({ seq: 1, status: 'NEW', ticket: { id: t.id, status: 'NEW', customer: { id: c.id } } });
    await h.ok(ASSIGN, { i: { ticketId: t.id, agentId: 'agent-9' } }, h.tokens.agent);
    const assigned = await next(result);
    expect(assigned.data?.ticketProgress).toMatchObject({ seq: 2, status: 'ASSIGNED', ticket: { status: 'ASSIGNED', assigneeId: 'agent-9' } });
    await move(h, t.id, 'IN_PROGRESS', h.tokens.agent, '处理中');
    const working = await next(result);
    expect(working.data?.ticketProgress).toMatchObject({ seq: 3, status: 'IN_PROGRESS', note: '处理中', ticket: { status: 'IN_PROGRESS' } });
  } finally {
    await result.return?.(undefined);
  }
  const denied = (await subscribe({
    schema,
    document: parse(`subscription($id: ID!) { ticketProgress(ticketId: $id) { seq } }`),
    variableValues: { id: t.id },
    contextValue: context(customerActor((await newCustomer(h)).id)),
  })) as ExecutionResult;
  expect(denied.errors?.map((e) => (e.originalError as DomainError).code)).toEqual(['NOT_FOUND']);
});
