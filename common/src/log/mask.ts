/**
 * Masks personal data and credentials in free text (error messages, SQL text) before it is logged:
 * JWTs, bearer/basic credentials, e-mail addresses and phone-like digit runs (7+ digits, separators
 * allowed). UUIDs, ISO dates and times are kept, so an operator can still read "order 5f0c… valid until 2026-12-03".
 */
const JWT = /eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g;
const CREDENTIAL = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** A UUID or an ISO date(-time), kept as they are; otherwise 7+ digits (spaces, dashes or brackets between): a phone. */
const KEPT_OR_PHONE =
  /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)|\+?\d(?:[ ()-]{0,2}\d){6,}/gi;

export function maskText(text: string): string {
  return text
    .replace(JWT, '[jwt]')
    .replace(CREDENTIAL, '$1 [redacted]')
    .replace(EMAIL, '[email]')
    .replace(KEPT_OR_PHONE, (_match, kept: string | undefined) => kept ?? '[phone]');
}

const MAX_FRAMES = 12;

/** The `at …` lines of a stack (code locations only: the message line, which may carry data, is dropped). */
const framesOf = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .slice(0, MAX_FRAMES)
        .map((l) => maskText(l.trim()))
    : undefined;

/**
 * What is logged of an error: its type, code (SQLSTATE, errno), masked message, code locations and
 * cause, never its other properties (a TypeORM error carries the SQL parameters, a pg error the
 * offending row in `detail`).
 */
export function describeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: maskText(typeof error === 'string' ? error : String(error)).slice(0, 500) };
  const { code, cause } = error as Error & { code?: unknown; cause?: unknown };
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: maskText(error.message).slice(0, 1000),
    ...(depth === 0 ? { stack: framesOf(error.stack) } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: describeError(cause, depth + 1) } : {}),
  };
}
