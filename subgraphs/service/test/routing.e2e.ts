import { ManualClock } from '@member-graph/common/time';
import { move, newCustomer, openTicket, outbox, pageCost, recordOrder, TICKET, useServiceStack } from './support';

const clock = new ManualClock('2026-03-02T02:00:00.000Z');
const h = useServiceStack('svcrouting', clock, ['customer', 'loyalty', 'service']);

const COMPLAINT_CATEGORIES = ['LOGISTICS_DELAY', 'PRODUCT_QUALITY', 'SIZE_FIT', 'WRONG_ITEM', 'REFUND', 'SERVICE_ATTITUDE', 'OTHER'];
const SET_SKILLS = `mutation($i: SetAgentSkillsInput!) { setAgentSkills(input: $i) { agentId displayName categories languages vip capacity online load } }`;
const SET_STATUS = `mutation($i: SetAgentStatusInput!) { setAgentStatus(input: $i) { agentId online load } }`;
const DIRECTORY = `query($first: Int, $after: String, $filter: AgentFilter) {
  agents(first: $first, after: $after, filter: $filter) { nodes { agentId online capacity load vip categories languages } pageInfo { hasNextPage endCursor } totalCount }
}`;

/** Registers an agent (admin) and, unless `online: false`, brings them online with their own token. */
async function agent(agentId: string, skills: { categories: string[]; languages?: string[]; vip?: boolean; capacity: number }, online = true) {
  await h.ok(SET_SKILLS, { i: { agentId, languages: ['zh'], vip: false, ...skills } }, h.tokens.admin);
  if (online) await status(agentId, true);
}
const status = async (agentId: string, online: boolean) => (await h.ok(SET_STATUS, { i: { online } }, await h.stack.token('agent', agentId))).setAgentStatus;
const view = async (id: string) => (await h.ok(TICKET, { id }, h.tokens.agent)).ticket;
const loads = async () => Object.fromEntries((await h.ok(DIRECTORY, { first: 100 }, h.tokens.agent)).agents.nodes.map((a: any) => [a.agentId, a.load]));

