import path from 'node:path';
import type { Response } from 'express';

/** Where `scripts/build/web.js` writes a bundled page: `gateway/web-dist/<name>` (copied into dist/ by the build). */
export const webDistDir = (name: string): string => path.join(__dirname, '..', '..', 'web-dist', name);

/** The directives a bundled page's policy starts from, in the order they are written. */
const BASE_CSP: Record<string, string | undefined> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'font-src': undefined,
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/**
 * The Content-Security-Policy of a bundled page: its own scripts, styles and images from this origin,
 * requests to this origin only ('self' covers ws: of the same host), no frames, no forms posting
 * elsewhere, no base URL changes; `widen` sets the directives a page needs beyond that.
 */
export function pageCsp(widen: Partial<Record<'style-src' | 'font-src', string>> = {}): string {
  return Object.entries({ ...BASE_CSP, ...widen })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The headers every bundled page and asset is served with: its CSP, no MIME sniffing, no referrer. */
export function setPageHeaders(res: Response, csp: string): void {
  res.set({ 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
}
