import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import type { Clock } from '@member-graph/common/time';
import { recordPiiReveals } from './pii.repository';

/**
 * The audit of PII shown unmasked to staff (DESIGN §7), one per request: `load('<customerId>|<PHONE or
 * EMAIL>')` resolves once that reveal is recorded. Each (customer, field) a request reveals is recorded
 * once, for a whole page in one statement, before the value is returned: no audit row, no value.
 */
export function piiReveals(dataSource: DataSource, clock: Clock, actor: Actor | null): DataLoader<string, true> {
  return new DataLoader<string, true>(async (keys) => {
    if (!actor) throw new Error('a reveal needs an actor'); // piiAccess gives none 'reveal'
    await recordPiiReveals(dataSource, keys.map((k) => k.split('|') as [string, string]), actor, clock.now());
    return keys.map(() => true as const);
  });
}
