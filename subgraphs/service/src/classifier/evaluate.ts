import type { LabelledExample } from './naive-bayes';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Number of test examples whose true label is this class. */
  support: number;
}

export interface EvaluationReport<L extends string = string> {
  total: number;
  correct: number;
  accuracy: number;
  /** Unweighted mean of the per-class F1. */
  macroF1: number;
  perClass: Record<L, ClassMetrics>;
  /** confusion[actual][predicted] = count. */
  confusion: Record<L, Record<L, number>>;
  /** The examples that were predicted wrongly, with the predicted label. */
  errors: Array<LabelledExample<L> & { predicted: L }>;
}

const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

/** Scores `predict` on labelled examples. `labels` fixes the rows/columns and their order. */
export function evaluate<L extends string>(predict: (text: string) => L, examples: readonly LabelledExample<L>[], labels: readonly L[]): EvaluationReport<L> {
  const confusion = {} as Record<L, Record<L, number>>;
  for (const actual of labels) {
    confusion[actual] = {} as Record<L, number>;
    for (const predicted of labels) confusion[actual][predicted] = 0;
  }
  const errors: EvaluationReport<L>['errors'] = [];
  let correct = 0;
  for (const example of examples) {
    const predicted = predict(example.text);
    if (!(example.label in confusion) || !(predicted in confusion)) {
      throw new Error(`label outside the evaluated set: ${example.label} → ${predicted}`);
    }
    confusion[example.label][predicted] += 1;
    if (predicted === example.label) correct += 1;
    else errors.push({ ...example, predicted });
  }
  const perClass = {} as Record<L, ClassMetrics>;
  for (const label of labels) {
    const tp = confusion[label][label];
    const support = labels.reduce((n, p) => n + confusion[label][p], 0);
    const predictedAs = labels.reduce((n, a) => n + confusion[a][label], 0);
    const precision = ratio(tp, predictedAs);
    const recall = ratio(tp, support);
    perClass[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  return {
    total: examples.length,
    correct,
    accuracy: ratio(correct, examples.length),
    macroF1: ratio(
      labels.reduce((s, l) => s + perClass[l].f1, 0),
      labels.length,
    ),
    perClass,
    confusion,
    errors,
  };
}

const pct = (x: number) => x.toFixed(3);

/** A plain-text table of the report (accuracy, per-class metrics, confusion matrix). */
export function formatReport<L extends string>(report: EvaluationReport<L>, labels: readonly L[]): string {
  const width = Math.max(...labels.map((l) => l.length), 'actual \\ predicted'.length);
  const lines = [
    `accuracy ${pct(report.accuracy)} (${report.correct}/${report.total}), macro-F1 ${pct(report.macroF1)}`,
    '',
    `${'class'.padEnd(width)}  precision  recall  f1     support`,
  ];
  for (const label of labels) {
    const m = report.perClass[label];
    lines.push(`${label.padEnd(width)}  ${pct(m.precision).padEnd(9)}  ${pct(m.recall).padEnd(6)}  ${pct(m.f1).padEnd(5)}  ${m.support}`);
  }
  lines.push('', `${'actual \\ predicted'.padEnd(width)}  ${labels.map((_, i) => `#${i + 1}`.padStart(4)).join('')}`);
  labels.forEach((actual, i) => {
    lines.push(`${`#${i + 1} ${actual}`.padEnd(width)}  ${labels.map((p) => String(report.confusion[actual][p]).padStart(4)).join('')}`);
  });
  return lines.join('\n');
}
