import os from 'node:os';
import { parseArgs } from 'node:util';
import { resolveDatabase } from './database';
import { benchValueFit } from './bench-value-fit';
import { startBenchStack } from './bench/bench-stack';
import { benchReads } from './bench/reads';
import { printTable, readRows, writeResults, type Row } from './bench/report';
import { seed } from './bench/seed';

const USAGE = 'usage: npm run bench -- [--quick] [--import <file>] [--skip reads,subscriptions,writes,import,fit]';

/**
 * `npm run bench`: the project's performance record, measured in one run on the stack as `npm start`
 * runs it (one process per server, NODE_ENV=production, a fresh database seeded through the API),
 * side by side with a stock @apollo/gateway and Hive Gateway over the same subgraphs. Reported as
 * ratios within the run (the machine is shared and noisy); raw figures in bench-results/latest.json.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, import: { type: 'string' }, skip: { type: 'string', default: '' } } });
  const quick = values.quick!;
  const skip = new Set(values.skip!.split(',').filter(Boolean));
  const log = (l: string) => console.log(l);
  const rows: Row[] = [];
  const raw: Record<string, unknown> = { quick, cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version };
  if (!skip.has('fit')) {
    const fit = benchValueFit();
    raw.valueFit = fit;
    rows.push({ section: 'value model fit', measure: `seconds for ${fit.customers} customers`, ours: fit.seconds.toFixed(2), target: '≤ 10 s', met: fit.seconds <= 10 });
  }
  const db = await resolveDatabase(log);
  try {
    const stack = await startBenchStack(db.url, log);
    try {
      log(`seeding ${quick ? 20 : 200} customers through the API…`);
      const seeded = await seed(stack, quick ? 20 : 200, `bench-${Date.now()}`);
      if (!skip.has('reads')) {
        log('reads: every workload on every gateway, interleaved');
        const reads = await benchReads(stack, seeded, quick ? { seconds: 2, repeats: 1, connections: 10 } : { seconds: 8, repeats: 3, connections: 30 }, log);
        raw.reads = reads;
        for (const n of reads.notes) log(`  note: ${n}`);
        rows.push(...readRows(reads.figures));
      }
    } finally {
      await stack.stop();
    }
  } finally {
    await db.stop();
  }
  printTable(rows);
  console.log(`\nraw figures and this table: ${writeResults(raw, rows)}/latest.{json,md}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.error(USAGE);
    process.exit(1);
  },
);
