import { COMPLAINT_CATEGORIES } from './categories';
import { trainComplaintClassifier } from './complaint-classifier';
import { loadDataset, stratifiedSplit } from './dataset';
import { evaluate, formatReport } from './evaluate';

/**
 * Held-out accuracy of the complaint classifier on the shipped labelled set
 * (subgraphs/service/data/complaints.labelled.jsonl, 875 examples, 125 per category, ~60% Chinese).
 *
 * Measured with seed 42 (train 700 / held-out 175, 25 per category): accuracy 0.800, macro-F1 0.794.
 * Across seeds 1–30 the held-out accuracy ranges 0.771–0.874 (median 0.811), so the floor sits a few
 * points below the measured value: it does not trip on a small change to the data or tokenizer, but it
 * does catch a broken classifier (a majority-class guess scores 1/7 ≈ 0.14).
 */
const SEED = 42;
const ACCURACY_FLOOR = 0.75;
const RECALL_FLOOR = 0.5;

describe('complaint classifier on the held-out 20%', () => {
  const { train, test: heldOut } = stratifiedSplit(loadDataset(), { seed: SEED, testRatio: 0.2 });
  const model = trainComplaintClassifier(train);
  const report = evaluate((text) => model.predict(text).label, heldOut, COMPLAINT_CATEGORIES);

  beforeAll(() => {
    console.log(`complaint classifier, seed ${SEED}, train ${train.length} / held-out ${heldOut.length}\n${formatReport(report, COMPLAINT_CATEGORIES)}`);
  });

  test(`accuracy ≥ ${ACCURACY_FLOOR}`, () => {
    expect(report.total).toBe(heldOut.length);
    expect(report.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  test.each(COMPLAINT_CATEGORIES)(`recall of %s > ${RECALL_FLOOR}`, (category) => {
    expect(report.perClass[category].recall).toBeGreaterThan(RECALL_FLOOR);
  });

  test("an agent's correction of a misclassified complaint is learned (90% fixed by one correction each)", () => {
    expect(report.errors.length).toBeGreaterThan(0);
    let fixed = 0;
    for (const error of report.errors) {
      const corrected = trainComplaintClassifier(train);
      corrected.addExample({ text: error.text, label: error.label });
      if (corrected.predict(error.text).label === error.label) fixed += 1;
    }
    // Measured: 33 of 35.
    expect(fixed / report.errors.length).toBeGreaterThanOrEqual(0.9);
  });
});
