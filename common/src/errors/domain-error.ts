/** Codes every subgraph shares; domains add their own UPPER_SNAKE codes (e.g. INSUFFICIENT_POINTS). */
export type CommonErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/**
 * An expected failure of a business rule. Services throw these; formatError turns them into
 * `extensions.code` (and optional `extensions.details`) without exposing anything internal.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: CommonErrorCode | (string & {}),
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} was not found` : `${what} was not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first') => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
