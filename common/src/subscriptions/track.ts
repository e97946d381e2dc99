/** Counts live subscriptions (each async iterator between its start and its end or return). */
export class SubscriptionTracker {
  private live = 0;

  get active(): number {
    return this.live;
  }

  /** Wraps an iterator so that it counts as active until it finishes, fails or is returned. */
  track<T>(source: AsyncIterator<T>): AsyncIterableIterator<T> {
    this.live++;
    let open = true;
    const close = () => {
      if (open) {
        open = false;
        this.live--;
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
