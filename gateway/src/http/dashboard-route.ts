import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { pageCsp, setPageHeaders, webDistDir } from './web-page';

/** Where the bundled dashboard lives: `gateway/web-dist/dashboard` (built by scripts/build/web.js; copied into dist/ by the build). */
export const DASHBOARD_DIR = webDistDir('dashboard');

/**
 * What the dashboard may load: its own bundle, stylesheet and /graphql on this origin, nothing else
 * (no inline script or style, no other origin, no framing, no forms posting elsewhere).
 */
export const DASHBOARD_CSP = pageCsp();

/**
 * The staff dashboard, a static page (it signs in with a staff token the user pastes and reads
 * everything through /graphql like any client): served in production too, with a strict CSP.
 * Mounted by the server with `app.use('/dashboard', dashboardRoute())`.
 */
export function dashboardRoute(dir = DASHBOARD_DIR): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    setPageHeaders(res, DASHBOARD_CSP);
    res.set('Cache-Control', 'no-cache');
    if (existsSync(path.join(dir, 'index.html'))) return next();
    res.status(503).type('text/plain').send('The dashboard is not built: run `node scripts/build/web.js dashboard` (npm run build and npm start do it).');
  });
  // /dashboard and /dashboard/ are the page (its assets are named by absolute paths, so no redirect is needed)
  router.get('/', (_req, res) => res.sendFile('index.html', { root: dir }));
  router.use(express.static(dir, { index: false, redirect: false, dotfiles: 'ignore', fallthrough: true }));
  router.use((_req, res) => void res.status(404).type('text/plain').send('Not found'));
  return router;
}
