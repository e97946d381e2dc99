import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPLAINT_CATEGORIES, ComplaintCategory } from './categories';
import { DatasetError, loadDataset, mulberry32, parseDataset, stratifiedSplit } from './dataset';

const line = (text: string, label: string) => JSON.stringify({ text, label });

describe('parseDataset', () => {
  test('reads valid lines, skips blank ones, reports each bad line with its 1-based line number', () => {
    const content = [
      line('快递三天了还没到', 'LOGISTICS_DELAY'),
      '',
      '{"text": "broken json",',
      line('refund please', 'REFUNDS'),
      JSON.stringify({ label: 'REFUND' }),
      '["not", "an", "object"]',
      line('  快递三天了还没到 ', 'REFUND'),
      line('where is my refund', 'REFUND'),
    ].join('\n');
    const { examples, errors } = parseDataset(content);
    expect(examples).toEqual([
      { text: '快递三天了还没到', label: ComplaintCategory.LOGISTICS_DELAY },
      { text: 'where is my refund', label: ComplaintCategory.REFUND },
    ]);
    expect(errors).toEqual([
      { line: 3, reason: 'not valid JSON' },
      { line: 4, reason: expect.stringMatching(/^label must be one of .*got "REFUNDS"$/) },
      { line: 5, reason: 'text must be a non-empty string' },
      { line: 6, reason: 'must be a JSON object' },
      { line: 7, reason: 'duplicate of line 1' },
    ]);
  });

  test('handles CRLF line endings', () => {
    expect(parseDataset(`${line('a', 'OTHER')}\r\n${line('b', 'OTHER')}\r\n`).examples).toHaveLength(2);
  });
});

describe('loadDataset', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'complaints-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a malformed line makes the load fail, naming the file and the line number', () => {
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, [line('ok', 'OTHER'), line('fine', 'REFUND'), 'oops', line('fine too', 'REFUND')].join('\n'));
    let thrown: unknown;
    try {
      loadDataset(file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DatasetError);
    expect((thrown as DatasetError).errors).toEqual([{ line: 3, reason: 'not valid JSON' }]);
    expect((thrown as DatasetError).message).toContain(file);
    expect((thrown as DatasetError).message).toContain('line 3: not valid JSON');
  });

  test('the shipped data set is clean, ≥ 70 examples per category, about 60% Chinese', () => {
    const examples = loadDataset();
    for (const category of COMPLAINT_CATEGORIES) {
      expect(examples.filter((e) => e.label === category).length).toBeGreaterThanOrEqual(70);
    }
    const chinese = examples.filter((e) => /\p{Script=Han}/u.test(e.text)).length / examples.length;
    expect(chinese).toBeGreaterThan(0.55);
    expect(chinese).toBeLessThan(0.65);
  });
});

describe('mulberry32', () => {
  test('is deterministic per seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });
});

describe('stratifiedSplit', () => {
  const examples = loadDataset();

  test('holds out 20% of every label; the parts are disjoint and cover everything', () => {
    const { train, test } = stratifiedSplit(examples, { seed: 42 });
    expect(train.length + test.length).toBe(examples.length);
    expect(new Set([...train, ...test].map((e) => e.text)).size).toBe(examples.length);
    const trainTexts = new Set(train.map((e) => e.text));
    expect(test.some((e) => trainTexts.has(e.text))).toBe(false);
    for (const category of COMPLAINT_CATEGORIES) {
      const n = examples.filter((e) => e.label === category).length;
      expect(test.filter((e) => e.label === category)).toHaveLength(Math.round(n * 0.2));
    }
  });

  test('is deterministic for a seed and differs between seeds', () => {
    const texts = (seed: number) => stratifiedSplit(examples, { seed }).test.map((e) => e.text);
    expect(texts(42)).toEqual(texts(42));
    expect(texts(43)).not.toEqual(texts(42));
  });

  test('depends on the seed and the order within each label, not on how labels are interleaved', () => {
    const reversedLabels = [...examples].sort((a, b) => (a.label < b.label ? 1 : a.label > b.label ? -1 : 0));
    const a = stratifiedSplit(examples, { seed: 5 }).test.map((e) => e.text).sort();
    const b = stratifiedSplit(reversedLabels, { seed: 5 }).test.map((e) => e.text).sort();
    expect(b).toEqual(a);
  });

  test('refuses a ratio outside [0, 1]', () => {
    expect(() => stratifiedSplit(examples, { testRatio: 1.5 })).toThrow(/testRatio/);
  });
});
