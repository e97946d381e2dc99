import { registerEnumType } from 'type-graphql';

export enum ReturnStage {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  SHIPPED_BACK = 'SHIPPED_BACK',
  COURIER_PICKED_UP = 'COURIER_PICKED_UP',
  RECEIVED = 'RECEIVED',
  QUALITY_CHECK = 'QUALITY_CHECK',
  REFUNDED = 'REFUNDED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReturnStage, {
  name: 'ReturnStage',
  description: 'Where a return is: REQUESTED → APPROVED → SHIPPED_BACK → COURIER_PICKED_UP → RECEIVED → QUALITY_CHECK → REFUNDED, or REJECTED / CANCELLED.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; waiting for an agent when the auto-approval rule did not pass it.' },
    APPROVED: { description: 'Approved (automatically or by an agent); the customer may ship the goods back.' },
    SHIPPED_BACK: { description: 'The customer handed the parcel over and gave the tracking number.' },
    COURIER_PICKED_UP: { description: 'The courier scanned the parcel.' },
    RECEIVED: { description: 'The warehouse received the parcel.' },
    QUALITY_CHECK: { description: 'The goods are being checked.' },
    REFUNDED: { description: 'Refunded: the order records the refund and the points are reversed.' },
    REJECTED: { description: 'Rejected by an agent, or failed the quality check (with the reason in the note).' },
    CANCELLED: { description: 'Cancelled by the customer or an agent before shipping.' },
  },
});
