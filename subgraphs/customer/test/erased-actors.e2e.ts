import { inTransaction, recordErasedActors, withClient } from '@member-graph/common/db';
import { errorCodes } from '@member-graph/common/testing';
import { useTestStack } from '../../../scripts/stack';
import { eventually, newCustomer } from '../../../scripts/stack/fixtures';

/**
 * The erased-customer check every subgraph runs before a customer's request (here the customer
 * subgraph's; the others share the code, common/src/db/erased-actors.ts): an in-memory set, so a
 * request pays no statement for it, kept current by this process's commits, by the ring of another
 * process's erasure, and by a reload when the LISTEN connection comes back.
 */
const t = useTestStack('erasedactors', { subgraphs: ['customer'] });
const ME = `{ me { id } }`;
const codesOf = async (token: string) => errorCodes(await t.gql(ME, {}, token));
const customerDb = () => t.stack.subgraphs.customer;

/** Another process's erasure, as `recordErasedActors` writes it, on a connection of its own; `ring: false` leaves out the NOTIFY. */
async function eraseElsewhere(id: string, ring = true) {
  await withClient(t.url, async (client) => {
    await client.query('begin');
    await client.query(`insert into customer.erased_actors (customer_id) values ($1)`, [id]);
    if (ring) await client.query(`select pg_notify('customer_erased_actors', '')`);
    await client.query('commit');
  });
}

const customerWithToken = async () => {
  const id = await newCustomer(t);
  return { id, token: await t.stack.token('customer', id) };
};

test('a customer request pays no SQL statement for the erased check', async () => {
  const { token } = await customerWithToken();
  expect(await codesOf(token)).toEqual([]);
  const before = customerDb().statements.count;
  expect(await codesOf(token)).toEqual([]);
  expect(customerDb().statements.recent.slice(-(customerDb().statements.count - before)).join('\n')).not.toMatch(/erased_actors/);
  expect(customerDb().statements.count - before).toBe(1); // `me` itself
});

test("this process's own erasure refuses the very next request; a rolled-back one refuses nobody", async () => {
  const kept = await customerWithToken();
  await expect(
    inTransaction(customerDb().dataSource, async (tx) => {
      await recordErasedActors(tx, 'customer', [kept.id]);
      throw new Error('rolled back on purpose');
    }),
  ).rejects.toThrow('rolled back on purpose');
  expect(await codesOf(kept.token)).toEqual([]);

  const erased = await customerWithToken();
  await inTransaction(customerDb().dataSource, (tx) => recordErasedActors(tx, 'customer', [erased.id]));
  expect(await codesOf(erased.token)).toEqual(['ACCOUNT_ERASED']); // no wait: the commit itself updated the set
  expect(await codesOf(kept.token)).toEqual([]);
});

test('a savepoint rolled back after recording leaves only what committed', async () => {
  const kept = await customerWithToken();
  const erased = await customerWithToken();
  await inTransaction(customerDb().dataSource, async (tx) => {
    await recordErasedActors(tx, 'customer', [erased.id]);
    await tx
      .transaction(async (inner) => {
        await recordErasedActors(inner, 'customer', [kept.id]);
        throw new Error('the savepoint rolls back');
      })
      .catch(() => undefined);
  });
  expect(await codesOf(erased.token)).toEqual(['ACCOUNT_ERASED']);
  expect(await codesOf(kept.token)).toEqual([]);
});

test("another process's erasure is refused here once it rings", async () => {
  const { id, token } = await customerWithToken();
  await eraseElsewhere(id);
  await eventually(async () => (await codesOf(token))[0] === 'ACCOUNT_ERASED', 'the ring reloads the erased set', 10_000);
});

test('an erasure whose ring was missed is picked up when the LISTEN connection comes back', async () => {
  const { id, token } = await customerWithToken();
  await eraseElsewhere(id, false);
  expect(await codesOf(token)).toEqual([]); // nothing rang: not known yet
  // drop the subgraph's LISTEN connections: they reconnect and reload everything
  await customerDb().dataSource.query(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
  );
  await eventually(async () => (await codesOf(token))[0] === 'ACCOUNT_ERASED', 'the reconnect reloads the erased set', 10_000);
});
