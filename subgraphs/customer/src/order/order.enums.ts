import { registerEnumType } from 'type-graphql';

/** Where an order stands with respect to refunds. */
export enum OrderStatus {
  PAID = 'PAID',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Refund state of an order: PAID (nothing refunded), PARTIALLY_REFUNDED, REFUNDED (all of it).',
  valuesConfig: {
    PAID: { description: 'Paid; nothing refunded.' },
    PARTIALLY_REFUNDED: { description: 'Part of the amount was refunded.' },
    REFUNDED: { description: 'The whole amount was refunded.' },
  },
});
