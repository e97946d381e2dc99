import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Span } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { tracingOn } from './provider';

/** The tracer of one part (instrumentation scope `member-graph-<part>`). */
export const tracerOf = (part: string) => trace.getTracer(`member-graph-${part}`);

/** Marks a span failed with the error (its exception event and ERROR status). */
export const fail = (span: Span, error: unknown) => {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
};

/** Runs `fn` in a child span of the active one (nothing at all when tracing is off). */
export async function withSpan<T>(part: string, name: string, options: { kind?: SpanKind; attributes?: Attributes }, fn: () => Promise<T>): Promise<T> {
  if (!tracingOn()) return fn();
  const span = tracerOf(part).startSpan(name, options);
  try {
    return await context.with(trace.setSpan(context.active(), span), fn);
  } catch (error) {
    fail(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Express middleware (after the body parser, like `bindRequestTrace`): a SERVER span per request,
 * continuing the caller's W3C `traceparent` (the gateway's, or a client's), active for the rest of it.
 */
export function traceRequests(part: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!tracingOn()) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracerOf(part).startSpan(
      `${req.method} ${req.baseUrl || req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.baseUrl || req.path, 'member_graph.part': part } },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the request's span after the operation (`query MemberHome`) and marks answers with errors. */
export const graphqlSpanPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    if (!tracingOn()) return {};
    const span = trace.getActiveSpan();
    return {
      async didResolveOperation(ctx) {
        const type = ctx.operation?.operation ?? 'unknown';
        span?.updateName(`${type}${ctx.operationName ? ` ${ctx.operationName}` : ''}`);
        span?.setAttributes({ 'graphql.operation.type': type, ...(ctx.operationName ? { 'graphql.operation.name': ctx.operationName } : {}) });
      },
      async willSendResponse(ctx) {
        if (ctx.errors?.length) span?.setAttribute('graphql.error_count', ctx.errors.length);
      },
    };
  },
};

/** Writes the active span's W3C `traceparent` (and `tracestate`) into outgoing fetch headers; nothing when tracing is off. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  if (!tracingOn()) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

export { SpanKind };