describe('routing by skill', () => {
  test('new tickets go to the least-loaded online agent with the category and language (ties by agent id); full agents leave them queued until capacity frees', async () => {
    await agent('cons-b', { categories: ['CONSULTATION'], capacity: 2 });
    await agent('cons-a', { categories: ['CONSULTATION'], capacity: 2 });
    await agent('cons-en', { categories: ['CONSULTATION'], languages: ['en'], capacity: 2 });
    await agent('cons-off', { categories: ['CONSULTATION'], capacity: 9 }, false);
    const c = await newCustomer(h);
    const opened = [];
    for (let i = 0; i < 5; i++) opened.push(await openTicket(h, c.token, { subject: `咨询${i}`, body: '请问什么时候发货？' }));
    expect(opened.map((t) => t.assigneeId)).toEqual(['cons-a', 'cons-b', 'cons-a', 'cons-b', null]);
    expect(opened.map((t) => t.status)).toEqual(['ASSIGNED', 'ASSIGNED', 'ASSIGNED', 'ASSIGNED', 'NEW']);
    const english = await openTicket(h, c.token, { subject: 'Shipping', body: 'When will my parcel ship?' });
    expect(english).toMatchObject({ assigneeId: 'cons-en', status: 'ASSIGNED', language: 'en' });
    // the usual assignment trail: ASSIGNED history line (rule ROUTING), status ASSIGNED in progress and events
    const first = await view(opened[0].id);
    expect(first.history.filter((l: any) => l.kind === 'ASSIGNED')).toEqual([
      expect.objectContaining({ toValue: 'cons-a', rule: 'ROUTING', actorRole: 'system' }),
    ]);
    expect(first.progress.map((p: any) => p.status)).toEqual(['NEW', 'ASSIGNED']);
    expect((await outbox(h, 'ticket.status_changed', opened[0].id)).map((e) => e.payload.to)).toEqual(['ASSIGNED']);
    // resolving one of cons-a's tickets frees a place: the queued ticket goes to them in that transaction
    await move(h, opened[0].id, 'RESOLVED');
    expect(await view(opened[4].id)).toMatchObject({ assigneeId: 'cons-a', status: 'ASSIGNED' });
    expect(await loads()).toMatchObject({ 'cons-a': 2, 'cons-b': 2, 'cons-en': 1, 'cons-off': 0 });
    // a complaint is routed by its category: no consultation agent takes it
    const complaint = await openTicket(h, c.token, { type: 'COMPLAINT', subject: '快递太慢', body: '快递一周了还没到，物流也不更新' });
    expect(complaint.assigneeId).toBeNull();
  });

  test('a VIP customer goes to a VIP-skilled agent while one is online (waiting when they are full); others go by load; VIP offline re-routes to the rest', async () => {
    const order = async (amount: string) => {
      const c = await newCustomer(h);
      await recordOrder(h, c.id, [{ sku: 'VIP-SKU', quantity: 1, amount }], clock.now());
      return c;
    };
    const vip = await order('20000.00');
    const regular = await order('10.00');
    expect((await h.query(`select tier from service.customer_facts where customer_id = $1`, [vip.id]))[0].tier).toBe('DIAMOND');
    await agent('as-1', { categories: ['AFTER_SALES'], capacity: 5 });
    await agent('vip-1', { categories: ['AFTER_SALES'], vip: true, capacity: 2 });
    const ask = (c: { token: string }) => openTicket(h, c.token, { type: 'AFTER_SALES', subject: '售后', body: '商品需要维修' });
    expect((await ask(regular)).assigneeId).toBe('as-1');
    const v1 = await ask(vip);
    const v2 = await ask(vip);
    expect([v1.assigneeId, v2.assigneeId]).toEqual(['vip-1', 'vip-1']); // as-1 (load 1) is less loaded, but not VIP
    const v3 = await ask(vip);
    expect(v3).toMatchObject({ assigneeId: null, status: 'NEW' }); // the VIP agent is full: it waits for them
    expect((await ask(regular)).assigneeId).toBe('as-1');
    // the VIP agent goes offline: their tickets and the waiting VIP ticket go to the agent still online
    const off = await status('vip-1', false);
    expect(off).toMatchObject({ online: false, load: 0 });
    for (const t of [v1, v2, v3]) expect((await view(t.id)).assigneeId).toBe('as-1');
    const moved = await view(v1.id);
    expect(moved.history.filter((l: any) => l.kind === 'ASSIGNED').map((l: any) => [l.fromValue, l.toValue, l.rule])).toEqual([
      [null, 'vip-1', 'ROUTING'],
      ['vip-1', 'as-1', 'ROUTING'],
    ]);
    expect(moved.status).toBe('ASSIGNED');
  });

  test('capacity holds under concurrent opens; an agent coming online is filled from the queue; going offline re-routes or re-queues their tickets', async () => {
    // cx-1 comes online first and takes the complaint the first test left waiting (load 1)
    await agent('cx-1', { categories: COMPLAINT_CATEGORIES, capacity: 2 });
    await agent('cx-2', { categories: COMPLAINT_CATEGORIES, capacity: 2 });
    expect(await loads()).toMatchObject({ 'cx-1': 1, 'cx-2': 0 });
    const customers = await Promise.all(Array.from({ length: 6 }, (_, i) => newCustomer(h, `并发-${i}`)));
    const opened = await Promise.all(customers.map((c) => openTicket(h, c.token, { type: 'COMPLAINT', subject: '投诉', body: '快递一周了还没到，物流也不更新' })));
    const by = (id: string | null) => opened.filter((t) => t.assigneeId === id).length;
    expect([by('cx-1'), by('cx-2'), by(null)]).toEqual([1, 2, 3]);
    expect(await loads()).toMatchObject({ 'cx-1': 2, 'cx-2': 2 });
    // cx-3 comes online and takes the three queued complaints
    await agent('cx-3', { categories: COMPLAINT_CATEGORIES, capacity: 5 });
    expect((await loads())['cx-3']).toBe(3);
    const queued = await Promise.all(opened.filter((t) => t.assigneeId === null).map((t) => view(t.id)));
    expect(queued.map((t) => [t.assigneeId, t.status])).toEqual(Array(3).fill(['cx-3', 'ASSIGNED']));
    // cx-1 goes offline: both tickets go to cx-3 (room for 2)
    await status('cx-1', false);
    expect(await loads()).toMatchObject({ 'cx-1': 0, 'cx-2': 2, 'cx-3': 5 });
    // cx-2 goes offline: nobody has room, their tickets go back to the queue (agent removed, status kept)
    await status('cx-2', false);
    expect(await loads()).toMatchObject({ 'cx-2': 0, 'cx-3': 5 });
    const requeued = await Promise.all(opened.filter((t) => t.assigneeId === 'cx-2').map((t) => view(t.id)));
    expect(requeued.map((t) => [t.assigneeId, t.status])).toEqual([
      [null, 'ASSIGNED'],
      [null, 'ASSIGNED'],
    ]);
    expect(requeued[0].history.at(-1)).toMatchObject({ kind: 'ASSIGNED', fromValue: 'cx-2', toValue: null, rule: 'ROUTING' });
    // cx-2 back online: filled again from the queue
    await status('cx-2', true);
    expect(await loads()).toMatchObject({ 'cx-2': 2 });
  });
});

