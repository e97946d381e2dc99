import type { Actor } from '@member-graph/common/auth';
import { envelope, type SalesChannel } from '@member-graph/common/events';
import type { NormalisedOrder } from './order.rules';

/** `order.recorded` for an order stored under `id` for `customerId` (the survivor when it was merged away). */
export const orderRecordedEvent = (id: string, customerId: string, order: NormalisedOrder, actor: Actor, occurredAt: Date) =>
  envelope(
    'order.recorded',
    id,
    {
      orderId: id,
      externalNo: order.externalNo,
      customerId,
      channel: order.channel as SalesChannel,
      storeId: order.storeId,
      paidAt: order.paidAt.toISOString(),
      amountCents: order.amountCents,
      lines: order.lines.map((l) => ({ sku: l.sku, category: l.category, quantity: l.quantity, amountCents: l.amountCents })),
    },
    { actor, occurredAt },
  );
