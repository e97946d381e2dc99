import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { inTransaction } from '@member-graph/common/db';
import { envelope } from '@member-graph/common/events';
import { queryRows, type Deps } from '../deps';
import { SERVICE_ACTOR } from '../service-actor';
import type { TicketEntity } from '../ticket/ticket.entity';
import type { TicketService } from '../ticket/ticket.service';
import { buyersSince, careTicketText, complaintWindowStart, isNewCluster } from './care.rules';

/** How many buyers one transaction of the care job opens tickets for. */
const BUYERS_PER_TX = 50;

/** A cluster still opening care tickets. */
interface PendingCluster {
  id: string;
  sku: string;
  detectedAt: Date;
  buyersSince: Date;
  windowStart: Date;
}

/**
 * Proactive care: a complaint about a SKU that brings that SKU's complaints within the window to the
 * threshold starts a care cluster (in the complaint's transaction, under a per-SKU lock, so racing
 * complaints start one); the care job then opens one AFTER_SALES care ticket per recent buyer of the
 * SKU (not the complainants, not merged or erased customers), idempotently (one per customer per
 * cluster, a unique index), routed like any ticket, each announced as ticket.care_opened (marketing
 * may answer with a compensation coupon).
 */
export class CareService {
  constructor(
    private readonly deps: Deps,
    private readonly tickets: TicketService,
  ) {}

  /** A ticket opened: a complaint about a SKU may start a cluster. */
  async onOpened(tx: EntityManager, t: TicketEntity): Promise<void> {
    if (t.type !== 'COMPLAINT' || !t.sku || t.careClusterId) return;
    const s = this.deps.settings.care;
    const now = t.createdAt;
    await tx.query(`select pg_advisory_xact_lock(hashtext('member-graph:service:care:' || $1))`, [t.sku]);
    const [{ complaints, last }] = await queryRows<{ complaints: number; last: Date | null }>(
      tx,
      `select (select count(*)::int from service.tickets where sku = $1 and type = 'COMPLAINT' and created_at >= $2 and created_at <= $3) as complaints,
              (select max(detected_at) from service.care_clusters where sku = $1) as last`,
      [t.sku, complaintWindowStart(s, now), now],
    );
    if (!isNewCluster(s, complaints, last, now)) return;
    await tx.query(`insert into service.care_clusters (id, sku, complaints, detected_at, buyers_since) values ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      t.sku,
      complaints,
      now,
      buyersSince(s, now),
    ]);
  }

  /** The care job: opens the care tickets of pending clusters, a batch per transaction; answers how many it opened. */
  async openPending(): Promise<number> {
    let opened = 0;
    for (let i = 0; i < this.deps.settings.jobs.batchSize; i++) {
      const step = await inTransaction(this.deps.dataSource, (tx) => this.openBatch(tx));
      if (step === null) break;
      opened += step;
    }
    return opened;
  }

  /** One batch of one pending cluster (locked, skipping one another replica holds); null when none is pending. */
  private async openBatch(tx: EntityManager): Promise<number | null> {
    const [c] = await queryRows<PendingCluster>(
      tx,
      `select id, sku, detected_at as "detectedAt", buyers_since as "buyersSince", detected_at - make_interval(hours => $1) as "windowStart"
         from service.care_clusters where done_at is null order by detected_at, id limit 1 for update skip locked`,
      [this.deps.settings.care.windowHours],
    );
    if (!c) return null;
    const buyers = await this.recentBuyers(tx, c);
    const now = this.deps.clock.now();
    for (const b of buyers) {
      const { subject, body } = careTicketText(c.sku);
      const t = await this.tickets.openIn(
        tx,
        SERVICE_ACTOR,
        { customerId: b.customerId, type: 'AFTER_SALES', channel: 'APP', subject, body, orderId: b.orderId },
        { careClusterId: c.id, escalate: false },
      );
      await this.deps.outbox.write(
        tx,
        envelope(
          'ticket.care_opened',
          t.id,
          { ticketId: t.id, customerId: t.customerId, clusterId: c.id, sku: c.sku, orderId: b.orderId, openedAt: t.createdAt.toISOString() },
          { actor: SERVICE_ACTOR, occurredAt: now },
        ),
      );
    }
    await tx.query(`update service.care_clusters set care_tickets = care_tickets + $2, done_at = case when $3 then $4::timestamptz end where id = $1`, [
      c.id,
      buyers.length,
      buyers.length < BUYERS_PER_TX,
      now,
    ]);
    return buyers.length;
  }

  /**
   * The SKU's buyers who paid between `buyersSince` and the detection, with their latest such order:
   * known, not merged away or erased (customer facts), not among the cluster's complainants, and
   * without a care ticket of this cluster yet.
   */
  private recentBuyers(tx: EntityManager, c: PendingCluster) {
    return queryRows<{ customerId: string; orderId: string }>(
      tx,
      `select distinct on (o.customer_id) o.customer_id as "customerId", o.order_id as "orderId"
         from service.order_facts o join service.customer_facts f on f.customer_id = o.customer_id and f.merged_into is null
        where o.lines @> $2::jsonb and o.paid_at >= $3 and o.paid_at <= $4
          and not exists (select 1 from service.tickets t where t.care_cluster_id = $1 and t.customer_id = o.customer_id)
          and not exists (select 1 from service.tickets t where t.customer_id = o.customer_id and t.type = 'COMPLAINT' and t.sku = $5 and t.created_at >= $6 and t.created_at <= $4)
        order by o.customer_id, o.paid_at desc, o.order_id
        limit ${BUYERS_PER_TX}`,
      [c.id, JSON.stringify([{ sku: c.sku }]), c.buyersSince, c.detectedAt, c.sku, c.windowStart],
    );
  }
}
