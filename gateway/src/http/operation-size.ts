import type { RequestHandler } from 'express';
import { sendGraphqlError } from '@member-graph/common/server';

/** The operation text of a POST body or a GET query string. */
const operationText = (body: unknown, query: unknown): unknown =>
  (body as { query?: unknown } | undefined)?.query ?? (query as { query?: unknown } | undefined)?.query;

/**
 * Refuses an operation longer than `maxChars` characters before it is parsed (the parser's token
 * limit then bounds what a shorter text can cost). In production the message has no numbers.
 */
export function operationSizeLimit(maxChars: number, production: boolean): RequestHandler {
  return (req, res, next) => {
    const text = operationText(req.body, req.query);
    if (typeof text !== 'string' || text.length <= maxChars) return next();
    const message = production ? 'Operation character limit exceeded.' : `Operation character limit of ${maxChars} exceeded, found ${text.length}.`;
    sendGraphqlError(res, 400, 'GRAPHQL_VALIDATION_FAILED', message);
  };
}
