import 'reflect-metadata';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '../../graphql/pagination';

export enum ParkedEventStatus {
  PARKED = 'PARKED',
  HELD = 'HELD',
  REPLAYED = 'REPLAYED',
}

registerEnumType(ParkedEventStatus, {
  name: 'ParkedEventStatus',
  description: 'Where a dead-lettered event stands.',
  valuesConfig: {
    PARKED: { description: 'Its handler failed every retry; the consumer moved on without it.' },
    HELD: { description: 'Not run: an earlier event of the same aggregate is parked (order per aggregate is kept).' },
    REPLAYED: { description: 'An admin replayed it and the handler succeeded.' },
  },
});

/** One event a subgraph's consumer parked or held (the payload is not shown: it may name a person). */
@ObjectType({ description: "An event a subgraph's consumer could not apply: parked after its retries, or held behind such an event." })
@Directive('@shareable')
export class ParkedEvent {
  @Field(() => ID, { description: "Id within the subgraph's dead-letter table (what a replay takes)." })
  id: string;

  @Field({ description: 'The subgraph whose consumer parked it.' })
  subgraph: string;

  @Field({ description: 'The consumer (its offset and processed-event rows carry this name).' })
  consumer: string;

  @Field(() => ID, { description: 'The event id (the envelope id on the bus).' })
  eventId: string;

  @Field({ description: 'Event type, e.g. order.recorded.' })
  type: string;

  @Field({ description: 'The aggregate the event is about; later events of it are held while this one is open.' })
  aggregateId: string;

  @Field(() => ParkedEventStatus, { description: 'PARKED, HELD or REPLAYED.' })
  status: ParkedEventStatus;

  @Field(() => Int, { description: 'Handler runs so far (retries and replays).' })
  attempts: number;

  @Field(() => String, { nullable: true, description: "The handler's last error (code and message, at most 1,000 characters); null when held." })
  error: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was parked or held.' })
  parkedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When a replay applied it.' })
  replayedAt: Date | null;
}

@ObjectType({ description: 'A page of parked events, oldest first.' })
@Directive('@shareable')
export class ParkedEventConnection {
  @Field(() => [ParkedEvent], { description: 'The events of this page.' })
  nodes: ParkedEvent[];

  @Field(() => Int, { description: 'How many events match, across pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Cursors of this page.' })
  pageInfo: PageInfo;
}
