import { DEFAULT_EVENT_RETRY, type EventRetryPolicy } from '../../config/event-retry';
import { isDependencyUnavailable } from '../../errors/unavailable';

/** The wait before run `attempt + 1` of a handler that failed `attempt` times (exponential, capped). */
export const retryDelay = (policy: EventRetryPolicy, attempt: number): number =>
  Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.max(0, attempt - 1));

/** A handler threw: counts toward parking (a database or network outage does not, it is retried forever). */
export class HandlerFailure extends Error {
  override name = 'HandlerFailure';
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** A handler failed and will run again after `retryAfterMs` (the consumer's pump waits that long). */
export class RetryLater extends Error {
  override name = 'RetryLater';
  constructor(
    readonly failure: unknown,
    readonly retryAfterMs: number,
  ) {
    super(`handler failed, retrying in ${retryAfterMs} ms: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
}

/** Runs a handler; its own errors become HandlerFailure unless they mean the database or network is down. */
export async function runHandler(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw isDependencyUnavailable(error) ? error : new HandlerFailure(error);
  }
}

export type RetryDecision = { park: true; attempts: number } | { park: false; retryAfterMs: number };

/**
 * Handler failures per event id, counted in this process (the event is being retried, nothing after it
 * runs meanwhile, so the map holds an entry or two). With N replicas an event runs at most N × attempts times.
 */
export class FailureCounts {
  private readonly counts = new Map<string, number>();

  constructor(readonly policy: EventRetryPolicy = DEFAULT_EVENT_RETRY) {}

  /** Records one more failure of `eventId`: park it now, or retry after the backoff. */
  fail(eventId: string): RetryDecision {
    const attempts = (this.counts.get(eventId) ?? 0) + 1;
    if (attempts >= this.policy.attempts) {
      this.counts.delete(eventId);
      return { park: true, attempts };
    }
    this.counts.set(eventId, attempts);
    return { park: false, retryAfterMs: retryDelay(this.policy, attempts) };
  }

  /** The event went through (applied, held or parked): forget it. */
  settle(eventId: string): void {
    this.counts.delete(eventId);
  }
}

/** In a drain loop: waits out a RetryLater's backoff (answering true: go on); anything else is thrown. */
export async function waitOnRetryLater(error: unknown): Promise<true> {
  if (!(error instanceof RetryLater)) throw error;
  await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs));
  return true;
}
