import { bindSubscriptions, buildFederatedSchema, STREAMS_ONLY_PUBSUB, type SubscribeFn } from '@member-graph/common/federation';
import { PageInfo } from '@member-graph/common/graphql';
import { CustomerServiceResolver } from './customer/customer-service.resolver';
import { FreeReturnResolver } from './free-return/free-return.resolver';
import { Customer } from './customer/customer.type';
import { DataExport } from './export/data-export.type';
import { ProgressResolver, ReturnProgressEventResolver, TicketProgressEventResolver, TicketQueueEventResolver } from './progress/progress.resolver';
import { ReturnResolver } from './return/return.resolver';
import { SurveyResolver } from './satisfaction/survey.resolver';
import { TicketResolver } from './ticket/ticket.resolver';
import { ServiceParkedEventResolver, type ServiceWiring } from './resolvers';
import { TrendResolver } from './trend/trend.resolver';
import { ServiceExportResolver } from './export/data-export.resolver';
import { AgentResolver } from './routing/agent.resolver';

/** The resolver classes; their instances come from the wiring's container. */
const RESOLVERS = [
  CustomerServiceResolver,
  FreeReturnResolver,
  TicketResolver,
  ReturnResolver,
  SurveyResolver,
  ProgressResolver,
  TicketProgressEventResolver,
  ReturnProgressEventResolver,
  TicketQueueEventResolver,
  ServiceParkedEventResolver,
  TrendResolver,
  ServiceExportResolver,
  AgentResolver,
] as const;

/**
 * The service subgraph schema. Without `wiring` it only describes (the schema script and composition
 * build it with no database); with it, it executes: resolvers from the container, `_entities`, and each
 * subscription field's `subscribe` bound to its services.
 */
export async function buildServiceSchema(wiring?: ServiceWiring) {
  const built = await buildFederatedSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [PageInfo, Customer, DataExport],
    pubSub: STREAMS_ONLY_PUBSUB,
    container: wiring?.container,
    references: wiring?.references,
  });
  if (wiring) bindSubscriptions(built.schema, wiring.subscriptions as Record<string, SubscribeFn>);
  return built;
}
