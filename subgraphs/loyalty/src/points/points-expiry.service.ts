import { inTransaction, queryRows } from '@member-graph/common/db';
import { type Deps } from '../deps';
import type { PointsLedger } from './points.repository';

/**
 * The scheduled expiry: finds accounts with lots past their expiry through the due-lots index, locks
 * their member rows FOR UPDATE SKIP LOCKED (a replica or a redemption holding one is skipped this
 * round) and expires their due lots first in, first out. Expiry entries are keyed by lot, so running
 * twice expires once.
 */
export class PointsExpiryService {
  constructor(
    private readonly deps: Deps,
    private readonly pointsLedger: PointsLedger,
  ) {}

  async expireDue(): Promise<number> {
    const batch = this.deps.settings.jobs.batchSize;
    let total = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const { accounts, points } = await inTransaction(this.deps.dataSource, async (tx) => {
        const due = await queryRows<{ id: string }>(
          tx,
          `select m.customer_id as id from loyalty.members m
           where m.customer_id in (
             select distinct l.customer_id from loyalty.points_lots l where l.remaining > 0 and l.expires_at <= $1 limit $2
           )
           for update of m skip locked`,
          [now, batch],
        );
        let expired = 0;
        for (const { id } of due) expired += await this.pointsLedger.expireDue(tx, id, now);
        return { accounts: due.length, points: expired };
      });
      total += points;
      if (accounts < batch) return total;
    }
  }
}
