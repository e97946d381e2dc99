import { DomainError } from '../errors';

/** Runs `fn` and tells what it threw: `[code, details.field]` for a DomainError, the error itself otherwise, or 'no error'. */
export function domainErrorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? [e.code, e.details?.field] : e;
  }
  return 'no error';
}
