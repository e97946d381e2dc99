import type { EmbeddedPostgresHandle } from '../db/embedded';

/** Stops the embedded Postgres the global setup started (its data was throwaway). */
export default async function globalTeardown() {
  await (globalThis as { __embeddedPg?: EmbeddedPostgresHandle }).__embeddedPg?.stop();
}
