import { badInput } from '@member-graph/common/errors';
import { decodeCursor, ownerCounts, ownerPages, pageSize, toConnection } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import type { RewardExchangeEntity } from './reward.entity';
import { EXCHANGE_COLUMNS } from './reward.repository';

/** One page request of one member's exchanges. */
export interface ExchangeKey {
  customerId: string;
  first: number;
  afterId: string | null;
}

/** Exchange pages of many members, newest first, in one statement per tick. */
export const exchangePages = (deps: Deps) =>
  ownerPages<ExchangeKey, RewardExchangeEntity>(deps.dataSource, {
    table: 'loyalty.reward_exchanges',
    sort: [{ column: 'id', type: 'bigint' }],
    direction: 'desc',
    columns: EXCHANGE_COLUMNS,
    window: (k) => ({ owner: k.customerId, limit: k.first + 1, after: k.afterId === null ? null : [k.afterId] }),
  });

/** How many exchanges each member of a tick made, in one statement. */
export const exchangeCounts = (deps: Deps) => ownerCounts(deps.dataSource, { table: 'loyalty.reward_exchanges' });

/** Validates `first`/`after` of an exchanges page. */
export function exchangeRequest(customerId: string, first: number | null | undefined, after: string | null | undefined): ExchangeKey {
  const key = decodeCursor(after);
  const afterId = key ? String(key[0]) : null;
  if (afterId !== null && !/^[1-9][0-9]{0,17}$/.test(afterId)) throw badInput('after is not a valid cursor', { field: 'after' });
  return { customerId, first: pageSize(first), afterId };
}

/** A page of exchange rows (fetched with first + 1) as a connection. */
export const exchangeConnection = (rows: RewardExchangeEntity[], req: ExchangeKey, after: string | null | undefined) => toConnection(rows, req.first, (r) => [r.id], after);
