import { registerEnumType } from 'type-graphql';

/** How the CLV distribution groups customers. */
export enum ClvGrouping {
  SEGMENT = 'SEGMENT',
  TIER = 'TIER',
}
registerEnumType(ClvGrouping, {
  name: 'ClvGrouping',
  description: 'How the CLV distribution groups customers.',
  valuesConfig: {
    SEGMENT: { description: 'One group per saved (not archived) segment, by its members; a customer may be in several.' },
    TIER: { description: 'One group per loyalty tier; customers without a tier event are in the base tier (MEMBER).' },
  },
});
