import { requireRole, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { isUuid } from '@member-graph/common/graphql';
import { queryRows, type Deps } from '../deps';
import { applyReceipt, checkReceipts, deliveryStage, type DeliveryStageCode, type ReceiptTimes } from './receipt.rules';

/** One receipt as the integration reports it. */
export interface ReceiptInput {
  messageId: string;
  stage: DeliveryStageCode;
  at: Date;
}

/** What one receipt did, and where its message stands after the batch. */
export interface ReceiptResult {
  messageId: string;
  outcome: 'APPLIED' | 'UNCHANGED' | 'UNKNOWN_MESSAGE';
  stage: DeliveryStageCode | null;
}

/**
 * Delivery receipts from the channel providers, through the integration role: each moves its sent
 * message forward (DELIVERED → OPENED → CLICKED, each stage's first time kept), never back, so a
 * repeated or late receipt changes nothing. A batch is one transaction of two statements whatever
 * its size (the messages read FOR UPDATE in id order, the changed ones written with one UPDATE); an
 * unknown message id is answered per receipt and the rest of the batch is recorded.
 */
export class DeliveryReceiptService {
  constructor(private readonly deps: Deps) {}

  async record(actor: Actor | null, receipts: ReceiptInput[]): Promise<ReceiptResult[]> {
    requireRole(actor, 'system');
    checkReceipts(receipts, this.deps.clock.now());
    const keys = receipts.map((r) => (isUuid(r.messageId) ? r.messageId.toLowerCase() : null));
    const ids = [...new Set(keys.filter((k): k is string => k !== null))];
    return inTransaction(this.deps.dataSource, async (tx) => {
      const rows = await queryRows<ReceiptTimes & { messageId: string }>(
        tx,
        `select message_id::text as "messageId", delivered_at as "deliveredAt", opened_at as "openedAt", clicked_at as "clickedAt"
           from marketing.send_log where message_id = any($1::uuid[]) and status = 'SENT' order by id for update`,
        [ids],
      );
      const times = new Map<string, ReceiptTimes>(rows.map(({ messageId, ...t }) => [messageId, t]));
      const changed = new Set<string>();
      const outcomes = receipts.map((r, i) => {
        const key = keys[i];
        const current = key === null ? undefined : times.get(key);
        if (!key || !current) return 'UNKNOWN_MESSAGE' as const;
        const next = applyReceipt(current, r.stage, r.at);
        if (!next.changed) return 'UNCHANGED' as const;
        times.set(key, next.times);
        changed.add(key);
        return 'APPLIED' as const;
      });
      if (changed.size) {
        const list = [...changed];
        const at = (f: keyof ReceiptTimes) => list.map((k) => times.get(k)![f]);
        await tx.query(
          `update marketing.send_log s set delivered_at = v.d, opened_at = v.o, clicked_at = v.c
             from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[]) as v(m, d, o, c) where s.message_id = v.m`,
          [list, at('deliveredAt'), at('openedAt'), at('clickedAt')],
        );
      }
      return receipts.map((r, i) => {
        const t = keys[i] === null ? undefined : times.get(keys[i]!);
        return { messageId: r.messageId, outcome: outcomes[i], stage: t ? deliveryStage(t) : null };
      });
    });
  }
}
