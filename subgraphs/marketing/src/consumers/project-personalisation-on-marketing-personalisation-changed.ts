import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** The customer's personalisation switch (already applied by the mutation; applied again so that a rebuild keeps it). */
export const projectPersonalisationOnMarketingPersonalisationChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'marketing.personalisation_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.personalisationChanged(tx, id, event.payload.enabled, new Date(event.occurredAt)));
