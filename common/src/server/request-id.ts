import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** The header a request id travels in: accepted from clients, returned on every response, forwarded to subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** W3C trace context: forwarded to subgraphs unchanged when a client (or a proxy in front) sent a valid one. */
export const TRACEPARENT_HEADER = 'traceparent';

/** What identifies one request across the gateway and the subgraphs it calls. */
export interface RequestTrace {
  requestId: string;
  traceparent?: string;
}

const SANE_ID = /^[A-Za-z0-9._-]{1,64}$/;
const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** A client's request id when it is a sane token (≤ 64 of [A-Za-z0-9._-]), a fresh UUID otherwise. */
export const acceptRequestId = (value: unknown): string => (typeof value === 'string' && SANE_ID.test(value) ? value : randomUUID());

/** A well-formed W3C traceparent (version ff and all-zero ids are invalid), else undefined. */
export const acceptTraceparent = (value: unknown): string | undefined =>
  typeof value === 'string' && TRACEPARENT.test(value) && !value.startsWith('ff') ? value : undefined;

const storage = new AsyncLocalStorage<RequestTrace>();

/** The id of the request being served (error formatting and logs read it); undefined outside a request. */
export const requestId = (): string | undefined => storage.getStore()?.requestId;

/** The trace of the request being served. */
export const currentTrace = (): RequestTrace | undefined => storage.getStore();

/** Runs `fn` as part of the request `trace` (what `requestId()` answers inside it). */
export const runWithTrace = <T>(trace: RequestTrace, fn: () => T): T => storage.run(trace, fn);

/** The trace `assignRequestId` put on the response. */
export const traceOf = (res: Response): RequestTrace => (res.locals.trace as RequestTrace | undefined) ?? { requestId: acceptRequestId(undefined) };

/**
 * First middleware of /graphql: accepts (or generates) the request id, returns it as `x-request-id`
 * and keeps it, with a valid traceparent, on `res.locals.trace`.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const trace: RequestTrace = { requestId: acceptRequestId(req.header(REQUEST_ID_HEADER)), traceparent: acceptTraceparent(req.header(TRACEPARENT_HEADER)) };
  res.locals.trace = trace;
  res.setHeader(REQUEST_ID_HEADER, trace.requestId);
  next();
}

/**
 * Binds the rest of the request (Apollo's execution, resolvers, the error formatter) to its trace.
 * Placed after the body parser: stream callbacks would otherwise lose the async context.
 */
export function bindRequestTrace(_req: Request, res: Response, next: NextFunction): void {
  runWithTrace(traceOf(res), next);
}
