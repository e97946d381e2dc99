import type { ExecutionResult } from 'graphql';
import { MAX_BACKLOG, SharedUpstreams, type UpstreamSource } from './shared-upstream';

/** An in-process upstream the test pushes events into, counting opens, follow-ups and closes. */
function feed() {
  const stats = { opened: 0, closed: 0, followUps: 0 };
  let waiting: { resolve(r: IteratorResult<ExecutionResult>): void; reject(e: unknown): void } | null = null;
  const queued: IteratorResult<ExecutionResult>[] = [];
  const emit = (r: IteratorResult<ExecutionResult>) => (waiting ? (waiting.resolve(r), (waiting = null)) : queued.push(r));
  const source: UpstreamSource = {
    open: () => {
      stats.opened++;
      return {
        next: () => (queued.length ? Promise.resolve(queued.shift()!) : new Promise((resolve, reject) => (waiting = { resolve, reject }))),
        return: async () => {
          stats.closed++;
          emit({ value: undefined, done: true });
          return { value: undefined, done: true };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    followUp: async (event) => {
      stats.followUps++;
      return { data: { n: (event.data as { n: number }).n } };
    },
    failed: () => ({ errors: [{ message: 'interrupted' }] as never }),
  };
  return {
    stats,
    source,
    event: (n: number) => emit({ value: { data: { n } }, done: false }),
    fail: () => waiting?.reject(new Error('socket closed')),
    complete: () => emit({ value: undefined, done: true }),
  };
}
const n = async (it: AsyncIterator<ExecutionResult>) => ((await it.next()).value as ExecutionResult | undefined)?.data?.n;

test('one upstream and one follow-up per event for every client of a key; the last leaving closes it', async () => {
  const upstreams = new SharedUpstreams();
  const f = feed();
  const its = Array.from({ length: 5 }, () => upstreams.subscribe('k', true, () => f.source));
  f.event(1);
  f.event(2);
  for (const it of its) expect([await n(it), await n(it)]).toEqual([1, 2]);
  expect(f.stats).toEqual({ opened: 1, closed: 0, followUps: 2 });
  await its[0].return!();
  f.event(3);
  expect(await n(its[1])).toBe(3);
  expect((await its[0].next()).done).toBe(true);
  await Promise.all(its.slice(1).map((it) => it.return!()));
  expect(f.stats.closed).toBe(1);
  expect(upstreams.size).toBe(0);
});

test('a stream that is no live tail takes joiners only until its first event; a live tail takes them for its life, from then on', async () => {
  const upstreams = new SharedUpstreams();
  const replay = feed();
  const first = upstreams.subscribe('r', false, () => replay.source);
  replay.event(1);
  expect(await n(first)).toBe(1);
  const other = feed();
  const late = upstreams.subscribe('r', false, () => other.source);
  expect(other.stats.opened).toBe(1); // its own upstream, with its own replay

  const tail = feed();
  const a = upstreams.subscribe('t', true, () => tail.source);
  tail.event(1);
  expect(await n(a)).toBe(1);
  const b = upstreams.subscribe('t', true, () => feed().source);
  tail.event(2);
  expect([await n(a), await n(b)]).toEqual([2, 2]);
  expect(tail.stats.opened).toBe(1);
  await Promise.all([first, late, a, b].map((it) => it.return!()));
});

test('an upstream failure reaches every client, then each ends', async () => {
  const upstreams = new SharedUpstreams();
  const f = feed();
  const its = [1, 2, 3].map(() => upstreams.subscribe('k', true, () => f.source));
  f.event(1);
  for (const it of its) expect(await n(it)).toBe(1);
  f.fail();
  for (const it of its) expect((await it.next()).value?.errors?.[0].message).toBe('interrupted');
  for (const it of its) expect((await it.next()).done).toBe(true);
  expect(upstreams.size).toBe(0);
});

test('an upstream that completes ends every client after what it sent', async () => {
  const upstreams = new SharedUpstreams();
  const f = feed();
  const its = [1, 2].map(() => upstreams.subscribe('k', true, () => f.source));
  f.event(1);
  f.complete();
  for (const it of its) expect([await n(it), (await it.next()).done]).toEqual([1, true]);
  expect(upstreams.size).toBe(0);
});

test('a client more than MAX_BACKLOG events behind is dropped alone (told to resume); the others go on', async () => {
  const upstreams = new SharedUpstreams();
  const f = feed();
  const [slow, quick] = [upstreams.subscribe('k', true, () => f.source), upstreams.subscribe('k', true, () => f.source)];
  for (let i = 1; i <= MAX_BACKLOG + 2; i++) {
    f.event(i);
    expect(await n(quick)).toBe(i);
  }
  const got: unknown[] = [];
  for (let r = await slow.next(); !r.done; r = await slow.next()) got.push(r.value.data?.n ?? r.value.errors?.[0].message);
  expect(got).toEqual([...Array.from({ length: MAX_BACKLOG }, (_, i) => i + 1), 'interrupted']);
  expect(f.stats.closed).toBe(0);
  await quick.return!();
  expect(f.stats.closed).toBe(1);
});
