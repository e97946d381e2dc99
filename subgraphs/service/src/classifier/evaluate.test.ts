import { evaluate, formatReport } from './evaluate';

type L = 'a' | 'b' | 'c';
const LABELS: L[] = ['a', 'b', 'c'];

describe('evaluate', () => {
  // actual → predicted: a→a, a→a, a→b, b→b, b→a, c→c
  const examples: { text: string; label: L }[] = [
    { text: 'a1', label: 'a' },
    { text: 'a2', label: 'a' },
    { text: 'a3', label: 'a' },
    { text: 'b1', label: 'b' },
    { text: 'b2', label: 'b' },
    { text: 'c1', label: 'c' },
  ];
  const answers: Record<string, L> = { a1: 'a', a2: 'a', a3: 'b', b1: 'b', b2: 'a', c1: 'c' };
  const report = evaluate((text) => answers[text], examples, LABELS);

  test('accuracy and the confusion matrix', () => {
    expect(report.total).toBe(6);
    expect(report.correct).toBe(4);
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
    expect(report.confusion).toEqual({ a: { a: 2, b: 1, c: 0 }, b: { a: 1, b: 1, c: 0 }, c: { a: 0, b: 0, c: 1 } });
    expect(report.errors).toEqual([
      { text: 'a3', label: 'a', predicted: 'b' },
      { text: 'b2', label: 'b', predicted: 'a' },
    ]);
  });

  test('per-class precision, recall, F1 and support; macro-F1', () => {
    expect(report.perClass.a.precision).toBeCloseTo(2 / 3, 12);
    expect(report.perClass.a.recall).toBeCloseTo(2 / 3, 12);
    expect(report.perClass.a.f1).toBeCloseTo(2 / 3, 12);
    expect(report.perClass.b).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(report.perClass.c).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(report.macroF1).toBeCloseTo((2 / 3 + 0.5 + 1) / 3, 12);
  });

  test('a class never predicted and never present scores 0 rather than NaN', () => {
    const r = evaluate<L>(() => 'a', [{ text: 'x', label: 'a' }], LABELS);
    expect(r.perClass.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(r.accuracy).toBe(1);
    expect(evaluate<L>(() => 'a', [], LABELS).accuracy).toBe(0);
  });

  test('refuses labels outside the evaluated set', () => {
    expect(() => evaluate(() => 'z' as L, [{ text: 'x', label: 'a' as L }], LABELS)).toThrow(/outside/);
  });

  test('formatReport prints accuracy, a row per class and the matrix', () => {
    const text = formatReport(report, LABELS);
    expect(text).toContain('accuracy 0.667 (4/6)');
    expect(text.split('\n').filter((l) => /^#\d /.test(l))).toHaveLength(3);
  });
});
