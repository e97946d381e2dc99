import type { GraphQLSchema } from 'graphql';
import type { PubSub } from 'type-graphql';

/**
 * type-graphql insists on a PubSub as soon as a schema has subscriptions; ours never publish through it:
 * every subscription field has its own `subscribe` (a progress stream over the doorbell), bound by
 * `bindSubscriptions` when the schema is built with its services.
 */
export const STREAMS_ONLY_PUBSUB: PubSub = {
  publish() {
    throw new Error('subgraphs do not publish through a PubSub: subscriptions read progress streams');
  },
  subscribe() {
    throw new Error('subgraphs subscribe through progress streams, not a PubSub');
  },
};

/** A subscription field's `subscribe`, given what type-graphql would give it. */
export type SubscribeFn = (data: { source: unknown; args: any; context: any; info: unknown }) => unknown;

/** Binds each named Subscription field of an executable schema to its `subscribe` function. */
export function bindSubscriptions(schema: GraphQLSchema, subscriptions: Record<string, SubscribeFn>): void {
  const fields = schema.getSubscriptionType()?.getFields();
  if (!fields) throw new Error('bindSubscriptions: the schema has no Subscription type');
  for (const [name, subscribe] of Object.entries(subscriptions)) {
    if (!fields[name]) throw new Error(`bindSubscriptions: no Subscription field ${name}`);
    fields[name].subscribe = (source, args, context, info) => subscribe({ source, args, context, info });
  }
}
