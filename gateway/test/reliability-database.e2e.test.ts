import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dataOf, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';
import { CLAIM, couponTemplate, outcomes } from './support/coupons';

// the marketing subgraph gets a pool of 2 that a query waits for at most 300 ms (read when it starts)
process.env.MARKETING_DB_POOL_MAX = '2';
process.env.MARKETING_DB_POOL_WAIT_MS = '300';
const env = useTestStack('reldatabase', { subgraphs: ['marketing'] }); // coupons are marketing's alone

/** Locks a template row from outside, so claims on it hold their pooled connections while they wait. */
async function holdTemplate(url: string, templateId: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  await client.query('select id from marketing.coupon_templates where id = $1 for update', [templateId]);
  return { release: async () => (await client.query('rollback'), await client.end()) };
}

/** Polls until `n` of the marketing subgraph's connections wait on a lock. */
async function waitingOnLock(url: string, n: number) {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'member-graph-marketing' and wait_event_type = 'Lock'`);
      if (rows[0].n >= n) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`fewer than ${n} marketing connections waited on the lock`);
  } finally {
    await admin.end();
  }
}

const claim = (token: string, templateId: string) => graphql(env.stack.gateway.url, CLAIM, { i: { templateId, idempotencyKey: randomUUID() } }, { token });

test('a saturated pool answers SERVICE_UNAVAILABLE, retryable, at the field, after the pool wait; then it serves again', async () => {
  const { stack } = env;
  const id = await couponTemplate(stack, 50);
  const held = await holdTemplate(env.url, id);
  const blocked = [claim(await stack.token('customer', randomUUID()), id), claim(await stack.token('customer', randomUUID()), id)];
  try {
    await waitingOnLock(env.url, 2);
    const agent = await stack.token('agent', 'ag-1');
    const starved = await graphql(stack.gateway.url, `query($id: ID!) { couponTemplate(id: $id) { stock issued } }`, { id }, { token: agent });
    expect(starved.errors).toEqual([
      expect.objectContaining({ path: ['couponTemplate'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true, requestId: expect.any(String) }) }),
    ]);
    expect(JSON.stringify(starved.errors)).not.toMatch(/timeout exceeded|pool|connect/i);
  } finally {
    await held.release();
  }
  expect(outcomes(await Promise.all(blocked))).toEqual({ OK: 2 });
  expect(outcomes([await claim(await stack.token('customer', randomUUID()), id)])).toEqual({ OK: 1 });
});

test('the database dropping the subgraph\'s connections mid-request answers SERVICE_UNAVAILABLE, retryable; the next request is served', async () => {
  const { stack } = env;
  const id = await couponTemplate(stack, 50);
  const held = await holdTemplate(env.url, id);
  let answers;
  try {
    const blocked = [claim(await stack.token('customer', randomUUID()), id), claim(await stack.token('customer', randomUUID()), id)];
    await waitingOnLock(env.url, 2);
    // what a database restart does to a subgraph's open connections, while its requests are running
    const admin = new Client({ connectionString: env.url });
    await admin.connect();
    const { rows } = await admin.query(
      `select pg_terminate_backend(pid) as done from pg_stat_activity where datname = current_database() and application_name = 'member-graph-marketing'`,
    );
    await admin.end();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    answers = await Promise.all(blocked);
  } finally {
    await held.release();
  }
  for (const answer of answers) {
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['claimCoupon'], extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true }) }),
    ]);
  }
  expect(outcomes([await claim(await stack.token('customer', randomUUID()), id)])).toEqual({ OK: 1 });
});

test('past MAX_CONCURRENT_OPERATIONS a request queues, and past OPERATION_QUEUE_WAIT_MS it gets 503 SERVICE_UNAVAILABLE, retryable', async () => {
  const { stack } = env;
  const urls = Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, s.url]));
  const narrow = await startGateway(readGatewayConfig({ JWT_SECRET: 'dev-jwt-secret-change-me-0123456789', MAX_CONCURRENT_OPERATIONS: '1', OPERATION_QUEUE_WAIT_MS: '300', ...urls }), 0);
  const id = await couponTemplate(stack, 50);
  const held = await holdTemplate(env.url, id);
  try {
    const first = graphql(narrow.url, CLAIM, { i: { templateId: id, idempotencyKey: 'q-1' } }, { token: await stack.token('customer', randomUUID()) });
    await waitingOnLock(env.url, 1);
    const queued = await graphql(narrow.url, `{ __typename }`, {});
    expect(queued.status).toBe(503);
    expect(queued.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryable: true, requestId: expect.any(String) }) })]);
    await held.release();
    expect(outcomes([await first])).toEqual({ OK: 1 });
    expect(dataOf(await graphql(narrow.url, `{ __typename }`, {}))).toEqual({ __typename: 'Query' });
  } finally {
    await held.release().catch(() => undefined);
    await narrow.stop();
  }
});
