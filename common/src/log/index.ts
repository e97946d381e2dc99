export { log, configureLogging, REDACT_PATHS, type Logger, type LogPart } from './logger';
export { maskText, describeError } from './mask';
export { readLogLevel, LOG_LEVELS, type LogLevel } from './level';
export { logProcessFaults } from './process';
