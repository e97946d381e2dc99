import { requireRole, type Actor } from '@member-graph/common/auth';
import { queryRows } from '@member-graph/common/db';
import { badInput } from '@member-graph/common/errors';
import { progressStream } from '@member-graph/common/subscriptions';
import type { Deps } from '../deps';
import type { PointsEntryEntity } from './points.entity';
import { POINTS_CHANGED_CHANNEL } from './points.repository';
import { ENTRY_COLUMNS } from './points.statements';

/** Ledger lines read per replay step (a stream far behind catches up in several steps). */
const REPLAY_LIMIT = 500;

/** One change of a member's points, as the live stream delivers it. */
export interface PointsChangeRow {
  /** The ledger line id: increasing per member in commit order (ledger writes hold the member lock). */
  seq: number;
  entry: PointsEntryEntity;
}

/**
 * The member app's live points: a signed-in customer's ledger lines as they are written, resumable
 * with `afterSeq` (the last line id the app saw), without gap or duplicate (see progressStream).
 */
export class PointsStreamService {
  constructor(private readonly deps: Pick<Deps, 'dataSource' | 'listener'>) {}

  /** The caller's own points stream (customers only: staff read a member's ledger through queries). */
  stream(actor: Actor | null, afterSeq: number | null | undefined): AsyncIterableIterator<PointsChangeRow> {
    const a = requireRole(actor, 'customer');
    const start = afterSeq ?? 0;
    if (!Number.isSafeInteger(start) || start < 0) throw badInput('afterSeq must be a whole number >= 0', { field: 'afterSeq' });
    return progressStream({
      listener: this.deps.listener,
      channel: POINTS_CHANGED_CHANNEL,
      key: a.id,
      afterSeq: start,
      fetchAfter: (seq) => this.linesAfter(a.id, seq),
    });
  }

  private async linesAfter(customerId: string, afterSeq: number): Promise<PointsChangeRow[]> {
    const rows = await queryRows<PointsEntryEntity>(
      this.deps.dataSource,
      `select ${ENTRY_COLUMNS} from loyalty.points_entries where customer_id = $1 and id > $2 order by id limit ${REPLAY_LIMIT}`,
      [customerId, afterSeq],
    );
    return rows.map((entry) => ({ seq: Number(entry.id), entry: { ...entry, id: Number(entry.id) } }));
  }
}
