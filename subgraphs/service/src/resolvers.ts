import type { ReferenceResolvers } from '@member-graph/common/federation';
import { CustomerServiceResolver } from './customer/customer-service.resolver';
import { FreeReturnResolver } from './free-return/free-return.resolver';
import type { FreeReturnService } from './free-return/free-return.service';
import { customerReference } from './customer/customer.reference';
import {
  progressSubscriptions,
  ProgressResolver,
  ReturnProgressEventResolver,
  TicketProgressEventResolver,
  TicketQueueEventResolver,
} from './progress/progress.resolver';
import type { ProgressService } from './progress/progress.service';
import { ResolverContainer } from '@member-graph/common/federation';
import type { ReturnQueries } from './return/return-queries.service';
import { returnReference } from './return/return.reference';
import { ReturnResolver } from './return/return.resolver';
import type { ReturnService } from './return/return.service';
import { SurveyResolver } from './satisfaction/survey.resolver';
import type { SurveyService } from './satisfaction/survey.service';
import type { MessageService } from './ticket/message.service';
import type { TicketQueries } from './ticket/ticket-queries.service';
import { ticketReference } from './ticket/ticket.reference';
import { TicketResolver } from './ticket/ticket.resolver';
import { TrendResolver } from './trend/trend.resolver';
import { AgentResolver } from './routing/agent.resolver';
import type { AgentService } from './routing/agent.service';
import type { TrendService } from './trend/trend.service';
import type { TicketService } from './ticket/ticket.service';
import { parkedEventResolver, type DeadLetterStore } from '@member-graph/common/events';
import { dataExportReference } from './export/data-export.reference';
import { ServiceExportResolver } from './export/data-export.resolver';
import type { ServiceExportService } from './export/data-export.service';

/** The admin API of the service subgraph's dead letters (`serviceParkedEvents`, `replayServiceParkedEvent`). */
export const ServiceParkedEventResolver = parkedEventResolver('service');

/** The services the GraphQL layer uses (consumers and jobs get theirs in app.ts). */
export interface ResolverServices {
  ticketQueries: TicketQueries;
  tickets: TicketService;
  messages: MessageService;
  returnQueries: ReturnQueries;
  returns: ReturnService;
  surveys: SurveyService;
  progress: ProgressService;
  deadLetters: DeadLetterStore;
  trends: TrendService;
  dataExports: ServiceExportService;
  agents: AgentService;
  freeReturns: FreeReturnService;
}

/** Everything a schema needs to execute: resolver instances, `_entities` resolvers and subscription sources. */
export interface ServiceWiring {
  container: ResolverContainer;
  references: ReferenceResolvers;
  subscriptions: ReturnType<typeof progressSubscriptions>;
}

/** Builds each resolver with exactly the services it uses. */
export function serviceResolvers(s: ResolverServices): ServiceWiring {
  return {
    container: new ResolverContainer([
      new CustomerServiceResolver(),
      new FreeReturnResolver(s.freeReturns),
      new TicketResolver(s.ticketQueries, s.tickets, s.messages),
      new ReturnResolver(s.returnQueries, s.returns),
      new SurveyResolver(s.surveys),
      new ProgressResolver(),
      new TicketProgressEventResolver(),
      new ReturnProgressEventResolver(),
      new TicketQueueEventResolver(),
      new ServiceParkedEventResolver(s.deadLetters),
      new TrendResolver(s.trends, s.surveys),
      new ServiceExportResolver(s.dataExports),
      new AgentResolver(s.agents),
    ]),
    references: { ...customerReference, ...ticketReference(s.ticketQueries), ...returnReference(s.returnQueries), ...dataExportReference },
    subscriptions: progressSubscriptions(s),
  };
}
