export { CATEGORY_DESCRIPTIONS, COMPLAINT_CATEGORIES, ComplaintCategory, isComplaintCategory } from './categories';
export { createComplaintClassifier, trainComplaintClassifier, type ComplaintClassifier } from './complaint-classifier';
export {
  DEFAULT_DATASET_PATH,
  DatasetError,
  loadDataset,
  mulberry32,
  parseDataset,
  shuffle,
  stratifiedSplit,
  type ComplaintExample,
  type DatasetLineError,
  type ParsedDataset,
  type Split,
  type SplitOptions,
} from './dataset';
export { evaluate, formatReport, type ClassMetrics, type EvaluationReport } from './evaluate';
export {
  NaiveBayesClassifier,
  type LabelledExample,
  type NaiveBayesModelJson,
  type NaiveBayesOptions,
  type Prediction,
  type Tokenizer,
} from './naive-bayes';
export { tokenize } from './tokenize';
