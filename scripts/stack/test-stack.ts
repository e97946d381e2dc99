import { createTestDatabase } from '@member-graph/common/testing';
import { startStack, type Stack, type StackOptions } from './start-stack';

/**
 * For e2e test files: registers beforeAll/afterAll that give the file its own database and a whole
 * stack on random ports (relays and consumers driven by `stack.settle()` unless `background`), and
 * stop and drop them afterwards. Read `handle.stack` inside tests or later hooks.
 */
export function useTestStack(label: string, options: Partial<StackOptions> = {}) {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const handle = {
    /** Registers cleanup that must run before the stack stops and the database is dropped. */
    beforeStop(fn: () => Promise<unknown> | unknown) {
      cleanups.push(fn);
    },
  } as { stack: Stack; url: string; beforeStop(fn: () => Promise<unknown> | unknown): void };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await createTestDatabase(label);
    drop = db.drop;
    handle.url = db.url;
    handle.stack = await startStack({ databaseUrl: db.url, ports: 'random', background: false, ...options });
  });
  afterAll(async () => {
    for (const fn of cleanups.reverse()) await fn();
    await handle.stack?.stop();
    await drop?.();
  });
  return handle;
}
