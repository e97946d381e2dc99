import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers shorter than this are sent as they are: compressing them costs more than it saves. */
export const COMPRESSION_MIN_BYTES = 1024;

/**
 * gzip or br (brotli preferred when the client accepts both) for compressible answers of at least
 * 1 KB (JSON, the playground's HTML/JS/CSS, /metrics), when the request's Accept-Encoding allows it.
 */
export const compressResponses = (): RequestHandler => compression({ threshold: COMPRESSION_MIN_BYTES });
