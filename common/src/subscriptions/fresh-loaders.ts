import type DataLoader from 'dataloader';

/**
 * A subscription's context lives as long as the subscription, but each event must show its entity as it
 * is now: before every event after the first, the context's loaders forget what they cached. graphql-js
 * resolves one event completely before it pulls the next, so no event reads another's cache.
 */
export async function* withFreshLoaders<T>(events: AsyncIterable<T>, loaders: Record<string, DataLoader<never, unknown, unknown>>): AsyncIterableIterator<T> {
  for await (const event of events) {
    for (const loader of Object.values(loaders)) loader.clearAll();
    yield event;
  }
}
