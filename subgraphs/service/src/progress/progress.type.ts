import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ReturnRequest, ReturnStageChange } from '../return/return.type';
import { TicketQueueKind } from '../ticket/ticket.enums';
import { Ticket, TicketStatusChange } from '../ticket/ticket.type';

@ObjectType({ description: 'One event of a ticket\'s live progress: a status change, with the ticket as it is now.' })
export class TicketProgressEvent extends TicketStatusChange {
  @Field(() => Int, { description: 'Sequence number within the ticket; resume with afterSeq set to the last one received.' })
  seq: number;

  @Field(() => Ticket, { description: 'The ticket (its fields may come from any subgraph, e.g. customer { loyalty { tier } }).' })
  ticket: Ticket;

  ticketId: string;
}

@ObjectType({ description: 'One event of a return\'s live progress: a stage change, with the return as it is now.' })
export class ReturnProgressEvent extends ReturnStageChange {
  @Field(() => Int, { description: 'Sequence number within the return; resume with afterSeq set to the last one received.' })
  seq: number;

  @Field(() => ReturnRequest, { description: 'The return (its fields may come from any subgraph, e.g. customer { loyalty { tier } }).' })
  return: ReturnRequest;

  returnId: string;
}

@ObjectType({ description: 'One event of the agents\' queue: a new or an escalated ticket.' })
export class TicketQueueEvent {
  @Field(() => Int, { description: 'Position in the queue\'s event log; resume with afterSeq set to the last one received.' })
  seq: number;

  @Field(() => TicketQueueKind, { description: 'Why the ticket is on the queue.' })
  kind: string;

  @Field(() => DateTimeISOResolver, { description: 'When.' })
  at: Date;

  @Field(() => Ticket, { description: 'The ticket.' })
  ticket: Ticket;

  @Field(() => ID, { description: 'The ticket id.' })
  ticketId: string;
}
