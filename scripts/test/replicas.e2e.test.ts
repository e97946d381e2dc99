/**
 * Issue 12, proved on one machine: two gateways and two replicas of every subgraph, each its own
 * process (the launcher's `startServer`), behind local TCP balancers, each subgraph on its own
 * database, events on NATS JetStream. The member home answers through either gateway; an order taken
 * by one gateway shows its points through the other; a customer's return progress survives the crash
 * of the gateway it was connected to and of the service replica serving it, with nothing lost and
 * nothing doubled; a scheduled job runs once per period across the replicas.
 */
import { SUBGRAPH_NAMES } from '@member-graph/common/config';
import { ACTOR_HEADER, encodeActor, SECRET_HEADER } from '@member-graph/common/auth';
import { withClient } from '@member-graph/common/db';
import { dataOf, describeWithNats, errorCodes, graphql, natsTestBus } from '@member-graph/common/testing';
import type { ServerProcess } from '../launcher/servers';
import { eventually, newCustomer, recordOrder } from '../stack/fixtures';
import { GATEWAY_SECRET, startReplicatedSystem, type ReplicatedSystem } from '../stack/replicas';
import { resumingSubscription } from '../stack/resuming-subscription';

jest.setTimeout(240_000);

/** The member home: customer, loyalty, service and marketing fields in one request. */
const HOME = `{ me { id name tags { name } orders(first: 3) { totalCount } loyalty { tier { code } points { balance } }
  returns(first: 5) { nodes { id } } coupons { id } personalisationEnabled } }`;
const PROGRESS = `subscription($id: ID!, $after: Int!) { returnProgress(returnId: $id, afterSeq: $after) { seq stage } }`;
const SLA_JOB = 'service.sla-breaches';

