import { COMPLAINT_CATEGORIES, type ComplaintCategory } from './categories';
import { loadDataset, type ComplaintExample } from './dataset';
import { NaiveBayesClassifier, type NaiveBayesOptions } from './naive-bayes';

export type ComplaintClassifier = NaiveBayesClassifier<ComplaintCategory>;

/** An untrained classifier over the complaint categories. */
export function createComplaintClassifier(options: NaiveBayesOptions = {}): ComplaintClassifier {
  return new NaiveBayesClassifier<ComplaintCategory>(COMPLAINT_CATEGORIES, options);
}

/**
 * A classifier trained on `examples` (by default the whole shipped labelled set). Agents'
 * corrections are then fed back with `addExample`, or appended to the stored training data.
 */
export function trainComplaintClassifier(examples: readonly ComplaintExample[] = loadDataset(), options: NaiveBayesOptions = {}): ComplaintClassifier {
  return createComplaintClassifier(options).train(examples);
}
