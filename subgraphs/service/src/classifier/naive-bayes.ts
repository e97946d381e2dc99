import { tokenize as defaultTokenize } from './tokenize';

export interface LabelledExample<L extends string = string> {
  text: string;
  label: L;
}

export interface Prediction<L extends string = string> {
  label: L;
  /** Posterior probability of `label`: the softmax of the log scores. */
  confidence: number;
  /** Unnormalised log posterior of every label: log prior + Σ log likelihood of the known tokens. */
  scores: Record<L, number>;
  /** Softmax of `scores`; sums to 1. */
  probabilities: Record<L, number>;
}

export type Tokenizer = (text: string) => string[];

export interface NaiveBayesOptions {
  /** Additive (Laplace) smoothing; 1 by default. */
  alpha?: number;
  tokenizer?: Tokenizer;
}

/** The stored form of a trained model (see `toJSON` / `fromJSON`). */
export interface NaiveBayesModelJson<L extends string = string> {
  version: 1;
  alpha: number;
  labels: L[];
  /** Number (or total weight) of training documents per label. */
  documents: Record<L, number>;
  /** Token counts per label. */
  tokens: Record<L, Record<string, number>>;
}

interface ClassStats {
  documents: number;
  tokenTotal: number;
  tokens: Map<string, number>;
}

const MODEL_VERSION = 1;

/**
 * Multinomial naive Bayes with additive smoothing, computed in log space.
 *
 *   score(c | d) = log P(c) + Σ_{t ∈ d} log P(t | c)
 *   P(c)         = (N_c + α) / (N + α·K)                 (smoothed, so a label without examples is still possible)
 *   P(t | c)     = (count(t, c) + α) / (Σ_t count(t, c) + α·|V|)
 *
 * Tokens never seen in training carry no evidence and are ignored. The model is only counts, so
 * `addExample` (an agent's correction) is an exact incremental update: training on n examples and
 * then adding one gives the same model as training on all n + 1.
 */
export class NaiveBayesClassifier<L extends string = string> {
  readonly labels: readonly L[];
  readonly alpha: number;
  private readonly tokenizer: Tokenizer;
  private readonly stats = new Map<L, ClassStats>();
  private readonly vocabulary = new Map<string, number>();
  private documentTotal = 0;

  constructor(labels: readonly L[], options: NaiveBayesOptions = {}) {
    if (labels.length === 0) throw new Error('a classifier needs at least one label');
    if (new Set(labels).size !== labels.length) throw new Error('labels must be distinct');
    const alpha = options.alpha ?? 1;
    if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be a positive number');
    this.labels = [...labels];
    this.alpha = alpha;
    this.tokenizer = options.tokenizer ?? defaultTokenize;
    for (const label of labels) this.stats.set(label, { documents: 0, tokenTotal: 0, tokens: new Map() });
  }

  /** Adds every example to the counts; returns `this` for chaining. Training is additive, not a reset. */
  train(examples: Iterable<LabelledExample<L>>): this {
    for (const example of examples) this.addExample(example);
    return this;
  }

  /**
   * Adds one labelled example (e.g. an agent's correction) to the counts. `weight` lets a correction
   * count as more than one ordinary example; it must be a positive number.
   */
  addExample(example: LabelledExample<L>, weight = 1): void {
    if (!(weight > 0) || !Number.isFinite(weight)) throw new Error('weight must be a positive number');
    this.addCounts(example.label, this.tokenizer(example.text), weight);
  }

  /** Number of distinct tokens seen in training. */
  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** Total weight of the training documents. */
  get documentCount(): number {
    return this.documentTotal;
  }

