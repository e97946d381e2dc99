import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPLAINT_CATEGORIES, isComplaintCategory, type ComplaintCategory } from './categories';
import type { LabelledExample } from './naive-bayes';

export type ComplaintExample = LabelledExample<ComplaintCategory>;

/** The labelled set the project ships: subgraphs/service/data/complaints.labelled.jsonl. */
export const DEFAULT_DATASET_PATH = path.resolve(__dirname, '..', '..', 'data', 'complaints.labelled.jsonl');

export interface DatasetLineError {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface ParsedDataset {
  examples: ComplaintExample[];
  errors: DatasetLineError[];
}

export class DatasetError extends Error {
  constructor(
    readonly source: string,
    readonly errors: DatasetLineError[],
  ) {
    super(`${source}: ${errors.length} bad line(s)\n${errors.map((e) => `  line ${e.line}: ${e.reason}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

function parseLine(line: string): ComplaintExample {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('must be a JSON object');
  const { text, label } = value as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '') throw new Error('text must be a non-empty string');
  if (!isComplaintCategory(label)) throw new Error(`label must be one of ${COMPLAINT_CATEGORIES.join(', ')}, got ${JSON.stringify(label)}`);
  return { text: text.trim(), label };
}

/**
 * Parses JSONL of `{"text": "...", "label": "<ComplaintCategory>"}`. Blank lines are skipped; a bad
 * line (not JSON, wrong shape, unknown label, or a text that repeats an earlier line) is reported
 * with its line number and left out.
 */
export function parseDataset(content: string): ParsedDataset {
  const examples: ComplaintExample[] = [];
  const errors: DatasetLineError[] = [];
  const firstLineOfText = new Map<string, number>();
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    try {
      const example = parseLine(raw);
      const earlier = firstLineOfText.get(example.text);
      if (earlier !== undefined) throw new Error(`duplicate of line ${earlier}`);
      firstLineOfText.set(example.text, line);
      examples.push(example);
    } catch (e) {
      errors.push({ line, reason: e instanceof Error ? e.message : String(e) });
    }
  });
  return { examples, errors };
}

/** Reads and parses a labelled file; throws a `DatasetError` listing every bad line. */
export function loadDataset(file: string = DEFAULT_DATASET_PATH): ComplaintExample[] {
  const { examples, errors } = parseDataset(readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new DatasetError(file, errors);
  return examples;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array, driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface SplitOptions {
  /** Share of each label held out for testing; 0.2 by default. */
  testRatio?: number;
  seed?: number;
}

export interface Split<T> {
  train: T[];
  test: T[];
}

/**
 * Deterministic stratified split: each label's examples are shuffled with a seeded PRNG and
 * round(n × testRatio) of them are held out, so every label keeps its share in both parts.
 * Same input and seed, same split.
 */
export function stratifiedSplit<L extends string, T extends { label: L }>(examples: readonly T[], options: SplitOptions = {}): Split<T> {
  const testRatio = options.testRatio ?? 0.2;
  if (!(testRatio >= 0 && testRatio <= 1)) throw new Error('testRatio must be within [0, 1]');
  const random = mulberry32(options.seed ?? 42);
  const byLabel = new Map<L, T[]>();
  for (const example of examples) {
    const group = byLabel.get(example.label);
    if (group) group.push(example);
    else byLabel.set(example.label, [example]);
  }
  const train: T[] = [];
  const test: T[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = shuffle(byLabel.get(label) ?? [], random);
    const held = Math.round(group.length * testRatio);
    test.push(...group.slice(0, held));
    train.push(...group.slice(held));
  }
  return { train: shuffle(train, random), test: shuffle(test, random) };
}
