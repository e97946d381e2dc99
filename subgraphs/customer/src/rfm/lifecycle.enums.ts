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
