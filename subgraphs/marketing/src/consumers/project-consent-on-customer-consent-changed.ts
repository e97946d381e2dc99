import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** A consent granted or withdrawn: segment rules and every send check read it. */
export const projectConsentOnCustomerConsentChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership'>, react: boolean): EventHandler<'customer.consent_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.consentChanged(tx, id, event.payload));
