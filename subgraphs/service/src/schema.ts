import type { PubSub } from 'type-graphql';
import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { CustomerServiceResolver } from './customer/customer-service.resolver';
import { Customer } from './customer/customer.type';
import { ProgressResolver, ReturnProgressEventResolver, TicketProgressEventResolver, TicketQueueEventResolver } from './progress/progress.resolver';
import { ReturnResolver } from './return/return.resolver';
import { SurveyResolver } from './satisfaction/survey.resolver';
import { TicketResolver } from './ticket/ticket.resolver';
import { TrendResolver } from './trend/trend.resolver';
import type { ServiceWiring } from './resolvers';

/**
 * type-graphql insists on a PubSub as soon as a schema has subscriptions; ours never publish through it:
 * every subscription has its own `subscribe` (a progress stream over Postgres NOTIFY).
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error('the service subgraph does not publish through a PubSub');
  },
  subscribe() {
    throw new Error('the service subgraph subscribes through progress streams, not a PubSub');
  },
};

/** The resolver classes; their instances come from the wiring's container. */
const RESOLVERS = [
  CustomerServiceResolver,
  TicketResolver,
  ReturnResolver,
  SurveyResolver,
  ProgressResolver,
  TicketProgressEventResolver,
  ReturnProgressEventResolver,
  TicketQueueEventResolver,
  TrendResolver,
] as const;

/**
 * The service subgraph schema. Without `wiring` it only describes (the schema script and composition
 * build it with no database); with it, it executes: resolvers from the container, `_entities`, and each
 * subscription field's `subscribe` bound to its services.
 */
export async function buildServiceSchema(wiring?: ServiceWiring) {
  const built = await buildFederatedSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [PageInfo, Customer],
    pubSub: noPubSub,
    container: wiring?.container,
    references: wiring?.references,
  });
  if (wiring) {
    const fields = built.schema.getSubscriptionType()!.getFields();
    for (const [name, subscribe] of Object.entries(wiring.subscriptions)) {
      fields[name].subscribe = (source, args, context, info) => (subscribe as (data: unknown) => unknown)({ source, args, context, info });
    }
  }
  return built;
}
