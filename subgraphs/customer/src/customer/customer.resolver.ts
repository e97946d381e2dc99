import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from './customer.type';
import { CustomerProfileInput } from './customer.inputs';
import type { CustomerEntity } from './customer.entity';
import { showPii } from '../pii/pii.show';
import { PiiField } from '../pii/pii.type';
import { maskEmail, maskPhone } from './customer.masking';
import type { CustomerService } from './customer.service';

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly customerService: CustomerService) {}

  @Query(() => Customer, { description: 'The signed-in customer (customer tokens only).' })
  me(@Ctx() ctx: Context) {
    return this.customerService.me(ctx.actor, ctx.loaders.customerById);
  }

  @Query(() => Customer, { description: 'One customer by id (staff; a customer may read only themself). A merged id answers the survivor.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.customerService.get(ctx.actor, id, ctx.loaders.customerById);
  }

  @Mutation(() => Customer, { description: 'Update profile fields: the customer themself (the birthday only while it is unset: BIRTHDAY_ALREADY_SET), agents, admins and integrations. The phone changes only through the integration role, which the app calls after verifying the new number by SMS (PHONE_VERIFICATION_REQUIRED otherwise). Birthday and phone changes are audited (who, when).' })
  updateCustomerProfile(@Arg('id', () => ID) id: string, @Arg('input') input: CustomerProfileInput, @Ctx() ctx: Context) {
    return this.customerService.updateProfile(ctx.actor, id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone; shown as 138****1234 unless you are this customer, an admin or staff with the pii:reveal scope (staff reads are audited).' })
  phone(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    return c.phone && showPii(ctx, c.id, PiiField.PHONE, c.phone, maskPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Email; shown as z***@example.com unless you are this customer, an admin or staff with the pii:reveal scope (staff reads are audited).' })
  email(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    return c.email && showPii(ctx, c.id, PiiField.EMAIL, c.email, maskEmail);
  }
}
