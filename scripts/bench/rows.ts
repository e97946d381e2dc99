import type { ImportFigures } from './import';
import type { Row } from './report';
import type { SubscriptionFigures } from './subscriptions';
import type { WriteFigures } from './writes';

const fmt = (x: number | null, digits = 0) => (x !== null && Number.isFinite(x) ? x.toFixed(digits) : '–');

/** recordOrder rows: orders/s per concurrency (target ≥ 500/s at 50) and the points lag (target p99 < 1 s). */
export function writeRows(figures: WriteFigures[]): Row[] {
  return figures.flatMap((f) => [
    { section: `recordOrder × ${f.concurrency}`, measure: 'orders/s', ours: fmt(f.ordersPerSec), ...(f.concurrency === 50 ? { target: '≥ 500', met: f.ordersPerSec >= 500 } : {}) },
    { section: `recordOrder × ${f.concurrency}`, measure: 'gateway CPU ms/order', ours: fmt(f.gatewayCpuMsPerOrder, 2) },
    { section: `recordOrder × ${f.concurrency}`, measure: `points visible p50 / p99 ms (${f.lagMs.length} probes${f.lagMissing ? `, ${f.lagMissing} never` : ''})`, ours: `${fmt(f.lagP50)} / ${fmt(f.lagP99)}`, target: 'p99 < 1,000', met: f.lagMissing === 0 && f.lagP99 < 1000 },
  ]);
}

/** Subscription rows per step: delivered/expected (target 100%), duplicates, latency (target p99 < 500 ms), CPU per delivery, RSS. */
export function subscriptionRows(figures: SubscriptionFigures[]): Row[] {
  return figures.flatMap((f) => {
    const section = `${f.topic}, ${f.subscribers} subscribers`;
    const share = f.expected ? f.delivered / f.expected : 0;
    const p99Limit = f.topic === 'returnProgress' ? 250 : 500; // issue 11: per-customer streams p99 < 250 ms, the queue < 500 ms
    return [
      { section, measure: `delivered / expected (${f.events} events${f.connectFailures ? `, ${f.connectFailures} failed to connect` : ''})`, ours: `${(share * 100).toFixed(1)}%`, target: '100% (asked at 10,000)', met: share === 1 },
      { section, measure: 'duplicates', ours: String(f.duplicates), target: '0', met: f.duplicates === 0 },
      { section, measure: 'latency p50 / p99 ms', ours: `${fmt(f.p50)} / ${fmt(f.p99)}`, target: `p99 < ${p99Limit} (asked at 10,000)`, met: f.p99 < p99Limit },
      { section, measure: 'gateway CPU µs/delivery', ours: fmt(f.gatewayCpuUsPerDelivery) },
      { section, measure: 'gateway RSS MB', ours: fmt(f.gatewayRssMb) },
    ];
  });
}

/** Import rows: orders/s and the consumers' catch-up (the issue's CDNOW master target: 67,591 orders in < 60 s, caught up within 60 s). */
export function importRows(figures: ImportFigures[]): Row[] {
  return figures.flatMap((f) => {
    const section = `import ${f.file.split('/').pop()}`;
    return [
      { section, measure: `orders/s (${f.orders} orders, ${f.customers} new customers, ${fmt(f.seconds, 1)} s)`, ours: fmt(f.ordersPerSec), target: '≥ 1,127 (67,591 in < 60 s)', met: f.ordersPerSec >= 67_591 / 60 },
      { section, measure: 'consumers caught up after, s', ours: f.catchUpSeconds === null ? 'not within 120 s' : fmt(f.catchUpSeconds, 1), target: '< 60 s', met: f.catchUpSeconds !== null && f.catchUpSeconds < 60 },
    ];
  });
}
