import { DeadLetterStore } from '@member-graph/common/events';
import { CategorisationService } from './categorisation/categorisation.service';
import { FactsService } from './customer/facts.service';
import type { Deps } from './deps';
import { ErasureService } from './erasure/erasure.service';
import { FreeReturnService } from './free-return/free-return.service';
import { ProgressService } from './progress/progress.service';
import { ReturnQueries } from './return/return-queries.service';
import { ReturnService } from './return/return.service';
import { offerSurvey } from './satisfaction/survey.repository';
import { SurveyService } from './satisfaction/survey.service';
import { SlaService } from './sla/sla.service';
import { MessageService } from './ticket/message.service';
import { TicketQueries } from './ticket/ticket-queries.service';
import { TicketService } from './ticket/ticket.service';
import { TrendService } from './trend/trend.service';

export type { Deps };

/** Wires the service subgraph's services by hand (no DI library): each gets exactly its collaborators. */
export function createServices(deps: Deps) {
  const facts = new FactsService(deps);
  const progress = new ProgressService(deps);
  const categorisation = new CategorisationService(deps);
  const tickets = new TicketService(deps, facts, progress, categorisation, offerSurvey);
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
  return { deadLetters, deps, facts, freeReturns, progress, categorisation, tickets, ticketQueries, messages, sla, surveys, returns, returnQueries, erasure, trends };
}

export type Services = ReturnType<typeof createServices>;
