import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from './customer.type';
import { CustomerProfileInput } from './customer.inputs';
import type { CustomerEntity } from './customer.entity';
import { canSeePii, maskEmail, maskPhone } from './customer.masking';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { description: 'The signed-in customer (customer tokens only).' })
  me(@Ctx() ctx: Context) {
    return ctx.services.customers.me(ctx.actor, ctx.loaders.customerById);
  }

  @Query(() => Customer, { description: 'One customer by id (staff; a customer may read only themself). A merged id answers the survivor.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customers.get(ctx.actor, id, ctx.loaders.customerById);
  }

  @Mutation(() => Customer, { description: 'Update profile fields (the customer themself, agents, admins).' })
  updateCustomerProfile(@Arg('id', () => ID) id: string, @Arg('input') input: CustomerProfileInput, @Ctx() ctx: Context) {
    return ctx.services.customers.updateProfile(ctx.actor, id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone; shown as 138****1234 unless you are this customer or an admin.' })
  phone(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    return c.phone && (canSeePii(ctx.actor, c.id) ? c.phone : maskPhone(c.phone));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Email; shown as z***@example.com unless you are this customer or an admin.' })
  email(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    return c.email && (canSeePii(ctx.actor, c.id) ? c.email : maskEmail(c.email));
  }
}
