import { performance } from 'node:perf_hooks';
import type { BenchStack } from './bench-stack';
import { cpuMeter } from './cpu';
import { bearer, gql, percentile } from './gql';
import { orderInput } from './seed';
import { connect } from './subscriptions';

const ORDER = `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`;
const RESOLVE = `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`;
const POINTS_CHANGED = `subscription { pointsChanged { seq balance } }`;

/** recordOrder at one concurrency: orders/s accepted, and the lag until a probe order's points show on the member home. */
export interface WriteFigures {
  concurrency: number;
  orders: number;
  seconds: number;
  ordersPerSec: number;
  errors: number;
  gatewayCpuMsPerOrder: number;
  lagMs: number[];
  lagP50: number;
  lagP99: number;
  lagMissing: number;
}

/**
 * For each concurrency: `seconds` of recordOrder by that many clients (on the seeded customers), while
 * a probe every 250 ms records an order for a fresh customer and watches its points (`pointsChanged`) until they show.
 */
export async function benchWrites(stack: BenchStack, customers: string[], o: { seconds: number; levels: number[] }, log: (l: string) => void): Promise<WriteFigures[]> {
  const system = bearer(await stack.token('system', 'bench-writes'));
  const out: WriteFigures[] = [];
  for (const concurrency of o.levels) {
    const meter = cpuMeter({ gateway: [stack.gateway.child.pid!] });
    let orders = 0;
    let errors = 0;
    const end = performance.now() + o.seconds * 1000;
    const client = async (c: number) => {
      for (let n = 0; performance.now() < end; n++) {
        const id = customers[(c * 7 + n) % customers.length];
        await gql(stack.gateway.url, ORDER, { i: orderInput(id, `w${concurrency}-${c}-${n}-${Date.now()}`) }, system).then(() => orders++, () => errors++);
      }
    };
    const started = performance.now();
    const lags = probeLags(stack, system, end, `c${concurrency}`);
    await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
    const seconds = (performance.now() - started) / 1000;
    const gatewayCpu = meter.delta().gateway;
    const { lagMs, missing } = await lags;
    out.push({ concurrency, orders, seconds, ordersPerSec: orders / seconds, errors, gatewayCpuMsPerOrder: gatewayCpu / orders, lagMs, lagP50: percentile(lagMs, 50), lagP99: percentile(lagMs, 99), lagMissing: missing });
    log(`  recordOrder × ${concurrency}: ${(orders / seconds).toFixed(0)} orders/s, points lag p50 ${percentile(lagMs, 50).toFixed(0)} ms p99 ${percentile(lagMs, 99).toFixed(0)} ms`);
  }
  return out;
}

/** Until `end`: every 250 ms a fresh customer's order, watched until its points show (30 s at most). */
async function probeLags(stack: BenchStack, system: Record<string, string>, end: number, label: string) {
  const probes: Promise<number | null>[] = [];
  for (let n = 0; performance.now() < end; n++) {
    probes.push(probe(stack, system, `${label}-${n}-${Date.now()}`).catch(() => null)); // refused under load: counted as never
    await new Promise((r) => setTimeout(r, 250));
  }
  const results = await Promise.all(probes);
  return { lagMs: results.filter((x): x is number => x !== null), missing: results.filter((x) => x === null).length };
}

/**
 * One probe: a fresh customer watches their points live (`pointsChanged`, which replays the ledger first, so
 * nothing is missed however late the subscription starts upstream), records an order, and waits for the first
 * line with a balance: the lag from the order's answer to the points reaching the member (30 s at most).
 * Watching instead of polling keeps the probe's own load out of the throughput it measures.
 */
async function probe(stack: BenchStack, system: Record<string, string>, key: string): Promise<number | null> {
  const input = { identity: { type: 'APP_USER_ID', value: `probe-${key}` }, channel: 'APP', profile: { name: '探针' } };
  const id = (await gql(stack.gateway.url, RESOLVE, { i: input }, system)).resolveCustomer.customer.id as string;
  const client = await connect(stack.gateway.url.replace(/^http/, 'ws'), await stack.token('customer', id), () => undefined);
  try {
    let answered = Number.POSITIVE_INFINITY;
    const arrived = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 30_000);
      client.subscribe<{ pointsChanged: { balance: number } }>(
        { query: POINTS_CHANGED },
        {
          next: ({ data }) => {
            if ((data?.pointsChanged.balance ?? 0) > 0) (clearTimeout(timer), resolve(performance.now()));
          },
          error: () => (clearTimeout(timer), resolve(null)),
          complete: () => undefined,
        },
      );
    });
    await gql(stack.gateway.url, ORDER, { i: orderInput(id, `probe-${key}`, '1288.00') }, system);
    answered = performance.now();
    const at = await arrived;
    return at === null ? null : Math.max(0, at - answered);
  } finally {
    await client.dispose();
  }
}
