import { log } from './logger';

/**
 * Routes what Node would print as text (warnings, an uncaught exception, an unhandled rejection)
 * through the logger, so every line of a server process is JSON; a fault still ends the process (exit 1).
 */
export function logProcessFaults(): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => log().warn({ warning: warning.name }, warning.message));
  const fatal = (what: string) => (error: unknown) => {
    log().fatal({ err: error }, what);
    process.exit(1);
  };
  process.on('uncaughtException', fatal('uncaught exception; exiting'));
  process.on('unhandledRejection', fatal('unhandled promise rejection; exiting'));
}
