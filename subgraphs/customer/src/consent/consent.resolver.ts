import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Customer } from '../customer/customer.type';
import type { CustomerEntity } from '../customer/customer.entity';
import { Consent, ConsentChange } from './consent.type';
import { ConsentChannel, ConsentPurpose, ConsentSource } from './consent.enums';
import type { ConsentService } from './consent.service';

@Resolver(() => Customer)
export class ConsentResolver {
  constructor(private readonly consentService: ConsentService) {}

  @Mutation(() => Customer, {
    description: 'Record that the customer agrees to be contacted on a channel for a purpose (the customer themself, agents, admins, integrations). Emits customer.consent_changed when the state changes; granting again is a no-op.',
  })
  grantConsent(
    @Arg('customerId', () => ID, { description: 'The customer who decides.' }) customerId: string,
    @Arg('channel', () => ConsentChannel, { description: 'The channel.' }) channel: ConsentChannel,
    @Arg('purpose', () => ConsentPurpose, { description: 'The purpose.' }) purpose: ConsentPurpose,
    @Arg('source', () => ConsentSource, { description: 'Where the decision was captured.' }) source: ConsentSource,
    @Ctx() ctx: Context,
  ) {
    return this.consentService.grant(ctx.actor, customerId, { channel, purpose, source });
  }

  @Mutation(() => Customer, {
    description: 'Record that the customer no longer agrees to be contacted on a channel for a purpose (the customer themself, agents, admins, integrations). Emits customer.consent_changed when the state changes; withdrawing again is a no-op.',
  })
  withdrawConsent(
    @Arg('customerId', () => ID, { description: 'The customer who decides.' }) customerId: string,
    @Arg('channel', () => ConsentChannel, { description: 'The channel.' }) channel: ConsentChannel,
    @Arg('purpose', () => ConsentPurpose, { description: 'The purpose.' }) purpose: ConsentPurpose,
    @Arg('source', () => ConsentSource, { description: 'Where the decision was captured.' }) source: ConsentSource,
    @Ctx() ctx: Context,
  ) {
    return this.consentService.withdraw(ctx.actor, customerId, { channel, purpose, source });
  }

  @FieldResolver(() => [Consent], { description: 'The current consent for each of the 8 channel × purpose pairs; never given counts as not granted.' })
  consents(@Root() c: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.consentsByCustomer.load(c.id);
  }

  @FieldResolver(() => [ConsentChange], { description: 'Consent decisions of this customer, newest first.' })
  consentHistory(
    @Root() c: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many decisions to return (1–100, default 20).' }) first?: number | null,
  ) {
    return this.consentService.history(ctx.loaders.consentHistoryByCustomer, c.id, first);
  }
}
