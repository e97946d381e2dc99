import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '@member-graph/common/graphql';
import type { Clock } from '@member-graph/common/time';
import { freeReturnUsage, tierBenefits } from './free-return.repository';
import { freeReturnAllowance, freeReturnStanding, shanghaiYear, type FreeReturnStanding } from './free-return.rules';

/** Free-return standings of many customers this year in two statements (the tier table, then usage and tiers). */
export function freeReturnLoaders(ds: DataSource, clock: Clock) {
  return {
    freeReturnsByCustomer: new DataLoader<string, FreeReturnStanding>(async (ids) => {
      const { year, from, to } = shanghaiYear(clock.now());
      const valid = ids.filter(isUuid);
      const [benefits, usage] = await Promise.all([tierBenefits(ds), valid.length ? freeReturnUsage(ds, valid, from, to) : []]);
      const byId = new Map(usage.map((u) => [u.customerId, u]));
      return ids.map((id) => {
        const u = byId.get(id);
        return freeReturnStanding(year, freeReturnAllowance(benefits, u?.tier ?? null), u?.used ?? 0, u?.vouchers ?? 0);
      });
    }),
  };
}
