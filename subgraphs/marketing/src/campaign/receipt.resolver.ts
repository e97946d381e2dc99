import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { DeliveryReceiptInput } from './campaign.inputs';
import type { DeliveryReceiptService } from './receipt.service';
import { DeliveryReceiptResult } from './campaign.type';

@Resolver()
export class DeliveryReceiptResolver {
  constructor(private readonly receipts: DeliveryReceiptService) {}

  @Mutation(() => [DeliveryReceiptResult], {
    description:
      'Record delivery receipts of sent campaign messages (the integration role only): a message moves forward only (DELIVERED → OPENED → CLICKED; a later stage implies the earlier ones and keeps each stage\'s first time), so a repeated receipt, or one for a stage already passed, changes nothing (UNCHANGED). An unknown message id is answered UNKNOWN_MESSAGE and the rest of the batch is recorded. One result per receipt, in order.',
  })
  recordDeliveryReceipts(
    @Arg('input', () => [DeliveryReceiptInput], { description: 'The receipts (1–500).' }) input: DeliveryReceiptInput[],
    @Ctx() ctx: Context,
  ) {
    return this.receipts.record(ctx.actor, input);
  }
}