  predict(text: string): Prediction<L> {
    const tokens = this.tokenizer(text).filter((t) => this.vocabulary.has(t));
    const k = this.labels.length;
    const v = this.vocabulary.size;
    const scores = {} as Record<L, number>;
    for (const label of this.labels) {
      const s = this.classStats(label);
      let score = Math.log((s.documents + this.alpha) / (this.documentTotal + this.alpha * k));
      const denominator = Math.log(s.tokenTotal + this.alpha * v);
      for (const token of tokens) score += Math.log((s.tokens.get(token) ?? 0) + this.alpha) - denominator;
      scores[label] = score;
    }
    // Ties go to the earliest label, so predictions never depend on Map or object ordering.
    let best = this.labels[0];
    for (const label of this.labels) if (scores[label] > scores[best]) best = label;
    const max = scores[best];
    let sum = 0;
    for (const label of this.labels) sum += Math.exp(scores[label] - max);
    const probabilities = {} as Record<L, number>;
    for (const label of this.labels) probabilities[label] = Math.exp(scores[label] - max) / sum;
    return { label: best, confidence: probabilities[best], scores, probabilities };
  }

  /** A plain, JSON-serialisable snapshot with sorted keys (stable output for the same counts). */
  toJSON(): NaiveBayesModelJson<L> {
    const documents = {} as Record<L, number>;
    const tokens = {} as Record<L, Record<string, number>>;
    for (const label of this.labels) {
      const s = this.classStats(label);
      documents[label] = s.documents;
      const counts: Record<string, number> = {};
      for (const token of [...s.tokens.keys()].sort()) counts[token] = s.tokens.get(token) ?? 0;
      tokens[label] = counts;
    }
    return { version: MODEL_VERSION, alpha: this.alpha, labels: [...this.labels], documents, tokens };
  }

  /** Rebuilds a classifier from `toJSON()` output (after validating it). The tokenizer is not stored. */
  static fromJSON<L extends string = string>(json: unknown, options: { tokenizer?: Tokenizer } = {}): NaiveBayesClassifier<L> {
    const model = asModel<L>(json);
    const classifier = new NaiveBayesClassifier<L>(model.labels, { alpha: model.alpha, tokenizer: options.tokenizer });
    for (const label of model.labels) {
      const s = classifier.classStats(label);
      s.documents = model.documents[label];
      classifier.documentTotal += s.documents;
      for (const [token, count] of Object.entries(model.tokens[label])) {
        s.tokens.set(token, count);
        s.tokenTotal += count;
        classifier.vocabulary.set(token, (classifier.vocabulary.get(token) ?? 0) + count);
      }
    }
    return classifier;
  }

  private addCounts(label: L, tokens: string[], weight: number): void {
    const s = this.stats.get(label);
    if (!s) throw new Error(`unknown label ${JSON.stringify(label)}; expected one of ${this.labels.join(', ')}`);
    s.documents += weight;
    this.documentTotal += weight;
    for (const token of tokens) {
      s.tokens.set(token, (s.tokens.get(token) ?? 0) + weight);
      s.tokenTotal += weight;
      this.vocabulary.set(token, (this.vocabulary.get(token) ?? 0) + weight);
    }
  }

  private classStats(label: L): ClassStats {
    const s = this.stats.get(label);
    if (!s) throw new Error(`unknown label ${JSON.stringify(label)}`);
    return s;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function asModel<L extends string>(json: unknown): NaiveBayesModelJson<L> {
  if (!isRecord(json)) throw new Error('model must be an object');
  if (json.version !== MODEL_VERSION) throw new Error(`unsupported model version ${JSON.stringify(json.version)}`);
  if (typeof json.alpha !== 'number') throw new Error('model.alpha must be a number');
  const { labels, documents, tokens } = json;
  if (!Array.isArray(labels) || !labels.every((l): l is string => typeof l === 'string')) throw new Error('model.labels must be an array of strings');
  if (!isRecord(documents) || !isRecord(tokens)) throw new Error('model.documents and model.tokens must be objects');
  for (const label of labels) {
    if (!isCount(documents[label])) throw new Error(`model.documents.${label} must be a non-negative number`);
    const counts = tokens[label];
    if (!isRecord(counts) || !Object.values(counts).every(isCount)) throw new Error(`model.tokens.${label} must map tokens to non-negative numbers`);
  }
  return json as unknown as NaiveBayesModelJson<L>;
}
