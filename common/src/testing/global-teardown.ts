import type { EmbeddedPostgresHandle } from '../db/embedded';

/** Stops the embedded Postgres the global setup started (its data was throwaway). */
export async function stopTestServer() {
  await (globalThis as { __embeddedPg?: EmbeddedPostgresHandle }).__embeddedPg?.stop();
}

export default stopTestServer;
