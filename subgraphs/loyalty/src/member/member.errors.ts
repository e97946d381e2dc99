import { badInput } from '@member-graph/common/errors';

/** Staff and integrations must name the customer a write is for (a customer caller is the default). */
export const customerIdRequired = () => badInput('customerId is required', { field: 'customerId' });
