import { ConfigError, readEnv, num } from './env';

/** How a consumer retries a failing event handler before it parks the event (see README, Observability). */
export interface EventRetryPolicy {
  /** Handler runs before the event is parked in the consumer's dead-letter table (≥ 1). */
  attempts: number;
  /** Wait after the first failure; doubled after each further one. */
  backoffMs: number;
  /** The longest wait between two runs. */
  maxBackoffMs: number;
}

export const DEFAULT_EVENT_RETRY: EventRetryPolicy = Object.freeze({ attempts: 5, backoffMs: 500, maxBackoffMs: 30_000 });

/** Reads EVENT_RETRY_ATTEMPTS, EVENT_RETRY_BACKOFF_MS and EVENT_RETRY_MAX_BACKOFF_MS. */
export function readEventRetryPolicy(env: NodeJS.ProcessEnv = process.env): EventRetryPolicy {
  const raw = readEnv(
    {
      EVENT_RETRY_ATTEMPTS: num({ default: DEFAULT_EVENT_RETRY.attempts, desc: 'handler runs before a failing event is parked (dead-letter table)' }),
      EVENT_RETRY_BACKOFF_MS: num({ default: DEFAULT_EVENT_RETRY.backoffMs, desc: 'wait after the first failure, doubled each time' }),
      EVENT_RETRY_MAX_BACKOFF_MS: num({ default: DEFAULT_EVENT_RETRY.maxBackoffMs, desc: 'longest wait between two runs of a failing handler' }),
    },
    env,
  );
  const policy = { attempts: raw.EVENT_RETRY_ATTEMPTS, backoffMs: raw.EVENT_RETRY_BACKOFF_MS, maxBackoffMs: raw.EVENT_RETRY_MAX_BACKOFF_MS };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1 || policy.attempts > 100) throw new ConfigError('Invalid configuration:\n  EVENT_RETRY_ATTEMPTS must be an integer from 1 to 100');
  if (policy.backoffMs < 0 || policy.maxBackoffMs < policy.backoffMs) throw new ConfigError('Invalid configuration:\n  EVENT_RETRY_BACKOFF_MS must be ≥ 0 and ≤ EVENT_RETRY_MAX_BACKOFF_MS');
  return Object.freeze(policy);
}
