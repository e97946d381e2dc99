import cors from 'cors';
import type { RequestHandler } from 'express';

/** Which web origins may call /graphql from a browser (CORS_ORIGINS, CORS_CREDENTIALS, CORS_MAX_AGE_SECONDS). */
export interface CorsConfig {
  /** Exact origins (`https://app.example.com`); empty: no cross-origin access. */
  origins: string[];
  /** Whether a browser may send cookies or HTTP auth with a cross-origin request (off by default). */
  credentials: boolean;
  /** How long a browser may cache a preflight answer. */
  maxAgeSeconds: number;
}

/** Request headers a cross-origin page may send: the JSON body, the bearer token, tracing, and Apollo's CSRF opt-ins. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-request-id',
  'traceparent',
  'tracestate',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];

/**
 * CORS for /graphql: an allowed origin gets `Access-Control-Allow-Origin` echoed (with `Vary: Origin`),
 * any other origin gets none, so its browser blocks the answer. A preflight OPTIONS is answered here
 * (204) and never reaches Apollo; every other request still goes through Apollo's CSRF prevention.
 */
export function corsPolicy(config: CorsConfig): RequestHandler {
  return cors({
    origin: config.origins,
    credentials: config.credentials,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: config.maxAgeSeconds,
    optionsSuccessStatus: 204,
  });
}

/** CORS_ORIGINS as a list: comma-separated exact origins (scheme://host[:port], no path, no `*`). */
export function parseCorsOrigins(value: string): string[] {
  const origins = value.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      throw new Error(`Invalid configuration:\n  CORS_ORIGINS: "${origin}" is not an exact origin such as https://app.example.com (no path, no trailing slash, no *)`);
    }
  }
  return origins;
}
