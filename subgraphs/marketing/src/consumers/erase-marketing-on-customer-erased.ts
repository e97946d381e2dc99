import type { EventHandler } from '@member-graph/common/events';
import { lockCustomers } from '../deps';
import type { ConsumerServices } from './consumer-services';

/**
 * Erasure (PIPL Art. 47): the customer and those merged into them leave the projection for good
 * (later events about them are ignored); then marketing's own rows about them are deleted or
 * redacted. A redelivery finds them erased already and changes nothing.
 */
export const eraseMarketingOnCustomerErased =
  (s: Pick<ConsumerServices, 'facts' | 'erasure'>, react: boolean): EventHandler<'customer.erased'> =>
  async (event, tx) => {
    const ids = await s.facts.erasure.idsOf(tx, event.payload.customerId, event.payload.formerIds);
    await lockCustomers(tx, ...ids);
    const erased = await s.facts.erasure.erase(tx, ids);
    if (!react) return;
    await s.erasure.forget(tx, erased);
  };
