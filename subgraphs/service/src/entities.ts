import { ReturnProgressEntity, TicketProgressEntity } from './progress/progress.entity';
import { ReturnEntity, ReturnLineEntity } from './return/return.entity';
import { SurveyEntity } from './satisfaction/survey.entity';
import { TicketEntity, TicketHistoryEntity, TicketMessageEntity } from './ticket/ticket.entity';

/**
 * Every TypeORM entity of schema "service" that is read through repositories. The projections
 * (customer_facts, order_facts), the ticket queue and the classifier corrections are written and read
 * with SQL by their services only.
 */
export const entities = [
  TicketEntity,
  TicketMessageEntity,
  TicketHistoryEntity,
  ReturnEntity,
  ReturnLineEntity,
  SurveyEntity,
  TicketProgressEntity,
  ReturnProgressEntity,
];
