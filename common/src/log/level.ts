import { readEnv, str } from '../config/env';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `LOG_LEVEL` (default `info`); an unknown level is a ConfigError naming the variable. */
export const readLogLevel = (env: NodeJS.ProcessEnv = process.env): LogLevel =>
  readEnv({ LOG_LEVEL: str({ choices: LOG_LEVELS, default: 'info', desc: 'fatal|error|warn|info|debug|trace|silent' }) }, env).LOG_LEVEL as LogLevel;
