import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@member-graph/common/graphql';

export enum RewardKind {
  COUPON_TEMPLATE = 'COUPON_TEMPLATE',
  GIFT = 'GIFT',
  FREE_RETURN_VOUCHER = 'FREE_RETURN_VOUCHER',
}
registerEnumType(RewardKind, {
  name: 'RewardKind',
  description: 'What a reward gives.',
  valuesConfig: {
    COUPON_TEMPLATE: { description: 'A coupon issued by marketing from the reward\'s coupon template.' },
    GIFT: { description: 'A physical gift.' },
    FREE_RETURN_VOUCHER: { description: 'A voucher for one free return shipment.' },
  },
});

export enum RewardAvailability {
  AVAILABLE = 'AVAILABLE',
  INACTIVE = 'INACTIVE',
  NOT_STARTED = 'NOT_STARTED',
  ENDED = 'ENDED',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
}
registerEnumType(RewardAvailability, {
  name: 'RewardAvailability',
  description: 'Whether a reward can be exchanged now, and if not, why.',
  valuesConfig: {
    AVAILABLE: { description: 'Active, within its window and in stock.' },
    INACTIVE: { description: 'Deactivated by an admin.' },
    NOT_STARTED: { description: 'Its window has not started.' },
    ENDED: { description: 'Its window has ended.' },
    OUT_OF_STOCK: { description: 'Every unit was exchanged.' },
  },
});

@ObjectType({ description: 'The price of a reward for one tier.' })
export class RewardTierPrice {
  @Field({ description: 'The tier code.' })
  tier: string;

  @Field(() => Float, { description: 'The share of the list price the tier pays (1 when the reward gives it no ratio).' })
  ratio: number;

  @Field(() => Int, { description: 'The points the tier pays (rounded up to a whole point).' })
  price: number;
}

@ObjectType({ description: 'A reward of the catalogue, exchanged for points.' })
export class Reward {
  @Field(() => ID, { description: 'The reward id.' })
  id: string;

  @Field({ description: 'The name members see.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What members get.' })
  description: string | null;

  @Field(() => RewardKind, { description: 'What the reward gives.' })
  kind: RewardKind;

  @Field(() => ID, { nullable: true, description: 'The marketing coupon template a COUPON_TEMPLATE reward issues from.' })
  couponTemplateId: string | null;

  @Field(() => Int, { description: 'The list price in points (what a tier without a ratio pays).' })
  pointsPrice: number;

  @Field(() => Int, { description: 'What the signed-in member pays at their tier now (the list price for staff).' })
  price: number;

  @Field(() => [RewardTierPrice], { description: 'The price for every tier of the tier table, lowest tier first.' })
  tierPrices: RewardTierPrice[];

  @Field(() => Int, { nullable: true, description: 'How many can be exchanged in all (null: unlimited).' })
  stock: number | null;

  @Field(() => Int, { nullable: true, description: 'How many are left (null: unlimited).' })
  remaining: number | null;

  @Field({ description: 'False once an admin deactivated it.' })
  active: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable from (inclusive).' })
  validFrom: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Exchangeable until (exclusive).' })
  validUntil: Date | null;

  @Field(() => RewardAvailability, { description: 'Whether it can be exchanged now, and if not, why.' })
  availability: RewardAvailability;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it was last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'A reward in a page.' })
export class RewardEdge {
  @Field(() => Reward, { description: 'The reward.' })
  node: Reward;

  @Field({ description: 'Pass as `after` to read on from this reward.' })
  cursor: string;
}

@ObjectType({ description: 'A page of the rewards catalogue, newest first.' })
export class RewardConnection {
  @Field(() => [RewardEdge], { description: 'The rewards of this page with their cursors.' })
  edges: RewardEdge[];

  @Field(() => [Reward], { description: 'The rewards of this page.' })
  nodes: Reward[];

  @Field(() => PageInfo, { description: 'Where this page sits in the catalogue.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'Points exchanged for a reward: what was paid, at which tier, and the ledger line that paid it.' })
export class RewardExchange {
  @Field(() => ID, { description: 'The exchange id (increasing).' })
  id: string;

  @Field(() => ID, { description: 'The reward exchanged.' })
  rewardId: string;

  @Field({ description: 'The reward\'s name at the time of the exchange.' })
  rewardName: string;

  @Field(() => RewardKind, { description: 'What the reward gives.' })
  kind: RewardKind;

  @Field(() => ID, { nullable: true, description: 'The coupon template marketing issues the coupon from (COUPON_TEMPLATE rewards).' })
  couponTemplateId: string | null;

  @Field({ description: 'The member\'s tier when exchanging (its ratio set the price).' })
  tier: string;

  @Field(() => Int, { description: 'The points paid.' })
  points: number;

  @Field(() => ID, { description: 'The REDEEM line of the points ledger that paid for it.' })
  entryId: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was exchanged.' })
  createdAt: Date;
}

@ObjectType({ description: 'An exchange in a page.' })
export class RewardExchangeEdge {
  @Field(() => RewardExchange, { description: 'The exchange.' })
  node: RewardExchange;

  @Field({ description: 'Pass as `after` to read on from this exchange.' })
  cursor: string;
}

@ObjectType({ description: 'A page of a member\'s reward exchanges, newest first.' })
export class RewardExchangeConnection {
  @Field(() => [RewardExchangeEdge], { description: 'The exchanges of this page with their cursors.' })
  edges: RewardExchangeEdge[];

  @Field(() => [RewardExchange], { description: 'The exchanges of this page.' })
  nodes: RewardExchange[];

  @Field(() => PageInfo, { description: 'Where this page sits in the member\'s exchanges.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many exchanges the member made, counted only when asked and for every member of a request at once.' })
  totalCount: number;
}

@ObjectType({ description: 'The result of an exchange; repeating the idempotency key returns the same result.' })
export class RewardExchangeResult {
  @Field(() => RewardExchange, { description: 'The exchange.' })
  exchange: RewardExchange;

  @Field(() => Int, { description: 'The points balance right after the exchange.' })
  balance: number;

  @Field({ description: 'True when this answer is the stored result of an earlier call with the same key.' })
  replayed: boolean;
}
