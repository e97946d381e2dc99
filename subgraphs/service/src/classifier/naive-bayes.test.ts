import { ComplaintCategory as C } from './categories';
import { createComplaintClassifier } from './complaint-classifier';
import { NaiveBayesClassifier, type LabelledExample } from './naive-bayes';

const TOY: LabelledExample<C>[] = [
  { text: 'package is late, delivery is so slow', label: C.LOGISTICS_DELAY },
  { text: 'parcel has not arrived, late delivery again', label: C.LOGISTICS_DELAY },
  { text: 'tracking stuck, delivery late', label: C.LOGISTICS_DELAY },
  { text: 'I want my refund, money not received', label: C.REFUND },
  { text: 'refund is slow, where is my money', label: C.REFUND },
  { text: 'the agent was rude', label: C.SERVICE_ATTITUDE },
  { text: 'rude staff hung up on me', label: C.SERVICE_ATTITUDE },
  { text: '快递太慢了，还没到', label: C.LOGISTICS_DELAY },
  { text: '退款还没到账', label: C.REFUND },
  { text: '客服态度很差', label: C.SERVICE_ATTITUDE },
];

const PROBES = ['my delivery is late', 'refund my money', 'rude agent', '快递没到', '客服很差', 'something unrelated entirely', ''];

const trained = () => createComplaintClassifier().train(TOY);

describe('NaiveBayesClassifier', () => {
  test('learns the toy set', () => {
    const model = trained();
    expect(model.predict('my delivery is late').label).toBe(C.LOGISTICS_DELAY);
    expect(model.predict('still waiting for the refund money').label).toBe(C.REFUND);
    expect(model.predict('the staff were so rude').label).toBe(C.SERVICE_ATTITUDE);
    expect(model.predict('快递怎么这么慢').label).toBe(C.LOGISTICS_DELAY);
    expect(model.predict('退款什么时候到账').label).toBe(C.REFUND);
    expect(model.predict('客服的态度太差').label).toBe(C.SERVICE_ATTITUDE);
  });

  test('scores are log posteriors; confidence is their softmax', () => {
    const p = trained().predict('refund my money');
    const values = Object.values<number>(p.scores);
    expect(values).toHaveLength(7);
    expect(values.every((s) => s < 0)).toBe(true);
    const sum = Object.values<number>(p.probabilities).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    const max = Math.max(...values);
    const softmax = Math.exp(p.scores[p.label] - max) / values.reduce((a, s) => a + Math.exp(s - max), 0);
    expect(p.confidence).toBeCloseTo(softmax, 12);
    expect(p.confidence).toBe(Math.max(...Object.values<number>(p.probabilities)));
  });

  test('labels without examples are still possible (smoothed prior), never -Infinity', () => {
    const p = trained().predict('anything at all');
    for (const score of Object.values<number>(p.scores)) expect(Number.isFinite(score)).toBe(true);
  });

  test('an untrained model or unknown text falls back deterministically to the first label', () => {
    expect(createComplaintClassifier().predict('hello').label).toBe(C.LOGISTICS_DELAY);
    const p = createComplaintClassifier().predict('');
    expect(p.confidence).toBeCloseTo(1 / 7, 12);
  });

  test('predict is deterministic, across calls and across identically trained models', () => {
    const a = trained();
    const b = trained();
    for (const text of PROBES) {
      expect(a.predict(text)).toEqual(a.predict(text));
      expect(a.predict(text)).toEqual(b.predict(text));
    }
  });

  test('toJSON/fromJSON round-trips to identical predictions', () => {
    const model = trained();
    const stored = JSON.stringify(model.toJSON());
    const restored = NaiveBayesClassifier.fromJSON<C>(JSON.parse(stored));
    expect(restored.labels).toEqual(model.labels);
    expect(restored.vocabularySize).toBe(model.vocabularySize);
    expect(restored.documentCount).toBe(model.documentCount);
    for (const text of PROBES) expect(restored.predict(text)).toEqual(model.predict(text));
    expect(JSON.stringify(restored.toJSON())).toBe(stored);
  });

  test('fromJSON refuses malformed models', () => {
    const good = trained().toJSON();
    expect(() => NaiveBayesClassifier.fromJSON(null)).toThrow(/object/);
    expect(() => NaiveBayesClassifier.fromJSON({ ...good, version: 2 })).toThrow(/version/);
    expect(() => NaiveBayesClassifier.fromJSON({ ...good, labels: 'x' })).toThrow(/labels/);
    expect(() => NaiveBayesClassifier.fromJSON({ ...good, documents: { ...good.documents, REFUND: -1 } })).toThrow(/documents.REFUND/);
    expect(() => NaiveBayesClassifier.fromJSON({ ...good, tokens: { ...good.tokens, REFUND: { refund: 'many' } } })).toThrow(/tokens.REFUND/);
  });

  test("addExample (an agent's correction) fixes a misclassified text without retraining", () => {
    const model = trained();
    const text = 'the courier was rude and the delivery late';
    expect(model.predict(text).label).toBe(C.LOGISTICS_DELAY);
    const correction = { text, label: C.SERVICE_ATTITUDE };
    model.addExample(correction);
    expect(model.predict(text).label).toBe(C.SERVICE_ATTITUDE);
    // Incremental update is exact: the same counts as training on everything from scratch.
    expect(model.toJSON()).toEqual(createComplaintClassifier().train([...TOY, correction]).toJSON());
  });

  test('addExample weight counts a correction as several examples', () => {
    const once = trained();
    const weighted = trained();
    const text = 'the courier was rude and the delivery late';
    once.addExample({ text, label: C.SERVICE_ATTITUDE });
    weighted.addExample({ text, label: C.SERVICE_ATTITUDE }, 3);
    expect(weighted.predict(text).confidence).toBeGreaterThan(once.predict(text).confidence);
    expect(() => weighted.addExample({ text, label: C.REFUND }, 0)).toThrow(/weight/);
  });

  test('refuses unknown labels and bad options', () => {
    expect(() => trained().addExample({ text: 'x', label: 'NOPE' as C })).toThrow(/unknown label/);
    expect(() => new NaiveBayesClassifier([])).toThrow(/at least one label/);
    expect(() => new NaiveBayesClassifier(['a', 'a'])).toThrow(/distinct/);
    expect(() => new NaiveBayesClassifier(['a'], { alpha: 0 })).toThrow(/alpha/);
  });

  test('works with any label set and an injected tokenizer', () => {
    const model = new NaiveBayesClassifier(['yes', 'no'], { tokenizer: (t) => t.split(' ') }).train([
      { text: 'a b', label: 'yes' },
      { text: 'c d', label: 'no' },
    ]);
    expect(model.predict('a').label).toBe('yes');
    expect(model.predict('d').label).toBe('no');
  });
});
