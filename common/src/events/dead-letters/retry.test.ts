import { readEventRetryPolicy } from '../../config/event-retry';
import { FailureCounts, HandlerFailure, RetryLater, retryDelay, runHandler } from './retry';

const policy = { attempts: 4, backoffMs: 100, maxBackoffMs: 250 };

test('the backoff doubles after each failure and stops at the maximum', () => {
  expect([1, 2, 3, 4].map((n) => retryDelay(policy, n))).toEqual([100, 200, 250, 250]);
});

test('an event is retried until its attempts run out, then parked; another event counts on its own', () => {
  const counts = new FailureCounts(policy);
  expect(counts.fail('a')).toEqual({ park: false, retryAfterMs: 100 });
  expect(counts.fail('b')).toEqual({ park: false, retryAfterMs: 100 });
  expect(counts.fail('a')).toEqual({ park: false, retryAfterMs: 200 });
  expect(counts.fail('a')).toEqual({ park: false, retryAfterMs: 250 });
  expect(counts.fail('a')).toEqual({ park: true, attempts: 4 });
  counts.settle('b');
  expect(counts.fail('b')).toEqual({ park: false, retryAfterMs: 100 });
  expect(new FailureCounts({ ...policy, attempts: 1 }).fail('c')).toEqual({ park: true, attempts: 1 });
});

test('a handler error is a HandlerFailure; a database outage is not (it never parks an event)', async () => {
  await expect(runHandler(async () => Promise.reject(new Error('bad payload')))).rejects.toBeInstanceOf(HandlerFailure);
  const outage = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  await expect(runHandler(async () => Promise.reject(outage))).rejects.toBe(outage);
  expect(new RetryLater(new Error('x'), 5).retryAfterMs).toBe(5);
});

test('EVENT_RETRY_* are read and checked', () => {
  expect(readEventRetryPolicy({})).toEqual({ attempts: 5, backoffMs: 500, maxBackoffMs: 30_000 });
  expect(readEventRetryPolicy({ EVENT_RETRY_ATTEMPTS: '2', EVENT_RETRY_BACKOFF_MS: '10', EVENT_RETRY_MAX_BACKOFF_MS: '20' })).toEqual({ attempts: 2, backoffMs: 10, maxBackoffMs: 20 });
  expect(() => readEventRetryPolicy({ EVENT_RETRY_ATTEMPTS: '0' })).toThrow('EVENT_RETRY_ATTEMPTS');
  expect(() => readEventRetryPolicy({ EVENT_RETRY_BACKOFF_MS: '50000' })).toThrow('EVENT_RETRY_BACKOFF_MS');
});
