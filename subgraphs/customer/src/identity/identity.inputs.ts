import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { IdentityType } from './identity.enums';
import { Channel } from '../customer/customer.enums';
import { CustomerProfileInput } from '../customer/customer.inputs';

/** An identity to look up or link. */
@InputType({ description: 'An identity on a channel; `appId` is required for WeChat openids.' })
export class IdentityInput {
  @Field(() => IdentityType, { description: 'The kind of identity.' })
  type: IdentityType;

  @Field({ description: 'The identifier on that channel (1–128 characters).' })
  @Length(1, 128)
  value: string;

  @Field(() => String, { nullable: true, description: 'Required for WECHAT_MINI_OPENID and WECHAT_OA_OPENID (the WeChat appid) and for IMPORT_ID (the source system, e.g. cdnow); empty for other types.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'appId must be 1–64 letters, digits, _ or -' })
  appId?: string | null;
}

/** Finds the customer holding an identity, creating one when none does. */
@InputType({ description: 'Find the customer holding an identity, or create one with this profile.' })
export class ResolveCustomerInput {
  @Field(() => IdentityInput, { description: 'The identity presented by the channel.' })
  identity: IdentityInput;

  @Field(() => [IdentityInput], {
    nullable: true,
    description: 'More identities from the same login (at most 4), e.g. the unionid WeChat returns with an openid: the customer is found by any of them, and the ones it does not hold yet are linked in the same call.',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  alsoIdentities?: IdentityInput[] | null;

  @Field(() => Channel, { description: 'The channel the request came from; becomes the registration channel of a new customer.' })
  channel: Channel;

  @Field(() => CustomerProfileInput, { nullable: true, description: 'Profile for a new customer (ignored when the customer exists).' })
  profile?: CustomerProfileInput | null;

  @Field(() => String, { nullable: true, description: 'Referral code used at registration (passed on to loyalty).' })
  @IsOptional()
  @Length(4, 32)
  referralCode?: string | null;
}
