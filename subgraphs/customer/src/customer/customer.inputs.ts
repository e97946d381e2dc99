import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Gender } from './customer.enums';

/** Profile facts a customer or staff member may set; omitted fields stay as they are. */
@InputType({ description: 'Profile facts to set; omitted fields are left unchanged, null clears a field.' })
export class CustomerProfileInput {
  @Field(() => String, { nullable: true, description: 'Display name (1–100 characters).' })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  gender?: Gender | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth (YYYY-MM-DD), not in the future.' })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code or name (up to 64 characters).' })
  @IsOptional()
  @MaxLength(64)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile (13812341234) or E.164 (+447911123456).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;
}
