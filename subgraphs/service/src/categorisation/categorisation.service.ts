import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { log } from '@member-graph/common/log';
import { isComplaintCategory, loadDataset, trainComplaintClassifier, type ComplaintCategory, type ComplaintClassifier, type ComplaintExample } from '../classifier';
import { queryRows, type Deps } from '../deps';

/** A classification as stored on a ticket. */
export interface Categorisation {
  category: ComplaintCategory;
  confidence: number;
}

/** The channel a transaction rings when it stored or deleted corrections: every replica retrains once it commits. */
export const CLASSIFIER_RETRAIN_CHANNEL = 'mg_service_classifier_retrain';

/**
 * The complaint classifier of this replica: trained once at start-up from the shipped labelled set
 * plus every agent correction stored so far; each new correction is stored (the durable training data)
 * and added to the in-memory model at once; when corrections are stored or deleted (erasure), every
 * replica retrains from what is stored as soon as that transaction commits.
 */
export class CategorisationService {
  private model: ComplaintClassifier | null = null;
  /** Corrections taught to the model in use so far (a training that overlapped one starts again). */
  private learnt = 0;
  private listening = false;
  private retraining: Promise<void> = Promise.resolve();
  /** A retraining is queued and has not started: later notifications are covered by it. */
  private retrainQueued = false;
  /** Names this replica in its own correction notifications (it learnt those at once). */
  private readonly replica = randomUUID();

  constructor(private readonly deps: Deps) {}

  /** Trains the model and listens for retraining; call once before serving. */
  async start(): Promise<{ shipped: number; corrections: number }> {
    const counts = await this.train();
    if (!this.listening) {
      this.listening = true;
      await this.deps.listener.listen(CLASSIFIER_RETRAIN_CHANNEL, (from) => from !== this.replica && this.retrain());
    }
    return counts;
  }

  /**
   * Trains a new model from the shipped set and the stored corrections, then serves it. A correction
   * learnt meanwhile (committed, so stored) may be missing from what was read: then it trains again.
   */
  private async train(): Promise<{ shipped: number; corrections: number }> {
    for (;;) {
      const learnt = this.learnt;
      const shipped = loadDataset();
      const rows = await queryRows<{ text: string; label: string }>(this.deps.dataSource, `select text, label from service.classifier_corrections order by id`);
      const corrections: ComplaintExample[] = rows.filter((r) => isComplaintCategory(r.label)).map((r) => ({ text: r.text, label: r.label as ComplaintCategory }));
      const model = trainComplaintClassifier([...shipped, ...corrections]);
      if (learnt !== this.learnt) continue;
      this.model = model;
      return { shipped: shipped.length, corrections: corrections.length };
    }
  }

  /**
   * Retrains after the retraining in progress, if any (one queued retraining covers every notification
   * until it starts); the model in use serves until the new one is ready.
   */
  private retrain(): void {
    if (this.retrainQueued) return;
    this.retrainQueued = true;
    this.retraining = this.retraining
      .then(() => {
        this.retrainQueued = false;
        return this.train();
      })
      .then(
        () => undefined,
        (error) => {
          if (this.deps.dataSource.isInitialized) log('service').error({ err: error }, 'complaint classifier retraining failed; the previous model still serves');
        },
      );
  }

  private get classifier(): ComplaintClassifier {
    if (!this.model) throw new Error('the complaint classifier was not trained (CategorisationService.start)');
    return this.model;
  }

  /** The category of a complaint text (Chinese or English) and the model's confidence in it. */
  classify(text: string): Categorisation {
    const p = this.classifier.predict(text);
    return { category: p.label, confidence: Math.round(p.confidence * 10_000) / 10_000 };
  }

  /**
   * Stores an agent's correction as training data (in the caller's transaction); once it commits, every
   * other replica retrains with it (this one learns it at once, see `learn`, and ignores its own notice).
   */
  async storeCorrection(tx: EntityManager, c: { ticketId: string; text: string; label: ComplaintCategory; previous: string | null; actorId: string; at: Date }): Promise<void> {
    await tx.query(
      `insert into service.classifier_corrections (ticket_id, text, label, previous_label, actor_id, created_at) values ($1, $2, $3, $4, $5, $6)`,
      [c.ticketId, c.text, c.label, c.previous, c.actorId, c.at],
    );
    await this.deps.listener.ringOnCommit(tx, CLASSIFIER_RETRAIN_CHANNEL, this.replica);
  }

  /**
   * Deletes the corrections taken from `ticketIds` (their text is the customer's) in the caller's
   * transaction; if any were deleted, every replica retrains once it commits (the doorbell rings on commit).
   */
  async forgetTickets(tx: EntityManager, ticketIds: string[]): Promise<void> {
    if (ticketIds.length === 0) return;
    const deleted = await queryRows<{ id: string }>(tx, `delete from service.classifier_corrections where ticket_id = any($1::uuid[]) returning id`, [ticketIds]);
    if (deleted.length > 0) await this.deps.listener.ringOnCommit(tx, CLASSIFIER_RETRAIN_CHANNEL);
  }

  /** Teaches the in-memory model a stored correction (after its transaction committed). */
  learn(example: ComplaintExample): void {
    this.classifier.addExample(example);
    this.learnt++;
  }
}
