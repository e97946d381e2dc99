import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { IdentityType } from './identity.enums';

/** One way a customer is known on a channel. Phone identities are masked like the phone field. */
@ObjectType({ description: 'One way a customer is known on a channel (ID-mapping).' })
export class Identity {
  @Field(() => IdentityType, { description: 'The kind of identity.' })
  type: IdentityType;

  @Field(() => String, { nullable: true, description: 'The WeChat appid for per-app openids, the source system for IMPORT_ID; null otherwise.' })
  appId: string | null;

  @Field({ description: 'The identifier on that channel (masked for phone identities unless you may see PII).' })
  value: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was linked.' })
  linkedAt: Date;
}
