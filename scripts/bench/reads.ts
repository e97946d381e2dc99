import autocannon from 'autocannon';
import type { BenchStack } from './bench-stack';
import { cpuMeter, postgresBackends } from './cpu';
import { bearer, gql, metricSum, percentile } from './gql';
import type { Seeded } from './seed';

export const MEMBER_HOME = `{ me { id name tags { name } orders(first: 5) { totalCount nodes { id amount paidAt } }
  loyalty { tier { code nameZh } points { balance expiringSoon } badges { code } }
  tickets(first: 5) { nodes { id status subject } } returns(first: 5) { nodes { id stage } } coupons { id status } } }`;
export const STAFF_PAGE = `{ customers(first: 50) { nodes { id name phone tags { name } orders(first: 3) { totalCount }
  loyalty { tier { code } points { balance } } tickets(first: 3) { nodes { id status } } coupons { id } } } }`;
export const FLOOR = `{ me { id name registrationChannel } }`;

export const GATEWAYS = ['ours', 'apollo', 'hive'] as const;
export type GatewayName = (typeof GATEWAYS)[number];

/** One workload: its query and, per request, the user it runs as (role, subject). */
interface Workload {
  name: string;
  query: string;
  user: (n: number) => { role: 'customer' | 'admin'; sub: string };
}

/** A workload on one gateway, summed over its interleaved repeats. */
export interface ReadFigures {
  workload: string;
  gateway: GatewayName;
  requests: number;
  seconds: number;
  errors: number;
  p50: number[];
  p99: number[];
  cpuMs: Record<string, number>;
  sql: number;
}

export function workloads(seeded: Seeded): Workload[] {
  const customer = (n: number) => ({ role: 'customer' as const, sub: seeded.customers[n % seeded.customers.length] });
  return [
    { name: 'member home (customer)', query: MEMBER_HOME, user: customer },
    { name: 'staff page of 50', query: STAFF_PAGE, user: () => ({ role: 'admin', sub: 'bench-admin' }) },
    { name: 'floor: me (one subgraph)', query: FLOOR, user: customer },
  ];
}

/** Per gateway: its URL, its pid and the headers of user n (a token for ours, the actor header for a peer). */
async function targets(stack: BenchStack, w: Workload, users: number) {
  const headers: Record<GatewayName, Record<string, string>[]> = { ours: [], apollo: [], hive: [] };
  for (let n = 0; n < users; n++) {
    const { role, sub } = w.user(n);
    headers.ours.push(bearer(await stack.token(role, sub)));
    headers.apollo.push(stack.actorHeaders(role, sub));
    headers.hive.push(stack.actorHeaders(role, sub));
  }
  const url: Record<GatewayName, string> = { ours: stack.gateway.url, apollo: stack.apollo.url, hive: stack.hive.url };
  const pid: Record<GatewayName, number> = { ours: stack.gateway.child.pid!, apollo: stack.apollo.child.pid!, hive: stack.hive.child.pid! };
  return { headers, url, pid };
}

/** Checks the three gateways answer the workload without errors and with the same data; returns a note when they differ. */
async function sameAnswers(w: Workload, t: Awaited<ReturnType<typeof targets>>): Promise<string | null> {
  const answers = await Promise.all(GATEWAYS.map((g) => gql(t.url[g], w.query, {}, t.headers[g][0]).then((d) => JSON.stringify(d), (e: Error) => `error: ${e.message}`)));
  if (answers.some((a) => a.startsWith('error:'))) return `${w.name}: ${GATEWAYS.map((g, i) => `${g} ${answers[i].slice(0, 120)}`).join('; ')}`;
  return answers.every((a) => a === answers[0]) ? null : `${w.name}: the gateways' answers differ`;
}

/** One autocannon run of `seconds` at `connections`, each request as the next user. */
function load(url: string, query: string, headers: Record<string, string>[], seconds: number, connections: number) {
  let n = 0;
  const body = JSON.stringify({ query });
  return autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    requests: [{ setupRequest: (req: any) => ({ ...req, body, headers: { 'content-type': 'application/json', ...headers[n++ % headers.length] } }) }],
  });
}

/**
 * Every workload on every gateway, `repeats` times, interleaved (workload × gateway inside each
 * repeat) so that the machine's noise falls on all of them alike. CPU per process from /proc, SQL
 * statements from the subgraphs' /metrics.
 */
export async function benchReads(stack: BenchStack, seeded: Seeded, o: { seconds: number; repeats: number; connections: number }, log: (l: string) => void) {
  const figures: ReadFigures[] = [];
  const notes: string[] = [];
  const subgraphUrls = stack.subgraphs.map((s) => s.url);
  const prepared = [];
  for (const w of workloads(seeded)) {
    const t = await targets(stack, w, Math.min(seeded.customers.length, 200));
    const note = await sameAnswers(w, t);
    if (note) notes.push(note);
    prepared.push({ w, t });
    for (const g of GATEWAYS) figures.push({ workload: w.name, gateway: g, requests: 0, seconds: 0, errors: 0, p50: [], p99: [], cpuMs: {}, sql: 0 });
  }
  for (let r = 0; r < o.repeats; r++) {
    for (const { w, t } of prepared) {
      for (const g of GATEWAYS) {
        await load(t.url[g], w.query, t.headers[g], 1, o.connections); // warm-up
        const pids: Record<string, number[]> = { gateway: [t.pid[g]], postgres: await postgresBackends(stack.databaseUrl, stack.database) };
        for (const s of stack.subgraphs) pids[s.name] = [s.child.pid!];
        const meter = cpuMeter(pids);
        const sqlBefore = await metricSum(subgraphUrls, 'db_statements_sent');
        meter.snapshot();
        const result = await load(t.url[g], w.query, t.headers[g], o.seconds, o.connections);
        const cpu = meter.delta();
        const sql = (await metricSum(subgraphUrls, 'db_statements_sent')) - sqlBefore;
        const f = figures.find((x) => x.workload === w.name && x.gateway === g)!;
        f.requests += result['2xx'];
        f.errors += result.non2xx + result.errors + result.timeouts;
        f.seconds += result.duration;
        f.p50.push(result.latency.p50);
        f.p99.push(result.latency.p99);
        f.sql += sql;
        for (const [k, v] of Object.entries(cpu)) f.cpuMs[k] = (f.cpuMs[k] ?? 0) + v;
        log(`  ${w.name} · ${g} · repeat ${r + 1}: ${(result['2xx'] / result.duration).toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
      }
    }
  }
  return { figures, notes };
}

/** The per-request figures of one workload on one gateway. */
export function readSummary(f: ReadFigures) {
  const per = (x: number) => (f.requests ? x / f.requests : NaN);
  const total = Object.values(f.cpuMs).reduce((a, b) => a + b, 0);
  return {
    reqPerSec: f.requests / f.seconds,
    p50: percentile(f.p50, 50),
    p99: percentile(f.p99, 50),
    gatewayCpuMs: per(f.cpuMs.gateway ?? 0),
    totalCpuMs: per(total),
    postgresCpuMs: per(f.cpuMs.postgres ?? 0),
    sqlPerRequest: per(f.sql),
    errors: f.errors,
  };
}
