import type { Express } from 'express';

/** Resolves to a map of dependency → reachable; the server is ready when all are true. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/** Extra facts `/ready` reports without failing on them (e.g. which subgraphs the gateway reaches). */
export type ReadinessDetail = () => Promise<Record<string, unknown>>;

/**
 * `/health`: the process is alive. `/ready`: every dependency in `ready` answers (503 otherwise);
 * `detail`, when given, is reported alongside and never turns the answer to 503.
 */
export function healthRoutes(app: Express, ready: ReadinessCheck, detail?: ReadinessDetail) {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const [checks, extra] = await Promise.all([ready().catch(() => ({ check: false })), detail?.().catch(() => ({}))]);
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready', checks, ...extra });
  });
}
