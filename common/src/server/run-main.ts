import { configureLogging, log, logProcessFaults } from '../log';
import { startTracingFromEnv } from '../tracing/provider';

/**
 * The body of every `main.ts`: set up this process's logging as `part` (JSON lines, `LOG_LEVEL`),
 * start the server, log where it listens, stop cleanly on SIGINT/SIGTERM (or when the launcher that
 * started it goes away), and exit 1 with one fatal line (e.g. a config error naming the variable) if it cannot start.
 */
export function runMain(part: string, start: () => Promise<{ url: string; stop(): Promise<void> }>): void {
  logProcessFaults();
  // tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) is registered before the server builds its data source
  let tracing: { shutdown(): Promise<void> } | null = null;
  const startUp = Promise.resolve()
    .then(() => configureLogging(part))
    .then(() => ((tracing = startTracingFromEnv(part)), start()));
  startUp
    .then((running) => {
      log().info(`${part} ready at ${running.url}`);
      let stopping = false;
      const stop = () => {
        if (stopping) return; // a signal may come twice (the terminal's and one forwarded by npm)
        stopping = true;
        void running
          .stop()
          .then(() => tracing?.shutdown())
          .then(
            () => process.exit(0),
            (error) => (log().error({ err: error }, `${part} did not stop cleanly`), process.exit(1)),
          );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // started by the launcher (an IPC channel): a launcher that dies, even by SIGKILL, takes this server with it
      if (process.channel) process.once('disconnect', stop);
    })
    .catch((error) => {
      log().fatal(error instanceof Error ? error.message : `${part} cannot start: ${String(error)}`);
      process.exit(1);
    });
}
