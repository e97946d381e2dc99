import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A customer\'s loyalty account: tier and progress, points, growth value, badges, referral code and check-in.' })
export class Loyalty {
  @Field(() => ID, { description: 'The customer whose account this is (the survivor, for a merged customer).' })
  customerId: string;
}
