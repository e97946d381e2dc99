import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { BenchStack } from './bench-stack';
import { cpuMeter, rssMb } from './cpu';
import { bearer, gql, inParallel, percentile } from './gql';

const QUEUE = `subscription { ticketQueue { seq kind at ticketId ticket { id type customer { name loyalty { tier { code } } } } } }`;
const OPEN = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;

/** A graphql-ws client of our gateway, connected (or failed: `onFailure`, resolved all the same). */
export async function connect(wsUrl: string, token: string, onFailure: () => void): Promise<Client> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
  await new Promise<void>((resolve) => {
    const off = client.on('connected', () => (off(), resolve()));
    client.on('closed', () => (onFailure(), resolve()));
    client.on('error', () => resolve());
  });
  return client;
}

/** One step of the ticketQueue fan-out: N agents subscribed on our gateway, events opened at `rate`/s. */
export interface SubscriptionFigures {
  topic: string;
  subscribers: number;
  events: number;
  expected: number;
  delivered: number;
  duplicates: number;
  p50: number;
  p99: number;
  gatewayCpuUsPerDelivery: number;
  gatewayRssMb: number;
  connectFailures: number;
}

/**
 * `subscribers` agents each on their own graphql-ws connection to our gateway; during `seconds`,
 * `rate` tickets per second opened by seeded customers. Counts per client the NEW events of those
 * tickets (delivered / expected, duplicates) and the latency from the event's `at` to its arrival.
 */
export async function benchTicketQueue(stack: BenchStack, customers: string[], o: { subscribers: number; seconds: number; rate: number }): Promise<SubscriptionFigures> {
  const wsUrl = stack.gateway.url.replace(/^http/, 'ws');
  const opened = new Set<string>();
  const seen: Map<string, number>[] = [];
  const latencies: number[] = [];
  let delivered = 0;
  let duplicates = 0;
  let connectFailures = 0;
  const clients: Client[] = [];
  await inParallel(o.subscribers, 50, async (i) => {
    const counts = new Map<string, number>();
    seen[i] = counts;
    const token = await stack.token('agent', `bench-agent-${i}`); // one user each: sockets per user are limited
    const client = await connect(wsUrl, token, () => connectFailures++);
    clients.push(client);
    client.subscribe<{ ticketQueue: { kind: string; at: string; ticketId: string } }>({ query: QUEUE }, {
      next: ({ data }) => {
        const event = data?.ticketQueue;
        if (!event || event.kind !== 'NEW') return;
        const n = (counts.get(event.ticketId) ?? 0) + 1;
        counts.set(event.ticketId, n);
        if (n > 1) duplicates++;
        else {
          delivered++;
          latencies.push(Date.now() - Date.parse(event.at));
        }
      },
      error: () => {},
      complete: () => {},
    });
  });
  await new Promise((r) => setTimeout(r, 2000)); // the upstream subscriptions start
  const meter = cpuMeter({ gateway: [stack.gateway.child.pid!] });
  const rss = rssMb(stack.gateway.child.pid);
  const end = performance.now() + o.seconds * 1000;
  for (let n = 0; performance.now() < end; n++) {
    const id = customers[n % customers.length];
    const customer = bearer(await stack.token('customer', id));
    const next = performance.now() + 1000 / o.rate;
    void gql(stack.gateway.url, OPEN, { i: { type: 'CONSULTATION', channel: 'APP', subject: `bench ${n}`, body: '什么时候发货' } }, customer).then((d) => opened.add(d.openTicket.id), () => {});
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
  }
  await new Promise((r) => setTimeout(r, 5000)); // deliveries still in flight
  const cpu = meter.delta().gateway;
  let ours = 0;
  for (const counts of seen) for (const id of counts.keys()) if (opened.has(id)) ours++;
  const failures = connectFailures; // before dispose, which closes every socket
  await Promise.all(clients.map((c) => c.dispose()));
  return {
    topic: 'ticketQueue',
    subscribers: o.subscribers,
    events: opened.size,
    expected: opened.size * o.subscribers,
    delivered: ours,
    duplicates,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    gatewayCpuUsPerDelivery: (cpu * 1000) / Math.max(1, delivered),
    gatewayRssMb: Math.max(rss, rssMb(stack.gateway.child.pid)),
    connectFailures: failures,
  };
}
