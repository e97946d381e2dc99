import type { EventHandler } from '@member-graph/common/events';
import type { ConsumerServices } from './consumer-services';
import { forCustomer } from './apply';

/** New churn probability and CLV (decile) of the customer subgraph's latest fit; a churn risk that rose past a threshold fires CHURN_RISK_ROSE campaigns. */
export const projectValueOnCustomerValueChanged =
  (s: Pick<ConsumerServices, 'facts' | 'membership' | 'triggers'>, react: boolean): EventHandler<'customer.value_changed'> =>
  (event, tx) =>
    forCustomer(s, tx, event.payload.customerId, react, (id) => s.facts.valueChanged(tx, id, event.payload), (id, projected) =>
      s.triggers.onChurnChanged(tx, id, projected.previousChurnProbability, event.payload),
    );
