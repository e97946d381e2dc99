import type { PubSub } from 'type-graphql';
import { buildFederatedSchema } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { CustomerServiceResolver } from './customer/customer-service.resolver';
import { customerReference } from './customer/customer.reference';
import { Customer } from './customer/customer.type';
import { ProgressResolver, ReturnProgressEventResolver, TicketProgressEventResolver, TicketQueueEventResolver } from './progress/progress.resolver';
import { returnReference } from './return/return.reference';
import { ReturnResolver } from './return/return.resolver';
import { SurveyResolver } from './satisfaction/survey.resolver';
import { ticketReference } from './ticket/ticket.reference';
import { TicketResolver } from './ticket/ticket.resolver';

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

/** The service subgraph schema; needs no database (the schema script and the gateway build it). */
export const buildServiceSchema = () =>
  buildFederatedSchema({
    resolvers: [
      CustomerServiceResolver,
      TicketResolver,
      ReturnResolver,
      SurveyResolver,
      ProgressResolver,
      TicketProgressEventResolver,
      ReturnProgressEventResolver,
      TicketQueueEventResolver,
    ],
    orphanedTypes: [PageInfo, Customer],
    pubSub: noPubSub,
    references: { ...customerReference, ...ticketReference, ...returnReference },
  });
