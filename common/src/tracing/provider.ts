import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  TracerProvider,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';
import { readTracingConfig } from '../config/tracing';

let enabled = false;

/** True once `startTracing` registered a provider in this process: every span helper is a no-op before. */
export const tracingOn = (): boolean => enabled;

export interface TracingOptions {
  serviceName: string;
  exporter: SpanExporter;
  /** Export each span as it ends (tests); default batches. */
  immediate?: boolean;
  sampleRatio?: number;
}

/**
 * Registers the process's tracer provider (W3C trace context, AsyncLocalStorage context) exporting to
 * `exporter`. Call before the servers start: data sources created later get the traced pg driver.
 */
export function startTracing(options: TracingOptions): { shutdown(): Promise<void> } {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) }),
    spanProcessors: [options.immediate ? new SimpleSpanProcessor({ exporter: options.exporter }) : new BatchSpanProcessor({ exporter: options.exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  enabled = true;
  return {
    async shutdown() {
      enabled = false;
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Tracing as the environment says (OTLP over HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set); null when off. */
export function startTracingFromEnv(part: string, env: NodeJS.ProcessEnv = process.env): { shutdown(): Promise<void> } | null {
  const config = readTracingConfig(part, env);
  if (!config.endpoint) return null;
  return startTracing({ serviceName: config.serviceName, sampleRatio: config.sampleRatio, exporter: new OTLPTraceExporter({ url: `${config.endpoint}/v1/traces` }) });
}
