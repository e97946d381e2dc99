import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { withClient, withDatabase } from '@member-graph/common/db';
import { dataOf, graphql } from '@member-graph/common/testing';
import { resolveDatabase } from './database';
import { startStack } from './stack';
import { benchTimings } from './bench-timings';
import { benchValueFit } from './bench-value-fit';

/**
 * `npm run bench`: latency of customer pages of growing size (with orders, lines, tags, identities
 * and loyalty across two subgraphs) as ratios against a one-entity baseline measured in the same run,
 * plus SQL statements per request. With batching, a page of 100 costs a small multiple of the
 * baseline and the statement count does not grow with the page size.
 */
const CUSTOMERS = 120;
const RUNS = 25;

async function main() {
  benchValueFit();
  const server = await resolveDatabase((l) => console.log(l));
  try {
    await benchPages(server.url);
    await benchTimings(server.url);
  } finally {
    await server.stop();
  }
}

/** The page-size table: latency ratios against a one-entity baseline and SQL statements per request. */
async function benchPages(serverUrl: string) {
  const name = `mg_bench_${randomBytes(3).toString('hex')}`;
  await withClient(withDatabase(serverUrl, 'postgres'), (c) => c.query(`create database ${name}`));
  const stack = await startStack({ databaseUrl: withDatabase(serverUrl, name), ports: 'random', background: false });
  try {
    const system = await stack.token('system', 'bench');
    const call = async (q: string, v: Record<string, unknown>, token = system) => dataOf(await graphql(stack.gateway.url, q, v, { token }));
    console.log(`seeding ${CUSTOMERS} customers with 2 orders and 2 tags each…`);
    let first = '';
    for (let batch = 0; batch < CUSTOMERS; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          const i = batch + k;
          const { resolveCustomer } = await call(`mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`, {
            i: { identity: { type: 'APP_USER_ID', value: `bench-${i}` }, channel: 'APP', profile: { name: `会员${i}`, phone: `1380000${String(i).padStart(4, '0')}` } },
          });
          const id = resolveCustomer.customer.id;
          if (i === 0) first = id;
          for (let n = 0; n < 2; n++) {
            await call(`mutation($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`, {
              o: { externalNo: `BENCH-${i}-${n}`, customerId: id, channel: 'APP', paidAt: '2026-06-01T04:00:00Z', lines: [{ sku: `S${n}`, category: 'c', quantity: 1, amount: '99.00' }] },
            });
          }
          await call(`mutation($id: ID!) { addTags(customerId: $id, tags: [{ name: "母婴", type: NEED, source: MANUAL }, { name: "bench", type: SCENE, source: RULE }]) { id } }`, { id });
        }),
      );
    }
    await stack.settle();
    const admin = await stack.token('admin', 'bench-admin');
    const customer = await stack.token('customer', first);
    const PAGE = `query($n: Int!) { customers(first: $n) { nodes { id name phone identities { type } tags { name }
      orders(first: 5) { totalCount nodes { amount lines { sku amount } } } loyalty { tier { code } points { balance } } } } }`;
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['baseline: me { id }', `{ me { id } }`, {}, customer],
      ['page of 5', PAGE, { n: 5 }, admin],
      ['page of 25', PAGE, { n: 25 }, admin],
      ['page of 100', PAGE, { n: 100 }, admin],
    ];
    const rows: { name: string; median: number; sql: number }[] = [];
    for (const [label, query, variables, token] of cases) {
      for (let i = 0; i < 5; i++) await call(query, variables, token);
      const times: number[] = [];
      let sql = 0;
      for (let i = 0; i < RUNS; i++) {
        const before = Object.values(stack.subgraphs).reduce((n, s) => n + s.statements.count, 0);
        const t = performance.now();
        await call(query, variables, token);
        times.push(performance.now() - t);
        sql = Object.values(stack.subgraphs).reduce((n, s) => n + s.statements.count, 0) - before;
      }
      times.sort((a, b) => a - b);
      rows.push({ name: label, median: times[Math.floor(times.length / 2)], sql });
    }
    const base = rows[0].median;
    console.log(`\n${'case'.padEnd(22)} ${'median ms'.padStart(10)} ${'× baseline'.padStart(11)} ${'SQL/request'.padStart(12)}`);
    for (const r of rows) console.log(`${r.name.padEnd(22)} ${r.median.toFixed(1).padStart(10)} ${(r.median / base).toFixed(2).padStart(11)} ${String(r.sql).padStart(12)}`);
    const small = rows[1];
    const large = rows[3];
    console.log(`\npage of 100 vs page of 5: ${(large.median / small.median).toFixed(2)}× the time for 20× the customers; SQL ${small.sql} → ${large.sql}`);
  } finally {
    await stack.stop();
    await withClient(withDatabase(serverUrl, 'postgres'), (c) => c.query(`drop database if exists ${name} with (force)`));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
