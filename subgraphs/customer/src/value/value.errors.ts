import { DomainError } from '@member-graph/common/errors';

/**
 * A fit that gives no usable figures (it did not converge, or its parameters run off so that some
 * customer's churn or CLV is not a finite number: too little, or too regular, purchase history). The
 * current model stays; the refit changes nothing.
 */
export const valueModelUnstable = (why: string) =>
  new DomainError('VALUE_MODEL_UNSTABLE', `The value model could not be refitted on this history (${why}); the current model stays`);
