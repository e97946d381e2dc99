/** Counts live subscriptions (each async iterator between its start and its end or return). */
export class SubscriptionTracker {
  private live = 0;
  private readonly perField = new Map<string, number>();

  get active(): number {
    return this.live;
  }

  /** Live subscriptions per root field (fields that had one and now have none answer 0). */
  byField(): ReadonlyMap<string, number> {
    return this.perField;
  }

  /** Wraps an iterator so that it counts as active (under its root `field`) until it finishes, fails or is returned. */
  track<T>(source: AsyncIterator<T>, field = 'unknown'): AsyncIterableIterator<T> {
    this.live++;
    this.perField.set(field, (this.perField.get(field) ?? 0) + 1);
    let open = true;
    const close = () => {
      if (open) {
        open = false;
        this.live--;
        this.perField.set(field, (this.perField.get(field) ?? 1) - 1);
      }
    };
    return {
      next: async () => {
        try {
          const result = await source.next();
          if (result.done) close();
          return result;
        } catch (error) {
          close();
          throw error;
        }
      },
      return: async (value?: unknown) => {
        close();
        return (await source.return?.(value)) ?? { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        close();
        if (source.throw) return source.throw(error);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
