import type { Doorbell } from '../events/doorbell';

export interface ProgressStreamOptions<T extends { seq: number }> {
  /** The process's doorbell (NOTIFY, or core NATS with BUS=nats). */
  listener: Doorbell;
  /** The channel writers ring. */
  channel: string;
  /** Only notifications with this payload concern the stream (e.g. the return id); null = every one. */
  key: string | null;
  /** Replay starts after this sequence number. */
  afterSeq: number;
  /** Rows with seq > afterSeq, ascending. */
  fetchAfter(afterSeq: number): Promise<T[]>;
}

/**
 * A live, resumable stream of sequenced rows: it starts listening BEFORE the first read, replays what
 * came after `afterSeq`, then re-reads after the last delivered seq whenever the doorbell rings. Reads
 * are serialised and only rows above the last delivered seq are emitted, so nothing is missed and
 * nothing is delivered twice, whichever replica wrote the row. `return()` stops listening at once.
 */
export function progressStream<T extends { seq: number }>(options: ProgressStreamOptions<T>): AsyncIterableIterator<T> {
  let last = options.afterSeq;
  const queue: T[] = [];
  let waiter: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | null = null;
  let finished = false;
  let failure: unknown = null;
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let unlisten: (() => Promise<void>) | null = null;
  let poll: NodeJS.Timeout | null = null;

  const settleWaiter = () => {
    if (!waiter) return;
    const w = waiter;
    if (queue.length) {
      waiter = null;
      w.resolve({ value: queue.shift()!, done: false });
    } else if (failure) {
      waiter = null;
      w.reject(failure);
    } else if (finished) {
      waiter = null;
      w.resolve({ value: undefined, done: true });
    }
  };

  const stop = async () => {
    if (finished) return;
    finished = true;
    if (poll) clearInterval(poll);
    settleWaiter();
    const u = unlisten;
    unlisten = null;
    await u?.();
  };

  const read = () => {
    if (finished) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = (async () => {
      do {
        readAgain = false;
        for (const row of await options.fetchAfter(last)) {
          if (row.seq <= last) continue;
          last = row.seq;
          queue.push(row);
        }
        settleWaiter();
      } while (readAgain && !finished);
    })()
      .catch((error) => {
        failure = error;
        void stop();
      })
      .finally(() => {
        reading = null;
      });
  };

  options.listener
    .listen(options.channel, (payload) => {
      if (options.key === null || payload === options.key || payload === '') read();
    })
    .then(
      (u) => {
        if (finished) return void u();
        unlisten = u;
        // a doorbell that can lose a ring (see Doorbell.safetyPollMs) is backed by a slow re-read
        const every = options.listener.safetyPollMs;
        if (every) (poll = setInterval(read, every)).unref();
        read();
      },
      (error) => {
        failure = error;
        void stop();
      },
    );

  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (failure) return Promise.reject(failure);
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
      });
    },
    async return() {
      await stop();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await stop();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