describeWithNats('two gateways and two replicas of every subgraph behind load balancers, on NATS', (natsUrl) => {
  const nats = natsTestBus(natsUrl);
  let sys: ReplicatedSystem;
  let system: string;
  let agent: string;
  // a short job period, so several periods pass during the test
  beforeAll(async () => {
    sys = await startReplicatedSystem({ label: 'replicas', bus: nats.bus, env: { SERVICE_SLA_EVERY_MS: '300' } });
    system = await sys.token('system', 'feed');
    agent = await sys.token('agent', 'agent-1');
  });
  afterAll(async () => {
    await sys?.stop();
    await nats.drop();
  });

  const at = (url: string) => ({
    tokens: { system } as never,
    ok: async (query: string, variables: Record<string, unknown>, token: string) => dataOf(await graphql(url, query, variables, { token })),
  });
  const metric = async (server: ServerProcess, name: string) => {
    const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    return Number(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  };
  const sql = (url: string, query: string) => withClient(url, async (c) => (await c.query(query)).rows);

  test('each subgraph runs on its own database holding only its own schema and the bus schema', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const schemas = await sql(sys.databases[name], `select nspname from pg_namespace where nspname in ('bus', 'customer', 'loyalty', 'service', 'marketing') order by 1`);
      expect(schemas.map((r) => r.nspname)).toEqual(['bus', name]);
    }
    expect(new Set(Object.values(sys.databases)).size).toBe(4);
  });

  test('the member home answers through either gateway; an order taken by one shows its points through the other', async () => {
    const [a, b] = sys.gateways;
    const customerId = await newCustomer(at(sys.entry.url()), { value: 'replicas-home', name: '双活' });
    await recordOrder(at(a.url), customerId, { lines: [{ sku: 'R-1', amount: '388.00' }] });
    const me = await sys.token('customer', customerId);
    const home = async (url: string) => dataOf(await graphql(url, HOME, {}, { token: me })).me;
    await eventually(async () => (await home(b.url)).loyalty?.points.balance === 388, 'the points reach loyalty through NATS and show through gateway B');
    const throughB = await home(b.url);
    expect(throughB).toMatchObject({ id: customerId, name: '双活', orders: { totalCount: 1 }, returns: { nodes: [] }, coupons: [], personalisationEnabled: true });
    expect(await home(a.url)).toEqual(throughB);
    expect(await home(sys.entry.url())).toEqual(throughB);
  });

  test("a customer's return progress survives the crash of its gateway and of the service replica serving it: nothing lost, nothing doubled", async () => {
    const customerId = await newCustomer(at(sys.entry.url()), { value: 'replicas-return' });
    const orderId = await recordOrder(at(sys.entry.url()), customerId, { lines: [{ sku: 'COAT-9', amount: '599.00' }] });
    const token = await sys.token('customer', customerId);
    // the service replicas learn the order from its event (over NATS): until then openReturn answers NOT_FOUND and writes nothing
    const openReturn = { id: '', stage: '' };
    await eventually(async () => {
      const opened = await graphql(sys.entry.url(), `mutation($i: OpenReturnInput!) { openReturn(input: $i) { id stage } }`, {
        i: { orderId, lines: [{ sku: 'COAT-9', quantity: 1 }], reason: '尺码不合适', photoUrls: ['https://img.example.com/r/9.jpg'] },
      }, { token });
      if (errorCodes(opened).includes('NOT_FOUND')) return false;
      Object.assign(openReturn, dataOf(opened).openReturn);
      return true;
    }, 'the service replicas know the order');
    const stream = resumingSubscription<{ seq: number; stage: string }>({
      wsUrl: sys.entry.url().replace('http', 'ws'),
      token,
      query: PROGRESS,
      variables: (after) => ({ id: openReturn.id, after }),
      field: 'returnProgress',
    });
    try {
      const advance = async (to: string, extra: Record<string, unknown> = {}) => {
        const r = await graphql(sys.entry.url(), `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id stage } }`, { i: { returnId: openReturn.id, to, note: to, ...extra } }, { token: agent });
        if (r.errors?.length) throw new Error(`advanceReturn to ${to}: ${JSON.stringify(r.errors)}; the stream so far: ${JSON.stringify(stream.events)}`);
      };
      await eventually(() => stream.events.length === 1, 'the first stage arrives');

      // the gateway holding the customer's socket crashes; the client comes back through the balancer
      const gateway = await holder(sys.gateways);
      await sys.kill(gateway);
      const approved = await graphql(sys.entry.url(), `mutation($i: ReturnDecisionInput!) { approveReturn(input: $i) { id } }`, { i: { returnId: openReturn.id, note: 'ok' } }, { token: agent });
      expect(errorCodes(approved)).toEqual([]);
      await eventually(() => stream.events.length === 2, 'the approval arrives on the resumed stream');
      expect(stream.resumes).toBe(1);

      // the service replica serving the upstream subscription crashes mid-stream
      const service = await holder(sys.replicas.service);
      await sys.kill(service);
      await advance('SHIPPED_BACK', { courier: 'SF', trackingNo: 'SF999' });
      await eventually(() => stream.events.length === 3, 'the shipment arrives after the service replica crashed');
      expect(stream.interruptions).toEqual(['SUBSCRIPTION_INTERRUPTED']);
      await advance('COURIER_PICKED_UP');
      await eventually(() => stream.events.length === 4, 'live events follow on the surviving replicas');

      const seqs = stream.events.map((e) => e.seq);
      expect(seqs).toEqual([1, 2, 3, 4]);
      expect(stream.events.map((e) => e.stage)).toEqual([openReturn.stage, 'APPROVED', 'SHIPPED_BACK', 'COURIER_PICKED_UP']);
      expect(stream.resumes).toBe(2);
    } finally {
      await stream.close();
    }
  });

  test('the SLA job runs once per period across the service replicas, and on the survivor once one is gone', async () => {
    const alive = sys.replicas.service.filter((s) => s.child.exitCode === null && s.child.signalCode === null);
    expect(alive).toHaveLength(1);
    const runsSince = async (from: number) =>
      (await sql(sys.databases.service, `select period::bigint::float8 as period, runner from service.job_runs where job = '${SLA_JOB}' order by period`)).filter((r) => r.period > from);
    const before = await runsSince(0);
    const last = before.length ? before[before.length - 1].period : 0;
    await eventually(async () => (await runsSince(last)).length >= 3, 'three more periods run');
    const after = await runsSince(last);
    expect(after.every((r) => r.runner.endsWith(`:${alive[0].child.pid}`))).toBe(true);
    const all = await runsSince(0);
    expect(new Set(all.map((r) => r.period)).size).toBe(all.length);
    const pids = sys.replicas.service.map((s) => `:${s.child.pid}`);
    expect(all.every((r) => pids.some((p) => r.runner.endsWith(p)))).toBe(true);
  });

  test('an admin changes the loyalty programme through the gateway; both loyalty replicas use it without a restart (the NATS doorbell)', async () => {
    const admin = await sys.token('admin', 'admin-1');
    const entry = at(sys.entry.url());
    const TIERS = `code nameZh nameEn threshold benefits { pointsMultiplier birthdayGiftPoints birthdayMultiplier freeReturnShipping servicePriority birthdayCouponTemplateId }`;
    const { loyaltyProgramme: v } = await entry.ok(`{ loyaltyProgramme { version programme { tiers { ${TIERS} } badges { code nameZh nameEn metric threshold } earning { pointsPerYuan growthPerYuan } } } }`, {}, admin);
    expect(v.version).toBe(1); // seeded once, although two replicas started together
    v.programme.tiers[1].threshold = 800;
    const saved = await entry.ok(`mutation($i: UpdateLoyaltyProgrammeInput!) { updateLoyaltyProgramme(input: $i) { version } }`, { i: { ...v.programme, reason: 'replicas', expectedVersion: 1 } }, admin);
    expect(saved.updateLoyaltyProgramme.version).toBe(2);
    // each replica asked directly (as the gateway does): its loyaltyTiers answer from memory, refreshed by the ring
    const headers = { [SECRET_HEADER]: GATEWAY_SECRET, [ACTOR_HEADER]: encodeActor({ id: 'admin-1', role: 'admin', scopes: [] }) };
    const silverOn = async (replica: ServerProcess) => dataOf(await graphql(replica.url, `{ loyaltyTiers { code threshold } }`, {}, { headers })).loyaltyTiers[1].threshold;
    expect(sys.replicas.loyalty).toHaveLength(2);
    await eventually(async () => (await Promise.all(sys.replicas.loyalty.map(silverOn))).every((t) => t === 800), 'both loyalty replicas serve the new SILVER threshold');
  });

  /** The one process of `servers` holding the live subscription (its own metrics say so). */
  async function holder(servers: ServerProcess[]): Promise<ServerProcess> {
    let found: ServerProcess[] = [];
    await eventually(async () => {
      const live = await Promise.all(servers.map(async (s) => (s.child.exitCode === null && s.child.signalCode === null ? metric(s, 'graphql_active_subscriptions') : 0)));
      found = servers.filter((_, i) => live[i] === 1);
      return found.length === 1 && live.reduce((x, y) => x + y, 0) === 1;
    }, 'one process holds the subscription');
    return found[0];
  }
});
