import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { pageCsp, setPageHeaders, webDistDir } from './web-page';

/** Where `scripts/build/web.js` writes the bundled playground (gateway/web-dist/playground; copied into dist/ by the build). */
export const PLAYGROUND_DIR = webDistDir('playground');

/**
 * The page loads only its own bundle: scripts and styles from this origin (GraphiQL and its editors set
 * inline styles, its fonts are data: URLs in its CSS), requests to this origin's /graphql over HTTP and
 * graphql-ws ('self' covers ws: of the same host), no frames, no forms, no base URL changes.
 */
export const PLAYGROUND_CSP = pageCsp({ 'style-src': "'self' 'unsafe-inline'", 'font-src': "'self' data:" });

const securityHeaders: RequestHandler = (_req, res, next) => {
  setPageHeaders(res, PLAYGROUND_CSP);
  next();
};

/** A browser opening /graphql (GET, preferring HTML to JSON) gets the page; API clients go on to GraphQL. */
const wantsPage: RequestHandler = (req, _res, next) =>
  next(req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' ? undefined : 'route');

/**
 * The offline GraphiQL playground (development only; the caller does not register it in production):
 * GET /graphql from a browser and /playground/ serve the page, /playground/* its bundled assets.
 * When the bundle was never built, the page says how to build it.
 */
export function servePlayground(app: Express, dir = PLAYGROUND_DIR): void {
  const page: RequestHandler = (_req, res) => {
    const index = path.join(dir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The playground is not built: run `node scripts/build/web.js` (npm start and npm run build do it).');
      return;
    }
    res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
  };
  app.get('/graphql', wantsPage, securityHeaders, page);
  app.get('/playground', securityHeaders, page);
  app.use('/playground', securityHeaders, express.static(dir, { index: false }));
}
