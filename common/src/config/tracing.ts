import { ConfigError, readEnv, num, str } from './env';

/** OpenTelemetry settings: tracing is on only when an OTLP endpoint is set. */
export interface TracingConfig {
  /** OTLP/HTTP base URL (traces go to `<endpoint>/v1/traces`); empty: tracing off. */
  endpoint: string;
  /** `service.name` of the spans (default `member-graph-<part>`). */
  serviceName: string;
  /** Share of new traces sampled (0–1); a request that arrives with a sampled traceparent is always followed. */
  sampleRatio: number;
}

/** Reads OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME and OTEL_TRACES_SAMPLER_ARG. */
export function readTracingConfig(part: string, env: NodeJS.ProcessEnv = process.env): TracingConfig {
  const raw = readEnv(
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: str({ default: '', desc: 'OTLP/HTTP collector base URL, e.g. http://otel-collector:4318; empty: no tracing' }),
      OTEL_SERVICE_NAME: str({ default: '', desc: 'service.name of this part\'s spans (default member-graph-<part>)' }),
      OTEL_TRACES_SAMPLER_ARG: num({ default: 1, desc: 'share of new traces sampled, 0–1' }),
    },
    env,
  );
  if (!(raw.OTEL_TRACES_SAMPLER_ARG >= 0 && raw.OTEL_TRACES_SAMPLER_ARG <= 1)) throw new ConfigError('Invalid configuration:\n  OTEL_TRACES_SAMPLER_ARG must be between 0 and 1');
  return Object.freeze({
    endpoint: raw.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ''),
    serviceName: raw.OTEL_SERVICE_NAME || `member-graph-${part}`,
    sampleRatio: raw.OTEL_TRACES_SAMPLER_ARG,
  });
}
