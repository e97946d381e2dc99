import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { traceOf } from './request-id';
import { log } from '../log';

/** Sends one GraphQL-shaped error as JSON: the only shape /graphql ever answers with, whatever failed. */
export function sendGraphqlError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra, requestId: traceOf(res).requestId } }] }));
}

/** A POST must carry JSON; anything else (text/plain, form data, none) is refused before parsing. */
const requireJson: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendGraphqlError(res, 400, 'BAD_REQUEST', 'Send the operation as JSON with Content-Type: application/json');
};

/** body-parser's own failures, by their `type`, as a client would want to read them. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'encoding.unsupported': 'The request body has an unsupported Content-Encoding',
  'charset.unsupported': 'The request body has an unsupported charset',
  'request.aborted': 'The request was aborted',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length',
};

/**
 * Turns body-parser errors into BAD_REQUEST (HTTP 400), and anything else thrown on the way to Apollo
 * into INTERNAL_SERVER_ERROR: JSON with the request id, never express's HTML page or a stack, in any mode.
 */
const jsonErrors: ErrorRequestHandler = (error: { type?: unknown; status?: unknown }, _req, res, next) => {
  if (res.headersSent) return next(error);
  const known = typeof error?.type === 'string' ? BODY_ERRORS[error.type] : undefined;
  if (known) return sendGraphqlError(res, 400, 'BAD_REQUEST', known);
  log().error({ err: error, requestId: traceOf(res).requestId }, 'unexpected error before GraphQL; answered INTERNAL_SERVER_ERROR');
  sendGraphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
};

/** The /graphql body handling every server shares: JSON only, at most `limit`, errors as GraphQL JSON. */
export const jsonBody = (limit = '1mb'): (RequestHandler | ErrorRequestHandler)[] => [requireJson, express.json({ limit }), jsonErrors];
