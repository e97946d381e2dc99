import { performance } from 'node:perf_hooks';
import type { Client } from 'graphql-ws';
import type { BenchStack } from './bench-stack';
import { cpuMeter, rssMb } from './cpu';
import { bearer, gql, inParallel, percentile } from './gql';
import type { Seeded } from './seed';
import { connect, type SubscriptionFigures } from './subscriptions';

const PROGRESS = `subscription($id: ID!) { returnProgress(returnId: $id) { seq stage at return { id customer { name loyalty { tier { code } } } } } }`;
const APPROVE = `mutation($i: ReturnDecisionInput!) { approveReturn(input: $i) { id } }`;
const ADVANCE = `mutation($i: AdvanceReturnInput!) { advanceReturn(input: $i) { id } }`;
/** The moves staff make on a requested return, one progress event each. */
const MOVES: ((returnId: string) => [string, Record<string, unknown>])[] = [
  (returnId) => [APPROVE, { i: { returnId } }],
  (returnId) => [ADVANCE, { i: { returnId, to: 'SHIPPED_BACK', courier: 'SF', trackingNo: `SF${returnId.slice(0, 8)}` } }],
  (returnId) => [ADVANCE, { i: { returnId, to: 'COURIER_PICKED_UP' } }],
  (returnId) => [ADVANCE, { i: { returnId, to: 'RECEIVED' } }],
  (returnId) => [ADVANCE, { i: { returnId, to: 'QUALITY_CHECK' } }],
];

/**
 * Each seeded customer with a return watches it (`returnProgress`, own connection, as the customer)
 * while staff move every return through its stages at `rate` moves per second in total. Per
 * subscriber: the distinct seqs delivered against the moves that succeeded on its return, duplicates,
 * and the latency from the event's `at`.
 */
export async function benchReturnProgress(stack: BenchStack, seeded: Seeded, o: { rate: number }): Promise<SubscriptionFigures> {
  const wsUrl = stack.gateway.url.replace(/^http/, 'ws');
  const watched = seeded.returns.map((id, i) => ({ id, customer: seeded.customers[i] })).filter((x): x is { id: string; customer: string } => !!x.id);
  const seen = new Map<string, Set<number>>();
  const latencies: number[] = [];
  let duplicates = 0;
  let failures = 0;
  const clients: Client[] = [];
  const since = Date.now(); // a subscription may first answer with the return's current stage: older events are not this run's
  await inParallel(watched.length, 50, async (i) => {
    const { id, customer } = watched[i];
    const seqs = new Set<number>();
    seen.set(id, seqs);
    const client = await connect(wsUrl, await stack.token('customer', customer), () => failures++);
    clients.push(client);
    client.subscribe<{ returnProgress: { seq: number; at: string } }>({ query: PROGRESS, variables: { id } }, {
      next: ({ data }) => {
        const event = data?.returnProgress;
        if (!event || Date.parse(event.at) < since) return;
        if (seqs.has(event.seq)) duplicates++;
        else (seqs.add(event.seq), latencies.push(Date.now() - Date.parse(event.at)));
      },
      error: () => {},
      complete: () => {},
    });
  });
  await new Promise((r) => setTimeout(r, 2000)); // the upstream subscriptions start
  const meter = cpuMeter({ gateway: [stack.gateway.child.pid!] });
  const rss = rssMb(stack.gateway.child.pid);
  const moved = await driveReturns(stack, watched.map((w) => w.id), o.rate);
  await new Promise((r) => setTimeout(r, 5000)); // deliveries still in flight
  const cpu = meter.delta().gateway;
  const connectFailures = failures;
  const delivered = [...seen.values()].reduce((n, s) => n + s.size, 0);
  await Promise.all(clients.map((c) => c.dispose()));
  const expected = [...moved.values()].reduce((a, b) => a + b, 0);
  return {
    topic: 'returnProgress',
    subscribers: watched.length,
    events: expected,
    expected,
    delivered: Math.min(delivered, expected),
    duplicates,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    gatewayCpuUsPerDelivery: (cpu * 1000) / Math.max(1, delivered),
    gatewayRssMb: Math.max(rss, rssMb(stack.gateway.child.pid)),
    connectFailures,
  };
}

/**
 * Round by round, each return's next move, paced at `rate` moves/s. A move that fails (an auto-approved
 * return cannot be approved again) is skipped; returns the successful moves (events) per return.
 */
async function driveReturns(stack: BenchStack, returnIds: string[], rate: number): Promise<Map<string, number>> {
  const admin = bearer(await stack.token('admin', 'bench-returns'));
  const moved = new Map(returnIds.map((id) => [id, 0]));
  const pending: Promise<void>[] = [];
  for (const move of MOVES) {
    for (const id of returnIds) {
      const next = performance.now() + 1000 / rate;
      const [query, variables] = move(id);
      pending.push(gql(stack.gateway.url, query, variables, admin).then(() => void moved.set(id, moved.get(id)! + 1), () => {}));
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    await Promise.all(pending.splice(0));
  }
  return moved;
}
