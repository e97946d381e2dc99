import { platformMigration } from '@member-graph/common/db';
import { MarketingInit } from './1763900004000-marketing-init';
import { MarketingErasure } from './1763900005000-marketing-erasure';
import { MarketingValue } from './1763900016000-marketing-value';

/** Every migration of schema "marketing", in order. Add new ones at the end. */
export const migrations = [platformMigration('marketing', 1763900000003), MarketingInit, MarketingErasure, MarketingValue];
