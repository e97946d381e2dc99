import { stopTestServer } from '@member-graph/common/testing';

/** Jest global teardown: drops the run's template database, then stops the embedded Postgres (if any). */
export default async function globalTeardown() {
  await (globalThis as { __dropTestTemplate?: () => Promise<void> }).__dropTestTemplate?.();
  await stopTestServer();
}
