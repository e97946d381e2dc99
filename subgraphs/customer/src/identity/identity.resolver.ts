import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { maskPhone } from '../customer/customer.masking';
import { showPii } from '../pii/pii.show';
import { PiiField } from '../pii/pii.type';
import { Identity } from './identity.type';
import { IdentityInput, ResolveCustomerInput } from './identity.inputs';
import { IdentityType } from './identity.enums';
import type { IdentityService } from './identity.service';

/** What resolveCustomer answers. */
@ObjectType({ description: 'The customer behind an identity and whether this call created them.' })
export class ResolveCustomerResult {
  @Field(() => Customer, { description: 'The customer holding the identity.' })
  customer: CustomerEntity;

  @Field({ description: 'True when the customer was created by this call.' })
  created: boolean;
}

@Resolver(() => Customer)
export class IdentityResolver {
  constructor(private readonly identityService: IdentityService) {}

  @Mutation(() => ResolveCustomerResult, { description: 'Find the customer holding an identity, creating one if none does (integrations and admins). Idempotent under races.' })
  resolveCustomer(@Arg('input') input: ResolveCustomerInput, @Ctx() ctx: Context) {
    return this.identityService.resolve(ctx.actor, input);
  }

  @Mutation(() => Customer, { description: 'Link another identity to a customer; one held by another customer is IDENTITY_TAKEN.' })
  linkIdentity(@Arg('customerId', () => ID) customerId: string, @Arg('identity') identity: IdentityInput, @Ctx() ctx: Context) {
    return this.identityService.link(ctx.actor, customerId, identity);
  }

  @Mutation(() => Customer, {
    description: 'Take a wrongly linked identity off a customer (admins), with the reason; audited without the identifier. The only identity of a customer cannot be unlinked (LAST_IDENTITY).',
  })
  unlinkIdentity(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('identity') identity: IdentityInput,
    @Arg('reason', { description: 'Why (3–500 characters), for the audit.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.identityService.unlink(ctx.actor, customerId, identity, reason);
  }

  @FieldResolver(() => [Identity], { description: 'Every identity of this customer across channels.' })
  async identities(@Root() c: CustomerEntity, @Ctx() ctx: Context): Promise<Identity[]> {
    const rows = await ctx.loaders.identitiesByCustomer.load(c.id);
    return Promise.all(
      rows.map(async (r) => ({
        type: r.type as IdentityType,
        appId: r.appId || null,
        value: r.type === IdentityType.PHONE ? await showPii(ctx, c.id, PiiField.PHONE, r.value, maskPhone) : r.value,
        linkedAt: r.createdAt,
      })),
    );
  }
}
