import { registerEnumType } from 'type-graphql';

/** Where a customer stands in their purchase lifecycle (see lifecycle.rules.ts for the rules). */
export enum LifecycleStage {
  POTENTIAL = 'POTENTIAL',
  NEW = 'NEW',
  ACTIVE = 'ACTIVE',
  LOYAL = 'LOYAL',
  AT_RISK = 'AT_RISK',
  CHURNED = 'CHURNED',
}
registerEnumType(LifecycleStage, {
  name: 'LifecycleStage',
  description:
    'Where a customer stands, derived from their orders: POTENTIAL (no order yet), NEW (one order, within 30 days), ACTIVE (ordered within 90 days), LOYAL (5+ orders, last within 90 days), AT_RISK (last order 90–180 days ago), CHURNED (more than 180 days ago).',
});

/** Why a customer's lifecycle stage moved. */
export enum LifecycleCause {
  ORDER_RECORDED = 'ORDER_RECORDED',
  ORDER_REFUNDED = 'ORDER_REFUNDED',
  MERGE = 'MERGE',
  DAILY_REFRESH = 'DAILY_REFRESH',
  MANUAL_REFRESH = 'MANUAL_REFRESH',
}
registerEnumType(LifecycleCause, {
  name: 'LifecycleCause',
  description: 'Why a lifecycle stage moved.',
  valuesConfig: {
    ORDER_RECORDED: { description: 'An order was recorded for the customer.' },
    ORDER_REFUNDED: { description: 'An order of the customer was fully refunded.' },
    MERGE: { description: 'Another customer was merged into this one, bringing their orders.' },
    DAILY_REFRESH: { description: 'The daily refresh: time passed since the last order (e.g. ACTIVE → AT_RISK).' },
    MANUAL_REFRESH: { description: 'A refresh an admin ran (refreshRfm).' },
  },
});
