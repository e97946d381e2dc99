import { runWithTrace, type RequestTrace } from '../server/request-id';

/**
 * Runs every step of `source` (next, return, throw) as part of `trace`: graphql-ws pulls events from
 * its own socket handlers, so without this the SQL, logs and upstream fetches of each event would
 * have no request id.
 */
export function traced<T>(source: AsyncIterator<T>, trace: RequestTrace): AsyncIterator<T> {
  return {
    next: () => runWithTrace(trace, () => source.next()),
    return: async (value?: unknown) => runWithTrace(trace, async () => (await source.return?.(value)) ?? { value: undefined, done: true }),
    throw: async (error?: unknown) =>
      runWithTrace(trace, async () => {
        if (source.throw) return source.throw(error);
        throw error;
      }),
  };
}
