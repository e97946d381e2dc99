import type { EntityManager } from 'typeorm';
import { isComplaintCategory, loadDataset, trainComplaintClassifier, type ComplaintCategory, type ComplaintClassifier, type ComplaintExample } from '../classifier';
import { queryRows, type Deps } from '../deps';

/** A classification as stored on a ticket. */
export interface Categorisation {
  category: ComplaintCategory;
  confidence: number;
}

/**
 * The complaint classifier of this replica: trained once at start-up from the shipped labelled set
 * plus every agent correction stored so far; each new correction is stored (the durable training data)
 * and added to the in-memory model at once. Other replicas learn it at their next start.
 */
export class CategorisationService {
  private model: ComplaintClassifier | null = null;

  constructor(private readonly deps: Deps) {}

  /** Trains the model; call once before serving. */
  async start(): Promise<{ shipped: number; corrections: number }> {
    const shipped = loadDataset();
    const rows = await queryRows<{ text: string; label: string }>(this.deps.dataSource, `select text, label from service.classifier_corrections order by id`);
    const corrections: ComplaintExample[] = rows.filter((r) => isComplaintCategory(r.label)).map((r) => ({ text: r.text, label: r.label as ComplaintCategory }));
    this.model = trainComplaintClassifier([...shipped, ...corrections]);
    return { shipped: shipped.length, corrections: corrections.length };
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

  /** Stores an agent's correction as training data (in the caller's transaction). */
  async storeCorrection(tx: EntityManager, c: { ticketId: string; text: string; label: ComplaintCategory; previous: string | null; actorId: string; at: Date }): Promise<void> {
    await tx.query(
      `insert into service.classifier_corrections (ticket_id, text, label, previous_label, actor_id, created_at) values ($1, $2, $3, $4, $5, $6)`,
      [c.ticketId, c.text, c.label, c.previous, c.actorId, c.at],
    );
  }

  /** Teaches the in-memory model a stored correction (after its transaction committed). */
  learn(example: ComplaintExample): void {
    this.classifier.addExample(example);
  }
}
