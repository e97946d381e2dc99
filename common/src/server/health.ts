import type { Express } from 'express';

/** Resolves to a map of dependency → reachable; the server is ready when all are true. */
export type ReadinessCheck = () => Promise<Record<string, boolean>>;

/** `/health`: the process is alive. `/ready`: every dependency answers (503 otherwise). */
export function healthRoutes(app: Express, ready: ReadinessCheck) {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await ready().catch(() => ({ check: false }));
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not ready', checks });
  });
}
