/**
 * Runs `work` one at a time: kicks while it runs are coalesced into exactly one more run, a timer
 * kicks it every `pollMs` as a fallback to the doorbell, and failures back off instead of spinning.
 */
export class Pump {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private failures = 0;
  /** A wait the failed work asked for (`retryAfterMs` on its error), instead of the pump's own backoff. */
  private retryAfter: number | null = null;

  constructor(
    private readonly work: () => Promise<boolean>,
    private readonly pollMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start() {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a run soon; returns the run in flight (or the new one). */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async loop() {
    do {
      this.again = false;
      try {
        // `work` returns true when there may be more to do right away
        while ((await this.work()) && !this.stopped) this.failures = 0;
        this.failures = 0;
      } catch (error) {
        this.failures++;
        this.onError(error);
        const asked = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
        this.retryAfter = typeof asked === 'number' ? asked : null;
        this.again = false;
      }
    } while (this.again && !this.stopped);
    if (this.stopped) return;
    this.schedule(this.retryAfter ?? (this.failures ? Math.min(30_000, this.pollMs * 2 ** this.failures) : this.pollMs));
    this.retryAfter = null;
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.kick();
    }, ms);
    this.timer.unref?.();
  }
}
