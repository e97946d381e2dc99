import { parseArgs } from 'node:util';
import { fromCents } from '@member-graph/common/graphql';
import { formatLineError } from '@member-graph/customer/src/import/import.types';
import { importOrders, readOrderFile, type OrderFileFormat } from '@member-graph/customer/src/import/order-import';
import { resolveDatabase } from './database';
import { migrateAll } from './stack';

const USAGE = 'usage: npm run import -- orders <file> [--format cdnow|ndjson] [--concurrency 2] [--no-progress]';

/**
 * `npm run import -- orders <file>`: imports orders from NDJSON or the CDNOW format into the
 * configured database (DATABASE_URL, or the embedded Postgres) through the customer subgraph's
 * services. Idempotent: a re-run adds nothing. Bad lines are reported and skipped; the exit code is
 * non-zero only when the file cannot be read (or the command is misused).
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      concurrency: { type: 'string', default: '2' },
      'no-progress': { type: 'boolean', default: false },
    },
  });
  const [kind, file] = positionals;
  const format = values.format as OrderFileFormat | undefined;
  const concurrency = Number(values.concurrency);
  if (kind !== 'orders' || !file || positionals.length > 2 || (format && format !== 'cdnow' && format !== 'ndjson') || !(concurrency >= 1 && concurrency <= 8)) {
    console.error(USAGE);
    return 2;
  }

  let parsed: Awaited<ReturnType<typeof readOrderFile>>;
  try {
    parsed = await readOrderFile(file, format);
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  console.log(`${file}: ${parsed.format}, ${parsed.dataLines} lines, ${parsed.records.length} orders`);

  const db = await resolveDatabase((line) => console.log(line));
  try {
    await migrateAll(db.url);
    const started = Date.now();
    const summary = await importOrders(db.url, parsed, { concurrency, progress: values['no-progress'] ? false : undefined });
    for (const e of summary.errors) console.log(formatLineError(e));
    console.log(
      [
        `customers created:      ${summary.customersCreated}`,
        `orders recorded:        ${summary.ordersRecorded} (${fromCents(summary.amountRecordedCents)})`,
        `orders already present: ${summary.ordersAlreadyPresent}`,
        `lines skipped:          ${summary.linesSkipped}`,
        `total amount:           ${fromCents(summary.amountTotalCents)}`,
        `took ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
