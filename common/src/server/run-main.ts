import { startTracingFromEnv } from '../tracing/provider';

/**
 * The body of every `main.ts`: start the server, log where it listens, stop cleanly on SIGINT/SIGTERM
 * (or when the launcher that started it goes away),
 * and exit 1 with just the message (e.g. a config error naming the variable) if it cannot start.
 */
export function runMain(name: string, start: () => Promise<{ url: string; stop(): Promise<void> }>): void {
  // tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) is registered before the server builds its data source
  let tracing: { shutdown(): Promise<void> } | null = null;
  Promise.resolve()
    .then(() => ((tracing = startTracingFromEnv(name.split(' ')[0])), start()))
    .then((running) => {
      console.log(`${name} ready at ${running.url}`);
      let stopping = false;
      const stop = () => {
        if (stopping) return; // a signal may come twice (the terminal's and one forwarded by npm)
        stopping = true;
        void running.stop().then(() => tracing?.shutdown()).then(() => process.exit(0), (error) => (console.error(error), process.exit(1)));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // started by the launcher (an IPC channel): a launcher that dies, even by SIGKILL, takes this server with it
      if (process.channel) process.once('disconnect', stop);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
