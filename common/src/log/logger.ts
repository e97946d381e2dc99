import pino, { type Logger } from 'pino';
import { requestId } from '../server/request-id';
import { maskText, describeError } from './mask';
import { readLogLevel, type LogLevel } from './level';

export type { Logger };

/** Which part of the system a line comes from: `gateway`, a subgraph's name, `launcher`, `migrate`, … */
export type LogPart = string;

/** Fields whose values never reach a line, wherever they appear (one level deep), whatever logs them. */
const REDACTED = ['authorization', 'cookie', 'token', 'password', 'secret', '"x-member-graph-secret"', '"x-member-graph-actor"', 'phone', 'email', 'parameters', 'variables'];
export const REDACT_PATHS = [...REDACTED.map((k) => (k.startsWith('"') ? `[${k}]` : k)), ...REDACTED.map((k) => (k.startsWith('"') ? `*[${k}]` : `*.${k}`)), 'headers.*', 'req.headers.*'];

let processPart: LogPart = 'member-graph';
let root: Logger | undefined;
const children = new Map<LogPart, Logger>();

/** The options of every process's logger (tests build one on another stream with them). */
export const LOG_OPTIONS: pino.LoggerOptions = {
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // the request being served (HTTP or graphql-ws), from the async context the servers bind
  mixin: () => {
    const id = requestId();
    return id ? { requestId: id } : {};
  },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  serializers: { err: describeError },
  // the message (and any printf argument) is free text: masked, whatever the caller passed
  hooks: {
    logMethod(args, method) {
      return method.apply(this, args.map((a) => (typeof a === 'string' ? maskText(a) : a)) as Parameters<typeof method>);
    },
  },
};

const createRoot = (level: LogLevel): Logger => pino({ ...LOG_OPTIONS, level });

/**
 * Sets up this process's logging: the part every line names by default and the level (`LOG_LEVEL`,
 * default info). Throws a ConfigError for an unknown level, after switching to `info` so it can be logged.
 */
export function configureLogging(part: LogPart, env: NodeJS.ProcessEnv = process.env): void {
  processPart = part;
  try {
    setRoot(readLogLevel(env));
  } catch (error) {
    setRoot('info');
    throw error;
  }
}

function setRoot(level: LogLevel) {
  root = createRoot(level);
  children.clear();
}

/**
 * The logger of `part` (default: the process's part): JSON lines with `level`, `time`, `part`,
 * `requestId` inside a request, `msg`. Log errors as `{ err }` (type, code, masked message, stack frames).
 */
export function log(part: LogPart = processPart): Logger {
  let child = children.get(part);
  if (!child) {
    root ??= createRoot(readLevelOrInfo());
    child = root.child({ part });
    children.set(part, child);
  }
  return child;
}

const readLevelOrInfo = (): LogLevel => {
  try {
    return readLogLevel();
  } catch {
    return 'info';
  }
};
