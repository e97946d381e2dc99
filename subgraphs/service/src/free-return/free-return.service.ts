import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import type { EventCatalogue } from '@member-graph/common/events';
import { requireOwnerOrStaff } from '../customer/access';
import type { FactsLoader } from '../customer/facts.service';
import { queryRows } from '../deps';
import { freeReturnUsage, grantFreeReturnVoucher, tierBenefits } from './free-return.repository';
import type { freeReturnLoaders } from './free-return.loaders';
import { freeReturnAllowance, freeReturnStanding, shanghaiYear, type FreeReturnStanding } from './free-return.rules';

type FreeReturnLoader = ReturnType<typeof freeReturnLoaders>['freeReturnsByCustomer'];

/**
 * Loyalty's free-return allowance, honoured by returns. Service learns each tier's allowance from
 * `loyalty.programme_changed` (a projection of the newest programme version, `service.tier_benefits`)
 * and each customer's tier from `loyalty.tier_changed` (customer_facts): never loyalty's tables. A
 * return opened while the customer's allowance for the calendar year (Asia/Shanghai) lasts has free
 * return shipping (`returns.free_return`); a rejected or cancelled one gives its free shipment back. A
 * FREE_RETURN_VOUCHER reward exchanged in loyalty (`loyalty.reward_exchanged`) adds one free return to its year.
 */
export class FreeReturnService {
  /** `loyalty.programme_changed`: replaces the tier table when the version is newer than the one held (redelivery and reordering change nothing). */
  async onProgrammeChanged(tx: EntityManager, p: EventCatalogue['loyalty.programme_changed']): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtext('service.tier_benefits'))`);
    const [{ v }] = await queryRows<{ v: number }>(tx, `select coalesce(max(version), 0)::int as v from service.tier_benefits`);
    if (p.version <= v) return;
    await tx.query(`delete from service.tier_benefits`);
    const rows = p.tiers.map((t, position) => ({ code: t.code, position, threshold: t.threshold, free: t.freeReturnShipping, priority: t.servicePriority }));
    await tx.query(
      `insert into service.tier_benefits (tier, position, threshold, free_return_shipping, service_priority, version)
       select t.code, t.position, t.threshold, t.free, t.priority, $2
       from jsonb_to_recordset($1::jsonb) as t(code text, position int, threshold int, free int, priority int)`,
      [JSON.stringify(rows), p.version],
    );
  }

  /** `loyalty.reward_exchanged`: a FREE_RETURN_VOUCHER reward gives one more free return in the year of the exchange; other kinds are not service's. */
  async onRewardExchanged(tx: EntityManager, p: EventCatalogue['loyalty.reward_exchanged']): Promise<void> {
    if (p.kind !== 'FREE_RETURN_VOUCHER') return;
    await grantFreeReturnVoucher(tx, { exchangeId: p.exchangeId, customerId: p.customerId, grantedAt: p.exchangedAt });
  }

  /**
   * The customer's standing this year, in the transaction that opens a return: the customer is locked
   * first, so two returns opened at once cannot both take the last free shipment.
   */
  async standingForOpen(tx: EntityManager, customerId: string, now: Date): Promise<FreeReturnStanding> {
    await tx.query(`select pg_advisory_xact_lock(hashtext('service.free_returns:' || $1))`, [customerId]);
    return this.standing(tx, customerId, now);
  }

  /** The customer's standing this year, for the customer (own) and service staff (through the request's loader). */
  async forCustomer(actor: Actor | null, customerId: string, loaders: { factsByCustomer: FactsLoader; freeReturnsByCustomer: FreeReturnLoader }): Promise<FreeReturnStanding> {
    await requireOwnerOrStaff(actor, customerId, 'Customer', customerId, { facts: loaders.factsByCustomer });
    return loaders.freeReturnsByCustomer.load(customerId);
  }

  /** The customer's free returns this year: allowance by tier, used, remaining. */
  private async standing(tx: EntityManager, customerId: string, now: Date): Promise<FreeReturnStanding> {
    const { year, from, to } = shanghaiYear(now);
    const benefits = await tierBenefits(tx);
    const [usage] = await freeReturnUsage(tx, [customerId], from, to);
    return freeReturnStanding(year, freeReturnAllowance(benefits, usage?.tier ?? null), usage?.used ?? 0, usage?.vouchers ?? 0);
  }
}
