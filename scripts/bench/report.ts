import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAYS, readSummary, type ReadFigures } from './reads';

/** One printed row: what was measured, the figure, its ratios to the peers (where they ran it), the target and whether it is met. */
export interface Row {
  section: string;
  measure: string;
  ours: string;
  vsApollo?: string;
  vsHive?: string;
  target?: string;
  met?: boolean;
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** The targets for the read workloads (ours: total CPU ms per request; the gateway: ≤ 0.8× stock Apollo and ≤ Hive). */
const READ_TARGETS: Record<string, number> = { 'member home (customer)': 7, 'staff page of 50': 16 };

/** Rows for the read workloads: ours, and ours ÷ each peer for the same workload in the same run. */
export function readRows(figures: ReadFigures[]): Row[] {
  const rows: Row[] = [];
  for (const workload of [...new Set(figures.map((f) => f.workload))]) {
    const s = Object.fromEntries(GATEWAYS.map((g) => [g, readSummary(figures.find((f) => f.workload === workload && f.gateway === g)!)]));
    const line = (measure: string, pick: (x: (typeof s)['ours']) => number, digits = 1, target?: string, met?: boolean): Row => ({
      section: workload,
      measure,
      ours: fmt(pick(s.ours), digits),
      vsApollo: ratio(pick(s.ours), pick(s.apollo)),
      vsHive: ratio(pick(s.ours), pick(s.hive)),
      target,
      met,
    });
    const cpuTarget = READ_TARGETS[workload];
    const gw = s.ours.gatewayCpuMs;
    rows.push(
      line('req/s', (x) => x.reqPerSec, 0),
      line('p50 ms', (x) => x.p50, 0),
      line('p99 ms', (x) => x.p99, 0),
      line('gateway CPU ms/request', (x) => x.gatewayCpuMs, 2, '≤ 0.8× Apollo, ≤ Hive', gw <= 0.8 * s.apollo.gatewayCpuMs && gw <= s.hive.gatewayCpuMs),
      line('total CPU ms/request', (x) => x.totalCpuMs, 2, cpuTarget ? `≤ ${cpuTarget} ms` : undefined, cpuTarget ? s.ours.totalCpuMs <= cpuTarget : undefined),
      line('  of which Postgres', (x) => x.postgresCpuMs, 2),
      line('SQL statements/request', (x) => x.sqlPerRequest, 1),
    );
  }
  return rows;
}

/** Prints the table (fixed-width columns). */
export function printTable(rows: Row[]): void {
  const head = ['section', 'measure', 'ours', '÷ Apollo', '÷ Hive', 'issue 11 target', 'met'];
  const cells = rows.map((r) => [r.section, r.measure, r.ours, r.vsApollo ?? '', r.vsHive ?? '', r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const show = (c: string[]) => c.map((x, i) => (i < 2 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(`\n${show(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  let last = '';
  for (const c of cells) {
    console.log(show([c[0] === last ? '' : c[0], ...c.slice(1)]));
    last = c[0];
  }
}

/** The same table as Markdown (for the README). */
export function markdownTable(rows: Row[]): string {
  const lines = ['| section | measure | ours | ÷ stock Apollo | ÷ Hive | issue 11 target | met |', '|---|---|---:|---:|---:|---|---|'];
  for (const r of rows) lines.push(`| ${r.section} | ${r.measure.trim()} | ${r.ours} | ${r.vsApollo ?? ''} | ${r.vsHive ?? ''} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'met' : '**not met**'} |`);
  return lines.join('\n');
}

/** Writes the raw figures and the table to bench-results/latest.json and latest.md (gitignored). */
export function writeResults(raw: unknown, rows: Row[]): string {
  const dir = path.join(__dirname, '..', '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), rows, raw }, null, 2));
  writeFileSync(path.join(dir, 'latest.md'), `${markdownTable(rows)}\n`);
  return dir;
}
