import { CustomerEntity } from './customer/customer.entity';
import { IdentityEntity } from './identity/identity.entity';

/** Every TypeORM entity of schema "customer". */
export const entities = [CustomerEntity, IdentityEntity];
