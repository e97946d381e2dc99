import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { startTracing } from '../tracing/provider';

/** A span as tests compare them: who made it, its name and kind, and where it sits in its trace. */
export interface SpanRecord {
  scope: string;
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentId?: string;
  attributes: ReadableSpan['attributes'];
}

/**
 * Turns tracing on in this (test) process with an in-memory exporter; every span is kept as it ends.
 * Call before the stack starts (data sources pick the traced pg driver when they are created).
 */
export function recordSpans() {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing({ serviceName: 'member-graph-test', exporter, immediate: true });
  return {
    spans: (): SpanRecord[] =>
      exporter.getFinishedSpans().map((s) => ({
        scope: s.instrumentationScope.name,
        name: s.name,
        kind: s.kind,
        traceId: s.spanContext().traceId,
        spanId: s.spanContext().spanId,
        parentId: s.parentSpanContext?.spanId,
        attributes: s.attributes,
      })),
    reset: () => exporter.reset(),
    stop: () => tracing.shutdown(),
  };
}
