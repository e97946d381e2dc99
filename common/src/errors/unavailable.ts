
/** Socket-level failures: the peer refused, reset, timed out or could not be reached. */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * Postgres SQLSTATEs that mean "the database cannot answer now", not "the request is wrong":
 * class 08 (connection exception), 53300 too many connections, 57P01–57P03 (terminated by an
 * administrator, crash, cannot connect now: a restart or `pg_terminate_backend`).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53300|57P0[123])$/;

/** node-postgres's own messages when the pool or the socket gives up (it sets no code on them). */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
];

/** One link of an error chain: what the checks look at. */
export interface ChainedError {
  name?: unknown;
  code?: unknown;
  message?: unknown;
}

/** Walks `cause` (and TypeORM's `driverError`) so a wrapped failure is still recognised (at most 6 deep). */
export function* errorChain(error: unknown): Generator<ChainedError> {
  let current = error as (ChainedError & { cause?: unknown; driverError?: unknown }) | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    yield current;
    current = (current.driverError ?? current.cause) as typeof current;
  }
}

/**
 * True when `error` means a dependency (database pool, database, network peer) could not answer in
 * time: the client should get SERVICE_UNAVAILABLE with `retryable: true`, never INTERNAL_SERVER_ERROR.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  }
  return false;
}

/** The message clients read when a dependency is down or slow: nothing internal, an invitation to retry. */
export const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; retry shortly';

