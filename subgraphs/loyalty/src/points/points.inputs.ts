import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';

const KEY = /^[A-Za-z0-9_.:-]+$/;
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType({ description: 'Redeem points: a customer for themself, or a store (system/admin) with its transaction id.' })
export class RedeemPointsInput {
  @Field(() => ID, { nullable: true, description: 'The customer; customers may leave it out (themself).' })
  customerId?: string | null;

  @Field(() => Int, { description: 'Points to redeem (1–10,000,000).' })
  @Min(1)
  @Max(10_000_000)
  points: number;

  @Field({ description: 'Required. Repeating a key returns the stored result; reusing it for another request is IDEMPOTENCY_KEY_REUSED.' })
  @Length(1, 128)
  @Matches(KEY, { message: 'idempotencyKey may hold letters, digits, _ . : -' })
  idempotencyKey: string;

  @Field(() => String, { nullable: true, description: 'What the points buy, as a code (default REDEEM), e.g. GIFT, CASH_OFFSET.' })
  @IsOptional()
  @Matches(CODE, { message: 'reasonCode must be UPPER_SNAKE' })
  reasonCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The store (required for staff redemptions).' })
  @IsOptional()
  @Length(1, 64)
  storeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The store\'s transaction id (required for staff redemptions).' })
  @IsOptional()
  @Length(1, 128)
  storeTransactionId?: string | null;

  @Field(() => String, { nullable: true, description: 'A note kept on the ledger line.' })
  @IsOptional()
  @MaxLength(200)
  note?: string | null;
}

@InputType({ description: 'A staff adjustment of a customer\'s points (admins only); the reason is mandatory and kept on the ledger.' })
export class AdjustPointsInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => Int, { description: 'Points to add (positive) or take (negative, never below a zero balance).' })
  @Min(-10_000_000)
  @Max(10_000_000)
  points: number;

  @Field({ description: 'Why (4–500 characters), kept on the ledger line with who did it.' })
  @Length(4, 500)
  reason: string;

  @Field(() => String, { nullable: true, description: 'A reason code (default MANUAL), e.g. GOODWILL, CORRECTION.' })
  @IsOptional()
  @Matches(CODE, { message: 'reasonCode must be UPPER_SNAKE' })
  reasonCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes the adjustment safe to retry: the same key adjusts once.' })
  @IsOptional()
  @Length(1, 128)
  @Matches(KEY, { message: 'idempotencyKey may hold letters, digits, _ . : -' })
  idempotencyKey?: string | null;
}
