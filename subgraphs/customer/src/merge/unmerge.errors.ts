import { DomainError } from '@member-graph/common/errors';
import type { UnmergeRefusal } from './unmerge.rules';

const MESSAGES: Record<UnmergeRefusal, string> = {
  ALREADY_UNMERGED: 'This merge was undone already',
  CUSTOMER_ERASED: 'One of the customers was erased; the merge cannot be undone',
  MERGE_NOT_UNDOABLE: 'This merge cannot be undone: it predates merge records, or a later merge of the survivor must be undone first',
};

/** A merge that cannot be undone, with the reason's code. */
export const unmergeRefused = (code: UnmergeRefusal) => new DomainError(code, MESSAGES[code]);
