import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { DeletionRequestStatusEnum, type DeletionRequestStatus } from './deletion.enums';

@ObjectType({ description: "A customer's request to delete their account (PIPL Art. 47): erased after a cooling-off period unless cancelled." })
export class DeletionRequest {
  @Field(() => ID, { description: 'The request.' })
  id: string;

  @Field(() => DateTimeISOResolver, { description: 'When the customer asked.' })
  requestedAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the account is erased unless the request is cancelled first.' })
  erasesAt: Date;

  @Field(() => DeletionRequestStatusEnum, { description: 'PENDING, CANCELLED or ERASED.' })
  status: DeletionRequestStatus;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was cancelled or carried out (null while pending).' })
  closedAt: Date | null;
}
