import { DeadLetterStore } from '@member-graph/common/events';
import { CareService } from './care/care.service';
import { CategorisationService } from './categorisation/categorisation.service';
import { FactsService } from './customer/facts.service';
import type { Deps } from './deps';
import { ErasureService } from './erasure/erasure.service';
import { FreeReturnService } from './free-return/free-return.service';
import { ProgressService } from './progress/progress.service';
import { AgentService } from './routing/agent.service';
import { RoutingService } from './routing/routing.service';
import { ReturnQueries } from './return/return-queries.service';
import { ReturnService } from './return/return.service';
import { offerSurvey } from './satisfaction/survey.repository';
import { SurveyService } from './satisfaction/survey.service';
import { SlaService } from './sla/sla.service';
import { MessageService } from './ticket/message.service';
import { TicketQueries } from './ticket/ticket-queries.service';
import { TicketService } from './ticket/ticket.service';
import { TrendService } from './trend/trend.service';
import { ServiceExportService } from './export/data-export.service';

export type { Deps };

/** Wires the service subgraph's services by hand (no DI library): each gets exactly its collaborators. */
export function createServices(deps: Deps) {
  const facts = new FactsService(deps);
  const progress = new ProgressService(deps);
  const categorisation = new CategorisationService(deps);
  // routing and care use the ticket service and are told of its openings and freed agents (closures: wired just below)
  const tickets = new TicketService(deps, facts, progress, categorisation, offerSurvey, {
    opened: async (tx, t) => {
      await routing.routeOpened(tx, t);
      await care.onOpened(tx, t);
    },
    released: async (tx, agentId) => void (await routing.fill(tx, agentId)),
  });
  const routing = new RoutingService(deps, tickets);
  const care = new CareService(deps, tickets);
  const agents = new AgentService(deps, routing);
  const ticketQueries = new TicketQueries(deps);
  const messages = new MessageService(deps, facts, tickets);
  const sla = new SlaService(deps, progress);
  const surveys = new SurveyService(deps, tickets);
  const freeReturns = new FreeReturnService();
  const returns = new ReturnService(deps, facts, progress, freeReturns);
  const returnQueries = new ReturnQueries(deps);
  const erasure = new ErasureService(facts, categorisation);
  const deadLetters = new DeadLetterStore(deps.dataSource, 'service');
  const trends = new TrendService(deps);
  const dataExports = new ServiceExportService(deps);
  return { deadLetters, deps, facts, freeReturns, progress, categorisation, tickets, routing, care, agents, ticketQueries, messages, sla, surveys, returns, returnQueries, erasure, trends, dataExports };
}

export type Services = ReturnType<typeof createServices>;
