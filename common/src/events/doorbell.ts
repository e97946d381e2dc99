import type { EntityManager } from 'typeorm';

/** Called with the ring's payload (often a key such as a ticket id; '' means "everyone look"). */
export type DoorbellHandler = (payload: string) => void;

/**
 * Wake-ups between processes: whoever commits a change rings a channel, every process listening on it
 * (every gateway-facing replica) re-reads. Rings are hints, never data: a reader always re-reads the
 * database, so a duplicate ring costs one read and a lost ring is covered by `safetyPollMs`.
 * Implementations: `PgListener` (LISTEN/NOTIFY) and `NatsDoorbell` (core NATS subjects).
 */
export interface Doorbell {
  /** Subscribes `handler` to `channel`; resolves to the unsubscribe function. */
  listen(channel: string, handler: DoorbellHandler): Promise<() => Promise<void>>;
  /** Rings `channel` when `tx` commits (nothing on rollback). */
  ringOnCommit(tx: EntityManager, channel: string, payload?: string): Promise<void>;
  /** When rings can be lost (a crash between commit and ring), readers also re-read this often. */
  readonly safetyPollMs: number | null;
  close(): Promise<void>;
}
