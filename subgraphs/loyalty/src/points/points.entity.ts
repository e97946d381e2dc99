import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PointsEntryType = 'EARN' | 'REDEEM' | 'EXPIRE' | 'REVERSE' | 'ADJUST';

/** One append-only line of the points ledger; the balance is the sum of `amount`. */
@Entity({ name: 'points_entries' })
export class PointsEntryEntity {
  @PrimaryColumn({ type: 'bigint' }) id: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) type: PointsEntryType;
  /** Signed: positive for EARN and positive ADJUST, negative otherwise. */
  @Column({ type: 'integer' }) amount: number;
  /** The account's balance just after this entry was written. */
  @Column({ name: 'balance_after', type: 'integer' }) balanceAfter: number;
  @Column({ name: 'reason_code', type: 'text' }) reasonCode: string;
  @Column({ name: 'source_type', type: 'text', nullable: true }) sourceType: string | null;
  @Column({ name: 'source_id', type: 'text', nullable: true }) sourceId: string | null;
  @Column({ name: 'store_id', type: 'text', nullable: true }) storeId: string | null;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_role', type: 'text', nullable: true }) actorRole: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'idempotency_key', type: 'text' }) idempotencyKey: string;
  @Column({ name: 'request_hash', type: 'text', nullable: true }) requestHash: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The unspent part of one credit, consumed first in, first out and expired when due. */
@Entity({ name: 'points_lots' })
export class PointsLotEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'bigint' }) entryId: number;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId: string;
  @Column({ type: 'integer' }) amount: number;
  @Column({ type: 'integer' }) remaining: number;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
