import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { PageInfo } from '@member-graph/common/graphql';

export enum PointsEntryType {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
  REVERSE = 'REVERSE',
  ADJUST = 'ADJUST',
}
registerEnumType(PointsEntryType, {
  name: 'PointsEntryType',
  description: 'EARN (orders, check-ins, birthdays, referrals), REDEEM, EXPIRE (first in, first out), REVERSE (refunds, voided referrals), ADJUST (admins, with a reason).',
});

@ObjectType({ description: 'One append-only line of the points ledger; the balance is the sum of all lines.' })
export class PointsEntry {
  @Field(() => ID, { description: 'Ledger line id (increasing).' })
  id: number;

  @Field(() => PointsEntryType, { description: 'What kind of line.' })
  type: string;

  @Field(() => Int, { description: 'Signed number of points (negative for redemptions, expiry and reversals).' })
  amount: number;

  @Field(() => Int, { description: 'The balance right after this line was written.' })
  balanceAfter: number;

  @Field({ description: 'Why, as a code: ORDER, ORDER_REFUND, CHECK_IN, BIRTHDAY_GIFT, REFERRAL, REDEEM, EXPIRY, MANUAL…' })
  reasonCode: string;

  @Field(() => String, { nullable: true, description: 'The kind of source: ORDER, REFUND, LOT, STORE, STAFF, CHECK_IN…' })
  sourceType: string | null;

  @Field(() => String, { nullable: true, description: 'The order, refund, lot or store transaction behind the line.' })
  sourceId: string | null;

  @Field(() => String, { nullable: true, description: 'The store, for store redemptions and store orders.' })
  storeId: string | null;

  @Field(() => String, { nullable: true, description: 'A note (the mandatory reason of a staff adjustment).' })
  note: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the points of an earning line lapse (first in, first out).' })
  expiresAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When the line was written.' })
  createdAt: Date;
}

@ObjectType({ description: 'A customer\'s points: the balance and what lapses soon.' })
export class PointsSummary {
  customerId: string;
}

@ObjectType({ description: 'A points ledger line in a page.' })
export class PointsEntryEdge {
  @Field(() => PointsEntry, { description: 'The ledger line.' })
  node: PointsEntry;

  @Field({ description: 'Pass as `after` to read on from this line.' })
  cursor: string;
}

@ObjectType({ description: 'A page of the points ledger, newest first.' })
export class PointsEntryConnection {
  @Field(() => [PointsEntryEdge], { description: 'The lines of this page with their cursors.' })
  edges: PointsEntryEdge[];

  @Field(() => [PointsEntry], { description: 'The lines of this page.' })
  nodes: PointsEntry[];

  @Field(() => PageInfo, { description: 'Where this page sits in the ledger.' })
  pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many lines the whole ledger holds, counted only when asked and for every customer of a request at once.' })
  totalCount: number;
}

@ObjectType({ description: 'The result of a redemption; repeating the idempotency key returns the same result.' })
export class Redemption {
  @Field(() => PointsEntry, { description: 'The REDEEM line.' })
  entry: PointsEntry;

  @Field(() => Int, { description: 'The balance right after the redemption.' })
  balance: number;

  @Field({ description: 'True when this answer is the stored result of an earlier call with the same key.' })
  replayed: boolean;
}

/** One change of the signed-in member's points, as `pointsChanged` delivers it. */
@ObjectType({ description: 'A change of the member\'s points: the new ledger line and the balance after it.' })
export class PointsChange {
  @Field(() => Int, { description: 'The position in the member\'s stream (the ledger line id): resume with afterSeq set to the last one seen.' })
  seq: number;

  @Field(() => PointsEntry, { description: 'The ledger line written.' })
  entry: PointsEntry;

  @Field(() => Int, { description: 'The balance right after this line.' })
  balance: number;
}