describe('agents: who manages what, and the directory', () => {
  test('admins set skills (validated, nothing changes on bad input); agents set only their own status', async () => {
    const bad = { agentId: 'bad-1', categories: ['NOPE'], languages: ['zh'], vip: false, capacity: 3 };
    expect(await h.codes(SET_SKILLS, { i: bad }, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(SET_SKILLS, { i: { ...bad, categories: ['REFUND'], capacity: 101 } }, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
    expect(await h.codes(SET_SKILLS, { i: { ...bad, categories: ['REFUND'] } }, h.tokens.agent)).toEqual(['FORBIDDEN']);
    expect(await h.query(`select 1 from service.agents where agent_id = 'bad-1'`)).toEqual([]);
    expect(await h.codes(SET_STATUS, { i: { online: true } }, await h.stack.token('agent', 'nobody'))).toEqual(['NOT_FOUND']);
    expect(await h.codes(SET_STATUS, { i: { online: false, agentId: 'cx-3' } }, h.tokens.agent)).toEqual(['FORBIDDEN']);
    expect(await h.codes(SET_STATUS, { i: { online: false } }, h.tokens.admin)).toEqual(['BAD_USER_INPUT']);
    const c = await newCustomer(h);
    expect(await h.codes(SET_STATUS, { i: { online: true } }, c.token)).toEqual(['FORBIDDEN']);
    expect((await h.ok(SET_STATUS, { i: { online: true, agentId: 'cons-off' } }, h.tokens.admin)).setAgentStatus).toMatchObject({ agentId: 'cons-off', online: true });
  });

  test('the directory: staff only, by agent id, paginated, with loads, in a constant number of statements', async () => {
    const c = await newCustomer(h);
    expect(await h.codes(DIRECTORY, { first: 5 }, c.token)).toEqual(['FORBIDDEN']);
    expect(await h.codes(DIRECTORY, { first: 5 }, h.tokens.marketer)).toEqual(['FORBIDDEN']);
    expect(await h.codes(DIRECTORY, { first: 0 }, h.tokens.agent)).toEqual(['BAD_USER_INPUT']);
    const page1 = (await h.ok(DIRECTORY, { first: 3 }, h.tokens.agent)).agents;
    expect(page1.nodes.map((a: any) => a.agentId)).toEqual(['as-1', 'cons-a', 'cons-b']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await h.ok(DIRECTORY, { first: 3, after: page1.pageInfo.endCursor }, h.tokens.admin)).agents;
    expect(page2.nodes.map((a: any) => a.agentId)).toEqual(['cons-en', 'cons-off', 'cx-1']);
    expect(page2.totalCount).toBe(9);
    const online = (await h.ok(DIRECTORY, { first: 100, filter: { online: false } }, h.tokens.agent)).agents.nodes.map((a: any) => a.agentId);
    expect(online).toEqual(['cx-1', 'vip-1']);
    expect(page1.nodes[0]).toMatchObject({ agentId: 'as-1', load: 5, capacity: 5, online: true, categories: ['AFTER_SALES'], languages: ['zh'] });
    const { statements } = h.stack.subgraphs.service;
    const read = async (first: number) => (await h.ok(DIRECTORY, { first }, h.tokens.agent)).agents.nodes;
    const eight = await pageCost(statements, read, 8);
    const two = await pageCost(statements, read, 2);
    expect(eight.page).toHaveLength(8);
    expect(two.page).toHaveLength(2);
    expect(eight.statements).toBe(two.statements);
  });
});
