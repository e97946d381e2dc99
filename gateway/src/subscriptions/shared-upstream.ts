import type { ExecutionResult } from 'graphql';

type Step = IteratorResult<ExecutionResult, undefined>;
const DONE: Step = { value: undefined, done: true };

/**
 * Events a client may leave unread: past this, the client is dropped with the interruption error (it
 * resumes with afterSeq) instead of holding the shared upstream back or growing without bound.
 */
export const MAX_BACKLOG = 1000;

/** How a shared upstream is opened and how its events become results (built from its first client). */
export interface UpstreamSource {
  /** Opens the owning subgraph's subscription. */
  open(): AsyncIterableIterator<ExecutionResult>;
  /** The client result of one upstream event (the follow-up), once for all clients of the upstream. */
  followUp(event: ExecutionResult): Promise<ExecutionResult>;
  /** The result that tells clients the upstream failed (its errors, or SUBSCRIPTION_INTERRUPTED). */
  failed(error: unknown): ExecutionResult;
}

/** One client's view of a shared upstream: its own queue, in upstream order. */
class Subscriber implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: Step[] = [];
  private waiter: ((step: Step) => void) | null = null;
  private ended = false;

  constructor(private readonly leave: (s: Subscriber) => Promise<void>) {}

  get backlog() {
    return this.queue.length;
  }

  push(step: Step) {
    if (this.ended) return;
    if (step.done) this.ended = true;
    const w = this.waiter;
    this.waiter = null;
    if (w) w(step);
    else this.queue.push(step);
  }

  next(): Promise<Step> {
    const step = this.queue.shift();
    if (step) return Promise.resolve(step);
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  async return(): Promise<Step> {
    this.push(DONE);
    await this.leave(this);
    return DONE;
  }

  async throw(error?: unknown): Promise<Step> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * One upstream subscription and the clients it serves. Each upstream event runs through the follow-up
 * once and the result goes to every client that was subscribed when the event arrived, in order. A
 * failure or completion of the upstream reaches every client; a client leaving touches no other; the
 * last one leaving closes the upstream.
 */
class SharedUpstream {
  private readonly subscribers = new Set<Subscriber>();
  private upstream: AsyncIterableIterator<ExecutionResult> | null = null;
  private started = false;
  private closed = false;

  constructor(
    private readonly source: UpstreamSource,
    private readonly lateJoinable: boolean,
    private readonly onClosed: () => void,
  ) {}

  /** Open, and either a live tail or still before its first event (see share-key.rules.ts). */
  joinable() {
    return !this.closed && (this.lateJoinable || !this.started);
  }

  join(): AsyncIterableIterator<ExecutionResult> {
    const subscriber = new Subscriber((s) => this.leave(s));
    this.subscribers.add(subscriber);
    if (!this.upstream) {
      this.upstream = this.source.open();
      void this.pump(this.upstream);
    }
    return subscriber;
  }

  private async pump(upstream: AsyncIterableIterator<ExecutionResult>) {
    try {
      for (;;) {
        const step = await upstream.next();
        if (this.closed) return;
        if (step.done) return this.end([]);
        this.started = true;
        const recipients = [...this.subscribers];
        const result = await this.source.followUp(step.value);
        for (const s of recipients) this.deliver(s, result);
      }
    } catch (error) {
      if (this.closed) return;
      this.end([{ value: this.source.failed(error), done: false }]);
      await upstream.return?.();
    }
  }

  private deliver(s: Subscriber, result: ExecutionResult) {
    if (s.backlog < MAX_BACKLOG) return s.push({ value: result, done: false });
    // too far behind: this client alone is told to resume, the others go on
    s.push({ value: this.source.failed(new Error('backlog')), done: false });
    s.push(DONE);
    void this.leave(s);
  }

  private end(last: Step[]) {
    this.close();
    for (const s of this.subscribers) for (const step of [...last, DONE]) s.push(step);
    this.subscribers.clear();
  }

  private close() {
    if (this.closed) return;
    this.closed = true;
    this.onClosed();
  }

  private async leave(s: Subscriber) {
    if (!this.subscribers.delete(s) || this.subscribers.size > 0 || this.closed) return;
    this.close();
    await this.upstream?.return?.();
  }
}

/**
 * The gateway process's open upstream subscriptions by share key: a client whose key has a joinable
 * upstream joins it, any other opens a new one (which then takes the key for later joiners; an older,
 * no longer joinable upstream of the same key runs on for its clients).
 */
export class SharedUpstreams {
  private readonly byKey = new Map<string, SharedUpstream>();

  subscribe(key: string, lateJoinable: boolean, source: () => UpstreamSource): AsyncIterableIterator<ExecutionResult> {
    const current = this.byKey.get(key);
    if (current?.joinable()) return current.join();
    const created: SharedUpstream = new SharedUpstream(source(), lateJoinable, () => {
      if (this.byKey.get(key) === created) this.byKey.delete(key);
    });
    this.byKey.set(key, created);
    return created.join();
  }

  /** Upstreams open to joiners (older ones of a key still running for their clients are not counted). */
  get size() {
    return this.byKey.size;
  }
}
