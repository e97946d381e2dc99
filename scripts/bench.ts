import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabase } from './database';
import { benchTimings } from './bench-timings';
import { benchValueFit } from './bench-value-fit';
import { startBenchStack } from './bench/bench-stack';
import { benchReads } from './bench/reads';
import { printTable, readRows, writeResults, type Row } from './bench/report';
import { seed, type Seeded } from './bench/seed';
import { benchImport } from './bench/import';
import { importRows, subscriptionRows, writeRows } from './bench/rows';
import { benchTicketQueue, type SubscriptionFigures } from './bench/subscriptions';
import { benchWrites } from './bench/writes';
import { benchReturnProgress } from './bench/return-progress';
import type { BenchStack } from './bench/bench-stack';

/** The shared CDNOW sample, beside the repository. */
const CDNOW_SAMPLE = path.join(__dirname, '..', '..', 'shared', 'data', 'cdnow', 'CDNOW_sample.txt');

const USAGE = 'usage: npm run bench -- [--quick] [--import <file>] [--skip reads,subscriptions,writes,import,fit,timings]';

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
  let failure: unknown = null;
  try {
    const stack = await startBenchStack(db.url, log);
    try {
      log(`seeding ${quick ? 20 : 200} customers through the API…`);
      const seeded = await seed(stack, quick ? 20 : 200, `bench-${Date.now()}`);
      if (!skip.has('reads')) {
        log('reads: every workload on every gateway, interleaved');
        const reads = await benchReads(stack, seeded, quick ? { seconds: 2, repeats: 1, connections: 10 } : { seconds: 6, repeats: 3, connections: 30 }, log);
        raw.reads = reads;
        for (const n of reads.notes) log(`  note: ${n}`);
        rows.push(...readRows(reads.figures));
      }
      await afterReads(stack, seeded, { quick, skip, importFile: values.import }, rows, raw, log);
    } finally {
      await stack.stop();
    }
    // the coupon race and the order → points latency on in-process stacks (the former test limits)
    if (!quick && !skip.has('timings')) await benchTimings(db.url);
  } catch (error) {
    failure = error; // the sections measured so far are still printed and written
  } finally {
    await db.stop();
  }
  printTable(rows);
  console.log(`\nraw figures and this table: ${writeResults({ ...raw, failure: failure ? String(failure) : null }, rows)}/latest.{json,md}`);
  if (failure) console.error('the run stopped early:', failure);
  return failure ? 1 : 0;
}

/** Subscriptions, writes and imports, in that order (each leaves more data behind for the next). */
async function afterReads(stack: BenchStack, seeded: Seeded, o: { quick: boolean; skip: Set<string>; importFile?: string }, rows: Row[], raw: Record<string, unknown>, log: (l: string) => void) {
  if (!o.skip.has('subscriptions')) {
    // issue 11 asks 10,000 agents at 1 event/s; the smaller steps keep the earlier runs' 5 events/s for comparison
    const steps = o.quick ? [{ subscribers: 20, rate: 2 }] : [{ subscribers: 100, rate: 5 }, { subscribers: 1000, rate: 5 }, { subscribers: 10_000, rate: 1 }];
    const subs: SubscriptionFigures[] = [];
    for (const { subscribers, rate } of steps) {
      log(`subscriptions: ticketQueue, ${subscribers} agents on our gateway, ${rate} events/s`);
      subs.push(await benchTicketQueue(stack, seeded.customers, { subscribers, seconds: o.quick ? 3 : 10, rate }));
    }
    log(`subscriptions: returnProgress, each seeded customer on their own return`);
    subs.push(await benchReturnProgress(stack, seeded, { rate: o.quick ? 20 : 100 }));
    raw.subscriptions = subs;
    rows.push(...subscriptionRows(subs));
  }
  if (!o.skip.has('writes')) {
    log('writes: recordOrder at concurrency 1 / 10 / 50');
    const writes = await benchWrites(stack, seeded.customers, { seconds: o.quick ? 2 : 10, levels: [1, 10, 50] }, log);
    raw.writes = writes;
    rows.push(...writeRows(writes));
  }
  if (!o.skip.has('import')) {
    const files = [...(o.quick ? [] : [CDNOW_SAMPLE].filter((f) => existsSync(f))), ...(o.importFile ? [o.importFile] : [])];
    const imports = [];
    for (const file of files) {
      log(`import: ${file}`);
      imports.push(await benchImport(stack.databaseUrl, file));
    }
    raw.imports = imports;
    rows.push(...importRows(imports));
  }
}

// a stray rejection (a socket closing under a client) is reported, and the run still stops its stack
process.on('unhandledRejection', (e) => console.error('[bench] unhandled rejection:', e));

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.error(USAGE);
    process.exit(1);
  },
);
