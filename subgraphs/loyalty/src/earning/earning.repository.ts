import type { EntityManager } from 'typeorm';
import { queryRows, SqlParams } from '@member-graph/common/db';
import { heldBadgesSql } from '../badge/badge.statements';
import { growthInsertSql, windowGrowthSql, type GrowthWrite } from '../growth/growth.statements';
import type { PointsEntryEntity } from '../points/points.entity';
import { creditCtes, type LedgerWrite } from '../points/points.statements';

/** A paid order's row in loyalty.order_earnings. */
export interface OrderEarningRow {
  orderId: string;
  customerId: string;
  channel: string;
  storeId: string | null;
  amountCents: number;
  points: number;
  growth: number;
  paidAt: Date;
}

/** Everything one order writes at `now`: its earning row, its points (`credit`, lapsing at `creditExpiresAt`) and its growth line. */
export interface OrderEarningWrite {
  earning: OrderEarningRow;
  credit: LedgerWrite;
  creditExpiresAt: Date;
  growth: GrowthWrite;
  /** Where the tier window ending at `now` begins. */
  windowStart: Date;
  now: Date;
}

/** What recording an order wrote, and the figures the rules after it need, read in the same statement. */
export interface RecordedEarning {
  /** The ledger line, when points were credited. */
  entry: PointsEntryEntity | null;
  /** The customer's orders, this one included. */
  orders: number;
  /** The customer's growth in the tier window, this order's included. */
  windowGrowth: number;
  /** The badges the customer held before. */
  badges: string[];
}

type RecordedRow = Omit<RecordedEarning, 'entry'> & { fresh: boolean; earned: boolean } & Partial<PointsEntryEntity>;

/** Order earnings: written with the order's points and growth in one statement. */
export class EarningRepository {
  /**
   * Records an order's earning row, its ledger credit (line and lot, back-referenced from the row) and its
   * growth line in ONE statement, and reads what the rules after it need; null when the order earned
   * before. The caller holds the member lock (the ledger balance is read in the statement).
   */
  async record(tx: EntityManager, w: OrderEarningWrite): Promise<RecordedEarning | null> {
    const q = new SqlParams();
    const customer = q.add(w.earning.customerId);
    const [row] = await queryRows<RecordedRow>(
      tx,
      `with fresh as (select 1 as one where not exists (select 1 from loyalty.order_earnings where order_id = ${q.add(w.earning.orderId)})),
         credited as (select one from fresh where ${q.add(w.credit.amount)}::int > 0),
         ${creditCtes(q, 'EARN', w.credit, w.creditExpiresAt, w.now, 'credited')},
         earning as (${earningInsertSql(q, w.earning, w.now)}),
         growth as (${growthInsertSql(q, w.growth, w.now, `earning where ${q.add(w.growth.amount)}::int <> 0`)})
       select exists (select 1 from fresh) as fresh, exists (select 1 from earning) as earned,
         (select count(*)::int from loyalty.order_earnings where customer_id = ${customer}::uuid) + (select count(*)::int from earning) as orders,
         ${windowGrowthSql(q, 'loyalty.growth_entries', w.earning.customerId, w.windowStart, w.now)}
           + ${windowGrowthSql(q, 'growth', w.earning.customerId, w.windowStart, w.now)} as "windowGrowth",
         ${heldBadgesSql(q, w.earning.customerId)} as badges, entry.*
       from (select 1) as one left join entry on true`,
      q.values,
    );
    const { fresh, earned, orders, windowGrowth, badges, ...entry } = row;
    if (!fresh) return null;
    if (!earned) throw new Error(`the earning of order ${w.earning.orderId} was written concurrently despite the member lock`);
    return { entry: entry.id == null ? null : (entry as PointsEntryEntity), orders, windowGrowth, badges };
  }
}

/** The insert of the earning row, with the id of the statement's ledger line (CTE `entry`), when the order has not earned before (CTE `fresh`). */
function earningInsertSql(q: SqlParams, e: OrderEarningRow, now: Date): string {
  const paid = `${q.add(e.paidAt)}::timestamptz`;
  const values = [q.add(e.orderId), `${q.add(e.customerId)}::uuid`, q.add(e.channel), q.add(e.storeId), `${q.add(e.amountCents)}::bigint`, `${q.add(e.points)}::int`, `${q.add(e.growth)}::int`, paid, paid, `${q.add(now)}::timestamptz`];
  return `insert into loyalty.order_earnings (order_id, customer_id, channel, store_id, amount_cents, points, growth, paid_at, effective_at, recorded_at, points_entry_id)
       select ${values.join(', ')}, (select id from entry) from fresh
       on conflict (order_id) do nothing returning order_id`;
}
