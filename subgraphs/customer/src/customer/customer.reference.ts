import type { Context } from '../context';
import type { CustomerService } from './customer.service';

/** `_entities` for Customer: batched through the per-request loader, under the same access rules as `customer(id)`. */
export const customerReference = (customers: CustomerService) => ({
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => customers.get(ctx.actor, ref.id, ctx.loaders.customerById),
  },
});
