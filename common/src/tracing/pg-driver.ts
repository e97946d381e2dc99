import pg from 'pg';
import { SpanKind, context, trace } from '@opentelemetry/api';
import { fail, tracerOf } from './spans';

/** The tracer of SQL spans (looked up once per process, after tracing registered its provider). */
let dbTracer: ReturnType<typeof tracerOf> | null = null;
const DB_TRACER = () => (dbTracer ??= tracerOf('db'));

/** The statement's verb (`SELECT`, `INSERT`, …): the span name; the text goes in `db.query.text` (parameters never). */
const verbOf = (sql: string) => /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';

/**
 * A pg Client whose promise queries inside a traced request become CLIENT spans (children of the
 * active span); with no active span (jobs, consumers' polls) or a callback/stream query it is plain pg.
 */
class TracedClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const parent = trace.getSpan(context.active());
    const plain = () => (super.query as (...a: unknown[]) => never).apply(this, args);
    if (!parent?.isRecording() || typeof text !== 'string' || args.some((a) => typeof a === 'function')) return plain();
    const span = DB_TRACER().startSpan(verbOf(text), {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': text.slice(0, 2000), 'db.namespace': this.database ?? '' },
    });
    const run = context.with(trace.setSpan(context.active(), span), () => (super.query as (...a: unknown[]) => Promise<unknown>).call(this, text, values));
    return run.then(
      (result) => {
        span.end();
        return result;
      },
      (error: unknown) => {
        fail(span, error);
        span.end();
        throw error;
      },
    ) as never;
  }
}

class TracedPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super({ ...options, Client: TracedClient } as pg.PoolConfig);
  }
}

/** The pg module with pools of traced clients, for TypeORM's `driver` option. */
export const tracedPgDriver = (): typeof pg => Object.create(pg, { Pool: { value: TracedPool } });
