import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

const pending = new WeakMap<QueryRunner, (() => void)[]>();
const hooked = new WeakSet<DataSource>();

/** Runs the queued callbacks when the outermost transaction commits; drops them when it rolls back. */
const subscriber: EntitySubscriberInterface = {
  afterTransactionCommit({ queryRunner }) {
    if (queryRunner.isTransactionActive) return; // a savepoint was released; the transaction goes on
    const callbacks = pending.get(queryRunner) ?? [];
    pending.delete(queryRunner);
    for (const fn of callbacks) fn();
  },
  afterTransactionRollback({ queryRunner }) {
    if (!queryRunner.isTransactionActive) pending.delete(queryRunner);
  },
};

/**
 * Calls `fn` once the transaction `tx` belongs to has committed (never when it rolls back), for side
 * effects outside the database such as a NATS publish. A crash between commit and `fn` loses the call,
 * so `fn` must only carry hints (a doorbell), never facts (events go through the outbox).
 */
export function afterCommit(tx: EntityManager, fn: () => void): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('afterCommit must run inside a transaction');
  const dataSource = tx.connection;
  if (!hooked.has(dataSource)) {
    hooked.add(dataSource);
    (dataSource.subscribers as EntitySubscriberInterface[]).push(subscriber);
  }
  const list = pending.get(runner) ?? [];
  list.push(fn);
  pending.set(runner, list);
}
