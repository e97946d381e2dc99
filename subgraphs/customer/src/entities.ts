import { CustomerEntity } from './customer/customer.entity';
import { IdentityEntity } from './identity/identity.entity';
import { OrderEntity } from './order/order.entity';
import { OrderLineEntity } from './order/order-line.entity';
import { RefundEntity } from './order/refund.entity';
import { TagEntity } from './tag/tag.entity';
import { ConsentChangeEntity, ConsentEntity } from './consent/consent.entity';
import { BehaviourEventEntity } from './behaviour/behaviour.entity';
import { LifecycleTransitionEntity } from './rfm/lifecycle-transition.entity';

/** Every TypeORM entity of schema "customer". */
export const entities = [CustomerEntity, IdentityEntity, OrderEntity, OrderLineEntity, RefundEntity, TagEntity, ConsentEntity, ConsentChangeEntity, BehaviourEventEntity, LifecycleTransitionEntity];
